"""Deals, talks and what deals contain (round 11), on invented sentences: deals struck with a list of
partners, rates a deal sets, calls and talks told by other verbs."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-09-12"):  # a Thursday
    return analyze_events(text, published, headline=True)


def _pairs(evs, instrument: str = "agreement") -> set[frozenset]:
    return {frozenset((e.actor, e.target)) for e in evs if e.instrument == instrument}


def test_deals_with_a_list_of_partners_are_one_deal_each() -> None:
    evs = events("The White House on Monday announced trade frameworks with Peru, Colombia and Chile.")
    assert {frozenset(("USA", c)) for c in ("PER", "COL", "CHL")} <= _pairs(evs)
    evs = events("Washington signed trade deals with Kenya and Morocco on Sunday.")
    assert {frozenset(("USA", "KEN")), frozenset(("USA", "MAR"))} <= _pairs(evs)


def test_a_compound_deal_noun_and_a_relative_clause_before_the_partners() -> None:
    evs = events("Tokyo agreed framework deals with Chile and Peru, officials said.")
    assert {frozenset(("JPN", "CHL")), frozenset(("JPN", "PER"))} <= _pairs(evs)
    evs = events("Quotas were eased under the deals that Ottawa struck last month with Norway, Iceland and Chile.")
    assert {frozenset(("CAN", c)) for c in ("NOR", "ISL", "CHL")} <= _pairs(evs)


def test_the_second_list_of_partners_keeps_the_first_clause_subject() -> None:
    evs = events("Australia signed trade agreements with Fiji and Samoa on Sunday and agreed framework deals "
                 "with Tonga and Vanuatu.")
    pairs = _pairs(evs)
    assert {frozenset(("AUS", c)) for c in ("FJI", "WSM", "TON", "VUT")} <= pairs
    assert frozenset(("WSM", "TON")) not in pairs


def test_a_rate_agreed_to_is_a_tariff_lowered_on_the_one_who_agreed() -> None:
    evs = events("Malaysia has agreed to a 17 per cent tariff on most of its exports to the United States.")
    cut = find(evs, actor="USA", target="MYS", instrument="tariff", action="lower")
    assert cut and cut[0].subject == ("all_goods",)
    evs = events("Under the deal, Jakarta accepted a flat 18% levy on its shipments to America.")
    assert find(evs, actor="USA", target="IDN", instrument="tariff", action="lower")


def test_a_deal_that_caps_tariffs_lowers_them() -> None:
    evs = events("The accord caps US tariffs on most Swiss goods at 12 per cent.")
    assert find(evs, actor="USA", target="CHE", instrument="tariff", action="lower")


def test_agreeing_to_talk_about_a_tariff_sets_no_rate() -> None:
    evs = events("Malaysia agreed to discuss the 25 per cent tariff with Washington next month.")
    assert not find(evs, instrument="tariff", action="lower")
    evs = events("Malaysia agreed to hold talks on the 25 per cent tariff with Washington next month.")
    assert find(evs, actor="MYS", target="USA", instrument="talks", action="negotiate")
    assert not find(evs, instrument="tariff")


def test_agreeing_to_discuss_a_tariff_is_talks() -> None:
    evs = events("Malaysia agreed to discuss the 25 per cent tariff with Washington next month.")
    assert find(evs, actor="MYS", target="USA", instrument="talks", action="negotiate")


def test_speaking_with_a_leader_is_a_call() -> None:
    evs = events("Trump announced the agreement on Wednesday after speaking with Malaysia's Prime Minister Anwar Ibrahim.",
                 "2025-09-12")
    assert find(evs, instrument="leader_call", action="call")


def test_a_party_general_secretary_is_a_leader() -> None:
    evs = events("Trump said on Monday, after speaking with To Lam, that Vietnamese shrimp would pay 20%.",
                 "2025-09-12")
    assert find(evs, instrument="leader_call", action="call")


def test_speaking_to_a_government_or_by_phone_but_not_to_reporters() -> None:
    evs = events("Trump said he spoke to Chinese President Xi Jinping on Friday about soybeans.", "2025-09-12")
    assert find(evs, instrument="leader_call", action="call", event_date="2025-09-12")  # a Friday
    evs = events("Macron said he had spoken by phone with Xi Jinping on Sunday about cognac duties.")
    assert find(evs, instrument="leader_call", action="call")
    evs = events("Trump spoke to reporters in Ohio about Canadian lumber.", "2025-09-12")
    assert not find(evs, instrument="talks") and not find(evs, instrument="leader_call")


def test_wanting_to_keep_talking_is_talks_not_a_demand() -> None:
    evs = events("Canberra wants to keep talking to Beijing, the trade minister said.")
    talks = [e for e in evs if e.instrument == "talks" and {e.actor, e.target} == {"AUS", "CHN"}]
    assert talks and talks[0].status not in ("announced", "in_force", "concluded")


def test_a_deal_being_worked_towards_is_talks() -> None:
    evs = events("Ottawa and Washington had been working towards a deal covering copper and lithium.")
    assert find(evs, instrument="talks", action="negotiate")
    assert not find(evs, instrument="agreement")
    evs = events("Seoul is seeking a trade agreement with Canberra.")
    assert find(evs, instrument="talks", action="negotiate")


def test_consulting_with_a_government_is_talks_but_not_with_lawyers() -> None:
    evs = events("Morocco's trade ministry said it would consult closely with Brussels to limit the damage.")
    assert [e for e in evs if e.instrument == "talks" and {e.actor, e.target} == {"MAR", "EU"}]
    evs = events("Rabat consulted with its lawyers about the Brussels duties.")
    assert not find(evs, instrument="talks")


def test_a_call_beside_a_rate_keeps_the_rate_of_the_tariff_before() -> None:
    evs = events("Hanoi will face a 20 per cent tariff on its shipments to the United States. Trump said, after speaking "
                 "with To Lam, that goods shipped through Vietnam from other countries would be taxed at 40 per cent.",
                 "2025-07-03")
    assert find(evs, instrument="leader_call")
    forty = [e for e in evs if e.instrument == "tariff" and e.magnitude and e.magnitude.value == 40.0]
    assert forty and all((e.actor, e.target) == ("USA", "VNM") for e in forty)
