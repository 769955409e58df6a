"""Closed-form checks on seeded synthetic prices: planted abnormal returns come back exactly, CARs are
sums of ARs, a pure market move gives no abnormal return, and the vectorised engine equals a plain
per-pair computation."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from tradeshock.errors import EstimationError, InputError, PriceDataError
from tradeshock.study import EventStudy

EVENT_DAYS = ["2023-03-15", "2023-09-12", "2024-05-08"]


def _events(tickers, days=EVENT_DAYS):
    return [{"event_id": f"e{i}", "ticker": t, "date": d} for i, d in enumerate(days) for t in tickers]


def test_planted_abnormal_return_comes_back_exactly(synthetic):
    synthetic.stock("AAA", 0.0003, 1.3)
    synthetic.stock("BBB", -0.0002, 0.6)
    for day in EVENT_DAYS:
        synthetic.plant("AAA", day, 0.02)
        synthetic.plant("BBB", day, -0.035)
    study = EventStudy(benchmark="MKT", estimation=(-120, -11), window=(-2, 2))
    result = study.fit(_events(["AAA", "BBB"]), synthetic.source())
    ar = result.ar.to_numpy()
    expected = np.zeros_like(ar)
    expected[0::2, 2], expected[1::2, 2] = 0.02, -0.035
    np.testing.assert_allclose(ar, expected, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.car.to_numpy(), expected.sum(axis=1), rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.alpha.to_numpy()[0::2], 0.0003, atol=1e-13)
    np.testing.assert_allclose(result.beta.to_numpy()[1::2], 0.6, atol=1e-11)
    assert result.aar.loc[0] == pytest.approx((0.02 - 0.035) / 2, abs=1e-12)


def test_car_is_the_sum_of_ars_and_caar_the_running_sum_of_aar(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.02)
    synthetic.stock("BBB", 0.0001, 0.8, noise=0.015)
    result = EventStudy(benchmark="MKT", estimation=(-150, -11), window=(-3, 5)).fit(
        _events(["AAA", "BBB"]), synthetic.source())
    ar = result.ar.to_numpy()
    np.testing.assert_allclose(result.car.to_numpy(), ar.sum(axis=1), rtol=1e-14)
    np.testing.assert_allclose(result.caar.to_numpy(), np.cumsum(ar.mean(axis=0)), rtol=1e-13)
    sub = result.car_over(0, 2)
    assert sub.mean_car == pytest.approx(ar[:, 3:6].sum(axis=1).mean(), rel=1e-13)
    assert sub.caar == pytest.approx(ar[:, 3:6].mean(axis=0).sum(), rel=1e-13)


def test_pure_market_move_gives_zero_abnormal_return(synthetic):
    synthetic.stock("AAA", 0.0004, 1.5)
    synthetic.stock("BBB", -0.0001, 0.4)
    i = synthetic.index_of("2023-09-12")
    synthetic.market[i - 1: i + 2] += [-0.06, 0.09, -0.05]  # a violent market-wide move
    synthetic.stock("AAA", 0.0004, 1.5)  # rebuild the stocks on the moved market
    synthetic.stock("BBB", -0.0001, 0.4)
    result = EventStudy(benchmark="MKT", estimation=(-200, -11), window=(-1, 1)).fit(
        _events(["AAA", "BBB"], ["2023-09-12"]), synthetic.source())
    np.testing.assert_allclose(result.ar.to_numpy(), 0.0, atol=1e-12)
    market_adjusted = EventStudy(model="market-adjusted", benchmark="MKT", window=(-1, 1)).fit(
        _events(["AAA"], ["2023-09-12"]), synthetic.source())
    assert np.abs(market_adjusted.ar.to_numpy()).max() > 0.02  # beta 1.5: not removed by R - Rm


def test_market_adjusted_and_constant_mean_planted_returns(synthetic):
    synthetic.returns["ADJ"] = synthetic.market.copy()
    synthetic.returns["FLAT"] = np.full(synthetic.sessions.size, 0.0005)
    for day in EVENT_DAYS:
        synthetic.plant("ADJ", day, 0.01)
        synthetic.plant("FLAT", day, -0.02)
    # estimation windows end before the previous event's jump is reached (events are > 100 sessions apart)
    adj = EventStudy(model="market-adjusted", benchmark="MKT", estimation=(-100, -11), window=(0, 1)).fit(
        _events(["ADJ"]), synthetic.source())
    np.testing.assert_allclose(adj.ar.to_numpy(), [[0.01, 0.0]] * 3, atol=1e-12)
    assert adj.beta.unique().tolist() == [1.0]
    flat = EventStudy(model="constant-mean", estimation=(-100, -11), window=(0, 1)).fit(
        _events(["FLAT"]), synthetic.source())
    np.testing.assert_allclose(flat.ar.to_numpy(), [[-0.02, 0.0]] * 3, atol=1e-12)
    np.testing.assert_allclose(flat.alpha.to_numpy(), 0.0005, atol=1e-13)


def test_simple_returns(synthetic):
    synthetic.stock("AAA", 0.0002, 0.9)
    synthetic.plant("AAA", "2023-09-12", 0.03)
    result = EventStudy(benchmark="MKT", returns="simple", window=(0, 0)).fit(
        _events(["AAA"], ["2023-09-12"]), synthetic.source(kind="simple"))
    assert result.ar.iloc[0, 0] == pytest.approx(0.03, abs=1e-12)


def test_factor_model_recovers_a_planted_return(synthetic, tmp_path):
    rng = np.random.default_rng(3)
    n = synthetic.sessions.size
    f = rng.normal(0, 0.01, (n, 3))
    rf = np.full(n, 0.0001)
    excess = 0.0001 + f @ np.array([1.1, 0.4, -0.3])
    synthetic.returns["FAC"] = excess + rf
    synthetic.returns["FAC"][0] = 0.0
    synthetic.plant("FAC", "2024-05-08", 0.025)
    dates = pd.to_datetime(synthetic.sessions).strftime("%Y%m%d")
    table = pd.DataFrame({"date": dates, "Mkt-RF": f[:, 0] * 100, "SMB": f[:, 1] * 100, "HML": f[:, 2] * 100,
                          "RF": rf * 100})
    path = tmp_path / "F-F_Research_Data_Factors_daily.CSV"
    path.write_text("This file was created by a test\n\n" + table.to_csv(index=False) + "\n Annual Factors\n")
    result = EventStudy(model="ff3", factors=path, window=(-1, 1)).fit(
        _events(["FAC"], ["2024-05-08"]), synthetic.source())
    np.testing.assert_allclose(result.ar.to_numpy(), [[0.0, 0.025, 0.0]], atol=1e-11)
    np.testing.assert_allclose(result.betas.to_numpy(), [[1.1, 0.4, -0.3]], atol=1e-9)
    assert any("read as percent" in n for n in result.notes)
    with pytest.raises(InputError, match="needs a factor file"):
        EventStudy(model="carhart")


def test_gaps_are_reported_not_filled_and_multi_day_spans_them(synthetic):
    synthetic.stock("GAP", 0.0, 1.0, noise=0.01)
    frames = synthetic.frames()
    missing = synthetic.index_of("2023-09-11")
    frames["GAP"].loc[missing, "close"] = np.nan
    from tradeshock.prices import InMemoryPriceSource

    source = InMemoryPriceSource(frames)
    events = _events(["GAP"], ["2023-09-12"])
    dropped = EventStudy(benchmark="MKT", window=(-1, 1)).fit(events, source)
    spanning = EventStudy(benchmark="MKT", window=(-1, 1), multi_day=True).fit(events, source)
    assert dropped.gaps["GAP"] == ("2023-09-11",)
    assert any("GAP: 1 sessions without a price" in n for n in dropped.notes)
    assert np.isnan(dropped.ar.iloc[0, 0]) and np.isnan(dropped.ar.iloc[0, 1])  # day -1 and the return after
    assert np.isnan(spanning.ar.iloc[0, 0]) and np.isfinite(spanning.ar.iloc[0, 1])
    p = frames["GAP"]["close"].to_numpy()
    two_day = np.log(p[missing + 1] / p[missing - 1])
    expected = two_day - spanning.alpha.iloc[0] - spanning.beta.iloc[0] * synthetic.market[missing + 1]
    assert spanning.ar.iloc[0, 1] == pytest.approx(expected, abs=1e-14)
    assert dropped.car.iloc[0] == pytest.approx(dropped.ar.iloc[0, 2], abs=1e-15)  # sum of available ARs


def test_minimum_estimation_length_skips_with_a_reason(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    synthetic.stock("BBB", 0.0, 1.0, noise=0.01)
    frames = synthetic.frames()
    start = synthetic.index_of("2024-05-08") - 40  # BBB lists 40 sessions before the event
    frames["BBB"].loc[: start - 1, "close"] = np.nan
    from tradeshock.prices import InMemoryPriceSource

    result = EventStudy(benchmark="MKT", estimation=(-250, -11), window=(-1, 1)).fit(
        _events(["AAA", "BBB"], ["2024-05-08"]), InMemoryPriceSource(frames))
    assert result.ticker.tolist() == ["AAA"]
    assert result.skipped == ({"event_id": "e0", "ticker": "BBB", "reason": "29 estimation returns, 30 required"},)
    relaxed = EventStudy(benchmark="MKT", estimation=(-250, -11), window=(-1, 1), min_estimation=29).fit(
        _events(["AAA", "BBB"], ["2024-05-08"]), InMemoryPriceSource(frames))
    assert relaxed.n_estimation.tolist() == [240, 29]


def test_events_outside_the_data_are_skipped_and_all_outside_is_an_error(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    events = _events(["AAA"], ["2024-05-08"]) + [{"event_id": "late", "ticker": "AAA", "date": "2025-06-02"},
                                                  {"event_id": "early", "ticker": "AAA", "date": "2019-06-03"}]
    result = EventStudy(benchmark="MKT", window=(-1, 1)).fit(events, synthetic.source())
    reasons = {s["event_id"]: s["reason"] for s in result.skipped}
    assert "after the last price date" in reasons["late"]
    assert "before the first price date" in reasons["early"]
    with pytest.raises(EstimationError, match="no \\(event, ticker\\) pair could be estimated"):
        EventStudy(benchmark="MKT").fit(events[1:], synthetic.source())


def test_unknown_ticker_is_a_price_error(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    with pytest.raises(PriceDataError, match="'NOPE'"):
        EventStudy(benchmark="MKT").fit(_events(["NOPE"]), synthetic.source())


@pytest.mark.parametrize("kwargs, message", [
    ({"model": "capm-ish"}, "unknown model"),
    ({"model": "market"}, "needs a benchmark"),
    ({"benchmark": "MKT", "estimation": (-10, 0), "window": (-1, 1)}, "overlaps the event window"),
    ({"benchmark": "MKT", "window": "3:1"}, "ends before it starts"),
    ({"benchmark": "MKT", "returns": "percent"}, "returns"),
    ({"benchmark": "MKT", "min_estimation": 2}, "at least 5"),
    ({"benchmark": "MKT", "window": "a:b"}, "neither a day offset nor a date"),
])
def test_bad_configurations_are_input_errors(kwargs, message):
    with pytest.raises(InputError, match=message):
        EventStudy(**kwargs)


def test_results_never_mutate(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    result = EventStudy(benchmark="MKT").fit(_events(["AAA"]), synthetic.source())
    before = result.ar.to_numpy().copy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.notes = ()  # type: ignore[misc]
    with pytest.raises(ValueError):
        result.arrays.ar[0, 0] = 1.0
    frame = result.ar
    frame.iloc[0, 0] = 99.0
    with pytest.raises(TypeError):
        result.tests["t_test"] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        result.events[0]["rule"] = "edited"  # type: ignore[index]
    np.testing.assert_array_equal(result.ar.to_numpy(), before)


def test_vectorised_engine_equals_a_plain_per_pair_computation(synthetic):
    """Every pair re-estimated on its own with numpy least squares gives the same numbers."""
    names = []
    for k in range(6):
        synthetic.stock(f"S{k}", 0.0002 * k, 0.5 + 0.2 * k, noise=0.01 + 0.003 * k)
        names.append(f"S{k}")
    frames = synthetic.frames()
    frames["S2"].loc[300:309, "close"] = np.nan  # a gap inside some estimation windows
    from tradeshock.prices import InMemoryPriceSource

    days = ["2023-02-01", "2023-06-14", "2023-10-02", "2024-03-01", "2024-07-16"]
    result = EventStudy(benchmark="MKT", estimation=(-150, -6), window=(-2, 3)).fit(
        _events(names, days), InMemoryPriceSource(frames))
    prices = pd.DataFrame({k: v["close"].to_numpy() for k, v in frames.items()})
    rets = np.log(prices / prices.shift(1)).to_numpy()
    cols = list(prices.columns)
    m = cols.index("MKT")
    sar_rows = []
    for i, (eid, tick) in enumerate(zip(result.event_id, result.ticker, strict=True)):
        e = synthetic.index_of(days[int(eid[1:])])
        y, x = rets[e - 150: e - 5, cols.index(tick)], rets[e - 150: e - 5, m]
        ok = np.isfinite(y) & np.isfinite(x)
        X = np.column_stack([np.ones(ok.sum()), x[ok]])
        coef, ssr, *_ = np.linalg.lstsq(X, y[ok], rcond=None)
        s2 = ssr[0] / (ok.sum() - 2)
        xw, yw = rets[e - 2: e + 4, m], rets[e - 2: e + 4, cols.index(tick)]
        ar = yw - coef[0] - coef[1] * xw
        xtx_inv = np.linalg.inv(X.T @ X)
        Xw = np.column_stack([np.ones(6), xw])
        c = 1.0 + np.einsum("ij,jk,ik->i", Xw, xtx_inv, Xw)
        assert result.alpha.iloc[i] == pytest.approx(coef[0], abs=1e-14)
        assert result.beta.iloc[i] == pytest.approx(coef[1], rel=1e-11)
        assert result.sigma.iloc[i] ** 2 == pytest.approx(s2, rel=1e-11)
        np.testing.assert_allclose(result.ar.to_numpy()[i], ar, rtol=0, atol=1e-14)
        sar_rows.append(ar / np.sqrt(s2 * c))
        var_car = s2 * np.ones(6) @ (np.eye(6) + Xw @ xtx_inv @ Xw.T) @ np.ones(6)
        _, factor = result.arrays.car_factor(0, 5)
        assert factor[i] * s2 == pytest.approx(var_car, rel=1e-11)
    np.testing.assert_allclose(result.arrays.sar, np.array(sar_rows), rtol=1e-11)
