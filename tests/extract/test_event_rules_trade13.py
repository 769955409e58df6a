"""Tariff and trade-remedy wordings (round 13): verbs and nouns outlets use for duties that no earlier
rule knew. Every sentence is invented."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

PUB = "2023-11-10"  # a Friday


def _one(text: str, **want: object) -> None:
    """An event with the fields wanted, and no other event of that instrument between the same parties that
    reads the act otherwise."""
    evs = analyze_events(text, PUB)
    got = [(e.actor, e.target, e.instrument, e.action, e.subject) for e in evs]
    assert find(evs, **want), got
    same = {k: v for k, v in want.items() if k in ("actor", "target", "instrument")}
    assert all(e.action == want.get("action", e.action) for e in find(evs, **same)), got


def test_an_import_tax_is_a_tariff() -> None:
    _one("Chile introduced import taxes of 18% on Argentine tractors.",
         actor="CHL", target="ARG", instrument="tariff", action="impose")


def test_a_duty_bumped_up_is_raised() -> None:
    _one("Ottawa bumped up its surtax on Chinese aluminium to 35 per cent.",
         actor="CAN", target="CHN", instrument="tariff", action="raise")


def test_duties_eliminated_or_abolished_are_lowered() -> None:
    _one("Peru eliminated its tariffs on Ecuadorian bananas.",
         actor="PER", target="ECU", instrument="tariff", action="lower")
    _one("Morocco abolished the levy on Spanish olive oil last week.",
         actor="MAR", target="ESP", instrument="tariff", action="lower")


def test_a_tariff_ordered_is_imposed() -> None:
    evs = analyze_events("Washington ordered a 15% tariff on Venezuelan goods on Tuesday.", PUB)
    hit = find(evs, actor="USA", target="VEN", instrument="tariff", action="impose")
    assert hit and hit[0].event_date == "2023-11-07"


def test_duties_set_are_imposed_but_not_set_to_or_a_set_of() -> None:
    _one("Brazil set provisional anti-dumping duties of 28% on Indian steel tubes.",
         actor="BRA", target="IND", instrument="tariff", action="impose")
    evs = analyze_events("Washington's tariffs on Peruvian grapes are set to rise next year.", PUB)
    assert not find(evs, instrument="tariff", action="impose")


def test_duties_set_in_a_letter_are_a_threat() -> None:
    evs = analyze_events("Trump sent letters that set steep tariffs on goods from Ghana.", PUB)
    assert find(evs, actor="USA", target="GHA", instrument="tariff", action="threaten")
    assert not find(evs, instrument="tariff", action="impose")


def test_levy_after_to_or_a_modal_is_a_verb() -> None:
    _one("The Commission moved to levy duties of 20% on Belarusian potash.",
         actor="EU", target="BLR", instrument="tariff", action="impose")
    _one("Beijing will levy special port fees on American-owned ships.",
         actor="CHN", target="USA", instrument="other", action="impose")


def test_a_pause_extended_is_extended() -> None:
    _one("The US extended its 90-day pause on tariffs on Malaysian goods until March.",
         actor="USA", target="MYS", instrument="tariff", action="extend")


def test_duty_free_access_granted_lowers_the_duty() -> None:
    evs = analyze_events("Australia granted Fijian sugar duty-free access on Monday.", PUB)
    assert find(evs, actor="AUS", target="FJI", instrument="tariff", action="lower")
    assert not find(evs, instrument="tariff", action="raise")


def test_a_sunset_review_is_a_trade_remedy_step() -> None:
    _one("India opened a sunset review of its anti-dumping duties on Chinese glass.",
         actor="IND", target="CHN", instrument="other", action="announce")


def test_headline_verbs_of_laying_on_a_duty_impose_it() -> None:
    _one("Hanoi clamped a 20% duty on Thai sugar.", actor="VNM", target="THA", instrument="tariff", action="impose")
    _one("Washington whacks 40% tariff on Brazilian ethanol", actor="USA", target="BRA", instrument="tariff",
         action="impose")


def test_a_change_noun_after_the_duty_tells_the_change() -> None:
    evs = analyze_events("Canberra unveiled a tariff hike on Chilean wine.", PUB)
    assert find(evs, actor="AUS", target="CHL", instrument="tariff", action="raise")
    assert not find(evs, instrument="tariff", action="impose")
    _one("Lima announced duty cuts on Bolivian soybeans.", actor="PER", target="BOL", instrument="tariff",
         action="lower")


def test_duties_let_lapse_or_expired_end() -> None:
    _one("Seoul let its duties on Australian barley lapse.", actor="KOR", target="AUS", instrument="tariff",
         action="lower")
    _one("Ottawa allowed the surtax on Chinese aluminium to expire.", actor="CAN", target="CHN",
         instrument="tariff", action="lower")
    _one("Canada's surtax on Chinese steel expired on Monday.", actor="CAN", target="CHN", instrument="tariff",
         action="lower")


def test_a_rate_goods_are_made_subject_to_is_imposed() -> None:
    _one("Egyptian cotton is now subject to a 12% Indian duty.", actor="IND", target="EGY", instrument="tariff",
         action="impose")


def test_trade_remedy_cases_told_with_duty_words_are_probes() -> None:
    _one("The US launched a countervailing duty investigation into Turkish rebar.", actor="USA", target="TUR",
         instrument="other", action="announce")
    _one("Brazilian steelmakers lodged a dumping complaint against Chinese wire rod.", actor="BRA", target="CHN",
         instrument="other", action="announce")
    _one("India's trade remedies directorate recommended anti-dumping duties on Chinese solar glass.",
         actor="IND", target="CHN", action="announce")


def test_hitting_back_or_retaliating_against_a_measure_is_an_unnamed_threat() -> None:
    # (review 14: with a sentence of trade before it; alone, "hit back at Washington" may be no trade matter)
    _one("Washington doubled its steel tariffs. Pretoria vowed to hit back at Washington.", actor="ZAF",
         target="USA", instrument="other", action="threaten")
    _one("Mexico promised to retaliate against the American duties.", actor="MEX", target="USA",
         instrument="other", action="threaten")
    evs = analyze_events("Canada hit back with tariffs on American steel.", PUB)
    assert find(evs, actor="CAN", target="USA", instrument="tariff", action="impose")
    assert not find(evs, instrument="other")


def test_a_predicate_past_an_aside_after_the_duty() -> None:
    _one("Duties on Korean washers, originally due on June 1, were delayed by Washington to September.",
         actor="USA", target="KOR", instrument="tariff", action="defer")


def test_a_preference_offered_lowers_the_duty() -> None:
    evs = analyze_events("Japan awarded Cambodian garments duty-free treatment.", PUB)
    assert find(evs, actor="JPN", target="KHM", instrument="tariff", action="lower")


@pytest.mark.parametrize(("text", "want"), [
    ("Nigeria raised import taxes on Ghanaian cement to 20 per cent.",
     dict(actor="NGA", target="GHA", instrument="tariff", action="raise")),
    ("Switzerland will eliminate duties on Indian machinery under the pact.",
     dict(actor="CHE", target="IND", instrument="tariff", action="lower")),
    ("Tokyo upped its levy on Chinese plywood to 18%.",
     dict(actor="JPN", target="CHN", instrument="tariff", action="raise")),
    ("Colombia set definitive anti-dumping duties of 16% on Chinese steel beams.",
     dict(actor="COL", target="CHN", instrument="tariff", action="impose")),
    ("Washington prolonged the suspension of tariffs on Brazilian orange juice.",
     dict(actor="USA", target="BRA", instrument="tariff", action="extend")),
    ("Canada launched an expiry review of its duties on Chinese steel fasteners.",
     dict(actor="CAN", target="CHN", instrument="other", action="announce")),
    ("Jakarta confirmed a duty increase on Malaysian palm oil.",
     dict(actor="IDN", target="MYS", instrument="tariff", action="raise")),
    ("Australia opened a countervailing duty inquiry into Thai aluminium extrusions.",
     dict(actor="AUS", target="THA", instrument="other", action="announce")),
    # (review 14: hitting back is a trade answer only where trade is talked about, so the sentence follows one
    # that tells the measure answered)
    ("Canberra put duties on Chinese steel. Beijing pledged to strike back at Canberra.",
     dict(actor="CHN", target="AUS", instrument="other", action="threaten")),
])
def test_round13_second_probes(text: str, want: dict) -> None:  # type: ignore[type-arg]
    _one(text, **want)
