"""Count the dev-set event misses by the field that breaks the strict match (parser spike, step 3).

For every gold event without a strict match, the nearest prediction (same instrument if any, in the
same sentence, else anywhere) tells which field went wrong: parties (actor/target), action, subject,
date, or none at all (no prediction near it). A dependency parse could settle some of these: which
verb a date or a goods phrase attaches to, the subject/object of the event verb, whether a clause is
subordinate or conditional. Spurious predictions and hypotheticals reported as facts are counted too.

    PYTHONPATH=src python bench/parser_misses.py [eval/devset] [--show KIND]

Result on eval/devset (2026-11-26, rules at 72e7ed6): 197 misses; 67 with no prediction at all; where one
field alone is wrong in a same-sentence prediction: subject 20, parties 3, date 2, action 1 (the subject
ones are knowledge-base, all_goods-vs-none and context-inheritance questions, not attachment).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from tradeshock.evaluate import (
    HYPOTHETICAL_STATUSES,
    _action_ok,
    _assign,
    _date_ok,
    _events,
    _parties_match,
    article_pairs,
    read_expected,
    strict_match,
    subjects_overlap,
)
from tradeshock.ingest import load_input
from tradeshock.pipeline import analyze


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    hi_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return lo + 1, (min(hi_candidates) if hi_candidates else len(text))


def _wrong(g, p) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    if p.get("instrument") not in [g.get("instrument"), *(g.get("alternatives") or {}).get("instrument", [])]:
        out.append("instrument")
    if not _parties_match(g, p):
        out.append("parties")
    if not _action_ok(g, p):
        out.append("action")
    if not subjects_overlap(g, p):
        out.append("subject")
    if not _date_ok(g, p):
        out.append("date")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", nargs="?", default="eval/devset")
    ap.add_argument("--show", action="append", default=[], help="print the cases of this kind")
    args = ap.parse_args(argv)
    kinds: collections.Counter[str] = collections.Counter()
    fields: collections.Counter[str] = collections.Counter()
    shown: list[str] = []
    n_missed = n_spurious = hyp_facts = 0
    for text_path, gold_path in article_pairs(args.directory):
        gold = _events(read_expected(gold_path))
        article = load_input(str(text_path))
        pred = _events(analyze(article).to_dict())
        text = article.text
        pairs = _assign(len(gold), len(pred), lambda i, j, gold=gold, pred=pred: 0.0 if strict_match(gold[i], pred[j]) else None)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        free = [j for j in range(len(pred)) if j not in matched_p]
        for j in free:
            n_spurious += 1
            p = pred[j]
            if p.get("status") not in HYPOTHETICAL_STATUSES and any(
                    g.get("status") in HYPOTHETICAL_STATUSES and _parties_match(g, p)
                    and g.get("instrument") == p.get("instrument") for g in gold):
                hyp_facts += 1
        for i, g in enumerate(gold):
            if i in matched_g:
                continue
            n_missed += 1
            gs = (g.get("evidence") or {}).get("start", -1)
            lo, hi = _sentence_of(text, gs) if gs >= 0 else (-1, -1)
            near = [j for j in free if lo <= (pred[j].get("evidence") or {}).get("start", -9) < hi]
            if not near:
                near = [j for j in free if pred[j].get("instrument") == g.get("instrument")]
                where = "elsewhere"
            else:
                where = "same sentence"
            if not near:
                kind = "no prediction"
            else:
                best = min(near, key=lambda j: (len(_wrong(g, pred[j])), j))
                wrong = _wrong(g, pred[best])
                for f in wrong:
                    fields[f] += 1
                kind = f"{where}: " + "+".join(wrong)
            kinds[kind] += 1
            if any(s in kind for s in args.show):
                ev = (g.get("evidence") or {}).get("text", "")
                pb = pred[best] if near else {}
                shown.append(f"[{text_path.stem}] {kind}\n   gold {g.get('actor')}->{g.get('target')} "
                             f"{g.get('instrument')}/{g.get('action')} {g.get('subject')} {g.get('event_date')}\n"
                             f"   pred {pb.get('actor')}->{pb.get('target')} {pb.get('instrument')}/"
                             f"{pb.get('action')} {pb.get('subject')} {pb.get('event_date')}\n   « {ev} »")
    print(f"missed gold events: {n_missed}   spurious predictions: {n_spurious}   "
          f"unmatched fact-status predictions beside a hypothetical gold event: {hyp_facts}")
    print("\nmisses by kind (nearest unmatched prediction; fields that disagree):")
    for k, n in kinds.most_common():
        print(f"  {n:4d}  {k}")
    print("\nfields wrong, over misses with a nearby prediction:")
    for k, n in fields.most_common():
        print(f"  {n:4d}  {k}")
    for s in shown:
        print(s)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
