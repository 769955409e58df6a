"""Fit the date chooser (``tradeshock.extract.events.date_choice``) on the annotated development set.

    PYTHONPATH=src .venv/bin/python scripts/train_date_chooser.py            # rewrite src/tradeshock/data/date_chooser.json
    PYTHONPATH=src .venv/bin/python scripts/train_date_chooser.py --check    # exit 1 if the committed weights differ

The rules' events (extractor ``rules.v1``) that match a gold event leniently are the training
examples; each candidate date is labelled by whether it agrees with the gold date (at the gold's
precision, alternatives accepted). A conditional logit is fitted by plain gradient descent from
zero, so the result is the same on every machine; weights are written rounded to six decimals.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from tradeshock import evaluate as ev
from tradeshock.extract.document import build_document
from tradeshock.extract.events.date_choice import FEATURES, candidates
from tradeshock.extract.gazetteer import gazetteer_for
from tradeshock.ingest import load_input
from tradeshock.models import Event
from tradeshock.pipeline import AnalyzeOptions, analyze, load_kb

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "eval" / "devset"
OUT = REPO / "src" / "tradeshock" / "data" / "date_chooser.json"
EPOCHS, RATE, L2 = 300, 0.5, 1e-3


def examples(directory: Path) -> tuple[list[tuple[np.ndarray, np.ndarray]], str]:
    """(candidate features, label weights) per usable event, and a digest of the annotations read."""
    kb = load_kb()
    rules = AnalyzeOptions(extractor="rules.v1")
    digest = hashlib.sha256()
    out: list[tuple[np.ndarray, np.ndarray]] = []
    for text_path, gold_path in ev.article_pairs(directory):
        digest.update(gold_path.read_bytes())
        article = load_input(str(text_path))
        brief = analyze(article, rules, kb=kb)
        document = build_document(article, gazetteer_for(kb))
        events: list[Event] = list(brief.events)
        pred = [e.to_dict() for e in events]
        gold = ev._events(ev.read_expected(gold_path))
        pairs = ev._assign(len(gold), len(pred), lambda i, j, g=gold, p=pred: 1.0 if ev.lenient_match(g[i], p[j]) else None)
        for i, j in pairs:
            cands = candidates(events[j], document)
            labels = np.array([float(ev._date_ok(gold[i], {"event_date": c.value})) for c in cands])
            if labels.any():
                out.append((np.array([c.features for c in cands]), labels / labels.sum()))
    return out, digest.hexdigest()


def fit(data: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    w = np.zeros(len(FEATURES))
    for _ in range(EPOCHS):
        grad = np.zeros_like(w)
        for x, y in data:
            z = x @ w
            p = np.exp(z - z.max())
            grad += x.T @ (p / p.sum() - y)
        w -= RATE * (grad / len(data) + L2 * w)
    return w


def main(argv: list[str]) -> int:
    data, digest = examples(DEVSET)
    w = fit(data)
    model = {
        "features": list(FEATURES),
        "weights": [round(float(v), 6) for v in w],
        "trained_on": {"directory": "eval/devset", "annotations_sha256": digest, "events": len(data),
                       "epochs": EPOCHS, "learning_rate": RATE, "l2": L2},
    }
    text = json.dumps(model, indent=1) + "\n"
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("date_chooser.json is up to date" if same else "date_chooser.json differs: rerun without --check")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(data)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
