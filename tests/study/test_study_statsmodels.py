"""Alphas, betas and residual variances against statsmodels OLS, pair by pair, on real prices."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from tradeshock.prices import LocalPriceSource, load_series, sample_prices_dir
from tradeshock.study import EventStudy


def _check_against_statsmodels(folder, tickers, benchmark, dates, estimation=(-200, -11)):
    events = [{"event_id": f"e{i}", "ticker": t, "date": d} for i, d in enumerate(dates) for t in tickers]
    result = EventStudy(benchmark=benchmark, estimation=estimation, window=(-1, 1)).fit(events, folder)
    assert not result.skipped
    series = load_series(LocalPriceSource(folder), [*tickers, benchmark])
    prices = pd.DataFrame({t: pd.Series(s.values, index=s.dates) for t, s in series.items()})
    rets = np.log(prices / prices.shift(1))
    checked = 0
    for i, (t, day) in enumerate(zip(result.ticker, result.event_day, strict=True)):
        e = rets.index.get_loc(pd.Timestamp(day))
        window = rets.iloc[e + estimation[0]: e + estimation[1] + 1][[t, benchmark]].dropna()
        fit = sm.OLS(window[t], sm.add_constant(window[benchmark])).fit()
        assert result.n_estimation.iloc[i] == int(fit.nobs)
        assert result.alpha.iloc[i] == pytest.approx(fit.params["const"], rel=1e-9, abs=1e-13)
        assert result.beta.iloc[i] == pytest.approx(fit.params[benchmark], rel=1e-10)
        assert result.sigma.iloc[i] ** 2 == pytest.approx(fit.scale, rel=1e-10)  # SSR / (n - 2)
        event = rets.iloc[e - 1: e + 2]
        expected_ar = event[t] - fit.predict(sm.add_constant(event[benchmark], has_constant="add"))
        np.testing.assert_allclose(result.ar.iloc[i].to_numpy(), expected_ar.to_numpy(), atol=1e-13)
        checked += 1
    return checked


def test_statsmodels_on_the_shared_real_prices(shared_price_dir):
    folder = shared_price_dir
    tickers = ["NVDA", "AMD", "MRVL", "AVGO", "TSLA", "MSFT", "AAPL", "QQQ", "SOXX"]
    dates = ["2021-03-04", "2022-06-13", "2023-08-24", "2024-06-10", "2025-04-07", "2025-05-12"]
    assert _check_against_statsmodels(folder, tickers, "SPY", dates) == 54


def test_statsmodels_on_the_bundled_sample():
    tickers = ["NVDA", "AMD", "LMT", "MP"]
    assert _check_against_statsmodels(sample_prices_dir(), tickers, "SPY", ["2025-10-10"], (-180, -11)) == 4
