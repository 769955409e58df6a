"""Candidate dates of an event and their features, for the date-chooser spikes (bench/date_chooser_*.py).

A learned chooser would re-date each event among the dates the extractor found: the dates told in
its sentence, the running reference date of its paragraph, the publication date, and none. This
module builds those candidates and plain features of each (where the date stands against the
evidence, the word before it, its precision, whether it lies ahead of publication, the event's
action and status). It was tried as an optional extractor and withdrawn: measured on predictions
for unseen articles it did not beat the rules (bench/date_chooser_v2.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import SimpleNamespace

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


@dataclass(frozen=True)
class Candidate:
    value: str | None
    features: tuple[float, ...]  # named in order by FEATURES


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
        out.append(Candidate(value, _features(event, value, kind, mention, document.text, published)))
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


def event_from_dict(d: dict) -> SimpleNamespace:
    """What :func:`candidates` reads of an event, from its SCHEMA.md dict (a recorded prediction)."""
    return SimpleNamespace(evidence=SimpleNamespace(start=d["evidence"]["start"], end=d["evidence"]["end"]),
                           event_date=d.get("event_date"), action=d.get("action"), status=d.get("status"),
                           date_basis=d.get("date_basis"), instrument=d.get("instrument"))
