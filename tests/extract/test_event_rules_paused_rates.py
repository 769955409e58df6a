"""A pause on higher tariffs: the pause (or its extension) is the event, not a rise.

"extended a pause on higher tariffs" read "higher" as the action (raise, in force) and lost the
extension; "extending by 90 days a pause" did not see the pause prolonged.
"""

from __future__ import annotations

import pytest

from tradeshock import analyze
from tradeshock.models import Article


def _events(text: str) -> list[tuple]:
    brief = analyze(Article(text=text, published="2025-08-11"))
    return [(e.actor, e.target, e.instrument, e.action, e.subject, e.event_date, e.status) for e in brief.events]


@pytest.mark.parametrize(("text", "action", "status"), [
    ("Trump on Monday extended a pause on higher tariffs on Chinese goods for another 90 days.", "extend", "extended"),
    ("Trump on Monday extended the pause on the higher tariffs on Chinese goods by 90 days.", "extend", "extended"),
    ("Trump on Monday signed an executive order extending by 90 days a pause on higher tariffs on Chinese goods.",
     "extend", "extended"),
    ("The White House on Monday extended by 90 days its suspension of higher tariffs on Chinese goods.",
     "extend", "extended"),
    ("Trump on Monday delayed higher tariffs on Chinese goods.", "defer", "paused"),
    ("Trump on Monday paused higher tariffs on Chinese goods for 90 days.", "suspend", "paused"),
    ("Trump on Monday announced a 90-day pause on higher tariffs on Chinese goods.", "suspend", "paused"),
])
def test_the_pause_on_higher_tariffs_is_the_event(text: str, action: str, status: str) -> None:
    assert _events(text) == [("USA", "CHN", "tariff", action, ("all_goods",), "2025-08-11", status)]


@pytest.mark.parametrize(("text", "action"), [
    ("Trump on Monday imposed higher tariffs on Chinese goods.", "raise"),
    ("Trump on Monday threatened higher tariffs on Chinese goods.", "threaten"),
])
def test_higher_tariffs_without_a_pause_keep_their_action(text: str, action: str) -> None:
    assert [e[3] for e in _events(text)] == [action]
