"""The textbook tests against independent computations (scipy, plain loops over pairs)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from tradeshock.study import EventStudy
from tradeshock.study.engine import rank_rows
from tradeshock.study.testing import wilcoxon_column

N_STOCKS = 24
DAYS = ["2023-05-10", "2023-11-15", "2024-06-12"]
EST, WIN = (-160, -11), (-2, 2)


def _reference(synthetic, result):
    """Per-pair OLS with numpy, the way a textbook loop would do it."""
    frames = synthetic.frames()
    prices = pd.DataFrame({k: v["close"].to_numpy() for k, v in frames.items()})
    rets = np.log(prices / prices.shift(1)).to_numpy()
    cols = list(prices.columns)
    m = cols.index("MKT")
    out = {"ar": [], "sar": [], "resid": [], "n": [], "s2": [], "scar": [], "mkt_est": [], "mkt_evt": []}
    lo, hi = EST
    for eid, tick in zip(result.event_id, result.ticker, strict=True):
        e = synthetic.index_of(DAYS[int(eid[1:])])
        y, x = rets[e + lo: e + hi + 1, cols.index(tick)], rets[e + lo: e + hi + 1, m]
        X = np.column_stack([np.ones(x.size), x])
        coef, ssr, *_ = np.linalg.lstsq(X, y, rcond=None)
        n = y.size
        s2 = ssr[0] / (n - 2)
        xw = rets[e + WIN[0]: e + WIN[1] + 1, m]
        Xw = np.column_stack([np.ones(xw.size), xw])
        ar = rets[e + WIN[0]: e + WIN[1] + 1, cols.index(tick)] - Xw @ coef
        inv = np.linalg.inv(X.T @ X)
        cov = s2 * (np.eye(xw.size) + Xw @ inv @ Xw.T)
        out["ar"].append(ar)
        out["sar"].append(ar / np.sqrt(np.diag(cov)))
        out["scar"].append(ar.sum() / math.sqrt(cov.sum()))
        out["resid"].append(y - X @ coef)
        out["n"].append(n)
        out["s2"].append(s2)
        out["mkt_est"].append(x)
        out["mkt_evt"].append(xw)
    return {k: np.array(v) for k, v in out.items()}


@pytest.fixture
def study(synthetic):
    for k in range(N_STOCKS):
        synthetic.stock(f"S{k:02d}", 0.0001 * (k % 5), 0.4 + 0.05 * k, noise=0.008 + 0.0005 * k)
    common = 0.004 * synthetic.rng.normal(size=synthetic.sessions.size)  # some cross-correlation
    for k in range(N_STOCKS):
        synthetic.returns[f"S{k:02d}"] += common * (k % 3 == 0)
    for day in DAYS:
        for k in range(0, N_STOCKS, 2):
            synthetic.plant(f"S{k:02d}", day, 0.01)
    events = [{"event_id": f"e{i}", "ticker": f"S{k:02d}", "date": d}
              for i, d in enumerate(DAYS) for k in range(N_STOCKS)]
    result = EventStudy(benchmark="MKT", estimation=EST, window=WIN).fit(events, synthetic.source())
    return result, _reference(synthetic, result)


def test_reference_and_engine_agree_on_the_inputs(study):
    result, ref = study
    np.testing.assert_allclose(result.ar.to_numpy(), ref["ar"], atol=1e-14)
    np.testing.assert_allclose(result.arrays.sar, ref["sar"], rtol=1e-10)


def test_t_test_equals_scipy_one_sample_t(study):
    result, ref = study
    t = stats.ttest_1samp(ref["ar"], 0.0, axis=0)
    np.testing.assert_allclose(result.tests["t_test"].stat, t.statistic, rtol=1e-12)
    np.testing.assert_allclose(result.tests["t_test"].p_value, t.pvalue, rtol=1e-9)


def test_bmp_is_a_t_test_on_standardised_residuals(study):
    result, ref = study
    t = stats.ttest_1samp(ref["sar"], 0.0, axis=0)
    np.testing.assert_allclose(result.tests["bmp"].stat, t.statistic, rtol=1e-10)
    np.testing.assert_allclose(result.tests["bmp"].p_value, t.pvalue, rtol=1e-8)


def test_patell_sums_standardised_residuals_over_their_variance(study):
    result, ref = study
    df = ref["n"] - 2
    z = ref["sar"].sum(axis=0) / np.sqrt((df / (df - 2)).sum())
    np.testing.assert_allclose(result.tests["patell"].stat, z, rtol=1e-10)
    np.testing.assert_allclose(result.tests["patell"].p_value, 2 * stats.norm.sf(np.abs(z)), rtol=1e-9)


def test_kolari_pynnonen_uses_the_mean_residual_cross_correlation(study):
    result, ref = study
    stats_by_date = []
    for d in range(len(DAYS)):  # correlations among pairs that share an event date
        block = ref["resid"][d * N_STOCKS:(d + 1) * N_STOCKS]
        corr = np.corrcoef(block)
        stats_by_date.append(corr[~np.eye(N_STOCKS, dtype=bool)])
    within = np.concatenate(stats_by_date)
    assert within.mean() > 0.01  # the planted common factor is visible
    total = len(DAYS) * N_STOCKS
    # event time: pairs on different dates also enter, with their event-time correlations
    z = ref["resid"] - ref["resid"].mean(axis=1, keepdims=True)
    z /= np.linalg.norm(z, axis=1, keepdims=True)
    full = z @ z.T
    rbar = (full.sum() - total) / (total * (total - 1))
    assert result.arrays.kp_rbar == pytest.approx(rbar, rel=1e-10)
    bmp = result.tests["bmp"].stat
    np.testing.assert_allclose(result.tests["kolari_pynnonen"].stat,
                               bmp * np.sqrt((1 - rbar) / (1 + (total - 1) * rbar)), rtol=1e-12)


def test_brown_warner_and_lamb_use_the_estimation_average_ar_series(study):
    result, ref = study
    aar_est = ref["resid"].mean(axis=0)
    s = aar_est.std(ddof=1)
    aar = ref["ar"].mean(axis=0)
    np.testing.assert_allclose(result.tests["brown_warner_1985"].stat, aar / s, rtol=1e-10)
    m_est, m_evt = ref["mkt_est"].mean(axis=0), ref["mkt_evt"].mean(axis=0)
    c = 1 + 1 / m_est.size + (m_evt - m_est.mean()) ** 2 / ((m_est - m_est.mean()) ** 2).sum()
    np.testing.assert_allclose(result.tests["lamb"].stat, aar / (s * np.sqrt(c)), rtol=1e-10)
    bw80 = aar / (np.sqrt(ref["s2"].sum()) / ref["s2"].size)
    np.testing.assert_allclose(result.tests["brown_warner_1980"].stat, bw80, rtol=1e-10)


def test_sign_tests(study):
    result, ref = study
    n = ref["ar"].shape[0]
    pos = (ref["ar"] > 0).sum(axis=0)
    np.testing.assert_allclose(result.tests["sign"].stat, (pos - n / 2) / math.sqrt(n / 4), rtol=1e-12)
    p_hat = np.mean((ref["resid"] > 0).mean(axis=1))
    z = (pos - n * p_hat) / np.sqrt(n * p_hat * (1 - p_hat))
    np.testing.assert_allclose(result.tests["generalized_sign"].stat, z, rtol=1e-12)


def test_rank_and_corrado_sign_tests_against_a_per_pair_loop(study):
    result, ref = study
    full = np.concatenate([ref["resid"], ref["ar"]], axis=1)
    ranks = np.array([stats.rankdata(row) for row in full])
    m = full.shape[1]
    kbar = (ranks - (m + 1) / 2).mean(axis=0)
    s_k = np.sqrt(np.mean(kbar**2))
    np.testing.assert_allclose(result.tests["rank"].stat, kbar[-5:] / s_k, rtol=1e-10)
    u = (ranks / (m + 1) - 0.5).sum(axis=0) / math.sqrt(full.shape[0])
    np.testing.assert_allclose(result.tests["modified_rank"].stat, u[-5:] / np.sqrt(np.mean(u**2)), rtol=1e-10)
    g = np.sign(full - np.median(full, axis=1, keepdims=True)).sum(axis=0) / math.sqrt(full.shape[0])
    np.testing.assert_allclose(result.tests["corrado_sign"].stat, g[-5:] / np.sqrt(np.mean(g**2)), rtol=1e-10)
    car_rank = math.sqrt(5) * kbar[-5:].mean() / s_k
    assert result.car_tests["rank"].stat == pytest.approx(car_rank, rel=1e-10)


def test_wilcoxon_equals_scipy(study):
    result, ref = study
    for j in range(5):
        sample = ref["ar"][:, j]
        greater = stats.wilcoxon(sample, alternative="greater")
        both = stats.wilcoxon(sample)
        assert result.tests["wilcoxon"].stat[j] == pytest.approx(greater.statistic)
        assert result.tests["wilcoxon"].p_value[j] == pytest.approx(both.pvalue, rel=1e-9)


def test_car_tests_against_direct_computations(study):
    result, ref = study
    car = ref["ar"].sum(axis=1)
    t = stats.ttest_1samp(car, 0.0)
    assert result.car_tests["t_test"].stat == pytest.approx(t.statistic, rel=1e-10)
    assert result.car_tests["t_test"].p_value == pytest.approx(t.pvalue, rel=1e-8)
    df = ref["n"] - 2
    patell = ref["scar"].sum() / math.sqrt((df / (df - 2)).sum())
    assert result.car_tests["patell"].stat == pytest.approx(patell, rel=1e-10)
    bmp = stats.ttest_1samp(ref["scar"], 0.0)
    assert result.car_tests["bmp"].stat == pytest.approx(bmp.statistic, rel=1e-10)
    s = ref["resid"].mean(axis=0).std(ddof=1)
    assert result.car_tests["brown_warner_1985"].stat == pytest.approx(
        ref["ar"].mean(axis=0).sum() / (math.sqrt(5) * s), rel=1e-10)
    w = stats.wilcoxon(car)
    assert result.car_tests["wilcoxon"].p_value == pytest.approx(w.pvalue, rel=1e-9)
    assert set(result.car_tests) >= {"brown_warner_1985", "lamb", "rank"}


def test_rank_rows_matches_scipy_with_ties_and_missing_values():
    rng = np.random.default_rng(1)
    a = rng.integers(0, 6, (50, 30)).astype(float)
    a[rng.random(a.shape) < 0.1] = np.nan
    expected = np.array([stats.rankdata(row, nan_policy="omit") for row in a])
    np.testing.assert_array_equal(rank_rows(a), expected)


@pytest.mark.parametrize("n, seed", [(7, 0), (20, 1), (60, 2)])
def test_signed_rank_p_values_match_scipy(n, seed):
    x = np.random.default_rng(seed).normal(0.3, 1.0, n)
    w_plus, p, dist, count = wilcoxon_column(x)
    ref = stats.wilcoxon(x, method="exact" if n <= 50 else "approx")
    assert count == n and dist == ("exact" if n <= 50 else "normal")
    assert w_plus == pytest.approx(stats.wilcoxon(x, alternative="greater").statistic)
    assert p == pytest.approx(ref.pvalue, rel=1e-9)
