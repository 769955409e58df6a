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
