"""The same input gives the same brief in every process, whatever Python's string-hash seed.

Sets of strings iterate in a different order under each ``PYTHONHASHSEED``; a choice that picks
"the first" member of a set (a qualifier word, a subject, a party) would change between runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLES = sorted((REPO / "eval" / "devset").glob("*.txt"))[::4]  # a spread of styles, kept quick

SCRIPT = """
import json, sys
from tradeshock.ingest import load_input
from tradeshock.pipeline import analyze
print(json.dumps([analyze(load_input(p)).to_dict() for p in sys.argv[1:]], sort_keys=True))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *map(str, ARTICLES)], env=env, capture_output=True,
                          text=True, timeout=300, check=True)
    return done.stdout


def test_briefs_do_not_depend_on_the_hash_seed() -> None:
    assert len(ARTICLES) >= 10
    first = _run("1")
    assert '"events"' in first
    assert _run("2") == first
