"""Trade-policy events from a parsed article, by explainable rules.

For every sentence:

1. find *anchors*: instrument words and phrases ("tariffs", "export controls", "Entity List",
   "talks", "phone call"), and verb + trade-flow pairs that are instruments with their own action
   ("suspend exports", "resume the export of", "halt purchases");
2. give each anchor one action: its own, else the nearest action word on its left within the
   clause, else on its right ("the tariffs imposed on ...", "the agreement reached ...");
3. fill the frame: actor and target from countries, capitals used as governments, ministries and
   officials around it; goods; the rate next to the instrument; the date in the sentence (relative
   dates resolved against the publication date and a running reference date); status from
   modality (conditionals are ``proposed``, warnings ``threatened``, open questions in talks
   ``under_negotiation``);
4. read across sentences (:mod:`tradeshock.extract.coref`): the goods or companies listed with
   their rates after a measure are events of their own with its actor, target and date; a purchase
   commitment with several amounts is one event per amount, dated by the deal that contains it;
5. merge restatements of the same event across the article, preferring body text over headlines.

Every event lists the cue words that fired (``Event.why``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from tradeshock.extract import coref
from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import DateMention, resolve_anchor
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.gazetteer import Mention
from tradeshock.extract.quantities import Quantity
from tradeshock.kb import KnowledgeBase
from tradeshock.models import Event, Evidence, Magnitude

EXTRACTOR_VERSION = "rules.v1"

SYMMETRIC = {"talks", "agreement", "leader_call"}
ESCALATION = {"impose", "raise", "tighten", "threaten"}
DEESCALATION = {"lower", "ease", "suspend", "resume", "defer", "agree"}
FACT_STATUS = {"announced", "in_force", "paused", "extended", "revoked", "concluded"}

_CLAUSE_BARRIERS = {";", "but", "while", "whereas", "although", "though", "however", "meanwhile", ":", "—", "–"}
_LOCATION_PREPS = {"in", "at", "to", "from", "near", "inside", "outside", "via", "visit", "visited", "visiting",
                   "into", "toward", "towards"}
# "a trade war with China": the party a measure is aimed at, even far from the measure's words
_CONFLICT_NOUNS = {"war", "wars", "dispute", "disputes", "conflict", "standoff", "feud", "fight", "spat",
                   "tensions", "battle", "row"}
_TARGET_PREPS = {"on", "against", "to", "from", "targeting", "toward", "towards", "with", "for", "over"}
_PASSIVE_BY = {"by"}
_TALKS_START = {"began", "begin", "begins", "start", "started", "starts", "opened", "open", "opens", "launched",
                "launch", "held", "hold", "holds", "holding", "kicked", "resumed", "continue", "continued"}
_AUX = {"would", "could", "will", "may", "might", "can", "should", "were", "was", "are", "is", "be", "been",
        "have", "has", "had", "being", "not", "also", "now", "then", "still", "soon"}
_REPORTING = {"said", "says", "say", "announced", "told", "stated", "added", "confirmed", "pledged", "promised",
              "expects", "expected", "agreed", "declared", "noted", "wrote", "posted"}
_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the"}
_MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
_MARKET_WORDS = {"points", "point", "dow", "nasdaq", "index", "indices", "shares", "stocks", "stock", "market",
                 "markets", "futures", "yields"}
_RULE_NOUNS = {"rules", "regulations", "requirements", "controls", "measures", "licensing", "licencing"}
_TALKS_PLANNED = re.compile(r"\b(will|would|planned|plans?|scheduled|agreed to (?:meet|talk|hold|resume)|invited|"
                            r"next (?:week|month)|later this (?:week|month)|expected to|hope[sd]? to|aim(?:s|ed)? to|"
                            r"set to|due to|upcoming)\b", re.I)
_COMMIT = {"agreed", "agree", "agrees", "pledged", "pledges", "promised", "promises", "plans", "planned", "plan",
           "intends", "intend", "set", "poised", "expected", "due", "committed", "offered", "offers", "voted",
           "scheduled", "prepared", "ready", "move", "moving", "aims", "aim", "seeks"}
_COURT_WORDS = {"court", "judge", "judges", "panel", "tribunal", "justices", "appeals", "wto", "arbitrator"}


@dataclass
class Party:
    code: str
    tok: int  # token index
    explicit: bool = True
    via: str = ""


@dataclass
class Anchor:
    instrument: str
    tok_start: int
    tok_end: int
    action: str | None = None
    action_tok: int | None = None
    cues: list[str] = field(default_factory=list)


@dataclass
class Draft:
    actor: str | None
    target: str | None
    instrument: str
    action: str
    subject: tuple[str, ...]
    magnitude: Quantity | None
    duration: str | None
    date: DateMention | None
    status: str
    evidence: tuple[int, int]
    sentence: Sentence
    cues: list[str]
    explicit_actor: bool
    explicit_target: bool
    location: str | None = None
    trade_value: str | None = None


# ---------------------------------------------------------------------------------------------
# helpers on tokens


def _lw(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """Lower-cased token texts, built once per document (token objects are costly to create)."""
    lw = doc.user_data.get("lower")
    if lw is None:
        lw = doc.user_data["lower"] = [t.lower_ for t in doc]
    return lw


def _word(tok, sent: Sentence) -> str:  # type: ignore[no-untyped-def]
    """A token's lower-case form, with the month "May" told apart from the modal "may"."""
    if tok.text == "May" and tok.i > sent.tok_start:
        return "<month>"
    return tok.lower_


def _text(doc) -> str:  # type: ignore[no-untyped-def]
    """The document's text, kept once (spaCy rebuilds ``Doc.text`` from tokens on every access)."""
    t = doc.user_data.get("text")
    if t is None:
        t = doc.user_data["text"] = doc.text
    return t


_PHRASE_RES = [(re.compile(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])"), p, i)
               for p, i in sorted(lx.INSTRUMENT_PHRASES, key=lambda p: -len(p[0]))]


def _clause_bounds(doc, sent: Sentence, i: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    lo = i
    while lo > sent.tok_start:
        t = doc[lo - 1]
        if t.lower_ in _CLAUSE_BARRIERS or "\n" in t.text:
            break
        lo -= 1
    hi = i
    while hi < sent.tok_end:
        t = doc[hi]
        if hi > i and (t.lower_ in _CLAUSE_BARRIERS or "\n" in t.text):
            break
        hi += 1
    return lo, hi


def _mention_at(sent: Sentence, tok: int) -> Mention | None:
    for m in sent.mentions:
        if m.token_start <= tok < m.token_end:
            return m
    return None


# ---------------------------------------------------------------------------------------------
# step 1: anchors


def _find_anchors(doc, sent: Sentence, leaders: frozenset[str]) -> list[Anchor]:  # type: ignore[no-untyped-def]
    anchors: list[Anchor] = []
    taken: set[int] = set()
    low = sent.text.lower()
    # multi-word instrument phrases
    for rx, phrase, instrument in _PHRASE_RES:
        if phrase not in low:
            continue
        for m in rx.finditer(low):
            span = doc.char_span(sent.start + m.start(), sent.start + m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            own = lx.PHRASE_ACTION.get(phrase)
            if instrument == "leader_call" and phrase.startswith(("spoke", "held")):
                own = "call"
            own_tok = span.start if own else None
            if instrument == "export_control" and phrase in lx.END_USER_PHRASES:
                own = "ease"  # "designated the plants as validated end users": licence-free imports
                lo_c = _clause_bounds(doc, sent, span.start)[0]
                own_tok = next((k for k in range(span.start - 1, max(lo_c, span.start - 15) - 1, -1)
                                if _lw(doc)[k] in lx.END_USER_VERBS), span.start)
            elif instrument == "export_control" and any(w in lx.STANDALONE_LICENCE for w in phrase.split()):
                verb = _licence_verb(doc, sent, span.start)
                if verb is not None:
                    own, own_tok = verb  # "issued a temporary license": granting eases the control
            if own:
                anchors.append(Anchor(instrument, span.start, span.end, own, own_tok, [phrase]))
                taken.update(range(span.start, span.end))
                continue
            anchors.append(Anchor(instrument, span.start, span.end, own, span.start if own else None, [phrase]))
            taken.update(range(span.start, span.end))
    # trade flows with their own action: "suspend exports of", "resumption of ... exports", "halt purchases"
    for i in range(sent.tok_start, sent.tok_end):
        w = _lw(doc)[i]
        if i in taken or (w not in lx.FLOW_EXPORT and w not in lx.FLOW_IMPORT):
            continue
        instrument = "export_control" if w in lx.FLOW_EXPORT else "import_restriction"
        if w in ("sales", "supply", "supplies", "deliveries", "shipments", "shipment") and not _near_good(sent, doc, i):
            continue
        if w in ("supplying", "selling", "shipping", "exporting") and not any(
                m.label == "GOOD" and abs(m.token_start - i) <= 8 and not m.token_start <= i < m.token_end
                for m in sent.mentions):
            continue  # a verb of selling names the goods sold ("stop shipping its most advanced chips")
        best: tuple[int, str, int] | None = None
        lo = max(sent.tok_start, i - 6)
        for j in range(i - 1, lo - 1, -1):
            wj = _lw(doc)[j]
            if wj in lx.LICENCE_WORDS:
                # "require a licence to export", "granted licences to ship", "denied permission to sell"
                for k in range(j - 1, max(sent.tok_start, j - 5) - 1, -1):
                    verb = lx.LICENCE_VERBS.get(_lw(doc)[k])
                    if verb:
                        best = (i - k, verb, k)
                        break
                if best is None:
                    best = (i - j, "impose", j)
                break
            if wj in ("off", "down") and j > sent.tok_start and _lw(doc)[j - 1] in ("cut", "cuts", "cutting", "shut",
                                                                                     "shuts", "choked", "choking",
                                                                                     "closed", "closing"):
                best = (i - (j - 1), "impose", j - 1)  # "cut off sales of ... to China", "choking off exports"
                break
            if wj in lx.FLOW_ACTIONS:
                best = (i - j, lx.FLOW_ACTIONS[wj], j)
                break
            if wj in _RULE_NOUNS and instrument == "export_control":
                # "new rules on the export of ...", "curbs on exports": an instrument whose verb is elsewhere
                best = (i - j, "", j)
                break
            if wj in (".", ";") or j in taken:
                break
        if best is None:
            # "exports ... were halted" / "exports of rare earths resumed"
            for j in range(i + 1, min(sent.tok_end, i + 7)):
                wj = _lw(doc)[j]
                if wj in lx.FLOW_ACTIONS and lx.FLOW_ACTIONS[wj] in ("impose", "resume"):
                    best = (j - i, lx.FLOW_ACTIONS[wj], j)
                    break
                if wj in (".", ";", ","):
                    break
        if best is None:
            continue
        _, action, j = best
        if w in ("supplying", "selling", "shipping", "exporting") and any(
                _lw(doc)[k] in ("that", "which") for k in range(max(sent.tok_start, min(i, j) - 3), min(i, j))):
            continue  # "a ban that had barred firms from selling tools": what a measure told before does
        noun_like = _lw(doc)[j] in ("restriction", "restrictions", "curbs", "curb", "ban", "bans", "limits") \
            or _lw(doc)[j] in _RULE_NOUNS
        if noun_like:
            # "restrictions on rare earth exports": an instrument whose action comes from context
            anchors.append(Anchor(instrument, min(i, j), max(i, j) + 1, None, None, [_lw(doc)[j], w]))
        else:
            anchors.append(Anchor(instrument, min(i, j), max(i, j) + 1, action, j, [_lw(doc)[j], w]))
        taken.update(range(min(i, j), max(i, j) + 1))
    # a licence noun governed by a verb of requiring, granting or denying: "companies will need a
    # license to sell China the chips", "began issuing licences for the H20"
    for i in range(sent.tok_start, sent.tok_end):
        if i in taken or _lw(doc)[i] not in lx.STANDALONE_LICENCE:
            continue
        verb = _licence_verb(doc, sent, i)
        if verb is None or not _export_context(doc, sent):
            continue
        action, k = verb
        j = k - 1
        while j > sent.tok_start and _lw(doc)[j] in _AUX | {"also", "now", "still", "already"}:
            j -= 1
        if _lw(doc)[j] in ("which", "who", "that"):
            continue  # "toolmakers, which need licenses to sell ...": what a listing means for firms
        anchors.append(Anchor("export_control", i, i + 1, action, k, [_lw(doc)[k], _lw(doc)[i]]))
        taken.add(i)
    # single-word instruments
    for i in range(sent.tok_start, sent.tok_end):
        if i in taken:
            continue
        w = _lw(doc)[i]
        instrument = lx.INSTRUMENT_WORDS.get(w)
        if instrument == "talks" and i > sent.tok_start and _lw(doc)[i - 1] == "since" \
                and any(_lw(doc)[k] in ("met", "meet", "meets") for k in range(sent.tok_start, i)):
            continue  # "met Trump on Tuesday, his latest trip since talks began in April": a time mark
        if instrument == "legal_ruling" and i + 1 < sent.tok_end and _lw(doc)[i + 1] in _RULING_NOUNS:
            continue  # "the ruling coalition", "the ruling party": who governs, not a court's ruling
        if instrument is None and w in ("restrictions", "restriction", "curbs", "limits") and any(
                _lw(doc)[k] == "access" and _lw(doc)[k + 1] == "to" for k in range(i + 1, min(sent.tok_end - 1, i + 9))):
            instrument = "export_control"  # "widened restrictions on Huawei's access to semiconductors"
        if instrument is None and w in ("ban", "bans"):
            instrument = _ban_kind(doc, sent, i)  # "lifted a ban that had barred firms from selling to ZTE"
        if instrument is None and w in _CURB_NOUNS and _on_tech_goods(doc, sent, i):
            instrument = "export_control"  # "restrictions on 23 types of chipmaking equipment", "curbs on chip technology"
        if instrument is None:
            continue
        if instrument == "other" and w in ("fee", "fees"):
            ahead = " ".join(t.lower_ for t in doc[i + 1:min(sent.tok_end, i + 8)])
            if not re.search(r"\b(vessels?|ships?|shipping|carriers?|ports?)\b", ahead):
                continue  # "service fees" in general are not port fees
        if instrument == "other" and w in ("probe", "probes", "investigation", "investigations", "inquiry"):
            prev = " ".join(t.lower_ for t in doc[max(sent.tok_start, i - 4):i])
            if not re.search(r"dumping|subsid|301|232|trade|security|customs|unfair|countervailing", prev) \
                    and not _probe_of_trade(doc, sent, i) \
                    and not any(m.label == "GOOD" and i - 2 <= m.token_end <= i for m in sent.mentions):
                # (but "the copper inquiry", "a lumber probe": an inquiry into the trade in a good)
                continue
        if instrument == "tariff" and w in ("duty", "duties") and i + 1 < len(doc) and _lw(doc)[i + 1] == "free":
            continue
        if i >= 2 and doc[i - 1].text == "-" and _lw(doc)[i - 2] == "non":
            continue  # "non-tariff measures"
        if instrument == "tariff" and i + 1 < sent.tok_end and _lw(doc)[i + 1] in _NOT_A_MEASURE:
            continue  # "the tariff war", "tariff fears": the word names a conflict or a mood, not a measure
        if instrument == "agreement" and w in ("deal", "deals") and i > 0 and _lw(doc)[i - 1] in ("great", "big"):
            pass
        own = lx.SELF_ACTION.get(instrument)
        if w in ("sanctioned", "blacklisted") and i > sent.tok_start and _lw(doc)[i - 1] not in ("the", "a", "been",
                                                                                                "be", "being"):
            # "China sanctioned 10 US defence firms": the verb is the measure
            anchors.append(Anchor(instrument, i, i + 1, "impose", i, [w]))
            taken.add(i)
            continue
        anchors.append(Anchor(instrument, i, i + 1, None, None, [w]))
        if own:
            anchors[-1].cues.append(f"default:{own}")
        taken.add(i)
    # verbs that are events by themselves
    for i in range(sent.tok_start, sent.tok_end):
        if i in taken:
            continue
        w = _lw(doc)[i]
        if w in _ORDER_VERBS:
            k = next((k for k in range(i + 2, min(sent.tok_end - 1, i + 7))
                      if _lw(doc)[k] == "to" and _lw(doc)[k + 1] in ("sell", "divest")), None)
            if k is not None and not any(_lw(doc)[j] in (",", ";", ".") for j in range(i + 1, k)):
                # "ordered ByteDance to sell TikTok's U.S. operations": a forced divestment
                anchors.append(Anchor("investment_restriction", i, k + 2, "impose", i, [w, "to", _lw(doc)[k + 1]]))
                taken.update(range(i, k + 2))
                continue
        if w in ("retaliate", "retaliates") and _vowed_retaliation(doc, sent, i, anchors):
            # "the EU would be ready to retaliate if Washington went ahead": unnamed countermeasures
            anchors.append(Anchor("other", i, i + 1, "threaten", i, [w, "unnamed countermeasure"]))
            taken.add(i)
            continue
        if w in _BAR_VERBS:
            barred = _barred_from(doc, sent, i, taken)
            if barred is not None:
                # "an order barring U.S. companies from using equipment made by ...": a restriction
                instrument, k = barred
                if not any(b.instrument == instrument and i <= b.tok_start <= k for b in anchors):
                    anchors.append(Anchor(instrument, i, i + 1, "impose", i, [w, "from", _lw(doc)[k]]))
                    taken.add(i)
                continue
        nxt_w = _lw(doc)[i + 1] if i + 1 < sent.tok_end else ""
        if w in ("met", "meet", "meets") and _count_parties(sent) >= 1 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not (nxt_w in ("the", "its", "their", "all") and i + 2 < sent.tok_end
                         and _lw(doc)[i + 2] in _MET_CONDITIONS or nxt_w in _MET_CONDITIONS):
            anchors.append(Anchor("talks", i, i + 1, "negotiate", i, [w]))
        elif w in ("negotiate", "negotiates", "negotiated", "negotiating") and nxt_w == "with" \
                and _count_parties(sent) >= 2 and not _has_anchor(anchors, "talks", doc, sent, i):
            # "Ottawa would keep negotiating with Washington": talks
            anchors.append(Anchor("talks", i, i + 2, "negotiate", i, [w, "with"]))
            taken.update((i, i + 1))
        elif w in ("speak", "spoke", "spoken", "speaks", "talk", "talked", "talks") and nxt_w == "with" \
                and _count_parties(sent) >= 1 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not _has_anchor(anchors, "leader_call", doc, sent, i):
            if _leaders_count(sent, leaders) >= 2:
                anchors.append(Anchor("leader_call", i, i + 2, "call", i, [w, "with"]))
            else:
                anchors.append(Anchor("talks", i, i + 2, "negotiate", i, [w, "with"]))
            taken.update((i, i + 1))
        elif w in ("call", "calls") and nxt_w == "with" and i > sent.tok_start \
                and _lw(doc)[i - 1] in _CALL_DETERMINERS and not _has_anchor(anchors, "leader_call", doc, sent, i):
            # "after his own call with Trump", "a call with the Mexican president": a call held
            if _leaders_count(sent, leaders) >= 2:
                anchors.append(Anchor("leader_call", i, i + 2, "call", i, [w, "with"]))
            elif _count_parties(sent) >= 1:
                anchors.append(Anchor("talks", i, i + 2, "negotiate", i, [w, "with"]))
            taken.update((i, i + 1))
        elif w in ("award", "awards") and i > sent.tok_start and _lw(doc)[i - 1] in ("its", "own", "an", "a", "the",
                                                                                 "their", "new", "separate") \
                and any(_lw(doc)[k] in _COURT_WORDS for k in range(sent.tok_start, sent.tok_end)) \
                and not any(b.instrument == "legal_ruling" and b.action == "rule" for b in anchors):
            # "a parallel WTO case is expected to produce its own award early next year"
            anchors.append(Anchor("legal_ruling", i, i + 1, "rule", i, [w]))
        elif w in ("ruled", "rules", "ruling") and any(_lw(doc)[k] in _COURT_WORDS for k in range(sent.tok_start, sent.tok_end)) \
                and nxt_w not in _RULING_NOUNS:
            if not _has_anchor(anchors, "legal_ruling", doc, sent, i):
                anchors.append(Anchor("legal_ruling", i, i + 1, "rule", i, [w]))
        elif w in ("buy", "purchase") and i > sent.tok_start and _lw(doc)[i - 1] in ("will", "would", "to", "and") \
                and _money_after(sent, doc, i) and _DEAL_WORDS.search(_text(doc)[max(0, sent.start - 400):sent.end]) \
                and not any(
                    b.instrument == "agreement" and "purchase" in b.cues for b in anchors):
            # "Under the deal, Seoul will ... buy $100 billion worth of LNG": a purchase commitment (a deal
            # told in the sentence or just before it)
            anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, "purchase"]))
            taken.add(i)
        elif w in _COMMIT_VERBS and i + 2 < sent.tok_end and _lw(doc)[i + 1] == "to" \
                and _lw(doc)[i + 2] in _BUY_VERBS:
            # "committed to buy $200 billion of American goods": a purchase commitment is a deal
            anchors.append(Anchor("agreement", i, i + 3, "agree", i, [w, _lw(doc)[i + 2], "purchase"]))
            taken.update(range(i, i + 3))
        elif w in ("agreed", "agree", "agrees", "signed", "reached", "struck", "clinched", "sealed"):
            nxt = _lw(doc)[i + 1] if i + 1 < sent.tok_end else ""
            nxt2 = _lw(doc)[i + 2] if i + 2 < sent.tok_end else ""
            k = i + 1
            while k < sent.tok_end and (_lw(doc)[k] in ("on", "in", "at", "late", "early") or _is_date_tok(sent, doc, k)):
                k += 1  # "agreed on Monday to ..."
            nxt = _lw(doc)[k] if k < sent.tok_end else ""
            nxt2 = _lw(doc)[k + 1] if k + 1 < sent.tok_end else ""
            if nxt == "to" and nxt2 in _MEET_VERBS and w in ("agreed", "agree", "agrees"):
                # "agreed to meet next week", "agreed to talk again": talks to come, not a deal
                anchors.append(Anchor("talks", i, k + 2, "negotiate", i, [w, nxt2]))
                taken.update(range(i, k + 2))
                continue
            if nxt == "to" and (nxt2 in lx.ACTION_WORDS or nxt2 in lx.FLOW_ACTIONS or nxt2 in _BUY_VERBS):
                if nxt2 in _BUY_VERBS:
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, nxt2, "purchase"]))
                elif _joint_subject(sent, doc, i):
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, nxt2]))
                continue
            if w in ("agreed", "agree", "agrees") and i - 2 >= sent.tok_start \
                    and _lw(doc)[i - 1] in ("that", "who", "which") and doc[i - 2].is_lower \
                    and _lw(doc)[i - 2] not in _PARTY_NOUNS and _mention_at(sent, i - 2) is None:
                continue  # "cognac houses that agreed to sell at minimum prices": firms agreeing, not governments
            if w in ("agreed", "agree", "agrees") and not _has_anchor(anchors, "agreement", doc, sent, i):
                if _count_parties(sent) >= 1:
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w]))
    # a rate a country's goods will face or pay, with no instrument word: "Mexican goods would face
    # 30% from August 1", "Indonesian goods would be charged 19 percent"
    text = _text(doc)
    for q in sent.quantities:
        if q.kind != "rate" or q.unit != "%":
            continue
        m = _GOODS_FACE_RATE.search(text[max(sent.start, q.start - 60):q.start])
        if m is None:
            mt = _RATE_THREATENED.match(text, q.end)
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if mt is not None and (_LETTER.search(sent.text) or mt.group("verb").startswith(("threat", "warn"))) \
                    and span is not None \
                    and not any(k in taken for k in range(span.start, span.end)) \
                    and _lw(doc)[span.start - 1] == "the":
                # "the 20 percent Trump had set out in a letter to Manila": a rate threatened by letter
                verb = doc.char_span(mt.start("verb"), mt.end("verb"), alignment_mode="expand")
                if verb is not None:
                    anchors.append(Anchor("tariff", span.start, span.end, "threaten", verb.start,
                                          [mt.group("verb").lower(), "rate"]))
                    taken.update(range(span.start, span.end))
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or any(k in taken for k in range(span.start, span.end)):
            continue
        nxt = _lw(doc)[span.end] if span.end < sent.tok_end else ""
        if nxt in lx.INSTRUMENT_WORDS or nxt in ("rate", "rates"):
            continue  # "face a 15 percent tariff": the instrument word anchors it
        goods_tok = doc.char_span(max(sent.start, q.start - 60) + m.start("goods"),
                                  max(sent.start, q.start - 60) + m.end("goods"), alignment_mode="expand")
        if goods_tok is not None and m.group("goods").lower() not in _SHIPPED | {"imports", "exports"} and not any(
                x.label == "GOOD" and x.token_start <= goods_tok.start < x.token_end for x in sent.mentions):
            continue  # "Korean cars would pay 15 percent": goods the knowledge base knows, or goods in general
        if goods_tok is None or not any(x.label == "COUNTRY" and goods_tok.start - 3 <= x.token_start < goods_tok.start
                                        for x in sent.mentions):
            continue  # whose goods: "Chinese goods", "products from Mexico" are told by a country
        verb = doc.char_span(max(sent.start, q.start - 60) + m.start("verb"),
                             max(sent.start, q.start - 60) + m.end("verb"), alignment_mode="expand")
        if verb is None:
            continue
        modal = (m.group("modal") or "").lower()
        verb_w = m.group("verb").lower()
        action = "threaten" if modal in ("could", "might", "may") or modal == "would" and verb_w.startswith("face") \
            else "impose"  # "would face 30%": a threat; "would pay 15 percent" under a deal: a rate set
        if action == "impose":
            action = _rate_versus(text, q) or action  # "would pay 15 percent instead of the 25 percent duty"
        anchors.append(Anchor("tariff", span.start, span.end, action, verb.start, [m.group("verb").lower(), "rate"]))
        taken.update(range(span.start, span.end))
    # "goods not covered by the trade pact", "products that meet the rules of the USMCA": the pact
    # names the scope of a measure, it is no deal told here and takes no date
    anchors = [a for a in anchors if not (a.instrument == "agreement" and a.action_tok is None and _TREATY_SCOPE.search(
        _text(doc)[max(sent.start, doc[a.tok_start].idx - 60):doc[a.tok_start].idx]))]
    anchors.sort(key=lambda a: a.tok_start)
    return anchors


_PARTY_NOUNS = {"governments", "government", "countries", "country", "sides", "side", "nations", "leaders",
                "economies", "capitals", "powers", "partners", "members", "states", "allies", "neighbours",
                "neighbors", "officials", "negotiators", "ministers"}
_CURB_NOUNS = {"restrictions", "restriction", "curbs", "curb", "controls", "limits"}
_TECH_GOODS = {"semiconductors", "ai_chips", "chipmaking_equipment", "chip_design_software", "high_bandwidth_memory"}


def _on_tech_goods(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"curbs on chip technology", "restrictions on 23 categories of chipmaking equipment": a curb
    on chips or chip tools is an export control (unless the clause speaks of imports)."""
    k = i + 1
    if k >= sent.tok_end or _lw(doc)[k] != "on":
        return False
    end = min(sent.tok_end, k + 7)
    if any(_lw(doc)[j] in ("imports", "import", "imported", "purchases", "buying", "use") for j in range(k, end)):
        return False
    return any(m.label == "GOOD" and k < m.token_start < end and m.key in _TECH_GOODS for m in sent.mentions)


_VERSUS = re.compile(r"\s*(?:tariff|duty|levy|rate)?\s*,?\s*(?:instead of|down from|rather than|up from|compared with)\s+"
                     r"(?:the\s+|an?\s+)?(?P<n>\d[\d.]*)\s*(?:%|per ?cent|percent)", re.I)


def _rate_versus(text: str, q: Quantity) -> str | None:
    """"15 percent instead of the 25 percent duty", "19 percent, down from the 32 percent rate": the
    new rate against the one it replaces says whether the rate was lowered or raised."""
    m = _VERSUS.match(text, q.end)
    if m is None:
        return None
    try:
        old = float(m.group("n"))
    except ValueError:
        return None
    return "lower" if q.value < old else "raise" if q.value > old else None


_RATE_THREATENED = re.compile(r"\s+(?:rate\s+)?(?:that\s+|which\s+)?(?:(?:(?:Mr\.?\s+)?[A-Z][\w.'-]+\s+){1,3}|"
                              r"(?:he|she|they|it)\s+)(?:had\s+|has\s+)?(?P<verb>set out|threatened|warned of|warned|"
                              r"proposed|floated)\b")
_GOODS_FACE_RATE = re.compile(r"\b(?P<goods>[A-Za-z-]+)\s+(?:(?P<modal>will|would|could|"
                              r"might|may)\s+)?(?:now\s+|also\s+)?(?P<verb>face|faces|faced|pay|pays|paid|"
                              r"be charged|are charged|be taxed|are taxed)\s+(?:an?\s+)?(?:additional\s+|extra\s+|"
                              r"flat\s+)?$", re.I)
_TREATY_SCOPE = re.compile(r"\b(?:covered by|outside|compliant with|complying with|qualify under|qualifies under|"
                           r"qualifying under|rules of|exempt under|eligible under)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$",
                           re.I)


# "goods that meet the rules of the pact", "met its targets": conditions fulfilled, not a meeting
_MET_CONDITIONS = {"rules", "requirements", "standards", "conditions", "criteria", "targets", "target", "demands",
                   "deadline", "expectations", "forecasts", "estimates", "obligations", "terms", "thresholds"}
_DEAL_WORDS = re.compile(r"\b(?:deal|agreement|agreed|pact|framework|accord|in return|in exchange)\b", re.I)


def _money_after(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """A money amount follows the verb closely: "buy $100 billion worth of ..."."""
    end = doc[i].idx + len(doc[i].text)
    return any(q.kind == "money" and 0 <= q.start - end <= 12 for q in sent.quantities)


_RULING_NOUNS = {"coalition", "party", "parties", "bloc", "camp", "elite", "class", "junta", "alliance", "government"}
_LICENCE_SKIP = {"a", "an", "the", "new", "separate", "special", "temporary", "individual", "further", "more",
                 "additional", "government", "official", "such", "any", "its", "their", "to", "for", "issuing",
                 "granting", "requiring", "begin", "began", "start", "started"}


_IMPORT_CONTEXT = {"buy", "buying", "bought", "purchase", "purchases", "purchasing", "import", "imports", "importing",
                   "use", "using", "install", "installing"}
_KIND_OF_BAN = re.compile(r"\b(export|import)(?:\s+|-)bans?\b", re.I)


def _ban_kind(doc, sent: Sentence, i: int) -> str | None:  # type: ignore[no-untyped-def]
    """The instrument of a bare "ban" noun: an export control when its clause sells or ships
    something ("a ban that barred firms from selling parts to ZTE"), an import restriction when it
    buys or uses something; else what the text called it before ("US lifts export ban ... the
    ban was lifted"); None for any other ban."""
    if i > sent.tok_start and _lw(doc)[i - 1] in ("to", "will", "would", "could", "may", "might"):
        return None  # "to ban", "would ban": the verb, read by the trade-flow rules
    lo, hi = _clause_bounds(doc, sent, i)
    words = [_lw(doc)[k] for k in range(i + 1, min(hi, i + 12))]
    if any(w in lx.EXPORT_CONTEXT for w in words):
        return "export_control"
    if any(w in _IMPORT_CONTEXT for w in words):
        return "import_restriction"
    before = _KIND_OF_BAN.findall(_text(doc)[max(0, sent.start - 3000):sent.start])
    if before:
        return "export_control" if before[-1].lower() == "export" else "import_restriction"
    return None


_ORDER_VERBS = {"ordered", "orders", "order", "ordering", "forced", "forces", "forcing", "compelled", "compels",
                "required", "requires", "directed", "directs"}


def _vowed_retaliation(doc, sent: Sentence, i: int, anchors: list[Anchor]) -> bool:  # type: ignore[no-untyped-def]
    """"would retaliate", "ready to retaliate", "vowed to retaliate", with no measure named in its
    clause (up to a subordinate "if"/"unless")."""
    lo, hi = _clause_bounds(doc, sent, i)
    left = [_lw(doc)[k] for k in range(max(lo, i - 4), i)]
    if not any(w in lx.FUTURE_MODALS for w in left):
        return False
    end = next((k for k in range(i + 1, hi) if _lw(doc)[k] in _SUBORDINATORS), hi)
    return not any(lo <= b.tok_start < end and b.instrument not in SYMMETRIC for b in anchors)


_BAR_VERBS = {"bar", "bars", "barred", "barring", "prohibit", "prohibits", "prohibited", "prohibiting", "forbid",
              "forbids", "forbade", "forbidding", "block", "blocks", "blocked", "blocking"}
_SELL_VERBS = {"selling", "sell", "exporting", "export", "shipping", "ship", "supplying", "supply", "providing",
               "transferring"}
_BUY_USE_VERBS = {"using", "use", "buying", "buy", "purchasing", "purchase", "importing", "import", "installing",
                  "procuring"}


def _barred_from(doc, sent: Sentence, i: int, taken: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """"barring U.S. companies from using telecoms equipment", "prohibits firms from selling chips
    to ...": (instrument, token of the barred verb) or None. Not what a measure told before
    does ("a ban that had barred ...", "widened restrictions, barring ...")."""
    if i > sent.tok_start and doc[i - 1].text == ",":
        return None
    if any(_lw(doc)[k] in ("that", "which") for k in range(max(sent.tok_start, i - 3), i)):
        return None
    for k in range(i + 1, min(sent.tok_end - 1, i + 10)):
        w = _lw(doc)[k]
        if w in (".", ";", ",") or k in taken:
            return None
        if w == "from":
            nxt = _lw(doc)[k + 1]
            if nxt in _SELL_VERBS:
                return "export_control", k + 1
            if nxt in _BUY_USE_VERBS:
                return "import_restriction", k + 1
            return None
    return None


def _licence_verb(doc, sent: Sentence, i: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The verb that governs the licence noun at ``i`` ("will need a license", "issued a temporary
    license", "began issuing licences", "denied permission"): (action, token) or None."""
    for k in range(i - 1, max(sent.tok_start, i - 5) - 1, -1):
        w = _lw(doc)[k]
        act = lx.STANDALONE_LICENCE_VERBS.get(w)
        if act is not None:
            return act, k
        if w not in _LICENCE_SKIP and not (doc[k].is_title and _mention_at(sent, k) is not None):
            return None  # "Chinese approval" / "U.S. permission" pass; any other word breaks the link
    return None


def _export_context(doc, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """The sentence is about trade in goods: it names goods or a verb of selling or shipping."""
    return any(m.label == "GOOD" for m in sent.mentions) or any(
        _lw(doc)[k] in lx.EXPORT_CONTEXT for k in range(sent.tok_start, sent.tok_end))


_TRADE_OBJECT = re.compile(r"\b(?:imports?|exports?|restrictions?|tariffs?|duties|levies|curbs|subsid\w*|dumping|"
                           r"trade|trading|practices|goods|products|shipments)\b")


def _probe_of_trade(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"a probe into Canada's restrictions on Chinese goods", "an investigation into imports of
    pork": an inquiry whose object is trade."""
    if i + 1 >= sent.tok_end or _lw(doc)[i + 1] not in ("into", "of", "on"):
        return False
    after = " ".join(t.lower_ for t in doc[i + 2:min(sent.tok_end, i + 7)])
    return bool(_TRADE_OBJECT.search(after))


def _is_date_tok(sent: Sentence, doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    c = doc[k].idx
    return any(d.start <= c < d.end for d in sent.dates)


def _joint_subject(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """Two or more governments before the verb: "the US and China agreed to ..."."""
    codes = {m.key for m in sent.mentions if m.label == "COUNTRY" and m.token_end <= i}
    return len(codes) >= 2 or any(_lw(doc)[k] in ("sides", "countries", "nations", "governments")
                                  for k in range(max(sent.tok_start, i - 4), i))


def _leaders_count(sent: Sentence, leaders: frozenset[str]) -> int:
    """Heads of state or government in the sentence: known leaders by name, and leaders' titles."""
    n = sum(1 for m in sent.mentions if m.label == "PERSON" and m.key in leaders)
    return n + len(_LEADER_TITLE.findall(sent.text))


# a head of state or government by title; a vice or deputy premier is not one ("Vice Premier Liu He")
_NOT_DEPUTY = r"(?<!Vice )(?<!vice )(?<!Vice-)(?<!vice-)(?<!Deputy )(?<!deputy )"
_LEADER_TITLE = re.compile(_NOT_DEPUTY + r"\b(?:President|Prime Minister|Premier|Chancellor)\b")
_LEADER_WORD = re.compile(_NOT_DEPUTY + r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|"
                          r"[Ll]eaders?)\b")


def _near_good(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    return any(m.label == "GOOD" and abs(m.token_start - i) <= 8 for m in sent.mentions)


def _count_parties(sent: Sentence) -> int:
    return len({m.key for m in sent.mentions if m.label in ("COUNTRY", "PERSON", "ORG")})


def _has_anchor(anchors: list[Anchor], instrument: str, doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    lo, hi = _clause_bounds(doc, sent, i)
    return any(a.instrument == instrument and lo <= a.tok_start < hi for a in anchors)


# ---------------------------------------------------------------------------------------------
# step 2: one action per anchor


def _action_for(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    if not a.action:
        _choose_action(doc, sent, a, anchors)
    if a.action == "threaten" and a.action_tok is not None and _lw(doc)[a.action_tok] in ("threat", "threats"):
        # "suspended his threat of 25% tariffs": what is paused is the threatened measure
        for k in range(a.action_tok - 1, max(sent.tok_start, a.action_tok - 4) - 1, -1):
            act = lx.ACTION_WORDS.get(_lw(doc)[k])
            if act in ("suspend", "defer"):
                a.action, a.action_tok = act, k
                a.cues.append(_lw(doc)[k])
                break
    if a.action == "impose" and a.instrument in _MEASURES and a.action_tok is not None \
            and _lw(doc)[a.action_tok] in _GO_AHEAD:
        # "will not go ahead with the 15% tariffs", "decided not to proceed with": a measure called off
        k = a.action_tok - 1
        if k >= sent.tok_start and _lw(doc)[k] in ("go", "goes", "going", "went"):
            k -= 1
        if k >= sent.tok_start and _lw(doc)[k] in ("not", "n't", "never"):
            a.action, a.action_tok = "suspend", k
            a.cues.append("not go ahead")
    if a.action == "impose" and a.action_tok is not None and _lw(doc)[a.action_tok] in ("put", "puts", "putting",
                                                                                        "placed", "place"):
        # "put its first package of counter-tariffs, approved a day earlier, on hold": paused
        for k in range(a.tok_end, min(sent.tok_end - 1, a.tok_end + 14)):
            if _lw(doc)[k] in (";", ".") or _lw(doc)[k] in _SUBORDINATORS:
                break
            if _lw(doc)[k] == "on" and _lw(doc)[k + 1] in ("hold", "ice"):
                a.action, a.action_tok = "suspend", k + 1
                a.cues.append("on hold")
                break
    if a.instrument == "tariff" and a.action in ("ease", "lower", "suspend") and a.action_tok is not None \
            and a.action_tok < a.tok_start and _lw(doc)[a.action_tok] in _END_VERBS \
            and _RELIEF_AFTER.match(_text(doc), doc[a.tok_start].idx):
        # "ended the duty-free treatment of small parcels", "scrapped the duty exemption": the end of
        # a relief applies the duty (eval/README.md: ending an exemption is impose)
        prev = next((b for b in anchors if b.tok_start < a.tok_start and b.instrument == "tariff"
                     and "preference" in b.cues), None)
        if prev is not None and _lw(doc)[a.action_tok - 1] == ",":
            # "withdrew Cambodia's preferential trade status, ending duty-free entry": the same measure
            a.action = prev.action
        else:
            a.action = "impose"
        a.cues.append("relief ended")
    if a.action == "resume" and a.instrument in _CONTROLS and a.action_tok is not None \
            and _lw(doc)[a.action_tok].startswith(("reinstat", "reimpos", "re-impos")):
        a.action = "impose"  # "would reinstate the ban": a restriction put back is imposed again
    if not a.action and a.instrument == "tariff" and _AND_RATE.search(
            _text(doc)[max(sent.start, doc[a.tok_start].idx - 40):doc[a.tok_start].idx]):
        # "impose a 15% tariff on coal and a 10% tariff on crude oil": the second shares the verb
        prev = next((b for b in reversed(anchors) if b.tok_start < a.tok_start and b.instrument == a.instrument
                     and b.action), None)
        if prev is not None:
            a.action, a.action_tok = prev.action, prev.action_tok
            a.cues.append("coordinated")
    if a.action == "threaten" and a.instrument in _MEASURES and a.action_tok is not None \
            and _lw(doc)[a.action_tok] in _DRAWN_UP and _WHICH_TAKES_EFFECT.match(
                _text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1].text), sent.end):
        a.action = "impose"  # "has drawn up restrictions on X, which come into force on 23 July": set to start
        a.cues.append("which takes effect")
    if a.instrument == "export_control" and a.action in ("extend", "ease", "resume") and a.action_tok is not None \
            and a.action_tok - 2 >= sent.tok_start and _lw(doc)[a.action_tok - 1] == "to" \
            and _lw(doc)[a.action_tok - 2] in _REFUSE:
        a.action = "tighten"  # "declined to renew an export licence": a licence withheld
        a.cues.append(_lw(doc)[a.action_tok - 2])
    if a.instrument == "tariff" and a.action in lx.PREFERENCE_ACTIONS and a.cues and a.cues[0] in lx.PREFERENCE_PHRASES \
            and "relief ended" not in a.cues:
        # "withdrew India's preferential trade status", "ending duty-free entry": the goods pay more duty
        a.action = lx.PREFERENCE_ACTIONS[a.action]
        a.cues.append("preference")
    if a.instrument == "tariff" and a.action in ("impose", "raise") and a.tok_start > sent.tok_start \
            and _lw(doc)[a.tok_start - 1] == "zero":
        a.action = "lower"  # "would charge zero tariffs on American goods": tariffs removed
        a.cues.append("zero")
    # announcing a deal is the deal; announcing talks is talks to come
    if a.instrument == "agreement" and a.action == "announce":
        a.action = "agree"
    elif a.instrument == "talks" and a.action == "announce":
        a.action = "negotiate"
    elif a.action == "suspend" and a.action_tok is not None and _prolonged_pause(doc, sent, a.action_tok):
        a.action = "extend"  # "will keep suspending the duties for another 90 days": the pause is prolonged
        a.cues.append("pause prolonged")
    elif a.instrument in _CONTROLS and a.action == "extend" and a.action_tok is not None:
        nxt = _lw(doc)[a.tok_end] if a.tok_end < len(doc) else ""
        if nxt == "to" or (a.action_tok > a.tok_start and _lw(doc)[a.action_tok + 1] == "to"):
            a.action = "tighten"  # "extended its blacklist to affiliates": widened


_MOOD_OBJECTS = {"fears", "fear", "concerns", "concern", "worries", "worry", "jitters", "anxiety", "anxieties",
                 "uncertainty", "nerves", "pressure", "pain", "sting", "blow", "impact"}
_END_VERBS = {"end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "scrapping", "abolish", "abolished",
              "abolishes", "revoke", "revoked", "revokes", "withdraw", "withdrew", "withdrawn", "withdraws", "remove",
              "removed", "removes", "eliminate", "eliminated", "eliminates", "close", "closed", "closes", "repeal",
              "repealed", "repeals", "axe", "axed", "kill", "killed", "terminate", "terminated", "terminates"}
_RELIEF_AFTER = re.compile(r"(?:duty|tariff|customs)[- ]?free\b|(?:duty|tariff)\s+(?:exemptions?|exclusions?|waivers?|"
                           r"relief|holiday)\b", re.I)
_RATE_RX = r"(?:up to\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent)"
_AND_RATE = re.compile(r"\band\s+(?:an?\s+)?(?:additional\s+|extra\s+)?" + _RATE_RX + r"\s*$", re.I)
_AND_MEASURE = re.compile(r"^\s*and\s+(?:an?\s+)?(?:additional\s+|extra\s+)?" + _RATE_RX +
                          r"\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies|surtax|surtaxes|surcharges?)\b",
                          re.I)
_LIFT = {"lift", "lifts", "lifted", "lifting"}
_DRAWN_UP = {"up", "drawn", "drew", "draw", "prepared", "readied"}
_WHICH_TAKES_EFFECT = re.compile(r"[^;]{0,80}?,\s*which\s+(?:will\s+)?(?:come|comes|take|takes|enter|enters|go|goes)\s+"
                                 r"(?:into force|into effect|effect)\b", re.I)
_NOUN_DET = {"a", "an", "the", "its", "their", "this", "that", "his", "her", "our"}
_SINCE_WHEN = re.compile(r",?\s+when\b", re.I)
_REFUSE = {"declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"}
_WHITELIST = re.compile(r"white ?list|trusted trading partners|preferred trading partners", re.I)
_TO_RATE = re.compile(r"[^,;:]{0,60}?\bto\s+" + _RATE_RX, re.I)
_BUY_VERBS = {"buy", "purchase", "import"}
_ADJ_ACTIONS = {"higher", "stricter", "tougher", "further"}
_GO_AHEAD = {"ahead", "proceed", "proceeds", "proceeded"}
_COMMIT_VERBS = {"committed", "commits", "commit", "pledged", "pledges", "promised", "promises", "vowed"}
_MEET_VERBS = {"meet", "talk", "negotiate", "reconvene"}
_NOT_A_MEASURE = {"war", "wars", "fight", "fights", "battle", "battles", "dispute", "disputes", "spat", "row",
                  "standoff", "tensions", "fears", "worries", "jitters", "uncertainty", "turmoil", "news",
                  "announcement", "announcements", "headlines", "chaos", "shock", "shocks", "saga", "feud"}
_SUBORDINATORS = {"if", "unless", "when", "after", "before", "because", "since", "while", "whereas", "although"}
_KEEP_BEFORE = re.compile(r"\b(?:keep|keeps|kept|continue|continues|continued)\s+(?:\w+\s+)?$", re.I)
_FOR_ANOTHER = re.compile(r"\bfor (?:another|a further|an additional)\b", re.I)


def _prolonged_pause(doc, sent: Sentence, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """"keep suspending", "continue the pause", "paused for another 90 days"."""
    text = _text(doc)
    c = doc[tok].idx
    before = text[max(sent.start, c - 25):c]
    after = text[c:min(sent.end, c + 120)].split(";")[0]
    return bool(_KEEP_BEFORE.search(before) or _FOR_ANOTHER.search(after))


_CALL_DETERMINERS = {"a", "his", "her", "their", "its", "own", "the", "phone", "video", "telephone", "first",
                     "second", "latest", "lengthy", "hour-long", "brief"}
_INQUIRY = {"probe", "probes", "investigation", "investigations", "inquiry", "review"}
_COMMISSION_VERBS = {"ordered", "order", "orders", "ordering", "commissioned", "commissions", "commission",
                     "requested", "requests", "directed", "directs", "instructed", "instructs", "initiated"}
_START_VERBS = {"start", "starts", "started", "begin", "begins", "began", "commence", "commences", "commenced"}
_MEASURES = {"tariff", "export_control", "import_restriction", "investment_restriction", "sanction"}
_EFFECT_VERBS = {"take", "takes", "took", "taking", "come", "comes", "came", "go", "goes", "went", "entered",
                 "enter", "enters", "kick", "kicks", "kicked"}
_CONTROLS = {"export_control", "entity_list", "sanction", "investment_restriction", "import_restriction"}


_TO_RATE = re.compile(r"\bto\s+(?:a\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent)", re.I)
_ANSWER_VERBS = {"answered", "answers", "answer", "responded", "responds", "respond", "replied", "replies",
                 "countered", "counters", "retorted"}
_FACE_VERBS = {"face", "faces", "faced", "facing", "pay", "pays", "paid", "paying"}


def _rate_between(sent: Sentence, doc, j: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """A percentage rate stands between token ``j`` and a little past token ``end``."""
    lo_c = doc[j].idx
    hi_c = doc[end - 1].idx + len(doc[end - 1].text) + 25
    return any(q.kind == "rate" and q.unit == "%" and lo_c <= q.start <= hi_c for q in sent.quantities)


_RATE_WORDS = {"a", "an", "the", "additional", "extra", "new", "flat", "%", "percent", "per", "cent", "pc", "rate",
               "of", "up", "to"}


def _choose_action(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    if a.instrument == "legal_ruling" and a.tok_end < len(doc) and _lw(doc)[a.tok_end] in (
            "rules", "members", "member", "membership", "chief", "head"):
        return  # "World Trade Organization rules": the rule book, not a ruling
    allowed = lx.ALLOWED_ACTIONS[a.instrument]
    lo, hi = _clause_bounds(doc, sent, a.tok_start)
    other_spans = {i for b in anchors if b is not a for i in range(b.tok_start, b.tok_end)}
    # a predicate right after the instrument ("the tariffs could return", "tariffs were raised")
    j = a.tok_end
    while j < hi and j < a.tok_end + 3 and _lw(doc)[j] in _AUX:
        j += 1
    if j > a.tok_end and j < hi:
        w = _lw(doc)[j]
        act = lx.ACTION_WORDS.get(w)
        if w in ("return", "returns", "returned", "come back", "snap"):
            act = "resume"
        if act == "announce" and w in _START_VERBS and a.instrument in _MEASURES \
                and j + 1 < hi and _lw(doc)[j + 1] in ("on", "from", "in", "at", "next", "this"):
            act = "impose"  # "the tariffs will start at 10 per cent": the measure starts
        if act and act in allowed:
            if a.instrument == "tariff" and act == "ease":
                act = "lower"
            a.action, a.action_tok = act, j
            a.cues.append(w)
            return
    if a.instrument == "other" and " ".join(a.cues) in lx.COUNTERMEASURE_PHRASES:
        # "would take necessary measures", "reserved the right to respond with measures of its own"
        lo_m = lo
        if lo > sent.tok_start + 1 and _lw(doc)[lo - 1] == "but" and _lw(doc)[lo - 2] in ("choice", "option",
                                                                                          "alternative"):
            lo_m = _clause_bounds(doc, sent, lo - 2)[0]  # "would have no choice but to respond in kind"
        left = [t.lower_ for t in doc[max(lo_m, a.tok_start - 10):a.tok_start]]
        if any(w in lx.FUTURE_MODALS for w in left):
            a.action, a.action_tok = "threaten", a.tok_start
            a.cues.append("unnamed countermeasure")
            return
        if any(w in lx.TAKE_VERBS for w in left):
            a.action, a.action_tok = "impose", a.tok_start
            a.cues.append("took countermeasure")
            return
    # left, nearest first, up to 10 tokens
    for j in range(a.tok_start - 1, max(lo, a.tok_start - 10) - 1, -1):
        if j in other_spans:
            # another instrument in between takes the verb ("talks on tariffs": the tariffs are a topic)
            break
        if _lw(doc)[j] in _SUBORDINATORS and j < a.tok_start - 1:
            break  # "China hit back after Washington's tariffs took effect": the main verb is not theirs
        if _lw(doc)[j] == "that" and j > lo and _lw(doc)[j - 1] in ("and", ",", "but"):
            break  # "... to justify another extension, and that duties of 25% would apply": a new statement
        if _lw(doc)[j] in _MARKET_WORDS and not (_lw(doc)[j] in ("points", "point") and j > lo
                                                 and _lw(doc)[j - 1] == "percentage"):
            break  # "the Dow drops 1,700 points as tariffs roil markets": the verb is the market's
        w = _lw(doc)[j]
        if _in_name(doc, sent, j):
            continue
        if j + 1 < a.tok_start and _lw(doc)[j + 1] in _MOOD_OBJECTS:
            break  # "a deal that eases fears over the levy": a mood eased, not the measure
        two = f"{_lw(doc)[j - 1]} {w}" if j - 1 >= lo else ""
        act = lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(w)
        if a.instrument == "other" and _lw(doc)[a.tok_end - 1] in _INQUIRY and w in _COMMISSION_VERBS:
            a.action, a.action_tok = "announce", j  # "Trump ordered the copper inquiry in February"
            a.cues.append(w)
            return
        if w in ("further", "fresh", "new", "more") and j - 1 >= lo \
                and lx.ACTION_WORDS.get(_lw(doc)[j - 1]) in ("threaten", "announce"):
            continue  # "was preparing further countermeasures": the verb before the adjective tells the action
        if act and w in lx.INSTRUMENT_WORDS and j - 1 >= sent.tok_start and _lw(doc)[j - 1] in _NOUN_DET:
            continue  # "a probe that Brussels regarded as payback for its tariffs": a noun, not a verb
        if w in ("lower", "higher") and j == a.tok_start - 1 and a.tok_end < hi and _lw(doc)[a.tok_end] == "than":
            return  # "lower duties than many of their neighbours": a comparison, not a change
        if a.instrument not in SYMMETRIC and (
                two == "rule out" and j - 2 >= lo and _lw(doc)[j - 2] in ("not", "n't", "never")
                or w in ("face", "faces") and j - 1 >= lo and _lw(doc)[j - 1] in ("could", "would", "might", "may")):
            # "would not rule out tariffs on farm goods", "imports that could face tariffs": a threat
            a.action, a.action_tok = "threaten", j
            a.cues.append("not rule out" if w == "out" else "could face")
            return
        if w in _FACE_VERBS and a.instrument == "tariff" and _rate_between(sent, doc, j, a.tok_end) \
                and all(_lw(doc)[k] in _RATE_WORDS or doc[k].like_num for k in range(j + 1, a.tok_start)) \
                and any(m.label == "COUNTRY" and j - 5 <= m.token_start < j for m in sent.mentions):
            # "Korean exports will face a 15 percent tariff", "will pay a 19 percent tariff": a rate set
            a.action, a.action_tok = "impose", j
            rate = next((q for q in sent.quantities if q.kind == "rate" and q.unit == "%"
                         and doc[j].idx <= q.start < doc[a.tok_start].idx), None)
            if rate is not None:
                a.action = _rate_versus(_text(doc), rate) or "impose"
            a.cues.append(w)
            return
        if w in _ANSWER_VERBS and a.instrument in _MEASURES and any(_lw(doc)[k] == "with" for k in range(j + 1, a.tok_start)):
            # "Ottawa answered the first round in March with 25 per cent counter-tariffs": a measure taken
            a.action, a.action_tok = "impose", j
            a.cues.append(w)
            return
        if w in lx.ANNOUNCE_VERBS and a.instrument not in ("talks", "agreement", "leader_call", "legal_ruling") \
                and not (a.instrument == "other" and _lw(doc)[a.tok_end - 1] in _INQUIRY):
            a.action, a.action_tok = "impose", j
            a.cues.append(w)
            return
        if act and a.instrument == "talks" and w in _TALKS_START:
            act = "negotiate"
        if a.instrument == "export_control" and w.startswith(("strik", "struck")) \
                and any(t in doc[a.tok_start:a.tok_end].text.lower() for t in ("list", "partners")):
            act = "tighten"  # "will strike Japan off its list of trusted trading partners"
        if a.instrument == "agreement" and w in ("negotiated", "renegotiated") and j - 1 >= lo \
                and _lw(doc)[j - 1] in ("newly", "the", "a", "recently", "freshly", "its", "their", "jointly"):
            act = "agree"  # "the newly negotiated trade agreement": a deal concluded
        if act == "ease" and w in _LIFT and a.instrument in ("tariff", "other") and _TO_RATE.match(
                _text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1].text), sent.end):
            act = "raise"  # "lifting the duty on cars to 120 percent": a rate lifted to a level is raised
        if act and act in allowed:
            if a.instrument == "tariff" and act == "ease" and not w.startswith(("exempt", "spar", "waiv", "exclud")):
                act = "lower"  # (exempting goods or countries from a tariff eases it: eval/README.md)
            if w in _ADJ_ACTIONS and a.instrument not in SYMMETRIC and all(
                    not doc[k].is_alpha or _lw(doc)[k] in _MODIFIER_SKIP | {"reciprocal"}
                    for k in range(j + 1, a.tok_start)):
                eff = _takes_effect_at(doc, a, hi, other_spans)
                if eff is not None:
                    # "higher tariffs on dozens of countries took effect": the measure starts
                    a.action, a.action_tok = "impose", eff
                    a.cues.append("take effect")
                    return
            if act in ("impose", "resume") and a.instrument == "export_control" \
                    and _WHITELIST.search(doc[a.tok_start:a.tok_end].text):
                act = "ease"  # "put Korea back on its white list", "restored Japan to its list": controls relaxed
            if act == "lower" and w.startswith("lift") and a.instrument == "tariff" \
                    and _TO_RATE.search(_text(doc)[doc[a.tok_end - 1].idx:doc[hi - 1].idx + len(doc[hi - 1])]):
                act = "raise"  # "lifts the levy on Canadian goods to 35 per cent": a rate raised, not a levy lifted
            if act == "ease" and "list" in doc[a.tok_start:a.tok_end].text.lower() and w.startswith(("remov", "strik", "drop", "struck")):
                act = "tighten"  # removing a country from a whitelist tightens controls on it
            a.action, a.action_tok = act, j
            a.cues.append(two if two in lx.ACTION_WORDS else w)
            return
    # right, up to 6 tokens, stopping at another anchor
    for j in range(a.tok_end, min(hi, a.tok_end + 8)):
        if j in other_spans or doc[j].text in (",", "(", ")") or _lw(doc)[j] in _SUBORDINATORS:
            break  # "... if Washington raised its duties": the verb of another clause
        w = _lw(doc)[j]
        if _in_name(doc, sent, j):
            continue
        two = f"{w} {_lw(doc)[j + 1]}" if j + 1 < hi else ""
        three = f"{two} {_lw(doc)[j + 2]}" if j + 2 < hi else ""
        act = lx.ACTION_WORDS.get(three) or lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(w)
        if act == "announce" and w in _START_VERBS and a.instrument in _MEASURES \
                and j + 1 < hi and _lw(doc)[j + 1] in ("on", "from", "in", "at", "next", "this"):
            act = "impose"  # "a 25 per cent surtax on steel would start on Oct. 22": it takes effect then
        if a.instrument == "other" and _lw(doc)[a.tok_end - 1] in _INQUIRY and w in _COMMISSION_VERBS:
            act = "announce"  # "a review of the timber trade that Trump ordered in March"
        if act and act in allowed and w not in ("new", "fresh", "further", "higher", "deal"):
            if a.instrument == "tariff" and act == "ease":
                act = "lower"
            a.action, a.action_tok = act, j
            a.cues.append(w)
            return
    if a.instrument not in SYMMETRIC and a.instrument != "legal_ruling":
        # "duties of up to 35% on electric vehicles made in China came into force on Wednesday":
        # the measure's own predicate, past a long noun phrase
        j = _takes_effect_at(doc, a, hi, other_spans)
        if j is not None:
            a.action, a.action_tok = "impose", j
            a.cues.append("take effect")
            return
        j = _rate_change_at(doc, a, hi, other_spans)
        if j is not None:
            a.action, a.action_tok = _RATE_PREDICATE.get(_lw(doc)[j], "impose"), j  # "... will rise to 30%"
            a.cues.append(_lw(doc)[j])
            return
    if a.instrument == "entity_list" and _list_object(doc, a, lo):
        # "added dozens of Chinese companies, including X and Y, to its entity list": the verb may
        # stand far before "to ... list"
        for j in range(a.tok_start - 1, lo - 1, -1):
            w = _lw(doc)[j]
            if w in _LIST_VERBS:
                a.action, a.action_tok = _LIST_VERBS[w], j
                a.cues.append(w)
                return
    if a.instrument == "legal_ruling":
        for j in range(a.tok_start - 1, max(lo, a.tok_start - 8) - 1, -1):
            if _lw(doc)[j] in lx.LEGAL_OPEN:
                a.action, a.action_tok = "announce", j
                a.cues.append(_lw(doc)[j])
                return
        phrase = doc[a.tok_start:a.tok_end].text.lower()
        if phrase in ("world trade organization", "lawsuit", "legal challenge", "legal action") or phrase.startswith("wto"):
            return  # the WTO named as a body, or a case nobody opened or decided here
    if a.instrument == "legal_ruling" and _lw(doc)[a.tok_start] in ("ruling", "rulings") and not any(
            w in _COURT_WORDS for w in _lw(doc)[sent.tok_start:sent.tok_end]) \
            and "world trade organization" not in sent.text.lower():
        return  # "the pork ruling", "its final ruling" in a trade-remedy case: no court has ruled
    own = lx.SELF_ACTION.get(a.instrument)
    if own:
        a.action, a.action_tok = own, a.tok_start
        return
    if a.instrument in _MEASURES | {"entity_list"} and a.tok_start - 1 >= lo \
            and _lw(doc)[a.tok_start - 1] in ("possible", "potential"):
        # "consulting on possible surtaxes on Chinese batteries": a measure in view, not taken
        a.action, a.action_tok = "threaten", a.tok_start - 1
        a.cues.append(_lw(doc)[a.tok_start - 1])
        return
    if a.instrument == "agreement" and a.action is None and doc[a.tok_start].is_title \
            and a.tok_start > sent.tok_start and not sent.headline:
        return  # "the North American Free Trade Agreement": a treaty named, not a deal reached here
    if a.instrument == "agreement" and a.action is None:
        # "the Geneva agreement", "the preliminary deal", "the phase one deal": a deal that exists
        window = " ".join(t.lower_ for t in doc[max(lo, a.tok_start - 4):a.tok_start])
        if re.search(r"\b(the|its|their|this|that|last|earlier|previous|preliminary)\b", window) or any(
            doc[k].is_title for k in range(max(lo, a.tok_start - 2), a.tok_start)
        ):
            a.action, a.action_tok = "agree", a.tok_start
            a.cues.append("default:agree")


def _takes_effect_at(doc, a: Anchor, hi: int, other_spans: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """The token of "took effect" / "came into force" that is the measure's own predicate, or None."""
    for j in range(a.tok_end, min(hi, a.tok_end + 25)):
        if j in other_spans or doc[j].text in (",", "(", ";") or _lw(doc)[j] in _SUBORDINATORS \
                or _lw(doc)[j] in ("that", "which", "who"):
            return None
        if _lw(doc)[j] in _EFFECT_VERBS and _TAKES_EFFECT.match(_text(doc), doc[j].idx):
            return j
    return None


_RATE_PREDICATE = {**{w: "raise" for w in ("rise", "rises", "rose", "climb", "climbs", "climbed", "jump", "jumps",
                                             "jumped", "increase", "increases", "increased", "raised", "lifted",
                                             "hiked", "doubled", "go", "goes", "went")},
                   **{w: "lower" for w in ("fall", "falls", "fell", "drop", "drops", "dropped", "decline",
                                           "declines", "declined", "lowered", "cut", "reduced", "halved")}}


_START_PREDICATE = {"apply", "follow", "start", "begin", "commence"}


def _rate_change_at(doc, a: Anchor, hi: int, other_spans: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """"the 25% duty on a separate $250 billion of goods will rise to 30%": the measure's rate
    changes, told by an auxiliary and a verb of rising or falling followed by "to", past a long noun
    phrase. The token of the verb, or None."""
    for j in range(a.tok_end, min(hi - 2, a.tok_end + 25)):
        w = _lw(doc)[j]
        if doc[j].text == "," and _LIST_COMMA.match(_text(doc), doc[j].idx):
            continue  # "duties on engines, transmissions and other parts are to follow": a list of goods
        if j in other_spans or doc[j].text in (",", "(", ";") or w in _SUBORDINATORS \
                or w in ("that", "which", "who"):
            return None
        if w in ("will", "would", "is", "are", "was", "were", "to") and j > a.tok_end:
            k = j + 1
            if _lw(doc)[k] in ("be", "been", "now"):
                k += 1
            if k + 2 < hi and _lw(doc)[k] in ("scheduled", "set", "due", "expected", "slated") and _lw(doc)[k + 1] == "to":
                k += 2  # "are scheduled to follow", "is set to rise to 30%"
            if k + 1 < hi and _lw(doc)[k] in _RATE_PREDICATE and _lw(doc)[k + 1] in ("to", "by"):
                return k
            if k + 1 < hi and _lw(doc)[k] in _START_PREDICATE and _lw(doc)[k + 1] != "to" \
                    and a.instrument in _MEASURES | {"other"}:
                return k  # "tariffs on another $16 billion of goods would follow in two weeks"
            return None
    return None


_LIST_COMMA = re.compile(r",(?:\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,)*\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},?\s+"
                         r"(?:and|or)\s")
_MOOD_VERBS = {"grew", "grows", "grow", "rose", "rises", "loomed", "looms", "mounted", "mounts", "receded", "recedes",
               "faded", "fades", "eased", "eases", "intensified", "lingered", "lingers", "weighed", "weighs"}
_ANALYST_VIEW = re.compile(r"^(?:some |many |most |other )?(?:analysts|economists|strategists|investors|traders|"
                           r"experts|observers)\b[^.;]{0,40}?\b(?:said|say|says|cautioned|warned|expect|expected|"
                           r"believe|believed|predicted|predict|think|thought|reckon|bet|noted)\b[^.;]*"
                           r"\b(?:might|could|would|may|will)\b", re.I)
_EFFECT_OF_MEASURE = {"create", "cause", "hurt", "harm", "damage", "cost", "disrupt", "affect", "slow", "undermine",
                      "weigh", "dent", "squeeze", "fuel", "spark", "trigger", "mean", "lead", "drive", "push",
                      "leave", "reduce", "boost", "help", "benefit", "backfire", "fail"}
_HARD_TO_REACH = re.compile(r"\s*[\"“”']?\s*(?:very |much |far |more |even )?(?:hard|harder|difficult|tough|tougher|"
                            r"impossible|unlikely|complicated)\b", re.I)
_MODAL_AFTER = {"would", "could", "will", "might", "may", "is", "was", "are", "were"}


def _judged_or_effect(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The measure is the subject of a judgement or of a forecast of its effects, not an event:
    "imposing the duties would be short-sighted", "warned that the tariffs would create
    uncertainty for airlines"."""
    if a.instrument in ("agreement", "talks") and _HARD_TO_REACH.match(_text(doc), doc[a.tok_end - 1].idx
                                                                     + len(doc[a.tok_end - 1])) \
            and a.tok_start >= 2 and _lw(doc)[a.tok_start - 2] in ("make", "makes", "making", "made"):
        return True  # "would make a trade deal very hard": a judgement of a deal's chances, no deal
    k = a.tok_end
    while k < sent.tok_end - 1 and _lw(doc)[k] in ("on", "of") and k < a.tok_end + 1:
        k += 1  # only a bare noun phrase: "the duties would ...", not "duties on X would ..."
    if k >= sent.tok_end - 1 or _lw(doc)[k] not in _MODAL_AFTER:
        return False
    nxt = _lw(doc)[k + 1]
    if a.action_tok is not None and a.action_tok < a.tok_start and _lw(doc)[a.action_tok].endswith("ing") \
            and a.tok_start - a.action_tok <= 3 and nxt in ("be", "been", "not", "only", "hurt", "backfire") \
            and _lw(doc)[k] in ("would", "could", "will", "might", "may", "is", "was"):
        return True  # "imposing the duties would be short-sighted": a judgement of the measure
    if a.action == "threaten" and a.action_tok is not None and a.action_tok < a.tok_start \
            and any(_lw(doc)[j] == "that" for j in range(a.action_tok, a.tok_start)) \
            and _lw(doc)[k] in ("would", "could", "will", "might", "may") and nxt in _EFFECT_OF_MEASURE:
        return True  # "warned that the tariffs would create uncertainty": what the measure would do
    return False


def _in_name(doc, sent: Sentence, j: int) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised word inside a name ("the Trade Expansion Act", "the Inflation Reduction
    Act") is not a verb of the sentence (headlines, capitalised throughout, are left alone)."""
    if sent.headline or j <= sent.tok_start or not doc[j].is_title:
        return False
    return doc[j - 1].is_title or (j + 1 < sent.tok_end and doc[j + 1].is_title)


_LIST_VERBS = {**{w: "impose" for w in ("add", "adds", "added", "adding", "put", "puts", "putting", "place",
                                         "places", "placed", "placing", "include", "included", "includes")},
               **{w: "ease" for w in ("remove", "removes", "removed", "removing", "delist", "delisted",
                                      "drop", "dropped", "take", "took", "taken")}}


def _list_object(doc, a: Anchor, lo: int) -> bool:  # type: ignore[no-untyped-def]
    """The list is the goal of a transfer: "... to its entity list", "... on a trade blacklist",
    "... from the Unreliable Entity List"."""
    j = a.tok_start - 1
    while j >= lo and _lw(doc)[j] in ("its", "the", "a", "their", "his", "an", "us", "u.s.", "commerce",
                                        "department", "'s", "’s", "trade", "export", "china", "chinese", "american"):
        j -= 1
    return j >= lo and _lw(doc)[j] in ("to", "on", "onto", "from", "off")


# ---------------------------------------------------------------------------------------------
# step 3: frame


def _parties(doc, sent: Sentence, kb: KnowledgeBase, lo: int, hi: int) -> list[Party]:  # type: ignore[no-untyped-def]
    out: list[Party] = []
    for m in sent.mentions:
        if not (lo <= m.token_start < hi):
            continue
        code: str | None = None
        via = m.label
        if m.label == "COUNTRY":
            if m.kind == "capital" and not _capital_as_government(doc, m):
                continue  # a place, not a government
            code = m.key
        elif m.label == "ORG":
            org = _org(kb, m.key)
            if org is not None and org.country and org.kind in ("gov_body", "court", "central_bank", "legislature"):
                code = org.country
        elif m.label == "PERSON":
            code = _person_country(kb, m.key)
        elif m.label == "OFFICE":
            office = _office(kb, m.key)
            code = office.country if office else None
            k = m.token_start - 1
            if k > sent.tok_start and doc[k].text in ("'s", "’s") and not any(
                    x.label == "COUNTRY" and x.token_end == k for x in sent.mentions):
                code = None  # "Ontario's premier", "the company's president": not a national office
            if code is None:
                # "the U.S. president's announcement", "Chinese Premier": the country in the title
                words = m.text.split()
                forms = _index(kb)["country_forms"]
                code = forms.get(" ".join(words[:2])) or forms.get(words[0]) if words else None
        if code:
            out.append(Party(code, m.token_start, True, via))
    return out


def _place_in_name(doc, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """"the London Metal Exchange", "the Beijing Capital Airport": a capital opening a name of three
    or more capitalised words, in a sentence that is not all title case."""
    k = m.token_end
    if m.kind != "capital" or k + 1 >= len(doc) or not (doc[k].is_title and doc[k + 1].is_title):
        return False
    if doc[k + 1].lower_ in ("and", "on", "in", "said", "says") or doc[k].lower_ in ("and", "on", "in", "said", "says"):
        return False
    window = doc[max(0, m.token_start - 6):min(len(doc), m.token_end + 8)]
    return sum(1 for t in window if t.is_title) <= 0.6 * sum(1 for t in window if t.is_alpha)


def _capital_as_government(doc, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """"Beijing said", "Washington's tariffs", "Beijing and Washington agreed": yes.
    "talks in London", "at Lancaster House, London," "the Geneva meeting": no."""
    prev = _lw(doc)[m.token_start - 1] if m.token_start > 0 else ""
    nxt = doc[m.token_end] if m.token_end < len(doc) else None
    if prev == "to" and m.token_start > 1 and _lw(doc)[m.token_start - 2] in ("letter", "letters", "message", "note",
                                                                              "ultimatum", "warning"):
        return True  # "in a letter to Manila": the government written to
    if prev in _LOCATION_PREPS:
        return False
    if nxt is None:
        return False
    if nxt.text in ("'s", "’s", "'", "’"):
        return True
    if nxt.lower_ == "on" and nxt.i + 1 < len(doc) and (_lw(doc)[nxt.i + 1] in _WEEKDAY_WORDS
                                                        or doc[nxt.i + 1].text[:3] in _MONTH_ABBR):
        return True  # "Beijing on Friday also said ...", "Ottawa on March 4 imposed ..."
    if nxt.is_punct or nxt.lower_ in _LOCATION_PREPS or nxt.lower_ in ("talks", "meeting", "summit", "on"):
        return False
    if _place_in_name(doc, m):
        return False
    if nxt.is_title and nxt.lower_ not in ("and",):
        # "Washington Post", "Beijing Capital" (but headlines are title case throughout)
        window = doc[max(0, m.token_start - 6):m.token_end + 6]
        return bool(sum(1 for t in window if t.is_title) > 0.6 * sum(1 for t in window if t.is_alpha))
    return True


def _org(kb: KnowledgeBase, name: str):  # type: ignore[no-untyped-def]
    return _index(kb)["org"].get(name)


def _office(kb: KnowledgeBase, title: str):  # type: ignore[no-untyped-def]
    return _index(kb)["office"].get(title)


def _person_country(kb: KnowledgeBase, name: str) -> str | None:
    p = _index(kb)["person"].get(name)
    return p.country if p else None




def _index(kb: KnowledgeBase) -> dict[str, dict]:  # type: ignore[type-arg]
    """The knowledge base's look-ups by name (each built once, cached on the knowledge base)."""
    return {"org": kb.organization_by_name, "office": kb.office_by_title, "person": kb.person_by_name,
            "company": kb.company_by_name, "country_forms": kb.country_by_form}


def _actor_target(doc, sent: Sentence, a: Anchor, parties: list[Party], lo: int, hi: int,  # type: ignore[no-untyped-def]
                  stop: int | None = None) -> tuple[list[str], list[str]]:
    """Actors and targets named in the clause around the anchor (codes, in text order); parties
    from ``stop`` on belong to the next measure of the sentence."""
    first = a.action_tok if a.action_tok is not None else a.tok_start
    actors: list[str] = []
    targets: list[str] = []
    owner: list[str] = []
    passive: list[str] = []
    weak: list[str] = []
    # "Chinese President Xi Jinping": one party, told by the first of its names
    parties = [p for k, p in enumerate(parties) if not (
        k and parties[k - 1].code == p.code and 0 < p.tok - parties[k - 1].tok <= 3
        and all(doc[j].is_title for j in range(parties[k - 1].tok, p.tok)))]
    for p in parties:
        prev = _lw(doc)[p.tok - 1] if p.tok > 0 else ""
        prev2 = _lw(doc)[p.tok - 2] if p.tok > 1 else ""
        if stop is not None and p.tok >= stop and p.tok > first:
            continue  # "placed controls on tungsten and added U.S. firms to its list": the list's party
        if p.tok > first and _after_participle(doc, first, p.tok):
            continue  # "..., cutting it off from many American suppliers": another clause's party
        if a.instrument not in SYMMETRIC and _relative_agent(doc, sent, a, p):
            owner.append(p.code)  # "the levies Washington had ordered", "the tariffs that Trump imposed"
            continue
        if _premodifier(doc, sent, a, p):
            if a.cues and a.cues[0] in lx.PREFERENCE_PHRASES:
                targets.append(p.code)  # "India's preferential trade status": the one who enjoys it
                continue
            # "U.S. tariffs on Canadian steel", "Chinese export controls": the measure's owner
            owner.append(p.code)
            continue
        if prev == "in" and prev2 in _MADE:
            # "electric vehicles made in China": where the goods come from
            targets.append(p.code)
            continue
        if a.instrument == "export_control" and (prev == "from" or prev == "the" and prev2 == "from") \
                and _from_goods(doc, sent, a, p.tok - (1 if prev == "from" else 2)):
            # "minerals sourced from China", "exports from Japan": the exporter, who controls them
            owner.append(p.code)
            continue
        if _origin_of_goods(doc, sent, p):
            # "Chinese goods", "U.S. farm products", "Canadian steel": where the goods come from, so
            # the country the measure hits, never the one that takes it; a member state's goods in a
            # sentence that names the EU are the Union's ("imports from the EU, including French wine")
            union = p.code in _EU_MEMBERS and any(q.code == "EU" for q in parties)
            targets.append("EU" if union else p.code)
            continue
        if a.instrument in ("entity_list", "sanction", "investment_restriction") and p.via == "COUNTRY" and (
                doc[p.tok - 1].like_num or prev in (
                "other", "more", "several", "dozens", "many")) and p.tok + 1 < sent.tok_end:
            targets.append(p.code)  # "sanctioned 10 US defence firms", "added 28 US entities": the listed
            continue
        if a.instrument in ("entity_list", "sanction") and p.via == "COUNTRY" and prev in ("a", "an") \
                and first < p.tok < a.tok_start and p.tok + 1 < sent.tok_end \
                and _lw(doc)[p.tok + 1] not in _MEASURE_NOUNS:
            targets.append(p.code)  # "added X, a Chinese chipmaker, to its list": the listed firm's country
            continue
        if p.via == "COUNTRY" and doc[p.tok - 1].like_num:
            continue  # "28 US entities": whose firms they are, not who acts
        if p.tok < first and a.instrument not in SYMMETRIC and _undergoes(doc, sent, p.tok):
            targets.append(p.code)  # "China will face a new 34% tariff", "Canada was excluded"
            continue
        if p.tok < first and a.instrument not in SYMMETRIC and (
                prev in _OPPOSE or prev in ("the", "a") and prev2 in _OPPOSE):
            targets.append(p.code)  # "Beijing opposed the U.S. move and vowed countermeasures": the one answered
            continue
        m_end = next((m.token_end for m in sent.mentions if m.token_start == p.tok), p.tok + 1)
        if p.tok < first and m_end == first and a.action_tok is not None and _lw(doc)[first].endswith("ing"):
            actors.append(p.code)  # "in retaliation for Beijing choking off exports": the gerund's subject
            continue
        if p.tok < first:
            if (prev == "with" or prev == "the" and prev2 == "with") and a.instrument not in SYMMETRIC:
                continue  # "reignited tensions with the United States after announcing ...": a companion
            if prev in _TARGET_PREPS and p.tok > first - 3:
                targets.append(p.code)
            elif prev in ("against", "on") or (prev == "the" and prev2 in ("on", "against")):
                targets.append(p.code)
            elif a.instrument not in SYMMETRIC and (prev in ("to", "from", "into") or prev == "the" and prev2 in (
                    "to", "from", "into")):
                weak.append(p.code)  # "selling chips to the Chinese company, and adding ...": not the subject
            else:
                actors.append(p.code)
        else:
            if _after_participle(doc, first, p.tok):
                continue  # "..., prompting retaliation from the EU": another clause's party
            if prev in _PASSIVE_BY or (prev == "the" and prev2 in _PASSIVE_BY):
                passive.append(p.code)
            elif a.instrument == "tariff" and _exports_to(doc, p.tok):
                actors.append(p.code)  # "a 19% tariff on its exports to the United States": the buyer levies it
            elif (a.instrument not in SYMMETRIC and (prev == "with" or prev == "the" and prev2 == "with")
                  and p.tok - a.tok_end > 3
                  and _lw(doc)[p.tok - (2 if prev == "the" else 1) - 1] not in _CONFLICT_NOUNS):
                continue  # "a tariff ..., equivalent to deals with Japan": a party met in another phrase
            elif prev in _TARGET_PREPS or prev2 in _TARGET_PREPS or prev in ("of",) \
                    or a.instrument == "sanction" and prev == "the" and prev2 == "of":
                targets.append(p.code)  # ("a freeze on the assets of the U.S. attorney general": whose)
            elif a.action_tok is not None and (a.action_tok < a.tok_start or a.action_tok == a.tok_start
                                               and a.instrument == "talks") and 0 < p.tok - a.action_tok <= 2:
                # ("Sanchez met President Xi": the one met)
                # the direct object of the verb: "slapped China with tariffs", "hit Canada with duties"
                targets.append(p.code)
    # the closest actor before the verb is the subject; an agent after "by" ("tariffs imposed by
    # Canada") only when no subject stands before the verb ("President X raised tariffs in a bid
    # to counter subsidies paid by Beijing": X is the actor)
    if a.instrument not in SYMMETRIC:
        # "tariffs on Mexico and Canada": a party coordinated with a target is a target too
        for k in range(1, len(parties)):
            p, q = parties[k], parties[k - 1]
            if (q.code in targets and p.code not in targets and 0 < p.tok - q.tok <= 3
                    and _lw(doc)[p.tok - 1] in ("and", "or", ",")):
                targets.append(p.code)
                if p.code in actors:
                    actors.remove(p.code)
    actors = _dedupe(owner + actors[::-1] + passive)
    targets = _dedupe([t for t in targets if t not in owner])
    if a.action_tok is not None and a.action_tok < a.tok_start and (_lw(doc)[a.action_tok] in _FACE_VERBS
                                                                    or "rate" in a.cues):
        actors = [c for c in actors if c not in targets]  # "Vietnamese exports will face ...": the one who pays
    if not targets:
        targets = [t for t in _dedupe(weak) if t not in actors[:1] and t not in owner][-1:]
    return actors, targets


_FROM_GOODS = {"sourced", "shipped", "supplied", "exported", "imported", "bought", "minerals", "metals", "materials",
               "supplies", "export", "exports", "chips", "magnets", "equipment", "technology", "products", "goods"}


def _from_goods(doc, sent: Sentence, a: Anchor, k: int) -> bool:  # type: ignore[no-untyped-def]
    """"from" at ``k`` tells where goods come from ("minerals sourced from China", "exports from
    Japan"), not where applications or buyers come from."""
    if k <= a.tok_end + 1:
        return True
    return _lw(doc)[k - 1] in _FROM_GOODS or any(
        m.label == "GOOD" and m.token_end == k for m in sent.mentions)


_REL_AGENT_VERBS = {"had", "has", "have", "imposed", "ordered", "put", "slapped", "levied", "placed",
                    "introduced", "announced", "set", "adopted", "began", "threatened", "planned"}


def _relative_agent(doc, sent: Sentence, a: Anchor, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """The party is the subject of a relative clause on the measure: "the levies Washington had
    ordered against them", "the tariffs that Trump imposed in 2018"."""
    lw = _lw(doc)
    k = a.tok_end
    if k < sent.tok_end and lw[k] == "that":
        k += 1
    if p.tok != k:
        return False
    end = next((m.token_end for m in sent.mentions if m.token_start == p.tok), p.tok + 1)
    return end < sent.tok_end and lw[end] in _REL_AGENT_VERBS


def _next_measure(a: Anchor, anchors: list[Anchor]) -> int | None:
    """Where the next measure told with a verb of its own starts ("placed export controls on
    tungsten and *added* PVH to its list"): the first token of that verb and noun phrase."""
    end = max(a.tok_end - 1, a.action_tok if a.action_tok is not None else a.tok_start)
    starts = [min(b.tok_start, b.action_tok) for b in anchors
              if b is not a and b.action_tok is not None and b.action_tok > end and b.tok_start > end
              and b.action_tok != a.action_tok]
    return min(starts) if starts else None


_PRONOUNS = {"it", "they", "he", "she"}
_PRONOUN_SKIP = _AUX - {"were", "was", "are", "is", "be", "been", "being"} | {
    "to", "began", "begins", "started", "starts", "decided", "decides", "moved", "moves", "later", "further",
    "subsequently", "quickly", "formally", "first", "agreed", "agree", "agrees", "pledged", "promised", "vowed"}


def _pronoun_subject(doc, sent: Sentence, a: Anchor, parties: list[Party]) -> bool:  # type: ignore[no-untyped-def]
    """The measure's verb has "it" or "they" for subject ("It also restricted sales of ...", "in
    December it added ... to its entity list") and no government stands before the sentence's
    first such pronoun: the pronoun names the government of an earlier sentence."""
    lw = _lw(doc)
    k = a.action_tok if a.action_tok is not None and a.action_tok <= a.tok_start else a.tok_start
    k -= 1
    while k >= sent.tok_start and lw[k] in _PRONOUN_SKIP:
        k -= 1
    if k < sent.tok_start or lw[k] not in _PRONOUNS:
        return False
    first = next(j for j in range(sent.tok_start, k + 1) if lw[j] in _PRONOUNS)
    return not any(p.tok < first for p in parties) and not any(
        m.label in ("COUNTRY", "ORG", "PERSON", "OFFICE") and m.token_start < first for m in sent.mentions)


def _goods_range(doc, sent: Sentence, a: Anchor, kb: KnowledgeBase) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """"from French wine to American tractors" after the measure: the goods of two countries."""
    union = any(m.label == "COUNTRY" and m.key == "EU" for m in sent.mentions)
    demonyms = [m for m in sent.mentions if m.label == "COUNTRY" and m.kind == "demonym" and m.token_start >= a.tok_end]
    lw = _lw(doc)
    for p, q in zip(demonyms, demonyms[1:], strict=False):
        codes = ["EU" if c in _EU_MEMBERS and union else c for c in (p.key, q.key)]
        if (lw[p.token_start - 1] == "from" and "to" in lw[p.token_end:q.token_start]
                and q.token_start - p.token_start <= 6 and codes[0] != codes[1]
                and _origin_of_goods(doc, sent, Party(p.key, p.token_start))):
            return codes[0], codes[1]
    return None


def _coordinated_subject(doc, a: Anchor, parties: list[Party]) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """Two governments coordinated right before the measure's verb: "The United States and the
    European Union agreed on Tuesday to suspend tariffs"."""
    if a.instrument in SYMMETRIC:
        return None
    first = a.action_tok if a.action_tok is not None else a.tok_start
    before = [p for p in parties if p.tok < first]
    if len(before) != 2 or before[0].code == before[1].code or first - before[1].tok > 10:
        return None
    p, q = before
    m = _mention_at_tok(doc, p)
    gap = _lw(doc)[m:q.tok]
    if gap not in (["and"], ["and", "the"]):
        return None
    return p.code, q.code


def _mention_at_tok(doc, p: Party) -> int:  # type: ignore[no-untyped-def]
    """The token after a party's name ("the European Union" ends after "Union")."""
    k = p.tok + 1
    while k < len(doc) and doc[k].is_title and doc[k - 1].is_title:
        k += 1
    return k


def _after_participle(doc, first: int, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """A comma and an -ing verb stand between the event's verb and the party: "came into force on
    Wednesday, prompting swift retaliation from the EU"."""
    for k in range(first + 1, tok - 1):
        if doc[k].text == "," and _lw(doc)[k + 1].endswith("ing") and _lw(doc)[k + 1] not in (
                "including", "targeting", "covering", "affecting", "hitting"):
            return True
    return False


_ANSWER = re.compile(r"\b(?:counter-?measures?|counter-?tariffs?|retaliat\w*|in kind|hit back|hits back)\b", re.I)
_COUNTER = re.compile(r"\bcounter-?(?:measures?|tariffs?|duties|levies)\b", re.I)
_THE_FIRM = re.compile(r"\bthe (?:company|firm|chipmaker|group)(?:'s|’s)?\b(?! of)")
_EU_MEMBERS = frozenset({"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
                         "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
                         "SWE"})
_OPPOSE = {"opposed", "opposes", "oppose", "condemned", "condemns", "criticised", "criticized", "criticises",
           "criticizes", "slammed", "slams", "denounced", "denounces", "rejected", "rejects", "protested",
           "protests", "blasted", "blasts", "decried", "decries", "deplored", "deplores", "rebuked", "rebukes"}
_MADE = {"made", "produced", "manufactured", "built", "assembled", "grown"}


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$")
_MODIFIER_SKIP = {"new", "retaliatory", "additional", "extra", "existing", "earlier", "punitive", "own", "latest",
                  "higher", "sweeping", "steep", "fresh", "export", "import", "trade"}


def _mutual_owners(doc, sent: Sentence, a: Anchor) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """"U.S. and Chinese tariffs", "EU and Canadian duties": two owners coordinated before the
    instrument noun."""
    if a.instrument in SYMMETRIC:
        return None
    owners = [m for m in sent.mentions if m.label == "COUNTRY" and m.token_end <= a.tok_start
              and _premodifier(doc, sent, a, Party(m.key, m.token_start))]
    if len(owners) != 1:
        return None
    second = owners[0]
    k = second.token_start - 1
    if k < sent.tok_start or _lw(doc)[k] != "and":
        return None
    first = _mention_at(sent, k - 1)
    if first is None or first.label != "COUNTRY" or first.key == second.key or not (
            first.kind == "demonym" or first.kind == "name" and _ABBREVIATION.match(first.text)):
        return None
    return first.key, second.key


def _premodifier(doc, sent: Sentence, a: Anchor, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """A demonym or an abbreviated country name right before the instrument noun ("U.S. tariffs",
    "Chinese retaliatory duties", "EU export controls") names who applies the measure, and so does
    a possessive before a list ("added to China's Unreliable Entity List"). Full names ("China
    tariffs") are left alone: in headlines they often name the target."""
    m = _mention_at(sent, p.tok)
    if m is not None and m.label in ("PERSON", "COUNTRY", "ORG") and m.token_start == p.tok and \
            m.token_end < a.tok_start and doc[m.token_end].text in ("'s", "’s") and a.instrument not in SYMMETRIC:
        gap = [_lw(doc)[k] for k in range(m.token_end + 1, a.tok_start)]
        if len(gap) <= 3 and all(w in _MODIFIER_SKIP or w in lx.ACTION_WORDS or w.isalpha() and len(w) > 3
                                 and w not in lx.INSTRUMENT_WORDS for w in gap):
            return True  # "Trump's new tariffs", "Washington's tariffs", "China's export controls"
    if m is None or m.label != "COUNTRY" or m.token_start != p.tok:
        return False
    if a.instrument in ("entity_list", "export_control") and m.token_end < a.tok_start and \
            doc[m.token_end].text in ("'s", "’s") and all(
                doc[k].text in ('"', "“", "”", "'", "own", "its") for k in range(m.token_end + 1, a.tok_start)):
        return True
    if not (m.kind == "demonym" or m.kind == "name" and _ABBREVIATION.match(m.text)):
        return False
    if a.instrument in SYMMETRIC or m.token_end > a.tok_start:
        return False
    gap = [_lw(doc)[k] for k in range(m.token_end, a.tok_start)]
    if len(gap) > 2 or any(w not in _MODIFIER_SKIP for w in gap):
        return False
    return not _origin_of_goods(doc, sent, p)


_GOODS_NOUNS = {"goods", "products", "imports", "exports", "shipments", "merchandise", "produce", "made", "-made",
                "built", "operated", "owned", "vessels", "ships"}
_MEASURE_NOUNS = set(lx.INSTRUMENT_WORDS) | {"export", "controls", "control", "curbs", "restrictions", "ban",
                                             "exporters", "companies", "firms", "makers", "officials"}
_FIRM_NOUNS = {"companies", "firms", "entities", "enterprises", "businesses", "chipmakers", "startups", "groups"}


def _origin_of_goods(doc, sent: Sentence, p: Party) -> bool:  # type: ignore[no-untyped-def]
    m = next((x for x in sent.mentions if x.label == "COUNTRY" and x.token_start == p.tok), None)
    if m is None or m.kind not in ("demonym", "name"):
        return False
    end = m.token_end
    if end >= sent.tok_end or doc[end].text in ("'s", "’s", "'", "’"):
        return False
    nxt = _lw(doc)[end]
    if nxt == "-" and end + 1 < sent.tok_end:
        nxt = _lw(doc)[end + 1]
    last = end
    if nxt not in _GOODS_NOUNS:
        g = next((x for x in sent.mentions if x.label == "GOOD" and x.token_start == end), None)
        if g is None:
            return False
        last = g.token_end - 1
    else:
        last = end
    after = _lw(doc)[last + 1] if last + 1 < sent.tok_end else ""
    return after not in _MEASURE_NOUNS


_UNDERGO = re.compile(r"^(?:\s*(?:and|,)\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)*\s+(?:will |would |could |now |also |still )?"
                      r"(?:faces?|faced|facing|pays?|paid|paying|be subject to|is subject to|are subject to|were subject to|"
                      r"(?:won|wins?|got|gets?|received|receives?|secured|secures?|obtained) an? (?:\d+-day )?"
                      r"(?:reprieve|exemption|waiver|exclusion)|"
                      r"(?:was|were|is|are|be|been|being) (?:excluded|exempted|exempt|spared|hit|targeted|"
                      r"named|added|placed|put|subjected|charged|levied))\b")


def _undergoes(doc, sent: Sentence, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """The party is the one a measure falls on: "China will face ...", "Canada and Mexico were
    excluded ...", "Japanese cars are subject to ..."."""
    m = next((x for x in sent.mentions if x.token_start == tok), None)
    end = m.end if m is not None else doc[tok].idx + len(doc[tok].text)
    return bool(_UNDERGO.match(_text(doc)[end:end + 80]))


_SHIPPED = {"exports", "shipments", "sales", "goods", "products"}


def _exports_to(doc, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """The party stands after "exports to (the)": the country the goods go to."""
    k = tok - 1
    if k > 0 and _lw(doc)[k] == "the":
        k -= 1
    return k > 0 and _lw(doc)[k] == "to" and _lw(doc)[k - 1] in _SHIPPED


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _segment(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The part of the clause around the anchor, cut at commas that open a new clause (a comma
    followed by a government, a person or a verb), not at commas inside lists of goods."""
    def opens_clause(k: int) -> bool:
        m = _mention_at(sent, k + 1)
        if m is not None and m.label in ("COUNTRY", "PERSON", "ORG", "OFFICE"):
            return True
        nxt = _lw(doc)[k + 1] if k + 1 < hi else ""
        if nxt in ("a", "an") and k + 2 < hi and _lw(doc)[k + 2] in _LIST_NOUNS:
            return False  # "levies on $2bn of US goods, a list whose best-known items are bourbon ..."
        if nxt.endswith("ing") and len(nxt) > 5 and nxt not in _COVERING:
            return True  # "..., deepening a feud that threatens supply chains for chips": a new clause
        return nxt in ("which", "who", "while", "leaving", "sending", "prompting", "days", "after", "before",
                       "when", "as", "but", "the", "a", "and", "its", "it", "in", "on", "saying")
    def and_verb(k: int) -> bool:  # "... to 25% and put Huawei on a blacklist": a second verb phrase
        words = _lw(doc)
        if words[k] == "and" and _AND_MEASURE.match(_text(doc)[doc[k].idx:doc[k].idx + 60]):
            return True  # "a 15% tariff on coal and a 10% tariff on crude oil": the next measure
        return words[k] == "and" and k + 1 < hi and words[k + 1] in lx.ACTION_WORDS \
            and words[k + 1] not in _NOT_VERBS
    s_lo = lo
    for k in range(a.tok_start - 1, lo - 1, -1):
        if doc[k].text == "," and opens_clause(k) or and_verb(k):
            s_lo = k + 1
            break

    def subordinate(k: int) -> bool:  # "... tariff truce by 90 days as Nvidia agrees to ...": a new clause
        w = _lw(doc)[k]
        if not (w in _SUBORDINATORS or w == "as" and _lw(doc)[k - 1] not in ("such", "as", "well")):
            return False
        m = _mention_at(sent, k + 1)
        return m is not None and m.label in ("COUNTRY", "PERSON", "ORG", "OFFICE", "COMPANY")

    def relative(k: int) -> bool:  # "... for US airlines that have ordered its jets": about another noun
        words = _lw(doc)
        return words[k] in ("that", "which", "who") and k > a.tok_end + 1 and k + 1 < hi \
            and words[k + 1] in _REL_AUX and words[k - 1] not in _MEASURE_NOUNS
    s_hi = hi
    for k in range(a.tok_end, hi):
        if doc[k].text == "," and opens_clause(k) or and_verb(k) or subordinate(k) or relative(k):
            s_hi = k
            break
    return s_lo, s_hi


_EXCEPT_RATE = re.compile(r",\s*(?:with|but|except|and)\s+(?:an?\s+)?(?:lower|higher|reduced|separate|smaller)\b",
                          re.I)
_TOTAL_BEFORE = re.compile(r"\bthe (?:total|overall|combined|cumulative)\s+(?:[\w-]+\s+)?$", re.I)
_TOTAL_AFTER = re.compile(r"^(?:\s+(?:on|for|against)\s+[^,;.]{1,50}?)?\s+(?:stood|stands|stand|is|was|were|are|"
                          r"now stands|reached|reaches|comes to|came to|amounts to|amounted to)\b", re.I)
_REL_AUX = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "can"}
# action words that also stand before a noun in a list of goods or measures ("and new ...")
_NOT_VERBS = {"new", "fresh", "higher", "further", "stricter", "tougher", "retaliatory", "ready", "addition",
              "double", "triple", "open", "end", "close", "closed", "hit", "deal", "secure"}


BASE_SUBJECTS = frozenset({
    "all_goods", "rare_earths", "rare_earth_magnets", "critical_minerals", "gallium", "germanium", "graphite",
    "antimony", "ai_chips", "semiconductors", "chipmaking_equipment", "chip_design_software", "ev", "autos",
    "lithium_batteries", "solar_cells", "steel", "aluminum", "aircraft", "defense", "telecom", "soybeans",
    "agricultural_products", "energy", "shipping", "pharmaceuticals", "industrial_goods"})
_STRONG_ALL = re.compile(r"^(all|reciprocal|fentanyl|across|blanket|baseline|universal|each other)", re.I)
_MUTUAL = re.compile(r"^(?:each other|one another)", re.I)


def base_subject(kb: KnowledgeBase, subject: str) -> str | None:
    """The SCHEMA.md vocabulary term a knowledge-base subject falls under (itself, or the nearest
    ancestor), or None for goods outside that vocabulary (toys, furniture)."""
    seen = set()
    cur: str | None = subject
    goods = kb.good_by_subject
    while cur and cur not in seen:
        if cur in BASE_SUBJECTS:
            return cur
        seen.add(cur)
        g = goods.get(cur)
        cur = g.parent if g else None
    return None


@dataclass(frozen=True)
class _Good:
    tok: int
    subject: str | None  # base vocabulary term
    detail: str
    char: int


def _goods_in(doc, sent: Sentence, lo: int, hi: int, a: Anchor, kb: KnowledgeBase) -> list[_Good]:  # type: ignore[no-untyped-def]
    out: list[_Good] = []
    right = 3 if "default:agree" in a.cues else 40 if "purchase" in a.cues else 14
    if a.instrument == "talks" and a.tok_end < len(doc) and _lw(doc)[a.tok_end] in _TOPIC_PREPS:
        right = 30  # "talks on forced technology transfer, intellectual property, ... and agriculture"
    if any(doc[k].text == "," and _lw(doc)[k + 1] in ("a", "an") and _lw(doc)[k + 2] in _LIST_NOUNS
           for k in range(a.tok_end, min(hi, a.tok_end + right) - 2)):
        right = max(right, 30)  # the goods told in an apposition: ", a list whose items are ..."
    if a.instrument in ("leader_call", "talks"):
        # "a phone call with X that Indonesian goods would be charged 19%": what was said, not the topic
        said = next((k for k in range(a.tok_end, min(hi, a.tok_end + right)) if _lw(doc)[k] == "that"), None)
        if said is not None and any(m.label == "PERSON" and a.tok_end <= m.token_start and m.token_end == said
                                    for m in sent.mentions):
            right = min(right, said - a.tok_end)
    for m in sent.mentions:
        if m.label != "GOOD" or not (lo <= m.token_start < hi):
            continue
        if m.token_start < a.tok_start - 6 and not _EXEMPT_FROM_RATE.match(_text(doc)[m.end:doc[a.tok_start].idx]) \
                or m.token_start > a.tok_end + right:
            continue  # (but "spared refined copper from the 50 per cent tariff": the goods of the tariff)
        if m.key == "all_goods" and (not _STRONG_ALL.match(m.text) or _MUTUAL.match(m.text)) \
                and _part_of_goods(doc, sent, m.start):
            continue  # "$200 billion of Chinese goods" is a part of them, not all goods
        out.append(_Good(m.token_start, base_subject(kb, m.key), m.key, m.start))
    if a.instrument in ("tariff", "import_restriction") and not out:
        out.extend(_country_goods(doc, sent, lo, hi, a))
    if a.instrument == "tariff" and not out:
        # 'the 34 per cent "reciprocal" tariff', "the 20% tariff imposed over fentanyl": ANNOTATION.md
        # reads reciprocal and fentanyl tariffs as on all goods
        near = _text(doc)[doc[max(lo, a.tok_start - 4)].idx:doc[min(hi, a.tok_end + 10) - 1].idx + 20]
        m = _ALL_GOODS_TARIFF.search(near)
        if m is not None:
            out.append(_Good(a.tok_start, "all_goods", "all_goods", doc[max(lo, a.tok_start - 4)].idx + m.start()))
    if a.instrument == "tariff" and not out and ("rate" in a.cues or _LETTER.search(sent.text) and any(
            q.kind == "rate" and q.unit == "%" for q in sent.quantities)):
        # "the 25% levy Trump had warned of in a letter to Tokyo", "the 25 percent rate he had warned would
        # hit Korea": a country's rate with no goods named is on all its goods
        out.append(_Good(a.tok_start, "all_goods", "all_goods", doc[a.tok_start].idx))
    if a.instrument == "tariff" and not out:
        end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
        m = _ITS_GOODS.match(_text(doc), end)
        if m is not None:
            out.append(_Good(a.tok_end, "all_goods", "all_goods", m.start()))  # "a 19% tariff on its exports"
    return sorted(out, key=lambda g: g.tok)


_EXEMPT_FROM_RATE = re.compile(r"\s+from\s+(?:the|its|their|his|a|this)\s+(?:new\s+)?" + r"(?:up to\s+)?\d[\d.,]*\s*"
                               r"(?:%|per ?cent|percent)\s*$", re.I)
_LETTER = re.compile(r"\bin (?:a|his|the|her) letters?\b|\bletters? (?:to|sent to|addressed to)\b", re.I)
_ITS_GOODS = re.compile(r"\s+on (?:all )?(?:its|their) (?:goods|products|exports|imports|shipments)\b(?! (?:of|worth))",
                        re.I)


_ALL_GOODS_TARIFF = re.compile(r"\b(?:reciprocal|fentanyl|liberation day)\b", re.I)


_TOPIC_PREPS = {"on", "over", "about", "covering"}
# participles that tell what a measure covers, not a new clause
_COVERING = {"including", "excluding", "covering", "ranging", "targeting", "affecting", "hitting", "involving",
             "spanning", "encompassing", "containing", "comprising", "concerning", "regarding", "amounting",
             "totaling", "totalling", "following", "according", "allowing", "letting", "enabling", "permitting",
             "requiring", "barring", "banning", "forcing", "obliging", "preventing", "restricting", "limiting",
             "exempting", "sparing", "leaving", "bringing", "raising", "lowering", "cutting", "adding"}
_LIST_NOUNS = {"list", "package", "range", "basket", "slate", "raft", "batch"}
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:us|c|a|hk)\$)\s?\d|\d\s*(?:trillion|billion|million|bn|mn)\b|"
                           r"\b(?:worth|some|certain|list of|range of|other|remaining|more|further|several|"
                           r"most|many|selected|part of|string of|host of|array of|number of|series of|variety of|"
                           r"dozens of|hundreds of|thousands of)\b|\b\d[\d,]*\s+(?:[\w.-]+\s+)?$")
_ALL_OF_REST = re.compile(r"\ball (?:the )?(?:remaining|other|further)\s+$")
_GOODS_NOUN = r"(?:goods|products|imports|exports|shipments|merchandise)"
_AFTER_COUNTRY = re.compile(r"^(?:-made|-origin)?\s+" + _GOODS_NOUN + r"\b", re.I)
_BEFORE_COUNTRY = re.compile(r"\b" + _GOODS_NOUN + r"\s+(?:imported\s+|coming\s+|shipped\s+)?from\s+(?:the\s+)?$",
                             re.I)


def _part_of_goods(doc, sent: Sentence, start: int) -> bool:  # type: ignore[no-untyped-def]
    """A trade value or a quantifier before "Chinese goods" makes it a part of them."""
    before = _text(doc)[max(sent.start, start - 40):start].lower()
    before = re.split(r"[,;]|\b(?:and|on|against)\b", before)[-1] if re.search(r"\bon\b", before) else before
    if _ALL_OF_REST.search(before):
        return False  # "almost all remaining imports", "all other goods": the whole rest
    return bool(_MONEY_BEFORE.search(before))


_TRADE_VALUE = re.compile(r"(?:[$€£¥]|\b(?:us|c|a|hk)\$)\s?\d|\d\s*(?:trillion|billion|million|bn|mn)\b", re.I)


def _valued_list(doc, a: Anchor, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """The clause after the instrument gives the goods by trade value only ("on $50 billion of each
    other's goods"): eval/README.md reads such a list with no subject."""
    end = doc[hi - 1].idx + len(doc[hi - 1]) if hi > a.tok_end else doc[a.tok_end - 1].idx
    return bool(_TRADE_VALUE.search(_text(doc)[doc[a.tok_end - 1].idx:end]))


_BOTH_TARIFFS = re.compile(r"\b(?:their|each other's|mutual|bilateral) (?:tariffs|duties|levies)\b|"
                           r"\b(?:tariffs|duties|levies)\b[^.;]{0,40}\b(?:on|against) (?:each other|one another)\b",
                           re.I)


_DEAL_RATE_ON_COUNTRY = re.compile(
    r"\b\d[\d.]*\s*(?:%|per ?cent|percent)\s+(?:tariff|duty|levy|rate|ceiling)\s+on\s+(?:most of\s+|all of\s+|nearly all\s+)?"
    r"(?:its|their)\s+(?:goods|exports|products)\b|"
    r"\b[A-Z][a-z]+(?:ese|ian|can|ish|an|i)\s+(?:goods|exports|imports|products)\s+(?:will|would)\s+(?:face|pay|be charged)\s+"
    r"(?:an?\s+)?\d[\d.]*\s*(?:%|per ?cent|percent)|"
    r"\b(?:sets?|setting|fix(?:es|ing)?)\s+an?\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+(?:tariff|duty|levy|rate)\s+on\s+"
    r"[A-Z][a-z]+(?:ese|ian|can|ish|an|i)\s+(?:goods|exports|imports|products)\b")


def _deal_on_all_goods(doc, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """A deal is about all goods when its sentence tells of tariffs on all of a side's goods ("US duties
    on Chinese goods will drop to 30%", "agreed to cut their tariffs"); ANNOTATION.md gives talks and
    deals the goods they are about only if stated, and none for a list given by value."""
    if _BOTH_TARIFFS.search(sent.text):
        return True
    if _DEAL_RATE_ON_COUNTRY.search(sent.text):
        return True  # "a deal under which Korean exports will face a 15% tariff": a rate on all of a side's goods
    return any(m.label == "GOOD" and m.key == "all_goods"
               and (_STRONG_ALL.match(m.text) and not _MUTUAL.match(m.text)
                    or not _part_of_goods(doc, sent, m.start))
               for m in sent.mentions)


def _country_goods(doc, sent: Sentence, lo: int, hi: int, a: Anchor) -> list[_Good]:  # type: ignore[no-untyped-def]
    """"imports from Mexico", "all goods imported from Canada", "Vietnamese products": a country's
    goods without a trade value are all of its goods."""
    text = _text(doc)
    out: list[_Good] = []
    first = a.tok_start - 6
    if a.action_tok is not None and a.action_tok < a.tok_start and _lw(doc)[a.action_tok] in _FACE_VERBS:
        first = min(first, a.action_tok - 4)  # "Korean exports will face a 15 percent tariff"
    for m in sent.mentions:
        if m.label != "COUNTRY" or not (lo <= m.token_start < hi) or m.token_start < first \
                or m.token_start > a.tok_end + 14:
            continue
        after = text[m.end:m.end + 30]
        mb = _AFTER_COUNTRY.match(after)
        if mb is not None:
            if _part_of_goods(doc, sent, m.start):
                continue
            out.append(_Good(m.token_start, "all_goods", "all_goods", m.start))
            continue
        before = text[max(sent.start, m.start - 40):m.start]
        mb2 = _BEFORE_COUNTRY.search(before)
        if mb2 is not None and not _part_of_goods(doc, sent, m.start - len(before) + mb2.start()):
            out.append(_Good(m.token_start, "all_goods", "all_goods", m.start))
    return out[:1]


def _subjects(goods: list[_Good]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(g.subject for g in goods if g.subject))


def _rates_for(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> list[Quantity]:  # type: ignore[no-untyped-def]
    """Rates written next to the instrument: "145% and 125% tariffs", "tariffs of 25%", "to 34 per cent"."""
    start_char = doc[a.tok_start].idx
    end_char = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    lo_char = doc[lo].idx
    hi_char = doc[hi - 1].idx + len(doc[hi - 1]) if hi > lo else end_char
    out: list[Quantity] = []
    for q in sent.quantities:
        if q.kind != "rate" or q.start < lo_char or q.end > hi_char:
            continue
        if q.end <= start_char:
            gap = _text(doc)[q.end:start_char]
            if len(gap.split()) <= 4 and not re.search(r"[;:,]|\b(?:when|after|as|while|with)\b", gap):
                out.append(q)
        elif q.start >= end_char:
            gap = _text(doc)[end_char:q.start]
            if _EXISTING_RATE.search(gap):
                continue  # "added a 25% tariff on autos to an existing 2.5% charge": a rate already there
            if out and out[-1].end <= q.start and _AND_GAP.match(_text(doc)[out[-1].end:q.start]):
                out.append(q)  # "taking them to 50 percent and 20 percent": a coordinated rate
            elif len(gap.split()) <= 10 and re.search(r"\b(of|at|to|by|from|up to|rate|rates|as high as|as much as|near|"
                                                   r"about|around|roughly|approximately|close to|nearly|some)\b", gap) \
                    and not re.search(r"[;]|\b(?:when|while|fell|dropped|rose|shares|index)\b", gap):
                out.append(q)
        elif "rate" in a.cues and start_char <= q.start and q.end <= end_char:
            return [q]  # the rate is the anchor: "Mexican goods would face 30%"
        elif a.action_tok is not None:
            pass
    # "raised from 10% to 25%": the new rate
    if len(out) == 2:
        between = _text(doc)[out[0].end:out[1].start]
        before = _text(doc)[max(0, out[0].start - 8):out[0].start]
        if re.search(r"\bto\b", between) and re.search(r"\bfrom\b", before):
            return [out[1]]  # "from 10% to 25%": the new rate
        if re.search(r"\bfrom\b", between) and re.search(r"\bto\b", before):
            return [out[0]]  # "to 30% from 145%"
        if re.fullmatch(r"\s*and\s*", between) and re.search(r"\bbetween\s*$", before):
            return [out[0]]  # "deposits of between 30.6% and 39%": one measure, its range told by its ends
    return out


_AND_GAP = re.compile(r"^\s*,?\s*and\s+$")


def _pair_rates_goods(rates: list[Quantity], goods: list[_Good],
                      text: str = "") -> list[tuple[Quantity, tuple[str, ...]]]:
    """"25 percent on steel and 10 percent on aluminum": each rate with the goods after it (up to
    the next rate); else "on cars to 120 percent, on spirits to 140 percent": each rate with the
    goods before it (back to the previous rate); else "on steel and aluminum, to 50 percent and 20
    percent respectively": goods and rates in order. Empty unless there are several rates and
    each finds goods."""
    if len(rates) < 2 or len(goods) < 2:
        return []
    out: list[tuple[Quantity, tuple[str, ...]]] = []
    for k, q in enumerate(rates):
        nxt = rates[k + 1].start if k + 1 < len(rates) else 10**9
        mine = [g for g in goods if q.end <= g.char < nxt]
        subj = _subjects(mine)
        if not subj:
            break
        out.append((q, subj))
    else:
        return out
    out = []
    for k, q in enumerate(rates):
        prev = rates[k - 1].end if k else -1
        mine = [g for g in goods if prev <= g.char < q.start]
        subj = _subjects(mine)
        if not subj:
            break
        out.append((q, subj))
    else:
        return out
    if text and _RESPECTIVELY.match(text, rates[-1].end):
        before = [g for g in goods if g.char < rates[0].start]
        if len(before) == len(rates) and len({g.detail for g in before}) == len(before):
            return [(q, _subjects([g])) for q, g in zip(rates, before, strict=True)]
    return []


_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)


def _duration(sent: Sentence, doc, a: Anchor) -> str | None:  # type: ignore[no-untyped-def]
    start_char = doc[a.tok_start].idx
    best: Quantity | None = None
    for q in sent.quantities:
        if q.kind == "duration" and abs(q.start - start_char) < 80:
            best = q
            break
    if best is None:
        return None
    n = int(best.value) if best.value == int(best.value) else best.value
    unit = best.unit if n != 1 else best.unit.rstrip("s")
    return f"{n} {unit}"


_GOODS_DATED = re.compile(r"\b(?:bought|purchased|shipped|imported|exported|made|produced|ordered|contracted)\s+"
                          r"(?:on or\s+)?(?:after|before|since|from)\s+$", re.I)
_EXISTING_RATE = re.compile(r"\b(?:existing|current|standard|regular|normal|usual|prevailing)\s+$", re.I)
_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.I)
_PAUSED_VERB = re.compile(r"\b(?:impose|imposed|imposing|threatened|levy|levied|charge|apply|applied|hit)\b", re.I)
_PLANNED_FOR = re.compile(r"\b(?:scheduled|planned|slated|due|set)\s+(?:for|on)?\s*$", re.I)
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?$", re.I)


def _perfect_impose(doc, sent: Sentence, a: Anchor, d: DateMention) -> bool:  # type: ignore[no-untyped-def]
    """"have slapped tariffs on each other's goods since July": a measure put on then and in
    place since, dated by its start."""
    if a.action != "impose" or a.action_tok is None or a.action_tok > a.tok_start:
        return False
    text = _text(doc)
    end = doc[a.tok_end - 1].idx
    if not 0 < d.start - end < 100 or re.search(r"\b(?:time|times|level|lowest|highest)\s+(?:since\s*)?$",
                                                 text[max(0, d.start - 25):d.start], re.I):
        return False  # "for the first time since 2008": a record, not the measure's start
    return bool(_PERFECT.search(text[max(sent.start, doc[a.action_tok].idx - 30):doc[a.action_tok].idx]))


_SAME_DAY = re.compile(r",\s+the\s+(?:same\s+)?day\b(?!\s+(?:before|after|earlier|later)\b)", re.I)


def _pick_date(doc, sent: Sentence, a: Anchor, anchors: list[Anchor], reference: str | None,  # type: ignore[no-untyped-def]
               exclude: tuple[int, int] | None = None) -> DateMention | None:
    """The date of the anchor: the nearest date in the sentence that no other anchor stands
    closer to, or a sentence-opening date ("On Friday, ...", "The next day, ...")."""
    pos = doc[a.tok_start].idx
    # the second noun of the same phrase ("anti-subsidy investigation") does not compete for a date
    positions = [doc[b.tok_start].idx for b in anchors
                 if not (b.instrument == "agreement" and b.action_tok == b.tok_start and b is not a
                         and _lw(doc)[b.tok_start] in ("agreed", "agree", "agrees"))
                 and not (b is not a and b.instrument == a.instrument and b.tok_start == a.tok_end)]
    best: tuple[float, DateMention] | None = None
    cond = _if_clause(_text(doc), sent.start, pos)
    for d in sent.dates:
        if cond is not None and d.start < cond:
            continue  # "ready to act, it said on Monday, if the US dropped its tariffs": a pure hypothetical
        if exclude is not None and exclude[0] <= d.start < exclude[1]:
            continue  # the date of a relative clause ("the controls it announced on Oct. 9")
        before = _text(doc)[max(0, d.start - 7):d.start].lower()
        when_clause = d.end < pos and bool(_WHEN_AFTER.match(_text(doc), d.end)) \
            and not any(d.end < p < pos for p in positions if p != pos)
        if (before.endswith("since ") or d.text.lower().startswith("since")) and not _perfect_impose(doc, sent, a, d) \
                and not when_clause and not (pos > d.end and _SINCE_WHEN.match(_text(doc), d.end)):
            continue  # the start of a state, not the date of this event ("since April, when X added ...": X's date)
        if _dateline(_text(doc), d):
            continue  # "SEOUL, June 20 --": when the story was filed
        if _GOODS_DATED.search(_text(doc)[max(sent.start, d.start - 24):d.start]) or (
                a.action == "threaten" and re.search(r"\b(?:until|till|through)\s+$",
                                                     _text(doc)[max(sent.start, d.start - 8):d.start])):
            continue  # "farm goods bought after August 3", "consulting, until Oct. 10, on possible surtaxes"
        if a.action in ("suspend", "defer") and d.start > pos and _PLANNED_FOR.search(_text(doc)[max(sent.start, d.start - 16):d.start]):
            continue  # "called off the tariffs that were scheduled for Sunday": the date of what is paused
        if d.start > pos and _origin_of_other(_text(doc), sent, d, doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])):
            continue  # "charged 19 percent, down from the 32 percent rate set in April": the other rate's date
        if a.action in ("suspend", "defer") and d.start > pos and _PAUSED_VERB.search(_text(doc)[pos:d.start]):
            continue  # "put off the 30% tariff he had threatened to impose from Friday": the paused measure's date
        opening = d.start - sent.start <= 3 or _text(doc)[d.end:d.end + 1] == "," and d.start - sent.start <= 30
        # "tariffs on X from September 1, ending a truce ...": a start date ("from", "effective",
        # "starting") closes the measure told before it; anchors after it do not take it
        starts = _effective_date(_text(doc), sent.start, d) and not opening
        # "from Oct. 14, the day Washington is due to start levying fees": the appositive tells
        # what else happens on that day
        same_day = pos > d.end and bool(_SAME_DAY.match(_text(doc), d.end)) \
            and not any(d.end < p < pos for p in positions if p != pos and _text(doc)[d.end:p].count(",") > 1)
        if same_day:
            opening = True
        if _SHARED_START.search(_text(doc)[max(sent.start, d.start - 60):d.start]) and d.start > pos:
            opening = True  # "a 10% tariff on X and a 25% duty on Y, both taking effect on Oct. 14": each
        if starts and pos > d.start and not same_day:
            continue
        # other anchors compete for a date only from inside the date's own clause
        nearest_other = min((abs(p - d.start) for p in positions if p != pos and _same_clause(doc, p, d.start)
                             and not (starts and p > d.start)), default=None)
        mine = abs(pos - d.start)
        shift_phrase = d.anchor_offset is not None and re.search(r"\b(after|before)$", d.text.lower())
        if shift_phrase and pos >= d.end:
            # "X came four days after Y": the shift belongs to the first thing that follows
            if any(d.end <= p < pos for p in positions):
                continue
            mine = pos - d.end
        elif nearest_other is not None and nearest_other < mine and not opening:
            continue
        if d.anchor_offset is not None:
            if shift_phrase and d.end > pos:
                d = replace(d, anchor_offset=0)  # X itself is at the reference date
            told = [e for e in sent.dates if e.end <= d.start and e.anchor_offset is None and e.precision == "day"]
            # "added Huawei to the list last Wednesday, the same day Trump signed an order": the day told first
            d = resolve_anchor(d, told[-1].value if told else reference)
        if d.value is None and d.anchor_offset is None:
            continue
        dist = mine + (40 if d.weak else 0)
        if not opening and not _same_clause(doc, pos, d.start, d.end):
            dist += 300  # a date told in another clause ("..., and Beijing answered on Monday")
        if a.action_tok is not None and a.action_tok > a.tok_start \
                and 0 <= d.start - (doc[a.action_tok].idx + len(doc[a.action_tok])) <= 30 \
                and _same_clause(doc, pos, d.start):
            dist -= 200  # "the agreement the two countries reached in Geneva earlier this month": its own verb's date
        if _effective_date(_text(doc), sent.start, d) and d.start > pos \
                and _same_clause(doc, pos, d.start):
            dist -= 1000  # "from March 10", "take effect on June 1": the effective date wins
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


_SHARED_START = re.compile(r"\b(?:both|all|each)(?:\s+(?:of\s+)?(?:them|which|the|three|two|these|those))?(?:\s+[\w-]+)?"
                           r"\s+(?:taking|take|takes|to take|will take|come|comes|coming|go|goes|going|went|took|came)\s+"
                           r"(?:effect|into (?:effect|force))\s+(?:on\s+|from\s+)?$", re.I)
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.I)


def _if_clause(text: str, sent_start: int, pos: int) -> int | None:
    """Where the if-clause an anchor stands in begins ("... if the United States dropped its own
    tariffs"), or None. eval/README.md: a pure hypothetical has no date."""
    m = _IF_CLAUSE.search(text, max(sent_start, pos - 80), pos)
    return m.start() if m else None


def _effective_date(text: str, sent_start: int, d: DateMention) -> bool:
    """A start date: "from March 10", "take effect on June 1", "from January" (the preposition
    may be part of the date's own text)."""
    return bool(_EFFECTIVE.search(text[max(sent_start, d.start - 22):d.start])
                or re.match(r"(?:from|starting|effective|beginning)\s", d.text, re.I))


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|when|after|before)\b|\b(?:while|whereas)\b|"
                           r",\s+(?!including\b|excluding\b|according\b|starting\b|beginning\b)[a-z]+ing\b")
def _same_clause(doc, a: int, b: int, b_end: int | None = None) -> bool:  # type: ignore[no-untyped-def]
    """No clause break (";", ", and", ", which", "while" ...) between two character offsets."""
    lo_c, hi_c = (a, b) if a < b else ((b_end if b_end is not None else b), a)
    return not _CLAUSE_BREAK.search(_text(doc)[lo_c:hi_c])


_EFFECTIVE = re.compile(r"\b(from|effective|starting|beginning|as of|take effect|takes effect|took effect|taking effect|"
                        r"came into force|kick in|kicks in|kicked in|went into effect|in effect)\s+(?:on\s+)?$", re.I)


def _modality(doc, sent: Sentence, a: Anchor, lo: int) -> tuple[str | None, list[str]]:  # type: ignore[no-untyped-def]
    """'hypothetical' | 'threat' | 'negotiation' | 'negated' | 'unchanged' | 'demand' | 'future' | None."""
    pivot = a.action_tok if a.action_tok is not None else a.tok_start
    first = min(pivot, a.tok_start)
    for k in range(first - 1, lo, -1):
        if doc[k].text == "," and _lw(doc)[k + 1] in ("days", "weeks", "months", "after", "before", "since",
                                                          "when", "as", "because", "while", "which", "who"):
            lo = k + 1
            break
        if _lw(doc)[k] in ("after", "before", "because", "since") and k + 1 < first:
            lo = k + 1
            break
    left = doc[lo:first]
    left_text = " " + " ".join(_word(t, sent) for t in left) + " "
    clause_text = " " + " ".join(_word(t, sent) for t in doc[lo:min(len(doc), a.tok_end + 8)]) + " "
    sent_low = " " + sent.text.lower() + " "
    cues: list[str] = []
    near = [t.lower_ for t in doc[max(lo, pivot - 3):pivot]]
    if any(w in lx.NEGATION for w in near) and "not rule out" not in a.cues:
        return "negated", ["not"]
    if any(c in clause_text for c in lx.UNCHANGED_CUES):
        return "unchanged", ["unchanged"]
    will_between = pivot > a.tok_end and any(t.lower_ in ("will", "shall") for t in doc[a.tok_end:pivot])
    reported = any(t.lower_ in _REPORTING for t in doc[sent.tok_start:pivot])
    if pivot > a.tok_end and any(t.lower_ in ("could", "would", "might", "may") for t in doc[a.tok_end:pivot]):
        if reported and not re.search(r"\b(if|unless)\b", sent.text.lower()) \
                and any(t.lower_ == "would" for t in doc[a.tok_end:pivot]):
            return "future", ["would (reported)"]  # "said the tariffs would take effect on ..."
        return "hypothetical", ["modal"]  # "the tariffs could return if ..."
    if re.match(r"\s*under (?:the|this|that|a|their) (?:deal|agreement|truce|framework|accord|pact|arrangement)\b",
                sent.text, re.I) and not re.search(r"\b(if|unless)\b", sent.text.lower()):
        return "future", ["terms of a deal"]  # "Under the deal, the US would lift its export curbs"
    for cue in lx.HYPOTHETICAL:
        if cue in ("would ", "could ", "may ", "might ", "should ") and reported and not re.search(
                r"\b(if|unless)\b", sent.text.lower()):
            if (" " + cue) in left_text and cue == "would ":
                if a.action in ("impose", "raise", "tighten") and re.search(r" (?:he|she) would ", left_text):
                    return "threat", ["he would"]  # "Trump said he would double the tariff": a leader's vow
                return "future", ["would (reported)"]
            continue
        if (" " + cue) in left_text:
            cues.append(cue.strip())
            if cue.strip() == "whether":
                return "negotiation", cues
            return "hypothetical", cues
    words = left_text.split()
    if re.search(r"\b(threaten(?:ed|s)?|vow(?:ed|s)?|warn(?:ed|s)?) to\b[^.;]*\band(?: \w+)?\s*$", left_text):
        return "threat", ["threatened to ... and"]  # "threatened to impose tariffs and introduce controls"
    if len(words) >= 2 and words[-1] == "to" and any(w in ("proposing", "proposed", "proposes", "propose")
                                                     for w in words[-4:-1]):
        return "formal_proposal", ["proposing to"]  # "USTR is proposing to impose tariffs on cranes"
    if len(words) >= 2 and words[-1] == "to" and any(w in _COMMIT for w in words[-5:-1]):
        return "future", ["commitment"]
    if any(w in lx.DEMAND_CUES for w in words[-8:]) or re.search(r"\bcall(?:s|ed|ing)? (?:on \w+ )?for\b",
                                                                    " ".join(words[-10:])) or re.search(
            r"\b(pressure|pressured|pressed|pressing|urged|urging|asked|asking|called on|calling on|pushed|pushing)"
            r"\b[^.;]{0,100}\bto\s*$", left_text):
        return "demand", [w for w in words if w in lx.DEMAND_CUES] or ["calling for"]
    threat_words = [w for w in words[-6:] if w in lx.THREAT_CUES]
    if threat_words or a.action == "threaten":
        tail = " ".join(words[-8:])
        if a.action == "threaten" and re.search(r"\b(warn|warns|warned|warning)\s+(that|of)\b", tail) \
                and not re.search(r"\b(would|will|could|may|might)\b", tail.split("that")[-1]):
            return "reported", ["warned that"]
        return "threat", [w for w in words if w in lx.THREAT_CUES]
    if any(c in sent_low for c in lx.NEGOTIATION_CUES) and a.instrument not in ("talks", "leader_call"):
        if a.action in ("ease", "lower", "suspend", "resume", "extend") and not re.search(r"\b(agreed|announced|said)\b", left_text):
            return "negotiation", ["negotiation context"]
    if any(w in lx.FUTURE_CUES for w in words[-6:]):
        return "future", [w for w in words[-6:] if w in lx.FUTURE_CUES]
    if will_between:
        return "future", ["will"]  # "duties on Chinese goods will drop to 30%"
    return None, cues


def _status(action: str, instrument: str, modality: str | None, cue_words: list[str]) -> str:
    if modality == "formal_proposal":
        return "proposed"
    if modality == "hypothetical":
        # "would be forced to fight back if ...", "would impose tariffs unless ...": a conditional
        # escalation is a threat; a conditional concession is a proposal
        return "threatened" if action in ESCALATION else "proposed"
    if modality == "threat" and action not in ESCALATION and action != "announce":
        return "proposed"  # "he might speak with Xi", "could cut tariffs": possible, not a threat
    if modality == "threat" or action == "threaten":
        return "threatened"
    if modality == "negotiation":
        return "under_negotiation"
    if action == "negotiate":
        # talks still to come ("will meet next month", "agreed to talk again", "said he would
        # meet Xi") are proposed
        return "proposed" if modality in ("talks_planned", "future") else "under_negotiation"
    if action == "call" and modality == "future":
        return "proposed"  # "said he would speak with Xi": a call still to be held
    if action == "rule" and modality == "future":
        return "proposed"  # "is expected to produce its own award next year": a ruling still to come
    if action in ("call", "agree", "rule"):
        return "concluded" if modality != "future" else "announced"
    if action == "suspend":
        return "paused"  # "said it would suspend the duties for a year": the pause is decided
    if action == "defer":
        return "announced" if modality == "future" else "paused"
    if action == "extend":
        if "pause prolonged" in cue_words:
            return "extended"  # "would keep suspending the duties for another 90 days": the pause goes on
        return "announced" if modality == "future" else "extended"
    if action == "announce":
        if instrument not in SYMMETRIC and any(w.startswith("propos") for w in cue_words):
            return "proposed"  # "proposed tariffs of up to 100 percent": a proposal, not yet decided
        return "announced"
    if modality == "future":
        return "announced"
    if action in ("impose", "raise", "lower", "tighten"):
        if any(w in lx.ANNOUNCE_VERBS for w in cue_words):
            return "announced"
        return "in_force"
    return "announced"


def _direction(action: str, status: str, instrument: str, rule_strikes_down: bool) -> str:
    if action in ESCALATION:
        return "escalation"
    if action == "extend":
        return "de-escalation" if status in ("paused",) else "escalation" if instrument not in ("agreement", "talks") else "de-escalation"
    if action == "rule":
        return "de-escalation" if rule_strikes_down else "neutral"
    if action in DEESCALATION:
        return "de-escalation"
    return "neutral"


def _location(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> str | None:  # type: ignore[no-untyped-def]
    if a.tok_start > 0 and doc[a.tok_start - 1].is_title and _lw(doc)[a.tok_start - 1] not in ("the", "a"):
        m = _mention_at(sent, a.tok_start - 1)
        if m is None or (m.label == "COUNTRY" and m.kind == "capital"):
            return doc[a.tok_start - 1].text
        if a.tok_start > 1 and doc[a.tok_start - 2].is_title and _mention_at(sent, a.tok_start - 2) is None:
            return doc[a.tok_start - 2].text
    for j in range(max(lo, a.tok_start - 3), min(hi, a.tok_end + 6)):
        if _lw(doc)[j] in ("in", "at") and j + 1 < hi and doc[j + 1].is_title:
            m = _mention_at(sent, j + 1)
            if m is None or (m.label == "COUNTRY" and m.kind == "capital"):
                return doc[j + 1].text
    return None


def _evidence_span(doc, sent: Sentence, a: Anchor, lo: int, hi: int, extra: list[int]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    toks = [a.tok_start, a.tok_end - 1] + ([a.action_tok] if a.action_tok is not None else []) + extra
    toks = [t for t in toks if lo <= t < hi]
    s_tok, e_tok = min(toks), max(toks)
    # extend to the end of the noun phrase / clause piece (next punctuation), at most 12 tokens
    j = e_tok
    while j + 1 < hi and j + 1 - e_tok <= 12 and doc[j + 1].text not in (",", ".", ";", ":", "?", "!", "—"):
        j += 1
    start = doc[s_tok].idx
    end = doc[j].idx + len(doc[j].text)
    return start, end


def extract_events(document: Document, kb: KnowledgeBase) -> list[Event]:
    doc = document.doc
    leaders = kb.leader_names
    drafts: list[Draft] = []
    reference: str | None = None
    for sent in document.sentences:
        anchors = _find_anchors(doc, sent, leaders)
        for a in anchors:
            _action_for(doc, sent, a, anchors)
        before = len(drafts)
        for a in anchors:
            if not a.action or a.action not in lx.ALLOWED_ACTIONS[a.instrument]:
                continue
            framed = _frame(doc, sent, a, anchors, kb, reference)
            prev = next((d for d in reversed(drafts[before:]) if d.actor and d.instrument == a.instrument), None)
            if prev is not None and a.action_tok is not None and a.action_tok - 1 > sent.tok_start \
                    and doc[a.action_tok - 1].text == "," and _lw(doc)[a.action_tok].endswith("ing") \
                    and a.instrument not in SYMMETRIC:
                # "withdrew India's trade status on June 5, ending duty-free entry for Indian goods": the
                # participle's subject is the main clause's
                framed = [replace(d, actor=prev.actor, target=prev.target if d.target in (None, prev.actor)
                                  else d.target) for d in framed]
            drafts.extend(framed)
        if drafts[:before] and all("rate" in a.cues for a in anchors):
            # a sentence of bare rates ("Japanese goods face an additional 14%, and India faces 16%")
            # right after a tariff continues that tariff
            last_tariff = next((d for d in reversed(drafts[:before]) if d.instrument == "tariff"), drafts[before - 1])
            cont = _rate_list_continuation(doc, sent, last_tariff, kb)
            if cont or not anchors:
                drafts[before:] = cont
        if drafts and not any(d.instrument in _MEASURES for d in drafts[before:]):
            drafts.extend(_exempted_parties(doc, sent, drafts))
        # the parts of a measure listed after it (coref.py): goods and their rates, companies and theirs
        items, replaced = coref.rate_list_items(doc, sent, drafts[:before], drafts[before:], kb)
        if items:
            drafts[before:] = [d for k, d in enumerate(drafts[before:]) if k not in replaced] + items
        drafts[before:] = _elliptic_rate_items(doc, sent, drafts[before:], kb)
        _also_same_day(sent, drafts[before:], drafts[:before])
        firms_here = [m.key for m in sent.mentions if m.label == "COMPANY"]
        if firms_here:
            doc.user_data["last_company"] = firms_here[-1]
        drafts[before:] = _parallel_clause(doc, _deal_topic(_gapped(sent, drafts[before:])))
        # the running reference date: the last day-precision date this sentence fixes
        for d in sent.dates:
            r = resolve_anchor(d, reference) if d.anchor_offset is not None else d
            if r.value and r.precision == "day" and not _start_of_state(document.text, sent, r):
                reference = r.value
        for dr in drafts:
            if dr.sentence is sent and dr.date is not None and dr.date.precision == "day" and dr.date.value \
                    and not (sent.start <= dr.date.start < sent.end and _start_of_state(document.text, sent, dr.date)):
                reference = dr.date.value
    drafts = _the_company(drafts, document, kb)
    unowned = {d.sentence.index for d in drafts if d.actor is None or "pronoun subject" in d.cues}
    drafts = _fill_parties(drafts, document, _lone_party_before(doc, document, kb, unowned), kb)
    drafts = _deal_subjects(_effective_statements(drafts, document), document)
    drafts = _inherit_dates(coref.deal_dates(coref.purchase_amounts(drafts)), doc)
    drafts = _mark_lead_news(drafts, document)
    events = _merge(_inherit_dates(_merge(drafts), doc))
    events = _dispute_goods(_measure_goods(_coordinated_targets(events)))
    events = _paused_later(_context_dates(events, document), document)
    return [_finish(d, document, kb) for d in events]


_THE_DEAL = re.compile(r"\b(?:the|this|that) (?:deal|agreement|framework|accord|pact)\b", re.I)


def _near_days(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates at most a day apart, or either unknown."""
    if a is None or b is None or not a.value or not b.value:
        return True
    try:
        return abs((dt.date.fromisoformat(a.value[:10]) - dt.date.fromisoformat(b.value[:10])).days) <= 1
    except ValueError:
        return a.value[:7] == b.value[:7]


def _deal_subjects(drafts: list[Draft], document: Document) -> list[Draft]:
    """"Trump announced the deal late Tuesday": a deal told again with "the" is about what the deal
    between the same two parties told before is about."""
    out: list[Draft] = []
    for d in drafts:
        if d.instrument == "agreement" and not d.subject and "purchase" not in d.cues \
                and _THE_DEAL.search(document.text[max(d.sentence.start, d.evidence[0] - 4):d.evidence[1] + 1]):
            before = next((x for x in drafts if x.instrument == "agreement" and x.subject and "purchase" not in x.cues
                           and {x.actor, x.target} == {d.actor, d.target} and x.sentence.index < d.sentence.index),
                          None)
            if before is not None and d.location == before.location and d.date is not None \
                    and d.date.precision == "day" and _near_days(d.date, before.date):
                d = replace(d, subject=before.subject, cues=[*d.cues, "subject:deal told before"])
        out.append(d)
    return out


_GAP = re.compile(r"(?:,\s*|\s)(?:while|whereas)\s|,\s*and\s", re.I)
_ELLIPTIC_ITEM = re.compile(r"\s*,?\s*(?:and\s+)?(?P<item>(?:on|for)\s+(?P<goods>[^,;:]{1,60}?)\s+(?:to|at)\s+)"
                            r"(?=(?:up to\s+)?\d)", re.I)


def _elliptic_rate_items(doc, sent: Sentence, new: list[Draft], kb: KnowledgeBase) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"lifting the duty on cars to 120 percent, on spirits to 140 percent and on tobacco to 60
    percent": the verb and the instrument stated once, then (goods, rate) items, one event each."""
    out = list(new)
    text = _text(doc)
    rates = {q.start: q for q in sent.quantities if q.kind == "rate"}
    for d in new:
        if d.instrument != "tariff" or d.magnitude is None or len(d.subject) != 1 \
                or d.magnitude.end > sent.end:
            continue
        pos = d.magnitude.end
        while True:
            m = _ELLIPTIC_ITEM.match(text, pos, sent.end)
            q = rates.get(m.end()) if m else None
            if m is None or q is None:
                break
            goods = [g for g in sent.mentions if g.label == "GOOD" and m.start("goods") <= g.start < m.end("goods")]
            subject = _dedupe_t(base_subject(kb, g.key) for g in goods)
            if not subject:
                break
            out.append(replace(d, subject=subject, magnitude=q, evidence=(m.start("item"), q.end),
                               cues=[*d.cues, "elliptic item"]))
            pos = q.end
    return out


def _gapped(sent: Sentence, new: list[Draft]) -> list[Draft]:
    """"The US raised its tariff on Chinese EVs to 100%, while the EU imposed duties of up to 37.6%":
    a tariff clause that names neither goods nor target, joined to one that names both, is on the
    same goods of the same country."""
    out: list[Draft] = []
    for d in new:
        if d.instrument == "tariff" and not d.subject and d.target is None and d.actor:
            prev = [m for m in out if m.instrument == "tariff" and m.subject and m.target
                    and m.actor != d.actor and m.target != d.actor and m.evidence[1] <= d.evidence[0]
                    and _GAP.search(sent.text[m.evidence[1] - sent.start:d.evidence[0] - sent.start])]
            if prev:
                d = replace(d, subject=prev[-1].subject, target=prev[-1].target, cues=[*d.cues, "gapped"])
        if d.instrument == "tariff" and not d.subject and d.actor:
            # "the 145% tariffs Washington imposed on Chinese goods, and Beijing's retaliatory levy of 125%":
            # the answer is on all of the other side's goods too
            mirror = [m for m in out if m.instrument == "tariff" and m.subject == ("all_goods",) and m.actor
                      and m.target == d.actor and d.target in (None, m.actor) and m.evidence[1] <= d.evidence[0]
                      and _GAP.search(sent.text[m.evidence[1] - sent.start:d.evidence[0] - sent.start])]
            if mirror:
                d = replace(d, subject=("all_goods",), target=mirror[-1].actor, cues=[*d.cues, "gapped"])
        out.append(d)
    return out


_THE_FIRM = re.compile(r"\bthe (?:company|firm|group|chipmaker|manufacturer|maker)(?:'s|’s)\s+"
                       r"(?:products|goods|chips|equipment|exports|devices|technology)\b", re.I)


def _the_company(drafts: list[Draft], document: Document, kb: KnowledgeBase) -> list[Draft]:
    """"It ordered operators ... to stop buying the company's products": the company last named in
    this sentence or the two before; the measure is aimed at its country and its sector."""
    by_name = kb.company_by_name
    out: list[Draft] = []
    for d in drafts:
        s = d.sentence
        m = _THE_FIRM.search(s.text, max(0, d.evidence[0] - s.start))
        if d.instrument in _COMPANY_TARGETED and m is not None and s.start + m.start() < d.evidence[1] + 40 \
                and d.target is None:
            at = s.start + m.start()
            named = [x for x in document.mentions if x.label == "COMPANY" and x.key in by_name and x.start < at
                     and x.start >= document.sentences[max(0, s.index - 2)].start]
            firm = by_name[named[-1].key] if named else None
            if firm is not None and firm.country and firm.country != d.actor:
                sectors = [x for x in (base_subject(kb, g) for g in firm.sells[:1]) if x and x not in _GENERIC_SECTORS]
                d = replace(d, target=firm.country, subject=d.subject or tuple(sectors), cues=[*d.cues, "the company"])
        out.append(d)
    return out


def _deal_topic(new: list[Draft]) -> list[Draft]:
    """"agreed on a framework after two days of talks that focused on rare earth exports": a deal told
    with the talks that produced it is about the goods of those talks."""
    topics = [d for d in new if d.instrument in ("talks", "agreement") and d.subject and "purchase" not in d.cues]
    if not topics:
        return new
    out: list[Draft] = []
    for d in new:
        if d.instrument in ("talks", "agreement") and not d.subject and "purchase" not in d.cues:
            # and the other way: "the deal announced after two days of talks, cutting duties on all goods"
            src = [t for t in topics if t.instrument != d.instrument and {t.actor, t.target} == {d.actor, d.target}
                   and (t.location is None or d.location is None or t.location == d.location)]
            if src:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:" + src[0].instrument])
        out.append(d)
    return out


def _coordinated_targets(drafts: list[Draft]) -> list[Draft]:
    """"a 15% tariff on coal and a 10% tariff on crude oil": the second measure, split off the first,
    is on the same country as the first."""
    out: list[Draft] = []
    for d in drafts:
        if "coordinated" in d.cues and d.target is None and d.actor:
            sib = {m.target for m in drafts if m is not d and m.target and m.actor == d.actor
                   and m.instrument == d.instrument and m.action == d.action and m.sentence.index <= d.sentence.index
                   and _related(m.subject, d.subject)}
            if len(sib) == 1:
                d = replace(d, target=sib.pop())
        out.append(d)
    return out


_RESOLVE = re.compile(r"\bto (?:resolve|settle|end) (?:the|their|this|that|its) (?:matter|dispute|row|conflict|"
                      r"fight|feud|differences|issue)\b", re.I)


def _dispute_goods(drafts: list[Draft]) -> list[Draft]:
    """"negotiations with Brussels to resolve the matter": talks to settle the dispute the article
    tells are about the goods of the measures between the same two parties."""
    out: list[Draft] = []
    for d in drafts:
        if d.instrument == "talks" and not d.subject and d.actor and d.target:
            s = d.sentence
            if _RESOLVE.search(s.text, max(0, d.evidence[0] - s.start)):
                goods = _dedupe_t(g for m in drafts if m.instrument not in SYMMETRIC and m.subject
                                  and {m.actor, m.target} == {d.actor, d.target} for g in m.subject
                                  if g != "all_goods")
                if goods:
                    d = replace(d, subject=goods, cues=[*d.cues, "subject:dispute"])
        out.append(d)
    return out


_REFERS_BACK = {"suspend", "defer", "extend", "lower", "resume", "ease"}
_ENACTING = {"impose", "raise", "threaten", "announce"}


def _measure_goods(drafts: list[Draft]) -> list[Draft]:
    """"Trump agreed to pause the tariffs on Mexico for a month": a pause, delay or cut that names no
    goods is of the measure the article tells between the same two parties, and has its goods (when
    the article tells one such measure)."""
    out: list[Draft] = []
    for d in drafts:
        if d.instrument == "tariff" and d.action in _REFERS_BACK and not d.subject and d.actor and d.target \
                and "by value" not in d.cues:
            src = [m for m in drafts if m.instrument == "tariff" and m.action in _ENACTING and m.subject
                   and (m.actor, m.target) == (d.actor, d.target)]
            if src and len({m.subject for m in src}) == 1:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:measure"])
        out.append(d)
    return out


def _money_near(d: Draft) -> set[float]:
    """The trade values ("$120 billion") told with an event, to tell apart two measures at one rate."""
    lo, hi = d.evidence
    return {q.value for q in d.sentence.quantities if q.kind == "money" and lo - 40 <= q.start <= hi + 40}


def _paused_later(drafts: list[Draft], document: Document) -> list[Draft]:
    """A measure in force that the article later says was suspended is ``paused``: "imposed 25%
    tariffs on Ruritania on Saturday ... the tariffs on Ruritania were paused for 30 days". The
    suspension must name the same actor, target and instrument, with no other rate, goods or
    trade value, and come later in the text and not earlier in time."""
    pauses = [p for p in drafts if p.action == "suspend" and p.status == "paused" and p.target]
    if not pauses:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if d.action in _ENACTED and d.target and _tense_status(d, d.date.value if d.date else None,
                                                                document) == "in_force":
            for p in pauses:
                if (p.actor, p.target, p.instrument) != (d.actor, d.target, d.instrument):
                    continue
                if p.sentence.index < d.sentence.index and not p.sentence.headline \
                        or not _compatible_order(d.date, p.date):
                    continue
                if p.magnitude is not None and d.magnitude is not None and p.magnitude.value != d.magnitude.value:
                    continue
                if p.subject and d.subject and not _related(p.subject, d.subject):
                    continue
                mp, md = _money_near(p), _money_near(d)
                if mp and md and not mp & md:
                    continue
                d = replace(d, status="paused", cues=[*d.cues, "paused later"])
                break
        out.append(d)
    return out


def _compatible_order(first: DateMention | None, then: DateMention | None) -> bool:
    """``then`` is not before ``first`` (unknown dates are compatible)."""
    if first is None or then is None or not first.value or not then.value:
        return True
    n = min(len(first.value), len(then.value))
    return then.value[:n] >= first.value[:n]


_TAKES_EFFECT = re.compile(r"\b(?:takes?|took|taking|comes?|came|go|goes|went|entered|enters?)\s+(?:into\s+)?"
                           r"(?:effect|force)\b|\b(?:kicks?|kicked)\s+in\b|\b(?:applies|apply)\s+(?=from\b)|"
                           r"\b(?:starts?|begins?)\s+(?=on\b)|\b(?:becomes?|became)\s+effective\b", re.I)
_DEFINITE = re.compile(r"^(?:the|these|those|its|their|his|her|both|tariffs|duties|levies|controls|curbs)\b", re.I)
_NEW_MEASURE = re.compile(r"\b(?:a|an|another|separate|new|further|additional|fresh|other)\b", re.I)
_MEASURE_NP = re.compile(r"\b(?:rates?|baseline|measures?|rules?|controls?|restrictions?|curbs?|bans?|levels?|"
                         r"change|decision|order|step)\b",
                         re.I)
_ELLIPSIS = re.compile(r"^\s*,?\s*(?:and|while)\s+(?:the|those|its|their)\s+[^,;.]{1,40}?\s+(?:on|from|starting)\s*$",
                       re.I)
_ENACTED = ("impose", "raise", "lower", "tighten")


def _restated(d: Draft, s: Sentence, np_start: int, instruments: set[str], actors: set[str | None]) -> bool:
    """Can ``d`` (told before ``np_start`` in sentence ``s``) be the measure a start-date
    statement refers to?"""
    return (d.instrument not in SYMMETRIC and d.action in _ENACTED
            and (not instruments or d.instrument in instruments)
            and (not actors or d.actor in actors)
            and d.status not in ("threatened", "proposed") and "background" not in d.cues
            and "date:effective" not in d.cues
            and (d.sentence.index < s.index or d.sentence is s and d.evidence[1] <= np_start))


def _effective_statements(drafts: list[Draft], document: Document) -> list[Draft]:
    """"The tariffs take effect on March 23": a definite measure with a start date restates the
    measures told just before (or, when it names a rate, the earlier measure at that rate). Their
    date becomes the effective date, and the restatement is not an event of its own. A following
    ellipsis ("... on Saturday and the higher rates on April 9") dates the rest of that group."""
    dropped: set[int] = set()
    for s in document.sentences:
        if s.headline or not _TAKES_EFFECT.search(s.text):
            continue
        for m in _TAKES_EFFECT.finditer(s.text):
            verb_end = s.start + m.end()
            date = next((d for d in s.dates if 0 <= d.start - verb_end <= 12 and d.value), None)
            head = s.text[:m.start()]
            same_day = None
            if date is None:
                # "from September 24, the same day the new American tariffs kick in"
                same_day = re.search(r",\s+the\s+(?:same\s+)?day\s+(?:that\s+|when\s+)?(?=[^,;]*$)", head)
                date = next((d for d in s.dates if same_day is not None and d.value
                             and s.start + same_day.start() == d.end), None)
                if date is None:
                    continue
            rel = re.search(r",\s*which\s+(?:will\s+|would\s+)?$", head)
            if rel is not None:
                head = head[:rel.start()]  # "The change, which takes effect Aug. 28, ..."
            cut = max((x.end() for x in re.finditer(r"[;,:]|\b(?:and|while|but|said|says)\b", head)), default=0)
            if same_day is not None:
                cut = same_day.end()
            np_text = head[cut:].strip()
            np_start, np_end = s.start + cut, s.start + len(head)
            if not _DEFINITE.match(np_text) or _NEW_MEASURE.search(re.sub(r"^the new\b", "the", np_text)
                                                                  if same_day is not None else np_text):
                continue  # "a separate 25% tariff took effect": a measure of its own
            words = {w.lower() for w in re.findall(r"[A-Za-z-]+", np_text)}
            instruments = {lx.INSTRUMENT_WORDS[w] for w in words if w in lx.INSTRUMENT_WORDS}
            rates = {q.value for q in s.quantities if q.kind == "rate" and np_start <= q.start < np_end}
            if not instruments and not rates and not _MEASURE_NP.search(np_text):
                continue
            own = [k for k, d in enumerate(drafts) if d.sentence is s and np_start <= d.evidence[0] < np_end]
            actors = {drafts[k].actor for k in own if drafts[k].actor}
            pool = [k for k, d in enumerate(drafts)
                    if k not in own and _restated(d, s, np_start, instruments, actors)]
            recent = [k for k in pool if drafts[k].sentence.index >= s.index - 2]
            last = max((drafts[k].sentence.index for k in recent), default=None)
            group = [k for k in recent if drafts[k].sentence.index == last]
            rate_q = None
            if rates:
                by_rate = [k for k in pool if drafts[k].magnitude is not None and drafts[k].magnitude.value in rates]
                if by_rate:
                    group = by_rate
                elif len(group) == 1 and drafts[group[0]].magnitude is None and len(rates) == 1:
                    # "China would raise tariffs on $60 billion of goods. Tariffs of up to 25% would
                    # apply from June 1": the rate and the start date of the measure just told
                    rate_q = next(q for q in s.quantities if q.kind == "rate" and np_start <= q.start < np_end)
                else:
                    group = []
            if not group:
                continue
            if rate_q is not None:
                drafts[group[0]] = replace(drafts[group[0]], magnitude=rate_q)
            for k in group:
                drafts[k] = replace(drafts[k], date=date, cues=[*drafts[k].cues, "date:effective"])
            for k in own:
                if drafts[k].magnitude is None or drafts[k].magnitude.value in rates:
                    dropped.add(k)
            # "... and the higher rates on April 9": the rest of the group told just before
            later = next((d for d in s.dates if d.start > date.end and d.value), None)
            if later is not None and _ELLIPSIS.match(_text(document.doc)[date.end:later.start]):
                group_actors = {drafts[k].actor for k in group}
                for k in pool:
                    d = drafts[k]
                    if k not in group and d.sentence.index >= s.index - 2 and d.actor in group_actors \
                            and "date:effective" not in d.cues:
                        drafts[k] = replace(d, date=later, cues=[*d.cues, "date:effective"])
    return [d for k, d in enumerate(drafts) if k not in dropped]


_REL_SKIP = {"that", "which", "it", "they", "he", "she", "we", "the", "had", "has", "have", "was", "were", "been",
             "already", "first", "its", "their", "own", "each", "other", "'s", "’s", "both", "two", "sides",
             "countries", "washington", "beijing", "just", "previously", "earlier", "originally", "since"}
_REL_VERBS = {"imposed", "introduced", "placed", "announced", "levied", "slapped", "put", "began", "adopted",
              "unveiled", "enacted", "rolled", "set", "added", "issued", "applied", "established"}


def _relative_participle(doc, sent: Sentence, a: Anchor, hi: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """"the tariffs they imposed on each other last month", "the controls it announced on Oct. 9",
    "the port fees they began charging ... on Oct. 14": (verb token, end of the clause)."""
    if a.action_tok is None or a.action_tok > a.tok_start:
        return None  # the participle is the event's own verb
    j = a.tok_end
    limit = min(hi, a.tok_end + 6)
    # "the tariff on $120 billion of goods that was imposed on Sept. 1": a relative pronoun a few
    # words on, then the passive participle that tells the measure's origin
    for k in range(a.tok_end, min(hi, a.tok_end + 12) - 2):
        if doc[k].lower_ in ("that", "which") and doc[k + 1].lower_ in ("was", "were", "had", "has", "have"):
            v = k + 2 + (doc[k + 2].lower_ == "been" and k + 3 < hi)
            if v < hi and doc[v].lower_ in _REL_VERBS:
                end = v + 1
                while end < hi and end < v + 12 and doc[end].text not in (",", ";", "."):
                    end += 1
                return v, end
            break
    while j < limit:
        t = doc[j]
        if t.lower_ in _REL_VERBS:
            end = j + 1
            while end < hi and end < j + 12 and doc[end].text not in (",", ";", "."):
                end += 1
            return j, end
        if t.lower_ in _REL_SKIP or _mention_at(sent, j) is not None:
            j += 1
            continue
        return None
    return None


def _background(doc, sent: Sentence, a: Anchor, rel: tuple[int, int], parties: list[Party],  # type: ignore[no-untyped-def]
                actors: list[str], targets: list[str], subject: tuple[str, ...], rates: list[Quantity],
                kb: KnowledgeBase, draft) -> list[Draft]:
    """The measure a relative clause tells the origin of, as a background event of its own."""
    rel_tok, rel_end = rel
    start, end = doc[rel_tok].idx, doc[rel_end - 1].idx + len(doc[rel_end - 1])
    dates = [d for d in sent.dates if start <= d.start < end and d.value]
    if not dates:
        return []
    in_clause = [p.code for p in parties if a.tok_end <= p.tok < rel_tok]
    actor = in_clause[0] if in_clause else (actors[0] if actors else None)
    target = next((t for t in targets if t != actor), None)
    if _lw(doc)[rel_tok - 1] in ("was", "were", "been"):
        # "the tariff on Chinese goods that was imposed on Sept. 1": a passive names no new
        # actor; the measure is the one the main clause changes, at the rate it is changed from
        actor = actors[0] if actors else None
        target = next((t for t in targets if t != actor), None)
        text = _text(doc)
        rates = [q for q in rates if text[max(0, q.start - 5):q.start].lower().endswith("from ")]
    out: list[Draft] = []
    low = sent.text.lower()
    pairs: list[tuple[str | None, str | None, Quantity | None]]
    codes = _dedupe([p.code for p in parties])
    if ("each other" in low or "one another" in low) and len(codes) >= 2:
        pairs = [(codes[0], codes[1], rates[0] if len(rates) >= 2 else None),
                 (codes[1], codes[0], rates[1] if len(rates) >= 2 else None)]
    else:
        pairs = [(actor, target, rates[0] if rates else None)]
    # "would suspend the controls it announced on Oct. 9": the measure being paused
    main = draft(actor, target, None, False, False)
    status = "paused" if main.action == "suspend" and main.status not in ("threatened", "proposed") else "in_force"
    for act, tgt, rate in pairs:
        d = draft(act, tgt, rate, act is not None, tgt is not None)
        out.append(replace(d, action="impose", status=status, date=dates[0], duration=None,
                           evidence=(doc[a.tok_start].idx, end), cues=[*d.cues, "background"]))
    return out


_DETERMINERS = {"the", "these", "those", "this", "that", "its", "their", "his", "her", "such"}
_REFERENCE_ADJ = {"increased", "higher", "impending", "planned", "new", "latest", "looming", "proposed", "threatened",
                  "announced", "expected", "coming", "upcoming", "doubled", "hiked", "raised"}


def _anaphoric(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A measure named again by a definite noun phrase whose verb is not a trade action ("the
    increased tariffs could have devastating effects", "responded to the impending tariff hike"):
    a mention of an event already told, with no date or rate of its own."""
    if a.instrument in SYMMETRIC or a.action_tok is None:
        return False
    k = a.tok_start - 1
    if a.action_tok == k and k - 1 >= sent.tok_start and _lw(doc)[k] in _REFERENCE_ADJ:
        det = _lw(doc)[k - 1]
    elif a.action_tok == a.tok_end and _lw(doc)[a.tok_end] in ("hike", "hikes", "increase", "increases", "rise"):
        det = _lw(doc)[k] if k >= sent.tok_start else ""
        if det in _REFERENCE_ADJ and k - 1 >= sent.tok_start:
            det = _lw(doc)[k - 1]
    else:
        return False
    if det not in _DETERMINERS:
        return False
    start, end = doc[a.tok_start].idx, doc[min(a.tok_end + 6, sent.tok_end - 1)].idx
    has_rate = any(q.kind == "rate" and start - 30 <= q.start <= end + 20 for q in sent.quantities)
    return not has_rate


def _rate_list_continuation(doc, sent: Sentence, prev: Draft, kb: KnowledgeBase) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Chinese goods face an additional 34%. The European Union faces 20%, Japan 24% ...": a
    sentence of (country, rate) pairs right after a tariff event continues that tariff."""
    if prev.instrument != "tariff" or prev.sentence.index < sent.index - 3 or prev.actor is None:
        return []
    rates = [q for q in sent.quantities if q.kind == "rate" and q.unit == "%"]
    countries = [m for m in sent.mentions if m.label == "COUNTRY" and m.key != prev.actor]
    if not rates or not countries:
        return []
    out: list[Draft] = []
    used: set[int] = set()
    for m in countries:
        # the first rate after the country, before the next country
        nxt = min((c.start for c in countries if c.start > m.start), default=sent.end)
        q = next((q for q in rates if m.end <= q.start < nxt and id(q) not in used), None)
        if q is None:
            continue
        between = {w.lower() for w in re.findall(r"[A-Za-z-]+", _text(doc)[m.end:q.start])}
        if between & (lx.MOVE_UP | lx.MOVE_DOWN):
            continue  # "Vietnam's index tumbled 14%": a market move, not a rate
        used.add(id(q))
        out.append(replace(prev, target=m.key, magnitude=q, sentence=sent, evidence=(m.start, q.end),
                           subject=prev.subject or ("all_goods",), cues=[*prev.cues, "rate list"],
                           explicit_target=True, explicit_actor=False))
    return out


_EXEMPTED = re.compile(r"^\s*(?:will|would|were|was|are|is|have|has|had|could|may|can)?\s*(?:also\s+|still\s+)?"
                       r"(?:be\s+|been\s+|being\s+)(?:exempted|exempt|spared|excluded|excused)\b", re.I)


def _exempted_parties(doc, sent: Sentence, drafts: list[Draft]) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Canada and Mexico will be exempted": countries as the subject of a passive exemption, in a
    sentence that names no measure, are let off the last measure told (within two sentences)."""
    prev = next((d for d in reversed(drafts) if d.instrument in _MEASURES), None)
    if prev is None or prev.sentence.index < sent.index - 2 \
            or prev.action not in ("impose", "raise", "tighten", "announce"):
        return []
    text = _text(doc)
    countries = [m for m in sent.mentions if m.label == "COUNTRY" and m.key != prev.actor]
    out: list[Draft] = []
    for k, m in enumerate(countries):
        # the countries coordinated before the verb ("Canada and Mexico", "Australia, Japan and Korea")
        group = [m]
        for n in countries[k + 1:]:
            if re.fullmatch(r"\s*(?:,|and|, and|or)\s*", text[group[-1].end:n.start]):
                group.append(n)
            else:
                break
        hit = _EXEMPTED.match(text[group[-1].end:sent.end])
        if hit is None:
            continue
        end = group[-1].end + hit.end()
        recent = [d for d in reversed(drafts) if d.instrument == prev.instrument
                  and (prev.actor is None or d.actor in (None, prev.actor)) and d.sentence.index >= sent.index - 3]
        # the goods of the latest sentence that named some ("25 percent on steel and 10 percent on aluminum")
        told_in = next((d.sentence for d in recent if d.subject), None)
        subject = tuple(dict.fromkeys(x for d in recent if d.sentence is told_in for x in d.subject))
        # the day the exemption was told: the measure's announcement, not its start date
        told = next((d.date for d in recent if d.date and d.date.value
                     and not _TAKES_EFFECT.search(d.sentence.text)), prev.date)
        for g in group:
            out.append(replace(prev, target=g.key, action="ease", magnitude=None, duration=None, sentence=sent,
                               evidence=(group[0].start, end), status="announced", subject=subject,
                               date=next((d for d in sent.dates if d.value), told),
                               cues=[*prev.cues, "exempted"], explicit_target=True, explicit_actor=False))
        break
    return out


_PARALLEL = re.compile(r"(?:,|;)\s*(?:while|whereas|and)\s+(?:the\s+)?$|^\s*,?\s*(?:while|whereas)\b", re.I)


def _parallel_clause(doc, new: list[Draft]) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"The United States raised its tariff on Chinese EVs to 100 per cent in May, while the
    European Union imposed provisional duties of up to 37.6 per cent in July": a measure of the
    same kind told in a parallel clause, naming no target and no goods, shares the first one's."""
    text = _text(doc)
    out = list(new)
    for k in range(1, len(out)):
        d, p = out[k], out[k - 1]
        if (d.target is not None or d.subject or d.actor is None or d.instrument != p.instrument
                or p.target is None or p.actor in (None, d.actor) or p.target == d.actor
                or d.sentence is not p.sentence or p.evidence[1] > d.evidence[0]
                or d.action != p.action and not {d.action, p.action} <= {"impose", "raise", "tighten"}):
            continue
        between = text[p.evidence[1]:d.evidence[0]]
        if re.search(r"\b(?:while|whereas)\b", between) and len(between) < 80:
            out[k] = replace(d, target=p.target, subject=p.subject, explicit_target=True,
                             cues=[*d.cues, "parallel clause"])
    return out


def _also_same_day(sent: Sentence, new: list[Draft], earlier: list[Draft]) -> None:
    """"Beijing also placed seven rare earths under export controls": an undated event told as a
    companion of the previous sentence's dated event (same actor) happened on the same date."""
    if not new or not earlier:
        return
    if not re.search(r"\b(also|as well|at the same time|in addition|separately|too)\b", sent.text.lower()):
        return
    prev = [d for d in earlier if d.sentence.index >= sent.index - 2 and d.date is not None and d.date.value]
    if not prev:
        return
    for k, d in enumerate(new):
        if d.date is None or not d.date.value:
            src = next((p for p in reversed(prev) if p.actor and p.actor == d.actor), None)
            if src is not None:
                new[k] = replace(d, date=src.date, cues=[*d.cues, "date:also"])


def _frame(doc, sent: Sentence, a: Anchor, anchors: list[Anchor], kb: KnowledgeBase,  # type: ignore[no-untyped-def]
           reference: str | None) -> list[Draft]:
    lo, hi = _clause_bounds(doc, sent, a.tok_start)
    if a.action_tok is not None:
        lo2, hi2 = _clause_bounds(doc, sent, a.action_tok)
        lo, hi = min(lo, lo2), max(hi, hi2)
    modality, mcues = _modality(doc, sent, a, lo)
    if modality in ("negated", "unchanged", "demand"):
        return []
    if _anaphoric(doc, sent, a):
        return []  # "the increased tariffs could hurt", "the impending tariff hike": the measure told before
    if a.action == "threaten" and a.action_tok is not None and a.action_tok < a.tok_start \
            and _lw(doc)[a.action_tok] in ("threat", "threats") and a.tok_end < sent.tok_end \
            and _lw(doc)[a.tok_end] in _MOOD_VERBS:
        return []  # "as the threat of tariffs grew": a mood, not a threat made
    if _ANALYST_VIEW.match(sent.text):
        return []  # "Analysts cautioned that the meeting might produce a pause": a forecast, not an event
    if _judged_or_effect(doc, sent, a):
        return []  # "imposing the duties would be short-sighted", "warned the tariffs would hurt airlines"
    if a.instrument == "tariff" and _TOTAL_BEFORE.search(_text(doc)[max(sent.start, doc[a.tok_start].idx - 25):
                                                                   doc[a.tok_start].idx]) \
            and _TOTAL_AFTER.match(_text(doc)[doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1]):]):
        return []  # "the total levy on Chinese goods stood at 145%": the measures told, summed (ANNOTATION.md)
    if modality == "reported" and a.instrument not in SYMMETRIC:
        return []  # "warned that tariff announcements had raised uncertainty": not a measure
    # a wider window for parties: the whole sentence when the clause names none
    parties = _parties(doc, sent, kb, lo, hi)
    if not parties:
        parties = _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
    if _in_ruling_complement(doc, sent, a, anchors):
        return []  # "the WTO ruled that the U.S. could impose tariffs": the ruling is the event
    stop = _next_measure(a, anchors)
    actors, targets = _actor_target(doc, sent, a, parties, lo, hi, stop)
    pronoun = _pronoun_subject(doc, sent, a, parties)
    if pronoun and a.instrument not in SYMMETRIC:
        # "It also restricted sales of ...": the government of the sentence before, found later
        actors = []
    if not actors and lo > sent.tok_start and a.instrument not in SYMMETRIC and not pronoun:
        # "China said it would never fire the first shot but would be forced to fight back": the
        # subject told before the clause
        early = [p for p in _parties(doc, sent, kb, sent.tok_start, lo)]
        early_actors, _ = _actor_target(doc, sent, a, early, sent.tok_start, lo)
        actors = [c for c in early_actors if c not in targets][:1]
    if a.cues[:1] in (["retaliate"], ["retaliates"]) and not targets:
        # "ready to retaliate if Washington went ahead": the country whose move would be answered
        targets = [p.code for p in parties if p.tok > a.tok_start and p.code not in actors][:1]
    if not targets and actors and a.instrument not in SYMMETRIC and (
            _ANSWER.search(sent.text) or a.instrument in ("investment_restriction", "entity_list", "sanction")):
        # "he would speak with his U.S. counterparts and the bloc was preparing countermeasures":
        # an answer is aimed at the one other government the sentence names
        others = _dedupe([p.code for p in _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
                          if p.code != actors[0]])
        if len(others) == 1:
            targets = others
    goods = _goods_in(doc, sent, *_segment(doc, sent, a, lo, hi), a, kb)
    subject = _subjects(goods)
    if "shipping" in subject and "shipping" in a.cues and a.instrument == "export_control":
        subject = tuple(x for x in subject if x != "shipping")  # "stop shipping chips": the verb, not the sector
    if a.instrument == "investment_restriction" and not targets:
        # "investments in Chinese companies": the country whose firms receive the money
        for m in sent.mentions:
            if (m.label == "COUNTRY" and m.token_start > a.tok_start and m.token_end < hi
                    and _lw(doc)[m.token_end] in _FIRM_NOUNS and _lw(doc)[m.token_start - 1] in ("in", "into")):
                targets = [m.key]
                break
    if a.instrument == "other" and _lw(doc)[a.tok_end - 1] in ("investigation", "probe", "inquiry", "review") \
            and a.tok_end < hi and _lw(doc)[a.tok_end] in ("into", "of", "on", "against"):
        firm = next((m for m in sent.mentions if m.label == "COMPANY" and m.token_start == a.tok_end + 1), None)
        company = kb.company_by_name.get(firm.key) if firm is not None else None
        country = next((m for m in sent.mentions if m.label == "COUNTRY" and m.token_start == a.tok_end + 1
                        and _lw(doc)[m.token_end] in ("'s", "’s", "'")), None)
        if company is not None and company.country:
            targets = [company.country]  # "an antitrust investigation into Qualcomm": the firm's country
        elif country is not None and country.key not in actors:
            targets = [country.key]  # "a probe into Canada's restrictions": the country whose measures
    if a.instrument == "other" and not targets and _lw(doc)[a.tok_end - 1] in _INQUIRY:
        probed = _probed_country(doc, sent, a)
        if probed is not None and probed not in actors:
            targets = [probed]
    if a.instrument in _COMPANY_TARGETED:
        firms = _firms_after(doc, sent, a, lo, min(hi, stop) if stop is not None else hi, kb)
        if not firms and a.instrument in ("entity_list", "export_control"):
            # "ZTE cleared to resume business as US lifts export ban", "curbs on Huawei ..., adding 38
            # of its affiliates to a blacklist": the firm named before the measure, in its clause
            by_name = _index(kb)["company"]
            firms = [by_name[m.key] for m in sent.mentions if m.label == "COMPANY" and lo <= m.token_start
                     < a.tok_start and m.key in by_name and by_name[m.key].country not in (None, *actors[:1])]
        if not firms and _THE_FIRM.search(_text(doc)[doc[a.tok_start].idx:sent.end]):
            # "ordered operators to stop buying the company's products": the firm told last before
            last = doc.user_data.get("last_company")
            firm = _index(kb)["company"].get(last) if last else None
            firms = [firm] if firm is not None and firm.country not in (None, *actors[:1]) else []
        if firms:
            # "ByteDance and Tencent, the Chinese owners of TikTok and WeChat": a subsidiary told
            # beside its parent is the parent's
            firms = [c for c in firms if not (c.parent and any(f.name == c.parent for f in firms))] or firms
            if not targets or set(targets) <= set(actors[:1]):
                # "allowing Huawei to buy American goods": the actor's own goods name no target
                targets = _dedupe([c.country for c in firms if c.country]) or targets
            if a.instrument in ("entity_list", "sanction"):
                # the listed firms' sectors (ANNOTATION.md: "telecom", "defense"), beside goods named in
                # the clause ("drone maker DJI"); a consumer-goods firm gives no sector
                sectors = _dedupe_t(base_subject(kb, g) for c in firms for g in c.sells[:1])
                subject = _dedupe_t([*subject, *(x for x in sectors if x not in _GENERIC_SECTORS)])
            elif a.instrument == "import_restriction" and not subject or (
                    a.instrument == "export_control" and subject in ((), ("all_goods",))):
                # controls on a firm take its sector; a licence for one firm covers its trade, not "all goods"
                subject = _dedupe_t(base_subject(kb, g) for c in firms for g in c.sells[:1]) or subject
            elif a.instrument in ("entity_list", "sanction"):
                # "added ... SMIC and drone maker DJI": the listed firms' sectors beside the goods named
                subject = _dedupe_t([*(base_subject(kb, g) for c in firms for g in c.sells[:1]), *subject])
    if a.instrument == "leader_call" and not _leaders_in(sent, kb):
        a = replace(a, instrument="talks", action="negotiate")  # officials on the phone are talks
    if a.instrument == "legal_ruling" and a.action == "announce":
        challenged = _against(doc, sent, kb, parties, a)
        if challenged:
            targets = [challenged]
    if a.instrument == "legal_ruling" and a.action == "rule" and not _igo_in(sent, kb, lo, hi):
        # a national court ruling on its own government's measures has no foreign target
        targets = [t for t in targets if _against(doc, sent, kb, parties, a) == t]
        if not subject and re.search(r"\b(tariffs?|duties|levies)\b", sent.text.lower()):
            subject = ("all_goods",)
    if a.instrument == "legal_ruling" and a.action == "rule" and not subject:
        # "a WTO case over American support for Boeing", "found tax breaks for Boeing were illegal": the
        # sector of the firms the ruling is about
        by_name = kb.company_by_name
        firms = [by_name[m.key] for m in sent.mentions if m.label == "COMPANY" and m.key in by_name]
        subject = _dedupe_t(base_subject(kb, g) for c in firms for g in c.sells[:1])
    if a.instrument == "legal_ruling" and a.action == "rule" and _igo_in(sent, kb, lo, hi):
        # a WTO ruling: no country is the actor; the target is the country the ruling hits
        codes = _dedupe(targets + actors[::-1])
        hit, firm = _ruled_against(doc, sent, a, kb, hi)
        actors, targets = [], [hit] if hit else codes[-1:] if codes else []
        if not subject and firm is not None:
            subject = _dedupe_t(base_subject(kb, g) for g in firm.sells[:1])  # the firm's trade
        a.cues.append("igo")
    low_sent = sent.text.lower()
    if not subject and (a.instrument == "agreement" and "purchase" not in a.cues and _deal_on_all_goods(doc, sent)
                        or a.instrument == "tariff" and "each other" in low_sent
                        and not _part_of_goods(doc, sent, sent.start + low_sent.index("each other"))):
        subject = ("all_goods",)  # a trade deal, or tariffs two countries put on each other's goods
    rates = _rates_for(doc, sent, a, lo, hi) if a.instrument in ("tariff", "other") else []
    rate_goods = _pair_rates_goods(rates, goods, _text(doc))
    rel = _relative_participle(doc, sent, a, hi)
    exclude = None
    if rel is not None:
        rel_tok, rel_end = rel
        exclude = (doc[rel_tok].idx, doc[rel_end - 1].idx + len(doc[rel_end - 1]))
    date = _pick_date(doc, sent, a, anchors, reference, exclude)
    talks_hi = min([b.tok_start for b in anchors if b.instrument == "talks" and b.tok_start > a.tok_end] + [hi])
    if a.instrument == "talks" and modality is None \
            and _TALKS_PLANNED.search(_text(doc)[doc[lo].idx:doc[max(lo, talks_hi - 1)].idx + 1]):
        # (up to the next talks told in the clause: "spoke by phone ... and agreed to talk again")
        modality = "talks_planned"
    status = _status(a.action or "", a.instrument, modality, a.cues)
    action = a.action or ""
    if modality == "formal_proposal" and a.instrument not in SYMMETRIC:
        action = "announce"  # ANNOTATION.md: formal proposals are "announce"
    if status == "threatened" and action not in ("threaten",) and a.instrument not in SYMMETRIC:
        action = "threaten"
    ev_span = _evidence_span(doc, sent, a, lo, hi, [])
    duration = _duration(sent, doc, a) if action in ("suspend", "defer", "extend") else None
    location = _location(doc, sent, a, lo, hi) if a.instrument in ("talks", "agreement") else None
    cues = [*a.cues, *mcues] + (["pronoun subject"] if pronoun else [])
    if pronoun and a.instrument not in SYMMETRIC and "they" in _lw(doc)[sent.tok_start:a.tok_start]:
        cues.append("pronoun they")
    if a.instrument == "tariff" and not subject and _valued_list(doc, a, hi):
        cues.append("by value")  # "on $200 billion of Chinese goods": a part, told by its value
    low = sent.text.lower()
    each_other = "each other" in low or "one another" in low or "respectively" in low and not rate_goods
    if (a.instrument not in SYMMETRIC and not actors and len(_dedupe([p.code for p in parties])) < 2
            and _BOTH_SIDES.search(_text(doc)[sent.start:doc[a.tok_start].idx])):
        cues.append("both sides")  # "the two sides will suspend the port fees": each side's on the other
        if not subject and a.instrument == "tariff" and not _valued_list(doc, a, hi):
            subject = ("all_goods",)  # "the two sides agreed to cut their tariffs": on each other's goods
    out: list[Draft] = []

    def draft(actor: str | None, target: str | None, rate: Quantity | None, ex_a: bool, ex_t: bool) -> Draft:
        return Draft(actor, target, a.instrument, action, subject, rate, duration, date, status, ev_span, sent,
                     cues, ex_a, ex_t, location)

    if rel is not None and action not in ("impose", "threaten") and a.instrument not in SYMMETRIC:
        out.extend(_background(doc, sent, a, rel, parties, actors, targets, subject, rates, kb, draft))
    if a.instrument in SYMMETRIC:
        codes = _dedupe(actors + targets)
        actor = codes[0] if codes else None
        target = codes[1] if len(codes) > 1 else None
        if len(codes) > 2 and _lw(doc)[a.tok_end - 1] in ("agreements", "deals", "accords", "pacts") \
                and a.tok_end < hi and _lw(doc)[a.tok_end] == "with":
            # "announced agreements with Indonesia and the Philippines": one deal with each partner
            partners = [p.code for p in parties if p.tok > a.tok_end and p.code != actor]
            for t in _dedupe(partners) or [target]:
                out.append(draft(actor, t, None, actor is not None, t is not None))
            return out
        out.append(draft(actor, target, None, actor is not None, target is not None))
        return out
    mutual = _mutual_owners(doc, sent, a)
    if mutual is not None:
        # "the U.S. and Chinese tariffs took effect": each side's measure on the other
        for k in range(2):
            out.append(draft(mutual[k], mutual[1 - k], None, True, True))
        return out
    joint = _coordinated_subject(doc, a, parties)
    if joint is not None and not [t for t in targets if t not in joint] and any(
            _lw(doc)[k] in ("agreed", "agree", "agrees", "pledged", "committed", "decided")
            for k in range(sent.tok_start, a.tok_start)):
        # "the United States and the EU agreed to suspend tariffs": each side's on the other
        for k in range(2):
            out.append(draft(joint[k], joint[1 - k], None, True, True))
        return out
    if each_other:
        sent_codes = _dedupe([p.code for p in parties])
        if len(sent_codes) >= 2:
            pair = sent_codes[:2]
            for k in range(2):
                rate = rates[k] if len(rates) >= 2 else None
                out.append(draft(pair[k], pair[1 - k], rate, True, True))
            return out
    actor = actors[0] if actors else None
    if rate_goods and len(targets) <= 1:
        target = targets[0] if targets else None
        for rate, subj in rate_goods:
            d = draft(actor, target, rate, actor is not None, target is not None)
            out.append(replace(d, subject=subj or subject))
        return out
    if len(rates) == 2 and _EXCEPT_RATE.search(_text(doc)[rates[0].end:rates[1].start]):
        # "25% tariffs on imports from Mexico and Canada, with a lower 10% rate on Canadian energy": the
        # first rate on all the goods of every target, the second on the goods named after it
        hi_char = doc[hi - 1].idx + len(doc[hi - 1])
        late = [_Good(m.token_start, base_subject(kb, m.key), m.key, m.start) for m in sent.mentions
                if m.label == "GOOD" and rates[1].end < m.start < min(hi_char, rates[1].end + 40)]
        if late:
            early = [g for g in goods if g.char < rates[1].start] or _country_goods(doc, sent, lo, hi, a)
            named = [m.key for m in sent.mentions if m.label == "COUNTRY" and rates[1].end < m.start < late[-1].char]
            for target in [t for t in targets if t != actor] or [None]:
                d = draft(actor, target, rates[0], actor is not None, target is not None)
                out.append(replace(d, subject=_subjects(early) or subject))
            for target in [t for t in named if t in targets] or [t for t in targets if t != actor] or [None]:
                d = draft(actor, target, rates[1], actor is not None, target is not None)
                out.append(replace(d, subject=_subjects(late)))
            return out
    if len(rates) >= 2 and len(targets) >= 2:
        for rate, target in zip(rates, targets, strict=False):
            out.append(draft(actor, target, rate, actor is not None, True))
        return out
    span = _goods_range(doc, sent, a, kb)
    if a.instrument == "tariff" and span is not None and actor in span and not rates:
        # "a suspension of tariffs on $11.5 billion of goods, from French wine to American tractors":
        # the goods of both sides, so each side's tariffs on the other's
        for k in range(2):
            out.append(draft(span[k], span[1 - k], None, True, True))
        return out
    tlist = [t for t in targets if t != actor] or [None]
    rlist: list[Quantity | None] = list(rates) or [None]
    for target in tlist:
        for k, rate in enumerate(rlist):
            d = draft(actor, target, rate, actor is not None, target is not None)
            if k and rate is not None and action in ("impose", "announce") \
                    and _RISE_TO.search(_text(doc)[max(sent.start, rate.start - 25):rate.start]):
                # "the duties will start at 10% and rise to 25% on January 1": the second rate raises
                d = replace(d, action="raise", cues=[*cues, "rise to"])
            out.append(d)
    return out


_RISE_TO = re.compile(r"\b(?:rise|rises|rising|climb|climbs|climbing|increase|increases|increasing|go up|going up|"
                      r"jump|jumps|jumping)\s+to\s+$", re.I)


_BOTH_SIDES = re.compile(r"\b(?:the two|both) (?:sides|countries|governments|nations|economies|powers)\b", re.I)
_COMPANY_TARGETED = {"entity_list", "sanction", "export_control", "import_restriction", "investment_restriction"}


_GENERIC_SECTORS = {"all_goods", "industrial_goods", "agricultural_products"}


def _dedupe_t(items) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(dict.fromkeys(x for x in items if x))


def _firms_after(doc, sent: Sentence, a: Anchor, lo: int, hi: int, kb: KnowledgeBase) -> list:  # type: ignore[no-untyped-def, type-arg]
    """Companies the measure is aimed at: named in the clause after the verb (or after the
    instrument when the verb comes later)."""
    start = min(a.tok_start, a.action_tok if a.action_tok is not None else a.tok_start)
    by_name = kb.company_by_name
    out = []
    for m in sent.mentions:
        if m.label == "COMPANY" and start < m.token_start < hi and m.key in by_name:
            out.append(by_name[m.key])
    return out


def _against(doc, sent: Sentence, kb: KnowledgeBase, parties: list[Party], a: Anchor) -> str | None:  # type: ignore[no-untyped-def]
    """The country whose measure a case is against: "a lawsuit against the new U.S. tariffs"."""
    for p in parties:
        window = [_lw(doc)[k] for k in range(max(sent.tok_start, p.tok - 3), p.tok)]
        if "against" in window or "challenged" in window or "challenging" in window:
            return p.code
    return None


def _ruled_against(doc, sent: Sentence, a: Anchor, kb: KnowledgeBase, hi: int):  # type: ignore[no-untyped-def]
    """Whom a WTO ruling goes against, told after it: the country whose goods it lets be taxed
    ("ruled that Washington could target $7.5bn of European goods"), else the country of the firm
    whose support it condemns ("a ruling that found tax breaks for Boeing were illegal"), with
    that firm."""
    after = _parties(doc, sent, kb, a.tok_end, sent.tok_end)
    hit = next((p.code for p in after if _origin_of_goods(doc, sent, p)), None)
    if hit is not None:
        return hit, None
    by_name = _index(kb)["company"]
    for m in sent.mentions:
        if m.label == "COMPANY" and a.tok_end <= m.token_start < hi and m.key in by_name \
                and by_name[m.key].country:
            return by_name[m.key].country, by_name[m.key]
    return None, None


_PROBED = {"tax", "taxes", "levy", "levies", "tariff", "tariffs", "duties", "subsidy", "subsidies", "restrictions",
           "rules", "practices", "policy", "policies", "measures", "ban", "dumping", "exports", "imports", "support",
           "program", "programme", "programs", "programmes", "aid", "loans", "credits", "regime"}


def _probed_country(doc, sent: Sentence, a: Anchor) -> str | None:  # type: ignore[no-untyped-def]
    """The country whose measure an investigation is about, named by a possessive after it: "an
    investigation ... by finding that France's 3 percent levy on digital revenue ..."."""
    lw = _lw(doc)
    for m in sent.mentions:
        if m.label != "COUNTRY" or m.token_start < a.tok_end or m.token_end >= sent.tok_end:
            continue
        if lw[m.token_end] in ("'s", "’s") and any(
                w in _PROBED for w in lw[m.token_end + 1:min(m.token_end + 6, sent.tok_end)]):
            return m.key
    return None


def _leaders_in(sent: Sentence, kb: KnowledgeBase) -> bool:
    offices = _index(kb)["office"]
    people = _index(kb)["person"]
    for m in sent.mentions:
        if m.label == "OFFICE":
            o = offices.get(m.key)
            if o and o.kind in ("head_of_state", "head_of_government"):
                return True
        if m.label == "PERSON":
            p = people.get(m.key)
            if p and p.role and offices.get(p.role) and offices[p.role].kind in ("head_of_state", "head_of_government"):
                return True
    return bool(_LEADER_WORD.search(sent.text))


def _igo_in(sent: Sentence, kb: KnowledgeBase, lo: int, hi: int) -> bool:
    orgs = _index(kb)["org"]
    for m in sent.mentions:
        if m.label == "ORG" and lo <= m.token_start < hi:
            o = orgs.get(m.key)
            if o and o.kind == "igo":
                return True
    return " wto " in f" {sent.text.lower()} " or "world trade organization" in sent.text.lower()


def _in_ruling_complement(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> bool:  # type: ignore[no-untyped-def]
    if a.instrument == "legal_ruling":
        return False
    for b in anchors:
        if b.instrument == "legal_ruling" and b.action in ("rule",) and b.tok_start < a.tok_start:
            between = " ".join(t.lower_ for t in doc[b.tok_start:a.tok_start])
            if re.search(r"\b(that|allowing|allowed|authori[sz]ing|authori[sz]ed|to)\b", between):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# step 4: fill from context, merge, finish


def _dyad(document: Document) -> list[str]:
    counts = Counter(m.key for m in document.mentions if m.label == "COUNTRY"
                     and not _place_in_name(document.doc, m))
    return [c for c, _ in counts.most_common(2)]


_GLOBAL = re.compile(r"\b(all (?:trading partners|countries|(?:[\w.]+ )?imports|foreign)|every country|worldwide|global(?:ly)?|"
                     r"imported|all nations|most countries|almost every country|trading partners|"
                     r"from everywhere|universal|baseline|reciprocal)\b", re.I)


def _lone_party_before(doc, document: Document, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                       wanted: set[int]) -> dict[int, str]:
    """For each sentence of ``wanted``, the one government the sentence before it (in the same
    paragraph) names, when it names exactly one: "China's Ministry of Commerce unveiled rules on
    Thursday. Foreign companies will need approval from Dec. 1 to export ...": whose rule the second
    sentence tells."""
    text = document.text
    out: dict[int, str] = {}
    prev: Sentence | None = None
    for s in document.sentences:
        if (s.index in wanted and prev is not None and not prev.headline
                and "\n" not in text[prev.end:s.start]):
            codes = {p.code for p in _parties(doc, prev, kb, prev.tok_start, prev.tok_end)}
            if len(codes) == 1:
                out[s.index] = codes.pop()
        prev = s
    return out


def _antecedent(d: Draft, drafts: list[Draft], lone_before: dict[int, str]) -> tuple[str | None, str | None]:
    """Who "it" is in "It also restricted ...": the one government the sentence before names, else
    the actor of the first event with a named actor in the nearest of the two sentences before.
    A measure told as "also" taken by it, naming no target, falls on that event's target."""
    if d.sentence.index in lone_before and lone_before[d.sentence.index] != d.target:
        return lone_before[d.sentence.index], d.target
    for back in (1, 2):
        prev = next((x for x in drafts if x.sentence.index == d.sentence.index - back
                     and x.explicit_actor and x.actor), None)
        if prev is not None:
            if prev.actor == d.target:
                return None, d.target
            also = d.target is None and re.search(r"\balso\b", d.sentence.text, re.I)
            return prev.actor, prev.target if also and prev.explicit_target else d.target
    return None, d.target


def _governments(document: Document, kb: KnowledgeBase) -> list[str]:
    """The two governments the story names most, by country, capital, official or agency."""
    doc = document.doc
    counts = Counter(p.code for s in document.sentences for p in _parties(doc, s, kb, s.tok_start, s.tok_end))
    return [c for c, _ in counts.most_common(2)]


def _fill_parties(drafts: list[Draft], document: Document, lone_before: dict[int, str],
                  kb: KnowledgeBase | None = None) -> list[Draft]:
    dyad = _dyad(document)
    pair: list[str] | None = None
    seen_actor: dict[tuple[str, tuple[str, ...]], str] = {}
    seen_instr: dict[str, str] = {}
    for d in drafts:
        if d.actor and d.explicit_actor:
            for s in d.subject or ("",):
                seen_actor.setdefault((d.instrument, (s,)), d.actor)
    told_targets: dict[tuple[str, str], set[str]] = {}
    for d in drafts:
        if d.actor and d.target and d.explicit_actor and d.explicit_target and not d.sentence.headline:
            told_targets.setdefault((d.actor, d.instrument), set()).add(d.target)
    acting = Counter(d.actor for d in drafts if d.actor and d.explicit_actor and d.instrument in _MEASURES)
    main_actor = acting.most_common(1)[0][0] if acting else None
    out: list[Draft] = []
    for d in drafts:
        actor, target = d.actor, d.target
        if "both sides" in d.cues and actor is None and len(dyad) == 2:
            # the two countries of the story, each on the other
            out.extend(replace(d, actor=dyad[k], target=dyad[1 - k]) for k in range(2))
            continue
        if actor and d.explicit_actor:
            seen_instr[d.instrument] = actor  # the most recent explicit actor of this instrument
        if "igo" in d.cues:
            pass
        elif d.instrument in SYMMETRIC:
            if target is None and "pronoun subject" in d.cues:
                # "He spoke by phone with Mexico's president": "he" is the other party
                other, _ = _antecedent(replace(d, target=actor), drafts, lone_before)
                if other is not None and other != actor:
                    actor, target = other, actor
            if kb is not None and _BOTH_SIDES.search(d.sentence.text):
                # "the agreement showed the two sides could work together": the story's two
                # governments, counted by every way the text names them
                if pair is None:
                    pair = _governments(document, kb)
                if len(pair) == 2 and {actor, target} != set(pair) and (actor in pair or target in pair):
                    actor, target = pair[0], pair[1]
            if actor is None and len(dyad) == 2:
                actor, target = dyad[0], dyad[1]
            elif target is None and actor in dyad and len(dyad) == 2:
                target = dyad[1] if actor == dyad[0] else dyad[0]
        else:
            if actor is None and target is None and "pronoun they" in d.cues:
                # "The US and China met in Geneva. They agreed to cut their tariffs": each side's on
                # the other
                met = next((x for x in drafts if d.sentence.index - 2 <= x.sentence.index < d.sentence.index
                            and x.instrument in SYMMETRIC and x.actor and x.target), None)
                if met is not None:
                    out.extend(replace(d, actor=c, target=o, explicit_actor=False)
                               for c, o in ((met.actor, met.target), (met.target, met.actor)))
                    continue
            if actor is None and "pronoun subject" in d.cues:
                actor, target = _antecedent(d, drafts, lone_before)
            if actor is None:
                for s in d.subject or ("",):
                    if (d.instrument, (s,)) in seen_actor:
                        actor = seen_actor[(d.instrument, (s,))]
                        break
            if (actor is None and d.sentence.index in lone_before
                    and lone_before[d.sentence.index] != target):
                actor = lone_before[d.sentence.index]  # the government the sentence before names
            if actor is None and target and target in dyad and len(dyad) == 2:
                other = dyad[1] if target == dyad[0] else dyad[0]
                if not any(x.target == other and x.sentence is d.sentence and x.evidence == d.evidence
                           for x in drafts):
                    actor = other  # (not when both are hit: "Mexico and Canada were exempted")
            if actor is None and d.instrument in seen_instr:
                actor = seen_instr[d.instrument]
            retaliation = bool(re.search(r"retaliat|in response|hit back|hits back|countermeasure|in kind|tit-for-tat",
                                         d.sentence.text.lower()))
            global_measure = bool(_GLOBAL.search(d.sentence.text))
            if (target is None and actor in dyad and len(dyad) == 2 and not global_measure
                    and (d.status in ("under_negotiation", "proposed") and "proposing to" not in d.cues
                         or retaliation
                         or d.action in ("suspend", "lower", "ease", "defer", "resume")
                         and {m.key for m in d.sentence.mentions if m.label == "COUNTRY"} <= {actor}
                         or d.instrument == "other" and d.action == "threaten"
                         or d.instrument == "tariff" and bool(_LETTER.search(d.sentence.text)))):
                # a bargaining item, a retaliation, a vague counter-threat or a tariff letter is aimed at
                # the other country of the story; other measures whose text names no target keep none
                # (ANNOTATION.md: "one whose text names no target has target: null")
                target = dyad[1] if actor == dyad[0] else dyad[0]
            if (target is None and actor is not None and actor not in dyad and main_actor not in (None, actor)
                    and not global_measure and _COUNTER.search(d.sentence.text)):
                # "the EU put its counter-tariffs on hold" in a story of US tariffs: counter-measures
                # answer the government whose measures the story tells most
                target = main_actor
            if target is None and actor is not None and not global_measure:
                told = told_targets.get((actor, d.instrument))
                if told is not None and len(told) == 1:
                    target = next(iter(told))
            if target is None and actor is not None and d.action == "announce" and d.instrument in (
                    "other", "legal_ruling") and not global_measure:
                # a probe or a WTO case naming no one: against the one country the actor's measures
                # hit in the story, else the one country whose measures hit the actor
                hit = set().union(*(told_targets.get((actor, i), set()) for i in _MEASURES))
                hitting = {x for (x, i), ts in told_targets.items() if actor in ts and i in _MEASURES}
                if len(hit) == 1:
                    target = next(iter(hit))
                elif not hit and len(hitting) == 1:
                    target = next(iter(hitting))
        if target in _EU_MEMBERS and d.sentence.headline and "EU" in dyad and actor != "EU":
            target = "EU"  # "US to hit French wine with tariffs" over a story of the EU: the Union's goods
        if actor is None and d.instrument != "legal_ruling":
            continue
        if target == actor and not d.explicit_actor and d.explicit_target and d.instrument not in SYMMETRIC \
                and len(dyad) == 2 and target in dyad:
            actor = dyad[1] if target == dyad[0] else dyad[0]  # "Korean cars would pay 15%": the other side levies it
        if target == actor:
            target = None
        if d.instrument in SYMMETRIC and target is None:
            continue  # talks, deals and calls take two parties ("the ECB meets next week" is not talks)
        out.append(replace(d, actor=actor, target=target))
    return out


def _paragraph_dates(document: Document) -> tuple[dict[int, DateMention], DateMention | None]:
    """For each sentence, the last resolved date told earlier in its paragraph; and the article's
    news day (the first day-precision date of the body)."""
    text = document.text
    out: dict[int, DateMention] = {}
    lead: DateMention | None = None
    current: DateMention | None = None
    prev_end = 0
    reference: str | None = None
    for s in document.sentences:
        if "\n" in text[prev_end:s.start]:
            current = None  # a new paragraph
        prev_end = s.end
        if current is not None:
            out[s.index] = current
        for d in s.dates:
            r = resolve_anchor(d, reference) if d.anchor_offset is not None else d
            if not r.value:
                continue
            if r.precision == "day" and not _start_of_state(text, s, r):
                reference = r.value
            if re.search(r"\bsince\b", r.text.lower()) or re.search(
                    r"\bsince\s*$", text[max(0, r.start - 7):r.start].lower()):
                continue
            if _dateline(text, r):
                continue  # "BUSAN, Oct. 31 --": when the story was filed, not when anything happened
            if _origin_date(text, s, r):
                continue  # "the controls it announced on Oct. 9": when a measure began, not the news
            if _ahead(r, document) or _effective_date(text, s.start, r) \
                    and not _took_effect(text[max(s.start, r.start - 22):r.start], r, document):
                continue  # "From Dec. 1, ...": when a rule bites, not when the paragraph's news happened
            current = r
            if lead is None and not s.headline and r.precision == "day" and not r.weak:
                lead = r
    return out, lead


_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'/-]+(?:,\s*[A-Za-z .]+)?,\s*$")


_ORIGIN_CLAUSE = re.compile(
    r"\b(?:tariffs?|duty|duties|levy|levies|surcharges?|surtax(?:es)?|controls?|restrictions?|rules?|curbs?|bans?|"
    r"fees?|measures?|limits?|sanctions?|countermeasures?|quotas?|exemptions?|probes?|investigations?|rate)\s+"
    r"(?:(?:on|of|against)\s+(?:[\w'’-]+\s+){1,3})?(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|already\s+|originally\s+|previously\s+|just\s+)?|(?:that|which)\s+(?:was|were|had been|has been|"
    r"have been)\s+(?:first\s+)?|(?:first|originally|previously)\s+|(?<=rate )(?=set\b))(?P<verb>[a-z]+)\b[^,;:]*$", re.I)


_ORIGIN_VERBS = _REL_VERBS | {"issued", "launched", "agreed", "reached", "struck"}


def _origin_date(text: str, s: Sentence, d: DateMention) -> bool:
    """A date inside a relative clause that tells when a measure began ("the port fees they began
    charging on Oct. 14", "rules first issued a year ago", "the tariff that was imposed in May")."""
    m = _ORIGIN_CLAUSE.search(text[max(s.start, d.start - 90):d.start])
    return bool(m and m.group("verb").lower() in _ORIGIN_VERBS)


def _origin_of_other(text: str, s: Sentence, d: DateMention, anchor_end: int) -> bool:
    """The date is the origin of a measure named after the anchor ("..., down from the 32 percent
    rate set in April"), not of the anchor's own event."""
    lo = max(s.start, d.start - 90)
    m = _ORIGIN_CLAUSE.search(text[lo:d.start])
    return bool(m and m.group("verb").lower() in _ORIGIN_VERBS and lo + m.start() > anchor_end
                and re.search(r"\b(?:down|up) from\b", text[anchor_end:lo + m.start()]))


def _start_of_state(text: str, s: Sentence, d: DateMention) -> bool:
    """A date that tells since when, or from when, something holds ("in force since July 4", "will
    need permits from Dec. 1", "the fees they began charging on Oct. 14"): not the day of the news
    that "a day after" or "three days later" count from."""
    before = text[max(s.start, d.start - 22):d.start]
    return bool(d.text.lower().startswith("since") or re.search(r"\bsince\s*$", before, re.I)
                or _effective_date(text, s.start, d) or _origin_date(text, s, d))


def _took_effect(before: str, d: DateMention, document: Document) -> bool:
    """"A surtax took effect on Tuesday": a start told in the past tense, in the days before
    publication, is the news of the day (not "the pact, which came into force on July 1, 2020")."""
    if document.published is None or not d.value or len(d.value) != 10:
        return False
    return bool(re.search(r"\b(?:took|came into|went into|kicked in)\b", before, re.I)) \
        and 0 <= (document.published - dt.date.fromisoformat(d.value)).days <= 14


def _ahead(d: DateMention, document: Document) -> bool:
    """A date after the publication date (a deadline or a start date, not the day of the news)."""
    if document.published is None or not d.value:
        return False
    return d.value[:len(d.value)] > document.published.isoformat()[:len(d.value)]


def _dateline(text: str, d: DateMention) -> bool:
    """A date in a dateline: a place in capitals before it and a dash after it."""
    return bool(re.match(r"\s*(?:--|—|–|-\s)", text[d.end:d.end + 4])
                and _DATELINE.search(text[max(0, d.start - 40):d.start]))


_STANDING_INTENT = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|long\s+|repeatedly\s+|already\s+|often\s+)?(?:said|threatened|warned|vowed|"
    r"floated|suggested|mulled|signalled|signaled|pledged|promised)\b|\b(?:is|are)\s+(?:also\s+|now\s+)?"
    r"(?:weighing|considering|mulling|eyeing|studying|exploring|contemplating)\b|\b(?:weighs|considers|mulls|"
    r"contemplates)\b", re.I)


def _context_dates(drafts: list[Draft], document: Document) -> list[Draft]:
    """An event its sentence does not date happened when the paragraph last said (news tells a
    paragraph from one point in time), or else on the article's news day."""
    para, lead = _paragraph_dates(document)
    out: list[Draft] = []
    for d in drafts:
        if d.date is None or not d.date.value:
            ctx = para.get(d.sentence.index)
            if d.status in ("threatened", "proposed") and _if_clause(document.text, d.sentence.start,
                                                                       d.evidence[0]) is not None:
                out.append(d)
                continue  # a pure hypothetical ("if the United States dropped its tariffs") has no date
            if d.status in ("threatened", "proposed") and (_STANDING_INTENT.search(
                    document.text[d.sentence.start:d.evidence[0] + 14]) or any(
                    m.kind == "vague" and 0 <= m.start - d.evidence[0] <= 80 for m in d.sentence.dates)):
                out.append(d)
                continue  # "has said he could ...", "weighs tariffs on cars", "in the next day or two": no day is told
            if ctx is None and (d.status in FACT_STATUS | {"threatened", "under_negotiation"}
                                or d.status == "proposed" and d.instrument in ("talks", "leader_call")):
                # planned talks are dated by the day they were announced
                ctx = lead
            if ctx is not None:
                d = replace(d, date=ctx, cues=[*d.cues, "date:context"])
        out.append(d)
    return out


def _inherit_dates(drafts: list[Draft], doc) -> list[Draft]:  # type: ignore[no-untyped-def]
    """Undated events take a date the article fixes elsewhere for the same occasion:
    - an event in a sentence naming a place where a dated meeting or deal happened
      ("the Geneva meeting, where ... agreed to a 90-day deferment") takes that date;
    - a measure under negotiation takes the date of the talks negotiating it."""
    place_dates: dict[str, DateMention] = {}
    for d in drafts:
        if d.instrument in ("agreement", "talks") and d.location and d.date is not None and d.date.value:
            place_dates.setdefault(d.location, d.date)
    talks_dates = {d.date.value for d in drafts if d.instrument == "talks" and d.date is not None and d.date.value}
    talks_date = next(d.date for d in drafts if d.instrument == "talks" and d.date is not None and d.date.value) \
        if len(talks_dates) == 1 else None
    out: list[Draft] = []
    for d in drafts:
        if d.date is None or not d.date.value:
            inherited = None
            for place, date in place_dates.items():
                if d.location and d.location != place:
                    continue  # "talks in London" that recall the truce reached in Geneva
                hit = re.search(r"\b" + re.escape(place) + r"\b", d.sentence.text)
                if hit and (d.instrument in SYMMETRIC or d.sentence.start + hit.start() < d.evidence[0]):
                    inherited = date
                    break
            if inherited is None and d.status == "under_negotiation" and d.instrument != "talks":
                inherited = talks_date
            if inherited is not None:
                d = replace(d, date=inherited, cues=[*d.cues, "date:inherited"])
        out.append(d)
    return out


def _key(d: Draft) -> tuple:  # type: ignore[type-arg]
    parties = tuple(sorted([d.actor or "", d.target or ""])) if d.instrument in SYMMETRIC else (d.actor, d.target)
    mag = (d.magnitude.value, d.magnitude.unit) if d.magnitude else None
    return (parties, d.instrument, d.action, mag)


_PARENT = {"rare_earth_magnets": "rare_earths", "rare_earths": "critical_minerals", "gallium": "critical_minerals",
           "germanium": "critical_minerals", "graphite": "critical_minerals", "antimony": "critical_minerals",
           "ai_chips": "semiconductors", "ev": "autos", "soybeans": "agricultural_products"}


def _lineage(subject: str) -> set[str]:
    out = {subject}
    while subject in _PARENT:
        subject = _PARENT[subject]
        out.add(subject)
    return out


def _related(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Subjects overlap, counting a good and its kind ("soybeans" and "farm goods") as the same."""
    la = set().union(*(_lineage(x) for x in a)) if a else set()
    lb = set().union(*(_lineage(x) for x in b)) if b else set()
    return bool(set(a) & lb or set(b) & la)


def _compatible_dates(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or not a.value or not b.value:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _better(a: Draft, b: Draft) -> Draft:
    """Of two restatements, the one to keep as the base (body over headline, then more detail)."""
    def score(d: Draft) -> tuple[int, int, int]:
        return (0 if d.sentence.headline else 1, int(d.date is not None and bool(d.date.value)),
                int(d.explicit_actor) + int(d.explicit_target))
    return a if score(a) >= score(b) else b


def _start_date_of(a: Draft, b: Draft) -> bool:
    """``a`` tells when the measure ``b`` announced takes effect: its date follows an effective-date
    phrase ("rules that will come into effect on Sep. 1") and is later than ``b``'s, in the next
    sentences. ANNOTATION.md dates a measure by its effective date when the text gives one."""
    if a.date is None or b.date is None or not a.date.value or not b.date.value:
        return False
    if "background" in b.cues:
        return False  # "the tariff that was imposed on Sept. 1": dated when it began, not announced
    if not 0 <= a.sentence.index - b.sentence.index <= 2 and not 0 <= b.sentence.index - a.sentence.index <= 2:
        return False
    sent = a.sentence
    if not sent.start <= a.date.start < sent.end:
        return False  # a date taken from elsewhere
    before = sent.text[max(0, a.date.start - sent.start - 40):a.date.start - sent.start]
    return bool(_EFFECTIVE_ANY.search(before)) and a.date.value > b.date.value


_EFFECTIVE_ANY = re.compile(r"\b(from|effective|starting|beginning|as of|take effect|takes effect|took effect|"
                            r"come into effect|comes into effect|came into effect|come into force|into force|"
                            r"kick in|kicks in|go into effect|goes into effect)\b[^.;]*$", re.I)


def _bare(d: Draft) -> bool:
    """A talks or deal noun that took its action by default, not from a verb of its own."""
    return d.instrument in SYMMETRIC and any(c in ("default:agree", "default:negotiate") for c in d.cues)


def _mark_lead_news(drafts: list[Draft], document: Document) -> list[Draft]:
    """Undated events of the first body sentence (the lead) carry the news day as a cue: "China
    banned exports of gallium to the US" is today's news, not the licences it "began requiring
    last year" told further down."""
    first = next((s.index for s in document.sentences if not s.headline), None)
    lead = _paragraph_dates(document)[1]
    if first is None or lead is None or not lead.value:
        return drafts
    return [replace(d, cues=[*d.cues, "news:" + lead.value])
            if d.sentence.index == first and (d.date is None or not d.date.value) else d for d in drafts]


def _news_vs_past(a: Draft, b: Draft) -> bool:
    """``a`` is an undated lead event and ``b`` is dated before the news day."""
    news = next((c[5:] for c in a.cues if c.startswith("news:")), None)
    return bool(news and a.instrument not in SYMMETRIC and (a.date is None or not a.date.value) and b.date is not None and b.date.value
                and b.date.value < news[:len(b.date.value)])


_MEETING_ENDS_IN = re.compile(r",\s*(?:where|at which|during which)\b|\b(?:ended|ending|ends) (?:in|with)\b", re.I)


def _merge(drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    # talks at a place where an agreement was reached are that agreement ("the Geneva meeting")
    deal_places = {d.location for d in drafts if d.instrument == "agreement" and d.location}
    drafts = [d for d in drafts if not (d.instrument == "talks" and d.location and d.location in deal_places)]
    # "the summit in Tokyo, where the two governments settled the dispute": a meeting ending in a deal is the deal
    drafts = [d for d in drafts if not (d.instrument == "talks" and any(
        m.instrument == "agreement" and m.sentence is d.sentence and {m.actor, m.target} == {d.actor, d.target}
        and m.evidence[0] > d.evidence[1] and _MEETING_ENDS_IN.search(
            d.sentence.text[d.evidence[1] - d.sentence.start:m.evidence[0] - d.sentence.start])
        for m in drafts))]
    for d in drafts:
        hit = None
        for i, m in enumerate(merged):
            same = _key(m) == _key(d)
            if not same and m.instrument == d.instrument and m.action == d.action and d.instrument not in SYMMETRIC:
                # the same measure restated without its target or rate
                dates_ok = (m.date is None or not m.date.value or d.date is None or not d.date.value
                            or m.date.value == d.date.value
                            or _start_date_of(m, d) or _start_date_of(d, m))
                if m.actor == d.actor and (m.target is None or d.target is None or m.target == d.target) and (
                    m.magnitude is None or d.magnitude is None or m.magnitude.value == d.magnitude.value
                ) and (_related(m.subject, d.subject) or not m.subject or not d.subject) and dates_ok:
                    same = True
            if same and d.instrument not in SYMMETRIC and m.subject and d.subject and not _related(m.subject, d.subject):
                if not (set(m.subject) <= {"all_goods"} or set(d.subject) <= {"all_goods"}):
                    same = False
            if same and (_news_vs_past(m, d) or _news_vs_past(d, m)):
                same = False  # the lead's news is not the earlier measure recalled later
            if same and m.instrument == "agreement" and ("purchase" in m.cues) != ("purchase" in d.cues):
                same = False  # a purchase commitment is told apart from the deal that contains it
            if same and m.instrument == "talks" and (m.status == "proposed") != (d.status == "proposed") \
                    and not _bare(m) and not _bare(d) and m.sentence is d.sentence:
                same = False  # "spoke by phone ... and agreed to talk again": talks held, and talks to come
            if same and (_compatible_dates(m.date, d.date) or _start_date_of(m, d) or _start_date_of(d, m)):
                hit = i
                break
        if hit is None:
            merged.append(d)
            continue
        m = merged[hit]
        base, other = (m, d) if _better(m, d) is m else (d, m)
        if _bare(base) and not _bare(other):
            base, other = other, base  # the telling with its own verb ("agreed on May 12") leads
        subject = tuple(dict.fromkeys([*base.subject, *other.subject]))
        if len(subject) > 1 and "all_goods" in subject:
            subject = tuple(s for s in subject if s != "all_goods")
        if subject == ("all_goods",) and any("by value" in x.cues and not x.subject for x in (base, other)):
            subject = ()  # "duties on Chinese imports" restated as "on $200 billion of Chinese goods"
        # both a good and its kind stay: the text named each
        merged[hit] = replace(
            base,
            target=base.target or other.target,
            magnitude=base.magnitude or other.magnitude,
            duration=base.duration or other.duration,
            date=(other.date if _start_date_of(other, base) else
                  base.date if base.date and base.date.value else other.date),
            status=other.status if _start_date_of(other, base) else base.status,
            subject=subject,
            explicit_target=base.explicit_target or other.explicit_target,
            cues=list(dict.fromkeys([*base.cues, *other.cues])),
            location=base.location or other.location,
        )
    return merged


def _confidence(d: Draft) -> float:
    c = 0.45
    c += 0.15 if d.explicit_actor else 0.0
    c += 0.1 if d.explicit_target or d.instrument in SYMMETRIC else 0.0
    c += 0.1 if d.date is not None and d.date.value else 0.0
    c += 0.1 if not any(x.startswith("default:") for x in d.cues) else 0.0
    c -= 0.1 if d.sentence.headline else 0.0
    return max(0.05, min(0.95, c))


def _after_publication(value: str | None, document: Document) -> bool | None:
    """Is a date later than the publication date (compared at the date's own precision)?
    ``None`` when either is unknown."""
    if not value or document.published is None:
        return None
    return value > document.published.isoformat()[:len(value)]


def _tense_status(d: Draft, date_value: str | None, document: Document) -> str:
    """The status the event's own date allows: a measure whose date (its start) is still to
    come on the day the article was published has been announced, not put in force
    ("the 25% duty applies from June 1" in a May piece)."""
    if d.status == "in_force" and _after_publication(date_value, document):
        return "announced"
    if d.status == "proposed" and d.instrument in ("talks", "leader_call") and _own_date(d) \
            and d.date is not None and d.date.start > d.evidence[0] \
            and _after_publication(date_value, document) is False and date_value != _published(document, date_value):
        # "the consensus from the phone call ... last Thursday": a meeting or call dated after its
        # own noun to a day before publication has been held, whatever modal the sentence carries
        return "concluded"
    return d.status


_PAUSE_WORDS = re.compile(r"\b(?:pause|paused|truce|suspension|suspending|suspended|reprieve|exemptions?|"
                          r"moratorium|deferral|exclusions?|waivers?|ceasefire)\b", re.I)


def _published(document: Document, value: str) -> str | None:
    return document.published.isoformat()[:len(value)] if document.published is not None else None


def _own_date(d: Draft) -> bool:
    """The event's date is told in its own sentence (not taken from context)."""
    return d.date is not None and d.sentence.start <= d.date.start < d.sentence.end


def _finish(d: Draft, document: Document, kb: KnowledgeBase) -> Event:
    text = document.text
    s, e = d.evidence
    strikes_down = d.action == "rule" and bool(re.search(
        r"struck down|strike down|illegal|unlawful|invalid|exceeded|overturn|blocked|block", d.sentence.text.lower()))
    date_value = d.date.value if d.date else None
    status = _tense_status(d, date_value, document)
    direction = _direction(d.action, status, d.instrument, strikes_down)
    if d.action == "extend" and ("pause prolonged" in d.cues or _PAUSE_WORDS.search(text[s:e])):
        direction = "de-escalation"  # "extending by 90 days a pause on higher tariffs": the pause goes on
    basis = None
    if date_value:
        window = text[max(0, d.date.start - 25):d.date.end + 5].lower() if d.date else ""
        if re.search(r"effective|take effect|took effect|takes effect|kick in|from|starting|as of", window):
            basis = "effective"
        elif d.instrument in ("talks", "leader_call") or d.status == "under_negotiation":
            basis = "reported"
        else:
            basis = "announced"
    mag = None
    if d.magnitude:
        mag = Magnitude(d.magnitude.text, d.magnitude.value, d.magnitude.unit)
    raw = "|".join([document.article.id, EXTRACTOR_VERSION, str(d.actor), str(d.target), d.instrument, d.action,
                    ",".join(d.subject), mag.text if mag else "", str(s)])
    eid = "ev_" + hashlib.sha256(raw.encode()).hexdigest()[:16]
    return Event(
        id=eid,
        actor=d.actor,
        target=d.target,
        instrument=d.instrument,
        action=d.action,
        subject=d.subject,
        magnitude=mag,
        event_date=date_value,
        date_basis=basis,
        status=status,
        direction=direction,
        evidence=Evidence(text[s:e], s, e),
        confidence=_confidence(d),
        codes=kb.codes_for(d.instrument, d.action, status),
        duration=d.duration,
        why=tuple(c for c in d.cues if not c.startswith("news:")),
    )
