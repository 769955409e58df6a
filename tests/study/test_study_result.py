"""Reading a result: tables, text, JSON in the documented shape, and the CAR charts."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tradeshock.errors import InputError
from tradeshock.study import DAILY_TESTS, EventStudy


@pytest.fixture
def result(synthetic):
    for k in range(5):
        synthetic.stock(f"S{k}", 0.0, 0.8 + 0.1 * k, noise=0.01)
        synthetic.plant(f"S{k}", "2024-05-08", 0.015)
    events = [{"event_id": "ev1", "ticker": f"S{k}", "date": "2024-05-08"} for k in range(5)]
    events.append({"event_id": "ev2", "ticker": "S0", "date": "2030-01-02"})
    return EventStudy(benchmark="MKT", window=(-1, 1)).fit(events, synthetic.source())


def test_json_has_the_documented_shape(result):
    doc = json.loads(result.to_json())
    assert set(doc) >= {"pairs", "days", "car_tests", "skipped"}
    pair = doc["pairs"][0]
    assert set(pair) >= {"event_id", "ticker", "event_day", "alpha", "beta", "sigma", "n_estimation", "ar", "car"}
    assert pair["event_day"] == "2024-05-08" and pair["n_estimation"] == 240
    assert [a["day"] for a in pair["ar"]] == [-1, 0, 1]
    assert pair["ar"][1]["date"] == "2024-05-08"
    assert pair["car"] == pytest.approx(sum(a["ar"] for a in pair["ar"]))
    day0 = doc["days"][1]
    assert day0["day"] == 0 and day0["date"] == "2024-05-08" and day0["n"] == 5
    assert set(day0["tests"]) == set(DAILY_TESTS)
    assert set(day0["tests"]["patell"]) == {"stat", "p_value"}
    assert set(doc["car_tests"]) >= {"brown_warner_1985", "lamb", "rank"}
    assert doc["skipped"][0]["event_id"] == "ev2" and "after the last price date" in doc["skipped"][0]["reason"]
    assert doc["study"]["model"] == "market" and doc["study"]["window"] == {"from_day": -1, "to_day": 1}
    assert doc["price_fields"] == {f"S{k}": "close" for k in range(5)} | {"MKT": "close"}


def test_tables(result):
    frame = result.to_frame()
    assert list(frame.index) == [-1, 0, 1]
    assert {"aar", "caar", "n", "t_test_stat", "t_test_p", "wilcoxon_stat"} <= set(frame.columns)
    # the CAAR is the running sum of the cross-sectional mean of the pairs' abnormal returns
    ar = np.array(result.arrays.ar)
    np.testing.assert_allclose(frame["caar"], np.cumsum(np.nanmean(ar, axis=0)))
    pairs = result.pairs_frame()
    assert pairs.shape[0] == 5 and {"alpha", "beta", "sigma", "n_estimation", "car"} <= set(pairs.columns)
    long = result.ar_frame()
    assert long.shape[0] == 15 and list(long["day"][:3]) == [-1, 0, 1]
    np.testing.assert_allclose(long["cum_ar"].to_numpy()[2::3], result.car.to_numpy())
    assert list(result.test("bmp").columns) == ["date", "n", "stat", "p_value"]
    with pytest.raises(InputError, match="unknown test 'magic'"):
        result.test("magic")
    with pytest.raises(InputError, match="not inside the event window"):
        result.car_over(0, 4)


def test_a_car_window_outside_the_event_window_is_refused_by_fit_as_by_car_over(synthetic):
    synthetic.stock("S0", 0.0, 1.0, noise=0.01)
    events = [{"event_id": "ev1", "ticker": "S0", "date": "2024-05-08"}]
    with pytest.raises(InputError, match=r"CAR window.*0:4 is not inside the event window \(-1\.\.1\)"):
        EventStudy(benchmark="MKT", window=(-1, 1), car_window=(0, 4)).fit(events, synthetic.source())


def test_summary_reads_well(result):
    text = result.summary()
    assert "Event study (textbook convention)" in text
    assert "pairs estimated: 5; skipped: 1" in text
    assert "brown_warner_1985" in text and "2024-05-08" in text
    assert "ev2 S0:" in text


def test_png_chart(result, tmp_path):
    path = tmp_path / "car.png"
    result.plot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_html_chart_is_self_contained(result, tmp_path):
    path = tmp_path / "car.html"
    result.plot(str(path))
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "CAAR" in page
    lowered = page.lower()
    assert "<script" not in lowered and "<link" not in lowered and "src=" not in lowered
    assert "cdn" not in lowered and "@import" not in lowered
    assert "brown_warner_1985" in page
    assert [p.name for p in tmp_path.iterdir()] == ["car.html"]  # no temporary file left behind


def test_chart_band_contains_the_caar(result):
    from scipy import stats

    from tradeshock.study.plots import car_band

    band = car_band(result, 0.95)
    # the half-width is t(N-1) times the cross-sectional standard error of the pairs' CARs
    cars = np.cumsum(np.array(result.arrays.ar), axis=1)  # every pair has every day here
    n = cars.shape[0]
    half = stats.t.ppf(0.975, n - 1) * cars.std(axis=0, ddof=1) / np.sqrt(n)
    np.testing.assert_allclose(band["upper"] - band["caar"], half, rtol=1e-12)
    np.testing.assert_allclose(band["caar"] - band["lower"], half, rtol=1e-12)
    wide = car_band(result, 0.99)
    assert (wide["upper"] - wide["lower"] > band["upper"] - band["lower"]).all()


def test_bad_plot_path(result, tmp_path):
    with pytest.raises(InputError, match=r"must end in \.png or \.html"):
        result.plot(str(tmp_path / "car.pdf"))


def test_pair_car_is_each_pairs_own_t_test(result):
    """CAR_i / (sigma_i sqrt(L)) with a Student-t p-value on n - k degrees of freedom, from scipy."""
    from scipy import stats

    table = result.pair_car(0, 1)
    ar = np.array(result.arrays.ar)
    sigma = result.sigma.to_numpy()
    n = result.n_estimation.to_numpy()
    for k in range(result.n_pairs):
        car = ar[k, 1] + ar[k, 2]
        t = car / (sigma[k] * np.sqrt(2))
        row = table.iloc[k]
        assert row["car"] == pytest.approx(car) and row["n_days"] == 2
        assert row["t_stat"] == pytest.approx(t)
        assert row["p_value"] == pytest.approx(2 * stats.t.sf(abs(t), n[k] - 2))  # market model: k = 2
    np.testing.assert_allclose(result.cumulative_ar()[:, -1], result.car.to_numpy())
    with pytest.raises(InputError, match="not inside the event window"):
        result.pair_car(-3, 0)
