"""`tradeshock analyze` end to end through the real entry point (no mocks): formats, several
inputs with one bad, stdin, atomic output files, extra knowledge-base folders, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradeshock.cli import main

ARTICLE = (
    "Beijing hits back with tariffs on US farm goods\n"
    "China said on Tuesday it would impose a 15% tariff on American soybeans from March 10, "
    "days after Washington raised its tariffs on Chinese goods to 20%. "
    "Commerce Minister Wang Wentao said talks with the United States would continue.\n"
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    p = tmp_path / "farm.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "farm.meta.json").write_text(json.dumps({"published": "2025-03-05"}), encoding="utf-8")
    return p


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_json_is_the_schema_object(capsys, article: Path) -> None:
    rc, out, err = run(capsys, "analyze", str(article), "--format", "json")
    assert rc == 0, err
    d = json.loads(out)
    assert d["schema_version"] == "tradeshock/1"
    assert d["article"]["published"] == "2025-03-05"
    soy = [e for e in d["events"] if e["actor"] == "CHN" and e["instrument"] == "tariff"]
    assert soy and soy[0]["target"] == "USA" and soy[0]["subject"][0] == "soybeans"
    assert soy[0]["magnitude"] == "15%" and soy[0]["event_date"] == "2025-03-10"
    assert {"people", "organizations", "companies", "exposure", "claims", "market_reaction"} <= d.keys()


def test_several_inputs_jsonl_in_order_and_one_bad_reported(capsys, article: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    rc, out, err = run(capsys, "analyze", str(article), str(empty), str(article), "--format", "jsonl")
    assert rc == 1
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["schema_version"] == "tradeshock/1" for x in lines)
    # one line for the bad input, from the CLI's error path, and nothing else
    assert err.startswith("tradeshock: error: ") and len(err.splitlines()) == 1
    assert "empty.txt" in err and "empty" in err.lower()


def test_stdin_markdown(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    rc, out, err = run(capsys, "analyze", "-", "--format", "markdown", "--published", "2025-03-05")
    assert rc == 0, err
    assert out.startswith("# Beijing hits back")
    assert "| CHN → USA | tariff / impose |" in out


def test_output_file_written_atomically(capsys, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    rc, out, err = run(capsys, "analyze", str(article), "--format", "json", "-o", str(target))
    assert rc == 0 and out == ""
    assert json.loads(target.read_text())["schema_version"] == "tradeshock/1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".brief")] == []


def test_missing_output_folder_is_a_clear_error_from_the_real_program(article: Path, tmp_path: Path) -> None:
    # a separate process, where an unhandled exception would print its traceback and exit with 1 too
    target = tmp_path / "nope" / "x.json"
    proc = subprocess.run([sys.executable, "-m", "tradeshock", "analyze", str(article), "-o", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == f"tradeshock: error: {target}: folder {target.parent} does not exist\n"


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe" + b"\x00\xd8" * 50, "not valid utf-16")],
)
def test_bad_input_one_line_nonzero(capsys, tmp_path: Path, content: bytes, problem: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    rc, out, err = run(capsys, "analyze", str(p), "--format", "json")
    assert rc != 0 and out == ""
    assert err.count("\n") == 1 and "bad.txt" in err and problem in err.lower()


def test_missing_file_and_bad_date(capsys, tmp_path: Path, article: Path) -> None:
    rc, _, err = run(capsys, "analyze", str(tmp_path / "absent.txt"), "--format", "json")
    assert rc == 1 and "absent.txt" in err
    rc, _, err = run(capsys, "analyze", str(article), "--published", "10/06/2025", "--format", "json")
    assert rc == 1 and "10/06/2025" in err


def test_unknown_publication_date_leaves_relative_dates_null(capsys, tmp_path: Path) -> None:
    p = tmp_path / "undated.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    rc, out, _ = run(capsys, "analyze", str(p), "--format", "json")
    d = json.loads(out)
    assert d["article"]["published"] is None
    assert any("publication date unknown" in n for n in d["notes"])
    assert d["events"] and all(e["event_date"] is None for e in d["events"])


def test_user_knowledge_base_extends_companies(capsys, tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "companies.csv").write_text(
        "name,aliases,ticker,exchange,country,sector,sells,depends_on,parent,us_ticker\n"
        "Zyxel Widgets,Zyxel,ZYXW,NASDAQ,USA,technology_hardware,semiconductors,,,\n", encoding="utf-8")
    p = tmp_path / "w.txt"
    p.write_text("Widget maker news\nShares of Zyxel Widgets jumped 9% on Monday after the tariff pause.\n")
    rc, out, err = run(capsys, "analyze", str(p), "--format", "json", "--kb", str(kb), "--published", "2025-04-10")
    assert rc == 0, err
    companies = json.loads(out)["companies"]
    assert companies == [c for c in companies if c["ticker"] == "ZYXW"] and companies[0]["move"] == "up"


def test_cold_start_command_runs_as_a_program(article: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "tradeshock", "analyze", str(article), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["word_count"] == len(ARTICLE.split())


def test_html_report_with_prices(capsys, tmp_path: Path) -> None:
    from tradeshock.data import SAMPLE_ARTICLE, sample_prices_dir

    report = tmp_path / "report.html"
    rc, out, err = run(capsys, "analyze", str(SAMPLE_ARTICLE), "--prices", str(sample_prices_dir()),
                       "--format", "html", "-o", str(report))
    assert rc == 0, err
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "Market reaction" in page and "2025-05-12" in page
    assert "http://" not in page and "https://" not in page  # self-contained, no CDN


def test_prices_folder_must_exist(capsys, article: Path, tmp_path: Path) -> None:
    rc, out, err = run(capsys, "analyze", str(article), "--prices", str(tmp_path / "none"), "--format", "json")
    assert rc == 1 and out == ""
    assert err == f"tradeshock: error: {tmp_path / 'none'}: price folder not found (or not a folder)\n"


def test_demo_runs_offline_and_writes_the_report(capsys, tmp_path: Path) -> None:
    report = tmp_path / "demo.html"
    rc, out, err = run(capsys, "demo", "--format", "json", "-o", str(report))
    assert rc == 0, err
    d = json.loads(out)
    assert d["market_reaction"] and d["claims"] and report.exists()
    verdicts = {c["ticker"]: c["verdict"] for c in d["claims"]}
    assert verdicts["NVDA"] == "supported" and verdicts["MP"] == "supported"


def test_output_file_gets_the_usual_permissions(capsys, article: Path, tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "brief.json"
    rc, _, _ = run(capsys, "analyze", str(article), "-o", str(out))
    umask = os.umask(0)
    os.umask(umask)
    assert rc == 0 and stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_min_confidence_keeps_the_surer_events(capsys, article: Path) -> None:
    rc, out, err = run(capsys, "analyze", str(article), "--format", "json")
    assert rc == 0, err
    everything = sorted(e["confidence"] for e in json.loads(out)["events"])
    assert len(everything) >= 2 and everything[0] < everything[-1]
    cut = (everything[0] + everything[-1]) / 2
    rc, out, err = run(capsys, "analyze", str(article), "--format", "json", "--min-confidence", f"{cut:.4f}")
    assert rc == 0, err
    kept = sorted(e["confidence"] for e in json.loads(out)["events"])
    assert kept == [c for c in everything if c >= round(cut, 4)]
    for bad in ("1.5", "nan", "abc"):
        rc, out, err = run(capsys, "analyze", str(article), "--min-confidence", bad)
        assert rc == 2 and "--min-confidence" in err and out == ""


def test_article_longer_than_spacys_default_limit_is_analysed(capsys, tmp_path: Path) -> None:
    # files up to the 5 MB input cap are accepted, so the tokenizer must take them too (spaCy refuses
    # texts over 1,000,000 characters by default: a ValueError traceback). Padding keeps this fast.
    p = tmp_path / "long.txt"
    p.write_text(ARTICLE + " " * 1_000_000 + "\nOfficials said more could follow.\n", encoding="utf-8")
    rc, out, err = run(capsys, "analyze", str(p), "--format", "json", "--published", "2025-03-05")
    assert rc == 0, err
    assert any(e["magnitude"] == "15%" for e in json.loads(out)["events"])


def test_empty_output_name_is_one_line(capsys, article: Path, tmp_path: Path, monkeypatch) -> None:
    # '-o ""' reached os.replace(tmp, '.') after the analysis: an OSError traceback
    monkeypatch.chdir(tmp_path)
    rc, out, err = run(capsys, "analyze", str(article), "-o", "", "--format", "json")
    assert (rc, out) == (1, "")
    assert err == "tradeshock: error: .: is a directory, not a file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["farm.meta.json", "farm.txt"]


def test_a_bad_output_path_is_refused_before_any_article_is_read(capsys, article: Path, tmp_path: Path,
                                                                  monkeypatch) -> None:
    import tradeshock.pipeline

    def never(*args, **kwargs):
        raise AssertionError("analysed although the output cannot be written")

    monkeypatch.setattr(tradeshock.pipeline, "analyze", never)
    target = tmp_path / "missing" / "out.json"
    rc, out, err = run(capsys, "analyze", str(article), "-o", str(target), "--format", "json")
    assert (rc, out) == (1, "")
    assert err == f"tradeshock: error: {target}: folder {target.parent} does not exist\n"


def test_output_write_failure_names_the_file_and_leaves_nothing(capsys, article: Path, tmp_path: Path,
                                                                 monkeypatch) -> None:
    import os

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "out.json"
    rc, out, err = run(capsys, "analyze", str(article), "-o", str(target), "--format", "json")
    assert rc == 1 and out == ""
    assert err == f"tradeshock: error: {target}: cannot write the output (No space left on device)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["farm.meta.json", "farm.txt"]


def test_unreadable_knowledge_base_file_is_one_line(capsys, article: Path, tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    (kb / "companies.csv").mkdir(parents=True)  # a folder where a CSV file is looked for
    rc, out, err = run(capsys, "analyze", str(article), "--kb", str(kb), "--format", "json")
    assert rc == 1 and out == ""
    assert err.startswith(f"tradeshock: error: {kb / 'companies.csv'}: cannot read") and len(err.splitlines()) == 1
