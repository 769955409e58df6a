"""Event rules, one test per rule, on sentences written for these tests (not from the dev set)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import analyze_events, find

from tradeshock.extract.dates import find_dates


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze_events(text, published)


def test_opening_a_wto_case_is_a_legal_announcement() -> None:
    evs = events("Trade spat deepens\n\nOn Tuesday, Brazil filed a complaint at the World Trade Organization "
                 "against Indonesian curbs on beef.")
    hits = find(evs, instrument="legal_ruling", action="announce", actor="BRA")
    assert hits, evs
    assert hits[0].event_date == "2024-03-12"


def test_undated_sentence_takes_the_paragraph_date() -> None:
    text = ("Ministers clash\n\nOn Tuesday, Japan raised tariffs on Australian beef to 40%. "
            "Japan also imposed export controls on graphite.")
    hits = find(events(text), instrument="export_control", actor="JPN")
    assert hits and hits[0].event_date == "2024-03-12"


def test_undated_fact_takes_the_news_day_of_the_article() -> None:
    text = ("Ministers clash\n\nIndia raised tariffs on American almonds to 30% on Wednesday.\n\n"
            "In a separate step, India imposed export controls on graphite.")
    hits = find(events(text), instrument="export_control", actor="IND")
    assert hits and hits[0].event_date == "2024-03-13"


def test_past_weekday_after_by_phone_is_not_read_as_a_deadline() -> None:
    found = find_dates("the two leaders spoke by phone on Tuesday", dt.date(2024, 3, 15))
    assert [d.value for d in found] == ["2024-03-12"]


def test_a_date_in_another_clause_belongs_to_that_clause() -> None:
    text = ("Tit for tat\n\nCanada raised its tariff on Chinese steel to 30 per cent on March 1, and Beijing "
            "answered with duties on Canadian canola that took effect on Monday.")
    hits = find(events(text), actor="CAN", instrument="tariff")
    assert hits and hits[0].event_date == "2024-03-01"


def test_phrase_with_its_own_verb_banning_transactions() -> None:
    evs = events("New order\n\nWashington on Thursday issued an order banning transactions with three "
                 "Russian banks.")
    assert find(evs, instrument="sanction", action="impose", actor="USA"), evs


def test_unnamed_countermeasures_vowed_are_a_threat() -> None:
    text = ("Reaction\n\nJapan imposed export controls on photoresists to South Korea on Monday. "
            "South Korea's trade ministry said it would take resolute measures to protect its industry.")
    hits = find(events(text), instrument="other", actor="KOR")
    assert hits and hits[0].action == "threaten" and hits[0].target == "JPN"


def test_list_verb_far_before_the_list() -> None:
    text = ("Blacklist grows\n\nThe Commerce Department on Monday added 25 Chinese firms, including two "
            "drone makers and a maker of surveillance cameras, to its entity list.")
    hits = find(events(text), instrument="entity_list")
    assert hits and hits[0].action == "impose" and hits[0].actor == "USA"


def test_conditional_escalation_is_a_threat_with_the_earlier_subject() -> None:
    text = ("Warning shot\n\nIndia said it did not want a trade war but would be forced to respond in kind "
            "if Washington raised its duties.")
    hits = find(events(text), instrument="other", actor="IND")
    assert hits and hits[0].action == "threaten" and hits[0].status == "threatened"


def test_reported_would_without_condition_is_announced_future() -> None:
    text = ("Timetable\n\nThe trade representative said the duties would take effect on April 2 on "
            "Vietnamese shrimp.")
    evs = events(text)
    hits = find(evs, instrument="tariff", actor="USA")
    assert hits and hits[0].status == "announced" and hits[0].action == "impose"


@pytest.mark.parametrize("phrase", ["antitrust investigation", "anti-monopoly probe"])
def test_antitrust_probe_is_an_other_measure(phrase: str) -> None:
    evs = events(f"Probe\n\nOn Friday, China's market regulator opened an {phrase} into Intel.")
    assert find(evs, instrument="other", action="announce", actor="CHN"), evs


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Washington imposed a 20% tariff on imports from Vietnam on Monday.", ("all_goods",)),
        ("Washington imposed a 20% tariff on all goods imported from Vietnam on Monday.", ("all_goods",)),
        ("Washington imposed a 20% tariff on Vietnamese products on Monday.", ("all_goods",)),
        ("Washington imposed a 20% tariff on $40 billion of Vietnamese products on Monday.", ()),
    ],
)
def test_a_countrys_goods_without_a_value_are_all_goods(sentence: str, subject: tuple[str, ...]) -> None:
    hits = find(events("Tariffs\n\n" + sentence), instrument="tariff", actor="USA")
    assert hits and tuple(hits[0].subject) == subject


def test_tariff_modifying_war_is_not_a_measure() -> None:
    evs = events("Markets\n\nInvestors fretted on Monday that the tariff war between Brazil and Argentina "
                 "would hurt exporters.")
    assert not find(evs, instrument="tariff"), evs


def test_agreed_to_meet_is_talks_to_come_not_a_deal() -> None:
    evs = events("Thaw\n\nThe presidents of Brazil and Argentina agreed to meet in Montevideo next month.")
    assert find(evs, instrument="talks", action="negotiate"), evs
    assert not find(evs, instrument="agreement"), evs


def test_a_named_treaty_is_not_a_deal_reached() -> None:
    evs = events("Trade\n\nExporters in Chile rely on the Comprehensive Economic Partnership Agreement with Peru "
                 "for most sales.")
    assert not find(evs, instrument="agreement"), evs


def test_market_moves_after_a_rate_list_are_not_rates() -> None:
    text = ("Levies\n\nOn Wednesday, Washington imposed tariffs on dozens of trading partners. "
            "Shares of a shoemaker with factories in Indonesia tumbled 11%. "
            "Indonesia faces 32%, and Thailand 36%.")
    evs = find(events(text), instrument="tariff", actor="USA")
    mags = {(e.target, e.magnitude.text if e.magnitude else None) for e in evs}
    assert ("IDN", "32%") in mags and ("THA", "36%") in mags
    assert ("IDN", "11%") not in mags


def test_purchase_commitment_is_a_deal_of_its_own_with_the_goods_bought() -> None:
    text = ("Truce\n\nIndonesia and the United States agreed on Monday to lower tariffs for six months. "
            "Indonesia also committed to buy $15 billion of American energy and farm products.")
    deals = find(events(text), instrument="agreement", action="agree")
    bought = [e for e in deals if "energy" in e.subject]
    assert bought and {bought[0].actor, bought[0].target} == {"IDN", "USA"}
    assert len(deals) >= 2  # the truce and the purchase commitment stay apart


def test_demonym_before_goods_marks_the_target_not_the_actor() -> None:
    text = "Levy\n\nPresident Donald Trump's 15% tariff on Brazilian goods took effect on Wednesday."
    hits = find(events(text), instrument="tariff")
    assert hits and hits[0].actor == "USA" and hits[0].target == "BRA"


def test_main_verb_before_after_clause_is_not_the_measures_action() -> None:
    text = "Response\n\nCanada hit back hours after Washington's tariff on Canadian lumber took effect."
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits and hits[0].target == "CAN" and hits[0].action == "impose"


def test_called_off_tariffs_are_suspended() -> None:
    evs = events("Reprieve\n\nOn Monday, Washington called off tariffs on Mexican tomatoes.")
    assert find(evs, instrument="tariff", action="suspend", actor="USA"), evs


def test_keep_suspending_for_another_period_extends_the_pause() -> None:
    evs = events("Truce holds\n\nOn Tuesday, Beijing said it would keep suspending its extra tariff on American "
                 "soybeans for another 90 days.")
    assert find(evs, instrument="tariff", action="extend", actor="CHN"), evs
