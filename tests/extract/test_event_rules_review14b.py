"""Findings of the review of round 13's diplomacy rules and of the fixes of round 12's review (talks
wrapped up, visits, talks with a counterpart, offers, "on the table", court verbs, calls, treaties, waivers
refused, proposals tabled, kept rates), on invented sentences: each reading as ANNOTATION.md and
eval/README.md give it."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-11"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def pairs(evs, instrument: str, action: str | None = None) -> set[frozenset[str | None]]:
    return {frozenset((e.actor, e.target)) for e in evs
            if e.instrument == instrument and (action is None or e.action == action)}


# 1. talks wrapped up without a deal, or a deal failed or only close, are talks held: no deal concluded
@pytest.mark.parametrize(("text", "pair"), [
    ("Talks wrapped up in Geneva without a deal on the US tariffs on Chinese goods.", ("USA", "CHN")),
    ("Talks between Washington and Beijing wrapped up on Friday with no agreement on tariffs.", ("USA", "CHN")),
    ("The US and Japan wrapped up talks on tariffs on Friday.", ("USA", "JPN")),
    ("Canada and the US failed to wrap up the talks on steel tariffs before the deadline.", ("USA", "CAN")),
    ("Mexico and the US are close to inking a deal on steel tariffs.", ("USA", "MEX")),
    ("Canada and the US failed to reach a deal on steel tariffs before the deadline.", ("USA", "CAN")),
    ("India and the EU wrapped up a sixth round of talks in Brussels without an agreement.", ("IND", "EU")),
])
def test_talks_wrapped_up_or_a_deal_not_reached_are_talks_not_a_deal(text, pair) -> None:
    evs = events(text)
    assert not find(evs, instrument="agreement"), evs
    assert frozenset(pair) in pairs(evs, "talks", "negotiate"), evs


@pytest.mark.parametrize(("text", "pair"), [
    ("The US and Japan wrapped up a trade deal on Friday that cuts tariffs on Japanese cars to 15%.", ("USA", "JPN")),
    ("Mexico and the US inked a deal on steel tariffs on Monday.", ("USA", "MEX")),
    ("Peru and the EU wrapped up negotiations on a trade agreement on Friday.", ("PER", "EU")),
])
def test_a_deal_wrapped_up_or_inked_is_still_a_deal(text, pair) -> None:
    evs = events(text)
    assert frozenset(pair) in pairs(evs, "agreement", "agree"), evs
    assert find(evs, instrument="agreement", status="concluded")


# 2. a visit is talks only when a leader or an official travels, about trade, and the place visited is the
# other side
@pytest.mark.parametrize("text", [
    "Taylor Swift toured Japan in February as Tokyo weighed tariffs on US beef.",
    "The Pope visited Canada as Ottawa's retaliatory tariffs on US steel took effect.",
    "Tourists from China visited Thailand in record numbers as Bangkok raised tariffs on Chinese steel.",
    "Zelensky travelled to Washington to seek more weapons, a day after Trump raised tariffs on Chinese goods to 145%.",
    "Officials travelled to Brussels in a bid to head off EU tariffs on US bourbon.",
    "A famous footballer visited Brazil on Monday as Brasilia cut tariffs on Argentine beef.",
])
def test_a_visit_by_no_official_or_beside_an_unrelated_measure_is_no_talks(text) -> None:
    assert not find(events(text), instrument="talks")


@pytest.mark.parametrize(("text", "pair"), [
    ("Macron visited Beijing on Wednesday to discuss EU tariffs on Chinese electric vehicles.", ("FRA", "CHN")),
    ("Norway's trade minister visited Beijing on Monday to discuss salmon tariffs.", ("NOR", "CHN")),
    ("Indian officials travelled to Washington on Monday to negotiate relief from the 50% tariffs.", ("IND", "USA")),
    ("Japan hosted Philippine President Ferdinand Marcos on Tuesday for talks on rice tariffs.", ("JPN", "PHL")),
])
def test_the_place_visited_is_the_other_side_of_the_talks(text, pair) -> None:
    evs = events(text)
    assert pairs(evs, "talks") == {frozenset(pair)}, evs


# 3. talks with a government's negotiator, a government body or its officials are talks with that government
@pytest.mark.parametrize(("text", "pair"), [
    ("Japan discussed the car tariffs with Washington's chief negotiator on Tuesday.", ("JPN", "USA")),
    ("Mexico took up the tomato duties with Washington's trade envoy on Monday.", ("MEX", "USA")),
    ("Beijing discussed the chip curbs with Washington's envoy on Tuesday.", ("CHN", "USA")),
    ("Britain discussed the steel tariffs with the European Commission on Monday.", ("GBR", "EU")),
    ("Mexico discussed the tomato duties with the Commerce Department on Monday.", ("MEX", "USA")),
    ("India discussed the steel tariffs with officials from Washington on Monday.", ("IND", "USA")),
    ("The EU raised its concerns about US steel tariffs with Washington.", ("EU", "USA")),
    ("Japan raised its concerns over the car tariffs with Greer on Tuesday.", ("JPN", "USA")),
    ("Vietnam raised its worries about the shrimp duties with negotiators from Washington.", ("VNM", "USA")),
])
def test_talks_with_a_governments_negotiator_body_or_officials(text, pair) -> None:
    evs = events(text)
    assert frozenset(pair) in pairs(evs, "talks", "negotiate"), evs


def test_each_government_of_a_joint_subject_holds_the_talks() -> None:
    evs = events("Japan and South Korea discussed the steel tariffs with Washington on Monday.")
    assert pairs(evs, "talks") == {frozenset(("JPN", "USA")), frozenset(("KOR", "USA"))}
    evs = events("Canada, Mexico and Brazil discussed the steel tariffs with Washington on Monday.")
    assert pairs(evs, "talks") == {frozenset((c, "USA")) for c in ("CAN", "MEX", "BRA")}


@pytest.mark.parametrize("text", [
    "Mexico raised its tariffs on Chinese steel with Washington's full backing.",
    "Britain discussed the steel tariffs with the WTO on Monday.",
])
def test_backing_or_an_international_body_is_still_no_counterpart(text) -> None:
    assert not find(events(text), instrument="talks")


# 4. an offer is a proposal: the verb "offered" after "the US", and the noun "offer to ..."/"offer of ..."
@pytest.mark.parametrize(("text", "actor", "target", "action"), [
    ("The US offered lower tariffs on Indian goods in exchange for market access.", "USA", "IND", "lower"),
    ("The U.S. offered a waiver from the steel tariffs to Britain.", "USA", "GBR", "ease"),
    ("The EU's offer to cut tariffs on US cars to zero was rejected by Trump.", "EU", "USA", "lower"),
    ("Japan's offer to cut tariffs on US rice was rejected by Washington.", "JPN", "USA", "lower"),
    ("Vietnam's offer of lower tariffs on US farm goods was welcomed by Washington.", "VNM", "USA", "lower"),
    ("The US offers Japan a waiver from the chip tariffs.", "USA", "JPN", "ease"),
])
def test_an_offer_made_is_proposed_never_a_fact(text, actor, target, action) -> None:
    evs = find(events(text), actor=actor, target=target, instrument="tariff", action=action)
    assert evs and all(e.status == "proposed" for e in evs), evs


def test_an_offer_taken_up_and_then_acted_on_is_still_a_fact() -> None:
    evs = events("Tokyo rejected the offer and raised tariffs on American rice.")
    assert find(evs, actor="JPN", target="USA", action="raise", status="in_force"), evs


# 5. tariffs put on the table are a threat unless a cut or the subject's own duties in talks are offered
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Washington put tariffs on the table against Chinese steel.", "USA", "CHN"),
    ("Trump put tariffs on the table on Monday, raising the stakes for Beijing.", "USA", None),
    ("The EU put tariffs on the table on Monday as it prepared to retaliate.", "EU", None),
])
def test_bare_tariffs_on_the_table_are_a_threat(text, actor, target) -> None:
    evs = events(text)
    assert find(evs, actor=actor, target=target, instrument="tariff", action="threaten"), evs
    assert not find(evs, action="lower")


@pytest.mark.parametrize(("text", "actor"), [
    ("Japan put farm tariffs on the table during the talks on Monday.", "JPN"),
    ("Brussels put its car tariffs on the table in the trade talks with Washington.", "EU"),
])
def test_own_duties_put_on_the_table_in_talks_are_a_concession(text, actor) -> None:
    evs = find(events(text), actor=actor, instrument="tariff")
    assert evs and all(e.action == "lower" and e.status == "proposed" for e in evs), evs


# 6. a court verb makes a trade ruling only when its own object is a measure or trade
@pytest.mark.parametrize("text", [
    "A federal judge blocked the administration's plan to cut funding for Harvard, which had criticised tariffs "
    "on Chinese goods.",
    "A court in Beijing upheld a fraud conviction against a Canadian citizen as Ottawa's tariffs on Chinese EVs "
    "took effect.",
    "The judge dismissed the case, and Washington raised tariffs on Chinese goods to 145% the next day.",
    "A Paris court halted the strike at the port as EU tariffs on US whiskey took effect.",
])
def test_a_court_verb_on_no_trade_matter_is_no_ruling(text) -> None:
    assert not find(events(text), instrument="legal_ruling")


# 7. a court named with no country is the country of the measure it rules on
@pytest.mark.parametrize(("text", "subject"), [
    ("A federal court struck down Trump's tariffs on Chinese goods on Wednesday.", "all_goods"),
    ("A federal court blocked the Commerce Department's tariffs on Canadian lumber.", None),
    ("The court sided with the importers against the US tariffs on Chinese steel.", "steel"),
    ("A trade court threw out the US duties on Vietnamese shrimp on Friday.", None),
])
def test_a_court_with_no_country_is_the_measures_owner(text, subject) -> None:
    evs = find(events(text), instrument="legal_ruling", action="rule")
    assert [(e.actor, e.target) for e in evs] == [("USA", None)], evs
    if subject:
        assert subject in evs[0].subject


def test_a_court_named_with_its_country_keeps_it() -> None:
    evs = events("Brazil's Supreme Court on Monday upheld the import ban on US beef.")
    assert find(evs, actor="BRA", instrument="legal_ruling", action="rule"), evs


# 8. "called" with a name or a quality after the person is no call; a video conference needs two sides
@pytest.mark.parametrize("text", [
    'Trump called Carney "governor" as the US raised tariffs on Canadian goods to 35%.',
    "Trump called Carney weak as the US raised tariffs on Canadian goods to 35%.",
    "Trump called Chinese President Xi Jinping a friend as tariffs on Chinese goods rose.",
])
def test_a_person_called_something_is_no_call(text) -> None:
    evs = events(text)
    assert not find(evs, instrument="leader_call") and not find(evs, instrument="talks"), evs


@pytest.mark.parametrize("text", [
    "Samsung held a video conference with analysts as US tariffs on Korean chips loomed.",
    "Toyota held a virtual meeting with dealers as US tariffs on Japanese cars took effect.",
])
def test_a_firms_video_conference_is_no_talks(text) -> None:
    evs = events(text)
    assert not find(evs, instrument="leader_call") and not find(evs, instrument="talks"), evs


def test_a_video_conference_between_two_governments_is_still_talks() -> None:
    evs = events("Japan held a video conference with Washington on the car tariffs.")
    assert pairs(evs, "talks") == {frozenset(("JPN", "USA"))}, evs


# 9. a treaty, or a pact brokered or forged, is a trade deal only with trade in its own phrase
@pytest.mark.parametrize("text", [
    "The treaty of Versailles is often cited by historians, the Chinese ambassador to the US said of the tariffs.",
    "Qatar brokered a ceasefire between Israel and Hamas as Washington raised tariffs on Chinese goods.",
    "Japan and the United States signed a treaty on defence cooperation as tariffs on Japanese cars stayed at 25%.",
    "China and Russia hailed their treaty of friendship as US tariffs on Chinese goods rose.",
    "Egypt forged a defence pact with Saudi Arabia as US tariffs on Egyptian textiles took effect.",
])
def test_a_pact_of_no_trade_is_no_deal(text) -> None:
    assert not find(events(text), instrument="agreement")


@pytest.mark.parametrize(("text", "pair"), [
    ("Peru and Chile signed a free-trade treaty on Monday.", ("PER", "CHL")),
    ("Norway and Canada signed a tax treaty on Monday.", ("NOR", "CAN")),
    ("The US and Japan forged a deal on car tariffs on Tuesday.", ("USA", "JPN")),
    ("Chile and India signed a memorandum of understanding on lithium on Tuesday.", ("CHL", "IND")),
])
def test_a_trade_treaty_or_a_trade_deal_forged_is_a_deal(text, pair) -> None:
    assert frozenset(pair) in pairs(events(text), "agreement", "agree")


# 10. a refusal told in another stretch of the clause leaves a waiver granted
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The US granted Japan a waiver from the chip tariffs, which Seoul had been denied.", "USA", "JPN"),
    ("The US exempted Canada from the steel tariffs, a move Beijing denounced and rejected as unfair.", "USA", "CAN"),
])
def test_a_waiver_granted_beside_a_refusal_elsewhere_is_an_ease(text, actor, target) -> None:
    assert find(events(text), actor=actor, target=target, instrument="tariff", action="ease")


@pytest.mark.parametrize("text", [
    "Washington denied Tokyo a waiver from the steel tariffs.",
    "Washington turned down Seoul's application for an exemption from the car tariffs.",
])
def test_a_waiver_denied_in_its_own_phrase_is_no_ease(text) -> None:
    assert not find(events(text), action="ease")


# 11. "tabled" is a proposal (British usage) unless the text says the measure is shelved
@pytest.mark.parametrize(("text", "actor", "target", "instrument"), [
    ("Brussels tabled its countermeasures against US steel tariffs on Wednesday.", "EU", "USA", "other"),
    ("Ottawa tabled its surtax on US dairy on Monday.", "CAN", "USA", "tariff"),
])
def test_a_measure_tabled_with_a_definite_object_is_a_proposal(text, actor, target, instrument) -> None:
    evs = find(events(text), actor=actor, target=target, instrument=instrument)
    assert evs and all(e.status == "proposed" for e in evs), evs


def test_a_tariff_hike_tabled_is_proposed_not_in_force() -> None:
    evs = find(events("Trump tabled the tariff hike on Mexican goods after a call with Sheinbaum."), instrument="tariff")
    assert evs and all(e.status == "proposed" for e in evs), evs


# 12. a rate a rival keeps on the same goods is its own measure, not an exemption from the rise
@pytest.mark.parametrize("text", [
    "India doubled its tariff on US almonds to 20%, while China kept its 10% rate on them.",
    "Mexico's tariffs on steel doubled to 50%, while Canada kept its 25% tariff on US steel under the deal it "
    "struck with Washington.",
    "Japan doubled its duty on US beef to 50%, while Korea kept its 25% duty on American beef.",
])
def test_a_rivals_own_kept_rate_is_no_carve_out(text) -> None:
    assert not find(events(text), action="ease")


def test_a_kept_rate_with_no_object_is_still_a_carve_out() -> None:
    evs = events("US steel tariffs double to 50% as Britain keeps its 25% rate.")
    assert find(evs, actor="USA", target="GBR", instrument="tariff", action="ease"), evs


# 13. the one phoned is the other side of the call
@pytest.mark.parametrize("text", [
    "Trump phoned Xi on Thursday to discuss tariffs.",
    "Trump phoned Chinese President Xi Jinping on Thursday to discuss tariffs.",
    "Trump called Chinese President Xi Jinping on Thursday to discuss tariffs.",
    "US President Donald Trump phoned Chinese President Xi Jinping on Thursday to discuss tariffs.",
])
def test_the_leader_phoned_is_the_other_side(text) -> None:
    assert pairs(events(text), "leader_call", "call") == {frozenset(("USA", "CHN"))}


# 14. a conditional filing is a threat; a deal saved is no deal made; a case against the administration
def test_a_case_filed_only_if_a_step_is_taken_is_a_threat() -> None:
    evs = events("The EU said it would bring the matter before the WTO if Washington raised tariffs on cars.")
    assert find(evs, actor="EU", target="USA", instrument="legal_ruling", action="threaten"), evs
    assert not find(evs, instrument="legal_ruling", action="announce")


def test_a_deal_to_be_saved_is_no_deal_concluded() -> None:
    evs = events("In a bid to save the deal, Japan offered to buy more US rice.")
    assert not find(evs, instrument="agreement", status="concluded"), evs


def test_a_suit_against_the_administration_targets_its_country() -> None:
    evs = find(events("A group of states sued the Trump administration over the tariffs on Chinese goods."),
               instrument="legal_ruling")
    assert evs and all(e.target == "USA" for e in evs), evs
