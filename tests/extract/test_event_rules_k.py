"""Event rules added while widening the dev set with 2018-2023 deals and lists (k-articles).

Every sentence here is written for these tests; none comes from the dev set."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2021-05-14"):  # a Friday
    return analyze(Article(text=text, published=published)).events


def find(evs, **want):
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]


def test_dateline_with_agency_tag_is_not_the_news_day() -> None:
    evs = events("Metals duty rises\n\nOTTAWA, May 14 (Newswire) - Canada raised its tariff on Brazilian steel "
                 "to 30 percent on Wednesday.\n\nThe move follows months of complaints from mills.")
    hits = find(evs, actor="CAN", instrument="tariff")
    assert hits and {e.event_date for e in hits} == {"2021-05-12"}, evs
