"""The records event extraction passes between its steps: a party, an anchor, a draft event."""

from __future__ import annotations

from dataclasses import dataclass, field

from tradeshock.extract.dates import DateMention
from tradeshock.extract.document import Sentence
from tradeshock.extract.quantities import Quantity


@dataclass
class Party:
    code: str
    tok: int  # token index
    explicit: bool = True
    via: str = ""


@dataclass
class Anchor:
    instrument: str
    tok_start: int
    tok_end: int
    action: str | None = None
    action_tok: int | None = None
    cues: list[str] = field(default_factory=list)
    partner: int | None = None  # talks: the token of the counterpart named after "with" or pressed


@dataclass
class Draft:
    actor: str | None
    target: str | None
    instrument: str
    action: str
    subject: tuple[str, ...]
    magnitude: Quantity | None
    duration: str | None
    date: DateMention | None
    status: str
    evidence: tuple[int, int]
    sentence: Sentence
    cues: list[str]
    explicit_actor: bool
    explicit_target: bool
    location: str | None = None
    trade_value: str | None = None
