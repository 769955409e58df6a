"""Companies named in the article, their tickers, and what the article says their shares did.

A move is read from the sentence that names the company: a move word ("surged", "rose sharply",
"tumbled", "gains") in the same clause, in a sentence that is about shares (it says "shares",
"stocks", "%", "market"...). Without such a statement the move is ``mentioned``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Document
from tradeshock.kb import KnowledgeBase
from tradeshock.models import CompanyMention, Evidence

_CLAUSE_END = {";", "but", "while", "whereas", "although", "meanwhile"}


@dataclass
class _Acc:
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    ups: list[tuple[int, int]] = field(default_factory=list)
    downs: list[tuple[int, int]] = field(default_factory=list)


def _move_in_sentence(doc, sent, tok: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """Nearest move word in the clause of ``tok`` (looking right first), if the sentence is about shares."""
    words = [t.lower_ for t in doc[sent.tok_start:sent.tok_end]]
    if not any(w in lx.STOCK_CUES for w in words):
        return None
    best: tuple[int, str, int] | None = None
    # right
    for j in range(tok + 1, min(sent.tok_end, tok + 25)):
        w = doc[j].lower_
        if w in _CLAUSE_END:
            break
        d = "up" if w in lx.MOVE_UP else "down" if w in lx.MOVE_DOWN else None
        if d:
            if w in ("up", "down") and j + 1 < sent.tok_end and doc[j + 1].lower_ not in ("%",) and not any(
                ch.isdigit() for ch in doc[j + 1].text
            ) and doc[j + 1].lower_ not in (".", ",", "sharply", "strongly", "more", "in", "on", "after"):
                continue
            best = (j - tok, d, j)
            break
    # left ("lifting shares of Nvidia", "a rally in Nvidia")
    for j in range(tok - 1, max(sent.tok_start, tok - 8) - 1, -1):
        w = doc[j].lower_
        if w in _CLAUSE_END:
            break
        d = "up" if w in lx.MOVE_UP else "down" if w in lx.MOVE_DOWN else None
        if d and (best is None or tok - j < best[0]):
            if w in ("up", "down", "lower", "higher", "hit", "weighed", "eased", "added", "lifted", "boosted", "increase", "increases"):
                continue
            best = (tok - j, d, j)
            break
    if best is None:
        return None
    return best[1], best[2]


def extract_companies(document: Document, kb: KnowledgeBase) -> list[CompanyMention]:
    doc = document.doc
    companies = {c.name: c for c in kb.companies}
    accs: dict[str, _Acc] = {}
    for sent in document.sentences:
        for m in sent.mentions:
            if m.label != "COMPANY":
                continue
            acc = accs.setdefault(m.key, _Acc(m.key))
            acc.spans.append((m.start, m.end))
            mv = _move_in_sentence(doc, sent, m.token_end - 1)
            if mv is None:
                continue
            direction, j = mv
            # evidence: from the company to the move word (or the move word to the company)
            s = min(m.start, doc[j].idx)
            e = max(m.end, doc[j].idx + len(doc[j].text))
            (acc.ups if direction == "up" else acc.downs).append((s, e))
    out: list[CompanyMention] = []
    text = document.text
    for acc in sorted(accs.values(), key=lambda a: a.spans[0][0]):
        c = companies[acc.name]
        if acc.ups and len(acc.ups) >= len(acc.downs):
            move, ev = "up", acc.ups[0]
        elif acc.downs:
            move, ev = "down", acc.downs[0]
        else:
            move, ev = "mentioned", None
        evidence = Evidence(text[ev[0]:ev[1]], ev[0], ev[1]) if ev else None
        out.append(CompanyMention(c.name, c.ticker, c.exchange, c.sector, move, tuple(acc.spans), evidence,
                                  c.country))
    return out


def strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)
