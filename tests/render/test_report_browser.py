"""The HTML report in a real browser: headless Chromium loads the demo report from disk with the
network switched off, and the rendered DOM has every section. Skips when Chromium is absent
(CI installs it: see .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tradeshock.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_report_renders_offline_in_chromium(tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.html"
    assert main(["demo", "--format", "json", "-o", str(report)]) == 0
    capsys.readouterr()
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--proxy-server=127.0.0.1:9", "--dump-dom",
         report.as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    for section in ('id="summary"', 'id="article"', 'id="events"', 'id="exposure"', 'id="reaction"', 'id="claims"'):
        assert section in dom, section
    assert dom.count("<svg") >= 1 and "hl-E1" in dom
