"""Constructions that tell a measure with words the older rules did not read; on invented text.

Each test names its construction: "rate" as the noun of a tariff, a measure's own predicate past a
long noun phrase ("quadrupled to", "falls to", "would apply to ... from", "have been in force
since"), relief told by a noun ("a reprieve", "a carve-out"), a quota replacing a tariff.
"""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def tariffs(evs):
    return [e for e in evs if e.instrument == "tariff"]


def test_a_rate_on_a_country_raised_to_a_level_is_a_tariff_raise() -> None:
    evs = events("Trump lifted the rate on Peru to 40 per cent on Tuesday, officials in Lima said.")
    raised = find(tariffs(evs), action="raise", target="PER")
    assert raised and raised[0].magnitude is not None and raised[0].magnitude.value == 40.0


def test_a_percentage_rate_told_with_its_start_is_a_tariff() -> None:
    evs = events("Peru's exporters have faced the 26 percent rate set by Washington in April.")
    assert find(tariffs(evs), action="impose")


def test_an_interest_rate_or_a_total_rate_is_no_tariff() -> None:
    evs = events("The Peruvian central bank held its interest rate at 5% on Tuesday.")
    assert not tariffs(evs)
    assert evs == [], evs  # no trade event at all
    evs = events("The cut to 10 per cent brings the overall rate on Peruvian goods to 35 per cent.")
    assert all(e.magnitude is None or e.magnitude.value != 35.0 for e in tariffs(evs))
    assert evs == [], evs  # no government named for the cut, and the overall rate is no measure


def test_a_lower_rate_told_with_a_tariff_is_part_of_it_not_a_cut() -> None:
    evs = events("Chile signed orders on Monday imposing 15% duties on imports from Peru, "
                 "with a lower 5% rate on Peruvian fishmeal.")
    assert find(evs, actor="CHL", target="PER", instrument="tariff", action="impose")
    assert not find(tariffs(evs), action="lower")


def test_a_duty_that_quadrupled_to_a_rate_was_raised() -> None:
    evs = events("The duty on most foreign copper entering Brazil quadrupled to 40% on Wednesday.")
    raised = find(tariffs(evs), action="raise")
    assert raised and raised[0].event_date == "2025-06-18"


def test_a_levy_that_falls_to_a_rate_is_lowered() -> None:
    evs = events("India's levy on imported palm oil falls to 5% next month, the finance ministry said.")
    assert find(tariffs(evs), action="lower", actor="IND")


def test_duties_that_would_apply_from_a_date_are_imposed() -> None:
    evs = events("Ottawa said duties of 12 per cent on American whisky would apply to all imports from Monday.")
    imposed = find(tariffs(evs), action="impose", actor="CAN")
    assert imposed and imposed[0].magnitude is not None and imposed[0].magnitude.value == 12.0


def test_duties_in_force_since_a_date_are_dated_by_their_start() -> None:
    evs = events("The Chilean levies on Peruvian fishmeal have been in force since March 3, officials said.")
    imposed = find(tariffs(evs), action="impose")
    assert imposed and imposed[0].event_date == "2025-03-03"
    evs = events("Brazil's tariffs of 30 percent on copper have applied to Chile since May 5.")
    imposed = find(tariffs(evs), action="impose")
    assert imposed and imposed[0].event_date == "2025-05-05"


def test_duties_that_remain_in_force_since_a_date_tell_no_new_measure() -> None:
    evs = events("Peru's duties on Chilean wine remain in force since May 2.")
    assert not find(tariffs(evs), action="impose")
    assert evs == [], evs  # duties still in force: no event at all


def test_a_rate_that_includes_other_levies_is_a_sum_not_a_new_tariff() -> None:
    evs = events("In May, Lima unveiled new tariffs on Chilean goods. The new 25% rate still includes "
                 "the 10% levy that Peru imposed on Chilean goods last year.")
    assert find(evs, actor="PER", target="CHL", instrument="tariff", action="impose", event_date="2025-05")
    assert all(e.magnitude is None or e.magnitude.value != 25.0 for e in tariffs(evs))


def test_an_exemption_granted_from_them_is_relief_from_the_tariff_told_before() -> None:
    evs = events("Lima first imposed the copper tariffs on 3 May, citing security, but granted Chile, "
                 "Ecuador and Bolivia a temporary exemption from them.")
    eased = find(tariffs(evs), action="ease")
    assert {e.target for e in eased} == {"CHL", "ECU", "BOL"}
    assert all(e.actor == "PER" and "critical_minerals" in e.subject for e in eased)


def test_a_reprieve_a_country_secured_is_given_by_the_government_that_imposes_the_tariffs() -> None:
    evs = events("Peru imposed 20% tariffs on Chilean wine on Monday. Bolivia, by contrast, secured a 60-day "
                 "reprieve on Tuesday from a threatened rise to 40 per cent.")
    paused = find(tariffs(evs), action="suspend")
    assert [(e.actor, e.target) for e in paused] == [("PER", "BOL")]


def test_a_decree_that_carved_out_a_country_eases_the_tariff_for_it() -> None:
    evs = events("Peru raised its wine levy to 30% in a decree on Tuesday that carved out Argentina, "
                 "which keeps paying 10%.")
    eased = find(tariffs(evs), action="ease")
    assert [(e.actor, e.target) for e in eased] == [("PER", "ARG")]


def test_a_reprieve_with_no_tariff_in_view_is_no_event() -> None:
    evs = events("The striker secured a reprieve from a three-match ban on Tuesday.")
    assert not tariffs(evs)
    assert evs == [], evs  # no trade event at all


def test_duties_past_an_apposition_came_into_force() -> None:
    evs = events("Ottawa's duties of 15 per cent on $3bn of Peruvian goods, a list that runs from coffee "
                 "to textiles, came into force on Wednesday.")
    imposed = find(tariffs(evs), action="impose", actor="CAN")
    assert imposed and imposed[0].event_date == "2025-06-18"
