"""The scorer's matching rules, on small hand-written SCHEMA dicts, plus the development set's
own consistency (every annotation checked by eval/check_devset.py, and scoring a reading
against itself is perfect)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tradeshock.errors import InputError
from tradeshock.evaluate import (
    COMPANIES_MOVE,
    COMPANIES_TICKER,
    EVENTS_LENIENT,
    EVENTS_STRICT,
    METRICS,
    PEOPLE_NAME,
    PEOPLE_ROLE,
    Counts,
    date_matches,
    evaluate_dir,
    normalise_magnitude,
    normalise_role,
    normalise_ticker,
    score_article,
    score_corpus,
)
from tradeshock.models import Article

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "eval" / "devset"


def ev(**kw) -> dict:
    base = {
        "actor": "USA",
        "target": "CHN",
        "instrument": "tariff",
        "action": "impose",
        "subject": ["all_goods"],
        "magnitude": None,
        "event_date": "2025-04-02",
        "date_basis": "announced",
        "status": "announced",
        "direction": "escalation",
        "evidence": {"text": "x", "start": 0, "end": 1},
    }
    base.update(kw)
    return base


def doc(events=(), people=(), companies=()) -> dict:
    return {"events": list(events), "people": list(people), "companies": list(companies)}


def strict(gold: list[dict], pred: list[dict]) -> Counts:
    return score_article(doc(gold), doc(pred))[EVENTS_STRICT]


def lenient(gold: list[dict], pred: list[dict]) -> Counts:
    return score_article(doc(gold), doc(pred))[EVENTS_LENIENT]


# --- events: fields ---------------------------------------------------------------------------------


def test_identical_event_is_a_strict_match():
    assert strict([ev()], [ev()]) == Counts(1, 0, 0)


@pytest.mark.parametrize("instrument", ["talks", "agreement", "leader_call"])
def test_symmetric_instruments_accept_swapped_parties(instrument):
    gold = ev(instrument=instrument, action="negotiate", direction="neutral")
    pred = ev(instrument=instrument, action="negotiate", direction="neutral", actor="CHN", target="USA")
    assert strict([gold], [pred]).tp == 1


def test_directed_instruments_need_the_right_order():
    assert strict([ev()], [ev(actor="CHN", target="USA")]) == Counts(0, 1, 1)


def test_target_null_matches_only_null():
    assert strict([ev(target=None)], [ev(target="CHN")]).tp == 0
    assert strict([ev(target=None)], [ev(target=None)]).tp == 1


def test_gold_alternatives_are_accepted():
    gold = ev(action="suspend", direction="de-escalation", alternatives={"action": ["defer"]})
    assert strict([gold], [ev(action="defer", direction="de-escalation")]).tp == 1
    assert strict([gold], [ev(action="lower", direction="de-escalation")]).tp == 0
    gold_actor = ev(actor=None, instrument="legal_ruling", action="rule", alternatives={"actor": ["USA"]})
    assert strict([gold_actor], [ev(instrument="legal_ruling", action="rule")]).tp == 1
    gold_inst = ev(instrument="sanction", alternatives={"instrument": ["other"]})
    assert strict([gold_inst], [ev(instrument="other")]).tp == 1
    assert strict([gold_inst], [ev(instrument="tariff")]).tp == 0
    gold_date = ev(event_date="2019-08", alternatives={"event_date": ["2019-12-15"]})
    assert strict([gold_date], [ev(event_date="2019-12-15")]).tp == 1
    assert strict([gold_date], [ev(event_date="2019-12-16")]).tp == 0


def test_subjects_must_overlap_or_both_be_empty():
    gold = ev(subject=["steel", "aluminum"])
    assert strict([gold], [ev(subject=["aluminum"])]).tp == 1
    assert strict([gold], [ev(subject=["autos"])]).tp == 0
    assert strict([ev(subject=[])], [ev(subject=[])]).tp == 1
    assert strict([ev(subject=[])], [ev(subject=["steel"])]).tp == 0


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("2019-05", "2019-05-10", True),
        ("2019-05", "2019-05", True),
        ("2019", "2019-11-02", True),
        ("2019-05-10", "2019-05-10T09:30:00", True),
        ("2019-05-10", "2019-05", False),
        ("2019-05", "2019", False),
        ("2019-05", "2019-06-01", False),
        (None, None, True),
        (None, "2019-05-10", False),
        ("2019-05-10", None, False),
    ],
)
def test_date_agrees_at_the_gold_precision(gold, pred, ok):
    assert date_matches(gold, pred) is ok
    assert strict([ev(event_date=gold)], [ev(event_date=pred)]).tp == int(ok)


def test_lenient_compares_direction_not_action_and_ignores_date():
    gold = ev(action="impose", event_date="2019-05-10")
    pred = ev(action="threaten", status="threatened", event_date="2020-01-01")
    assert strict([gold], [pred]).tp == 0
    assert lenient([gold], [pred]).tp == 1
    opposite = ev(action="lower", direction="de-escalation")
    assert lenient([gold], [opposite]).tp == 0


def test_lenient_reads_direction_from_the_action_when_missing():
    pred = ev(action="raise")
    del pred["direction"]
    assert lenient([ev()], [pred]).tp == 1
    pred_lower = ev(action="lower")
    del pred_lower["direction"]
    assert lenient([ev()], [pred_lower]).tp == 0


# --- events: one-to-one matching --------------------------------------------------------------------


def test_each_gold_event_matches_one_prediction_at_most():
    assert strict([ev()], [ev(), ev()]) == Counts(1, 1, 0)
    assert strict([ev(), ev()], [ev()]) == Counts(1, 0, 1)


def test_assignment_maximises_the_number_of_matches():
    # gold 0 accepts both predictions, gold 1 only the first: a greedy pass in order would pair
    # gold 0 with prediction 0 and leave gold 1 unmatched.
    g0 = ev(subject=["steel", "aluminum"])
    g1 = ev(subject=["steel"])
    p0 = ev(subject=["steel"])
    p1 = ev(subject=["aluminum"])
    assert strict([g0, g1], [p0, p1]) == Counts(2, 0, 0)


def test_equal_magnitudes_are_preferred_among_equal_pairings():
    gold = [ev(magnitude="25%"), ev(magnitude="10%")]
    pred = [ev(magnitude="10 percent"), ev(magnitude="25 per cent")]
    score = score_article(doc(gold), doc(pred))
    assert score[EVENTS_STRICT].tp == 2
    assert score.field_errors["magnitude"] == 0


# --- events: diagnostics ----------------------------------------------------------------------------


def test_hypothetical_reported_as_fact_is_counted():
    gold = ev(action="threaten", status="threatened")
    as_fact = score_article(doc([gold]), doc([ev(action="impose", status="announced")]))
    assert as_fact.hypotheticals_as_facts == 1
    assert as_fact.hypotheticals_matched == 1
    kept = score_article(doc([gold]), doc([ev(action="threaten", status="threatened")]))
    assert kept.hypotheticals_as_facts == 0
    assert kept.hypotheticals_matched == 1
    fact_gold = score_article(doc([ev()]), doc([ev()]))
    assert fact_gold.hypotheticals_matched == 0


def test_field_errors_are_counted_on_lenient_matches():
    gold = ev(magnitude="25%", event_date="2019-05-10", status="in_force")
    pred = ev(action="raise", magnitude="10%", event_date="2019-06-01", status="announced")
    errors = score_article(doc([gold]), doc([pred])).field_errors
    assert errors == {"action": 1, "date": 1, "status": 1, "magnitude": 1}
    clean = score_article(doc([gold]), doc([dict(gold)])).field_errors
    assert clean == {"action": 0, "date": 0, "status": 0, "magnitude": 0}


def test_each_field_cost_is_the_strict_match_with_that_field_left_out():
    gold = ev(event_date="2019-05-10")
    wrong_date = ev(event_date="2019-06-01")
    relaxed = score_article(doc([gold]), doc([wrong_date])).relaxed
    assert {k: c.tp for k, c in relaxed.items()} == {
        "date": 1, "subject": 0, "parties": 0, "action": 0, "instrument only": 1}
    wrong_two = ev(event_date="2019-06-01", target="MEX", subject=["steel"])
    relaxed = score_article(doc([gold]), doc([wrong_two])).relaxed
    assert {k: c.tp for k, c in relaxed.items()} == {
        "date": 0, "subject": 0, "parties": 0, "action": 0, "instrument only": 1}
    other_instrument = ev(instrument="sanction")
    relaxed = score_article(doc([gold]), doc([other_instrument])).relaxed
    assert all(c.tp == 0 and c.fp == 1 and c.fn == 1 for c in relaxed.values())


def test_field_costs_add_up_over_a_corpus_and_are_printed():
    gold = ev(event_date="2019-05-10")
    corpus = score_corpus([(doc([gold]), doc([ev(event_date="2019-06-01")])), (doc([gold]), doc([dict(gold)]))])
    assert corpus.relaxed["date"] == Counts(2, 0, 0)
    assert corpus[EVENTS_STRICT] == Counts(1, 1, 1)
    assert "strict F1 with a field ignored: date 1.000, subject 0.500" in corpus.to_text()
    assert corpus.to_dict()["strict_ignoring"]["date"]["tp"] == 2


def test_missed_and_spurious_events_are_described():
    score = score_article(doc([ev(instrument="sanction")]), doc([ev(instrument="entity_list")]))
    assert len(score.missed) == 1 and "sanction/impose" in score.missed[0]
    assert len(score.spurious) == 1 and "entity_list/impose" in score.spurious[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [("25 percent", "25%"), ("34 per cent", "34%"), ("seven-year", "7 years"), ("90-day", "90 days")],
)
def test_magnitudes_compare_after_normalising(a, b):
    assert normalise_magnitude(a) == normalise_magnitude(b)
    assert normalise_magnitude("25%") != normalise_magnitude("10%")


# --- people -----------------------------------------------------------------------------------------


def person(name, role=None, aliases=()):
    return {"name": name, "role": role, "country": None, "spans": [], "aliases": list(aliases)}


def people_score(gold, pred):
    s = score_article(doc(people=gold), doc(people=pred))
    return s[PEOPLE_NAME], s[PEOPLE_ROLE]


def test_people_match_by_alias_case_and_accents():
    gold = [person("Cecilia Malmström", "EU Trade Commissioner"), person("Donald Trump", aliases=["Trump"])]
    pred = [person("cecilia malmstrom", "trade commissioner"), person("Trump")]
    name, role = people_score(gold, pred)
    assert name == Counts(2, 0, 0)
    assert role.tp == 2  # Malmström's roles agree without "EU"; Trump's are both null
    pred_roles = [person("Cecilia Malmstrom", "Commissioner"), person("Trump", "President")]
    name, role = people_score(gold, pred_roles)
    assert name.tp == 2 and role.tp == 0


def test_people_match_by_surname_and_initial():
    gold = [person("Wilbur Ross", "Commerce Secretary")]
    assert people_score(gold, [person("W. Ross", "Commerce Secretary")])[0].tp == 1
    assert people_score(gold, [person("Diana Ross")])[0].tp == 0
    assert people_score(gold, [person("Ross")])[0].tp == 0  # no alias, no first name


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("US Trade Representative", "Trade Representative"),
        ("U.S. Trade Representative", "trade representative"),
        ("Secretary of Commerce", "Commerce Secretary"),
        ("China's vice premier", "Vice-Premier"),
        ("president of the European Commission", "European Commission President"),
        ("EU's trade commissioner", "Trade Commissioner"),
        # any country of the knowledge base, by name, possessive or demonym, several words too
        ("Indonesia's coordinating minister for economic affairs", "coordinating minister for economic affairs"),
        ("South African trade minister", "Trade Minister"),
        ("New Zealand's Trade Minister", "trade minister"),
        ("Swiss economy minister", "Economy Minister"),
    ],
)
def test_roles_compare_after_normalising(gold, pred):
    assert normalise_role(gold) == normalise_role(pred)
    assert normalise_role(gold) != normalise_role("Treasury Secretary")


def test_people_are_paired_one_to_one():
    gold = [person("Xi Jinping", "President", aliases=["Xi"])]
    name, _ = people_score(gold, [person("Xi Jinping", "President"), person("Xi")])
    assert name == Counts(1, 1, 0)


# --- companies --------------------------------------------------------------------------------------


def company(name, ticker, move="mentioned", aliases=()):
    return {"name": name, "ticker": ticker, "move": move, "spans": [], "aliases": list(aliases)}


def test_companies_match_by_ticker_and_by_name_without_ticker():
    gold = [company("NVIDIA", "NVDA", "up"), company("Huawei", None, aliases=["Huawei Technologies Co."])]
    pred = [company("Nvidia Corp", "nvda", "down"), company("huawei technologies co.", None)]
    s = score_article(doc(companies=gold), doc(companies=pred))
    assert s[COMPANIES_TICKER] == Counts(2, 0, 0)
    assert s[COMPANIES_MOVE] == Counts(1, 1, 1)
    wrong = score_article(doc(companies=gold), doc(companies=[company("NVIDIA", "AMD", "up")]))
    assert wrong[COMPANIES_TICKER] == Counts(0, 1, 2)


def test_ticker_normalisation():
    assert normalise_ticker("0981.HK") == normalise_ticker("0981") == "981"
    assert normalise_ticker("aapl") == "AAPL"
    assert normalise_ticker("BRK.B") == normalise_ticker("BRK-B") == "BRK-B"
    # the primary listing written with or without its exchange suffix, and a share class either way
    assert normalise_ticker("ERIC-B.ST") == normalise_ticker("ERIC-B") == "ERIC-B"
    assert normalise_ticker("INCO.JK") == normalise_ticker("INCO") == "INCO"
    assert normalise_ticker("BT-A.L") == normalise_ticker("BT.A") == "BT-A"
    assert normalise_ticker("TWE.AX") == "TWE" and normalise_ticker("F") == "F"
    assert normalise_ticker("VTBR.ME") == normalise_ticker("VTBR") == "VTBR"  # Moscow
    assert normalise_ticker("NVDA") != normalise_ticker("AMD")


def test_same_ticker_needs_the_same_exchange_when_both_write_one():
    from tradeshock.evaluate import same_ticker

    assert same_ticker("ERIC-B", "ERIC-B.ST") and same_ticker("INCO", "INCO.JK") and same_ticker("BT.A", "BT-A.L")
    assert not same_ticker("TSCO.L", "TSCO.TO")  # Tesco in London is not a Toronto listing
    assert not same_ticker("MRK.F", "MRK.DE") and same_ticker("7203.T", "7203")


# --- totals -----------------------------------------------------------------------------------------


def test_counts_rates_and_empty_sides():
    c = Counts(3, 1, 2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0
    assert Counts(0, 0, 4).f1 == 0.0 and Counts(0, 4, 0).f1 == 0.0


def test_corpus_is_micro_averaged():
    a = (doc([ev()]), doc([ev()]))  # 1/0/0
    b = (doc([ev(subject=[s]) for s in ("steel", "autos", "ev")]), doc([]))  # 0/0/3
    corpus = score_corpus([("a", *a), ("b", *b)])
    assert corpus[EVENTS_STRICT] == Counts(1, 0, 3)
    assert corpus[EVENTS_STRICT].f1 == pytest.approx(2 * 1.0 * 0.25 / 1.25)  # not (1.0 + 0.0) / 2
    assert [x.name for x in corpus.articles] == ["a", "b"]
    d = corpus.to_dict()
    assert d["metrics"][EVENTS_STRICT]["fn"] == 3
    assert {m for m in d["metrics"]} == set(METRICS)
    text = corpus.to_text(per_article=True)
    assert "events (strict)" in text and "missed" in text


# --- the runner -------------------------------------------------------------------------------------


def _write_pair(folder: Path, stem: str, expected: dict, text: str = "Title\n\nBody.\n") -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def _load(path: str) -> Article:
    return Article(text=Path(path).read_text(encoding="utf-8"), origin=path)


def test_evaluate_dir_runs_the_injected_pipeline(tmp_path):
    _write_pair(tmp_path, "one", doc([ev()]))
    _write_pair(tmp_path, "two", doc([ev(), ev(subject=["steel"])]))
    (tmp_path / "lonely.txt").write_text("no annotation\n", encoding="utf-8")
    seen = []

    class FakeBrief:
        def to_dict(self):
            return doc([ev()])

    def analyze(article):
        seen.append(article.origin)
        return FakeBrief()

    score = evaluate_dir(tmp_path, analyze=analyze, load=_load)
    assert [a.name for a in score.articles] == ["one", "two"]
    assert [Path(p).name for p in seen] == ["one.txt", "two.txt"]
    assert score[EVENTS_STRICT] == Counts(2, 0, 1)


def test_evaluate_dir_records_pipeline_errors_and_continues(tmp_path):
    from tradeshock.errors import ExtractionError

    _write_pair(tmp_path, "a", doc([ev()]))
    _write_pair(tmp_path, "b", doc([ev()]))

    def analyze(article):
        if article.origin.endswith("a.txt"):
            raise ExtractionError("boom")
        return doc([ev()])

    score = evaluate_dir(tmp_path, analyze=analyze, load=_load)
    assert [a.error for a in score.articles] == ["boom", None]
    assert score[EVENTS_STRICT] == Counts(1, 0, 1)
    assert "failed: a: boom" in score.to_text()


def test_evaluate_dir_rejects_bad_folders_and_annotations(tmp_path):
    with pytest.raises(InputError, match="no NAME.txt"):
        evaluate_dir(tmp_path, analyze=lambda a: {}, load=_load)
    with pytest.raises(InputError, match="not a directory"):
        evaluate_dir(tmp_path / "missing", analyze=lambda a: {}, load=_load)
    (tmp_path / "x.txt").write_text("T\n", encoding="utf-8")
    (tmp_path / "x.expected.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.expected\.json: malformed JSON"):
        evaluate_dir(tmp_path, analyze=lambda a: {}, load=_load)


# --- the command ------------------------------------------------------------------------------------


@pytest.fixture
def cli_with_fake_scores(monkeypatch):
    import tradeshock.cli.evaluate  # noqa: F401  (registers the command)
    import tradeshock.evaluate as evaluate_module
    from tradeshock.cli import cli

    half = score_corpus([("only", doc([ev(), ev(subject=["steel"])]), doc([ev()]))])
    monkeypatch.setattr(evaluate_module, "evaluate_dir", lambda directory: half)
    return cli


def test_eval_command_prints_text_and_json(cli_with_fake_scores, tmp_path):
    runner = CliRunner()
    text = runner.invoke(cli_with_fake_scores, ["eval", str(tmp_path), "--per-article"])
    assert text.exit_code == 0, text.output
    assert "events (strict)" in text.output and "only" in text.output
    js = runner.invoke(cli_with_fake_scores, ["eval", str(tmp_path), "--format", "json"])
    assert js.exit_code == 0
    assert json.loads(js.output)["metrics"][EVENTS_STRICT]["tp"] == 1


def test_eval_command_fail_under(cli_with_fake_scores, tmp_path):
    runner = CliRunner()
    low = runner.invoke(cli_with_fake_scores, ["eval", str(tmp_path), "--fail-under", "0.9"])
    assert low.exit_code == 1
    assert "below --fail-under" in low.output
    ok = runner.invoke(cli_with_fake_scores, ["eval", str(tmp_path), "--fail-under", "0.5"])
    assert ok.exit_code == 0
    # NaN passes every range comparison: it must be refused, not turn the gate into one that always passes
    nan = runner.invoke(cli_with_fake_scores, ["eval", str(tmp_path), "--fail-under", "nan"])
    assert nan.exit_code == 2 and "--fail-under" in nan.output


# --- the development set ----------------------------------------------------------------------------


def _check_devset_module():
    spec = importlib.util.spec_from_file_location("check_devset", REPO / "eval" / "check_devset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annotations() -> list[Path]:
    paths = sorted(DEVSET.glob("*.expected.json"))
    if not paths:
        pytest.skip(f"no annotations in {DEVSET}")
    return paths


@pytest.mark.parametrize("path", sorted([*DEVSET.glob("*.expected.json"),
                                          *(REPO / "eval" / "heldout").glob("*.expected.json"),
                                          *(REPO / "eval" / "fresh").glob("*.expected.json")]),
                         ids=lambda p: p.name)
def test_devset_annotation_passes_check_devset(path):
    errors, _warnings = _check_devset_module().check_file(path)
    assert errors == []


def test_check_devset_catches_a_shifted_evidence_span(tmp_path):
    check = _check_devset_module()
    (tmp_path / "z.txt").write_text("Title\n\nChina raised tariffs.\n", encoding="utf-8")
    (tmp_path / "z.meta.json").write_text('{"published": "2019-05-13"}', encoding="utf-8")
    gold = {
        "schema_version": "tradeshock/1",
        "article": {"title": "Title", "published": "2019-05-13"},
        "people": [],
        "companies": [],
        "events": [ev(evidence={"text": "raised tariffs", "start": 12, "end": 26}, direction="neutral")],
    }
    (tmp_path / "z.expected.json").write_text(json.dumps(gold), encoding="utf-8")
    errors, _ = check.check_file(tmp_path / "z.expected.json")
    assert any("evidence text differs" in e for e in errors)
    assert any("does not follow from action" in e for e in errors)
    check.fix_file(tmp_path / "z.expected.json")
    fixed = json.loads((tmp_path / "z.expected.json").read_text(encoding="utf-8"))
    assert (fixed["events"][0]["evidence"]["start"], fixed["events"][0]["evidence"]["end"]) == (13, 27)


def test_devset_scored_against_itself_is_perfect():
    pairs = []
    for path in _annotations():
        gold = json.loads(path.read_text(encoding="utf-8"))
        pairs.append((path.name, gold, gold))
    corpus = score_corpus(pairs)
    for metric in METRICS:
        assert corpus[metric].fp == 0 and corpus[metric].fn == 0, metric


# --- odd annotation files ---------------------------------------------------------------------------


def test_annotation_with_a_utf8_byte_order_mark_is_read(tmp_path):
    _write_pair(tmp_path, "one", doc([ev()]))
    gold = tmp_path / "one.expected.json"
    gold.write_bytes(b"\xef\xbb\xbf" + gold.read_bytes())  # as Windows editors save it: was "malformed JSON"
    score = evaluate_dir(tmp_path, analyze=lambda a: doc([ev()]), load=_load)
    assert score[EVENTS_STRICT] == Counts(1, 0, 0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"events": [], "x": ' + "[" * 100_000 + "]" * 100_000 + "}", r"x\.expected\.json: JSON nested too deeply"),
        ('{"events": [], "people": [{"name": 5}]}', r"x\.expected\.json: people\[1\]: 'name' must be a string"),
        ('{"companies": [{"name": "A", "ticker": ["A"]}]}', r"x\.expected\.json: companies\[1\]: 'ticker' must be"),
        ('{"people": [{"name": "A B", "aliases": [1]}]}', r"x\.expected\.json: people\[1\]: 'aliases' must be a list"),
    ],
)
def test_annotation_of_the_wrong_shape_is_an_input_error(tmp_path, content, message):
    # were RecursionError and TypeError tracebacks from `tradeshock eval`
    (tmp_path / "x.txt").write_text("T\n", encoding="utf-8")
    (tmp_path / "x.expected.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_dir(tmp_path, analyze=lambda a: doc(people=[{"name": "A B"}], companies=[{"name": "A"}]), load=_load)
