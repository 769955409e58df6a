"""Review 16 (of the parties14 and deals14 rules): a deal's end is no deal in force, a measure under a deal
is no deal, a deal once in force is no deal in force now, talks kept across a tie, "since" of another
clause, a copy told of goods, a demonym before a ministry named by two words, a market opened by no
government, and a whole share of a country's goods.

Every sentence is invented; names, numbers and wording differ from the development articles."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _evs(text: str, published: str = "2024-06-12") -> list:  # type: ignore[type-arg]
    return analyze_events(text, published, headline=True)


def test_the_end_of_a_deal_taking_effect_is_no_deal_in_force() -> None:
    for text in ("Britain's withdrawal from the trade pact with Canada took effect on Friday.",
                 "Canada's exit from the trade deal with Peru came into force on Monday.",
                 "The termination of the free trade agreement between Chile and Ecuador came into force on Monday.",
                 "Norway's pullout from the trade accord with Ghana took effect on Tuesday.",
                 "The suspension of the trade agreement between Peru and Bolivia went into effect on Sunday."):
        deals = find(_evs(text), instrument="agreement", action="agree")
        assert not [e for e in deals if e.status == "in_force"], text


def test_a_measure_taking_effect_under_a_deal_is_no_deal_in_force() -> None:
    for text in ("New duties on Chinese steel under the trade pact with Mexico took effect on Monday.",
                 "Higher tariffs on US whisky under the trade deal with Britain took effect on Monday.",
                 "US sanctions under the nuclear deal with Iran took effect on Monday.",
                 "Lower duties on Chilean wine under the trade agreement with Japan came into force on Sunday.",
                 "Quotas on Thai sugar in breach of the trade accord with Vietnam took effect on Friday."):
        assert not find(_evs(text), instrument="agreement"), text
    # (the measure itself still takes effect)
    evs = find(_evs("New duties on Chinese steel under the trade pact with Mexico took effect on Monday."),
               instrument="tariff")
    assert [(e.actor, e.target, e.status) for e in evs] == [("MEX", "CHN", "in_force")]


def test_a_deal_in_force_only_in_the_past_is_no_deal_in_force() -> None:
    for text in ("The trade pact between Canada and Ukraine was in force until 2019, when Ottawa withdrew from it.",
                 "The trade agreement with South Korea was in effect for only two years before Washington quit it.",
                 "The free trade deal between Peru and Jordan was in force until Amman ended it in 2016.",
                 "Chile's trade accord with Ghana was in effect for a decade, but it ended in 2015."):
        deals = find(_evs(text), instrument="agreement")
        assert not [e for e in deals if e.status == "in_force"], text
    # (a deal that is in force, or was put into force on a day, still is)
    deals = find(_evs("The trade agreement between Chile and Ghana is now in force."), instrument="agreement")
    assert [(e.action, e.status) for e in deals] == [("agree", "in_force")]


def test_talks_with_a_partner_are_kept_across_a_tie_of_the_actor() -> None:
    text = ("Japan will resume trade talks next month, its trade minister said on Monday. Japan hopes to cut "
            "tariffs on cars, and Japan's automakers back the plan. The talks with India stalled last year over "
            "dairy, an analyst in Singapore said.")
    talks = find(_evs(text), instrument="talks")
    assert {frozenset((e.actor, e.target)) for e in talks} == {frozenset(("JPN", "IND"))}
    text = ("Peru will resume trade talks next month, its foreign minister said on Monday. Peru wants lower "
            "duties on copper, and Peru's miners back the plan. The talks with Canada stalled last year over "
            "wheat, an analyst said.")
    talks = find(_evs(text), instrument="talks")
    assert talks and all(frozenset((e.actor, e.target)) == frozenset(("PER", "CAN")) for e in talks)


def test_a_since_of_another_clause_does_not_date_the_measure() -> None:
    for text in ("Canada has said Mexico imposed the tariffs on steel, and prices have risen since April.",
                 "Officials say Brazil raised the duties on sugar, and exports have fallen sharply since March.",
                 "Mexico imposed tariffs on steel, and prices have gone up since April."):
        evs = [e for e in _evs(text) if e.instrument == "tariff"]
        assert evs, text
        assert all(e.event_date not in ("2024-04", "2024-03") for e in evs), text
    # (the measure's own "has been ... since" still dates it)
    evs = find(_evs("Mexico has imposed tariffs on steel since April."), instrument="tariff")
    assert [e.event_date for e in evs] == ["2024-04"]


def test_like_or_similar_told_of_goods_lends_no_target() -> None:
    for text in ("The United States imposed tariffs on Chinese steel on Monday. India said on Tuesday it would "
                 "impose tariffs on items like almonds and apples.",
                 "Canada imposed tariffs on Chinese EVs on Monday. Mexico imposed tariffs on Tuesday on steel, "
                 "aluminium and similar metals.",
                 "Canada imposed tariffs on Chinese EVs on Monday. Brazil imposed tariffs on Tuesday on steel and "
                 "other similar products."):
        second = [e for e in _evs(text) if e.actor in ("IND", "MEX", "BRA")]
        assert second, text
        assert all(e.target is None for e in second), text
    # (a copy of the measure still lends the target)
    text = ("Canada imposed tariffs on Chinese EVs on Monday. Mexico imposed similar tariffs on Tuesday.")
    assert [e.target for e in _evs(text) if e.actor == "MEX"] == ["CHN"]


def test_a_demonym_before_a_ministry_named_by_two_words_is_the_actor() -> None:
    # (the measure told after "After talks with X," is a gap of its own: here only no wrong actor)
    for text, wrong in (
            ("After talks with Kazakhstan, the Russian agriculture ministry banned grain exports on Monday.", "KAZ"),
            ("Following talks with Pakistan, the Indian food ministry banned rice exports on Friday.", "PAK"),
            ("After a call with Brazil, the Argentine farm ministry banned beef exports on Monday.", "BRA")):
        assert wrong not in {e.actor for e in find(_evs(text), instrument="export_control")}, text
    for text, actor in (("The Russian agriculture ministry banned grain exports on Monday.", "RUS"),
                        ("The Indian food ministry banned rice exports on Friday.", "IND")):
        assert [e.actor for e in find(_evs(text), instrument="export_control")] == [actor], text


def test_a_market_opened_by_no_government_is_no_restriction_eased() -> None:
    for text in ("Netflix opened the Indian market to Korean dramas last year.",
                 "Falling prices opened the European market to Chinese solar panels.",
                 "The new rail link opened the Russian market to Chinese carmakers."):
        assert not find(_evs(text), instrument="import_restriction"), text
    # (a government, or a deal, opening its market still is)
    for text, actor, target in (("Japan opened its rice market to Thai exporters on Monday.", "JPN", "THA"),
                                ("The pact opens Taiwan's pork market to Canadian farmers.", "TWN", "CAN")):
        evs = find(_evs(text), instrument="import_restriction")
        assert [(e.actor, e.target, e.action) for e in evs] == [(actor, target, "ease")], text


def test_a_whole_share_of_a_countrys_goods_is_all_goods() -> None:
    for text in ("The United States now charges tariffs on 100% of Chinese goods.",
                 "Canada imposed duties on 100 per cent of American imports on Monday."):
        evs = find(_evs(text), instrument="tariff")
        assert evs and "all_goods" in evs[0].subject, text


def test_a_ceasefire_deal_taking_effect_is_no_trade_deal_in_force() -> None:
    for text in ("The ceasefire agreement between Israel and Lebanon took effect on Sunday.",
                 "The peace deal between Armenia and Azerbaijan came into force on Monday."):
        assert not [e for e in find(_evs(text), instrument="agreement") if e.status == "in_force"], text

