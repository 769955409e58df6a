"""Test-result records and the distribution helpers the event-study tests share."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

#: Daily test names, in reporting order.
DAILY_TESTS: tuple[str, ...] = (
    "brown_warner_1980", "brown_warner_1985", "t_test", "patell", "bmp", "kolari_pynnonen", "lamb",
    "sign", "generalized_sign", "corrado_sign", "rank", "modified_rank", "wilcoxon",
)


def _num(x: Any) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


@dataclass(frozen=True)
class TestResult:
    """One statistic and its two-sided p-value.

    ``distribution``: ``"normal"``, ``"t"`` (with ``df``) or ``"exact"`` (Wilcoxon signed-rank);
    ``n``: the number of pairs (or days, for estudy2's CAR tests) it was computed from.
    """

    __test__ = False  # not a pytest test class

    name: str
    stat: float
    p_value: float
    distribution: str
    n: int
    df: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"stat": _num(self.stat), "p_value": _num(self.p_value)}


@dataclass(frozen=True)
class DailyTest:
    """A test computed for every day of the event window (arrays of length ``days``)."""

    __test__ = False

    name: str
    stat: np.ndarray
    p_value: np.ndarray
    distribution: str
    n: np.ndarray
    df: np.ndarray | None = None

    def at(self, i: int) -> TestResult:
        df = None if self.df is None else float(self.df[i])
        return TestResult(self.name, float(self.stat[i]), float(self.p_value[i]), self.distribution,
                          int(self.n[i]), df)


def p_normal(z: Any) -> np.ndarray:
    """Two-sided p-value of a standard-normal statistic."""
    from scipy.special import ndtr

    z = np.asarray(z, dtype=float)
    return np.asarray(2.0 * ndtr(-np.abs(z)))


def p_student(t: Any, df: Any) -> np.ndarray:
    """Two-sided p-value of a Student-t statistic with ``df`` degrees of freedom (NaN if df <= 0)."""
    from scipy.special import stdtr

    t = np.asarray(t, dtype=float)
    df = np.asarray(df, dtype=float)
    with np.errstate(invalid="ignore"):
        out = 2.0 * stdtr(np.where(df > 0, df, np.nan), -np.abs(t))
    return np.asarray(out)


def safe_div(a: Any, b: Any) -> np.ndarray:
    """a / b with NaN (not inf, not a warning) where b is 0 or NaN."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    ok = np.isfinite(b) & (b != 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(ok, a / np.where(ok, b, 1.0), np.nan)


def nanmean0(x: np.ndarray, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Mean over non-NaN values along ``axis`` and their count (NaN mean where the count is 0)."""
    ok = np.isfinite(x)
    n = ok.sum(axis=axis)
    total = np.where(ok, x, 0.0).sum(axis=axis)
    return safe_div(total, n), n


def nanstd0(x: np.ndarray, axis: int = 0, ddof: int = 1) -> np.ndarray:
    """Standard deviation over non-NaN values (NaN where fewer than ddof + 1 values)."""
    mean, n = nanmean0(x, axis)
    dev = np.where(np.isfinite(x), x - np.expand_dims(mean, axis), 0.0)
    return np.sqrt(safe_div((dev**2).sum(axis=axis), n - ddof))


@lru_cache(maxsize=64)
def _signrank_counts(n: int) -> np.ndarray:
    """Number of subsets of {1..n} with each sum 0..n(n+1)/2 (the exact signed-rank null)."""
    counts = np.zeros(n * (n + 1) // 2 + 1)
    counts[0] = 1.0
    for k in range(1, n + 1):
        counts[k:] = counts[k:] + counts[:-k].copy()
    return counts


def wilcoxon_column(values: np.ndarray) -> tuple[float, float, str, int]:
    """Wilcoxon signed-rank test of one sample: (W+, two-sided p, distribution, n).

    Zeros are dropped; ranks of |x| are averaged over ties. The p-value is exact for n <= 50 without
    ties, else from the normal approximation with the tie correction.
    """
    from tradeshock.study.engine import rank_rows

    x = values[np.isfinite(values)]
    x = x[x != 0]
    n = int(x.size)
    if n == 0:
        return math.nan, math.nan, "exact", 0
    ranks = rank_rows(np.abs(x))
    w_plus = float(ranks[x > 0].sum())
    _, ties = np.unique(np.abs(x), return_counts=True)
    if n <= 50 and (ties == 1).all():
        counts = _signrank_counts(n)
        total = counts.sum()
        k = int(round(w_plus))
        cdf = counts[: k + 1].sum() / total
        sf = counts[k:].sum() / total
        return w_plus, float(min(1.0, 2.0 * min(cdf, sf))), "exact", n
    mean = n * (n + 1) / 4.0
    var = n * (n + 1) * (2 * n + 1) / 24.0 - float((ties**3 - ties).sum()) / 48.0
    z = (w_plus - mean) / math.sqrt(var) if var > 0 else math.nan
    return w_plus, float(p_normal(z)), "normal", n
