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
