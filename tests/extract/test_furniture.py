"""Page furniture (credits, links to other stories, captions, timestamps) is not the story: no summary
sentence and no event comes from it."""

from __future__ import annotations

import pytest

from tradeshock import analyze
from tradeshock.extract.document import _is_furniture
from tradeshock.models import Article

WIRE = """US and Canada trade barbs over lumber duties

By Ana Ruiz

OTTAWA, Aug 15 (Reuters) - The United States on Friday raised anti-dumping duties on Canadian softwood lumber to 20.56 percent, the Commerce Department said, deepening a dispute that has dragged on for decades.

Canada's trade minister said Ottawa would challenge the decision, and lumber producers warned of mill closures across British Columbia.

Related: China halts imports of US soybeans

Photo: Logs at a mill in Quebec. The duties hit Canadian lumber exports.

(Reporting by Ana Ruiz; Additional reporting by Tom Reyes in Washington and Ethan Wang in Beijing; Editing by Lin Hao and Rui Tavares)

Updated 3:45 PM EDT, Fri August 15, 2025
"""


def test_the_summary_leaves_out_credits_and_captions() -> None:
    brief = analyze(Article(text=WIRE, published="2025-08-15"))
    assert brief.summary
    assert not any(s.startswith(("(Reporting", "Photo", "Related", "Updated")) for s in brief.summary)


def test_no_event_comes_from_a_link_to_another_story_or_a_caption() -> None:
    brief = analyze(Article(text=WIRE, published="2025-08-15"))
    rows = [(e.actor, e.target, e.instrument, e.action) for e in brief.events]
    assert ("USA", "CAN", "other", "raise") in rows or ("USA", "CAN", "tariff", "raise") in rows
    assert not any(e.instrument == "import_restriction" for e in brief.events)  # the soybean link
    assert all("Related" not in e.evidence.text and "Logs at a mill" not in e.evidence.text for e in brief.events)


@pytest.mark.parametrize("line", [
    "(Reporting by Ana Ruiz; Editing by Lin Hao)", "Reporting by Ana Ruiz in Ottawa", "Editing by Lin Hao",
    "Read more: Trump's tariff tracker", "Related coverage: China's exports slump", "See also: the trade war",
    "Photo: A container ship in Los Angeles", "Watch: what tariffs mean for you", "Advertisement",
    "Updated 3:45 PM EDT, Mon August 11, 2025", "Published: 11 August 2025", "Last updated on Aug. 11",
    "Copyright 2025 Thomson Reuters", "All rights reserved.", "Sign up for our trade newsletter",
    "(Adds analyst comment in paragraph 6)", "To contact the reporter on this story: Lin Hao in Beijing",
    "-- With assistance from Ana Ruiz.", "This article was amended to correct the date of the tariffs.",
    "Correction: An earlier version misstated the tariff rate.", "Listen to this article",
    "Get the latest news on the trade war. Sign up here.",
])
def test_furniture_lines(line: str) -> None:
    assert _is_furniture(f"Body.\n{line}\nMore.", 6, 6 + len(line))


@pytest.mark.parametrize("line", [
    "Updated figures released on Monday showed exports fell 5%.", "Copyright protections were part of the deal.",
    "Reporting season begins next week.", "Editing the rules took months, officials said.",
    "Photographers crowded the hall as the deal was signed.", "Related talks resume in Geneva on Monday.",
    "Published data showed imports of steel rose 12% in July.",
    "To contact Beijing, the envoy flew in on Monday.", "This article of the treaty was amended in 2019.",
])
def test_story_lines_are_not_furniture(line: str) -> None:
    assert not _is_furniture(f"Body.\n{line}\nMore.", 6, 6 + len(line))
