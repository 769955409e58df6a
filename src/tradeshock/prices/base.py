"""The price-source interface: one method returning daily bars for one ticker.

A :class:`PriceSource` returns a pandas DataFrame indexed by a naive, normalised ``DatetimeIndex``
named ``date``, with some of the columns in :data:`PRICE_COLUMNS` (``close`` at least). Sources do
not fill gaps and do not choose between ``close`` and ``adj_close``: :mod:`tradeshock.prices.validate`
checks the table and :func:`tradeshock.prices.panel.load_series` picks the price field and says which.

Providers: :class:`~tradeshock.prices.local.LocalPriceSource` (folders of CSV or Parquet files),
:class:`~tradeshock.prices.memory.InMemoryPriceSource` (the test double),
:class:`~tradeshock.prices.yahoo.YahooPriceSource` and :class:`~tradeshock.prices.stooq.StooqPriceSource`
(online, with an on-disk cache).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Columns of a bar table, in file order (``date`` is the index).
PRICE_COLUMNS: tuple[str, ...] = ("open", "high", "low", "close", "adj_close", "volume")


@runtime_checkable
class PriceSource(Protocol):
    """Anything that returns daily bars for a ticker.

    ``name`` is used in messages ("local:/data/prices", "yahoo", "memory").
    ``bars`` raises :class:`~tradeshock.errors.PriceDataError` when the ticker is unknown to the
    source, and :class:`~tradeshock.errors.FetchError` when an online source cannot be reached.
    ``start``/``end`` are inclusive; ``None`` means "as far as the source goes".
    """

    name: str

    def bars(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        """Daily bars for ``ticker`` between ``start`` and ``end`` (inclusive)."""
        ...  # pragma: no cover


def normalise_ticker(ticker: str) -> str:
    """The form tickers are compared in: stripped and upper-case (``" nvda "`` -> ``"NVDA"``)."""
    return ticker.strip().upper()


def file_stem(ticker: str) -> str:
    """The file name stem a ticker is stored under: ``^GSPC`` -> ``GSPC`` (carets are not used in file names)."""
    return normalise_ticker(ticker).lstrip("^")


def slice_bars(bars: pd.DataFrame, start: date | None, end: date | None) -> pd.DataFrame:
    """The rows of ``bars`` dated ``start`` to ``end`` inclusive (``None``: open-ended)."""
    import pandas as pd

    if start is not None:
        bars = bars[bars.index >= pd.Timestamp(start)]
    if end is not None:
        bars = bars[bars.index <= pd.Timestamp(end)]
    return bars
