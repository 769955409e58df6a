"""Controls (round 13): the wordings outlets use for export controls, import restrictions, listings,
sanctions and investment curbs.

Every sentence is invented; names, numbers and wording differ from the development articles."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _rows(text: str, published: str, instrument: str) -> set[tuple[object, ...]]:
    return {(e.actor, e.target, e.action) for e in analyze_events(text, published, headline=True)
            if e.instrument == instrument}


def test_ending_or_phasing_out_imports_is_an_import_restriction() -> None:
    for text in ("Britain will end imports of Russian coal by the end of the year.",
                 "Ireland said it would phase out purchases of Russian gas within two years.",
                 "Lisbon is winding down imports of Russian oil products."):
        assert ("GBR" if text.startswith("Britain") else "IRL" if text.startswith("Ireland") else "PRT",
                "RUS", "impose") in _rows(text, "2022-04-06", "import_restriction"), text


def test_a_body_agreeing_to_phase_out_imports_adopts_a_restriction_not_a_deal() -> None:
    evs = analyze_events("The EU agreed to phase out imports of Russian gas by 2027.", "2025-06-18", headline=True)
    assert find(evs, instrument="import_restriction", actor="EU", target="RUS", action="impose")
    assert not find(evs, instrument="agreement")


def test_cutting_banks_off_swift_is_a_sanction() -> None:
    for text, actor, target in (
            ("Brussels cut five Belarusian banks off SWIFT on Thursday.", "EU", "BLR"),
            ("Ottawa said three Iranian lenders would be disconnected from the Swift messaging system.", "CAN", "IRN"),
            ("Washington removed two Venezuelan banks from the international bank messaging network.", "USA", "VEN")):
        assert (actor, target, "impose") in _rows(text, "2022-03-04", "sanction"), text


def test_barring_people_from_dealing_with_a_party_sanctions_that_party() -> None:
    rows = _rows("The Treasury barred Americans from dealing with Iran's central bank.", "2019-09-21", "sanction")
    assert rows == {("USA", "IRN", "impose")}
    rows = _rows("London has prohibited British firms from doing business with two Syrian ministries.",
                 "2023-02-10", "sanction")
    assert ("GBR", "SYR", "impose") in rows


def test_a_licence_allowing_transactions_eases_a_sanction() -> None:
    rows = _rows("The Treasury issued a general licence allowing transactions with Venezuela's oil sector.",
                 "2023-10-19", "sanction")
    assert ("USA", "VEN", "ease") in rows
    evs = analyze_events("OFAC granted a licence authorising dealings with Belarus's potash producer.", "2023-10-19",
                         headline=True)
    assert find(evs, instrument="sanction", action="ease", target="BLR")
    assert not find(evs, instrument="export_control")


def test_the_sanctions_authority_designating_parties_is_a_sanction() -> None:
    evs = analyze_events("The US Treasury designated 12 Russian banks on Wednesday.", "2023-05-20", headline=True)
    assert [(e.actor, e.target, e.action, e.event_date) for e in find(evs, instrument="sanction")] == [
        ("USA", "RUS", "impose", "2023-05-17")]


def test_designating_as_a_status_is_no_sanction() -> None:
    evs = analyze_events("The State Department designated Cuba as a partner for coffee trade.", "2023-05-20",
                         headline=True)
    assert not find(evs, instrument="sanction")


def test_stopping_goods_told_by_their_country_is_an_import_restriction() -> None:
    for text, actor, target in (("Delhi blocked 118 Chinese apps on Wednesday.", "IND", "CHN"),
                                ("Manila suspended all Brazilian chicken last month.", "PHL", "BRA"),
                                ("Moscow banned Moldovan fruit in July.", "RUS", "MDA")):
        assert (actor, target, "impose") in _rows(text, "2020-09-03", "import_restriction"), text


def test_banning_foreign_firms_is_no_goods_ban() -> None:
    # firms are no goods: "banned Chinese drone makers" names whom, not what crosses the border
    evs = analyze_events("Seoul banned Chinese drone makers on Monday, officials said.", "2021-05-03", headline=True)
    assert not find(evs, instrument="import_restriction")


def test_keeping_a_vendor_out_of_networks_is_an_import_restriction() -> None:
    for text, actor in (("Ottawa will ban Huawei equipment from its 5G networks.", "CAN"),
                        ("Sweden excluded ZTE from its 5G rollout in 2020.", "SWE")):
        evs = analyze_events(text, "2022-05-20", headline=True)
        got = find(evs, instrument="import_restriction", actor=actor, target="CHN", action="impose")
        assert got and "telecom" in got[0].subject, text


def test_a_quota_on_exports_is_an_export_control() -> None:
    for text in ("Kazakhstan introduced a quota on wheat exports on Friday.",
                 "Astana imposed export quotas on sunflower seeds last week."):
        evs = analyze_events(text, "2022-04-18", headline=True)
        assert find(evs, instrument="export_control", actor="KAZ", action="impose"), text
        assert not find(evs, instrument="import_restriction"), text


def test_striking_firms_off_a_list_eases_it() -> None:
    rows = _rows("Washington struck two Chinese shipping firms off the entity list on Friday.", "2024-07-08",
                 "entity_list")
    assert rows == {("USA", "CHN", "ease")}


def test_a_control_named_by_its_year_is_background_put_on_that_year() -> None:
    evs = analyze_events("Tokyo has long protested Seoul's 2013 ban on Japanese fishery products.", "2019-04-12",
                         headline=True)
    assert [(e.actor, e.target, e.action, e.event_date) for e in find(evs, instrument="import_restriction")] == [
        ("KOR", "JPN", "impose", "2013")]
    evs = analyze_events("Exporters in Utah complained about Beijing's 2019 curbs on chip exports.", "2021-04-12",
                         headline=True)
    assert [(e.actor, e.action, e.event_date) for e in find(evs, instrument="export_control")] == [
        ("CHN", "impose", "2019")]


def test_the_verb_over_a_suspension_of_exports_tells_what_was_done_to_it() -> None:
    evs = analyze_events("Argentina extended its beef export suspension by 30 days.", "2021-06-18", headline=True)
    assert [(e.actor, e.action) for e in find(evs, instrument="export_control")] == [("ARG", "extend")]
    evs = analyze_events("Jakarta lifted the suspension of coal exports on Monday.", "2021-06-18", headline=True)
    assert [(e.actor, e.action) for e in find(evs, instrument="export_control")] == [("IDN", "ease")]


def test_capping_the_price_of_a_countrys_crude_is_a_sanction() -> None:
    evs = analyze_events("Washington capped the price of Russian crude at $60 a barrel.", "2022-12-06", headline=True)
    assert [(e.actor, e.target, e.action) for e in find(evs, instrument="sanction")] == [("USA", "RUS", "impose")]


def test_a_bid_for_a_firm_and_a_sale_to_a_foreign_investor_are_takeovers() -> None:
    evs = analyze_events("Washington cleared Nippon Steel's bid for US Steel.", "2025-06-14", headline=True)
    assert find(evs, instrument="investment_restriction", actor="USA", action="ease")
    evs = analyze_events("Berlin vetoed the sale of a chip plant to a Chinese investor.", "2022-11-10", headline=True)
    assert find(evs, instrument="investment_restriction", actor="DEU", target="CHN", action="impose")
