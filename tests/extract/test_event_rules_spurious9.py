"""Precision: words that name a deal, a court, talks or a measure without telling one is made here
yield no event, while the true event beside them survives (invented sentences)."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-03-14"):  # a Thursday
    return analyze_events(text, published, headline=True)


# --- a deal named, not made ----------------------------------------------------------------------


def test_a_deal_benefited_from_is_no_deal_made() -> None:
    evs = events("Vietnamese garment makers have benefited from the trade deal with the European Union, "
                 "the ministry said on Thursday.")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all


def test_the_terms_of_an_older_accord_are_no_deal_made() -> None:
    evs = events("Under the terms of the 2019 trade accord, Tokyo cut duties on American beef to 26.6 per cent.")
    assert not find(evs, instrument="agreement")
    assert find(evs, actor="JPN", target="USA", instrument="tariff", action="lower")


def test_an_anniversary_of_a_pact_is_no_deal_made() -> None:
    evs = events("Korean officials marked the tenth anniversary of the free trade agreement with Canada on Monday.")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all


def test_a_possessive_deal_and_an_apposition_are_no_deal_made() -> None:
    evs = events("Carmakers must meet the accord's rules of origin to ship parts duty-free, Ottawa said on Monday.")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all
    evs = events("Dairy farmers sell freely under the CETA, the trade pact with Canada, a Dutch lobby said on Monday.")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all


def test_a_deal_told_as_reached_after_a_preposition_survives() -> None:
    evs = events("Chile will cut its duties on Korean cars under the agreement signed in Santiago on Monday.")
    assert find(evs, instrument="agreement", action="agree")
    evs = events("Japan and Britain struck a digital trade agreement on Friday.")
    assert find(evs, instrument="agreement", action="agree", event_date="2024-03-08")


# --- court words outside trade -------------------------------------------------------------------


def test_a_verdict_in_a_trial_is_no_trade_ruling() -> None:
    evs = events("The verdict in the senator's corruption trial is expected next month, lawyers said.")
    assert not find(evs, instrument="legal_ruling")
    assert evs == [], evs  # no trade event at all
    evs = events("Bond traders gave their verdict on the budget within minutes.")
    assert not find(evs, instrument="legal_ruling")
    assert evs == [], evs  # no trade event at all


def test_a_court_ruling_on_a_detention_is_no_trade_ruling() -> None:
    evs = events("Judges at the supreme court ruled on Monday that the opposition leader's detention was lawful.")
    assert not find(evs, instrument="legal_ruling")
    assert evs == [], evs  # no trade event at all


def test_a_court_ruling_on_duties_survives() -> None:
    evs = events("The Court of International Trade ruled on Wednesday that the duties on Indian shrimp were unlawful.")
    assert find(evs, instrument="legal_ruling", action="rule", event_date="2024-03-13")
    evs = events("A WTO panel issued its ruling on Tuesday against Jakarta's ban on nickel ore exports.")
    assert find(evs, instrument="legal_ruling", action="rule")


# --- talks told by how long they lasted ---------------------------------------------------------


def test_years_of_talks_before_a_deal_are_no_talks_event() -> None:
    evs = events("Japan and Britain struck a digital trade agreement on Friday after two years of talks.")
    assert not find(evs, instrument="talks")
    assert find(evs, instrument="agreement", action="agree")
    evs = events("Brussels and Canberra concluded a trade agreement on Monday, ending talks that had dragged on "
                 "for six years.")
    assert not find(evs, instrument="talks")
    assert find(evs, instrument="agreement", action="agree", event_date="2024-03-11")


def test_talks_running_for_decades_are_no_talks_event() -> None:
    evs = events("Peru and Korea signed the pact in Lima on Monday, after talks that have run on and off for "
                 "nearly 20 years.")
    assert not find(evs, instrument="talks")
    assert find(evs, instrument="agreement", action="agree", event_date="2024-03-11")


def test_days_of_talks_are_still_talks() -> None:
    evs = events("Officials from Seoul and Ottawa reached a deal on Sunday after three days of talks in Geneva.")
    assert find(evs, instrument="talks", action="negotiate")


# --- measures only feared, a pact's terms met ---------------------------------------------------


def test_fears_of_new_tariffs_are_no_tariff() -> None:
    evs = events("Stocks in Frankfurt fell on Tuesday on fears of new American tariffs on European cars.")
    assert not evs
    evs = events("Chipmakers slid in Seoul on Monday amid worries about further US curbs on memory exports to China.")
    assert not find(evs, instrument="export_control")
    assert evs == [], evs  # no trade event at all


def test_a_tariff_feared_after_it_was_imposed_survives() -> None:
    evs = events("Washington imposed new tariffs of 20% on Thai rice on Monday, confirming investors' fears.")
    assert find(evs, actor="USA", target="THA", instrument="tariff", action="impose")


def test_meeting_a_pacts_rules_is_no_talks_and_no_deal() -> None:
    evs = events("Ottawa said on Friday that American cheese that meets the pact's rules of origin would enter "
                 "duty-free.")
    assert not find(evs, instrument="talks")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all: the pact's standing terms, nothing done on Friday
    evs = events("Analysts say Beijing fell well short of the phase one deal's purchase targets.")
    assert not find(evs, instrument="agreement")
    assert evs == [], evs  # no trade event at all


# --- talks a government holds at home -------------------------------------------------------------


def test_consultations_with_member_states_are_no_talks() -> None:
    evs = events("Brussels will adopt a second package of duties on Brazilian beef next month after consultations "
                 "with member states.")
    assert find(evs, actor="EU", target="BRA", instrument="tariff", action="impose")
    assert not find(evs, instrument="talks")
    evs = events("Ottawa held talks with provincial premiers on Monday about its response to the US levies.")
    assert not find(evs, instrument="talks")
    assert evs == [], evs  # no trade event at all


def test_talks_between_two_governments_survive() -> None:
    evs = events("Canadian officials held talks with their Mexican counterparts on Monday about steel quotas.")
    assert find(evs, instrument="talks", action="negotiate")
