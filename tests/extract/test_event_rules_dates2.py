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
