"""Step 6: the date of each event, chosen among the dates the extractor found by a small learned model.

The rules of ``timing.py`` give each event a date; they were written from the development set's
sentences and pick the right date far less often on articles they have not seen. This step looks at
the candidates again: the dates told in the event's sentence, the running reference date of its
paragraph, the publication date, and none. It scores each with a logistic model (a conditional
logit: one softmax over an event's candidates) over plain features of the candidate, and keeps the
best. The weights are data (``data/date_chooser.json``), fitted on the annotated development set by
``scripts/train_date_chooser.py``, which reproduces them exactly; the rules' own pick is not among
the features, so the model does not learn to echo rules tuned on the same articles.

It is optional (``AnalyzeOptions(extractor="rules.v1+dates")``); the default extractor keeps the
rules' dates. Measured once each on sets nobody tuned on (strict event F1, rules -> chooser): held-out
0.333 -> 0.379, the first ten validation articles 0.321 -> 0.358, the next ten (written to decide
whether it becomes the default) 0.407 -> 0.407; on the development set, where the rules were written,
0.679 -> 0.601. ``bench/date_chooser_spike.py`` holds the cross-validated figures.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from tradeshock.extract.dates import DateMention
from tradeshock.extract.document import Document
from tradeshock.models import Event

PREPS = ("on", "in", "from", "since", "until", "by", "last", "earlier", "of", "effective", "starting")
ACTIONS = ("impose", "raise", "lower", "threaten", "announce", "agree", "negotiate", "ease", "suspend", "extend")
STATUSES = ("in_force", "announced", "threatened", "proposed", "concluded", "under_negotiation", "paused")
PRECISIONS = ("day", "month", "year")
FEATURES = (
    "bias", "none", "reference", "published", "sentence", "before evidence", "inside evidence", "distance",
    *(f"after '{p}'" for p in PREPS), *(f"precision {p}" for p in PRECISIONS), "ahead of publication",
    *(f"action {a}" for a in ACTIONS), *(f"status {s}" for s in STATUSES), "threat, date after it",
    "rules read an effective date",
)
_EFFECTIVE_WINDOW = re.compile(r"effective|from|starting|as of|take effect|took effect|takes effect|in force", re.I)


@dataclass(frozen=True)
class Candidate:
    value: str | None
    kind: str  # "sentence" | "reference" | "published" | "none" | "rules" (the rules' date, when no other)
    mention: DateMention | None
    features: tuple[float, ...]


def candidates(event: Event, document: Document) -> list[Candidate]:
    """The dates an event could carry, each with its features, without repeats of one value."""
    published = document.published.isoformat() if document.published else None
    start = event.evidence.start
    sent = next((s for s in document.sentences if s.start <= start < s.end), None)
    raw: list[tuple[str | None, str, DateMention | None]] = [
        (d.value, "sentence", d) for d in (sent.dates if sent else []) if d.value]
    if sent is not None and document.references:
        raw.append((document.references[sent.index], "reference", None))
    raw += [(published, "published", None), (None, "none", None), (event.event_date, "rules", None)]
    out: list[Candidate] = []
    seen: set[str | None] = set()
    for value, kind, mention in raw:
        if value in seen:
            continue
        seen.add(value)
        out.append(Candidate(value, kind, mention, _features(event, value, kind, mention, document.text, published)))
    return out


def _features(event: Event, value: str | None, kind: str, mention: DateMention | None, text: str,
              published: str | None) -> tuple[float, ...]:
    start, end = event.evidence.start, event.evidence.end
    f: list[float] = [1.0, float(kind == "none"), float(kind == "reference"), float(kind == "published"),
                      float(kind == "sentence")]
    if mention is not None:
        dist = min(abs(mention.start - start), abs(mention.start - end))
        words = text[max(0, mention.start - 12):mention.start].split()
        prep = words[-1].lower() if words else ""
        f += [float(mention.end <= start), float(start <= mention.start < end), math.log1p(dist) / 6]
        f += [float(prep == p or mention.text.lower().startswith(p + " ")) for p in PREPS]
        f += [float(mention.precision == p) for p in PRECISIONS]
    else:
        f += [0.0] * (3 + len(PREPS) + len(PRECISIONS))
    f.append(float(bool(value and published and value > published[:len(value)])))
    f += [float(event.action == a) for a in ACTIONS] + [float(event.status == s) for s in STATUSES]
    f.append(float(event.action == "threaten" and mention is not None and mention.end > start))
    f.append(float(event.date_basis == "effective"))
    return tuple(f)


@lru_cache(maxsize=1)
def _weights() -> tuple[float, ...]:
    data = json.loads(resources.files("tradeshock").joinpath("data/date_chooser.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/date_chooser.json was fitted on other features: run scripts/train_date_chooser.py")
    return tuple(float(w) for w in data["weights"])


def score(c: Candidate, weights: Sequence[float]) -> float:
    return sum(w * x for w, x in zip(weights, c.features, strict=True))


def choose_dates(events: list[Event], document: Document, weights: Sequence[float] | None = None) -> list[Event]:
    """Each event with the date the model prefers among its candidates (and the basis of that date)."""
    w = _weights() if weights is None else tuple(weights)
    out = []
    for e in events:
        best = max(candidates(e, document), key=lambda c: score(c, w))
        if best.value == e.event_date:
            out.append(e)
            continue
        out.append(replace(e, event_date=best.value, date_basis=_basis(best, e, document.text)))
    return out


def _basis(c: Candidate, e: Event, text: str) -> str | None:
    if c.value is None:
        return None
    if c.mention is not None and _EFFECTIVE_WINDOW.search(text[max(0, c.mention.start - 25):c.mention.end + 5]):
        return "effective"
    if e.instrument in ("talks", "leader_call") or e.status == "under_negotiation" or c.kind != "sentence":
        return "reported"
    return "announced"
