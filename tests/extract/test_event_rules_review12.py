"""Fixes from the second review of the eleventh round of rules: guards against false events that dropped
true ones on ordinary phrasings. Every sentence here is invented."""

from __future__ import annotations

from event_helpers import analyze_events, find


def test_they_right_after_but_or_a_semicolon_is_the_measure() -> None:
    for text in ("Washington imposed tariffs on Chinese steel in 2018, but they were lifted in 2021.",
                 "Washington imposed tariffs on Chinese steel in 2018. But they were lifted in 2021.",
                 "Washington imposed tariffs on Chinese steel in 2018; they were lifted in 2021."):
        evs = analyze_events(text, "2025-09-20", headline=True)
        assert find(evs, actor="USA", target="CHN", action="lower", event_date="2021"), text
    # a new subject after "but" still takes the "they"
    evs = analyze_events("Washington imposed tariffs on Chinese steel in 2018, but Chinese mills held firm and they "
                         "were lifted in 2021.", "2025-09-20", headline=True)
    assert not find(evs, action="lower")

