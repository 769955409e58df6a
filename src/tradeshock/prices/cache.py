"""An on-disk cache for online price sources.

Layout: ``<folder>/<provider>/<STEM>.csv`` holds the bars in the standard schema and
``<STEM>.json`` says which range was asked for and when. A cached table answers a request when it
covers the requested range; an open-ended request ("up to today") is answered only by a table
fetched within ``max_age``. Files are written to a temporary name and renamed, so an interrupted
write leaves no half-written cache entry.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tradeshock.prices.base import PRICE_COLUMNS, file_stem, slice_bars
from tradeshock.prices.validate import normalise_bars

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


class DiskCache:
    """Cache of bar tables keyed by (provider, ticker)."""

    def __init__(self, folder: str | os.PathLike[str], *, max_age: timedelta = timedelta(days=1)) -> None:
        self.folder = Path(folder)
        self.max_age = max_age

    def _paths(self, provider: str, ticker: str) -> tuple[Path, Path]:
        base = self.folder / provider
        stem = file_stem(ticker).replace("/", "_")
        return base / f"{stem}.csv", base / f"{stem}.json"

    def get(self, provider: str, ticker: str, start: date | None, end: date | None) -> pd.DataFrame | None:
        """The cached bars for the request, sliced to it, or ``None`` on a miss."""
        import pandas as pd

        data_path, meta_path = self._paths(provider, ticker)
        if not (data_path.exists() and meta_path.exists()):
            return None
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            fetched = datetime.fromisoformat(meta["fetched_at"])
        except (OSError, ValueError, KeyError):
            return None
        if not _covers(meta, fetched, start, end, self.max_age):
            return None
        return slice_bars(normalise_bars(pd.read_csv(data_path), str(data_path)), start, end)

    def through(self, provider: str, ticker: str, start: date | None, end: date | None,
                fetch: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """The cached answer to the request, or ``fetch()``'s, stored for next time; sliced to it."""
        hit = self.get(provider, ticker, start, end)
        if hit is not None:
            return hit
        bars = fetch()
        self.put(provider, ticker, bars, start, end)
        return slice_bars(bars, start, end)

    def put(self, provider: str, ticker: str, bars: pd.DataFrame, start: date | None, end: date | None) -> None:
        """Store ``bars`` as the answer to the request (start, end)."""
        data_path, meta_path = self._paths(provider, ticker)
        data_path.parent.mkdir(parents=True, exist_ok=True)
        table = bars.reindex(columns=[c for c in PRICE_COLUMNS if c in bars.columns])
        table.index = table.index.strftime("%Y-%m-%d")
        table.index.name = "date"
        atomic_write(data_path, table.to_csv())
        meta = {
            "provider": provider,
            "ticker": ticker,
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "rows": int(len(bars)),
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        atomic_write(meta_path, json.dumps(meta, indent=2))


def _covers(meta: dict[str, object], fetched: datetime, start: date | None, end: date | None,
            max_age: timedelta) -> bool:
    cached_start = date.fromisoformat(str(meta["start"])) if meta.get("start") else None
    cached_end = date.fromisoformat(str(meta["end"])) if meta.get("end") else None
    if cached_start is not None and (start is None or start < cached_start):
        return False
    if end is None or cached_end is None:
        fresh = datetime.now(UTC) - fetched <= max_age
        if end is None:
            return fresh
        return fresh or end < fetched.date()
    return end <= cached_end


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so that
    readers never see a half-written file. The file gets the usual permissions (0666 minus umask)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
