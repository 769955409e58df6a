"""What the article says prices did: claims about companies, indexes and sectors.

A claim is a sentence (clause) that names a market subject and a move ("NVIDIA and AMD ... rose
sharply", "the S&P 500 had dropped nearly 18% in early April", "has almost recovered to the
all-time high recorded in mid-February"). For each subject it records the direction, the stated
size and its qualifier ("nearly", "more than", "sharply"), and the period the text fixes. The
checking against prices is in :mod:`tradeshock.markets.claims`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import DateMention, find_dates, resolve_anchor
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.events.common import _lw
from tradeshock.models import Claim, CompanyMention, Evidence, Period


@dataclass(frozen=True)
class MarketSubject:
    pattern: str
    label: str
    symbol: str  # the index or ETF measured
    proxy_note: str | None = None


# Index and sector phrases, most specific first. ``symbol`` is the series measured: the index
# itself where price folders usually hold it (GSPC), otherwise a tracking ETF (stated as a proxy).
MARKET_SUBJECTS: tuple[MarketSubject, ...] = (
    MarketSubject(r"S&P\s?500(?: index)?|Standard (?:&|and) Poor'?s 500|the S&P\b", "S&P 500", "GSPC"),
    MarketSubject(r"Nasdaq[- ]100", "Nasdaq-100", "QQQ", "QQQ tracks the Nasdaq-100"),
    MarketSubject(r"Nasdaq Composite|(?:the )?Nasdaq\b(?! Stock Market)", "Nasdaq Composite", "QQQ",
                  "QQQ (Nasdaq-100) stands in for the Nasdaq Composite"),
    MarketSubject(r"Dow Jones Industrial Average|(?:the )?Dow\b", "Dow Jones", "DIA", "DIA tracks the Dow"),
    MarketSubject(r"Philadelphia (?:SE )?Semiconductor (?:index|Index)|PHLX [Ss]emiconductor|SOX index|"
                  r"chip(?:maker)?[- ]stocks|semiconductor stocks|chipmakers|chip shares|semiconductor shares|"
                  r"AI[- ]related stocks|AI stocks|artificial intelligence stocks",
                  "semiconductor stocks", "SOXX", "SOXX (iShares Semiconductor ETF) stands in for the sector"),
    MarketSubject(r"defen[cs]e stocks|defen[cs]e shares|aerospace and defen[cs]e stocks", "defense stocks", "ITA",
                  "ITA (iShares U.S. Aerospace & Defense ETF) stands in for the sector"),
    MarketSubject(r"rare[- ]earth (?:stocks|shares|miners|producers)", "rare-earth stocks", "REMX",
                  "REMX (VanEck Rare Earth/Strategic Metals ETF) stands in for the sector"),
    MarketSubject(r"Wall Street|U\.?S\.? stocks|US stocks|U\.?S\.? equities|American stocks|(?:major )?global "
                  r"(?:stock )?(?:markets|indices|indexes)|global stocks|major indices|major indexes|stock markets",
                  "US stock market", "SPY", "SPY (S&P 500 ETF) stands in for the market"),
)
_SUBJECT_RE = [(re.compile(ms.pattern), ms) for ms in MARKET_SUBJECTS]

STRONG_WORDS = {"sharply", "sharp", "surged", "surge", "surges", "soared", "soar", "soars", "jumped", "jump",
                "plunged", "plunge", "tumbled", "tumble", "sank", "slumped", "significant", "significantly",
                "steeply", "steep", "rocketed", "skyrocketed", "crashed", "spiked", "dramatically", "strongly"}
_STRONG = re.compile(r"\b(" + "|".join(sorted(STRONG_WORDS, key=len, reverse=True)) + r")\b")
_INTRADAY = re.compile(
    r"immediately after the (?:\w+ )*(?:market )?open(?:ed|ing)?|after the (?:opening )?bell|at the open(?:ing)?|"
    r"in early trading|early trade|in morning trad(?:e|ing)|intraday|pre-?market|after[- ]hours|"
    r"in (?:late|early|midday) trading|at one point|earlier in the session", re.I)
_QUALIFIER = re.compile(
    r"\b(nearly|almost|about|around|roughly|some|more than|over|less than|under|at least|up to|as much as|"
    r"close to|just over|just under)\s+$", re.I)
_RECOVER = re.compile(r"\b(?:almost|nearly|largely|mostly|fully|all but)?\s*(?:recovered|regained|rebounded)\b"
                      r"[^.;]*?\b(?:high|peak|record|losses|level)", re.I)
_HIGH_PERIOD = re.compile(r"(?:high|peak|record)[^.;]{0,40}?(?:recorded|set|reached|hit|seen)?\s*(?:in|on)\s+"
                          r"((?:early|mid|late)[- ]?\w+|\w+ \d{1,2}|\w+)", re.I)


def _market_subjects(sent: Sentence, text: str) -> list[tuple[int, int, MarketSubject]]:
    out: list[tuple[int, int, MarketSubject]] = []
    taken: list[tuple[int, int]] = []
    body = text[sent.start:sent.end]
    for rx, ms in _SUBJECT_RE:
        for m in rx.finditer(body):
            s, e = m.start() + sent.start, m.end() + sent.start
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, e, ms))
    return out


_MULTIPLES = {"doubled": ("up", 1.0), "tripled": ("up", 2.0), "quadrupled": ("up", 3.0), "halved": ("down", 0.5)}
_CLOSE_VERBS = {"closed", "ended", "finished", "settled", "traded", "was", "were", "is", "are", "stood", "closing",
                "ending", "trading"}


def _move_words(sent: Sentence, doc) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    """(char offset, direction, word) of move words in the sentence."""
    out = []
    lw = _lw(doc)
    for i in range(sent.tok_start, sent.tok_end):
        w = lw[i]
        prev = lw[i - 1] if i > sent.tok_start else ""
        if w in ("up", "down", "higher", "lower") and (
                prev in _CLOSE_VERBS or i + 1 < sent.tok_end and doc[i + 1].text[:1].isdigit()):
            out.append((doc[i].idx, "up" if w in ("up", "higher") else "down", w))  # "closed down 2.3%"
        elif w in _MULTIPLES:
            out.append((doc[i].idx, _MULTIPLES[w][0], w))
        elif w in lx.MOVE_UP and w not in ("up", "higher", "increase", "lifted", "boosted", "added"):
            out.append((doc[i].idx, "up", w))
        elif w in lx.MOVE_DOWN and w not in ("down", "lower", "hit", "weighed", "eased", "losses"):
            out.append((doc[i].idx, "down", w))
        elif w in ("increases", "gains") and i > 0 and lw[i - 1] in ("significant", "strong", "sharp", "big"):
            out.append((doc[i].idx, "up", w))
    return out


def find_claims(document: Document, companies: list[CompanyMention], references: list[str | None]) -> list[Claim]:
    """Claims about prices, one per (subject, sentence). ``references`` holds the running
    reference date at the start of each sentence (for "on this day", "the next day")."""
    doc = document.doc
    text = document.text
    ticker_spans: list[tuple[int, int, CompanyMention]] = [
        (s, e, c) for c in companies for s, e in c.spans if c.ticker
    ]
    out: list[Claim] = []
    for sent in document.sentences:
        low = sent.text.lower()
        recover = _RECOVER.search(sent.text)
        moves = _move_words(sent, doc)
        if not moves and not recover:
            continue
        words = {t.lower_ for t in doc[sent.tok_start:sent.tok_end]}
        subjects: list[tuple[int, int, str, str | None, str | None]] = []
        for s, e, c in ticker_spans:
            if sent.start <= s < sent.end:
                subjects.append((s, e, c.name, c.ticker, None))
        for s, e, ms in _market_subjects(sent, text):
            subjects.append((s, e, ms.label, ms.symbol, ms.proxy_note))
        if not subjects:
            continue
        if not (words & lx.STOCK_CUES) and not any(ms for *_, ms in subjects if ms) and not recover:
            # a company "rose" without any word about shares: not a price claim
            continue
        reference = references[sent.index] if sent.index < len(references) else None
        intraday = bool(_INTRADAY.search(sent.text))
        period = _period(sent, reference, document)
        seen: set[str] = set()
        for s, e, label, symbol, proxy in sorted(subjects):
            key = symbol or label
            if key in seen:
                continue
            seen.add(key)
            if recover and recover.start() + sent.start > s:
                high = _HIGH_PERIOD.search(sent.text[recover.start():])
                ref_period = _month_period(high.group(1), document) if high else None
                qual = re.match(r"\s*(almost|nearly|largely|mostly|fully|all but)", recover.group(0), re.I)
                out.append(Claim(
                    text=_clause(text, s, recover.end() + sent.start), subject=label, ticker=symbol,
                    direction="recovered", magnitude=None, qualifier=qual.group(1).lower() if qual else None,
                    period=Period(_asof(document), _asof(document), "level_vs_high", ref_period),
                    evidence=Evidence(text[s:recover.end() + sent.start], s, recover.end() + sent.start),
                    proxy=proxy))
            mv = _nearest_move(moves, s, e)
            if mv is None:
                continue
            pos, direction, word = mv
            mag, qualifier, mag_end = _magnitude(sent, pos, text)
            if word in _MULTIPLES and mag is None:
                mag = _MULTIPLES[word][1]  # "doubled": +100%
                q = _QUALIFIER.search(text[max(sent.start, pos - 20):pos])
                qualifier = q.group(1).lower() if q else None
            # the strong word nearest the move word ("jumped ... sharply"), the same on every run
            at = pos - sent.start
            strong = min(((abs(m.start() - at), m.start(), m.group(1)) for m in _STRONG.finditer(low)),
                         default=(0, 0, None))[2]
            if qualifier is None and strong:
                qualifier = strong
            end = max(e, pos + len(word), mag_end)
            start = min(s, pos)
            claim_period = period
            if mag is not None and claim_period is not None and claim_period.kind == "range":
                # a fall "in early April" from a high: a drawdown from the previous peak
                high = _HIGH_PERIOD.search(sent.text) or _HIGH_PERIOD.search(_next_sentence_text(document, sent))
                if direction == "down" and high:
                    claim_period = Period(claim_period.start, claim_period.end, "drawdown",
                                          _month_period(high.group(1), document))
            out.append(Claim(
                text=_clause(text, start, end), subject=label, ticker=symbol, direction=direction,
                magnitude=mag, qualifier=qualifier, period=claim_period,
                evidence=Evidence(text[start:end], start, end), intraday=intraday, proxy=proxy))
    return _drop_undated_repeats(out)


def _drop_undated_repeats(claims: list[Claim]) -> list[Claim]:
    """A summary line repeating a dated claim ("NVIDIA ... seeing significant increases") adds
    nothing checkable: keep the undated one only when no dated claim has the same subject and move."""
    dated = {(c.ticker or c.subject, c.direction) for c in claims if c.period is not None}
    return [c for c in claims if c.period is not None or (c.ticker or c.subject, c.direction) not in dated]


def _next_sentence_text(document: Document, sent: Sentence) -> str:
    if sent.index + 1 < len(document.sentences):
        return document.sentences[sent.index + 1].text
    return ""


def _nearest_move(moves: list[tuple[int, str, str]], s: int, e: int) -> tuple[int, str, str] | None:
    after = [m for m in moves if m[0] >= e]
    if after:
        return min(after, key=lambda m: m[0] - e)
    before = [m for m in moves if m[0] < s and s - m[0] < 60]
    return max(before, key=lambda m: m[0]) if before else None


def _magnitude(sent: Sentence, pos: int, text: str) -> tuple[float | None, str | None, int]:
    """The stated size after the move word, its qualifier, and where it ends (or ``pos``)."""
    for q in sent.quantities:
        if q.kind == "rate" and q.unit == "%" and 0 <= q.start - pos <= 40:
            qual = _QUALIFIER.search(text[max(sent.start, q.start - 20):q.start])
            return round(q.value / 100.0, 6), qual.group(1).lower() if qual else None, q.end
    return None, None, pos


def _clause(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[start:end]).strip()


def _period(sent: Sentence, reference: str | None, document: Document) -> Period | None:
    """The period the sentence fixes for its move: a day, or a range of days in a month."""
    best: DateMention | None = None
    for d in sent.dates:
        r = resolve_anchor(d, reference) if d.anchor_offset is not None else d
        if not r.value:
            continue
        text_before = document.text[max(0, r.start - 30):r.start].lower()
        if re.search(r"(?:high|peak|record)[^.;]{0,30}$", text_before):
            continue  # "the high recorded in mid-February" is the reference, not the move
        best = r
        break
    if best is None:
        if re.search(r"\b(on (?:this|that|the same) day|the same day)\b", sent.text, re.I) and reference:
            return Period(reference, reference)
        if reference and not sent.headline:
            # "Tesla surged 6.8%" after "The S&P 500 jumped 3.3% on Monday": the day the text is on
            return Period(reference, reference, "context_day")
        return None
    if best.precision == "day":
        return Period(best.value, best.value)
    if best.precision == "month" and best.value:
        return _month_range(best.value, best.text)
    if best.precision == "year" and best.value:
        # "this year": from the last close of the year before to the latest close the writer saw
        asof = _asof(document)
        end = asof if asof and asof[:4] == best.value else f"{best.value}-12-31"
        return Period(f"{best.value}-01-01", end, "range")
    return None


def _month_range(value: str, phrase: str) -> Period:
    import calendar

    y, m = int(value[:4]), int(value[5:7])
    last = calendar.monthrange(y, m)[1]
    lo, hi = 1, last
    p = phrase.lower()
    if "early" in p or "start" in p or "beginning" in p:
        lo, hi = 1, 10
    elif "mid" in p:
        lo, hi = 11, 20
    elif "late" in p or "end" in p:
        lo, hi = 21, last
    return Period(f"{value}-{lo:02d}", f"{value}-{hi:02d}", "range")


def _month_period(phrase: str, document: Document) -> str | None:
    found = find_dates(phrase if phrase.lower().startswith(("early", "mid", "late")) else f"in {phrase}",
                       document.published)
    if not found or not found[0].value:
        return None
    v = found[0]
    if v.precision == "day":
        return v.value
    p = _month_range(v.value or "", v.text)
    return f"{p.start}..{p.end}"


def _asof(document: Document) -> str | None:
    """'Now' in the article: the day before publication (the last close the writer could see)."""
    import datetime as dt

    if document.published is None:
        return None
    return (document.published - dt.timedelta(days=1)).isoformat()
