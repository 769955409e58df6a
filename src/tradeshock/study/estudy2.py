"""The ``estudy2`` convention: the tests exactly as the R package estudy2 (0.10) computes them,
quirks included, so that its published outputs can be reproduced.

Quirks reproduced on purpose (see ``docs/methods.md``):

* standardised residuals divide by the sample standard deviation of the estimation ARs (n - 1),
  and the market moments of the correction use every estimation day with a market return;
* cross-sectional "sums" are ``mean of non-missing values x number of securities``;
* Brown-Warner tests use Student-t critical values with ``mean(estimation length) - 1`` df;
* the rank and sign tests scale by the mean number of non-missing combined-window observations;
* the CAR tests keep days with more than 90 % of securities present, and report as the CAR "mean"
  the mean of the daily average abnormal returns; their statistic is ``sum of daily statistics /
  sqrt(days)`` (Brown-Warner 1985, Lamb).

estudy2 has no Kolari-Pynnonen test; here it is estudy2's BMP statistic times the KP adjustment.
"""

from __future__ import annotations

import math

import numpy as np

from tradeshock.study.engine import StudyArrays, rank_rows
from tradeshock.study.statistics import _bw_series, _kp_adjust
from tradeshock.study.testing import (
    DailyTest,
    TestResult,
    nanmean0,
    nanstd0,
    p_normal,
    p_student,
    safe_div,
    wilcoxon_column,
)

#: estudy2's CAR tests keep days with more than this percentage of securities present.
CAR_PERCENTAGE = 90.0


def daily_tests(a: StudyArrays, market_model: bool) -> dict[str, DailyTest]:
    ar = a.ar
    n_sec = a.n_pairs
    mean_t, n_t = nanmean0(ar, axis=0)
    nf = n_t.astype(float)
    mean_delta = float(np.mean(a.n))
    df_bw = np.full(a.n_days, mean_delta - 1.0)
    out: dict[str, DailyTest] = {}

    sd = math.sqrt(float(np.nansum(a.var_r))) / n_sec
    stat = safe_div(mean_t, sd)
    out["brown_warner_1980"] = DailyTest("brown_warner_1980", stat, p_student(stat, df_bw), "t", n_t, df_bw)

    sd_means, _ = _bw_series(a)
    stat = safe_div(mean_t, sd_means)
    out["brown_warner_1985"] = DailyTest("brown_warner_1985", stat, p_student(stat, df_bw), "t", n_t, df_bw)

    stat = safe_div(mean_t * np.sqrt(nf), nanstd0(ar, axis=0))
    out["t_test"] = DailyTest("t_test", stat, p_student(stat, nf - 1), "t", n_t, nf - 1)

    if market_model:
        sar = a.sar_e2
        msar, _ = nanmean0(sar, axis=0)
        stat = safe_div(msar * n_sec, math.sqrt(float(np.sum((a.n - 2.0) / (a.n - 4.0)))))
        out["patell"] = DailyTest("patell", stat, p_normal(stat), "normal", n_t)
        bmp = safe_div(msar * np.sqrt(nf), nanstd0(sar, axis=0))
        out["bmp"] = DailyTest("bmp", bmp, p_student(bmp, nf - 1), "t", n_t, nf - 1)
        stat = bmp * _kp_adjust(a, nf)
        out["kolari_pynnonen"] = DailyTest("kolari_pynnonen", stat, p_student(stat, nf - 1), "t", n_t, nf - 1)
        m_est = safe_div(a.est_mkt_sum, a.est_mkt_cnt)
        m_est = m_est[np.isfinite(m_est)]
        m_bar = float(m_est.mean())
        m_ss = float(((m_est - m_bar) ** 2).sum())
        m_evt, _ = nanmean0(a.market_evt, axis=0)
        sd_l = sd_means * np.sqrt(1.0 + 1.0 / mean_delta + (m_evt - m_bar) ** 2 / m_ss)
        stat = safe_div(mean_t, sd_l)
        out["lamb"] = DailyTest("lamb", stat, p_normal(stat), "normal", n_t)
    else:  # estudy2 refuses these tests for other models
        nan = np.full(a.n_days, np.nan)
        for name in ("patell", "bmp", "kolari_pynnonen", "lamb"):
            out[name] = DailyTest(name, nan, nan, "normal", n_t)

    binary = np.where(np.isfinite(ar), (ar > 0).astype(float), np.nan)
    sums = nanmean0(binary, axis=0)[0] * n_sec
    stat = safe_div(sums - nf * 0.5, np.sqrt(nf * 0.25))
    out["sign"] = DailyTest("sign", stat, p_normal(stat), "normal", n_t)
    p_hat = float(a.pos_est.sum() / a.n.sum())
    stat = safe_div(sums - nf * p_hat, np.sqrt(nf * p_hat * (1.0 - p_hat)))
    out["generalized_sign"] = DailyTest("generalized_sign", stat, p_normal(stat), "normal", n_t)

    le = a.full_cnt.size - a.n_days
    cnt = a.full_cnt
    delta_full = float(np.mean(a.m_full))
    ok = cnt > 0

    row_sums = safe_div(a.full_sign, cnt) * n_sec
    sd_full = math.sqrt(float(np.sum((row_sums[ok] / np.sqrt(cnt[ok])) ** 2)) / delta_full)
    stat = safe_div(row_sums[le:] / np.sqrt(np.where(nf > 0, nf, np.nan)), sd_full)
    out["corrado_sign"] = DailyTest("corrado_sign", stat, p_normal(stat), "normal", n_t)

    row_diff = safe_div(a.full_rank_dev, cnt) * n_sec
    sd_full = math.sqrt(float(np.sum((row_diff[ok] / cnt[ok]) ** 2)) / delta_full)
    stat = safe_div(row_diff[le:] / np.where(nf > 0, nf, np.nan), sd_full)
    out["rank"] = DailyTest("rank", stat, p_normal(stat), "normal", n_t)

    row_diff = safe_div(a.full_urank, cnt) * n_sec
    sd_full = math.sqrt(float(np.sum((row_diff[ok] / np.sqrt(cnt[ok])) ** 2)) / delta_full)
    stat = safe_div(row_diff[le:] / np.sqrt(np.where(nf > 0, nf, np.nan)), sd_full)
    out["modified_rank"] = DailyTest("modified_rank", stat, p_normal(stat), "normal", n_t)

    out["wilcoxon"] = _wilcoxon(ar, n_sec)
    return out


def _wilcoxon(ar: np.ndarray, n_sec: int) -> DailyTest:
    """estudy2's signed-rank statistic: mean over non-missing, non-zero ARs of (rank of |AR| if the AR is
    positive, else 0), times the number of securities; the p-value is the exact (or normal) two-sided one."""
    absval = np.abs(ar)
    absval[absval == 0] = np.nan
    ranks = rank_rows(absval.T).T
    ranks = np.where(ar < 0, 0.0, ranks)
    stat = nanmean0(ranks, axis=0)[0] * n_sec
    n_t = np.isfinite(absval).sum(axis=0)
    p = np.array([wilcoxon_column(ar[:, j])[1] for j in range(ar.shape[1])])
    return DailyTest("wilcoxon", stat, p, "exact", n_t)


def car_tests(a: StudyArrays, daily: dict[str, DailyTest], lo: int, hi: int) -> dict[str, TestResult]:
    """estudy2's CAR tests (Brown-Warner 1985, Lamb, rank) over event-window positions lo..hi."""
    _, keep = _kept_days(a, lo, hi)
    days = int(keep.sum())
    out: dict[str, TestResult] = {}
    if days == 0:
        return out
    for name in ("brown_warner_1985", "lamb"):
        stat = float(np.nansum(daily[name].stat[lo: hi + 1][keep]) / math.sqrt(days))
        out[name] = TestResult(name, stat, float(p_normal(stat)), "normal", days)

    ranks = a.rank_evt[:, lo: hi + 1][:, keep]
    mean_rank = float(np.mean((a.m_full + 1.0) / 2.0))
    row_means = safe_div(a.full_rank_raw, a.full_cnt)
    row_means = row_means[np.isfinite(row_means)]
    denom = math.sqrt(float(np.sum((row_means - mean_rank) ** 2)) / float(np.mean(a.m_full)))
    stat = float(math.sqrt(days) * (np.nanmean(ranks) - mean_rank) / denom)
    out["rank"] = TestResult("rank", stat, float(p_normal(stat)), "normal", days)
    return out


def car_mean(a: StudyArrays, lo: int, hi: int) -> float:
    """estudy2's CAR "mean": the mean of the daily average ARs over the kept days."""
    mean_t, keep = _kept_days(a, lo, hi)
    return float(np.mean(mean_t[keep])) if keep.any() else math.nan


def _kept_days(a: StudyArrays, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """The daily mean AR over positions lo..hi and the days estudy2's CAR statistics keep: more
    than ``CAR_PERCENTAGE`` per cent of the securities have an AR that day."""
    mean_t, n_t = nanmean0(a.ar[:, lo: hi + 1], axis=0)
    pct = n_t / a.n_pairs * 100.0
    return mean_t, (pct > CAR_PERCENTAGE) & (pct > 0)
