"""An in-memory price source: the test double, and a convenient way to pass prices you already have."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from tradeshock.errors import InputError, PriceDataError
from tradeshock.prices.base import file_stem, slice_bars
from tradeshock.prices.validate import normalise_bars

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


class InMemoryPriceSource:
    """Bars held in memory, one table (or one close series) per ticker.

    ``frames`` maps ticker -> DataFrame (with a ``date`` column or a date index and ``close`` and/or
    ``adj_close``) or a Series of closes indexed by date. Tables are validated on construction, so
    a bad table fails where it is built.
    """

    def __init__(self, frames: Mapping[str, Any], *, name: str = "memory") -> None:
        import pandas as pd

        self.name = name
        self._bars: dict[str, pd.DataFrame] = {}
        for ticker, frame in frames.items():
            if isinstance(frame, pd.Series):
                frame = frame.rename("close").to_frame()
            if not isinstance(frame, pd.DataFrame):
                raise InputError(f"{name}:{ticker}", "expected a DataFrame or a Series of prices")
            self._bars[file_stem(ticker)] = normalise_bars(frame, f"{name}:{ticker}")

    @classmethod
    def from_wide(cls, table: pd.DataFrame, *, date_column: str = "date", field: str = "close",
                  name: str = "memory") -> InMemoryPriceSource:
        """One column of prices per ticker (``date,AMZN,ZM,...``); empty cells are missing prices."""
        import pandas as pd

        if date_column in table.columns:
            table = table.set_index(date_column)
        frames = {str(col): pd.DataFrame({field: table[col].to_numpy()}, index=pd.Index(table.index, name="date"))
                  for col in table.columns}
        return cls(frames, name=name)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, name: str = "memory") -> InMemoryPriceSource:
        """Long records ``{"ticker": ..., "date": ..., "close": ..., ["adj_close": ...]}``."""
        import pandas as pd

        frame = pd.DataFrame(list(records))
        if "ticker" not in frame.columns:
            raise InputError(name, "price records need a 'ticker' field")
        return cls({str(t): g.drop(columns="ticker") for t, g in frame.groupby("ticker", sort=True)}, name=name)

    def tickers(self) -> list[str]:
        return sorted(self._bars)

    def bars(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        key = file_stem(ticker)
        if key not in self._bars:
            known = ", ".join(sorted(self._bars)[:30]) or "none"
            raise PriceDataError(f"no prices for ticker {ticker!r} in {self.name} (available: {known})")
        return slice_bars(self._bars[key].copy(), start, end)
