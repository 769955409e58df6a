"""Where the event errors are, and how far a change of rules reaches: three small measurements.

    # the events of a folder as the current rules predict them, saved for later comparison
    PYTHONPATH=src .venv/bin/python bench/error_profile.py dump eval/devset /tmp/now.json

    # how predictions fail against the annotations: gold events with no prediction of their instrument,
    # and, for each gold event paired with a prediction of its instrument, which fields disagree
    PYTHONPATH=src .venv/bin/python bench/error_profile.py profile eval/devset eval/oos_predictions/*.json

    # how many articles and events differ between two dumps of the same folder
    PYTHONPATH=src .venv/bin/python bench/error_profile.py diff /tmp/before.json /tmp/after.json

``eval/oos_predictions/`` keeps the predictions made for each batch of development articles by the rules
as they stood before that batch was written (so before anyone tuned on it): cde at 544ecbc, fgk at
930e7fc, mn at 72e7ed6, pq at deaef42, rs at 32e33bb, vw at 429df24, xy at eecf8ec, z at c12564f, and
the t, u, o, l articles (the validation set of the third and fourth sessions) at 611f139, and w
(the wa and wb articles of the seventh session) at 45238cb. Profiled
together (119 articles, 690 gold events, fifth session): 39% of the gold events have no prediction of
their instrument; of the 421 paired, the date disagrees in 120, the subject in 119 (79 of them because
the prediction has none), the parties in 103 and the action in 67. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tradeshock import evaluate as ev

_FIELDS = ("parties", "subject", "action", "date")


def _field_ok(field: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if field == "parties":
        return ev._parties_match(gold, pred)
    if field == "subject":
        return ev.subjects_overlap(gold, pred)
    if field == "action":
        return ev._action_ok(gold, pred)
    return ev._date_ok(gold, pred)


def _pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Gold and predicted events of the same instrument paired one to one, preferring pairs that agree
    on more of the other fields."""
    everything = frozenset(ev.IGNORABLE)

    def weight(i: int, j: int) -> float | None:
        if not ev.relaxed_match(gold[i], pred[j], everything):
            return None
        return sum(_field_ok(f, gold[i], pred[j]) for f in _FIELDS) / len(_FIELDS)

    return ev._assign(len(gold), len(pred), weight)


def _why_field(field: str, gold: dict[str, Any], pred: dict[str, Any]) -> str:
    """A coarse reason for a field's disagreement."""
    if field == "subject":
        return "prediction has none" if not ev._subjects(pred) else "other goods"
    if field == "date":
        g, p = gold.get("event_date"), pred.get("event_date")
        if p is None:
            return "prediction has none"
        if g is None:
            return "gold has none"
        return "other precision" if len(str(g)) != len(str(p)) else "other date"
    if field == "parties":
        if (pred.get("actor"), pred.get("target")) == (gold.get("target"), gold.get("actor")):
            return "swapped"
        if pred.get("target") is None and gold.get("target") is not None:
            return "prediction has no target"
        return "other parties"
    return f"{gold.get('action')} read as {pred.get('action')}"


def profile(gold_dir: Path, pred_files: list[Path]) -> None:
    counts: Counter[str] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    n_gold = n_pred = 0
    strict = ev.Counts()
    for path in pred_files:
        predictions = json.loads(path.read_text(encoding="utf-8"))
        for name, pred in predictions.items():
            gold = ev._events(ev.read_expected(gold_dir / f"{name}.expected.json"))
            n_gold += len(gold)
            n_pred += len(pred)
            strict = strict + ev._score_events(gold, pred)[ev.EVENTS_STRICT]
            pairs = _pairs(gold, pred)
            counts["paired"] += len(pairs)
            counts["missed (no prediction of the instrument)"] += len(gold) - len(pairs)
            counts["unpaired predictions"] += len(pred) - len(pairs)
            for i, j in pairs:
                for field in _FIELDS:
                    if not _field_ok(field, gold[i], pred[j]):
                        counts[f"{field} disagrees"] += 1
                        reasons[(field, _why_field(field, gold[i], pred[j]))] += 1
    print(f"{n_gold} gold events, {n_pred} predicted, {strict.tp} strict matches (F1 {strict.f1:.3f})")
    for key, value in counts.most_common():
        print(f"  {value:5d}  {key}")
    print("reasons:")
    for (field, why), value in sorted(reasons.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {value:5d}  {field}: {why}")


def _signature(event: dict[str, Any]) -> tuple[Any, ...]:
    return (event.get("actor"), event.get("target"), event.get("instrument"), event.get("action"),
            tuple(event.get("subject") or ()), event.get("event_date"), (event.get("evidence") or {}).get("start"))


def diff(before: Path, after: Path) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = added = removed = 0
    for name in sorted(set(a) | set(b)):
        sa = {_signature(e) for e in a.get(name, [])}
        sb = {_signature(e) for e in b.get(name, [])}
        changed += sa != sb
        added += len(sb - sa)
        removed += len(sa - sb)
    print(f"{len(set(a) | set(b))} articles, {changed} with any changed event; events added {added}, removed {removed}")


def dump(directory: Path, out: Path) -> None:
    from tradeshock.ingest import load_input
    from tradeshock.pipeline import analyze

    predictions = {text.stem: analyze(load_input(str(text))).to_dict()["events"]
                   for text, _gold in ev.article_pairs(directory)}
    out.write_text(json.dumps(predictions), encoding="utf-8")
    print(f"{len(predictions)} articles written to {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("directory", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("profile")
    p.add_argument("gold_dir", type=Path)
    p.add_argument("predictions", type=Path, nargs="+")
    p = sub.add_parser("diff")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(args.directory, args.out)
    elif args.command == "profile":
        profile(args.gold_dir, args.predictions)
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
