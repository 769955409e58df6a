"""People in wire-style sentences: titles the knowledge base did not list."""

from __future__ import annotations

import pytest
from event_helpers import people_of, people_seen


def _people(text: str) -> list[tuple]:
    return people_seen(people_of(text, "2025-08-08", "Trade news"))


@pytest.mark.parametrize(("text", "role"), [
    ("Japan's top tariff negotiator Ryosei Akazawa arrived in Washington.", "Japan's top tariff negotiator"),
    ("Japan's tariff negotiator Ryosei Akazawa arrived in Washington.", "Japan's tariff negotiator"),
    ("Top negotiator Ryosei Akazawa arrived in Washington.", "Top negotiator"),
])
def test_a_negotiator_title_is_a_role(text: str, role: str) -> None:
    assert _people(text) == [("Ryosei Akazawa", role, "JPN")]


@pytest.mark.parametrize(("text", "name"), [
    ('"We will respond," said Ana River.', "Ana River"),
    ('"We will respond," Tom Beach said.', "Tom Beach"),
])
def test_a_quoted_name_ending_in_a_place_word_is_a_person(text: str, name: str) -> None:
    # the place words guard only the untitled name before "and" ("Silicon Valley and Commerce Secretary ..."); a
    # sharing of the two rules' filters had dropped quoted people named River or Beach
    assert name in [p[0] for p in _people(text)]
