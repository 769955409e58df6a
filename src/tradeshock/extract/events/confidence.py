"""How likely an event is to be exactly right: a small logistic model over what the extractor knows about it.

An event's ``confidence`` is the estimated probability that a careful reader of the article (by
ANNOTATION.md) records the same event with the same actor, target, instrument, action, goods and
date: the strict match of ``tradeshock eval``. The model is fitted by ``scripts/fit_confidence.py`` on
the predictions the rules made for batches of development articles *before* anyone tuned the rules on
them (``eval/oos_predictions/``), because those are what an article nobody has read looks like to the
extractor; on the sentences the rules were written from, events are right far more often than that.
Its weights live in ``data/confidence.json`` beside the fitting figures.

The features are the event's own fields (instrument, action, status, how precise its date is, whether
it has goods, a target, a rate; an actor is missing only for court rulings, which the action tells), the structural rules that fired (a back reference, a default action,
where the date came from), and where the event sits (headline, position, how many events share its
evidence). Word cues (the verb or noun that fired) are left out so that the model does not depend on
the wording of one rule.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from tradeshock.models import Event

# cues without a colon that say how the event was built rather than which word fired
STRUCTURAL_CUES = frozenset({
    "would (reported)", "back reference", "pronoun subject", "background", "by value", "terms of a deal",
    "could face", "both sides", "origin clause", "rate list", "class noun", "he would", "elliptic item",
})

# instruments that act on goods, for which a missing subject is more telling than for talks or sanctions
MEASURES_ON_GOODS = frozenset({"tariff", "export_control", "import_restriction"})


def features(event: Mapping[str, Any], events: Sequence[Mapping[str, Any]], text: str,
             published: str | None) -> dict[str, float]:
    """The model's inputs for one event, given in its JSON form (``Event.to_dict()``), beside the other
    events of the same article, the article's text and its publication date (ISO, or None)."""
    f: dict[str, float] = {"bias": 1.0}
    f["instrument=" + str(event.get("instrument"))] = 1.0
    f["action=" + str(event.get("action"))] = 1.0
    f["status=" + str(event.get("status"))] = 1.0
    f["basis=" + str(event.get("date_basis"))] = 1.0
    date = event.get("event_date")
    if date:  # (an undated event is told by basis=None)
        f[f"date length={len(date)}"] = 1.0
    if date and published and date == str(published)[:10]:
        f["date is publication"] = 1.0
    subject = event.get("subject") or []
    if not subject:
        f["no goods"] = 1.0
        if event.get("instrument") in MEASURES_ON_GOODS:
            f["no goods on a measure on goods"] = 1.0
    elif "all_goods" in subject:
        f["all goods"] = 1.0
    if event.get("target") is None:
        f["no target"] = 1.0
    if event.get("magnitude"):
        f["rate"] = 1.0
    for cue in set(event.get("rules") or ()):
        if ":" in cue:
            f["rule=" + cue] = 1.0
            f["rule kind=" + cue.split(":", 1)[0]] = 1.0
        elif cue in STRUCTURAL_CUES:
            f["rule=" + cue] = 1.0
    start = int((event.get("evidence") or {}).get("start") or 0)
    evidence = str((event.get("evidence") or {}).get("text") or "")
    first_line = text.find("\n")
    if 0 <= start < (first_line if first_line >= 0 else len(text)):
        f["headline"] = 1.0
    f["position"] = start / max(len(text), 1)
    f["evidence length"] = min(len(evidence), 400) / 400
    f["events in article"] = min(len(events), 20) / 20
    same = sum(1 for other in events if int((other.get("evidence") or {}).get("start") or 0) == start)
    f["events on this evidence"] = min(same, 5) / 5
    return f


def probability(feats: Mapping[str, float], weights: Mapping[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The fitted model as shipped (``data/confidence.json``)."""
    path = resources.files("tradeshock").joinpath("data", "confidence.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def calibrated(events: list[Event], text: str, published: str | None) -> list[Event]:
    """The events with ``confidence`` set by the model, rounded to two places: the value printed is the
    value ``--min-confidence`` compares (a forecast this coarse has no third digit to give)."""
    if not events:
        return events
    weights = model()["weights"]
    dicts = [e.to_dict() for e in events]
    return [replace(e, confidence=round(probability(features(d, dicts, text, published), weights), 2))
            for e, d in zip(events, dicts, strict=True)]
