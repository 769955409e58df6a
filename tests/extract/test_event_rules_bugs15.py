"""Misreadings found on invented sentences and fixed in round 15 (whose offer, an offer's topic, an aside
after the country hit, the buyers who pay a duty, a court dismissing a case), each read as ANNOTATION.md gives
it, with a sentence each fix must leave alone."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-11"):  # a Wednesday
    return analyze_events(text, published, headline=True)


# 1. a step taken after accepting another government's offer is the subject's, on the goods named
@pytest.mark.parametrize(("text", "actor"), [
    ("Tokyo accepted the US offer and cut tariffs on American rice on Monday.", "JPN"),
    ("Seoul accepted the US proposal and cut its tariffs on American beef.", "KOR"),
    ("Hanoi welcomed the American offer and lowered duties on US pork on Tuesday.", "VNM"),
])
def test_the_government_accepting_an_offer_takes_the_step(text, actor) -> None:
    evs = find(events(text), instrument="tariff", action="lower")
    assert [(e.actor, e.target) for e in evs] == [(actor, "USA")], evs


def test_an_offer_to_cut_stays_the_offerers() -> None:
    evs = find(events("Tokyo welcomed the US offer to cut tariffs on Japanese cars."), instrument="tariff")
    assert [(e.actor, e.target, e.action) for e in evs] == [("USA", "JPN", "lower")], evs


# 2. a measure named as what an offer is about is no measure taken
@pytest.mark.parametrize(("text", "instrument"), [
    ("Trump called Xi with a new offer on tariffs.", "tariff"),
    ("Trump called Xi with a new offer on the steel tariffs.", "tariff"),
    ("Lutnick flew to Beijing with a fresh offer over the chip export controls.", "export_control"),
])
def test_an_offer_on_a_measure_sets_no_measure(text, instrument) -> None:
    assert not find(events(text), instrument=instrument), events(text)


def test_new_tariffs_announced_after_rejecting_an_offer_are_imposed() -> None:
    evs = events("Beijing rejected the offer and announced new tariffs on US soybeans.")
    assert find(evs, actor="CHN", target="USA", instrument="tariff", action="impose"), evs


# 3. an aside after the country hit ("Mexico, which sells cars to the US, will be hit") keeps it the target
@pytest.mark.parametrize(("text", "target", "date"), [
    ("Mexico, which sells cars and steel to the US, will be hit with a 30% US tariff on tomatoes from July 14.",
     "MEX", "2025-07-14"),
    ("Canada, which sells most of its steel to the US, was hit with a 50% US tariff on steel.", "CAN", None),
    ("Brazil, which exports coffee to the US, will be hit with a 50% US tariff from August 1.", "BRA", "2025-08-01"),
])
def test_a_country_hit_keeps_its_place_past_a_relative_aside(text, target, date) -> None:
    evs = find(events(text), instrument="tariff", action="impose")
    assert [(e.actor, e.target) for e in evs] == [("USA", target)], evs
    assert evs[0].event_date == date
    if target == "MEX":
        assert evs[0].subject == ("agricultural_products",)


def test_a_relative_aside_does_not_make_its_subject_a_target() -> None:
    evs = find(events("Mexico, which buys US corn, imposed a 20% tariff on US pork."), instrument="tariff")
    assert [(e.actor, e.target) for e in evs] == [("MEX", "USA")], evs


# 4. the buyers who pay a duty on another country's goods are of the country that levies it
@pytest.mark.parametrize(("text", "actor", "subject"), [
    ("Chinese soybean crushers will pay a 25% retaliatory duty on US soybeans, Beijing said on Friday.", "CHN",
     "soybeans"),
    ("Chinese pork importers will pay a 10% duty on US pork, Beijing said.", "CHN", "agricultural_products"),
    ("Indian almond buyers will pay a 20% duty on US almonds, New Delhi said.", "IND", "agricultural_products"),
])
def test_buyers_paying_a_duty_are_not_its_target(text, actor, subject) -> None:
    evs = find(events(text), instrument="tariff")
    assert [(e.actor, e.target) for e in evs] == [(actor, "USA")], evs
    assert subject in evs[0].subject


def test_exporters_facing_a_duty_are_still_its_target() -> None:
    evs = find(events("Chinese solar exporters will face a 30% US duty."), instrument="tariff")
    assert [(e.actor, e.target) for e in evs] == [("USA", "CHN")], evs


# 6. a court dismissing a case against a measure rules, the case noun being only what it rules on
@pytest.mark.parametrize("text", [
    "The US Court of International Trade on Friday dismissed the lawsuit against the tariffs on Chinese steel.",
    "A US trade court on Friday dismissed the lawsuit against the steel tariffs.",
    "The Court of International Trade threw out the challenge to the tariffs on Chinese steel.",
])
def test_a_court_dismissing_a_case_rules(text) -> None:
    evs = find(events(text), instrument="legal_ruling")
    assert [(e.actor, e.action) for e in evs] == [("USA", "rule")], evs


def test_a_lawsuit_filed_at_a_court_is_no_ruling() -> None:
    evs = events("Importers filed a lawsuit against the tariffs on Chinese steel at the US Court of International Trade.")
    assert not find(evs, action="rule"), evs


def test_a_party_of_a_relative_aside_is_no_target() -> None:
    evs = find(events("China, which buys US soybeans, will be hit with a 25% Indian tariff on steel."),
               instrument="tariff")
    assert [(e.actor, e.target, e.subject) for e in evs] == [("IND", "CHN", ("steel",))], evs
