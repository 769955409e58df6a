"""Robustness sweep: the analyser on perturbed development articles (prints; asserts nothing).

Each run takes a development article, perturbs it once or twice (cut short at any character, sentences
shuffled or spliced with another article's, articles joined, upper or lower case, punctuation or full
stops removed, newlines flattened, odd characters and figures inserted, a sentence repeated many times, a
word salad) and analyses it with a random publication date, unknown dates included. A run fails when the
analyser raises, when an evidence span is not the text it claims, when a field leaves SCHEMA.md's values or
when one article takes more than 2 s and more than 0.2 ms per character. The first text of each kind of
failure is written to the output folder.

    PYTHONPATH=src .venv/bin/python bench/robustness.py --seconds 300 --seed 1 [--out /tmp/robustness]

Measured when written (eighth session, with the prototype of this script): the first two sweeps (seeds 0 and
7) found two exceptions and three pathologically slow articles, all fixed (tests/extract/test_cut_articles.py);
after the fixes, sweeps of 420 s and 400 s (seeds 11 and 21: 61,263 runs, splices included) found none, nor did
60 s of this script (seed 5: 4,380 runs).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ODD = ["\u00a0", "\u200b", "\u2019", "\u201c", "\u201d", "\u2014", "\u2013", "\ufeff", "\u202e", "\U0001F600", "\t",
       "\r\n", "\x0b", "\u2026", "\ufb01", "\u0130", "\u00df", "\u0301"]
WEIRD = ["999999999999%", "$1e9bn", "0.0000001 per cent", "-5%", "31 February 2025", "on the 32nd", "in 1066",
         "on 2025-13-45", "1,000,000,000 percentage points", "\u00a3", "%%", "$", "per cent per cent", "May May May",
         "US US", "the the", "Mr.", "U.S.", "E.U.", "(", ")", '"', "'", "\u2014", "tariffs tariffs", "rare earths",
         "by 2099", "next Tuesday week", "from 10% to 25% to 50%", "145%", "90-day", "a year", "Section 301",
         "NVDA", "Nvidia rose 5%", "shares fell 900%", "\u20ac5", "\u00a5", "bn", "tn"]
PUBLISHED = [None, "2025-06-10", "2020-02-29", "1900-01-01", "2100-12-31", "2024-12-31", "2025-01-01T23:59:59+14:00",
             "2018"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_JOINT = re.compile(r",\s|\s(?:and|but|after|as|while|which)\s")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def perturb(text: str, texts: list[str], vocab: list[str], rng: random.Random) -> str:
    kind = rng.randrange(17)
    if kind == 0:
        return text[:rng.randrange(len(text) + 1)]
    if kind == 1:
        return text[rng.randrange(len(text) + 1):]
    if kind == 2:
        parts = _SENTENCE_END.split(text)
        rng.shuffle(parts)
        return " ".join(parts)
    if kind == 3:
        return text + "\n\n" + rng.choice(texts)
    if kind == 4:
        return text.upper()
    if kind == 5:
        return text.lower()
    if kind == 6:
        return re.sub(r"[.,;:]", "", text)
    if kind == 7:
        return text.replace("\n", " ")
    if kind == 8:
        chars = list(text)
        for _ in range(rng.randrange(1, 40)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
        return "".join(chars)
    if kind == 9:
        return " ".join(rng.choice(vocab) for _ in range(rng.randrange(1, 600)))
    if kind == 10:
        return re.sub(r"\d", lambda m: str(rng.randrange(10)), text)
    if kind == 11:
        words = text.split(" ")
        for _ in range(rng.randrange(1, 8)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(WEIRD))
        return " ".join(words)
    if kind == 12:
        parts = _SENTENCE_END.split(text)
        return text + (" " + rng.choice(parts)) * rng.randrange(5, 80)
    if kind == 13:
        return re.sub(r"[.!?]", "", text)
    # sentences whose first part comes from one article and the rest from another
    parts = _SENTENCE_END.split(text)
    for _ in range(rng.randrange(1, 6)):
        i = rng.randrange(len(parts))
        other = rng.choice(_SENTENCE_END.split(rng.choice(texts)))
        cuts_a = [m.start() for m in _JOINT.finditer(parts[i])]
        cuts_b = [m.start() for m in _JOINT.finditer(other)]
        if cuts_a and cuts_b:
            parts[i] = parts[i][:rng.choice(cuts_a)] + other[rng.choice(cuts_b):]
    return " ".join(parts)


def problems(text: str, brief: dict) -> list[str]:
    from tradeshock import evaluate as ev

    out = []
    for e in brief["events"]:
        span = e["evidence"]
        if text[span["start"]:span["end"]] != span["text"]:
            out.append(f"evidence span {span['start']}-{span['end']} is not its text")
        for field, allowed in (("instrument", ev.INSTRUMENTS), ("action", ev.ACTIONS), ("status", ev.STATUSES)):
            if e[field] not in allowed:
                out.append(f"{field} {e[field]!r}")
        if e["event_date"] is not None and not _DATE.match(e["event_date"]):
            out.append(f"event_date {e['event_date']!r}")
        if not 0 <= e["confidence"] <= 1:
            out.append(f"confidence {e['confidence']!r}")
    out += [f"move {c.get('move')!r}" for c in brief.get("companies", []) if c.get("move") not in ev.MOVES]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("/tmp/tradeshock-robustness"))
    args = parser.parse_args()
    import tradeshock
    from tradeshock.models import Article
    from tradeshock.pipeline import load_kb

    rng = random.Random(args.seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "devset").glob("*.txt"))]
    vocab = sorted({w for t in texts[:60] for w in t.split()})
    kb = load_kb()
    runs = 0
    failures: dict[str, int] = {}
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        text = rng.choice(texts)
        for _ in range(rng.randrange(1, 3)):
            text = perturb(text, texts, vocab, rng)
        published = rng.choice(PUBLISHED)
        runs += 1
        try:
            began = time.perf_counter()
            brief = tradeshock.analyze(Article(text=text, published=published), kb=kb).to_dict()
            took = time.perf_counter() - began
            found = problems(text, json.loads(json.dumps(brief)))
            if took > 2 and took / max(1, len(text)) > 2e-4:
                found.append(f"slow: {took:.1f} s for {len(text):,} characters")
            kind = found[0].split(" ")[0] if found else None
            detail = "; ".join(found[:3])
        except Exception as exc:  # noqa: BLE001 - every failure is counted and kept
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            kind = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            detail = repr(exc)[:200]
        if kind is None:
            continue
        failures[kind] = failures.get(kind, 0) + 1
        if failures[kind] == 1:
            args.out.mkdir(parents=True, exist_ok=True)
            case = args.out / f"case-{len(failures)}.json"
            case.write_text(json.dumps({"text": text, "published": published, "problem": detail}), encoding="utf-8")
            print(f"{kind}: {detail} (kept in {case})", flush=True)
    print(f"runs {runs:,}, failed {sum(failures.values()):,} ({len(failures)} kinds) in {args.seconds:.0f} s, seed {args.seed}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
