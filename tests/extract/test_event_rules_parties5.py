"""Actor and target of events, round five: receivers, carve-outs and exempted parties; on invented text."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_the_first_object_of_a_giving_verb_is_the_receiver_not_the_actor() -> None:
    evs = events("Washington granted Taipei an exemption from the chip tariffs on Friday.")
    eased = find(evs, instrument="tariff", action="ease")
    assert eased and all((e.actor, e.target) == ("USA", "TWN") for e in eased)


def test_a_reprieve_given_to_a_country_falls_on_that_country() -> None:
    evs = events("The United States on Monday gave Colombia a 60-day reprieve from the tariffs.")
    paused = find(evs, instrument="tariff")
    assert paused and all((e.actor, e.target) == ("USA", "COL") for e in paused)


def test_a_lower_tariff_offered_to_a_country() -> None:
    evs = events("The European Union on Thursday offered Vietnam a lower tariff on its textile exports.")
    cut = find(evs, instrument="tariff")
    assert cut and all((e.actor, e.target) == ("EU", "VNM") for e in cut)
