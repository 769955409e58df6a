"""The learned date chooser: its candidates, its choice under given weights, and weights that the
training script reproduces from the development set."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tradeshock.extract.document import build_document
from tradeshock.extract.events import extract_events
from tradeshock.extract.events.date_choice import FEATURES, candidates, choose_dates
from tradeshock.extract.gazetteer import gazetteer_for
from tradeshock.models import Article
from tradeshock.pipeline import AnalyzeOptions, analyze, load_kb

REPO = Path(__file__).resolve().parents[2]
TEXT = ("Peru answers copper levy\n\n"
        "Lima said on Tuesday it would put a 20% tariff on Chilean wine from July 1, answering the copper "
        "duties Santiago imposed in March.")


def _document_and_events():  # type: ignore[no-untyped-def]
    kb = load_kb()
    document = build_document(Article(text=TEXT, published="2024-05-16"), gazetteer_for(kb))
    return document, extract_events(document, kb)


def test_candidates_are_the_sentence_dates_the_reference_the_publication_and_none() -> None:
    document, events = _document_and_events()
    wine = next(e for e in events if e.actor == "PER")
    cands = candidates(wine, document)
    values = [c.value for c in cands]
    assert {"2024-05-14", "2024-07-01", "2024-03", "2024-05-16", None} <= set(values)
    assert len(values) == len(set(values))
    assert all(len(c.features) == len(FEATURES) for c in cands)


def test_the_choice_follows_the_weights() -> None:
    document, events = _document_and_events()
    year_first = [0.0] * len(FEATURES)
    year_first[FEATURES.index("after 'in'")] = 5.0  # "imposed in March"
    assert {e.event_date for e in choose_dates(events, document, year_first)} == {"2024-03"}
    published = [0.0] * len(FEATURES)
    published[FEATURES.index("published")] = 5.0
    dated = choose_dates(events, document, published)
    assert {e.event_date for e in dated} == {"2024-05-16"}
    assert {e.id for e in dated} == {e.id for e in events}  # the same events, re-dated


def test_the_learned_dates_extractor_dates_the_rules_events_with_the_chooser() -> None:
    article = Article(text=TEXT, published="2024-05-16")
    rules = analyze(article)  # the default stays the rules' dates
    learned = analyze(article, AnalyzeOptions(extractor="rules.v1+dates"))
    assert [e.id for e in rules.events] == [e.id for e in learned.events]
    document, events = _document_and_events()
    assert [e.event_date for e in learned.events] == [e.event_date for e in choose_dates(events, document)]


def test_the_committed_weights_are_those_the_training_script_fits() -> None:
    spec = importlib.util.spec_from_file_location("train_date_chooser", REPO / "scripts" / "train_date_chooser.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
