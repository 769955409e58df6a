"""The ``textbook`` convention: event-study tests with forecast-error-corrected standardised
residuals and the divisors documented (with citations) in ``docs/methods.md``.

All functions work on :class:`~tradeshock.study.engine.StudyArrays` and are vectorised over pairs;
the only loops are over event-window days (Wilcoxon) and over tests.
"""

from __future__ import annotations

import math

import numpy as np

from tradeshock.study.engine import StudyArrays
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


def _bw_series(a: StudyArrays) -> tuple[float, int]:
    """Standard deviation of the estimation-window average abnormal returns (event time) and the
    number of estimation days it uses (Brown and Warner 1985's crude dependence adjustment)."""
    aar_est = safe_div(a.est_ar_sum, a.est_ar_cnt)
    aar_est = aar_est[np.isfinite(aar_est)]
    if aar_est.size < 2:
        return math.nan, int(aar_est.size)
    return float(np.std(aar_est, ddof=1)), int(aar_est.size)


def _lamb_factor(a: StudyArrays) -> np.ndarray:
    """Lamb's forecast-error factor per event day, on the equally weighted portfolio:
    1 + 1/T + (Rm_t - mean Rm)^2 / sum (Rm_tau - mean Rm)^2 with Rm the cross-sectional mean market."""
    use = (a.est_ar_cnt > 0) & (a.est_mkt_cnt > 0)
    m_est = safe_div(a.est_mkt_sum, a.est_mkt_cnt)[use]
    t = m_est.size
    if t < 2:
        return np.full(a.n_days, np.nan)
    m_bar = m_est.mean()
    m_ss = float(((m_est - m_bar) ** 2).sum())
    m_evt, _ = nanmean0(a.market_evt, axis=0)
    return 1.0 + 1.0 / t + safe_div((m_evt - m_bar) ** 2, m_ss)


def _kp_adjust(a: StudyArrays, n: np.ndarray) -> np.ndarray:
    r = a.kp_rbar
    return np.sqrt(safe_div(1.0 - r, 1.0 + (n - 1.0) * r))


def _combined_scale(sums: np.ndarray, counts: np.ndarray, by_sqrt: bool) -> tuple[np.ndarray, float]:
    """Per-row statistic (sum / count or sum / sqrt(count)) and its root mean square over rows."""
    scale = np.sqrt(counts) if by_sqrt else counts
    per_row = safe_div(sums, scale)
    ok = counts > 0
    rms = float(np.sqrt(np.mean(per_row[ok] ** 2))) if ok.any() else math.nan
    return per_row, rms


def daily_tests(a: StudyArrays) -> dict[str, DailyTest]:
    """Every daily test for every event-window day."""
    ar = a.ar
    valid = np.isfinite(ar)
    aar, n_t = nanmean0(ar, axis=0)
    nf = n_t.astype(float)
    out: dict[str, DailyTest] = {}
    mean_n = float(np.mean(a.n)) if a.n.size else math.nan

    # Brown and Warner (1980): independence, each security's own residual variance.
    sum_s2 = np.where(valid, a.s2[:, None], 0.0).sum(axis=0)
    stat = safe_div(aar, np.sqrt(sum_s2) / np.where(nf > 0, nf, np.nan))
    df = np.full(a.n_days, mean_n - a.k)
    out["brown_warner_1980"] = DailyTest("brown_warner_1980", stat, p_student(stat, df), "t", n_t, df)

    # Brown and Warner (1985): crude dependence adjustment.
    s_aar, t_est = _bw_series(a)
    stat = safe_div(aar, s_aar)
    df = np.full(a.n_days, t_est - 1.0)
    out["brown_warner_1985"] = DailyTest("brown_warner_1985", stat, p_student(stat, df), "t", n_t, df)

    # Cross-sectional t-test.
    sd = nanstd0(ar, axis=0)
    stat = safe_div(aar * np.sqrt(nf), sd)
    out["t_test"] = DailyTest("t_test", stat, p_student(stat, nf - 1), "t", n_t, nf - 1)

    # Patell (1976): standardised residuals with the forecast-error correction.
    sar = a.sar
    dfi = a.n - a.k
    var_sar = safe_div(dfi, dfi - 2.0)
    stat = safe_div(np.where(valid, sar, 0.0).sum(axis=0), np.sqrt(np.where(valid, var_sar[:, None], 0.0).sum(axis=0)))
    out["patell"] = DailyTest("patell", stat, p_normal(stat), "normal", n_t)

    # Boehmer, Musumeci and Poulsen (1991): cross-sectional t-test on standardised residuals.
    msar, _ = nanmean0(sar, axis=0)
    bmp = safe_div(msar * np.sqrt(nf), nanstd0(sar, axis=0))
    out["bmp"] = DailyTest("bmp", bmp, p_student(bmp, nf - 1), "t", n_t, nf - 1)

    # Kolari and Pynnonen (2010): BMP adjusted for cross-correlation of residuals.
    stat = bmp * _kp_adjust(a, nf)
    out["kolari_pynnonen"] = DailyTest("kolari_pynnonen", stat, p_student(stat, nf - 1), "t", n_t, nf - 1)

    # Lamb (1995): portfolio standard deviation with the forecast-error correction.
    stat = safe_div(aar, s_aar * np.sqrt(_lamb_factor(a)))
    out["lamb"] = DailyTest("lamb", stat, p_normal(stat), "normal", n_t)

    # Sign test against one half.
    pos = (ar > 0).sum(axis=0).astype(float)
    stat = safe_div(pos - 0.5 * nf, np.sqrt(0.25 * nf))
    out["sign"] = DailyTest("sign", stat, p_normal(stat), "normal", n_t)

    # Generalized sign test (Cowan 1992): expected fraction from the estimation window.
    p_hat = float(np.mean(safe_div(a.pos_est, a.n))) if a.n.size else math.nan
    stat = safe_div(pos - nf * p_hat, np.sqrt(nf * p_hat * (1.0 - p_hat)))
    out["generalized_sign"] = DailyTest("generalized_sign", stat, p_normal(stat), "normal", n_t)

    le = a.full_cnt.size - a.n_days
    # Corrado and Zivney (1992) sign test.
    g_row, s_g = _combined_scale(a.full_sign, a.full_cnt, by_sqrt=True)
    stat = safe_div(g_row[le:], s_g)
    out["corrado_sign"] = DailyTest("corrado_sign", stat, p_normal(stat), "normal", n_t)

    # Corrado (1989) rank test.
    k_row, s_k = _combined_scale(a.full_rank_dev, a.full_cnt, by_sqrt=False)
    stat = safe_div(k_row[le:], s_k)
    out["rank"] = DailyTest("rank", stat, p_normal(stat), "normal", n_t)

    # Modified rank test (ranks scaled by M_i + 1; Corrado and Zivney 1992, Campbell and Wasley 1993).
    u_row, s_u = _combined_scale(a.full_urank, a.full_cnt, by_sqrt=True)
    stat = safe_div(u_row[le:], s_u)
    out["modified_rank"] = DailyTest("modified_rank", stat, p_normal(stat), "normal", n_t)

    # Wilcoxon signed-rank test, one day at a time.
    w = [wilcoxon_column(ar[:, j]) for j in range(a.n_days)]
    out["wilcoxon"] = DailyTest("wilcoxon", np.array([x[0] for x in w]), np.array([x[1] for x in w]),
                                "exact" if all(x[2] == "exact" for x in w) else "normal",
                                np.array([x[3] for x in w]))
    return out


def car_tests(a: StudyArrays, lo: int, hi: int) -> dict[str, TestResult]:
    """CAR tests over event-window positions ``lo..hi`` (inclusive)."""
    sub = a.ar[:, lo: hi + 1]
    valid = np.isfinite(sub)
    days_i = valid.sum(axis=1)
    has = days_i > 0
    car = np.where(has, np.where(valid, sub, 0.0).sum(axis=1), np.nan)[has]
    n = int(has.sum())
    aar, n_t = nanmean0(sub, axis=0)
    caar = float(np.nansum(aar))
    n_days = int((n_t > 0).sum())
    out: dict[str, TestResult] = {}
    if n == 0:
        return out
    mean_n = float(np.mean(a.n))
    s2 = a.s2[has]

    stat = float(np.mean(car) / (math.sqrt(float((days_i[has] * s2).sum())) / n))
    out["brown_warner_1980"] = TestResult("brown_warner_1980", stat, float(p_student(stat, mean_n - a.k)), "t",
                                          n, mean_n - a.k)
    s_aar, t_est = _bw_series(a)
    stat = float(safe_div(caar, math.sqrt(n_days) * s_aar))
    out["brown_warner_1985"] = TestResult("brown_warner_1985", stat, float(p_student(stat, t_est - 1)), "t",
                                          n, t_est - 1.0)
    sd = float(np.std(car, ddof=1)) if n > 1 else math.nan
    stat = float(safe_div(np.mean(car) * math.sqrt(n), sd))
    out["t_test"] = TestResult("t_test", stat, float(p_student(stat, n - 1)), "t", n, n - 1.0)

    _, factor = a.car_factor(lo, hi)
    scar = car / np.sqrt(s2 * factor[has])
    dfi = a.n[has] - a.k
    stat = float(safe_div(scar.sum(), math.sqrt(float(safe_div(dfi, dfi - 2.0).sum()))))
    out["patell"] = TestResult("patell", stat, float(p_normal(stat)), "normal", n)
    sd = float(np.std(scar, ddof=1)) if n > 1 else math.nan
    bmp = float(safe_div(scar.mean() * math.sqrt(n), sd))
    out["bmp"] = TestResult("bmp", bmp, float(p_student(bmp, n - 1)), "t", n, n - 1.0)
    stat = float(bmp * _kp_adjust(a, np.array(float(n))))
    out["kolari_pynnonen"] = TestResult("kolari_pynnonen", stat, float(p_student(stat, n - 1)), "t", n, n - 1.0)

    c_t = _lamb_factor(a)[lo: hi + 1][n_t > 0]
    stat = float(safe_div(caar, s_aar * math.sqrt(float(c_t.sum()))))
    out["lamb"] = TestResult("lamb", stat, float(p_normal(stat)), "normal", n)

    pos = float((car > 0).sum())
    stat = float(safe_div(pos - 0.5 * n, math.sqrt(0.25 * n)))
    out["sign"] = TestResult("sign", stat, float(p_normal(stat)), "normal", n)
    p_hat = float(np.mean(safe_div(a.pos_est, a.n)))
    stat = float(safe_div(pos - n * p_hat, math.sqrt(n * p_hat * (1 - p_hat))))
    out["generalized_sign"] = TestResult("generalized_sign", stat, float(p_normal(stat)), "normal", n)

    le = a.full_cnt.size - a.n_days
    k_row, s_k = _combined_scale(a.full_rank_dev, a.full_cnt, by_sqrt=False)
    k_evt = k_row[le + lo: le + hi + 1][n_t > 0]
    stat = float(safe_div(math.sqrt(k_evt.size) * k_evt.mean(), s_k)) if k_evt.size else math.nan
    out["rank"] = TestResult("rank", stat, float(p_normal(stat)), "normal", n)

    w_plus, p, dist, n_w = wilcoxon_column(car)
    out["wilcoxon"] = TestResult("wilcoxon", w_plus, p, dist, n_w)
    return out
