"""Actor and target of events (who acts, who is hit); on invented text."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze(Article(text="Headline\n" + text, published=published)).events


def of(evs, instrument: str):
    return [e for e in evs if e.instrument == instrument]


def test_a_party_of_the_next_measure_in_the_sentence_is_not_the_first_ones_target() -> None:
    evs = events("Japan's trade ministry on Tuesday placed export controls on cobalt and nickel, and added "
                 "Acme Widgets, a Korean machinery group, to its entity list.")
    controls = of(evs, "export_control")
    assert controls and all((e.actor, e.target) == ("JPN", None) for e in controls)
