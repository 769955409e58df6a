"""Probes (round 14): common wire-copy wordings for export controls, listings and sanctions that the
rules missed or misread.

Every sentence is invented (the facts are real 2023-2025 events); none is taken from an article."""

from __future__ import annotations

from event_helpers import analyze_events


def _rows(text: str, published: str = "2025-08-08") -> set[tuple[object, ...]]:
    """(actor, target, instrument, action, event_date) of every event of ``text`` read as the body."""
    return {(e.actor, e.target, e.instrument, e.action, e.event_date)
            for e in analyze_events(text, published, headline=True)}


def test_revoking_a_firms_licences_tightens_the_export_control() -> None:
    # a possessive owner before the licences ("Huawei's licences") reads like "the licences of Huawei"
    for text, date in (("Washington revoked Huawei's licences to buy US chips on Tuesday.", "2025-08-05"),
                       ("The U.S. revoked Huawei's export licences on Tuesday.", "2025-08-05"),
                       ("The Commerce Department revoked Intel's and Qualcomm's licences to ship chips to Huawei "
                        "on Monday.", "2025-08-04")):
        assert ("USA", "CHN", "export_control", "tighten", date) in _rows(text), text
        assert not {r for r in _rows(text) if r[3] == "ease"}, text
