"""Last step: a draft finished into an :class:`~tradeshock.models.Event` record (status, direction,
evidence, codes); confidence is set afterwards for the whole article (confidence.py)."""

from __future__ import annotations

import hashlib
import re

from tradeshock.extract.document import Document
from tradeshock.extract.events.common import _TAKES_EFFECT
from tradeshock.extract.events.records import Draft
from tradeshock.extract.events.status import _direction, _tense_status
from tradeshock.kb import KnowledgeBase
from tradeshock.models import Event, Evidence, Magnitude

EXTRACTOR_VERSION = "rules.v1"

_PAUSE_WORDS = re.compile(r"\b(?:pause|paused|truce|suspension|suspending|suspended|reprieve|exemptions?|"
                          r"moratorium|deferral|exclusions?|waivers?|ceasefire)\b", re.I)


def _finish(d: Draft, document: Document, kb: KnowledgeBase) -> Event:
    text = document.text
    s, e = d.evidence
    strikes_down = d.action == "rule" and bool(re.search(
        r"struck down|strike down|illegal|unlawful|invalid|exceeded|overturn|blocked|block", d.sentence.text.lower()))
    date_value = d.date.value if d.date else None
    basis = None
    if date_value:
        window = text[max(0, d.date.start - 25):d.date.end + 5].lower() if d.date else ""
        if re.search(r"effective|from|starting|as of", window) or _TAKES_EFFECT.search(window):
            basis = "effective"
        elif d.instrument in ("talks", "leader_call") or d.status == "under_negotiation":
            basis = "reported"
        else:
            basis = "announced"
    status = _tense_status(d, date_value, document, basis)
    direction = _direction(d.action, status, d.instrument, strikes_down)
    if d.action == "extend" and ("pause prolonged" in d.cues or _PAUSE_WORDS.search(text[s:e])):
        direction = "de-escalation"  # "extending by 90 days a pause on higher tariffs": the pause goes on
    mag = None
    if d.magnitude:
        mag = Magnitude(d.magnitude.text, d.magnitude.value, d.magnitude.unit)
    raw = "|".join([document.article.id, EXTRACTOR_VERSION, str(d.actor), str(d.target), d.instrument, d.action,
                    ",".join(d.subject), mag.text if mag else "", str(s)])
    eid = "ev_" + hashlib.sha256(raw.encode()).hexdigest()[:16]
    return Event(
        id=eid,
        actor=d.actor,
        target=d.target,
        instrument=d.instrument,
        action=d.action,
        subject=d.subject,
        magnitude=mag,
        event_date=date_value,
        date_basis=basis,
        status=status,
        direction=direction,
        evidence=Evidence(text[s:e], s, e),
        confidence=0.0,  # set for the whole article at once by confidence.calibrated
        codes=kb.codes_for(d.instrument, d.action, status),
        duration=d.duration,
        why=tuple(c for c in d.cues if not c.startswith("news:")),
    )
