"""Review 18 (of the fix15a-c and fix16 event rules): a measure's own relative clause after a place of origin or a
", which", a deal in force before another act, "has also been ... since", a copy with a figure, a back-reference
inside the later telling, a leader opening a market, a trade deal that also covers security, "the talks" as no
group owning goods, and a meeting as no partner of talks.

Every sentence is invented; names, numbers and wording differ from the development articles."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, event_rows, find


# 1. goods "imported from" a country: no nearer noun of another party, the relative clause is the measure's own
@pytest.mark.parametrize(("text", "origin"), [
    ("The EU will lift the duties on solar panels imported from China that it imposed in 2013.",
     ("EU", "CHN", "tariff", "impose", "2013")),
    ("Canada will scrap the surtaxes on steel imported from the United States that it imposed in 2018.",
     ("CAN", "USA", "tariff", "impose", "2018")),
    ("India will remove the tariffs on almonds exported from the United States that it imposed in 2019.",
     ("IND", "USA", "tariff", "impose", "2019")),
])
def test_goods_from_a_place_keep_the_measure_s_own_clause(text: str, origin: tuple[object, ...]) -> None:
    rows = event_rows(text, "2025-06-14")
    assert origin in rows, rows
    # (the lift itself is not dated by the clause)
    assert not [r for r in rows if r[3] == "lower" and r[4] == origin[4]], rows


def test_a_clause_of_goods_sold_to_firms_still_tells_no_origin_of_the_measure() -> None:
    # (review 16's narrowing, a variant: the clause is the firms', not the controls')
    rows = event_rows("Washington eased export controls on chips sold to Chinese companies that it had added to the Entity "
                 "List in 2023.", "2025-06-14")
    assert not [r for r in rows if r[3] == "impose" and r[2] == "export_control"], rows
    assert ("USA", "CHN", "entity_list", "impose", "2023") in rows, rows


# 2. ", which it imposed in 2018": a non-restrictive clause of the measure still tells its origin
@pytest.mark.parametrize(("text", "origin"), [
    ("Beijing will scrap the 25% tariffs on US soybeans, which it imposed in 2018.",
     ("CHN", "USA", "tariff", "impose", "2018")),
    ("Washington will lift the tariffs on Canadian steel, which it imposed in 2018, on Friday.",
     ("USA", "CAN", "tariff", "impose", "2018")),
    ("Ottawa will drop the duties on US whiskey, which it imposed in 2018.",
     ("CAN", "USA", "tariff", "impose", "2018")),
])
def test_a_which_clause_after_a_comma_tells_the_measure_s_origin(text: str, origin: tuple[object, ...]) -> None:
    rows = event_rows(text, "2025-06-14")
    assert origin in rows, rows
    assert not [r for r in rows if r[3] == "lower" and r[4] == "2018"], rows


def test_an_apposed_decision_which_it_announced_is_still_no_origin() -> None:
    # (review 16's narrowing, a variant: "a decision which ..." after the comma)
    rows = event_rows("Beijing suspended its export curbs on gallium, a decision which it announced on Sunday.", "2025-06-14")
    assert not [r for r in rows if r[3] == "impose"], rows


# 7. "was already in force before ...": a deal in force, not one in force only in the past
@pytest.mark.parametrize("text", [
    "The trade deal between Japan and Britain was already in force before the new US tariffs were announced.",
    "The EU's trade agreement with Japan was in force by February 2019, two months before Britain was due to leave "
    "the bloc.",
    "The free trade agreement between Chile and Peru was already in force before the pandemic began.",
])
def test_a_deal_in_force_before_another_act_is_in_force(text: str) -> None:
    deals = find(analyze_events(text, "2024-06-12", True), instrument="agreement")
    assert [e.status for e in deals] == ["in_force"], [(e.actor, e.target, e.status) for e in deals]


def test_a_deal_in_force_until_an_end_is_still_no_deal_in_force() -> None:
    # (review 15a's narrowing, with variants)
    for text in ("The trade pact between Canada and Ukraine was in force until 2019, when Ottawa withdrew from it.",
                 "The trade deal between Peru and Ghana was in effect for only three years before Lima quit it.",
                 "The trade accord between Chile and Jordan was in force till 2015, when it lapsed."):
        deals = find(analyze_events(text, "2024-06-12", True), instrument="agreement")
        assert not [e for e in deals if e.status == "in_force"], text


# 8. "has also been charging ... since April": the measure's own perfect, dated by its start
@pytest.mark.parametrize(("text", "date"), [
    ("Canada has also been charging tariffs on Chinese steel since April.", "2024-04"),
    ("Canada has long been imposing tariffs on Chinese steel since 2018.", "2018"),
    ("Mexico has already been applying duties on Chinese shoes since March.", "2024-03"),
])
def test_has_also_been_doing_since_dates_the_measure(text: str, date: str) -> None:
    evs = find(analyze_events(text, "2024-06-12", True), instrument="tariff")
    assert [e.event_date for e in evs] == [date], [(e.actor, e.event_date) for e in evs]


def test_a_since_of_another_clause_still_dates_no_measure() -> None:
    # (review 15a's narrowing, a variant with "have also")
    evs = find(analyze_events("Ottawa has said Brazil imposed the duties on sugar, and exports have also fallen since "
                              "March.", "2024-06-12", True), instrument="tariff")
    assert evs and all(e.event_date != "2024-03" for e in evs), [(e.actor, e.event_date) for e in evs]


# 9. "a similar 25% tariff": a figure between the likeness and the measure noun is still a copy
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Canada imposed a 25% tariff on US steel on Monday. Mexico said on Tuesday it would impose a similar 25% tariff.",
     "MEX", "USA"),
    ("The United States imposed tariffs on Chinese steel on Monday. Canada imposed matching 25% duties on Tuesday.",
     "CAN", "CHN"),
    ("Japan imposed tariffs on Chinese steel on Monday. Brazil imposed identical 10% levies on Tuesday.", "BRA", "CHN"),
])
def test_a_copy_with_a_figure_lends_the_target(text: str, actor: str, target: str) -> None:
    got = [e.target for e in find(analyze_events(text, "2024-06-12", True), actor=actor)]
    assert got == [target], got


def test_similar_goods_still_lend_no_target() -> None:
    # (review 16's narrowing, a variant)
    evs = find(analyze_events("Japan imposed tariffs on Chinese steel on Monday. Peru imposed duties on Tuesday on "
                              "zinc, lead and similar metals.", "2024-06-12", True), actor="PER")
    assert evs and all(e.target is None for e in evs), [(e.actor, e.target) for e in evs]


# 10. a later telling that names the measure back inside its own clause fixes its day
@pytest.mark.parametrize(("text", "published", "actor", "date"), [
    ("Russia banned exports of wheat to its neighbours in March, officials said.\n\nMoscow imposed the wheat export ban "
     "on March 15 to protect domestic supplies.", "2022-04-08", "RUS", "2022-03-15"),
    ("China banned exports of gallium to the United States in December, officials said.\n\nBeijing imposed its gallium "
     "export ban on Dec. 3 to hit back at US chip curbs.", "2025-01-10", "CHN", "2024-12-03"),
])
def test_a_back_reference_inside_the_telling_fixes_the_day(text: str, published: str, actor: str, date: str) -> None:
    evs = find(analyze_events(text, published, True), actor=actor, instrument="export_control")
    assert [e.event_date for e in evs] == [date], [(e.event_date, e.evidence) for e in evs]


def test_a_new_ban_later_in_the_month_still_does_not_redate_the_first() -> None:
    # (review 16's narrowing, a variant with "a ban on the export")
    text = ("Russia banned exports of wheat to its neighbours in March, officials said.\n\nOn March 28, Moscow imposed "
            "a ban on the export of barley.")
    evs = find(analyze_events(text, "2022-04-10", True), actor="RUS", instrument="export_control")
    assert "2022-03" in [e.event_date for e in evs], [(e.event_date, e.evidence) for e in evs]


# 11. a leader as the subject opens the country's market
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Lula opened the Brazilian market to Chinese cars last year.", "BRA", "CHN"),
    ("Modi opened the Indian market to Australian wine last year.", "IND", "AUS"),
    ("Macron opened the French market to Moroccan tomatoes in 2022.", "FRA", "MAR"),
])
def test_a_leader_opening_a_market_eases_the_restriction(text: str, actor: str, target: str) -> None:
    evs = find(analyze_events(text, "2024-06-12", True), instrument="import_restriction")
    assert [(e.actor, e.target, e.action) for e in evs] == [(actor, target, "ease")], evs


def test_a_market_opened_by_a_company_is_still_no_restriction_eased() -> None:
    # (review 15's narrowing, variants)
    for text in ("Spotify opened the Indian market to Korean music last year.",
                 "Cheap freight opened the Brazilian market to Chinese cars."):
        assert not find(analyze_events(text, "2024-06-12", True), instrument="import_restriction"), text


# 12. a trade deal that also covers security or the border is a trade deal in force
@pytest.mark.parametrize("text", [
    "The cross-border trade agreement between India and Nepal took effect on Monday.",
    "The trade and security pact between Japan and Australia took effect on Monday.",
    "The trade and defence pact between Britain and Norway took effect on Monday.",
])
def test_a_trade_deal_with_security_words_taking_effect_is_in_force(text: str) -> None:
    deals = find(analyze_events(text, "2024-06-12", True), instrument="agreement")
    assert [e.status for e in deals] == ["in_force"], [(e.actor, e.target, e.status) for e in deals]


def test_a_security_deal_of_no_trade_is_still_no_deal_in_force() -> None:
    # (review 15a's narrowing, a variant)
    deals = find(analyze_events("The border security agreement between India and Nepal took effect on Monday.",
                                "2024-06-12", True), instrument="agreement")
    assert not [e for e in deals if e.status == "in_force"], deals


# 13. "after the talks collapsed": talks are no group that owns "their" goods
@pytest.mark.parametrize("text", [
    "Kenya and Uganda protested on Monday after the talks collapsed and Tanzania raised the levies on their sugar.",
    "Kenya and Uganda complained on Monday after the meetings ended and Tanzania raised the duties on their maize.",
])
def test_their_goods_past_the_talks_are_the_earlier_countries(text: str) -> None:
    rows = event_rows(text, "2024-06-12")
    assert {("TZA", "KEN"), ("TZA", "UGA")} <= {(r[0], r[1]) for r in rows if r[2] == "tariff"}, rows


def test_their_goods_of_a_nearer_group_of_people_still_name_no_country() -> None:
    # (review 16's narrowing, variants with "the" and a noun of people)
    for text in ("Kenya and Uganda protested on Monday, but the traders said that Tanzania had raised the levies on "
                 "their sugar.",
                 "Kenya and Uganda protested on Monday after the farmers said that Tanzania had raised the levies on "
                 "their sugar."):
        rows = event_rows(text, "2024-06-12")
        assert not [r for r in rows if r[0] == "TZA" and r[1] in ("KEN", "UGA")], rows


# 15. "after a meeting with India's prime minister": no partner of talks or a deal, so the story stays one government's
_ONE_GOVERNMENT = ("Japan will cut tariffs on rice, the farm minister said on Monday. Japan hopes to lower prices. "
                   "Japan's importers back the plan. The minister spoke after ")


@pytest.mark.parametrize("end", [
    "a meeting with India's prime minister and Thailand's trade minister.",
    "a call with India's prime minister and Thailand's trade minister.",
])
def test_a_meeting_with_a_leader_names_no_partner_of_the_story(end: str) -> None:
    rows = event_rows(_ONE_GOVERNMENT + end, "2024-06-12")
    assert not [r for r in rows if "IND" in (r[0], r[1]) or "THA" in (r[0], r[1])], rows


def test_talks_with_a_leader_still_name_the_partner() -> None:
    # (a guard: talks keep their partner)
    rows = event_rows(_ONE_GOVERNMENT + "trade talks with India's prime minister and Thailand's trade minister.",
                 "2024-06-12")
    assert [r for r in rows if r[2] == "talks" and {r[0], r[1]} == {"JPN", "IND"}], rows
