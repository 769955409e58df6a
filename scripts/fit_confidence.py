"""Fit the model behind each event's ``confidence`` and write ``src/tradeshock/data/confidence.json``.

    PYTHONPATH=src .venv/bin/python scripts/fit_confidence.py            # fit, report, write
    PYTHONPATH=src .venv/bin/python scripts/fit_confidence.py --check    # refit; fail if the shipped file differs

The training examples are the events the rules predicted for each batch of development articles
*before* that batch was used to tune them (``eval/oos_predictions/``, one file per batch, with the
commit each was made at in eval/README.md). Each predicted event is labelled 1 when it matches a gold
event of ``eval/devset`` strictly (the scorer's own one-to-one pairing), else 0. The model is an
L2-penalised logistic regression (the intercept is not penalised) over
:func:`tradeshock.extract.events.confidence.features`, keeping features seen at least ``MIN_COUNT``
times. Leaving out one batch at a time, fitting on the others and forecasting the batch left out,
gives the figures stored beside the weights: how well the confidence forecasts on a batch it was not
fitted on. (A file of predictions may hold several batches written together: ``tuol.json`` holds the
t, u, o and l articles; "leave one batch out" leaves out one file.)

The fit reads the development annotations, so an annotation corrected in one of the articles behind it
changes the fit: rerun this script and commit the new weights (the test suite runs ``--check``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from tradeshock import evaluate as ev
from tradeshock.extract.events.confidence import features, probability

ROOT = Path(__file__).resolve().parent.parent
PREDICTIONS = ROOT / "eval" / "oos_predictions"
GOLD = ROOT / "eval" / "devset"
OUT = ROOT / "src" / "tradeshock" / "data" / "confidence.json"
L2 = 3.0
MIN_COUNT = 4


def examples() -> list[tuple[str, dict[str, float], int]]:
    """(batch, features, label) for every predicted event of every batch, in a fixed order."""
    out = []
    for path in sorted(PREDICTIONS.glob("*.json")):
        predictions = json.loads(path.read_text(encoding="utf-8"))
        for name in sorted(predictions):
            pred = predictions[name]
            article = GOLD / f"{name}.txt"
            expected = ev.read_expected(ev.expected_path(article))
            text = article.read_text(encoding="utf-8")
            published = (expected.get("article") or {}).get("published")
            matched = {j for _, j in ev.strict_pairs(ev._events(expected), pred)}
            for j, event in enumerate(pred):
                out.append((path.stem, features(event, pred, text, published), int(j in matched)))
    return out


def _matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {n: k for k, n in enumerate(names)}
    m = np.zeros((len(rows), len(names)))
    for i, f in enumerate(rows):
        for name, value in f.items():
            if name in index:
                m[i, index[name]] = value
    return m


def fit(rows: list[dict[str, float]], labels: list[int]) -> dict[str, float]:
    counts = Counter(name for f in rows for name in f)
    names = ["bias"] + sorted(n for n, c in counts.items() if c >= MIN_COUNT and n != "bias")
    x, y = _matrix(rows, names), np.asarray(labels, dtype=float)
    penalty = np.r_[0.0, np.ones(len(names) - 1)]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(np.logaddexp(0.0, z) - y * z)
        return ll + L2 * np.sum(penalty * w * w), x.T @ (p - y) + 2 * L2 * penalty * w

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B",
                 options={"ftol": 1e-14, "gtol": 1e-9, "maxiter": 5000}).x
    return {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}


def _forecast(rows: list[dict[str, float]], weights: dict[str, float]) -> np.ndarray:
    return np.array([probability(f, weights) for f in rows])


def _auc(p: np.ndarray, y: np.ndarray) -> float:
    """The probability that a matched event gets a higher confidence than an unmatched one (ties half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def leave_one_batch_out(data: list[tuple[str, dict[str, float], int]]) -> dict[str, Any]:
    forecasts, outcomes = [], []
    for batch in sorted({b for b, _, _ in data}):
        train = [(f, y) for b, f, y in data if b != batch]
        test = [(f, y) for b, f, y in data if b == batch]
        weights = fit([f for f, _ in train], [y for _, y in train])
        forecasts.extend(_forecast([f for f, _ in test], weights))
        outcomes.extend(y for _, y in test)
    p, y = np.asarray(forecasts), np.asarray(outcomes, dtype=float)
    cal = ev.Calibration.of(list(zip(p.tolist(), (y == 1).tolist(), strict=True)))
    return {"brier": round(cal.brier, 4), "brier_constant": round(cal.brier_constant, 4),
            "auc": round(_auc(p, y), 4), "mean_confidence": round(cal.mean_confidence, 4),
            "share_matched": round(cal.share_matched, 4)}


def build() -> dict[str, Any]:
    data = examples()
    labels = [y for _, _, y in data]
    return {
        "model": "logistic regression, L2-penalised (intercept free)",
        "forecasts": "the probability that the event matches a careful reading strictly (tradeshock eval)",
        "fitted_on": {
            "predictions": "eval/oos_predictions: the rules' predictions for each development batch before it "
                           "was tuned on",
            "batches": len({b for b, _, _ in data}),
            "events": len(data),
            "share_matched": round(sum(labels) / len(labels), 4),
        },
        "l2": L2,
        "min_count": MIN_COUNT,
        "leave_one_batch_out": leave_one_batch_out(data),
        "weights": fit([f for _, f, _ in data], labels),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="refit and compare with the shipped file; write nothing")
    args = ap.parse_args(argv)
    model = build()
    if args.check:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        worst = max(abs(shipped["weights"].get(n, 0.0) - model["weights"].get(n, 0.0))
                    for n in set(shipped["weights"]) | set(model["weights"]))
        worst = max([worst] + [abs(shipped["leave_one_batch_out"][k] - v)
                               for k, v in model["leave_one_batch_out"].items()])
        same = set(shipped["weights"]) == set(model["weights"]) and worst <= 2e-3
        print(f"{OUT.name}: largest difference of a weight or figure {worst:.5f}: {'same' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUT.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    lobo = model["leave_one_batch_out"]
    print(f"{model['fitted_on']['events']} events, {len(model['weights'])} weights; leaving one batch out: "
          f"Brier {lobo['brier']} (constant {lobo['brier_constant']}), AUC {lobo['auc']}, "
          f"mean confidence {lobo['mean_confidence']} vs share matched {lobo['share_matched']}")
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
