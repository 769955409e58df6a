"""Events, windows and returns: the small pieces around the engine."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from tradeshock.errors import InputError
from tradeshock.study import Window, compute_returns, read_events


def test_events_from_csv_records_and_frames(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("event_id,ticker,date,time,timezone\ne1,nvda,2025-04-09,13:30,America/New_York\ne2,AMD,2025-04-10,,\n")
    from_csv = read_events(path)
    assert from_csv.ticker.tolist() == ["NVDA", "AMD"] and from_csv.time.tolist() == ["13:30", ""]
    from_frame = read_events(pd.DataFrame({"ticker": ["X"], "date": pd.to_datetime(["2025-04-09"])}))
    assert from_frame.date.tolist() == ["2025-04-09"] and from_frame.event_id.tolist() == ["2025-04-09"]
    stamped = read_events(pd.DataFrame({"ticker": ["X"], "date": pd.to_datetime(["2025-04-09 17:30"])}))
    assert stamped.date.tolist() == ["2025-04-09T17:30:00"]


@pytest.mark.parametrize("events, message", [
    ("missing.csv", "events file not found"),
    ([{"ticker": "X"}], r"missing column\(s\) date"),
    ([{"ticker": "", "date": "2025-01-02"}], "row 1: empty ticker"),
    ([], "no events"),
    (42, "expected a DataFrame"),
])
def test_bad_events(tmp_path, events, message):
    if events == "missing.csv":
        events = tmp_path / "missing.csv"
    with pytest.raises(InputError, match=message):
        read_events(events)


def test_window_spellings():
    assert Window.parse("-250:-11", "w") == Window(lo=-250, hi=-11)
    assert Window.parse((-1, 1), "w").label() == "-1:1"
    dated = Window.parse(("2019-04-01", date(2020, 3, 13)), "w")
    assert dated.start == date(2019, 4, 1) and not dated.relative
    with pytest.raises(InputError, match="expected LO:HI"):
        Window.parse("-1", "w")


def test_returns_log_simple_and_across_gaps():
    p = np.array([100.0, 110.0, np.nan, 121.0, 133.1])
    log = compute_returns(p, "log")
    np.testing.assert_allclose(log, [np.nan, np.log(1.1), np.nan, np.nan, np.log(1.1)], equal_nan=True)
    spanning = compute_returns(p, "log", multi_day=True)
    np.testing.assert_allclose(spanning[3], np.log(1.1), rtol=1e-15)
    simple = compute_returns(p, "simple", multi_day=True)
    np.testing.assert_allclose(simple, [np.nan, 0.1, np.nan, 0.1, 0.1], equal_nan=True, rtol=1e-14)
    leading = compute_returns(np.array([np.nan, 5.0, 6.0]), "simple", multi_day=True)
    assert np.isnan(leading[1]) and leading[2] == pytest.approx(0.2)


def test_factor_files_units_and_columns(tmp_path):
    from tradeshock.study import read_factors

    decimal = pd.DataFrame({"date": ["2024-01-02", "2024-01-03"], "Mkt-RF": [0.004, -0.006], "SMB": [0.001, 0.0],
                            "HML": [0.0, 0.002], "UMD": [0.003, 0.001], "RF": [0.0002, 0.0002]})
    table = read_factors(decimal)
    assert table.units == "decimal" and sorted(table.columns) == ["hml", "mkt_rf", "mom", "rf", "smb"]
    forced = read_factors(decimal, units="percent")
    assert forced.columns["mkt_rf"][0] == pytest.approx(0.00004)
    on = table.on(np.array(["2024-01-03", "2024-01-04"], dtype="datetime64[D]"), ("mkt_rf", "mom"))
    np.testing.assert_allclose(on[0], [-0.006, 0.001])
    assert np.isnan(on[1]).all()  # no row for that session: missing, not filled
    with pytest.raises(InputError, match="no market factor column"):
        read_factors(decimal.drop(columns="Mkt-RF"))
    path = tmp_path / "factors.csv"
    path.write_text("just text\nno dated rows\n")
    with pytest.raises(InputError, match="no header line followed by dated rows"):
        read_factors(path)


def test_result_repr_is_short(synthetic):
    from tradeshock.study import EventStudy

    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    result = EventStudy(benchmark="MKT").fit([{"ticker": "AAA", "date": "2024-05-08"}], synthetic.source())
    assert repr(result).startswith("<EventStudyResult 1 pairs x 3 days, market model, textbook convention")
