"""Talks, deals, leaders' calls and court or WTO cases (round 13), on invented sentences: the wordings
outlets use for each, told by verbs, nouns and idioms."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2026-03-12"):  # a Thursday
    return analyze_events(text, published, headline=True)


def test_a_court_decision_told_by_its_verb_is_a_ruling() -> None:
    evs = events("A federal court in Ohio struck down the duties on imported washing machines on Monday.")
    assert find(evs, instrument="legal_ruling", action="rule", event_date="2026-03-09")
    assert not find(evs, instrument="legal_ruling", target="USA")  # a court ruling on its own country's duties
    evs = events("Argentina's Supreme Court upheld the ban on imported used clothing on Wednesday.")
    assert find(evs, actor="ARG", instrument="legal_ruling", action="rule", event_date="2026-03-11")
    evs = events("The European Court of Justice annulled the anti-subsidy duties on Indian steel tubes on Tuesday.")
    assert find(evs, actor="EU", instrument="legal_ruling", action="rule", event_date="2026-03-10")
    evs = events("Colombia's top court threw out the import levies on Ecuadorian rice on Monday.")
    assert find(evs, actor="COL", instrument="legal_ruling", action="rule")


def test_a_wto_ruling_hits_the_country_whose_measure_it_condemns() -> None:
    evs = events("A WTO panel ruled on Tuesday that Malaysia's palm oil export levy broke global trade rules.")
    assert find(evs, actor=None, target="MYS", instrument="legal_ruling", action="rule")
    evs = events("A WTO panel found on Monday that Egypt's extra duties on Brazilian sugar broke trade rules.")
    assert find(evs, target="EGY", instrument="legal_ruling", action="rule")


def test_a_case_brought_to_the_wto_against_a_country() -> None:
    evs = events("Norway dragged Chile to the WTO on Tuesday over its salmon levies.")
    assert find(evs, actor="NOR", target="CHL", instrument="legal_ruling", action="announce",
                event_date="2026-03-10")
    evs = events("Mexico took the EU to the WTO on Monday over its steel safeguard.")
    assert find(evs, actor="MEX", target="EU", instrument="legal_ruling", action="announce")
    evs = events("Brazil lodged a complaint with the WTO on Wednesday over Indian duties on sugar.")
    assert find(evs, actor="BRA", target="IND", instrument="legal_ruling", action="announce")
    evs = events("Seoul takes Tokyo to the WTO over its freeze on Korean seafood")
    assert find(evs, actor="KOR", target="JPN", instrument="legal_ruling", action="announce")


def test_dispute_consultations_are_against_the_one_named_after_with() -> None:
    evs = events("Japan requested WTO dispute consultations with India on Monday over its tariffs on phones.")
    assert find(evs, actor="JPN", target="IND", instrument="legal_ruling", action="announce")


def test_firms_that_sue_a_government_open_a_case_with_no_national_actor() -> None:
    evs = events("Three retailers sued the US government on Friday over the tariffs on Vietnamese furniture.")
    assert find(evs, actor=None, target="USA", instrument="legal_ruling", action="announce",
                event_date="2026-03-06")


def test_an_appeal_of_a_panel_decision_opens_a_step_of_the_case() -> None:
    evs = events("Turkey appealed the WTO panel's decision on its steel duties on Tuesday.")
    assert find(evs, actor="TUR", instrument="legal_ruling", action="announce")


def test_a_leader_phoned_or_rang_is_a_call() -> None:
    evs = events("Ghanaian President John Mahama phoned Nigerian President Bola Tinubu on Monday about cocoa duties.")
    assert find(evs, instrument="leader_call", action="call", event_date="2026-03-09")
    assert {frozenset((e.actor, e.target)) for e in find(evs, instrument="leader_call")} == {frozenset(("GHA", "NGA"))}
    evs = events("Peruvian President Dina Boluarte rang Chilean President Gabriel Boric on Wednesday.")
    assert find(evs, instrument="leader_call", action="call", event_date="2026-03-11")
    assert {frozenset((e.actor, e.target)) for e in find(evs, instrument="leader_call")} == {frozenset(("PER", "CHL"))}
    evs = events("Trump phoned Xi on Thursday to discuss tariffs.")  # no titles
    assert {frozenset((e.actor, e.target)) for e in find(evs, instrument="leader_call")} == {frozenset(("USA", "CHN"))}


def test_called_is_a_call_only_with_a_person_called() -> None:
    evs = events("Argentine President Javier Milei called Brazilian President Lula on Tuesday to discuss beef tariffs.")
    assert find(evs, instrument="leader_call", action="call")
    assert not find(evs, instrument="talks")  # the call's purpose is no second event
    evs = events("Argentine President Javier Milei called Brazilian President Lula's tariffs a mistake.")
    assert not find(evs, instrument="leader_call")
    evs = events("The Peruvian president called on Chile to scrap the copper levies.")
    assert not find(evs, instrument="leader_call")


def test_calls_told_by_telephone_video_and_phone_talks() -> None:
    evs = events("Thai Prime Minister Paetongtarn Shinawatra and Malaysian Prime Minister Anwar Ibrahim talked by "
                 "telephone on Friday.")
    assert find(evs, instrument="leader_call", action="call", event_date="2026-03-06")
    evs = events("Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese held a "
                 "video conference on Monday on beef trade.")
    assert find(evs, instrument="leader_call", action="call", event_date="2026-03-09")


def test_officials_phoning_each_other_hold_talks() -> None:
    evs = events("Kenya's trade minister phoned her Tanzanian counterpart on Monday about sugar duties.")
    assert find(evs, instrument="talks", action="negotiate")
    assert not find(evs, instrument="leader_call")


def _pairs(evs, instrument: str = "agreement") -> set[frozenset]:
    return {frozenset((e.actor, e.target)) for e in evs if e.instrument == instrument and e.action == "agree"}


def test_deals_initialled_inked_ratified_or_signed_with_pen_to_paper() -> None:
    evs = events("Vietnam and Chile initialled a free trade agreement on Wednesday.")
    assert frozenset(("VNM", "CHL")) in _pairs(evs)
    evs = events("Kenya and Peru inked an accord on Monday to cut duties on flowers.")
    assert frozenset(("KEN", "PER")) in _pairs(evs)
    evs = events("Morocco and Brazil put pen to paper on a trade agreement on Tuesday.")
    assert frozenset(("MAR", "BRA")) in _pairs(evs)


def test_memoranda_and_treaties_are_deals() -> None:
    evs = events("Chile and India signed a memorandum of understanding on lithium on Tuesday.")
    assert frozenset(("CHL", "IND")) in _pairs(evs)
    evs = events("Egypt and Kenya signed an MoU on Monday to expand tea trade.")
    assert frozenset(("EGY", "KEN")) in _pairs(evs)


def test_negotiations_wrapped_up_on_a_deal_are_a_deal_but_a_round_wrapped_up_is_talks() -> None:
    evs = events("Peru and the EU wrapped up negotiations on a trade agreement on Friday.")
    assert frozenset(("PER", "EU")) in _pairs(evs)
    evs = events("Officials from Ghana and Morocco wrapped up a third round of talks in Accra on Friday.")
    assert find(evs, instrument="talks", action="negotiate")
    assert not _pairs(evs)
    evs = events("Officials from Ghana and Morocco wrapped up their talks in Accra on Friday without a deal.")
    assert find(evs, instrument="talks", action="negotiate") and not _pairs(evs)


def test_a_deal_unveiled_is_a_deal() -> None:
    evs = events("The Thai prime minister and the Vietnamese president unveiled a trade pact in Hanoi on Monday.")
    assert frozenset(("THA", "VNM")) in _pairs(evs)


def test_a_commitment_to_purchasing_goods_is_a_deal() -> None:
    evs = events("Pakistan has committed to purchasing two million tonnes of American soybeans a year.")
    assert find(evs, actor="PAK", instrument="agreement", action="agree")


def test_a_case_brought_before_is_not_brought_again_when_it_is_suspended() -> None:
    evs = events("Canberra agreed in May to suspend the case it had brought against Beijing at the WTO.")
    assert not find(evs, instrument="legal_ruling", action="announce")


def _talks(evs) -> set[frozenset]:
    return {frozenset((e.actor, e.target)) for e in evs if e.instrument == "talks" and e.action == "negotiate"}


def test_a_capital_visited_or_a_trip_there_is_talks() -> None:
    evs = events("Italy's trade minister visited Ankara on Monday to press for lower steel duties.")
    assert frozenset(("ITA", "TUR")) in _talks(evs)
    # (a leader's visit with no matter told is talks in a paragraph about trade: review15 5)
    evs = events("Hanoi cut its tariffs on Swedish trucks last year. Sweden's prime minister returned the favour "
                 "with a trip to Hanoi in January.", "2026-03-12")
    assert frozenset(("SWE", "VNM")) in _talks(evs)


def test_a_journey_with_its_purpose_is_talks() -> None:
    evs = events("Nigeria's finance minister flew to Beijing on Tuesday to negotiate a cut in the levies.")
    assert frozenset(("NGA", "CHN")) in _talks(evs)
    evs = events("Chile's foreign minister travelled to Canberra in a final bid to avert the lithium duties.")
    assert frozenset(("CHL", "AUS")) in _talks(evs)
    evs = events("Chinese exports headed to the United States fell 20 per cent as tariffs bit.")
    assert not _talks(evs)


def test_a_foreign_leader_or_delegation_hosted_is_talks() -> None:
    evs = events("Vietnamese President Luong Cuong hosted South Korean President Lee Jae-myung in Hanoi on Friday. "
                 "Trade between the two has doubled since 2020.")
    assert frozenset(("VNM", "KOR")) in _talks(evs)
    evs = events("Peru received a Japanese trade delegation on Monday to discuss fish tariffs.")
    assert frozenset(("PER", "JPN")) in _talks(evs)
    evs = events("Ecuador welcomed Colombian President Gustavo Petro's decision to lower the tariffs.")
    assert not _talks(evs)
    evs = events("Morocco received US approval on Monday to export citrus fruit.")
    assert not _talks(evs)


def test_a_court_named_after_a_country_possessive_is_that_countrys() -> None:
    evs = events("Chile's Supreme Court on Monday overturned the duties on imported Argentine wheat.")
    assert find(evs, actor="CHL", instrument="legal_ruling", action="rule")
