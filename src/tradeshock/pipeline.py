"""From an Article to a Brief: parse once, run the rule stages, assemble the record.

``analyze(article)`` is the one call the CLI, the evaluator and (later) the API use. It opens
nothing and prints nothing; prices and market studies are added by :mod:`tradeshock.markets`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tradeshock.errors import InputError
from tradeshock.extract.claims import find_claims
from tradeshock.extract.companies import extract_companies
from tradeshock.extract.document import build_document
from tradeshock.extract.events import extract_events
from tradeshock.extract.gazetteer import gazetteer_for
from tradeshock.extract.people import extract_people
from tradeshock.extract.summary import summarize
from tradeshock.kb import GOVERNMENT_KINDS, KnowledgeBase
from tradeshock.models import Article, Brief, Exposure, Good, Organization
from tradeshock.registry import extractors


@dataclass(frozen=True)
class AnalyzeOptions:
    """Knobs of the article analysis."""

    kb_dirs: tuple[str, ...] = field(default=(), metadata={"help": "extra knowledge-base folders"})
    extractor: str = field(default="rules.v1", metadata={"help": "registered event extractor (tradeshock.registry)"})
    summary_sentences: int = field(default=3, metadata={"help": "sentences in the summary (1-3)"})
    min_confidence: float = field(default=0.0, metadata={"help": "drop events whose confidence is below this"})

    def __post_init__(self) -> None:
        if not 0.0 <= float(self.min_confidence) <= 1.0:  # (NaN fails this too)
            raise InputError("min_confidence", f"must be between 0 and 1, not {self.min_confidence!r}")


extractors.register("rules.v1")(extract_events)


def load_kb(options: AnalyzeOptions | None = None) -> KnowledgeBase:
    return KnowledgeBase.load((options or AnalyzeOptions()).kb_dirs)


def analyze(article: Article, options: AnalyzeOptions | None = None, kb: KnowledgeBase | None = None) -> Brief:
    options = options or AnalyzeOptions()
    kb = kb or load_kb(options)
    document = build_document(article, gazetteer_for(kb))
    people, author = extract_people(document, kb)
    events = [e for e in extractors.get(options.extractor)(document, kb) if e.confidence >= options.min_confidence]
    companies = extract_companies(document, kb)
    claims = find_claims(document, companies, document.references)
    event_sentences = {s.index for s in document.sentences for e in events if s.start <= e.evidence.start < s.end}
    moved = [c.move_evidence.start for c in companies if c.move_evidence is not None]
    market_sentences = frozenset(s.index for s in document.sentences for pos in moved if s.start <= pos < s.end)
    summary = summarize(document, event_sentences, n=max(1, min(3, options.summary_sentences)),
                        market_sentences=market_sentences)
    goods: dict[str, list[tuple[int, int]]] = {}
    orgs: dict[str, list[tuple[int, int]]] = {}
    org_index = kb.organization_by_name
    for m in document.mentions:
        if m.label == "GOOD":
            goods.setdefault(m.key, []).append((m.start, m.end))
        elif m.label == "ORG":
            orgs.setdefault(m.key, []).append((m.start, m.end))
    organizations = [
        Organization(name, _org_kind(org_index[name].kind), org_index[name].country, tuple(spans))
        for name, spans in orgs.items()
    ] + [Organization(c.name, "company", c.country, c.spans) for c in companies]
    notes: list[str] = []
    if article.published is None:
        notes.append("publication date unknown: relative dates are left null")
    if author and article.author is None:
        article = _with_author(article, author)
    return Brief(
        article=article,
        summary=tuple(summary),
        people=tuple(people),
        organizations=tuple(organizations),
        events=tuple(events),
        companies=tuple(companies),
        goods=tuple(Good(k, tuple(v)) for k, v in goods.items()),
        exposure=tuple(exposure_for(events_subjects(events), companies, kb)),
        claims=tuple(claims),
        notes=tuple(notes),
        extractor=options.extractor,
    )


def _with_author(article: Article, author: str) -> Article:
    from dataclasses import replace

    return replace(article, author=author)


def _org_kind(kind: str) -> str:
    return "gov_body" if kind in GOVERNMENT_KINDS else "igo" if kind == "igo" else "other"


def events_subjects(events: Iterable) -> list[str]:  # type: ignore[type-arg]
    out: list[str] = []
    for e in events:
        for s in e.subject:
            if s not in out and s != "all_goods":
                out.append(s)
    return out


def exposure_for(subjects: Sequence[str], companies: Sequence, kb: KnowledgeBase) -> list[Exposure]:  # type: ignore[type-arg]
    """Knowledge-base exposure links for the goods of the events, named in the article or not."""
    named = {c.ticker for c in companies if c.ticker}
    out: list[Exposure] = []
    for subject in subjects:
        for link in kb.exposure:
            if link.subject != subject:
                continue
            out.append(Exposure(subject, link.sector, link.tickers, link.why, link.source,
                                tuple(t for t in link.tickers if t in named)))
    return out
