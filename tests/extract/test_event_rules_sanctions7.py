"""Sanctions, embargoes, import bans and trade freezes told without the tariff story's words; on
invented text.

Each test names its construction: an embargo or a ban on goods named by where they come from, a
price cap on a country's goods, firms pressed to stop buying, customs that stop clearing goods, a
measure adopted by one government with "agreed", a second main verb after a hedged clause.
"""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-10-18"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_an_embargo_on_goods_named_by_their_origin_is_an_import_restriction() -> None:
    evs = events("Tokyo imposed an embargo on North Korean seafood on Monday.")
    hit = find(evs, instrument="import_restriction", action="impose", actor="JPN", target="PRK")
    assert hit and "agricultural_products" in hit[0].subject and hit[0].event_date == "2024-10-14"


def test_an_embargo_taking_effect_is_imposed() -> None:
    evs = events("The EU's embargo on Russian coal took effect on Thursday.")
    assert find(evs, instrument="import_restriction", action="impose", actor="EU", target="RUS",
                event_date="2024-10-17")


def test_an_embargo_on_a_country_itself_is_a_sanction() -> None:
    evs = events("Washington lifted the embargo on Venezuela on Wednesday.")
    assert find(evs, instrument="sanction", action="ease", actor="USA", target="VEN")


def test_an_arms_embargo_is_no_trade_event() -> None:
    evs = events("The council extended its arms embargo on Libya on Tuesday.")
    assert not find(evs, instrument="import_restriction") and not find(evs, instrument="sanction")
    assert evs == [], evs  # no trade event at all


def test_a_ban_taking_hold_is_imposed() -> None:
    evs = events("Ottawa's ban on imports of Iranian oil takes hold on Monday.")
    assert find(evs, instrument="import_restriction", action="impose", actor="CAN", target="IRN")


def test_a_ban_agreed_by_one_government_is_adopted_not_a_deal() -> None:
    evs = events("Brussels agreed a ban on Belarusian potash on Tuesday.")
    assert find(evs, instrument="import_restriction", action="impose", actor="EU", target="BLR",
                event_date="2024-10-15")
    assert not find(evs, instrument="agreement")


def test_a_price_cap_on_a_countrys_oil_is_a_sanction_with_its_level() -> None:
    evs = events("Britain set a cap of $45 a barrel on the price of Iranian oil on Tuesday.")
    cap = find(evs, instrument="sanction", action="impose", actor="GBR", target="IRN")
    assert cap and "energy" in cap[0].subject and cap[0].magnitude is not None
    assert cap[0].magnitude.text == "$45 a barrel"


def test_a_price_cap_agreed_is_imposed_and_no_deal() -> None:
    evs = events("The European Union agreed a price cap on Venezuelan diesel on Friday.")
    assert find(evs, instrument="sanction", action="impose", actor="EU", target="VEN")
    assert not find(evs, instrument="agreement")


def test_a_price_cap_lowered_tightens_the_sanction() -> None:
    evs = events("Canada lowered its price cap on Russian oil to $47 on Monday.")
    assert find(evs, instrument="sanction", action="tighten", actor="CAN", target="RUS")


def test_a_domestic_price_cap_is_no_sanction() -> None:
    evs = events("Washington imposed a cap on drug prices on Monday.")
    assert not find(evs, instrument="sanction")
    assert evs == [], evs  # no trade event at all


def test_firms_pressed_to_stop_buying_are_an_import_restriction_by_who_presses() -> None:
    evs = events("Beijing pressed German carmakers last month to stop buying Estonian components.")
    assert find(evs, instrument="import_restriction", action="impose", actor="CHN", target="EST")


def test_a_firm_pressed_in_the_passive_to_stop_using_parts() -> None:
    evs = events("Siemens was among the groups said to have been pressed by Beijing to stop using "
                 "Estonian parts in December.")
    hit = find(evs, instrument="import_restriction", action="impose", actor="CHN", target="EST")
    assert hit and hit[0].event_date == "2023-12"


def test_a_government_pressed_by_another_is_a_demand_and_no_event() -> None:
    # a demand one government makes of another is no measure of the presser (unlike firms pressed)
    evs = events("Washington pressed Beijing on Monday to stop buying Iranian oil.")
    assert not find(evs, instrument="import_restriction")
    assert evs == [], evs


def test_customs_that_stop_clearing_goods_from_a_country_restrict_imports() -> None:
    evs = events("In early March, Chinese customs stopped clearing any goods arriving from Estonia.")
    hit = find(evs, instrument="import_restriction", action="impose", actor="CHN", target="EST")
    assert hit and hit[0].event_date == "2024-03"


def test_refusing_to_accept_shipments_from_a_country_restricts_imports() -> None:
    evs = events("Russian port officials refused to accept shipments from Moldova on Tuesday.")
    assert find(evs, instrument="import_restriction", action="impose", actor="RUS", target="MDA")


def test_stopping_work_on_ships_is_no_import_restriction() -> None:
    evs = events("The dockers stopped unloading ships on Friday.")
    assert not find(evs, instrument="import_restriction")
    assert evs == [], evs  # no trade event at all


def test_a_country_that_stopped_importing_goods_restricts_them() -> None:
    evs = events("Japan stopped importing Chinese seafood on Monday.")
    assert find(evs, instrument="import_restriction", action="impose", actor="JPN", target="CHN")


def test_a_second_main_verb_after_a_hedged_clause_is_a_fact() -> None:
    evs = events("Washington decreed a 20% levy on every import from Ecuador on Saturday, warning the rate would "
                 "climb to 40% within a fortnight, and imposed visa sanctions on Ecuadorian ministers.")
    hit = find(evs, instrument="sanction", actor="USA", target="ECU")
    assert hit and hit[0].action == "impose" and hit[0].status not in ("threatened", "proposed")


def test_a_cap_on_exports_is_an_export_control() -> None:
    evs = events("Indonesia capped exports of nickel ore on Tuesday.")
    assert find(evs, instrument="export_control", action="impose", actor="IDN", event_date="2024-10-15")


def test_a_rule_rescinded_that_would_have_capped_exports_eases_the_control() -> None:
    evs = events("The Commerce Department on Monday rescinded a rule that would have capped exports of "
                 "advanced chips to most countries.")
    eased = find(evs, instrument="export_control", action="ease", actor="USA")
    assert eased and eased[0].event_date == "2024-10-14" and not find(evs, action="threaten")
