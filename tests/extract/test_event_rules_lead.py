"""Rules on targets of cases, court rulings and bilateral stories, on invented sentences."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2025-06-10"):
    return [(e.actor, e.target, e.instrument, e.action, e.subject)
            for e in analyze(Article(text="Headline\n" + text, published=published)).events]


def test_wto_case_targets_the_country_challenged() -> None:
    got = events("Canada said on Monday it had filed a complaint at the World Trade Organization "
                 "against the new U.S. duties on lumber.")
    assert ("CAN", "USA", "legal_ruling", "announce") in [g[:4] for g in got]


def test_wto_rules_are_not_a_ruling() -> None:
    got = events("Officials said the levies broke World Trade Organization rules.")
    assert not [g for g in got if g[2] == "legal_ruling"]


def test_a_national_court_ruling_has_no_foreign_target() -> None:
    got = events("A U.S. federal court ruled on Wednesday that the tariffs on goods from China were unlawful.")
    rulings = [g for g in got if g[2] == "legal_ruling"]
    assert rulings and rulings[0][:2] == ("USA", None) and rulings[0][4] == ("all_goods",)


def test_a_measure_whose_text_names_no_target_keeps_none() -> None:
    # ANNOTATION.md: "a global measure, or one whose text names no target, has target: null"
    text = ("Japan and South Korea traded barbs on Friday. Japan imposed a 10% tariff on steel. "
            "South Korea said talks with Japan would continue, and Japan said it was open to talks.")
    got = events(text)
    assert ("JPN", None, "tariff", "impose", ("steel",)) in got


def test_firms_of_a_country_name_the_target() -> None:
    got = events("The president signed an order on Wednesday that will prohibit some American investments in "
                 "Chinese companies working on chips.", published="2023-08-10")
    assert [g[:4] for g in got if g[2] == "investment_restriction"] == [
        ("USA", "CHN", "investment_restriction", "impose")]


def test_global_measures_keep_no_target() -> None:
    text = ("Japan and South Korea traded barbs on Friday. Japan imposed a 10% tariff on all imported steel. "
            "South Korea said talks with Japan would continue, and Japan said it was open to talks.")
    got = events(text)
    assert ("JPN", None, "tariff", "impose", ("steel",)) in got


def test_a_start_date_does_not_date_the_rest_of_the_article() -> None:
    brief = analyze(Article(text="Headline\nChina has introduced new export controls on rare earths. "
                                 "From Dec. 1, foreign firms will need a licence to export magnets made with them. "
                                 "Trump has threatened a 100% tariff in retaliation.", published="2025-10-16"))
    threat = [e for e in brief.events if e.instrument == "tariff"]
    assert threat and threat[0].event_date is None and threat[0].status == "threatened"


def test_goods_sourced_from_a_country_are_that_countrys_control() -> None:
    got = events("Foreign companies will need a licence to export products containing minerals sourced from China.",
                 published="2025-10-16")
    assert [g[:4] for g in got if g[2] == "export_control"] == [("CHN", None, "export_control", "impose")]


def test_a_country_after_with_is_a_companion_not_the_actor() -> None:
    got = events("China reignited tensions with the United States after announcing new restrictions on "
                 "the export of rare earth elements.")
    assert [g[:3] for g in got] == [("CHN", None, "export_control")]


def test_rules_on_exports_and_unknown_ministries() -> None:
    got = events("China unveiled export controls on five more rare earths on Monday. The Ministry of Commerce also "
                 "imposed new rules on the export of equipment used to refine rare-earth metals.")
    controls = [g for g in got if g[2] == "export_control"]
    assert controls and all(g[0] == "CHN" for g in controls)


def test_threat_carries_over_coordinated_verbs() -> None:
    got = events("Trump threatened to impose a 100% tariff on Chinese goods and introduce new export controls "
                 "on software.")
    assert {(g[2], g[3]) for g in got} == {("tariff", "threaten"), ("export_control", "threaten")}


def test_numbered_documents_are_not_dates() -> None:
    from tradeshock.extract.dates import find_dates

    assert find_dates("announcement number 61 of 2025", None) == []
    assert [d.value for d in find_dates("the rules of 2025", None)] == ["2025"]


def test_capitalised_year_phrases_and_long_rate_phrases() -> None:
    brief = analyze(Article(text="Headline\nIn 2022, the Biden administration banned exports of advanced chips to China.",
                            published="2025-04-16"))
    assert [(e.actor, e.target, e.instrument, e.event_date) for e in brief.events] == [
        ("USA", "CHN", "export_control", "2022")]
    got = analyze(Article(text="Headline\nThe European Commission said on Wednesday it would impose duties on imports "
                               "of Chinese electric vehicles of up to 38.1%.", published="2024-06-13")).events
    assert got and got[0].magnitude is not None and got[0].magnitude.value == 38.1


def test_the_country_that_faces_a_tariff_is_its_target() -> None:
    got = events("China will face a new 34% tariff on top of the existing duties, the White House said.")
    assert ("USA", "CHN", "tariff") in [g[:3] for g in got] or (None, "CHN", "tariff") in [g[:3] for g in got]
    assert not [g for g in got if g[0] == "CHN"]


def test_market_verbs_are_not_tariff_actions() -> None:
    got = events("The Dow drops 1,700 points as tariffs roil the stock market.")
    assert not [g for g in got if g[3] in ("lower", "ease")]


def test_a_start_date_told_next_dates_the_measure() -> None:
    brief = analyze(Article(text="Headline\nThe Netherlands on Friday announced new export restrictions on advanced "
                                 "chipmaking equipment. Companies will need a licence to export the machines under "
                                 "rules that will come into effect on Sep. 1.", published="2023-06-30"))
    controls = [e for e in brief.events if e.instrument == "export_control"]
    assert [(e.actor, e.event_date, e.status) for e in controls] == [("NLD", "2023-09-01", "announced")]


def test_pressure_to_act_is_not_the_act_and_last_month_names_resolve() -> None:
    got = analyze(Article(text="Headline\nLast October, the U.S. introduced rules to cut off exports of chips to "
                               "China. Since then it has put pressure on allies like Japan to introduce export "
                               "restrictions of their own.", published="2023-06-30")).events
    assert [(e.actor, e.event_date) for e in got if e.instrument == "export_control"] == [("USA", "2022-10")]


def test_sanctions_and_lists_of_a_countrys_firms() -> None:
    text = ("China sanctioned 12 US defence firms on Thursday. Subsidiaries of the firms were added to China's "
            "Unreliable Entity List. Separately, China's commerce ministry added 20 US entities to its export "
            "control list, banning the export of dual-use items to them.")
    got = events(text, published="2025-01-03")
    assert ("CHN", "USA", "sanction", "impose") in [g[:4] for g in got]
    assert ("CHN", "USA", "entity_list", "impose") in [g[:4] for g in got]
    assert not [g for g in got if g[0] == "USA"]


def test_port_fees_formal_proposals_and_probes_into_firms() -> None:
    text = ("The USTR on Thursday announced it will phase in fees on Chinese-built vessels. "
            "The USTR is also proposing to impose tariffs on ship-to-shore cranes. "
            "China's market regulator on Friday opened an antitrust investigation into Qualcomm.")
    got = events(text, published="2025-04-21")
    assert ("USA", "CHN", "other", "impose") in [g[:4] for g in got]
    assert ("USA", None, "tariff", "announce") in [g[:4] for g in got]
    assert ("CHN", "USA", "other", "announce") in [g[:4] for g in got]


def test_cut_off_and_choking_off_flows_deal_terms_and_formalized_deals() -> None:
    text = ("The United States had cut off sales of software tools used to design semiconductors to China in May "
            "in retaliation for Beijing choking off rare earth exports. The two sides formalized a trade agreement "
            "last week. Under the deal, the US would lift its export curbs on chip software.")
    got = events(text, published="2025-07-03")
    keys = [g[:4] for g in got]
    assert ("USA", "CHN", "export_control", "impose") in keys
    assert ("CHN", "USA", "export_control", "impose") in keys
    assert any(g[2] == "agreement" for g in got)
    lift = [e for e in analyze(Article(text="Headline\n" + text, published="2025-07-03")).events
            if e.action == "ease"]
    assert lift and lift[0].status == "announced" and lift[0].subject == ("chip_design_software",)


def test_suspended_threats_coordinated_targets_and_measures_that_went_ahead() -> None:
    text = ("Trump on Monday suspended his threat of 25% tariffs on Mexico and Canada for 30 days. "
            "But the 10% U.S. tariffs on Chinese goods went ahead on Tuesday.")
    got = events(text, published="2025-02-06")
    keys = [g[:4] for g in got]
    assert ("USA", "MEX", "tariff", "suspend") in keys and ("USA", "CAN", "tariff", "suspend") in keys
    assert ("USA", "CHN", "tariff", "impose") in keys


def test_a_possessive_owner_of_a_measure_is_its_actor() -> None:
    got = events("EU leaders vowed to answer Trump's new tariffs on steel within days.")
    assert [g[0] for g in got if g[2] == "tariff"] == ["USA"], got


def test_a_party_met_in_a_later_comparison_is_not_a_target() -> None:
    got = events("Trump imposed a 25% tariff on South Korean goods on Monday, a rate equivalent to the "
                 "deals struck with Japan.", published="2025-07-30")
    tariffs = [g for g in got if g[2] == "tariff"]
    assert [g[:2] for g in tariffs] == [("USA", "KOR")]


def test_a_trade_war_with_a_country_still_names_the_target() -> None:
    got = events("Trump imposed a 30% tariff on imports in a trade war with China.", published="2025-07-30")
    assert [g[:3] for g in got if g[2] == "tariff"] == [("USA", "CHN", "tariff")]


def test_a_rule_told_after_the_sentence_naming_its_government_is_that_governments() -> None:
    text = ("Washington said on Monday it would impose export controls on software.\n"
            "The response came quickly. Japan's trade ministry published new rules on Thursday. "
            "Foreign firms will need a licence from Dec. 1 to export products containing rare earths.")
    got = events(text, published="2025-10-11")
    rare = [g for g in got if g[2] == "export_control" and "rare_earths" in g[4]]
    assert rare and rare[0][0] == "JPN"


def test_two_governments_in_the_sentence_before_leave_the_actor_to_other_rules() -> None:
    text = ("Washington said on Monday it would impose export controls on software.\n"
            "Japan and Korea published new rules on Thursday. "
            "Foreign firms will need a licence from Dec. 1 to export products containing rare earths.")
    got = events(text, published="2025-10-11")
    rare = [g for g in got if g[2] == "export_control" and "rare_earths" in g[4]]
    assert rare and rare[0][0] not in ("JPN", "KOR")


def test_leaders_added_by_a_users_knowledge_base_make_a_call_between_leaders(tmp_path) -> None:
    """Which known people are heads of state comes from the knowledge base in use, not from the
    first one loaded in the process."""
    from tradeshock.kb import KnowledgeBase
    from tradeshock.models import Article
    from tradeshock.pipeline import analyze

    (tmp_path / "people.csv").write_text(
        "name,aliases,role,country,organization,start,end\n"
        "Maren Solvik,Solvik,Prime Minister,NOR,,2024-01-01,\n"
        "Tomas Ekberg,Ekberg,President,FIN,,2024-01-01,\n", encoding="utf-8")
    text = "Leaders talk\n\nMaren Solvik spoke with Tomas Ekberg on Monday about fish tariffs."
    article = Article(text=text, published="2025-06-10")
    plain = analyze(article)
    extended = analyze(article, kb=KnowledgeBase.load([tmp_path]))
    assert [e.instrument for e in extended.events] == ["leader_call"], extended.events
    assert "leader_call" not in [e.instrument for e in plain.events]
