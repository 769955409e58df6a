"""Parties and actions of events: rules over word classes, on sentences written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-09-18"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def test_a_duty_put_back_if_a_condition_holds_is_a_threat() -> None:
    evs = events("Oslo said on Monday that it could reimpose its levy on Icelandic cod if catches ran above "
                 "the agreed level.")
    hits = find(evs, actor="NOR", target="ISL", instrument="tariff")
    assert hits and hits[0].action == "threaten", evs


def test_a_duty_restored_is_imposed_again() -> None:
    evs = events("Ankara reinstated its tariff on Georgian hazelnuts on Tuesday.")
    assert find(evs, actor="TUR", target="GEO", instrument="tariff", action="impose"), evs


def test_not_going_ahead_with_planned_tariffs_is_a_suspension() -> None:
    evs = events("Pakistan will not go ahead with its planned tariffs on Chinese textiles, the ministry said "
                 "on Tuesday.")
    assert find(evs, actor="PAK", target="CHN", instrument="tariff", action="suspend"), evs


def test_not_proceeding_with_countermeasures_is_a_suspension() -> None:
    evs = events("Norway decided on Tuesday not to proceed with $2 billion of countermeasures against British "
                 "goods.")
    hits = find(evs, actor="NOR", instrument="other")
    assert hits and hits[0].action == "suspend", evs


def test_holding_off_on_a_rate_increase_is_a_deferral() -> None:
    evs = events("Egypt held off on raising its tariffs on Turkish glass on Tuesday.")
    hits = find(evs, actor="EGY", target="TUR", instrument="tariff")
    assert hits and hits[0].action == "defer", evs


def test_weighing_a_rate_increase_is_a_threat() -> None:
    evs = events("Peru is weighing raising its duties on Bolivian soy.")
    hits = find(evs, actor="PER", target="BOL", instrument="tariff")
    assert hits and hits[0].action == "threaten", evs


def test_suspending_a_planned_increase_is_a_suspension() -> None:
    evs = events("Kenya suspended a planned increase in tariffs on Ugandan sugar on Tuesday.")
    hits = find(evs, actor="KEN", target="UGA", instrument="tariff")
    assert hits and hits[0].action == "suspend", evs


def test_postponing_planned_tariffs_is_a_deferral() -> None:
    evs = events("Peru postponed until July its planned tariffs on Chinese textiles.")
    hits = find(evs, actor="PER", target="CHN", instrument="tariff")
    assert hits and hits[0].action == "defer", evs


def test_preparing_retaliatory_tariffs_is_a_threat() -> None:
    evs = events("Morocco is preparing retaliatory tariffs on Spanish olives, officials said on Tuesday.")
    hits = find(evs, actor="MAR", target="ESP", instrument="tariff")
    assert hits and hits[0].action == "threaten", evs


def test_removing_firms_from_a_blacklist_eases_it() -> None:
    evs = events("The Commerce Department on Tuesday removed four Chinese drone makers from the Entity List.")
    hits = find(evs, actor="USA", target="CHN", instrument="entity_list")
    assert hits and hits[0].action == "ease", evs


def test_talks_cut_off_by_one_side_are_suspended() -> None:
    evs = events("The prime minister cut off trade talks with Wellington on Tuesday.\n\nAustralia said it "
                 "would not return to the table.")
    hits = [e for e in evs if e.instrument == "talks"]
    assert hits and hits[0].action == "suspend", evs


def test_talks_named_before_the_one_who_broke_them_off_are_suspended() -> None:
    evs = events("Chile's minister flew to Lima on Tuesday to rescue trade talks Peru had broken off in August.")
    hits = [e for e in evs if e.instrument == "talks" and {e.actor, e.target} == {"CHL", "PER"}]
    assert any(e.action == "suspend" for e in hits), evs


def test_talks_that_ended_without_a_deal_were_held() -> None:
    evs = events("Trade talks between Chile and Peru ended on Tuesday without a deal.")
    hits = [e for e in evs if e.instrument == "talks"]
    assert hits and all(e.action == "negotiate" for e in hits), evs


def test_a_tariff_a_leader_announced_is_imposed() -> None:
    evs = events("Markets slid after the 40% tariff on Brazilian coffee that Trump announced on Monday and that "
                 "is due to take effect next month.")
    hits = find(evs, actor="USA", target="BRA", instrument="tariff")
    assert hits and hits[0].action == "impose", evs


def test_an_exemption_granted_eases_the_tariff() -> None:
    evs = events("Ottawa slapped a surtax on Chinese steel in May. On Tuesday it revoked the exemption it had "
                 "granted Chile from the steel surtax.")
    hits = find(evs, instrument="tariff", actor="CAN", target="CHL", action="ease")
    assert hits and hits[0].subject == ("steel",), evs


def test_one_relief_for_several_countries_keeps_the_government_that_grants_it() -> None:
    evs = events("Argentina put tariffs on Brazilian shoes, levies on Brazilian coffee and duties on Brazilian "
                 "sugar in May. In June, Brasilia imposed tariffs on steel but granted Chile, Peru and Uruguay a "
                 "temporary exemption from them.")
    hits = [e for e in evs if e.instrument == "tariff" and e.target in ("CHL", "PER", "URY")]
    assert {e.target for e in hits} == {"CHL", "PER", "URY"}, evs
    assert all(e.actor == "BRA" for e in hits), evs


def test_phasing_out_a_tariff_lowers_it() -> None:
    evs = events("Iceland will phase out its tariffs on Canadian lamb over eight years, the ministry said on "
                 "Tuesday.")
    hits = find(evs, actor="ISL", target="CAN", instrument="tariff")
    assert hits and hits[0].action == "lower", evs


def test_scrapping_planned_tariffs_calls_them_off() -> None:
    evs = events("Quito scrapped its planned tariffs on Peruvian cement on Tuesday.")
    hits = find(evs, actor="ECU", target="PER", instrument="tariff")
    assert hits and hits[0].action == "suspend", evs


def test_dropping_a_plan_to_impose_duties_calls_them_off() -> None:
    evs = events("Ghana abandoned its plan to impose duties on Nigerian cement on Tuesday.")
    hits = find(evs, actor="GHA", target="NGA", instrument="tariff")
    assert hits and hits[0].action == "suspend", evs


def test_a_rate_change_told_after_a_measure_is_its_own_raise() -> None:
    evs = events("Canada has charged tariffs since June on $3 billion of goods from Brazil under an earlier "
                 "order over subsidies to Embraer. It raised the duty on Embraer jets to 30% from 12% in August.")
    hits = find(evs, actor="CAN", target="BRA", instrument="tariff", action="raise")
    assert hits and hits[0].magnitude is not None and hits[0].magnitude.value == 30.0, evs
