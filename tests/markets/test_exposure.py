"""Who is exposed to the goods of an article's events, named in the article or not."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze, load_kb


def test_exposure_follows_the_goods_of_the_events() -> None:
    brief = analyze(Article(text="Curbs\nChina imposed export controls on rare earth magnets on Friday, "
                                 "and shares of Tesla fell 2%.\n", published="2025-06-10"))
    subjects = {x.subject for x in brief.exposure}
    assert "rare_earth_magnets" in subjects
    for x in brief.exposure:
        assert x.tickers and x.why and x.source
    autos = [x for x in brief.exposure if "TSLA" in x.tickers]
    assert autos and all(x.named_in_article == ("TSLA",) for x in autos)


def test_no_events_no_exposure() -> None:
    brief = analyze(Article(text="Rates\nThe central bank kept rates unchanged on Thursday.\n",
                            published="2025-06-10"))
    assert brief.events == () and brief.exposure == ()


def test_sectors_map_to_etfs_and_exposed_tickers_are_known() -> None:
    kb = load_kb()
    etfs = {s.sector: s.etf for s in kb.sectors if s.etf}
    assert etfs["semiconductors"] == "SOXX" and etfs["aerospace_defense"] == "ITA"
    known = set(kb.company_by_ticker)
    for link in kb.exposure:
        assert set(link.tickers) <= known, link
