"""More rules on the dates of events (ANNOTATION.md rule 8, eval/README.md "Dates"), on invented sentences."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def dated(text: str, published: str = "2025-06-10") -> list[tuple[str | None, str | None, str, str, str | None]]:
    return [(e.actor, e.target, e.instrument, e.action, e.event_date)
            for e in analyze(Article(text=text, published=published)).events]


def test_a_start_date_dates_the_measure_of_the_government_the_sentence_before_names() -> None:
    # both governments tightened controls in the lead; "the change" after a sentence about Canada is Canada's
    got = dated("Ottawa and Mexico City trade blows\n\nMexico said on Monday it will strike Canada off its list of "
                "trusted trading partners, hours after Ottawa approved removing Mexico from its own whitelist.\n\n"
                "Canada's cabinet approved the revised export order on Monday morning. The change, which takes effect "
                "July 20, means Canadian exporters will need licences for shipments to Mexico.")
    assert ("CAN", "MEX", "export_control", "tighten", "2025-07-20") in got
    assert ("MEX", "CAN", "export_control", "tighten", "2025-06-09") in got


def test_a_threat_reported_with_a_plan_is_dated_by_the_statement() -> None:
    # "said on Tuesday she would meet ... on Thursday and that ...": the threat was made on Tuesday
    got = dated("Ottawa readies answer to US steel tariffs\n\nThe United States raised its tariff on Canadian steel "
                "to 50% on Monday.\n\nCanada's trade minister said on Tuesday she would meet her U.S. counterparts "
                "on Thursday and that Ottawa was preparing countermeasures in case the talks failed.",
                published="2025-06-11")
    assert ("CAN", "USA", "other", "threaten", "2025-06-10") in got
