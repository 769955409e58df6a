"""``tradeshock study``: options, output formats, charts and errors, on the bundled sample prices
(and on the estudy2 example written out as a price folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import tradeshock.cli.study  # noqa: F401 - registers the command on the group
from tradeshock.cli import cli, main
from tradeshock.errors import PriceDataError
from tradeshock.prices import sample_prices_dir

SAMPLE = str(sample_prices_dir())
ESTUDY2 = Path(__file__).resolve().parent / "study" / "data" / "estudy2"
BASE = ["study", "--prices", SAMPLE, "--benchmark", "SPY"]


def run(args, **kwargs):
    return CliRunner().invoke(cli, args, catch_exceptions=True, **kwargs)


def test_help_lists_the_documented_options():
    result = run(["study", "--help"])
    assert result.exit_code == 0
    for option in ("--prices", "--benchmark", "--events", "--event-date", "--tickers", "--estimation",
                   "--estimation-start", "--estimation-end", "--window", "--event-start", "--event-end",
                   "--model", "--factors", "--returns", "--multi-day", "--convention", "--format", "--plot"):
        assert option in result.output


def test_json_output_for_an_event_date_and_tickers():
    result = run(BASE + ["--event-date", "2025-04-09", "--tickers", "NVDA,AMD,AVGO", "--estimation", "-200:-11",
                         "--window", "-1:1"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [p["ticker"] for p in doc["pairs"]] == ["NVDA", "AMD", "AVGO"]
    assert doc["pairs"][0]["event_day"] == "2025-04-09" and doc["pairs"][0]["n_estimation"] == 190
    assert [d["day"] for d in doc["days"]] == [-1, 0, 1]
    assert doc["days"][1]["date"] == "2025-04-09" and doc["days"][1]["n"] == 3
    assert {"patell", "bmp", "wilcoxon"} <= set(doc["days"][1]["tests"])
    assert {"brown_warner_1985", "lamb", "rank"} <= set(doc["car_tests"])
    assert doc["skipped"] == []
    assert doc["price_fields"]["NVDA"] == "adj_close" and doc["price_fields"]["SPY"] == "close"


def test_events_file_text_and_csv_outputs(tmp_path):
    events = tmp_path / "events.csv"
    events.write_text("event_id,ticker,date,time,timezone\n"
                      "liberation,NVDA,2025-04-02,16:15,America/New_York\n"
                      "liberation,AMD,2025-04-02,16:15,America/New_York\n"
                      "pause,NVDA,2025-04-09,13:18,America/New_York\n"
                      "early,GM,2024-02-01,,\n")
    result = run(BASE + ["--events", str(events), "--estimation", "-120:-11", "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "pairs estimated: 3; skipped: 1" in result.output
    assert "early GM: " in result.output and "estimation returns, 30 required" in result.output
    doc = json.loads(run(BASE + ["--events", str(events), "--estimation", "-120:-11"]).output)
    liberation = next(e for e in doc["events"] if e["event_id"] == "liberation")
    assert liberation["event_day"] == "2025-04-03" and "after the 16:00 close" in liberation["rule"]
    out = tmp_path / "ar.csv"
    result = run(BASE + ["--events", str(events), "--estimation", "-120:-11", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    table = pd.read_csv(out)
    assert list(table.columns[:6]) == ["event_id", "ticker", "event_day", "day", "date", "ar"]
    assert len(table) == 9
    days = pd.read_csv(pd.io.common.StringIO(run(BASE + ["--events", str(events), "--estimation", "-120:-11",
                                                         "--format", "csv", "--table", "days"]).output))
    assert list(days["day"]) == [-1, 0, 1] and "patell_p" in days.columns


def test_plots(tmp_path):
    png, html = tmp_path / "car.png", tmp_path / "car.html"
    for path in (png, html):
        result = run(BASE + ["--event-date", "2025-04-09", "--tickers", "NVDA,AMD", "--plot", str(path),
                             "--format", "text"])
        assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in html.read_text() and "<script" not in html.read_text()


def test_estudy2_convention_from_the_command_line(tmp_path):
    prices = pd.read_csv(ESTUDY2 / "prices.csv")
    index = pd.read_csv(ESTUDY2 / "prices_indx.csv")
    for column in prices.columns[1:]:
        prices[["date", column]].rename(columns={column: "close"}).to_csv(tmp_path / f"{column}.csv", index=False)
    index.rename(columns={"^GSPC": "close"}).to_csv(tmp_path / "GSPC.csv", index=False)
    result = run(["study", "--prices", str(tmp_path), "--benchmark", "^GSPC", "--event-date", "2020-03-16",
                  "--tickers", "AMZN,ZM,UBER,NFLX,SHOP,FB,UPWK", "--estimation-start", "2019-04-01",
                  "--estimation-end", "2020-03-13", "--event-start", "2020-03-16", "--event-end", "2020-03-20",
                  "--multi-day", "--convention", "estudy2"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [d["day"] for d in doc["days"]] == [0, 1, 2, 3, 4]  # counted from --event-start
    # estudy2's published Patell statistic for 2020-03-16 (pkgdown "Introduction to estudy2")
    assert doc["days"][0]["tests"]["patell"]["stat"] == pytest.approx(2.5507399, abs=5e-7)
    assert doc["car_tests"]["brown_warner_1985"]["stat"] == pytest.approx(3.948, abs=5e-4)
    assert doc["car_window"]["car_mean"] == pytest.approx(0.022133, abs=5e-7)


@pytest.mark.parametrize("args, message", [
    (["--event-date", "2025-04-09"], "--event-date DATE with --tickers"),
    (["--events", "x.csv", "--event-date", "2025-04-09", "--tickers", "NVDA"], "either --events or --event-date"),
    (["--event-date", "2025-04-09", "--tickers", "NVDA", "--estimation", "-100:-11", "--estimation-start",
      "2024-01-02", "--estimation-end", "2024-06-01"], "either --estimation or"),
    (["--event-date", "2025-04-09", "--tickers", "NVDA", "--event-start", "2025-04-09"], "go together"),
    (["--event-date", "2025-04-09", "--tickers", "NVDA", "--model", "ff3"], "needs --factors"),
    (["--event-date", "2025-04-09", "--tickers", "NVDA", "--format", "xml"], "'xml' is not one of"),
])
def test_usage_errors_exit_with_2(args, message):
    result = run(BASE + args)
    assert result.exit_code == 2
    assert message in result.output


def test_library_errors_propagate_to_the_one_place_that_maps_them(capsys):
    result = run(BASE + ["--event-date", "2025-04-09", "--tickers", "NOPE"])
    assert isinstance(result.exception, PriceDataError)
    code = main(["study", "--prices", SAMPLE, "--benchmark", "SPY", "--event-date", "2025-04-09",
                 "--tickers", "NOPE"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("tradeshock: error: no prices for ticker 'NOPE'") and len(err.splitlines()) == 1


def test_bad_window_is_reported_as_an_error_not_a_traceback():
    result = run(BASE + ["--event-date", "2025-04-09", "--tickers", "NVDA", "--window", "1:-1"])
    assert result.exit_code == 1
    assert "ends before it starts" in str(result.exception)


def test_the_cli_offers_every_model_the_library_has() -> None:
    from tradeshock.cli.study import MODEL_CHOICES
    from tradeshock.study.models import MODELS

    assert set(MODEL_CHOICES) == set(MODELS)


def test_output_that_cannot_be_written_is_one_line(capsys, tmp_path, monkeypatch):
    # '-o ""' went on to os.replace(tmp, '.'): an OSError traceback after the whole study had run
    monkeypatch.chdir(tmp_path)
    rc = main(BASE + ["--event-date", "2025-04-09", "--tickers", "NVDA", "--estimation", "-200:-11", "-o", ""])
    out = capsys.readouterr()
    assert (rc, out.out) == (1, "")
    assert out.err == "tradeshock: error: .: is a directory, not a file\n"
    assert list(tmp_path.iterdir()) == []
