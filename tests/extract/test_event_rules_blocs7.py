"""Several parties named together: trade blocs told as parties, countries coordinated or told by a role
(ANNOTATION.md 3: a measure against several named countries is one event per target). Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.kb import KnowledgeBase
from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2024-09-13"):  # a Friday
    return analyze_events(text, published)


def test_the_knowledge_base_lists_the_members_of_a_bloc() -> None:
    kb = KnowledgeBase.load()
    assert set(kb.bloc_members["Mercosur"]) == {"BRA", "ARG", "URY", "PRY"}
    assert "SGP" in kb.bloc_members["ASEAN"]
    assert "EU" not in kb.bloc_members  # the Union is a party of its own
    orgs = {o.name for o in kb.organizations}
    for name, members in kb.bloc_members.items():
        assert name in orgs  # a bloc is found in the text as an organisation
        assert all(c in kb.country_by_code for c in members)


def test_a_deal_with_a_bloc_is_a_deal_with_each_member() -> None:
    evs = events("Pact sealed\n\nSwitzerland and Mercosur signed a free trade agreement in Geneva on Tuesday.")
    partners = {e.target if e.actor == "CHE" else e.actor for e in find(evs, instrument="agreement")}
    assert partners == {"BRA", "ARG", "URY", "PRY"}, evs


def test_a_bloc_that_imposes_a_measure_is_each_member() -> None:
    evs = events("Levy\n\nThe Gulf Cooperation Council imposed anti-dumping duties of 12 percent on Indian "
                 "ceramic tiles on Monday.")
    actors = {e.actor for e in evs if e.target == "IND"}
    assert actors == {"SAU", "ARE", "QAT", "KWT", "OMN", "BHR"}, evs


def test_a_bloc_and_a_country_are_one_pair_per_member() -> None:
    evs = events("Talks\n\nASEAN and Canada opened talks on a trade agreement in Jakarta on Wednesday.")
    pairs = {frozenset((e.actor, e.target)) for e in evs if e.instrument == "talks"}
    members = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}
    assert pairs == {frozenset(("CAN", m)) for m in members}, evs
    assert not [e for e in evs if e.actor == e.target], evs


def test_a_user_can_add_a_bloc(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "organizations.csv").write_text("name,aliases,kind,country\nNordic Trio,,igo,\n", encoding="utf-8")
    (tmp_path / "blocs.csv").write_text("name,members\nNordic Trio,SWE|NOR|FIN\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path])
    article = Article(text="Deal\n\nJapan and the Nordic Trio concluded a trade agreement in Oslo on Thursday.",
                      published="2024-09-13")
    evs = list(analyze(article, kb=kb).events)
    partners = {e.target if e.actor == "JPN" else e.actor for e in evs if e.instrument == "agreement"}
    assert partners == {"SWE", "NOR", "FIN"}, evs


def test_a_region_before_a_demonym_is_not_that_country() -> None:
    evs = events("Quota\n\nJapan agreed on Friday to cut its tariff on South American pork to 5 percent.")
    assert find(evs, actor="JPN", instrument="tariff", action="lower"), evs
    assert not [e for e in evs if "USA" in (e.actor, e.target)], evs


def test_all_three_are_the_countries_listed_before() -> None:
    evs = events("Quotas end\n\nIndia, Vietnam and Thailand had been spared the safeguard for two years.\n\n"
                 "Seoul said on Thursday that a 15 per cent duty on their plywood would apply to all three "
                 "from next month.")
    targets = {e.target for e in find(evs, actor="KOR", instrument="tariff")}
    assert {"IND", "VNM", "THA"} <= targets, evs


def test_goods_from_both_countries_are_both_targets() -> None:
    evs = events("Status stripped\n\nOttawa cut its trade ties with Iran and its ally Syria on Tuesday, subjecting "
                 "goods from both countries to far higher Canadian tariffs.")
    targets = {e.target for e in find(evs, actor="CAN", instrument="tariff")}
    assert {"IRN", "SYR"} <= targets, evs


def test_a_group_told_before_the_measure_is_its_actors() -> None:
    evs = events("Answer\n\nChile, Peru and Colombia protested against the American lumber duties last week.\n\n"
                 "On Monday all three countries raised tariffs on American apples to 20 per cent.")
    actors = {e.actor for e in find(evs, target="USA", instrument="tariff")}
    assert actors == {"CHL", "PER", "COL"}, evs


def test_countries_listed_as_the_subject_each_take_the_measure() -> None:
    evs = events("Answer\n\nNorway and Iceland imposed 18 per cent duties on Chinese aluminium on Monday.")
    actors = {e.actor for e in find(evs, target="CHN", instrument="tariff")}
    assert actors == {"NOR", "ISL"}, evs


def test_a_list_of_countries_tightening_controls_is_one_event_each() -> None:
    evs = events("Curbs\n\nSingapore, Malaysia and Thailand tightened export controls on rice on Tuesday.")
    assert {e.actor for e in find(evs, instrument="export_control")} == {"SGP", "MYS", "THA"}, evs
