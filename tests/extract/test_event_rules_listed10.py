"""Sanctions and list additions: targets and subjects from the firms and people named (invented sentences)."""

from __future__ import annotations

from tests.extract.event_helpers import analyze_events, find


def _listed(text: str, published: str) -> list:  # type: ignore[type-arg]
    return [e for e in analyze_events(text, published, headline=True) if e.instrument in ("sanction", "entity_list")]


def test_sanctioned_russian_firms_take_their_country_and_sector() -> None:
    evs = _listed("The U.S. Treasury on Tuesday imposed sanctions on Surgutneftegas and Tatneft.", "2025-04-09")
    assert [(e.actor, e.target, e.instrument, e.action, e.subject) for e in evs] == [
        ("USA", "RUS", "sanction", "impose", ("energy",))]
    banks = _listed("Sberbank and Gazprombank were hit with fresh sanctions by Canada on Monday.", "2024-02-27")
    assert banks and all(e.actor == "CAN" for e in banks)


def test_reason_clause_names_no_target() -> None:
    evs = _listed("Beijing on Monday put Anduril Industries and Shield AI on its unreliable entity list over "
                  "weapons deliveries to Taiwan.", "2024-09-17")
    assert [(e.actor, e.target) for e in evs] == [("CHN", "USA")]
    assert "defense" in evs[0].subject
    evs = _listed("The State Department on Friday sanctioned four Singapore-based shipping firms accused of "
                  "carrying Venezuelan crude.", "2025-02-15")
    assert [(e.actor, e.target) for e in evs] == [("USA", "SGP")]
    assert evs[0].subject == ("shipping",)


def test_country_word_opening_the_listed_phrase_is_the_target() -> None:
    evs = _listed("The Treasury on Wednesday sanctioned a Chinese teapot refinery in Hebei province for "
                  "processing Iranian oil.", "2025-05-08")
    assert [(e.actor, e.target) for e in evs] == [("USA", "CHN")]
    evs = _listed("London said on Tuesday it may sanction Turkish banks that help Moscow skirt export curbs.",
                  "2024-03-12")
    assert [(e.actor, e.target, e.action) for e in evs] == [("GBR", "TUR", "threaten")]


def test_military_suppliers_are_defense() -> None:
    evs = _listed("China on Thursday imposed sanctions on six American military contractors over a $2 billion "
                  "deal with Taipei.", "2024-12-05")
    assert [(e.actor, e.target, e.subject) for e in evs] == [("CHN", "USA", ("defense",))]


def test_blacklisting_with_assets_or_people_is_a_sanction() -> None:
    evs = _listed("Britain on Thursday blacklisted Russia's largest gold miner and froze its assets.", "2023-06-15")
    assert [(e.actor, e.target, e.instrument, e.action) for e in evs] == [("GBR", "RUS", "sanction", "impose")]
    evs = _listed("Washington blacklisted nine Belarusian officials on Friday.", "2021-08-13")
    assert [(e.instrument, e.target) for e in evs] == [("sanction", "BLR")]


def test_present_tense_blacklists_is_a_listing() -> None:
    evs = _listed("Washington blacklists Chinese lidar maker Hesai in new security push.", "2024-01-31")
    assert find(evs, actor="USA", target="CHN", instrument="entity_list", action="impose")
    evs = _listed("US blacklists Vietnamese solar firm over shipments to Iran, officials say.", "2024-06-03")
    assert find(evs, actor="USA", target="VNM", instrument="entity_list", action="impose")


def test_a_blacklisted_firm_is_no_new_listing() -> None:
    evs = _listed("Carmakers in Japan went looking for copper that did not come from a blacklisted supplier.",
                  "2024-07-22")
    assert evs == []


def test_mutual_fees_in_another_clause_do_not_make_the_sanction_mutual() -> None:
    evs = _listed("Beijing on Friday imposed sanctions on three U.S.-based units of a Japanese shipyard, "
                  "escalating a row in which Tokyo and Beijing have begun charging each other's ships.",
                  "2025-11-08")
    assert all(e.actor == "CHN" for e in evs) and find(evs, target="USA")


def test_sanctions_verb_in_present_tense_and_after_a_modal() -> None:
    evs = _listed("Japan sanctions Sovcomflot and two tanker operators, the foreign ministry said on Tuesday.",
                  "2024-10-08")
    assert find(evs, actor="JPN", target="RUS", instrument="sanction", action="impose")


def test_sanctions_told_again_with_their_day_are_one_event() -> None:
    evs = _listed("Oil prices rose on Friday, with Brent up 3%, after Britain imposed sanctions on Gazprom Neft "
                  "and Surgutneftegas.\n\nThe Foreign Office announced the sanctions on Thursday, its largest "
                  "round this year.", "2025-01-10")
    assert [(e.actor, e.target, e.event_date, e.subject) for e in evs] == [("GBR", "RUS", "2025-01-09", ("energy",))]


def test_firms_named_before_a_passive_sanction_are_its_target() -> None:
    evs = _listed("Novolipetsk Steel and Severstal were hit with new sanctions by Australia on Wednesday.",
                  "2023-03-16")
    assert [(e.actor, e.target, e.subject) for e in evs] == [("AUS", "RUS", ("steel",))]


def test_a_verb_of_freezing_assets_is_a_sanction() -> None:
    evs = _listed("Canada on Friday froze all Canadian assets of Rosatom and six of its managers.", "2023-02-24")
    assert [(e.actor, e.target, e.instrument, e.action) for e in evs] == [("CAN", "RUS", "sanction", "impose")]
    evs = _listed("Ottawa on Friday blacklisted the miner Alrosa and froze its assets in Canada.", "2023-02-24")
    assert [(e.actor, e.target, e.instrument) for e in evs] == [("CAN", "RUS", "sanction")]


def test_blacklists_as_a_noun_is_no_verb() -> None:
    evs = _listed("Trade blacklists are a favoured tool of both governments, analysts at a Tokyo bank wrote.",
                  "2024-05-02")
    assert evs == []
