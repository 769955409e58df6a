"""Plain, frozen records passed between stages.

``Article`` goes in; a ``Brief`` comes out. Everything in between is one of the small records
below. ``Brief.to_dict()`` is the SCHEMA.md object (``tradeshock/1``); nothing else decides the
shape of the JSON output.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Any

SCHEMA_VERSION = "tradeshock/1"

Span = tuple[int, int]


def normalise_text(text: str) -> str:
    """The text the article id is computed from: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.strip().split("\n"))


@dataclass(frozen=True)
class Article:
    """One article as read from a file, URL, stdin or a Python string.

    ``text`` is kept exactly as read; every span in the output is an offset into it.
    ``published`` is an ISO date or datetime string, or ``None`` when unknown.
    ``origin`` names where it came from, for messages ("news/a.txt", "<stdin>", a URL).
    """

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    author: str | None = None
    origin: str = "<text>"

    @cached_property
    def id(self) -> str:
        """``sha256:`` and the digest of the normalised text (worked out once: every event's id uses it)."""
        digest = hashlib.sha256(normalise_text(self.text).encode("utf-8")).hexdigest()
        return f"sha256:{digest}"

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None
    country: str | None
    spans: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "spans": [list(s) for s in self.spans],
        }
        if self.aliases:
            d["aliases"] = list(self.aliases)
        if self.org:
            d["organization"] = self.org
        return d


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str  # gov_body | company | igo | other
    country: str | None
    spans: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True)
class Magnitude:
    text: str
    value: float
    unit: str  # "%", "pp", "days", "months", "years", "USD", "count", ...

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class Event:
    id: str
    actor: str | None
    target: str | None
    instrument: str
    action: str
    subject: tuple[str, ...]
    magnitude: Magnitude | None
    event_date: str | None
    date_basis: str | None
    status: str
    direction: str
    evidence: Evidence
    confidence: float
    codes: dict[str, str | None]
    duration: str | None = None
    trade_value: str | None = None
    background: bool = False
    why: tuple[str, ...] = ()  # which rules fired, for explanation

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "actor": self.actor,
            "target": self.target,
            "instrument": self.instrument,
            "action": self.action,
            "subject": list(self.subject),
            "magnitude": self.magnitude.text if self.magnitude else None,
            "magnitude_value": self.magnitude.to_dict() if self.magnitude else None,
            "event_date": self.event_date,
            "date_basis": self.date_basis,
            "status": self.status,
            "direction": self.direction,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
            "codes": dict(self.codes),
        }
        if self.duration:
            d["duration"] = self.duration
        if self.trade_value:
            d["trade_value"] = self.trade_value
        if self.background:
            d["background"] = True
        if self.why:
            d["rules"] = list(self.why)
        return d


@dataclass(frozen=True)
class CompanyMention:
    name: str
    ticker: str | None
    exchange: str | None
    sector: str | None
    move: str  # up | down | mentioned
    spans: tuple[Span, ...]
    move_evidence: Evidence | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "ticker": self.ticker,
            "exchange": self.exchange,
            "sector": self.sector,
            "move": self.move,
            "spans": [list(s) for s in self.spans],
        }
        if self.move_evidence:
            d["move_evidence"] = self.move_evidence.to_dict()
        return d


@dataclass(frozen=True)
class Good:
    subject: str
    spans: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class Exposure:
    subject: str
    sector: str
    tickers: tuple[str, ...]
    why: str
    source: str
    named_in_article: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "subject": self.subject,
            "sector": self.sector,
            "tickers": list(self.tickers),
            "why": self.why,
            "source": self.source,
        }
        if self.named_in_article:
            d["named_in_article"] = list(self.named_in_article)
        return d


@dataclass(frozen=True)
class Brief:
    """Everything tradeshock read from one article. ``to_dict()`` is the SCHEMA.md object."""

    article: Article
    summary: tuple[str, ...]
    people: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    events: tuple[Event, ...]
    companies: tuple[CompanyMention, ...]
    goods: tuple[Good, ...] = ()
    exposure: tuple[Exposure, ...] = ()
    claims: tuple[Claim, ...] = ()
    market_reaction: tuple[dict[str, Any], ...] = ()
    market_reaction_days: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = ()
    extractor: str = ""

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "article": {
                "id": a.id,
                "title": a.title,
                "url": a.url,
                "source": a.source,
                "published": a.published,
                "language": a.language,
                "word_count": a.word_count,
                "author": a.author,
            },
            "summary": list(self.summary),
            "people": [p.to_dict() for p in self.people],
            "organizations": [o.to_dict() for o in self.organizations],
            "events": [e.to_dict() for e in self.events],
            "companies": [c.to_dict() for c in self.companies],
            "goods": [g.to_dict() for g in self.goods],
            "exposure": [x.to_dict() for x in self.exposure],
            "claims": [c.to_dict() for c in self.claims],
            "market_reaction": [dict(r) for r in self.market_reaction],
            "market_reaction_days": [dict(r) for r in self.market_reaction_days],
            "notes": list(self.notes),
            "extractor": self.extractor,
        }
        return d


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None
    kind: str = "day"  # day | range | drawdown | level_vs_high | assumed
    reference: str | None = None  # for drawdowns and recoveries: the period of the high

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.kind != "day":
            d["kind"] = self.kind
        if self.reference:
            d["reference"] = self.reference
        return d


@dataclass(frozen=True)
class Claim:
    """What the article says a price did, and (when prices are given) what the data say."""

    text: str
    subject: str
    ticker: str | None
    direction: str  # up | down | recovered
    magnitude: float | None  # stated size as a fraction (0.18 for "18%"), or None
    qualifier: str | None  # "nearly", "more than", "sharp", ...
    period: Period | None
    evidence: Evidence
    intraday: bool = False
    proxy: str | None = None  # the symbol measured when the subject is an index or a sector
    verdict: str = "unchecked"
    measured: dict[str, Any] | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "subject": self.subject,
            "ticker": self.ticker,
            "direction": self.direction,
            "magnitude": self.magnitude,
            "period": self.period.to_dict() if self.period else None,
            "verdict": self.verdict,
            "measured": self.measured,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end},
        }
        if self.qualifier:
            d["qualifier"] = self.qualifier
        if self.intraday:
            d["intraday"] = True
        if self.proxy:
            d["measured_symbol"] = self.proxy
        if self.reason:
            d["reason"] = self.reason
        return d
