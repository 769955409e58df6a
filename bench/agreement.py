"""How far two careful readings of the same articles agree: the ceiling a reader of unseen articles is
measured against.

Each folder under ``eval/agreement/`` holds one annotator's readings (``NAME.expected.json``) of articles
whose reference reading is elsewhere: the development set's annotations (``eval/devset/NAME.expected.json``)
or, for ``london-talks``, the human reading in ``../shared/seed/``. The annotators worked alone from
SCHEMA.md and ANNOTATION.md only (no project conventions, no other reading; one of them had the seed's
reading as a worked example), so their agreement with the reference is what an outside reader following
the same guide would reach. The scorer is tradeshock's own (``tradeshock.evaluate.score_article``),
with the reference as gold and the annotator's reading as the prediction, then the other way round
(alternatives count only on the gold side, so the two directions can differ a little).

    PYTHONPATH=src .venv/bin/python bench/agreement.py                     # every annotator folder
    PYTHONPATH=src .venv/bin/python bench/agreement.py eval/agreement/ia1  # one

Readings of the same article by two annotators are also compared with each other. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tradeshock import evaluate as ev

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "eval" / "agreement"
DEVSET = ROOT / "eval" / "devset"
SEED = ROOT.parent / "shared" / "seed"
METRICS = (ev.EVENTS_STRICT, ev.EVENTS_LENIENT, ev.PEOPLE_ROLE, ev.COMPANIES_MOVE)


def _reference(name: str) -> Path | None:
    for folder in (DEVSET, SEED):
        path = folder / f"{name}{ev.EXPECTED_SUFFIX}"
        if path.exists():
            return path
    return None


def _readings(folder: Path) -> dict[str, Path]:
    return {p.name[: -len(ev.EXPECTED_SUFFIX)]: p for p in sorted(folder.glob(f"*{ev.EXPECTED_SUFFIX}"))}


def _totals(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, ev.Counts]:
    totals = {m: ev.Counts() for m in METRICS}
    for gold, pred in pairs:
        score = ev.score_article(gold, pred)
        for m in METRICS:
            totals[m] = totals[m] + score[m]
    return totals


def _line(label: str, totals: dict[str, ev.Counts]) -> str:
    cells = "  ".join(f"{totals[m].f1:6.3f}" for m in METRICS)
    events = totals[ev.EVENTS_STRICT]
    return f"{label:<44}{cells}   ({events.tp + events.fn} vs {events.tp + events.fp} events)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="annotator folders (default: all of eval/agreement)")
    args = ap.parse_args(argv)
    folders = args.folders or sorted(p for p in AGREEMENT.iterdir() if p.is_dir())
    print(f"{'F1 of':<44}{'strict':>6}  {'lenien':>6}  {'people':>6}  {'compan':>6}")
    by_article: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for folder in folders:
        pairs: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
        missing = []
        for name, path in _readings(folder).items():
            reading = ev.read_expected(path)
            by_article.setdefault(name, []).append((folder.name, reading))
            ref_path = _reference(name)
            if ref_path is None:
                missing.append(name)
                continue
            kind = "seed (human)" if ref_path.parent == SEED else "dev set"
            pairs.setdefault(kind, []).append((ev.read_expected(ref_path), reading))
        if missing:
            print(f"{folder.name}: no reference reading for {', '.join(missing)} (skipped)")
        for kind, kind_pairs in sorted(pairs.items()):
            print(_line(f"{folder.name} vs {kind} ({len(kind_pairs)} articles)", _totals(kind_pairs)))
            print(_line(f"{kind} vs {folder.name}", _totals([(b, a) for a, b in kind_pairs])))
    for name, readings in sorted(by_article.items()):
        for (a, ra), (b, rb) in itertools.combinations(readings, 2):
            print(_line(f"{a} vs {b} on {name}", _totals([(ra, rb)])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
