"""Reaction studies around an article's dated events, on the bundled real prices and on prices
that cannot serve: the brief still comes out and says what was not measured and why."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from tradeshock.data import load_sample, sample_prices_dir
from tradeshock.markets import add_market_data
from tradeshock.markets.reaction import ReactionOptions, choose_tickers, missing_named, stars, study_reactions
from tradeshock.models import Article
from tradeshock.pipeline import analyze, load_kb
from tradeshock.prices import InMemoryPriceSource, LocalPriceSource


def test_sample_article_day_study() -> None:
    kb = load_kb()
    brief, _ = add_market_data(analyze(load_sample(), kb=kb), LocalPriceSource(sample_prices_dir()), kb)
    rows = brief.to_dict()["market_reaction"]
    days = {r["event_day"] for r in rows}
    # Saturday's talks and Monday's deal are measured on one session, 2025-05-12
    assert days == {"2025-05-12"}
    named = {c.ticker for c in brief.companies}
    assert named <= {r["ticker"] for r in rows}
    for r in rows:
        assert r["window"] in ([0, 0], [-1, 1], [0, 5]) and r["model"] == "market" and r["benchmark"] == "SPY"
        assert r["n_estimation_days"] >= 60 and 0 <= r["p_value"] <= 1  # MP's file starts in Dec 2024
        assert r["stars"] == ("***" if r["p_value"] < 0.01 else "**" if r["p_value"] < 0.05
                              else "*" if r["p_value"] < 0.1 else "")
        assert len(r["events_on_day"]) >= 2
    assert any("share this day" in n for n in brief.notes)
    assert any("only the month is known" in n for n in brief.notes)
    # the day's CAR over [0, 0] is the day-0 abnormal return of a market model fitted by OLS
    # over sessions -250..-11 (log returns of NVDA's adjusted close against SPY's close)
    one = next(r for r in rows if r["ticker"] == "NVDA" and r["window"] == [0, 0])
    source = LocalPriceSource(sample_prices_dir())
    px = pd.concat({"s": source.bars("NVDA")["adj_close"], "m": source.bars("SPY")["close"]}, axis=1).dropna()
    ret = np.log(px).diff().dropna()
    i = ret.index.get_loc(pd.Timestamp("2025-05-12"))
    est = ret.iloc[i - 250:i - 10]
    beta, alpha = np.polyfit(est["m"], est["s"], 1)
    expected = ret["s"].iloc[i] - (alpha + beta * ret["m"].iloc[i])
    assert len(est) == 240 and abs(one["car"] - expected) < 1e-6  # the brief rounds to 6 places


def test_events_outside_the_data_are_reported_not_dropped() -> None:
    kb = load_kb()
    article = Article(text="Tariff news\nOn Monday, the United States raised tariffs on Chinese steel to 50%, "
                           "and shares of Nvidia fell 3%.\n", published="2030-03-06")
    brief = analyze(article, kb=kb)
    assert brief.events and brief.events[0].event_date == "2030-03-04"
    reaction = study_reactions(brief, LocalPriceSource(sample_prices_dir()), kb)
    assert reaction.rows == ()
    assert any("2030-03-04" in n and "not measured" in n for n in reaction.notes)


def test_ticker_without_prices_is_skipped_with_reason() -> None:
    kb = load_kb()
    days = pd.bdate_range("2024-01-02", "2025-06-30")
    rng = np.random.default_rng(7)
    spy = 100 * np.cumprod(1 + rng.normal(0, 0.01, len(days)))
    nvda = 100 * np.cumprod(1 + rng.normal(0, 0.02, len(days)))
    source = InMemoryPriceSource({"SPY": pd.DataFrame({"close": spy}, index=days),
                                  "NVDA": pd.DataFrame({"close": nvda}, index=days)})
    article = Article(text="Chip curbs\nOn Monday, the United States tightened export controls on AI chips to China. "
                           "Shares of Nvidia and AMD fell.\n", published="2025-06-10")
    brief = analyze(article, kb=kb)
    reaction = study_reactions(brief, source, kb)
    assert {r["ticker"] for r in reaction.rows} == {"NVDA"}
    assert any("AMD" in n for n in reaction.notes)


def test_publication_after_the_close_moves_same_day_events_to_the_next_session() -> None:
    kb = load_kb()
    text = "Chip curbs\nThe United States today added 12 Chinese chipmakers to its Entity List. Nvidia shares fell.\n"
    late = analyze(Article(text=text, published="2025-06-09T20:30:00-04:00"), kb=kb)
    early = analyze(Article(text=text, published="2025-06-09T10:30:00-04:00"), kb=kb)
    assert late.events[0].event_date == early.events[0].event_date == "2025-06-09"
    source = LocalPriceSource(sample_prices_dir())
    late_days = {r["event_day"] for r in study_reactions(late, source, kb).rows}
    early_days = {r["event_day"] for r in study_reactions(early, source, kb).rows}
    assert early_days == {"2025-06-09"} and late_days == {"2025-06-10"}


def test_day_level_results_are_in_the_brief() -> None:
    kb = load_kb()
    brief, _ = add_market_data(analyze(load_sample(), kb=kb), LocalPriceSource(sample_prices_dir()), kb)
    days = brief.to_dict()["market_reaction_days"]
    assert {tuple(d["window"]) for d in days} == {(0, 0), (-1, 1), (0, 5)}
    for d in days:
        assert d["n"] >= 4 and "kolari_pynnonen" in d and 0 <= d["kolari_pynnonen"]["p_value"] <= 1


def test_stars_mark_the_usual_levels() -> None:
    assert [stars(p) for p in (0.004, 0.01, 0.049, 0.05, 0.099, 0.1, 0.5)] == ["***", "**", "**", "*", "*", "", ""]
    assert stars(None) == "" and stars(float("nan")) == ""


def test_index_tickers_are_matched_by_the_price_store_file_stem() -> None:
    """``^GSPC`` is stored as GSPC.csv: the price store's rule decides what a folder holds and which
    ticker is the benchmark."""
    kb = load_kb()
    source = LocalPriceSource(sample_prices_dir())
    brief = analyze(load_sample(), kb=kb)
    brief = replace(brief, companies=(replace(brief.companies[0], ticker="^GSPC"), *brief.companies[1:]))
    assert missing_named(brief, source) == []
    chosen = [t for t, _ in choose_tickers(brief, [], kb, source, ReactionOptions())]
    assert chosen[0] == "^GSPC"
    for benchmark in ("GSPC", "^GSPC"):  # the benchmark is not studied against itself
        chosen = [t for t, _ in choose_tickers(brief, [], kb, source, ReactionOptions(benchmark=benchmark))]
        assert "^GSPC" not in chosen and chosen[0] == brief.companies[1].ticker
