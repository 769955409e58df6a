"""Prices from a local folder: one ``<TICKER>.csv`` or ``<TICKER>.parquet`` per symbol.

The folder layout is that of ``../shared/data/prices/``: ``date,open,high,low,close,adj_close,volume``.
A ticker is found case-insensitively; a leading caret is dropped (``^GSPC`` is read from ``GSPC.csv``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tradeshock.errors import InputError, PriceDataError
from tradeshock.prices.base import file_stem, slice_bars
from tradeshock.prices.validate import normalise_bars

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_SUFFIXES = (".csv", ".parquet", ".pq")


class LocalPriceSource:
    """Daily bars read from CSV or Parquet files in ``folder``.

    >>> source = LocalPriceSource(sample_prices_dir())
    >>> source.bars("NVDA").columns.tolist()
    ['open', 'high', 'low', 'close', 'adj_close', 'volume']
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise InputError(str(self.folder), "price folder not found (or not a folder)")
        self.name = f"local:{self.folder}"
        self._files: dict[str, Path] | None = None
        # parsed bars by file, so that one run reading a ticker twice (a study, then the claim
        # checks) parses it once; keyed by modification time and size, so an edited file is re-read
        self._parsed: dict[Path, tuple[tuple[int, int], pd.DataFrame]] = {}

    def _index(self) -> dict[str, Path]:
        if self._files is None:
            files: dict[str, Path] = {}
            with os.scandir(self.folder) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    path = Path(entry.path)
                    if entry.is_file() and path.suffix.lower() in _SUFFIXES:
                        files.setdefault(file_stem(path.stem), path)
            self._files = files
        return self._files

    def tickers(self) -> list[str]:
        """The tickers this folder holds (file stems, upper-case)."""
        return sorted(self._index())

    def path_for(self, ticker: str) -> Path:
        """The file holding ``ticker``; :class:`PriceDataError` naming what was looked for if none."""
        files = self._index()
        stem = file_stem(ticker)
        if stem not in files:
            known = ", ".join(sorted(files)[:30]) or "none"
            raise PriceDataError(
                f"no prices for ticker {ticker!r} in {self.folder} "
                f"(looked for {stem}.csv or {stem}.parquet; available: {known})"
            )
        return files[stem]

    def bars(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        path = self.path_for(ticker)
        try:
            st = path.stat()
        except OSError as exc:
            raise InputError(str(path), f"cannot read price file: {exc}") from exc
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._parsed.get(path)
        if cached is None or cached[0] != stamp:
            cached = stamp, self._read(path)
            self._parsed[path] = cached
        return slice_bars(cached[1], start, end).copy()

    def _read(self, path: Path) -> pd.DataFrame:
        import pandas as pd

        try:
            if path.suffix.lower() == ".csv":
                raw = pd.read_csv(path, skipinitialspace=True)
            else:
                try:
                    raw = pd.read_parquet(path)
                except ImportError as exc:  # pragma: no cover - pyarrow is a test dependency
                    raise InputError(str(path), "reading Parquet needs pyarrow (pip install 'tradeshock[parquet]')") from exc
        except (OSError, ValueError, pd.errors.ParserError) as exc:
            raise InputError(str(path), f"cannot read price file: {exc}") from exc
        if raw.empty:
            raise PriceDataError(f"{path}: the price file has no rows")
        return normalise_bars(raw, str(path))


def sample_prices_dir() -> Path:
    """The small bundled price folder (20 symbols, 2024-01-01..2025-10-31; see its PROVENANCE.md)."""
    return Path(__file__).resolve().parents[1] / "data" / "sample" / "prices"
