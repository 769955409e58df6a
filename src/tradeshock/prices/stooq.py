"""Daily bars from Stooq's CSV download endpoint (``https://stooq.com/q/d/l/?s=aapl.us&i=d``).

US tickers get Stooq's ``.us`` suffix; a few index symbols are mapped (``^GSPC`` -> ``^spx``).
Stooq's daily data are split- and dividend-adjusted, so its ``close`` is used (and reported) as the
price. The fetch function is injectable; tests use recorded responses and a loopback server.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from tradeshock.errors import FetchError, PriceDataError
from tradeshock.prices.base import normalise_ticker, slice_bars
from tradeshock.prices.cache import DiskCache
from tradeshock.prices.validate import normalise_bars

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

BASE_URL = "https://stooq.com/q/d/l/"

#: Stooq symbols for common index tickers.
INDEX_SYMBOLS = {"^GSPC": "^spx", "^SPX": "^spx", "^DJI": "^dji", "^IXIC": "^ndq", "^NDX": "^ndx"}

#: ``fetch(url, timeout) -> bytes``.
Fetcher = Callable[[str, float], bytes]


def urllib_fetch(url: str, timeout: float) -> bytes:
    """Fetch ``url`` with the standard library; network failures become :class:`FetchError`."""
    from urllib.error import URLError
    from urllib.request import Request, urlopen

    request = Request(url, headers={"User-Agent": "tradeshock"})
    try:
        with urlopen(request, timeout=timeout) as response:
            return response.read(20_000_000)
    except (URLError, OSError, TimeoutError) as exc:
        raise FetchError(url, f"cannot fetch: {getattr(exc, 'reason', exc)}") from exc


def stooq_symbol(ticker: str) -> str:
    """``AAPL`` -> ``aapl.us``; ``^GSPC`` -> ``^spx``; symbols with a market suffix are kept."""
    key = normalise_ticker(ticker)
    if key in INDEX_SYMBOLS:
        return INDEX_SYMBOLS[key]
    if key.startswith("^") or "." in key:
        return key.lower()
    return f"{key.lower()}.us"


class StooqPriceSource:
    """Stooq daily bars, cached on disk when ``cache`` is given."""

    name = "stooq"

    def __init__(self, *, cache: DiskCache | None = None, fetch: Fetcher | None = None,
                 base_url: str = BASE_URL, timeout: float = 20.0) -> None:
        self.cache = cache
        self._fetch = fetch or urllib_fetch
        self.base_url = base_url
        self.timeout = timeout

    def url(self, ticker: str, start: date | None, end: date | None) -> str:
        params = {"s": stooq_symbol(ticker), "i": "d"}
        if start is not None:
            params["d1"] = start.strftime("%Y%m%d")
        if end is not None:
            params["d2"] = end.strftime("%Y%m%d")
        return f"{self.base_url}?{urlencode(params)}"

    def bars(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        if self.cache is None:
            return slice_bars(self._fetch_bars(ticker, start, end), start, end)
        return self.cache.through(self.name, ticker, start, end, lambda: self._fetch_bars(ticker, start, end))

    def _fetch_bars(self, ticker: str, start: date | None, end: date | None) -> pd.DataFrame:
        return parse_stooq_csv(self._fetch(self.url(ticker, start, end), self.timeout), ticker)


def parse_stooq_csv(body: bytes, ticker: str) -> pd.DataFrame:
    """Parse Stooq's ``Date,Open,High,Low,Close,Volume`` answer; "No data" and HTML pages are errors."""
    import pandas as pd

    origin = f"stooq:{ticker}"
    text = body.decode("utf-8", errors="replace").strip()
    if not text or text.lower().startswith("no data"):
        raise PriceDataError(f"{origin}: Stooq has no data for {ticker!r} ({stooq_symbol(ticker)}) in that range")
    first_line = text.splitlines()[0]
    if "date" not in first_line.lower() or "close" not in first_line.lower():
        snippet = " ".join(text.split())[:80]
        raise PriceDataError(f"{origin}: Stooq did not answer with a price table (got: {snippet!r})")
    raw = pd.read_csv(io.StringIO(text))
    return normalise_bars(raw, origin)
