"""An event's confidence: the features it is computed from, the shipped model being the fit of
scripts/fit_confidence.py, and the scorer's report of how well confidence forecasts a strict match."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from tradeshock.evaluate import Calibration, score_article, score_corpus
from tradeshock.extract.events.confidence import features, model, probability
from tradeshock.ingest import load_input
from tradeshock.pipeline import analyze

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "src" / "tradeshock" / "data" / "sample" / "geneva-truce.txt"

TEXT = "China hits back with tariffs\nBeijing said on Friday it would put a 10% tariff on US coal from June 1."


def _event(**over):
    e = {"instrument": "tariff", "action": "impose", "status": "announced", "date_basis": "effective",
         "event_date": "2025-06-01", "subject": ["coal"], "actor": "CHN", "target": "USA", "magnitude": "10%",
         "rules": ["tariff", "date:effective", "back reference"],
         "evidence": {"text": "put a 10% tariff on US coal", "start": 54, "end": 81}}
    e.update(over)
    return e


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_confidence", REPO / "scripts" / "fit_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_features_of_a_full_event() -> None:
    e = _event()
    f = features(e, [e], TEXT, "2025-05-30")
    assert f["instrument=tariff"] == f["action=impose"] == f["basis=effective"] == 1.0
    assert f["date length=10"] == 1.0 and f["rate"] == 1.0
    assert f["rule=date:effective"] == f["rule kind=date"] == f["rule=back reference"] == 1.0
    assert "rule=tariff" not in f  # word cues are left out
    for absent in ("no goods", "no target", "no actor", "headline", "date is publication"):
        assert absent not in f
    assert f["position"] == pytest.approx(54 / len(TEXT))
    assert f["events on this evidence"] == pytest.approx(1 / 5)


def test_features_of_a_thin_event() -> None:
    e = _event(subject=[], target=None, magnitude=None, event_date="2025-05-30", date_basis="announced",
               evidence={"text": "China hits back", "start": 0, "end": 15})
    other = _event()
    f = features(e, [e, other, _event(evidence={"text": "x", "start": 0, "end": 1})], TEXT, "2025-05-30")
    assert f["no goods"] == f["no goods on a measure on goods"] == f["no target"] == 1.0
    assert f["headline"] == 1.0 and f["date is publication"] == 1.0
    assert f["events in article"] == pytest.approx(3 / 20)
    assert f["events on this evidence"] == pytest.approx(2 / 5)
    talks = _event(instrument="talks", action="negotiate", subject=[])
    assert "no goods on a measure on goods" not in features(talks, [talks], TEXT, None)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    weights = {"bias": -1.0, "rate": 2.0, "unused": 5.0}
    assert probability({"bias": 1.0, "rate": 1.0}, weights) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert probability({"bias": 1.0, "never seen": 1.0}, weights) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_analyze_gives_each_event_the_models_forecast() -> None:
    article = load_input(str(SAMPLE))
    brief = analyze(article).to_dict()
    events = brief["events"]
    assert events
    published = brief["article"]["published"]
    text = article.text
    weights = model()["weights"]
    for e in events:
        assert 0.0 < e["confidence"] < 1.0
        expected = probability(features(e, events, text, published), weights)
        assert e["confidence"] == round(expected, 2)
    assert len({e["confidence"] for e in events}) > 1


def test_the_publication_date_reaches_the_model(tmp_path) -> None:
    # an event dated on the publication day: the model must see the date to know it is the publication's
    path = tmp_path / "soy.txt"
    path.write_text("Beijing hits back\nChina imposed a 15% tariff on US soybeans on Tuesday, officials said.\n",
                    encoding="utf-8")
    (tmp_path / "soy.meta.json").write_text('{"published": "2025-03-04"}', encoding="utf-8")
    article = load_input(str(path))
    brief = analyze(article).to_dict()
    dated = [e for e in brief["events"] if e["event_date"] == "2025-03-04"]
    assert dated
    weights = model()["weights"]
    for e in dated:
        f = features(e, brief["events"], article.text, "2025-03-04")
        assert f["date is publication"] == 1.0
        assert e["confidence"] == round(probability(f, weights), 2)
        without = dict(f)
        del without["date is publication"]
        assert e["confidence"] != round(probability(without, weights), 2)


def test_shipped_model_is_the_fit_and_forecasts_better_than_a_constant() -> None:
    fit = _fit_script()
    assert fit.main(["--check"]) == 0
    lobo = model()["leave_one_batch_out"]
    # on each batch left out of the fit, the confidence beats giving every event the share matched,
    # and ranks a matched event above an unmatched one more often than a coin would
    assert lobo["brier"] < lobo["brier_constant"]
    assert lobo["auc"] > 0.6
    assert abs(lobo["mean_confidence"] - lobo["share_matched"]) < 0.05


def test_calibration_edges() -> None:
    cal = Calibration.of([(0.0, False), (0.2, False), (0.4, True), (0.8, True), (1.0, True)])
    assert [b[2] for b in cal.bins] == [1, 1, 1, 0, 2]  # a bin holds its low edge; the last also 1.0
    empty = Calibration.of([]).to_dict()
    assert empty["events"] == 0 and empty["brier"] is None and empty["bins"] == []
    gold = {"events": [_event()]}
    odd = [_event(action="raise", confidence=c) for c in (True, float("nan"), 1.5, "0.9")] + [_event(confidence=0.6)]
    assert score_article(gold, {"events": odd}).confidences == ((0.6, True),)
    text = score_corpus([("a", gold, {"events": [_event(confidence=1.0)]})]).to_text()
    assert "[0.8, 1.0] 1 events, 1.00 matched" in text and "[0.0, 0.2)" not in text


def test_calibration_figures() -> None:
    cal = Calibration.of([(0.9, True), (0.1, False), (0.5, True), (0.5, False)])
    assert cal.n == 4
    assert cal.share_matched == 0.5 and cal.mean_confidence == 0.5
    assert cal.brier == pytest.approx((0.01 + 0.01 + 0.25 + 0.25) / 4)
    assert cal.brier_constant == pytest.approx(0.25)
    assert [b[2] for b in cal.bins] == [1, 0, 2, 0, 1]
    assert cal.bins[2][4] == 0.5 and cal.bins[4][4] == 1.0
    assert Calibration.of([(1.0, True)]).bins[4][2] == 1
    assert Calibration.of([]).n == 0


def test_scorer_reports_confidence_against_strict_matches() -> None:
    gold = {"events": [_event()]}
    right, wrong = _event(confidence=0.8), _event(action="raise", confidence=0.4)
    no_confidence = _event(instrument="sanction")
    score = score_article(gold, {"events": [right, wrong, no_confidence]}, name="a")
    assert score.confidences == ((0.8, True), (0.4, False))  # an event without confidence is left out
    corpus = score_corpus([("a", gold, {"events": [right, wrong]})])
    assert corpus.calibration.brier == pytest.approx((0.04 + 0.16) / 2)
    assert "Brier score 0.100" in corpus.to_text()
    assert corpus.to_dict()["confidence"]["events"] == 2


def test_min_confidence_option() -> None:
    from tradeshock.errors import InputError
    from tradeshock.pipeline import AnalyzeOptions

    for bad in (2.0, -0.1, float("nan")):
        with pytest.raises(InputError, match="min_confidence"):
            AnalyzeOptions(min_confidence=bad)
    article = load_input(str(SAMPLE))
    full = analyze(article)
    every = full.events
    # the cut just above an event whose goods no surer event has: those goods leave the brief with it
    lonely = [e for e in every if set(e.subject) - {g for o in every if o.confidence > e.confidence for g in o.subject}
              and set(e.subject) & {x.subject for x in full.exposure}]
    assert lonely, "the sample should have such an event"
    cut = lonely[0].confidence + 0.005
    brief = analyze(article, AnalyzeOptions(min_confidence=cut))
    kept = brief.events
    assert 0 < len(kept) < len(every)
    assert [e.id for e in kept] == [e.id for e in every if e.confidence >= cut]
    # what is built from the events (exposure, the summary's event sentences) uses the kept ones only
    kept_goods = {g for e in kept for g in e.subject}
    assert {x.subject for x in brief.exposure} <= kept_goods
    assert not {x.subject for x in brief.exposure} & (set(lonely[0].subject) - kept_goods)
