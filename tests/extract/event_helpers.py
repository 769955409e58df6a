"""Helpers shared by the extraction tests: analyse an invented text, pick events by their fields, read the
people and the companies' share moves."""

from __future__ import annotations

from tradeshock.evaluate import normalise_ticker, person_matches
from tradeshock.models import Article, Event
from tradeshock.pipeline import analyze


def analyze_events(text: str, published: str, headline: bool = False) -> list[Event]:
    """The events of ``text`` published on ``published``; ``headline`` puts a dummy headline first,
    so the text is read as the body."""
    return list(analyze(Article(text=("Headline\n" + text) if headline else text, published=published)).events)


def find(evs: list[Event], **want: object) -> list[Event]:
    """The events whose fields equal every keyword given (``find(evs, actor="USA", action="raise")``)."""
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]


def event_rows(text: str, published: str) -> set[tuple[object, ...]]:
    """The events of ``text`` (read as the body) as (actor, target, instrument, action, date) rows."""
    return {(e.actor, e.target, e.instrument, e.action, e.event_date) for e in analyze_events(text, published, True)}


def event_dates(text: str, published: str, **want: object) -> list[str | None]:
    """The dates of the events of ``text`` (read as the body) whose fields equal every keyword given."""
    return [e.event_date for e in find(analyze_events(text, published, headline=True), **want)]


def people_of(text: str, published: str, headline: str = "Headline of the day") -> list[dict]:
    """The people of ``text`` (read as the body under a dummy headline), as SCHEMA dicts."""
    return analyze(Article(text=headline + "\n" + text, published=published)).to_dict()["people"]


def person(people: list[dict], name: str) -> dict | None:
    """The person the scorer would match to ``name``, if any."""
    return next((p for p in people if person_matches({"name": name}, p)), None)


def people_seen(people: list[dict]) -> list[tuple[str, str | None, str | None]]:
    """Everyone read, as (name, role, country), for assertion messages and exact comparisons."""
    return [(p["name"], p["role"], p["country"]) for p in people]


def share_moves(text: str, published: str, headline: str = "Trade brief") -> dict[str, str]:
    """Each company's move (up / down / mentioned), keyed by normalised ticker, or name when it has none."""
    brief = analyze(Article(text=headline + "\n" + text, published=published))
    return {normalise_ticker(c.ticker) if c.ticker else c.name: c.move for c in brief.companies}
