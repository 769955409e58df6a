"""Helpers shared by the event-rule tests: analyse an invented text, pick events by their fields."""

from __future__ import annotations

from tradeshock.models import Article, Event
from tradeshock.pipeline import analyze


def analyze_events(text: str, published: str, headline: bool = False) -> list[Event]:
    """The events of ``text`` published on ``published``; ``headline`` puts a dummy headline first,
    so the text is read as the body."""
    return list(analyze(Article(text=("Headline\n" + text) if headline else text, published=published)).events)


def find(evs: list[Event], **want: object) -> list[Event]:
    """The events whose fields equal every keyword given (``find(evs, actor="USA", action="raise")``)."""
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]
