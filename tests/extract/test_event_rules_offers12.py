"""Offers, proposals and talk verbs (round 12), on invented sentences: talks told by verbs of discussing
a matter with a counterpart, agreements to talk, measures proposed, tabled or put on the table, and
reliefs offered rather than granted."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

_NOT_FACT = ("proposed", "threatened", "under_negotiation")


def events(text: str, published: str = "2025-06-11"):  # a Wednesday
    return analyze_events(text, published, headline=True)


@pytest.mark.parametrize(("text", "pair", "subject", "date"), [
    ("Thailand's commerce minister discussed the rice tariff with US Trade Representative Jamieson Greer on "
     "Monday.", {"THA", "USA"}, "agricultural_products", "2025-06-09"),
    ("Indian officials raised the steel duties with their American counterparts in New Delhi on Monday.",
     {"IND", "USA"}, "steel", "2025-06-09"),
    ("Canberra took up the aluminium tariffs with Washington last week.", {"AUS", "USA"}, "aluminum", "2025-06"),
    ("German Chancellor Friedrich Merz pressed Beijing on its rare earth export curbs during a visit on Tuesday.",
     {"DEU", "CHN"}, "rare_earths", "2025-06-10"),
    ("Mexican and US negotiators sat down over the tomato duties on Friday.", {"MEX", "USA"},
     "agricultural_products", "2025-06-06"),
    ("Officials from Seoul and Washington hashed out the details of the chip tariff in Geneva on Monday.",
     {"KOR", "USA"}, "semiconductors", "2025-06-09"),
    ("Jakarta is negotiating over the 32% levy with the Trump administration.", {"IDN", "USA"}, None, None),
    ("Tokyo will work with Washington to resolve the dispute over car tariffs.", {"JPN", "USA"}, "autos", None),
])
def test_a_verb_of_discussing_a_trade_matter_with_a_counterpart_is_talks(text, pair, subject, date) -> None:
    evs = events(text)
    talks = [e for e in evs if e.instrument == "talks" and e.action == "negotiate" and {e.actor, e.target} == pair]
    assert talks, evs
    if subject:
        assert subject in talks[0].subject
    if date:
        assert talks[0].event_date == date
    # the matter discussed is no measure taken
    assert not [e for e in evs if e.instrument == "tariff" and e.action in ("raise", "impose")]


@pytest.mark.parametrize("text", [
    "Ottawa raised its duties on Chinese steel to 25 per cent in line with Washington.",
    "Washington pressed Seoul on Monday to open its market to American beef.",
    "The minister discussed the steel tariffs with reporters in Ottawa.",
])
def test_a_rate_raised_a_demand_or_a_press_briefing_is_no_talks(text) -> None:
    evs = events(text)
    assert not find(evs, instrument="talks")
    if text.startswith("Ottawa raised"):
        # (the rate raised is still read)
        raised = find(evs, actor="CAN", target="CHN", instrument="tariff", action="raise")
        assert raised and raised[0].magnitude is not None and raised[0].magnitude.value == 25.0, evs


def test_agreeing_to_discuss_a_measure_is_talks_not_a_deal() -> None:
    evs = events("Peru and the United States agreed on Tuesday to discuss the copper tariffs.")
    assert find(evs, instrument="talks", action="negotiate")
    assert not find(evs, instrument="agreement")
    evs = events("Ghana agreed to discuss the 15 per cent levy with Washington next month.")
    assert find(evs, actor="GHA", target="USA", instrument="talks", action="negotiate")


@pytest.mark.parametrize(("text", "actor", "target", "date"), [
    ("The Commission put forward the anti-dumping levies on Chinese hardwood plywood in March.", "EU", "CHN",
     "2025-03"),
    ("Ottawa tabled a 25 per cent duty on American dairy products last month.", "CAN", "USA", "2025-05"),
])
def test_a_measure_put_forward_or_tabled_is_a_proposal(text, actor, target, date) -> None:
    evs = find(events(text), actor=actor, target=target, instrument="tariff")
    assert [(e.action, e.status, e.event_date) for e in evs] == [("announce", "proposed", date)]


def test_a_plan_pitched_is_proposed() -> None:
    evs = find(events("Seoul has pitched a plan to cut tariffs on American beef."), actor="KOR", instrument="tariff")
    assert evs and all(e.status == "proposed" for e in evs)


def test_a_tariff_put_on_the_table_is_a_threat() -> None:
    evs = find(events("Washington put a 40% tariff on Swiss watches on the table last week."), instrument="tariff")
    assert [(e.actor, e.target, e.action, e.status) for e in evs] == [("USA", "CHE", "threaten", "threatened")]


def test_a_removal_dangled_is_proposed() -> None:
    evs = find(events("Ottawa dangled the removal of its counter-tariffs on US goods on Monday."), actor="CAN")
    assert evs and all(e.action in ("lower", "ease") and e.status == "proposed" for e in evs)


def test_a_relief_offered_is_proposed_and_one_granted_is_not() -> None:
    evs = find(events("Washington offered Vietnam a waiver from the footwear tariffs on Thursday."),
               actor="USA", target="VNM", instrument="tariff", action="ease")
    assert evs and all(e.status in _NOT_FACT for e in evs)
    evs = find(events("Washington granted Vietnam a waiver from the footwear tariffs on Thursday."),
               actor="USA", target="VNM", instrument="tariff", action="ease")
    assert evs and all(e.status not in _NOT_FACT for e in evs)


def test_a_tariff_exemption_offered_eases_the_tariff() -> None:
    evs = events("Trump offered a pharmaceutical tariff exemption to drugmakers that build plants in the United "
                 "States.")
    eases = find(evs, actor="USA", instrument="tariff", action="ease")
    assert eases and "pharmaceuticals" in eases[0].subject and eases[0].status == "proposed"
    assert not find(evs, instrument="tariff", action="lower")


def test_agreeing_to_keep_talking_is_talks_not_a_deal() -> None:
    evs = events("Vietnam and the United States agreed to continue negotiating on the shrimp duties.")
    assert find(evs, instrument="talks", action="negotiate")
    assert not find(evs, instrument="agreement")
