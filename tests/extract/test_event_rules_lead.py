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


def test_two_country_story_aims_measures_at_the_other_country() -> None:
    text = ("Japan and South Korea traded barbs on Friday. Japan imposed a 10% tariff on steel. "
            "South Korea said talks with Japan would continue, and Japan said it was open to talks.")
    got = events(text)
    assert ("JPN", "KOR", "tariff", "impose", ("steel",)) in got


def test_global_measures_keep_no_target() -> None:
    text = ("Japan and South Korea traded barbs on Friday. Japan imposed a 10% tariff on all imported steel. "
            "South Korea said talks with Japan would continue, and Japan said it was open to talks.")
    got = events(text)
    assert ("JPN", None, "tariff", "impose", ("steel",)) in got
