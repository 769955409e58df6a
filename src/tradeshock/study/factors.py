"""User-supplied factor files for the Fama-French and Carhart models.

Accepted: a CSV with a date column (``YYYYMMDD`` as in Ken French's files, or ``YYYY-MM-DD``) and
factor columns named like ``Mkt-RF, SMB, HML, RMW, CMA, Mom (or UMD, WML), RF``. Ken French's
downloaded CSVs (text lines above the header, an annual block below the daily one) are read as
they are. Values in percent are detected (and reported) or declared with ``units``.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tradeshock.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_NAMES = {"mkt-rf": "mkt_rf", "mkt_rf": "mkt_rf", "mktrf": "mkt_rf", "mkt": "mkt_rf", "excess_market": "mkt_rf",
          "smb": "smb", "hml": "hml", "rmw": "rmw", "cma": "cma", "mom": "mom", "umd": "mom", "wml": "mom",
          "rf": "rf"}
_DATE = re.compile(r"^\s*(\d{8}|\d{4}-\d{2}-\d{2})\s*,")


@dataclass(frozen=True)
class FactorTable:
    """Daily factors in decimal returns: ``dates`` (datetime64[D]) and a column per factor name."""

    dates: np.ndarray
    columns: dict[str, np.ndarray]
    units: str
    origin: str

    def on(self, sessions: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
        """Sessions x factors matrix for ``names`` (NaN where the file has no row for a session)."""
        from tradeshock.study.calendar import exact_positions

        pos, hit = exact_positions(self.dates, sessions)
        out = np.full((sessions.size, len(names)), np.nan)
        for j, name in enumerate(names):
            out[hit, j] = self.columns[name][pos[hit]]
        return out


def read_factors(source: Any, units: str = "auto") -> FactorTable:
    """Read a factor file (path) or DataFrame. ``units``: ``"auto"``, ``"percent"`` or ``"decimal"``."""
    import pandas as pd

    if isinstance(source, FactorTable):
        return source
    if isinstance(source, pd.DataFrame):
        frame, origin = source.copy(), "factors"
    elif isinstance(source, str | os.PathLike):
        origin = str(source)
        path = Path(source)
        if not path.is_file():
            raise InputError(origin, "factor file not found")
        frame = _read_csv(path.read_text(encoding="utf-8-sig", errors="replace"), origin)
    else:
        raise InputError("factors", "expected a path to a CSV file or a DataFrame")
    return _from_frame(frame, units, origin)


def _read_csv(text: str, origin: str) -> pd.DataFrame:
    import pandas as pd

    lines = text.splitlines()
    first_data = next((i for i, line in enumerate(lines) if _DATE.match(line)), None)
    if first_data is None or first_data == 0:
        raise InputError(origin, "no header line followed by dated rows (expected date,Mkt-RF,SMB,HML,...,RF)")
    end = first_data
    while end < len(lines) and _DATE.match(lines[end]):
        end += 1
    block = "\n".join([lines[first_data - 1], *lines[first_data:end]])
    frame = pd.read_csv(io.StringIO(block), dtype=str, skipinitialspace=True)
    frame = frame.rename(columns={frame.columns[0]: "date"})
    return frame


def _from_frame(frame: pd.DataFrame, units: str, origin: str) -> FactorTable:
    import pandas as pd

    cols = {str(c).strip().lower(): c for c in frame.columns}
    date_key = next((cols[k] for k in ("date", "unnamed: 0", "") if k in cols), frame.columns[0])
    raw_dates = frame[date_key].astype(str).str.strip()
    dates = pd.to_datetime(raw_dates, format="%Y%m%d", errors="coerce")
    dates = dates.fillna(pd.to_datetime(raw_dates, format="ISO8601", errors="coerce"))
    if dates.isna().any():
        i = int(np.flatnonzero(dates.isna().to_numpy())[0])
        raise InputError(origin, f"row {i + 1}: {raw_dates.iloc[i]!r} is not a date (YYYYMMDD or YYYY-MM-DD)")
    columns: dict[str, np.ndarray] = {}
    for key, original in cols.items():
        name = _NAMES.get(key.replace(" ", ""))
        if name and name not in columns:
            values = pd.to_numeric(frame[original], errors="coerce").to_numpy(dtype=float)
            columns[name] = values
    if "mkt_rf" not in columns:
        raise InputError(origin, f"no market factor column (Mkt-RF); columns: {', '.join(map(str, frame.columns))}")
    if units not in ("auto", "percent", "decimal"):
        raise InputError(origin, f"units must be auto, percent or decimal, not {units!r}")
    if units == "auto":
        typical = float(np.nanmedian(np.abs(columns["mkt_rf"])))
        units = "percent" if typical > 0.05 else "decimal"
    if units == "percent":
        columns = {k: v / 100.0 for k, v in columns.items()}
    order = np.argsort(dates.to_numpy())
    day = dates.to_numpy().astype("datetime64[D]")[order]
    if np.any(np.diff(day.astype(np.int64)) == 0):
        raise InputError(origin, "duplicate dates in the factor file")
    return FactorTable(dates=day, columns={k: v[order] for k, v in columns.items()}, units=units, origin=origin)
