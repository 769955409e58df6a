"""Findings of the review of round 13's bearer rules (goods that carry / attract / incur / bear a duty, "taxed
at", "faces a ban", a flow halted in the passive after a long noun phrase, a demonym opening the goods as the
target, the last fallback of the actor), on invented sentences: each reading as ANNOTATION.md gives it.
Every guard test below fails when its guard is removed."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events


def events(text: str):  # type: ignore[no-untyped-def]
    return analyze_events(text, "2025-06-10", headline=True)


def pairs(evs, instrument: str | None = None) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.actor, e.target) for e in evs if instrument is None or e.instrument == instrument}


def _said(evs) -> list[tuple[str | None, str | None, str, str]]:  # type: ignore[no-untyped-def]
    return [(e.actor, e.target, e.instrument, e.action) for e in evs]


# 1. a demonym opening the buyers or consumers who pay a duty is not the target: the goods' origin is
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Chinese crushers will pay a 25% retaliatory duty on US soybeans, Beijing said on Friday.", "CHN", "USA"),
    ("American shoppers will pay a 25% tariff on Chinese toys from August, the White House said.", "USA", "CHN"),
    ("Indian refiners will pay a 10% duty on Russian crude from May, New Delhi said.", "IND", "RUS"),
    ("Japanese consumers will pay a 20% duty on American beef from July, Tokyo said.", "JPN", "USA"),
    # (with a bearer verb too: the consumers bear what their government lays on the goods)
    ("American consumers will face a 25% tariff on Chinese toys from August, the White House said.", "USA", "CHN"),
])
def test_the_payers_demonym_is_not_the_target(text: str, actor: str, target: str) -> None:
    evs = events(text)
    assert (actor, target) in pairs(evs, "tariff"), _said(evs)


def test_makers_that_pay_a_duty_on_inputs_are_not_hit() -> None:
    # (makers sell goods, but here they pay a duty on the chips they buy)
    evs = events("Chinese manufacturers will pay a 10% duty on American chips from July, Beijing said.")
    assert ("CHN", "USA") in pairs(evs, "tariff"), _said(evs)


def test_firms_that_pay_a_duty_on_others_goods_are_not_hit() -> None:
    evs = events("Korean carmakers will pay a 25% US tariff on Mexican parts.")
    assert ("USA", "MEX") in pairs(evs, "tariff") and not any(e.target == "KOR" for e in evs), _said(evs)


# 2. a flow halted in the passive after a long noun phrase is a government's measure only when the phrase names
# a state buyer or a government and no other agent follows the verb
@pytest.mark.parametrize("text", [
    "Shipments of Ukrainian grain from the port of Odesa were halted by a Russian missile strike on Monday.",
    "Imports of Russian crude by Indian refiners were halted by a payment dispute, traders said.",
    "Exports of gallium to the US were halted last week, hitting Japanese chipmakers.",
    "Shipments of Brazilian coffee from the port of Santos were halted by a dockworkers' strike on Tuesday.",
    "Exports of Chilean copper to China were suspended last month, hurting Peruvian smelters.",
    # (a state buyer named, but the verb's agent is no government)
    "Purchases of US pork by state buyers were halted by a strike at the port.",
    "Purchases of Canadian canola by Chinese state crushers were suspended by a strike at the port.",
    # (a state buyer named, but the flow verb belongs to another clause after a conjunction)
    "Imports of Brazilian soybeans by state buyers rose as traders halted hedging.",
    "Imports of Brazilian soybeans by state buyers rose as Beijing halted hedging.",
    "Imports of Brazilian soybeans by state buyers rose after China stopped hedging.",
])
def test_a_long_flow_phrase_halted_by_no_government_is_no_measure(text: str) -> None:
    evs = events(text)
    assert not any(e.instrument in ("import_restriction", "export_control") for e in evs), _said(evs)


# 3. a government told only as one who comments on a measure or tells a deal is not its actor
@pytest.mark.parametrize(("text", "pair"), [
    ("Japanese cars will carry a 15% tariff under the deal, Canada's prime minister said, calling the terms "
     "unfair.", ("CAN", "JPN")),
    ("Japanese cars will be taxed at 15% under the deal, Canada's prime minister said, calling the terms unfair.",
     ("CAN", "JPN")),
    ("Japanese cars will carry a 15% tariff, Canada's prime minister said, calling the terms unfair.",
     ("CAN", "JPN")),
    ("Indian rice now faces an import ban, Nepal's trade minister said, welcoming the extra supply.", ("NPL", "IND")),
    ("Exports of gallium to the US were halted last week, Japan's industry minister said.", ("JPN", "USA")),
    ("Toyota's Mexican plants will face a 25% tariff, Japan's economy minister said.", ("JPN", "MEX")),
    ("Thai rice will carry a 30% duty, Vietnam's trade minister said, urging talks.", ("VNM", "THA")),
])
def test_a_commenting_speaker_is_not_the_actor(text: str, pair: tuple[str, str]) -> None:
    evs = events(text)
    assert not any((e.actor, e.target) == pair and e.instrument != "talks" for e in evs), _said(evs)


def test_a_speaker_commenting_on_a_ruling_is_not_its_actor() -> None:
    evs = events("Vietnam and Thailand signed a rice pact in May. Chilean copper wire will be hit with a 22% duty, "
                 "Peru's trade minister said, calling the ruling unfair.")
    assert not any(e.actor == "PER" for e in evs), _said(evs)


def test_a_firms_group_told_as_speaker_is_not_the_actor() -> None:
    evs = events("Vietnam and Thailand signed a rice pact in May. Chinese anodes will carry a 93% duty from "
                 "Friday, said a US industry group.")
    assert not any(e.actor == "USA" for e in evs), _said(evs)


def test_a_place_told_beside_the_speaker_is_not_the_actor() -> None:
    evs = events("Vietnam and Thailand signed a rice pact in May. Chinese anodes will carry a 93% duty from "
                 "Friday, officials in Singapore said.")
    assert not any(e.actor == "SGP" for e in evs), _said(evs)


def test_a_government_told_as_speaker_is_still_the_actor() -> None:
    evs = events("Vietnam and Thailand signed a rice pact in May. Chinese anodes will carry a 93% duty from "
                 "Friday, the US Commerce Department said.")
    assert ("USA", "CHN") in pairs(evs, "tariff"), _said(evs)


# 4. exporters and producers bear a duty: their country is hit, not the one that lays it
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Chinese solar exporters will carry a 25% tariff, India's trade ministry said.", "IND", "CHN"),
    ("Chinese solar exporters bear a 25% tariff from July, India's trade ministry said.", "IND", "CHN"),
    ("Vietnamese shrimp producers will carry a 12% duty, Australia's trade ministry said.", "AUS", "VNM"),
])
def test_exporters_bearing_a_duty_are_its_target(text: str, actor: str, target: str) -> None:
    evs = events(text)
    assert (actor, target) in pairs(evs, "tariff"), _said(evs)


@pytest.mark.parametrize("text", [
    "Chinese exporters will bear a 25% tariff, Beijing's commerce ministry said.",
    "Chinese exporters will carry a 25% tariff, Beijing's commerce ministry said.",
])
def test_exporters_bearing_a_duty_do_not_lay_it(text: str) -> None:
    evs = events(text)
    assert not any(e.actor == "CHN" for e in evs), _said(evs)


# 5. a bearer verb in any inflection
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Moroccan sardine tins carry a 23% countervailing duty from Friday, Tunisia's trade ministry said.",
     "TUN", "MAR"),
    ("Bangladeshi jute bags carry an 11% duty from Monday, India's finance ministry said.", "IND", "BGD"),
    ("Kenyan tea tins attract a 9% levy from Monday, Egypt's trade ministry said.", "EGY", "KEN"),
])
def test_a_present_bearer_verb_tells_the_goods_target(text: str, actor: str, target: str) -> None:
    evs = events(text)
    assert (actor, target) in pairs(evs, "tariff"), _said(evs)


# 6. a rate the goods bore, or bear with no date ahead, is no new measure
@pytest.mark.parametrize("text", [
    "Brazilian ethanol carried an 18% US tariff last year, data showed.",
    "Thai sugar attracted a 20% Indonesian levy in 2023, figures showed.",
    "Argentine honey carries a 30% US duty, a trade report said.",
])
def test_a_rate_borne_before_is_no_event(text: str) -> None:
    evs = events(text)
    assert not any(e.instrument == "tariff" and e.action == "impose" for e in evs), _said(evs)


# section 2: whom a duty costs, and a ban whose country the sentence does not name
@pytest.mark.parametrize("text", [
    "American consumers will bear a 25% tariff on Chinese goods, economists said.",
    "Russian grain faces a total ban in Ukraine-held ports, shipping data showed.",
    "Indian rice now faces an import ban, Nepal's trade minister said.",
])
def test_a_cost_or_an_unowned_ban_is_no_measure(text: str) -> None:
    evs = events(text)
    assert not any(e.action == "impose" for e in evs), _said(evs)
