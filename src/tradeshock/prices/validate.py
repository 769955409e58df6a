"""Turn a raw price table into the standard bar table, or say clearly what is wrong with it.

Checks: a date column that parses, dates strictly ascending (no duplicates), numbers that parse,
prices that are positive. Missing values are kept as NaN: a gap is reported later, never filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tradeshock.errors import InputError, PriceDataError
from tradeshock.prices.base import PRICE_COLUMNS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_ALIASES = {
    "date": "date",
    "datetime": "date",
    "timestamp": "date",
    "time": "date",
    "open": "open",
    "high": "high",
    "low": "low",
    "close": "close",
    "adj close": "adj_close",
    "adj_close": "adj_close",
    "adjclose": "adj_close",
    "adjusted_close": "adj_close",
    "adjusted close": "adj_close",
    "volume": "volume",
}

_PRICE_FIELDS = ("open", "high", "low", "close", "adj_close")


def _canonical(name: object) -> str:
    return _ALIASES.get(str(name).strip().lower(), str(name).strip().lower())


def normalise_bars(raw: pd.DataFrame, origin: str) -> pd.DataFrame:
    """Return ``raw`` as a bar table: ``DatetimeIndex`` named ``date``, float columns from
    :data:`~tradeshock.prices.base.PRICE_COLUMNS`.

    ``origin`` names the input in error messages (a file path, "yahoo:NVDA"). Raises
    :class:`InputError` for an unreadable table and :class:`PriceDataError` for bad prices.
    """
    import pandas as pd

    frame = raw.copy()
    frame.columns = [_canonical(c) for c in frame.columns]
    if "date" in frame.columns:
        raw_dates = frame.pop("date")
    elif isinstance(frame.index, pd.DatetimeIndex) or _canonical(frame.index.name or "") == "date":
        raw_dates = pd.Series(frame.index, index=frame.index)
    else:
        raise InputError(origin, "no 'date' column (expected date,open,high,low,close,adj_close,volume)")
    if "close" not in frame.columns and "adj_close" not in frame.columns:
        raise InputError(origin, f"no 'close' or 'adj_close' column (columns: {', '.join(map(str, frame.columns))})")

    dates = _parse_dates(raw_dates, origin)
    frame.index = pd.DatetimeIndex(dates, name="date")

    out = pd.DataFrame(index=frame.index)
    for column in PRICE_COLUMNS:
        if column in frame.columns:
            out[column] = _parse_numbers(frame[column], column, dates, origin)
    _check_order(out.index.values, origin)
    for column in _PRICE_FIELDS:
        if column in out.columns:
            values = out[column].to_numpy()
            bad = np.flatnonzero(values <= 0)
            if bad.size:
                i = int(bad[0])
                raise PriceDataError(
                    f"{origin}: non-positive {column} {values[i]:g} on {_day(out.index.values[i])}"
                    + (f" (and {bad.size - 1} more rows)" if bad.size > 1 else "")
                )
    return out


def _day(value: object) -> str:
    return str(np.datetime64(value, "D"))


def _parse_dates(raw: pd.Series, origin: str) -> np.ndarray:
    """Parse dates to naive ``datetime64[ns]`` at midnight; time-zone-aware stamps keep their local date."""
    import pandas as pd

    if isinstance(raw.dtype, pd.DatetimeTZDtype):
        parsed = raw.dt.tz_localize(None)
    elif pd.api.types.is_datetime64_dtype(raw.dtype):
        parsed = raw
    else:
        text = raw.astype("string").str.strip()
        parsed = pd.to_datetime(text, errors="coerce", format="ISO8601")
        if parsed.isna().any() and not text[parsed.isna()].isna().all():
            # a second chance for stamps with offsets ("2023-07-10 00:00:00-04:00") or other layouts
            retry = pd.to_datetime(text, errors="coerce", utc=True, format="mixed")
            local = text.str.extract(r"^(\d{4}-\d{2}-\d{2})", expand=False)
            parsed = pd.to_datetime(local, errors="coerce", format="%Y-%m-%d").where(
                local.notna(), retry.dt.tz_localize(None)
            )
        if isinstance(parsed.dtype, pd.DatetimeTZDtype):
            parsed = parsed.dt.tz_localize(None)
    bad = np.flatnonzero(pd.isna(parsed).to_numpy())
    if bad.size:
        i = int(bad[0])
        raise InputError(origin, f"row {i + 1}: date {raw.iloc[i]!r} is not a date (expected YYYY-MM-DD)")
    return pd.DatetimeIndex(parsed).normalize().values.astype("datetime64[ns]")


def _parse_numbers(column: pd.Series, name: str, dates: np.ndarray, origin: str) -> np.ndarray:
    import pandas as pd

    if pd.api.types.is_numeric_dtype(column.dtype) and not pd.api.types.is_bool_dtype(column.dtype):
        return column.to_numpy(dtype=float)
    text = column.astype("string").str.strip()
    text = text.mask(text == "")
    numbers = pd.to_numeric(text, errors="coerce")
    bad = np.flatnonzero((numbers.isna() & text.notna()).to_numpy())
    if bad.size:
        i = int(bad[0])
        raise PriceDataError(f"{origin}: {name} {text.iloc[i]!r} on {_day(dates[i])} is not a number")
    return numbers.to_numpy(dtype=float)


def _check_order(dates: np.ndarray, origin: str) -> None:
    if dates.size < 2:
        return
    step = np.diff(dates.astype("datetime64[D]").astype(np.int64))
    dup = np.flatnonzero(step == 0)
    if dup.size:
        i = int(dup[0])
        raise PriceDataError(f"{origin}: duplicate date {_day(dates[i])} (rows {i + 1} and {i + 2})")
    back = np.flatnonzero(step < 0)
    if back.size:
        i = int(back[0])
        raise PriceDataError(
            f"{origin}: dates are not in ascending order: {_day(dates[i + 1])} (row {i + 2}) "
            f"comes after {_day(dates[i])} (row {i + 1})"
        )


def choose_price_field(bars: pd.DataFrame) -> str:
    """``adj_close`` when the column exists and has at least one value, else ``close``."""
    if "adj_close" in bars.columns and bars["adj_close"].notna().any():
        return "adj_close"
    return "close"
