"""People in wire-style sentences: titles the knowledge base did not list."""

from __future__ import annotations

import pytest

from tradeshock import analyze
from tradeshock.models import Article


def _people(text: str) -> list[tuple]:
    brief = analyze(Article(text="Trade news\n" + text, published="2025-08-08"))
    return [(p.name, p.role, p.country) for p in brief.people]


@pytest.mark.parametrize(("text", "role"), [
    ("Japan's top tariff negotiator Ryosei Akazawa arrived in Washington.", "Japan's top tariff negotiator"),
    ("Japan's tariff negotiator Ryosei Akazawa arrived in Washington.", "Japan's tariff negotiator"),
    ("Top negotiator Ryosei Akazawa arrived in Washington.", "Top negotiator"),
])
def test_a_negotiator_title_is_a_role(text: str, role: str) -> None:
    assert _people(text) == [("Ryosei Akazawa", role, "JPN")]
