"""Deals (round 14): a trade agreement's entry into force, the terms a deal contains, and what is no
new deal.

Every sentence is invented; names, numbers and wording differ from the development articles."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _deals(text: str, published: str) -> list:  # type: ignore[type-arg]
    return find(analyze_events(text, published, headline=True), instrument="agreement")


def test_a_deal_entering_into_force_is_a_deal_in_force_dated_by_its_start() -> None:
    for text, published, parties, day in (
            ("Australia's free trade agreement with Britain came into force on Wednesday.", "2023-06-01",
             {"AUS", "GBR"}, "2023-05-31"),
            ("The trade pact between Chile and Indonesia took effect on January 1, cutting duties on fruit.",
             "2021-01-02", {"CHL", "IDN"}, "2021-01-01"),
            ("Vietnam's free-trade agreement with the European Union went into effect on Saturday.",
             "2020-08-02", {"VNM", "EU"}, "2020-08-01"),
            ("The EU's trade agreement with Kenya has been provisionally applied since Wednesday.",
             "2024-05-02", {"EU", "KEN"}, "2024-05-01")):
        deals = [e for e in _deals(text, published) if {e.actor, e.target} == parties]
        assert deals, text
        assert deals[0].action == "agree" and deals[0].status == "in_force", text
        assert deals[0].event_date == day, text
        assert not deals[0].subject, text  # (the terms told after its start lend it no goods)


def test_a_deal_in_force_since_a_year_is_dated_by_that_year() -> None:
    deals = _deals("Peru and Canada have had a free trade agreement in force since 2009.", "2024-03-01")
    assert [(e.action, e.event_date) for e in deals] == [("agree", "2009")]


def test_a_start_still_to_come_or_in_a_time_clause_is_no_entry_into_force() -> None:
    for text in ("Duties on Chilean wine will fall to zero once the trade pact takes effect.",
                 "The agreement with Ghana is expected to enter into force next year.",
                 "Exporters will wait until the deal with Oman comes into force."):
        assert not [e for e in _deals(text, "2022-09-09") if e.status == "in_force"], text
    # (these yield a deal: one reached, its start still to come, so no entry into force told today)
    for text in ("Britain's trade deal with Australia will take effect on Monday.",
                 "The free trade agreement between Chile and Ghana is due to enter into force next month."):
        deals = _deals(text, "2022-09-09")
        assert deals and all(e.status == "concluded" for e in deals), text


def _tariffs(text: str, published: str) -> list:  # type: ignore[type-arg]
    return find(analyze_events(text, published, headline=True), instrument="tariff")


def test_a_share_of_goods_freed_of_duty_is_no_cut_on_all_goods() -> None:
    evs = _tariffs("Under the pact, Mexico removed its duties on 88% of Icelandic goods on the first day.", "2023-03-03")
    assert [(e.actor, e.action) for e in evs] == [("MEX", "lower")]
    assert "all_goods" not in evs[0].subject
    # (but all of a country's goods stay all goods)
    evs = _tariffs("Mexico removed its duties on all Icelandic goods on Friday.", "2023-03-03")
    assert evs and tuple(evs[0].subject) == ("all_goods",)


def test_a_staged_cut_told_with_a_rising_share_is_no_rate_raise() -> None:
    for text in ("Oman cut duties on 80 per cent of Peruvian goods, a proportion that will climb to 96 per cent "
                 "once the remaining tariff cuts are phased in.",
                 "Duties on 93 per cent of Ghanaian items will go to zero within a decade.",
                 "The levy on Moroccan olives falls gradually to nil by 2030."):
        assert not [e for e in _tariffs(text, "2022-11-11") if e.action == "raise"], text
    evs = _tariffs("Duties on 93 per cent of Ghanaian items will go to zero within a decade.", "2022-11-11")
    assert [e.action for e in evs] == ["lower"]


def test_a_market_opened_to_a_partner_is_an_import_restriction_eased() -> None:
    for text, actor, target in (
            ("The pact opens Taiwan's pork market to Canadian farmers.", "TWN", "CAN"),
            ("Manila would open its market to Australian beef and sugar, the minister said.", "PHL", "AUS"),
            ("Egypt reopened its poultry market to Brazil on Tuesday.", "EGY", "BRA")):
        evs = find(analyze_events(text, "2021-04-08", headline=True), instrument="import_restriction")
        assert [(e.actor, e.target, e.action) for e in evs] == [(actor, target, "ease")], text


def test_a_deal_doing_something_to_trade_is_no_deal_made_and_no_market_opened_without_a_partner() -> None:
    evs = analyze_events("The treaty also opens Norway's fish market to Chilean exporters.", "2021-04-08", headline=True)
    assert not find(evs, instrument="agreement")
    for text in ("The bourse opened its bond market to foreign investors.",
                 "The pact entered into force on Monday, opening one of Asia's largest markets to Peruvian growers.",
                 "Regulators opened the market to competition in 2019."):
        evs = analyze_events(text, "2021-04-08", headline=True)
        assert not find(evs, instrument="import_restriction"), text
