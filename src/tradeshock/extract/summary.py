"""Extractive summary: 1-3 sentences of the article, chosen by a small, explainable score.

Each body sentence is scored by the weight of its content words (term frequency over the article,
stop words removed), plus bonuses for the lead sentence and early position, for sentences that
carry an extracted event, and for sentences saying how named companies' shares moved;
near-duplicates of a chosen sentence are skipped, and so are lines of page furniture (credits, captions,
links to other stories). Needs no downloaded data.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from tradeshock.extract.document import Document, Sentence

_STOP = set(
    """a an and are as at be been but by for from had has have he her his i if in into is it its of on or our
    she so than that the their them then there these they this to was we were what when where which while who
    will with would said says also after before over under about more most such not no can could may might
    one two three new last first other its itself itself out up down just very there here been being""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def summarize(document: Document, event_sentences: set[int], n: int = 3,
              market_sentences: frozenset[int] = frozenset()) -> list[str]:
    story = [s for s in document.sentences if not s.furniture]  # (no credit line, caption or link)
    body = [s for s in story if not s.headline and len(s.text.split()) >= 8]
    if not body:
        body = [s for s in story if len(s.text.split()) >= 5]
    if not body:
        return []
    tf: Counter[str] = Counter()
    words_of: dict[int, list[str]] = {}
    for s in document.sentences:
        ws = [w.lower() for w in _WORD.findall(s.text) if w.lower() not in _STOP]
        words_of[s.index] = ws
        tf.update(ws)
    # headline words count double: what the title is about
    if document.sentences and document.sentences[0].headline:
        tf.update(words_of.get(document.sentences[0].index, []))
    total = len(body)

    def score(s: Sentence, rank: int) -> float:
        ws = words_of[s.index]
        if not ws:
            return 0.0
        content = sum(math.log1p(tf[w]) for w in set(ws)) / math.sqrt(len(ws) + 4)
        bonus = (0.6 if s.index in event_sentences else 0.0) + (0.4 if s.index in market_sentences else 0.0)
        position = 1.0 * (1.0 - rank / max(1, total)) + (0.6 if rank == 0 else 0.0)
        byline = -5.0 if re.search(r"@|\b(reporter|correspondent)\b", s.text, re.I) else 0.0
        return content + bonus + position + byline

    ranked = sorted(((score(s, r), s) for r, s in enumerate(body)), key=lambda x: -x[0])
    chosen: list[Sentence] = []
    for _, s in ranked:
        if len(chosen) >= n:
            break
        ws = set(words_of[s.index])
        if any(len(ws & set(words_of[c.index])) > 0.6 * max(1, len(ws)) for c in chosen):
            continue
        chosen.append(s)
    return [re.sub(r"\s+", " ", s.text).strip() for s in chosen]
