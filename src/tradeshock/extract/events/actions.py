"""Step 2: one action per anchor: its own, else the nearest action word on its left within the clause,
else on its right."""

from __future__ import annotations

import re

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import YEAR_PATTERN
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.common import (
    _AUX,
    _CARRY_VERBS,
    _CLAUSE_BARRIERS,
    _COURT_WORDS,
    _FACE_VERBS,
    _HIT_BACK,
    _INQUIRY,
    _MEASURES,
    _OPEN_FORMS,
    _ORDER_WORDS,
    _RATE_RX,
    _SOUGHT,
    _SUBORDINATORS,
    _TAKES_EFFECT,
    _TARIFF_RX,
    _TOPIC_PREPS,
    _TRADE_FLOW_RX,
    EFFECT_PRESENT,
    EFFECT_VERBS,
    SYMMETRIC,
    _clause_bounds,
    _country_tokens,
    _goods_bearer,
    _lw,
    _text,
    effect_phrase,
)
from tradeshock.extract.events.goods import _rate_versus
from tradeshock.extract.events.parties import _MODIFIER_SKIP, _name_list_comma
from tradeshock.extract.events.records import Anchor
from tradeshock.extract.events.timing import _denied_noun

# a change told by a noun just after the measure ("tariff hike", "duty cuts")
_CHANGE_AFTER = {**dict.fromkeys(("hike", "hikes", "increase", "increases", "rise", "rises"), "raise"),
                 **dict.fromkeys(("cut", "cuts", "reduction", "reductions"), "lower")}

# verbs a deal takes for what it does to trade ("the pact opens", "the deal gives", "the accord allows")
# (not parties._GIVE: that has "extended", "denied", "promised", verbs a deal is told by, not terms it holds)
_DEAL_TERM_VERBS = _OPEN_FORMS | {"give", "gives", "gave", "grant", "grants", "granted", "allow", "allows", "allowed",
                                  "offer", "offers", "offered", "guarantee", "guarantees", "guaranteed"}
_STAGE_WORDS = {"the", "its", "their", "last", "final", "remaining", "first", "later", "further", "staged", "planned"}
# a rate brought to nothing after a verb of change ("go to zero", "rise to nil", "to 0 per cent")
_TO_NOTHING = re.compile(r"(?:\s+(?:down|gradually|eventually|steadily|progressively))?\s+to\s+(?:zero|nil|nothing|"
                         r"0(?:\.0+)?\s*(?:%|per ?cent|percent))\b", re.I)

_TALKS_START = {"began", "begin", "begins", "start", "started", "starts", "opened", "open", "opens", "launched",
                "launch", "held", "hold", "holds", "holding", "kicked", "continue", "continued"}

_MARKET_WORDS = {"points", "point", "dow", "nasdaq", "index", "indices", "shares", "stocks", "stock", "market",
                 "markets", "futures", "yields"}


_OPENING_VERBS = _OPEN_FORMS | {"launch", "launched", "launches", "launching", "began", "begun", "begin", "begins",
                                "started", "start", "starts", "initiated", "introduced"}


def _action_for(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    if not a.action:
        _choose_action(doc, sent, a, anchors)
    if a.instrument == "agreement" and a.action == "agree" and not _trade_pact(doc, sent, a):
        # "signed a treaty on defence cooperation", "brokered a ceasefire between Israel and Hamas": a
        # pact of no trade (the trade told in another clause is not its matter)
        a.action = None
        return
    if a.instrument == "tariff" and a.action in ("impose", "announce") and a.tok_end < sent.tok_end \
            and lw[a.tok_end] in _CHANGE_AFTER:
        # "announced a tariff hike on beef", "unveiled duty cuts": the noun after the measure tells the change
        a.action = _CHANGE_AFTER[lw[a.tok_end]]
        a.cues.append(lw[a.tok_end])
    if a.action == "impose" and a.instrument == "other" and a.action_tok is not None \
            and lw[a.action_tok] in _OPENING_VERBS and (lw[a.tok_end - 1] in _INQUIRY or (
                a.tok_end < sent.tok_end and lw[a.tok_end] in _INQUIRY)):
        a.action = "announce"  # "launched an anti-dumping probe": opening an investigation
    if a.instrument == "tariff" and a.action == "raise" and a.action_tok is not None and a.action_tok < a.tok_start \
            and a.tok_end < sent.tok_end and _CHANGE_AFTER.get(lw[a.tok_end]) == "lower":
        # "a share that will rise to 97% once the last tariff cuts are phased in": the noun after the
        # measure tells its change; what rises before it is something else (a share of goods)
        a.action, a.action_tok = "lower", a.tok_end
        a.cues.append(lw[a.tok_end])
        k = a.tok_start - 1
        while k > sent.tok_start and lw[k] in _STAGE_WORDS:
            k -= 1
        if lw[k] in ("once", "until", "till", "when", "after", "before"):
            a.action = None  # (a time clause: "once the last tariff cuts are phased in" tells when, no cut of its own)
    if a.instrument in ("tariff", "other") and a.action == "raise" and a.action_tok is not None \
            and _TO_NOTHING.match(_text(doc), doc[a.action_tok].idx + len(doc[a.action_tok].text)):
        # "duties on 95 per cent of items will go to zero", "the levy rises to nil": a rate brought to
        # nothing is removed
        a.action = "lower"
        a.cues.append("to zero")
    if a.action == "threaten" and a.action_tok is not None and lw[a.action_tok] in ("threat", "threats"):
        # "suspended his threat of 25% tariffs": what is paused is the threatened measure
        for k in range(a.action_tok - 1, max(sent.tok_start, a.action_tok - 4) - 1, -1):
            act = lx.ACTION_WORDS.get(lw[k])
            if act in ("suspend", "defer"):
                a.action, a.action_tok = act, k
                a.cues.append(lw[k])
                break
    if a.action in ("impose", "raise", "lower", "tighten", "ease", "announce") and a.action_tok is not None:
        gov = _governing_pause(doc, sent, a.action_tok)
        if gov is not None and gov[0] in lx.ALLOWED_ACTIONS[a.instrument] and not (
                gov[0] == "threaten" and a.action not in ("impose", "raise", "tighten")):
            # ("floated cutting tariffs" stays a cut, proposed)
            # "held off on raising the duties", "postponed imposing the curbs", "paused cutting tariffs":
            # the verb over the gerund tells what was done
            a.action, a.action_tok = gov
            a.cues.append(lw[gov[1]])
    if a.instrument == "talks" and a.action in (None, "negotiate"):
        k = _talks_broken_off(doc, sent, a)
        if k is not None:
            # "cut off trade talks with Ottawa", "was ending all discussions on trade", "the talks Trump
            # broke off": the talks stopped by one side
            a.action, a.action_tok = "suspend", k
            a.cues.append("talks broken off")
        else:
            k = _talks_taken_up(doc, sent, a)
            if k is not None:
                # "returned to the negotiating table", "stands ready to pick up the negotiations": talks
                # that had stopped start again
                a.action, a.action_tok = "resume", k
                a.cues.append("talks taken up again")
    if a.instrument in _MEASURES | {"other"} and a.action in ("impose", "raise", "tighten") \
            and a.action_tok is not None and a.action_tok - 3 >= sent.tok_start \
            and lw[a.action_tok - 1] == "to" and lw[a.action_tok - 2] in _PLAN_NOUNS:
        # "dropped its plan to impose duties", "abandoned a proposal to raise tariffs": called off
        k = a.action_tok - 3
        if k > sent.tok_start and lw[k] in _NOUN_DET:
            k -= 1
        if lw[k] in _CALL_OFF:
            a.action, a.action_tok = "suspend", k
            a.cues.append(lw[k])
    if a.instrument in _MEASURES | {"other"}:
        k = _not_going_ahead(doc, sent, a)
        if k is not None:
            # "will not go ahead with the 15% tariffs", "decided not to proceed with its planned
            # countermeasures": a measure called off
            a.action, a.action_tok = "suspend", k
            a.cues.append("not go ahead")
    if a.action == "impose" and a.action_tok is not None and lw[a.action_tok] in ("put", "puts", "putting",
                                                                                        "placed", "place"):
        # "put its first package of counter-tariffs, approved a day earlier, on hold": paused
        own_phrase = True  # no comma or "and" yet: still the phrase of the measure put
        for k in range(a.tok_end, min(sent.tok_end - 1, a.tok_end + 14)):
            if lw[k] in (";", ".") or lw[k] in _SUBORDINATORS:
                break
            if lw[k] in (",", "and", "but", "while"):
                own_phrase = False  # ("put 25% tariffs on steel in March, and said more curbs were on the table")
            if lw[k] == "on" and lw[k + 1] in ("hold", "ice"):
                a.action, a.action_tok = "suspend", k + 1
                a.cues.append("on hold")
                break
            if own_phrase and lw[k] == "on" and lw[k + 1] == "the" and k + 2 < sent.tok_end \
                    and lw[k + 2] == "table":
                # "put a 40% tariff on Swiss watches on the table", "put tariffs on the table": a measure
                # offered as a threat, not imposed; "put tariff cuts on US rice on the table", "put farm
                # tariffs on the table during the talks" (its own duties, no rate, no country hit, in talks):
                # a concession offered
                cut = any(lw[j] in _CUT_NOUNS for j in range(a.tok_start, a.tok_end + 1))
                hit = any(lw[j] in ("on", "against") and lw[j + 1] != "the" or doc[j].like_num
                          or lw[j] == "%" for j in range(a.action_tok + 1, k)) \
                    or k + 3 < sent.tok_end and lw[k + 3] == "against"  # ("on the table against Chinese steel")
                own = not hit and any(lw[j] in ("its", "their", "own") or doc[j].is_alpha
                                      and lw[j] not in _THREAT_MODIFIERS
                                      for j in range(a.action_tok + 1, a.tok_start)) and _in_talks(doc, sent)
                if cut or own:
                    a.action = "lower" if a.instrument == "tariff" else "ease"
                else:
                    a.action = "threaten"
                a.action_tok = k + 2
                a.cues.extend(["on the table"] if a.action == "threaten" else ["on the table", "offered"])
                break
    if a.action == "resume" and a.instrument in _CONTROLS | {"tariff"} and a.action_tok is not None \
            and lw[a.action_tok].startswith(("reinstat", "reimpos", "re-impos")):
        # "would reinstate the ban", "could reimpose the duty": a restriction put back is imposed again
        # (eval/README.md; resume is kept for restarting talks, purchases or supplies)
        a.action = "impose"
    if not a.action and a.instrument not in SYMMETRIC and _AND_NOUN.search(
            _text(doc)[max(sent.start, doc[a.tok_start].idx - 12):doc[a.tok_start].idx]):
        # "imposed tariffs on US coal and export controls on tungsten": a second measure sharing the verb
        prev = next((b for b in reversed(anchors) if b.tok_start < a.tok_start and b.action
                     and b.instrument not in SYMMETRIC and b.action in lx.ALLOWED_ACTIONS[a.instrument]), None)
        if prev is not None and prev.action_tok is not None and prev.action_tok < prev.tok_start:
            a.action, a.action_tok = prev.action, prev.action_tok
            a.cues.append("coordinated")
    if not a.action and a.instrument == "tariff" and (_AND_RATE.search(
            _text(doc)[max(sent.start, doc[a.tok_start].idx - 40):doc[a.tok_start].idx])
            or _and_rate_goods(doc, sent, a)):
        # "impose a 15% tariff on coal and a 10% tariff on crude oil": the second shares the verb
        prev = next((b for b in reversed(anchors) if b.tok_start < a.tok_start and b.instrument == a.instrument
                     and b.action), None)
        if prev is not None:
            a.action, a.action_tok = prev.action, prev.action_tok
            a.cues.append("coordinated")
    if a.action == "threaten" and a.instrument in _MEASURES and a.action_tok is not None \
            and lw[a.action_tok] in _DRAWN_UP and _WHICH_TAKES_EFFECT.match(
                _text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1].text), sent.end):
        a.action = "impose"  # "has drawn up restrictions on X, which come into force on 23 July": set to start
        a.cues.append("which takes effect")
    if a.instrument == "export_control" and a.action in ("extend", "ease", "resume") and a.action_tok is not None \
            and a.action_tok - 2 >= sent.tok_start and lw[a.action_tok - 1] == "to" \
            and lw[a.action_tok - 2] in _REFUSE:
        a.action = "tighten"  # "declined to renew an export licence": a licence withheld
        a.cues.append(lw[a.action_tok - 2])
    if a.action in ("ease", "lower", "suspend") and a.instrument in _CONTROLS | {"tariff"}:
        k = _relaxation_withdrawn(doc, sent, a)
        if k is not None:
            # "revoked the sanctions waivers", "will end the licence exemption", "withdrew the exemption
            # from the steel duties": the relief goes, the control or duty applies again (eval/README.md:
            # ending an exemption is impose, tighten accepted)
            a.action, a.action_tok = ("impose" if a.instrument == "tariff" else "tighten"), k
            a.cues.append("relaxation withdrawn")
    if a.instrument == "agreement" and a.action in (None, "negotiate") and _PURSUED.search(
            _text(doc), max(sent.start, doc[a.tok_start].idx - 60), doc[a.tok_start].idx):
        # "had been working towards a deal covering steel", "are seeking a trade agreement": a deal still
        # being negotiated is talks
        a.instrument, a.action = "talks", "negotiate"
        a.cues.append("deal pursued")
    if a.instrument == "tariff" and not a.action:
        k = _rate_settled_in_deal(doc, sent, a)
        if k is not None:
            # "has agreed to a 15 per cent tariff on most of its exports", "accepted a 20% levy", "the deal
            # caps US duties on Swiss goods at 15%": a rate a deal sets, below the one threatened
            a.action, a.action_tok = "lower", k
            a.cues.extend([lw[k], "rate settled in deal"])
    if a.instrument == "tariff":
        _relief_or_preference(doc, a, anchors)
    if a.instrument == "tariff" and a.action in ("impose", "raise") and a.tok_start > sent.tok_start \
            and lw[a.tok_start - 1] == "zero":
        a.action = "lower"  # "would charge zero tariffs on American goods": tariffs removed
        a.cues.append("zero")
    if a.instrument == "tariff" and a.action in ("lower", "raise") and a.action_tok is not None \
            and a.action_tok >= a.tok_end and lw[a.tok_end - 1] in ("rate", "rates") \
            and any(b.instrument == "tariff" and b.tok_start < a.tok_start for b in anchors):
        a.cues.append("rate step")  # "..., with the rate falling to 40%": a later step of a tariff told before
    if a.instrument == "legal_ruling" and a.action == "announce" and a.action_tok is not None \
            and _conditional_step(doc, sent, a):
        # "said it would bring the matter before the WTO if Washington raised tariffs": a case threatened
        a.action = "threaten"
        a.cues.append("conditional case")
    if a.instrument in ("talks", "agreement") and a.action == "agree" and a.action_tok is not None \
            and _deal_not_reached(doc, sent, a):
        # "failed to wrap up the talks", "are close to inking a deal", "talks wrapped up without a deal",
        # "wrapped up talks on tariffs": talks held, no deal made
        a.instrument, a.action = "talks", "negotiate"
        a.cues.append("no deal reached")
    if a.instrument == "agreement" and a.action == "agree" and a.action_tok is not None \
            and a.action_tok < a.tok_start and _denied_noun(doc, a):
        a.action = None  # "talks wrapped up without a deal": the deal named is the one not made
    if a.instrument == "talks" and a.action == "agree" and any(
            w in _TALK_ROUNDS for w in lw[max(sent.tok_start, a.tok_start - 4):a.tok_start]):
        a.action = "negotiate"  # "wrapped up a fourth round of talks", "concluded two days of talks": talks held
    if a.instrument == "talks" and a.action == "agree":
        # "concluded negotiations on a trade agreement", "wrapped up the talks": talks ended in a deal
        a.instrument = "agreement"
        a.cues.append("talks concluded")
    # announcing a deal is the deal; announcing talks is talks to come
    if a.instrument == "agreement" and a.action == "announce":
        a.action = "agree"
    elif a.instrument == "talks" and a.action == "announce":
        a.action = "negotiate"
    elif a.action == "suspend" and a.action_tok is not None and _prolonged_pause(doc, sent, a.action_tok):
        a.action = "extend"  # "will keep suspending the duties for another 90 days": the pause is prolonged
        a.cues.append("pause prolonged")
    elif a.instrument in _CONTROLS and a.action == "extend" and a.action_tok is not None:
        nxt = lw[a.tok_end] if a.tok_end < len(doc) else ""
        if nxt == "to" or (a.action_tok > a.tok_start and lw[a.action_tok + 1] == "to"):
            a.action = "tighten"  # "extended its blacklist to affiliates": widened


# a case named before the verb that brought it ("suspend the case it had brought against them at the WTO"):
# the verb tells the case's past, another verb tells what is done to it now
_CASE_NOUNS = {"case", "cases", "complaint", "complaints", "dispute", "disputes", "challenge", "challenges"}
_TALK_ROUNDS = {"round", "rounds", "day", "days", "session", "sessions", "week", "weeks", "hours"}
_PURSUED = re.compile(r"\b(?:work(?:s|ed|ing)?\s+(?:towards?|on)|push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|"
                      r"aim(?:s|ed|ing)?\s+for|hammering\s+out|clos(?:e|es|ing)\s+in\s+on|striv(?:e|es|ing)\s+for|"
                      r"pursu(?:e|es|ed|ing))\s+(?:an?|the|its|their|a\s+new|new)?\s*(?:[\w-]+\s+){0,2}$", re.I)
def _conditional_step(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A step told with "would"/"will"/"could" and an "if"/"unless" condition after it in its own clause
    (up to a ";", a "but" or a report: "will file a complaint, Carney said, adding that Ottawa would
    retaliate if ..." sets no condition on the filing)."""
    lw = _lw(doc)
    v = min(a.action_tok, a.tok_start)
    if not any(w in ("would", "will", "could") for w in lw[max(sent.tok_start, v - 3):v]):
        return False
    for w in lw[max(a.tok_end, a.action_tok + 1):sent.tok_end]:
        if w in ("if", "unless"):
            return True
        if w in _CLAUSE_BARRIERS or w in _REPORT_WORDS:
            return False
    return False


_REPORT_WORDS = {"said", "says", "say", "adding", "added", "saying", "told", "according", "noting", "noted"}


_TREATIES = {"treaty", "treaties"}
_PACT_MAKERS = {"brokered", "forged"}
# a trade word in a pact's own phrase: a tariff, trade, or the other matters of an economic pact
_TRADE_PACT = re.compile(rf"\b(?:{_TARIFF_RX}|{_TRADE_FLOW_RX}|free-trade|tax|investment|economic|commercial|market|"
                         r"purchases?)\b")


def _trade_pact(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A treaty, or a pact brokered or forged, is a trade deal only with a trade word in its own phrase: "a
    free-trade treaty", "a tax treaty", "brokered a trade truce" (not "the treaty of Versailles", "signed a
    treaty on defence cooperation", "brokered a ceasefire between Israel and Hamas"). Other deals pass."""
    lw = _lw(doc)
    maker = a.action_tok is not None and lw[a.action_tok] in _PACT_MAKERS
    if lw[a.tok_start] not in _TREATIES and not maker:
        return True
    lo = a.tok_start - 3
    if maker and a.action_tok < a.tok_start:
        lo = a.action_tok + 1
    lo = max(sent.tok_start, lo)
    hi = a.tok_end
    while hi < min(sent.tok_end, a.tok_end + 6) and lw[hi] not in (",", ";", ":", "as", "which", "while", "amid") \
            and lw[hi] not in _SUBORDINATORS:
        hi += 1
    return bool(_TRADE_PACT.search(" ".join(lw[lo:hi])))


_WRAP = {"wrap", "wraps", "wrapped", "wrapping"}
_FELL_SHORT = {"failed", "close", "closer", "near", "nearer"}  # (not "if they fail to reach a deal": a condition)
_NO_DEAL = re.compile(r"[^;.]{0,60}?\b(?:without|with\s+no|no)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?"
                      r"(?:deal|agreement|accord|pact|breakthrough)\b", re.I)


def _deal_not_reached(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A verb of agreeing that makes no deal: "failed to"/"close to" before it, "without a deal" after it,
    or "wrap up" said of talks that no deal noun follows ("wrapped up talks on tariffs": talks held;
    "wrapped up negotiations on a trade agreement": a deal)."""
    lw = _lw(doc)
    v = a.action_tok
    if lw[v] == "up" and v > sent.tok_start and lw[v - 1] in _WRAP:
        v -= 1
    if v - 2 >= sent.tok_start and lw[v - 1] == "to" and lw[v - 2] in _FELL_SHORT:
        return True
    if lw[v] not in _WRAP:
        return False
    if _NO_DEAL.match(_text(doc), doc[v].idx, sent.end):
        return True
    if a.instrument != "talks":
        return False
    return not (a.tok_end < sent.tok_end and lw[a.tok_end] in _TOPIC_PREPS and any(
        lx.INSTRUMENT_WORDS.get(w) == "agreement" for w in lw[a.tok_end + 1:min(sent.tok_end, a.tok_end + 5)]))


_ACCEPT_VERBS = {"agreed", "agrees", "agree", "agreeing", "accepted", "accepts", "accept", "accepting", "settled",
                 "settles", "settle"}
_CAP_VERBS = {"caps", "capped", "cap", "capping"}
_ACCEPTED_RATE = re.compile(r"(?:to\s+|on\s+|for\s+)?(?:an?\s+|the\s+)?(?:(?:flat|lower|reduced|baseline|single|"
                            r"blanket)\s+)?" + _RATE_RX + r"\s*(?:[\w-]+\s+){0,2}?$", re.I)
_CAPPED_AT = re.compile(r"[^;:]{0,80}?\bat\s+" + _RATE_RX, re.I)


def _rate_settled_in_deal(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """The verb of a rate agreed to or capped by a deal: "agreed to a 15% tariff", "accepted a flat 10
    percent duty", "caps tariffs on its goods at 15 per cent" (the verb's token)."""
    lw = _lw(doc)
    text = _text(doc)
    for k in range(a.tok_start - 1, max(sent.tok_start, a.tok_start - 9) - 1, -1):
        if lw[k] in _ACCEPT_VERBS and _ACCEPTED_RATE.fullmatch(
                text[doc[k].idx + len(doc[k]):doc[a.tok_start].idx].strip() + " "):
            return k
        if lw[k] in _CAP_VERBS and _CAPPED_AT.match(text, doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1]),
                                                     sent.end) and k >= a.tok_start - 3:
            return k
        if lw[k] in (";", ":") or lw[k] in _SUBORDINATORS:
            return None
    return None


_PREFERENCE_GIVEN = {"grant", "grants", "granted", "granting", "give", "gives", "gave", "given", "giving", "offer",
                     "offers", "offered", "offering", "award", "awards", "awarded", "awarding"}


def _relief_or_preference(doc, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    """A tariff relief or trade preference ended, withdrawn or restored: the duty the goods pay goes
    the other way from the verb."""
    lw = _lw(doc)
    if a.action in ("ease", "lower", "suspend") and a.action_tok is not None and a.action_tok < a.tok_start \
            and lw[a.action_tok] in _END_VERBS and "coordinated" not in a.cues \
            and _RELIEF_AFTER.match(_text(doc), doc[a.tok_start].idx):
        # "ended the duty-free treatment of small parcels", "scrapped the duty exemption": the end of
        # a relief applies the duty (eval/README.md: ending an exemption is impose); its own verb, not
        # one shared with the measure before it
        prev = next((b for b in anchors if b.tok_start < a.tok_start and b.instrument == "tariff"
                     and "preference" in b.cues), None)
        if prev is not None and lw[a.action_tok - 1] == ",":
            # "withdrew Cambodia's preferential trade status, ending duty-free entry": the same measure
            a.action = prev.action
        else:
            a.action = "impose"
        a.cues.append("relief ended")
    elif a.action in ("raise", "lower") and a.instrument == "tariff" and "threshold" in lw[a.tok_start:a.tok_end]:
        # "raised the de minimis threshold to $800": more parcels enter free of duty, a lowering (and
        # lowering the threshold makes more of them pay)
        a.action = "lower" if a.action == "raise" else "raise"
        a.cues.append("duty-free threshold")
    elif a.action in lx.PREFERENCE_ACTIONS and a.cues and a.cues[0] in lx.PREFERENCE_PHRASES:
        # "withdrew India's preferential trade status", "restored duty-free access": the goods pay more
        # (or less) duty; "granted Nepal duty-free access": a preference given, less duty
        given = a.action_tok is not None and lw[a.action_tok] in _PREFERENCE_GIVEN
        a.action = "lower" if given else lx.PREFERENCE_ACTIONS[a.action]
        a.cues.append("preference")


_RELAX_NP = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "all", "any",
             "temporary", "special", "general", "existing", "remaining", "blanket", "broad", "from", "for", "of",
             "on", "to", "granted", "given", "'s", "’s", '"', "“", "”", "'", "us", "u.s.", "american", "chinese",
             "export", "export-control", "tariff", "sanctions", "steel", "metal", "metals"}
_LICENCE_NOUNS = lx.STANDALONE_LICENCE


def _relaxation_withdrawn(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """A relief from a control or a duty withdrawn: the anchor is itself a relief ("validated end-user",
    "licence exemption") or a relief noun stands in its noun phrase ("the sanctions waivers", "the
    exemption from the steel duties", "the general licence that allowed transactions with"), and a
    verb of ending governs it ("revoked", "will end", "stripped") or follows it in the passive ("the
    waiver was withdrawn"). The token of that verb, or None."""
    lw = _lw(doc)
    own = bool(a.cues) and a.cues[0] in lx.RELAXATION_PHRASES and a.instrument != "tariff"
    after = a.tok_end < sent.tok_end and lw[a.tok_end] in lx.RELAXATION_NOUNS and a.instrument != "tariff"
    seen = own or after
    for k in range(a.tok_start - 1, max(sent.tok_start, a.tok_start - 10) - 1, -1):
        w = lw[k]
        if w in lx.RELAXATION_NOUNS or w in _LICENCE_NOUNS and a.instrument in ("sanction", "export_control"):
            seen = True
            continue
        if w in lx.WITHDRAW_VERBS and doc[k].is_lower:
            return k if seen else None
        if w in ("that", "which") and k > sent.tok_start and (
                lw[k - 1] in lx.RELAXATION_NOUNS or lw[k - 1] in _LICENCE_NOUNS):
            continue  # "the general licence that allowed transactions with ...": the relief's own clause
        if w in ("allowed", "allows", "allow", "let", "lets", "permitted", "permits", "exempted", "spared") \
                and k > sent.tok_start and lw[k - 1] in ("that", "which", "had", "has", "have"):
            continue
        if w in ("had", "has", "have") and k > sent.tok_start and lw[k - 1] in ("that", "which"):
            continue
        if w == "of" and seen:
            # "stripped the two plants of their validated end-user designation": the relief taken from its holder
            s_k = next((m for m in range(k - 1, max(sent.tok_start, k - 7) - 1, -1)
                        if lw[m] in ("strip", "strips", "stripped", "stripping", "deprive", "deprived", "deprives")), None)
            if s_k is not None and not any(doc[m].text in (",", ";") for m in range(s_k, k)):
                return s_k
        if w in _RELAX_NP or doc[k].like_num or any(m.token_start <= k < m.token_end for m in sent.mentions
                                                     if m.label in ("COUNTRY", "GOOD", "COMPANY")):
            continue
        break
    if not seen:
        return None
    j = a.tok_end + (1 if after else 0)
    while j < sent.tok_end and lw[j] in _AUX | {"being", "now", "also"}:
        j += 1
    if j > a.tok_end + (1 if after else 0) and j < sent.tok_end and lw[j] in lx.WITHDRAW_VERBS \
            and lw[j].endswith(("ed", "wn", "ew")):
        return j  # "the validated end-user status will be revoked"
    return None


# nouns whose topic a measure after "on"/"over"/"about" is, that tell no action of their own (a "proposal" on
# tariffs is announced: lexicon.ACTION_WORDS)
_OFFER_TOPIC = {"offer", "offers", "idea", "ideas", "message", "messages", "overture", "overtures"}
_MOOD_OBJECTS = {"fears", "fear", "concerns", "concern", "worries", "worry", "jitters", "anxiety", "anxieties",
                 "uncertainty", "nerves", "pressure", "pain", "sting", "blow", "impact"}
_END_VERBS = {"end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "scrapping", "abolish", "abolished",
              "abolishes", "revoke", "revoked", "revokes", "withdraw", "withdrew", "withdrawn", "withdraws", "remove",
              "removed", "removes", "eliminate", "eliminated", "eliminates", "close", "closed", "closes", "repeal",
              "repealed", "repeals", "axe", "axed", "kill", "killed", "terminate", "terminated", "terminates",
              "suspend", "suspended", "suspends", "suspending"}
_RELIEF_AFTER = re.compile(r"(?:duty|tariff|customs)[- ]?free\b|de minimis\b|(?:duty|tariff)\s+(?:exemptions?|exclusions?|waivers?|"
                           r"relief|holiday)\b", re.I)

_AND_RATE = re.compile(r"\band\s+(?:an?\s+)?(?:additional\s+|extra\s+)?" + _RATE_RX + r"\s*$", re.I)

_AND_NOUN = re.compile(r"\band\s+(?:an?\s+|new\s+|fresh\s+)?$", re.I)

def _and_rate_goods(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """"a 25% steel tariff and a 10% aluminium tariff": the second rate with its goods before the noun."""
    g = next((m for m in sent.mentions if m.label == "GOOD" and m.token_end == a.tok_start), None)
    return g is not None and bool(_AND_RATE.search(_text(doc)[max(sent.start, g.start - 40):g.start]))


_LIFT = {"lift", "lifts", "lifted", "lifting"}
_DRAWN_UP = {"up", "drawn", "drew", "draw", "prepared", "readied"}
_WHICH_TAKES_EFFECT = re.compile(r"[^;]{0,80}?,\s*which\s+(?:will\s+)?" + effect_phrase(EFFECT_PRESENT) + r"\b", re.I)
_NOUN_DET = {"a", "an", "the", "its", "their", "this", "that", "his", "her", "our"}

_REFUSE = {"declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"}
_WHITELIST = re.compile(r"white ?list|trusted trading partners|preferred trading partners", re.I)

_ADJ_ACTIONS = {"higher", "stricter", "tougher", "further"}
_GO_AHEAD = {"ahead", "proceed", "proceeds", "proceeded"}
# words of the noun phrase between "go ahead with" and the measure ("its planned 25%", "C$3.6 billion of")
_AHEAD_NP = {"the", "its", "their", "his", "her", "a", "an", "planned", "proposed", "threatened", "promised",
             "announced", "new", "any", "further", "additional", "retaliatory", "counter", "of", "billion", "million",
             "%", "percent", "per", "cent", "$", "c$", "us$", "€", "£", "worth", "those", "these", "such"}


_PAUSE_ACTIONS = {"defer", "suspend", "threaten"}
_PLAN_NOUNS = {"plan", "plans", "proposal", "proposals", "bid", "threat", "threats", "decision", "move"}
_PLANNED_WORDS = {"planned", "proposed", "threatened", "promised", "scheduled", "plan", "plans"}
# verbs calling off a measure still in view ("scrapped its planned tariffs")
_CALL_OFF = {"scrapped", "scrap", "scraps", "scrapping", "dropped", "drop", "drops", "dropping", "abandoned",
             "abandon", "abandons", "abandoning", "withdrew", "withdraw", "withdraws", "withdrawn", "ditched",
             "ditch", "ditches", "cancelled", "canceled", "cancel", "cancels", "axed", "junked"}


_PLANNED_ADJ = {"planned", "proposed", "scheduled", "threatened", "promised", "expected", "looming", "pending",
                "further", "additional", "new"}
_NP_LEAD = _NOUN_DET | _PLANNED_ADJ  # the words that may open a noun phrase of change ("its proposed")


def _governing_pause(doc, sent: Sentence, tok: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """At ``tok`` a gerund ("raising", "imposing") or a noun of change ("a planned increase", "its
    proposed"), governed by a verb of delaying, pausing or weighing ("held off on raising", "delayed
    the increase", "suspended a planned increase in", "is weighing raising"): that verb's action and
    token, or None."""
    lw = _lw(doc)
    k = tok - 1
    if lw[tok].endswith("ing"):
        if k > sent.tok_start and lw[k] in ("on", "from"):
            k -= 1
    elif k > sent.tok_start and lw[k] in _NP_LEAD:
        while k > sent.tok_start and k > tok - 4 and lw[k] in _NP_LEAD:
            k -= 1
    else:
        return None
    if k < sent.tok_start or not doc[k].is_lower:
        return None
    two = f"{lw[k - 1]} {lw[k]}" if k - 1 >= sent.tok_start else ""
    if two in lx.ACTION_WORDS:
        act, at = lx.ACTION_WORDS[two], k - 1
    else:
        act, at = lx.ACTION_WORDS.get(lw[k]), k
    if act not in _PAUSE_ACTIONS or (act == "threaten" and lw[k] in ("threat", "threats", "warning")):
        return None
    return act, at


_PAUSE_PREPS = {"on", "of", "from", "in", "to"}


def _paused_rate(doc, sent: Sentence, j: int) -> bool:  # type: ignore[no-untyped-def]
    """At ``j`` an adjective of change ("higher tariffs") in a noun phrase that a pause or delay governs ("a
    pause on higher tariffs", "its suspension of the higher duties", "delayed higher tariffs"): the
    adjective names the measure paused, not a rise."""
    lw = _lw(doc)
    k = j - 1
    while k > sent.tok_start and j - k < 4 and lw[k] in _NP_LEAD:
        k -= 1
    if k >= sent.tok_start and lw[k] in _PAUSE_PREPS:
        k -= 1
    if k < sent.tok_start or lx.ACTION_WORDS.get(lw[k]) not in ("suspend", "defer"):
        return False
    return not _pause_ended(doc, sent, k)


# what ends a pause, told by the verb that governs its noun ("ended the pause on higher tariffs", "refused to
# extend the pause", "did not extend ...") or after it, as a verb of the pause ("let the pause ... expire", "said
# the pause ... would end"); a negation, a refusal or an "end" elsewhere in the sentence is about something else
_PAUSE_ENDERS = (_END_VERBS - {"suspend", "suspended", "suspends", "suspending"}) | {
    "terminating", "halted", "halt", "halts", "cancelled", "canceled", "cancel", "cancels", "lifted", "lift", "lifts"}
_PAUSE_REFUSED = _REFUSE | {"failed", "fails", "fail", "failing"}
_NOT = {"not", "n't", "never"}
_PAUSE_RUNS_OUT = {"expire", "expires", "expired", "expiring", "lapse", "lapses", "lapsed"}
_PAUSE_END_VERB = {"end", "ends", "ended", "ending"}
_PAUSE_STOPS = _PAUSE_RUNS_OUT | _PAUSE_END_VERB
_PROLONG = {w for w, act in lx.ACTION_WORDS.items() if act == "extend"} | {"prolongs"}  # (lexicon's extend words)
_PAUSE_GOVERNORS = _PAUSE_ENDERS | _PROLONG  # the verbs that may govern a pause noun
# the words between a verb and the pause noun it governs ("ended the 90-day tariff pause")
_PAUSE_NP = _NOUN_DET | {"-", "day", "month", "week", "temporary", "current", "existing", "tariff", "trade"}
# after the pause noun, where its own verb can no longer be: a time limit ("until the end of August")
_PAUSE_LIMIT = {",", ";", "until", "till", "through", "by", "to"}
# the word before "to" of a pause still to end ("is set to end", "is due to expire"); not the module's _MODAL_TO
# below, which a later definition of that name would otherwise replace
_BOUND_TO = {"would", "will", "could", "may", "might", "should", "must", "set", "due", "scheduled", "expected",
             "going", "poised", "slated"}


def _pause_ended(doc, sent: Sentence, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The pause noun (or verb) at ``k`` is ended, let run out or not prolonged: the higher rate it held off
    comes back."""
    lw = _lw(doc)
    g = k - 1
    while g > sent.tok_start and k - g < 6 and (lw[g] in _PAUSE_NP or any(c.isdigit() for c in lw[g])):
        g -= 1
    verb = g if g >= sent.tok_start and lw[g] in _PAUSE_GOVERNORS else k
    if verb != k and lw[verb] in _PAUSE_ENDERS:
        return True
    h = verb - 1
    if h >= sent.tok_start and lw[h] in _NOT:  # "did not extend the pause", "didn't pause"
        return True
    if h > sent.tok_start and lw[h] == "to" and lw[h - 1] in _PAUSE_REFUSED:  # "refused to extend the pause"
        return True
    for g in range(k + 1, min(sent.tok_end, k + 14)):
        w = lw[g]
        if w in _PAUSE_LIMIT or w in _PROLONG:
            if w == "to" and g + 1 < sent.tok_end and lw[g + 1] in _PAUSE_STOPS \
                    and lw[g - 1] in _BOUND_TO:  # "is set to end", "is due to expire"
                continue
            return False
        if w in _PAUSE_RUNS_OUT:
            return True
        if w in _PAUSE_END_VERB and lw[g - 1] not in ("the", "a", "an", "its", "this", "that") \
                and (g + 1 >= sent.tok_end or lw[g + 1] not in _NOUN_DET):  # a verb with no object of its own
            return True
    return False


# verbs (and particles) by which one side stops talks
_BREAK_OFF = {"ended", "ending", "end", "ends", "terminated", "terminating", "terminate", "terminates", "halted",
              "halting", "halt", "halts", "cancelled", "canceled", "cancelling", "canceling", "cancel", "cancels",
              "scrapped", "scrapping", "scrap", "scraps", "abandoned", "abandoning", "abandon", "abandons"}
_BREAK_PARTICLE = {("cut", "off"), ("cuts", "off"), ("cutting", "off"), ("broke", "off"), ("break", "off"),
                   ("breaks", "off"), ("breaking", "off"), ("broken", "off"), ("called", "off"), ("call", "off"),
                   ("calls", "off"), ("calling", "off"), ("walked", "away"), ("walks", "away"), ("walk", "away"),
                   ("walking", "away"), ("pulled", "out"), ("pulls", "out"), ("pull", "out"), ("pulling", "out")}
_TALKS_NP = {"the", "all", "any", "its", "their", "his", "her", "further", "ongoing", "trade", "bilateral",
             "planned", "scheduled", "formal", "from", "of", "with", "those", "these", "such", "stalled", "frozen",
             "suspended", "deadlocked", "free-trade", "long-running", "stalling"}


def _talks_broken_off(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """One side stops the talks: "cut off trade talks", "ending all discussions", "walked away from the
    negotiations", or after the noun "the talks (that) Trump broke off". The verb's token, or None."""
    lw = _lw(doc)
    k = a.tok_start - 1
    while k > sent.tok_start and k > a.tok_start - 5 and (lw[k] in _TALKS_NP or lw[k] == "negotiating"):
        k -= 1
    if k >= sent.tok_start and (lw[k] in _BREAK_OFF or k > sent.tok_start and (lw[k - 1], lw[k]) in _BREAK_PARTICLE):
        return k if lw[k] in _BREAK_OFF else k - 1
    j = a.tok_end
    if j < sent.tok_end and lw[j] in ("with", "between"):
        # "all trade negotiations with Canada were terminated", "talks between the two were called off"
        k = next((k for k in range(j + 1, min(sent.tok_end - 1, j + 7)) if lw[k] in ("were", "was", "been")), None)
        if k is not None and not any(doc[m].text in (",", ";") or lw[m] in _SUBORDINATORS for m in range(j, k)):
            if lw[k + 1] in _BREAK_OFF and lw[k + 1].endswith("ed") \
                    or k + 2 < sent.tok_end and (lw[k + 1], lw[k + 2]) in _BREAK_PARTICLE:
                return k + 1
    if j < sent.tok_end and lw[j] in ("that", "which"):
        j += 1
    # "the talks Trump cut off": a name (person or country) and its verb of breaking off right after
    m = next((x for x in sent.mentions if x.token_start == j and x.label in ("COUNTRY", "PERSON")), None)
    if m is None:
        return None
    j = m.token_end
    while j < sent.tok_end and lw[j] in ("had", "has", "have"):
        j += 1
    if j + 1 < sent.tok_end and ((lw[j], lw[j + 1]) in _BREAK_PARTICLE or lw[j] in _BREAK_OFF and lw[j].endswith("ed")):
        return j
    return None


_TAKE_UP = {("pick", "up"), ("picks", "up"), ("picked", "up"), ("picking", "up"), ("return", "to"),
            ("returns", "to"), ("returned", "to"), ("returning", "to"), ("back", "to"), ("revive", None),
            ("revives", None), ("revived", None), ("reviving", None), ("reopen", None), ("reopens", None),
            ("reopened", None), ("reopening", None), ("restart", None), ("restarts", None), ("restarted", None),
            ("restarting", None), ("resume", None), ("resumes", None), ("resumed", None), ("resuming", None),
            ("relaunch", None), ("relaunched", None), ("unfreeze", None), ("unfroze", None), ("thawed", None)}


def _talks_taken_up(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """Talks that had stopped start again: "returned to the negotiating table", "pick up the
    negotiations", "revived the talks", "back to the table". The verb's token, or None."""
    lw = _lw(doc)
    k = a.tok_start - 1
    while k > sent.tok_start and k > a.tok_start - 5 and (lw[k] in _TALKS_NP or lw[k] == "negotiating"):
        k -= 1
    if k < sent.tok_start:
        return None
    if (lw[k], None) in _TAKE_UP and doc[k].is_lower:
        return k
    if k > sent.tok_start and (lw[k - 1], lw[k]) in _TAKE_UP:
        return k - 1
    return None


def _not_going_ahead(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """"will not go ahead with (its planned) tariffs", "decided not to proceed with countermeasures":
    the token of the negation, or None."""
    lw = _lw(doc)
    k = a.tok_start - 1
    while k > sent.tok_start and k > a.tok_start - 9 and (
            lw[k] in _AHEAD_NP or doc[k].like_num or any(
                m.token_start <= k < m.token_end for m in sent.mentions if m.label in ("COUNTRY", "GOOD"))):
        k -= 1
    if k <= sent.tok_start or lw[k] != "with" or lw[k - 1] not in _GO_AHEAD:
        return None
    k -= 2
    if k >= sent.tok_start and lw[k] in ("go", "goes", "going", "went", "to"):
        k -= 1
    if k >= sent.tok_start and lw[k] == "to":
        k -= 1
    return k if k >= sent.tok_start and lw[k] in _NOT else None

_KEEP_BEFORE = re.compile(r"\b(?:keep|keeps|kept|continue|continues|continued)\s+(?:\w+\s+)?$|"
                          # (not "after an extended pause": with a determiner before it the participle is an adjective)
                          r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )"
                          r"\b(?:extend|extends|extended|extending|prolong|prolongs|prolonged|prolonging|renew|renews|"
                          # ("extending by 90 days a pause on ...": the length told before the pause)
                          r"renewed|renewing)\s+(?:by\s+(?:another\s+|a\s+further\s+)?[\w-]+\s+(?:days?|weeks?|months?|"
                          r"years?)\s+)?(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w-]+\s+)?$", re.I)
_FOR_ANOTHER = re.compile(r"\bfor (?:another|a further|an additional)\b", re.I)


_REL_MEASURE_VERBS = {"put", "imposed", "levied", "slapped", "placed", "introduced", "adopted", "applied",
                      "announced", "charged", "set", "raised"}


def _own_relative_verb(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The measure is followed by its own relative clause with a government as subject ("the duties
    the EU put on ...", "the levies that Ottawa imposed ...")."""
    lw = _lw(doc)
    k = a.tok_end
    if k < sent.tok_end and lw[k] in ("that", "which"):
        k += 1
    m = next((x for x in sent.mentions if x.label == "COUNTRY" and x.token_start in (k, k + 1)), None)
    if m is None or m.token_start == k + 1 and lw[k] != "the":
        return False
    j = m.token_end
    while j < sent.tok_end and lw[j] in ("had", "has", "have", "first", "already", "originally"):
        j += 1
    return j < sent.tok_end and lw[j] in _REL_MEASURE_VERBS


_SHARED_REL_VERB = re.compile(r"[^,;.]{0,80}?\band\b[^,;.]{0,80}?\b(?:that|which)\s+(?:[\w.'’-]+\s+){1,3}?"
                              r"(?P<verb>imposed|put|levied|slapped|introduced|adopted|placed)\b", re.I)
_THREAT_FADED = re.compile(r"[^,;.]{0,60}?\b(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|had been\s+|has been\s+)?"
                           r"(?:receded|recedes|receding|faded|fades|fading|diminished|abated|subsided|vanished|"
                           r"disappeared|evaporated|lifted|removed|dispelled|eased)\b", re.I)
_KEEP_VERBS = {"keep", "keeps", "kept", "maintain", "maintains", "maintained", "retain", "retains", "retained"}
# what follows the measure's noun phrase: "on Korean pickup trucks for 20 more years, until 2041"
_FOR_LONGER = re.compile(r"^(?:\s+(?:on|in|against|of)\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:in place\s+)?"
                         r"(?:for\s+(?:another|a further|an additional|\w+\s+more|\w+\s+further)\s+"
                         r"(?:\w+\s+)?(?:years?|months?|days?|weeks?)\b|until\s+(?:at least\s+)?(?:19|20)\d\d\b)", re.I)


def _prolonged_pause(doc, sent: Sentence, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """"keep suspending", "continue the pause", "paused for another 90 days"."""
    text = _text(doc)
    c = doc[tok].idx
    before = text[max(sent.start, c - 45):c]
    after = text[c:min(sent.end, c + 120)].split(";")[0]
    if tok + 2 < sent.tok_end and doc[tok + 1].text == "," and _lw(doc)[tok + 2].endswith("ed"):
        # "extends a four-month suspension, agreed in March, of tariffs": the pause told with its own earlier
        # act stays that act (the extension is its own event)
        return bool(_FOR_ANOTHER.search(after))
    return bool(_KEEP_BEFORE.search(before) or _FOR_ANOTHER.search(after))


_COMMISSION_VERBS = {"ordered", "order", "orders", "ordering", "commissioned", "commissions", "commission",
                     "requested", "requests", "directed", "directs", "instructed", "instructs", "initiated"}
_START_VERBS = {"start", "starts", "started", "begin", "begins", "began", "commence", "commences", "commenced"}

_CONTROLS = {"export_control", "entity_list", "sanction", "investment_restriction", "import_restriction"}

_TO_RATE = re.compile(r"\bto\s+(?:a\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent)", re.I)
# "lifting the duty on cars to 120 percent": "to <rate>" within the phrase after the measure word
_TO_RATE_AHEAD = re.compile(r"[^,;:]{0,60}?\bto\s+" + _RATE_RX, re.I)
# "approved duties of 20 per cent": a measure approved is imposed; "approved an amendment to the export
# control rules": a change approved, whose direction the rest of the sentence tells
# nouns naming the kind of a pact ("a suspension agreement" halts a trade-remedy case)
_KIND_NOUNS = {"suspension"}
# phrasal verbs whose first word is an action word but that tell no action
_NOT_ACTIONS = {"end up", "ends up", "ended up", "ending up"}
_APPROVE_VERBS = {"approve", "approves", "approved", "approving"}
_CHANGE_NOUNS = {"amendment", "amendments", "change", "changes", "revision", "revisions", "modification",
                 "modifications", "relaxation", "easing", "removal", "exemption", "exemptions"}
_ANSWER_VERBS = {"answered", "answers", "answer", "responded", "responds", "respond", "replied", "replies",
                 "countered", "counters", "retorted"}


def _rate_between(sent: Sentence, doc, j: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """A percentage rate stands between token ``j`` and a little past token ``end``."""
    lo_c = doc[j].idx
    hi_c = doc[end - 1].idx + len(doc[end - 1].text) + 25
    return any(q.kind == "rate" and (q.unit == "%" or "/" in q.unit) and lo_c <= q.start <= hi_c
               for q in sent.quantities)


_RATE_WORDS = {"a", "an", "the", "additional", "extra", "new", "flat", "%", "percent", "per", "cent", "pc", "rate",
               "of", "up", "to", "ad", "valorem", "specific", "uniform", "blanket"}


# the words a borne measure's noun phrase may hold before its noun ("a 20% safeguard duty", "extra EU duties",
# "a new Indonesian import ban")
_REMEDY_WORDS = {"safeguard", "anti-dumping", "antidumping", "countervailing", "punitive", "retaliatory",
                 "provisional", "definitive", "preliminary", "final", "import", "customs", "emergency"}
_BAN_NP_WORDS = {"a", "an", "the", "new", "fresh", "blanket", "outright", "total", "full", "temporary", "sweeping"}


def _borne_measure_np(doc, sent: Sentence, j: int, end: int, words: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """The tokens between a bearer verb and the measure's noun are a rate's or a kind's words, or the
    country that lays it ("will face extra EU duties", "carry a 25% US tariff")."""
    lw = _lw(doc)
    country = _country_tokens(sent)
    return all(lw[k] in words or lw[k] in _REMEDY_WORDS or doc[k].like_num or k in country
               for k in range(j + 1, end))


_MODAL_TO = {"will", "would", "could", "may", "might", "'ll", "to"}


def _carried_from_now(doc, sent: Sentence, j: int, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A carry verb tells a measure laid on goods when its subject is goods or their sellers and the verb looks
    ahead ("Thai rice will carry a 30% duty", "sardine tins carry a 23% duty from Friday"); not a rate borne
    before ("Brazilian ethanol carried an 18% US tariff last year") nor whom a duty costs ("American consumers
    will bear a 25% tariff")."""
    lw = _lw(doc)
    k, ahead = j - 1, False
    while k > sent.tok_start and (lw[k] in _AUX or lw[k] in _MODAL_TO or lw[k] in ("set", "due")):
        ahead = ahead or lw[k] in _MODAL_TO
        k -= 1
    if not _goods_bearer(doc, sent, k):
        return False
    for t in range(a.tok_end, min(sent.tok_end, a.tok_end + 8)):
        if lw[t] in (",", ";", "."):
            break
        ahead = ahead or lw[t] in ("from", "starting", "effective")
    return ahead


def _date_tokens(doc, sent: Sentence, tok: int) -> int:  # type: ignore[no-untyped-def]
    """How many of the 16 tokens before ``tok`` belong to a date phrase that splits a noun from its
    "of" ("the removal in August last year of ..."), at most 6."""
    if not sent.dates:
        return 0
    lo_c = doc[max(sent.tok_start, tok - 16)].idx
    hi_c = doc[tok].idx
    text = _text(doc)
    dates = [d for d in sent.dates if lo_c <= d.start and d.end <= hi_c and text.startswith(" of ", d.end)]
    if not dates:
        return 0
    n = sum(1 for j in range(max(sent.tok_start, tok - 16), tok) for d in dates if d.start <= doc[j].idx < d.end)
    return min(n, 6)


def _figure_tokens(doc, sent: Sentence, tok: int) -> int:  # type: ignore[no-untyped-def]
    """How many of the 16 tokens before ``tok`` are rates, sums and dates ("answered the first round in
    March with 25 per cent counter-tariffs"): they do not count in the distance to the verb, at most 6."""
    lo_t = max(sent.tok_start, tok - 16)
    lo_c, hi_c = doc[lo_t].idx, doc[tok].idx
    spans = [(q.start, q.end) for q in sent.quantities if lo_c <= q.start and q.end <= hi_c]
    spans += [(d.start, d.end) for d in sent.dates if lo_c <= d.start and d.end <= hi_c]
    if not spans:
        return 0
    n = sum(1 for j in range(lo_t, tok) if any(s <= doc[j].idx < e for s, e in spans))
    return min(n, 6)


def _in_talks(doc, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """The sentence tells talks or a deal, or a bargain ("during the talks", "in a bid to win relief", "in
    exchange for")."""
    return any(lx.INSTRUMENT_WORDS.get(w) in ("talks", "agreement") or w in _BARGAIN_WORDS
               for w in _lw(doc)[sent.tok_start:sent.tok_end])


# words before a measure put on the table that tell no goods of the subject's own ("put new tariffs")
_THREAT_MODIFIERS = {"a", "an", "the", "new", "more", "higher", "additional", "extra", "fresh", "further",
                     "retaliatory", "punitive", "steep", "steeper", "heavy", "sweeping", "counter", "possible"}
_BARGAIN_WORDS = {"exchange", "bid", "concession", "concessions", "offer", "offered", "bargaining"}
_TABLED = {"tabled", "tables", "tabling"}
_SHELVED = re.compile(r"\b(?:indefinitely|for now|for the time being|until)\b", re.I)
_DANGLE = {"dangle", "dangles", "dangled", "dangling", "moot", "moots", "mooted", "mooting", "float", "floats",
           "floated", "floating"}
_CUT_NOUNS = {"cut", "cuts", "reduction", "reductions", "relief", "concession", "concessions"}
_LET_OFF_STEMS = ("exempt", "spar", "waiv", "exclud", "grant")
_LET_OFF = {"exempt", "exempts", "exempted", "exempting", "spare", "spares", "spared", "sparing", "exclude",
            "excludes", "excluded", "excluding", "excused", "exemption", "exemptions", "exclusion", "exclusions",
            "waiver", "waivers", "carve-out", "carve-outs", "carveout", "carveouts"}
_CARVE_VERBS = {"carve", "carves", "carved", "carving"}
_NOT_WORDS = lx.NEGATION


# nouns of asking for a relief ("Ottawa's request for a waiver", "a plea for an exemption"); common's _SOUGHT
# holds the verbs (the nouns that are verbs too, "request" and "bid", are in both), lexicon's DEMAND_CUES the
# words of a demand that make a measure demanded, not decided
_ASKING_NOUNS = {"request", "requests", "application", "applications", "bid", "bids", "plea", "pleas", "appeal",
                 "appeals", "petition", "petitions", "demand", "demands", "call", "calls"}
# a relief refused ("its application for a waiver was rejected", "denied Japan a waiver")
_REFUSED = _REFUSE | {"rejected", "rejects", "denied", "denies", "rebuffed", "dismissed"}
_SEGMENT_ENDS = {",", ";", ":", "which", "who"}


def _sought_relief(doc, sent: Sentence, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The relief word at ``k`` is asked for or refused, not granted: "is seeking an exemption", "Ottawa's
    request for a waiver", "its application for a waiver ... was rejected"."""
    lw = _lw(doc)
    before = lw[max(sent.tok_start, k - 4):k]
    if any(w in _SOUGHT and w != "for" or w in _ASKING_NOUNS for w in before):
        return True
    # the refusal is told in the relief's own stretch of the clause, between commas ("The US granted Japan
    # a waiver from the chip tariffs, which Seoul had been denied": granted to Japan)
    lo, hi = _clause_bounds(doc, sent, k)
    seg_lo = max([x + 1 for x in range(lo, k) if lw[x] in _SEGMENT_ENDS], default=lo)
    seg_hi = next((x for x in range(k + 1, hi) if lw[x] in _SEGMENT_ENDS), hi)
    return any(lw[x] in _REFUSED or lw[x] == "turned" and x + 1 < seg_hi and lw[x + 1] == "down"
               for x in range(seg_lo, seg_hi))


def _let_off_from(doc, sent: Sentence, a: Anchor, other_spans: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """A measure named after "from" (or "out of") in its own noun phrase, with a word of letting off
    before it in the clause ("exempted X from the tariffs", "spared Y from its levies", "carved out
    Z from the duties", "won an exemption for its rice from the US tariff"): ("ease", token of that
    word); ("end", token) when the exemption is said to be over ("no longer exempt from"); None
    otherwise, and when the exemption is denied ("are not exempt from the duties")."""
    lw = _lw(doc)
    frm = None
    for k in range(a.tok_start - 1, max(sent.tok_start, a.tok_start - 8) - 1, -1):
        if k in other_spans or doc[k].text in (",", ";", ":", ".", "(", ")"):
            return None
        if lw[k] == "from" or lw[k] == "of" and k > sent.tok_start + 1 and lw[k - 1] == "out" \
                and lw[k - 2] in _CARVE_VERBS:
            frm = k
            break
    if frm is None:
        return None
    for k in range(frm - 1, max(sent.tok_start, frm - 20) - 1, -1):
        w = lw[k]
        if k in other_spans or w in (";", ":") or w in _SUBORDINATORS:
            return None
        if w in _LET_OFF or w == "out" and k > sent.tok_start and lw[k - 1] in _CARVE_VERBS:
            k = k - 1 if w == "out" else k
            before = lw[max(sent.tok_start, k - 3):k]
            if "longer" in before and "no" in before:
                # (the verb's token is "no", so that the ending is not read as a negation)
                return "end", max(sent.tok_start, k - 3) + before.index("no")
            if any(b in _NOT_WORDS for b in before):
                return None
            if _sought_relief(doc, sent, k):
                return None  # "is seeking an exemption from the US steel tariffs": nothing granted yet
            return "ease", k
    return None


def _deal_term(lw: list[str], a: Anchor, w: str, act: str | None, j: int) -> bool:
    """The deal's own clause tells one of its terms, so no deal is made here: "the agreement also opens
    Canada's dairy market", "the pact cuts duties on wine" (not when the verb sits in a clause of its own)."""
    return a.instrument == "agreement" and (w in _DEAL_TERM_VERBS or act in ("lower", "ease")) \
        and not any(lw[k] in _SUBORDINATORS or lw[k] in ("that", "which") for k in range(a.tok_end, j))


def _choose_action(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    if a.instrument == "legal_ruling" and a.tok_end < len(doc) and lw[a.tok_end] in (
            "rules", "members", "member", "membership", "chief", "head"):
        return  # "World Trade Organization rules": the rule book, not a ruling
    if a.instrument == "legal_ruling" and a.tok_start >= 2 and lw[a.tok_start - 1] == "the" \
            and lw[a.tok_start - 2] in ("to", "at", "with", "before") \
            and not any(w in _CASE_NOUNS for w in lw[max(sent.tok_start, a.tok_start - 9):a.tok_start]):
        # "takes Beijing to the WTO over its freeze on ...": the verb that brings the case, not the
        # measure complained of
        lo = _clause_bounds(doc, sent, a.tok_start)[0]
        for j in range(a.tok_start - 3, max(lo, a.tok_start - 8) - 1, -1):
            if lw[j] in lx.LEGAL_OPEN:
                a.action, a.action_tok = "announce", j
                a.cues.append(lw[j])
                return
    allowed = lx.ALLOWED_ACTIONS[a.instrument]
    lo, hi = _clause_bounds(doc, sent, a.tok_start)
    other_spans = {i for b in anchors if b is not a for i in range(b.tok_start, b.tok_end)}
    let_off = _let_off_from(doc, sent, a, other_spans) if a.instrument in _MEASURES else None
    if let_off is not None:
        # "exempted laptops and memory chips from the 60% tariffs", "spared crude oil from its
        # counter-tariffs", "an exemption for its palm oil from the US tariff": the measure eased for
        # what is let off it (eval/README.md: an exemption is tariff/ease); "will no longer be exempt
        # from the duties": the exemption ends and the duty applies
        act, k = let_off
        a.action, a.action_tok = (act if act == "ease" else "impose" if a.instrument == "tariff" else "tighten"), k
        a.cues.extend([lw[k], "let off"])
        return
    # a predicate right after the instrument ("the tariffs could return", "tariffs were raised")
    j = a.tok_end
    while j < hi and j < a.tok_end + 3 and lw[j] in _AUX:
        j += 1
    if j > a.tok_end and j < hi and not (j + 1 < hi and f"{lw[j]} {lw[j + 1]}" in _NOT_ACTIONS):
        w = lw[j]
        act = lx.ACTION_WORDS.get(w)
        if w in ("return", "returns", "returned", "come back", "snap"):
            act = "resume"
        if _deal_term(lw, a, w, act, j):
            return
        if act == "announce" and w in _START_VERBS and a.instrument in _MEASURES \
                and j + 1 < hi and lw[j + 1] in ("on", "from", "in", "at", "next", "this"):
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
        if lo > sent.tok_start + 1 and lw[lo - 1] == "but" and lw[lo - 2] in ("choice", "option",
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
    hit = _retaliation_over(doc, sent, a, lo) if a.instrument in _MEASURES else None
    if hit is not None and hit[0] == "answer" and not any(k in other_spans for k in range(hit[1], a.tok_start)):
        hit = None  # "hits back with higher tariffs": nothing between stops the scan to the left, which reads it
    if hit is not None:
        # "vowed to hit back against the US tariffs on steel": the measure answered, in place (background);
        # "will hit back at the US duties with levies on steel": the levies are the answer
        a.action, a.action_tok = "impose", a.tok_start if hit[0] == "answered" else hit[1]
        a.cues.append(f"{hit[0]} measure")
        return
    # left, nearest first, up to 10 tokens, not counting a date said in between ("the removal in
    # August last year of China's duties")
    own_clause = _own_relative_verb(doc, sent, a)
    reach = 10 + _date_tokens(doc, sent, a.tok_start)
    far = 10 + _figure_tokens(doc, sent, a.tok_start)
    if far > reach and any(lw[k] in _ANSWER_VERBS for k in range(max(lo, a.tok_start - far), a.tok_start - reach)):
        reach = far  # "answered the first round in March with 25 per cent counter-tariffs": rates and dates between
    for j in range(a.tok_start - 1, max(lo, a.tok_start - reach) - 1, -1):
        if j in other_spans:
            # another instrument in between takes the verb ("talks on tariffs": the tariffs are a topic)
            break
        if own_clause and doc[j].text in (",", ";"):
            break  # "the tariff Washington imposed on June 1, and the duties the EU put on ...": the duties' own verb
        if lw[j] in _SUBORDINATORS and j < a.tok_start - 1:
            break  # "China hit back after Washington's tariffs took effect": the main verb is not theirs
        if lw[j] == "that" and j > lo and lw[j - 1] in ("and", ",", "but"):
            break  # "... to justify another extension, and that duties of 25% would apply": a new statement
        if lw[j] in _MARKET_WORDS and not (lw[j] in ("points", "point") and j > lo
                                                 and lw[j - 1] == "percentage"):
            break  # "the Dow drops 1,700 points as tariffs roil markets": the verb is the market's
        w = lw[j]
        if _in_name(doc, sent, j):
            continue
        if j + 1 < a.tok_start and lw[j + 1] in _MOOD_OBJECTS:
            break  # "a deal that eases fears over the levy": a mood eased, not the measure
        if lw[j] in _OFFER_TOPIC and lw[j] not in lx.ACTION_WORDS and j + 1 < a.tok_start and lw[j + 1] in ("on", "over", "about") \
                and a.tok_start - j <= 6 and not any(lw[k] in lx.ACTION_WORDS for k in range(j + 2, a.tok_start)):
            return  # "called Xi with a new offer on tariffs": the measure is what the offer is about
        two = f"{lw[j - 1]} {w}" if j - 1 >= lo else ""
        act = _phrasal_over(doc, a, j, hi, other_spans) or lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(w) \
            or _set_verb(doc, a, j, hi)
        if w in _ORDER_WORDS and not (a.instrument == "other" and lw[a.tok_end - 1] in _INQUIRY) \
                and not _orders_measure(doc, a, j, hi, other_spans, allowed):
            continue  # "ordered a review of the tariffs", "ordered the tariffs delayed": not a measure ordered
        if act is None and w in _PREFERENCE_GIVEN and a.cues and a.cues[0] in lx.PREFERENCE_PHRASES:
            act = "ease"  # "offered Ukrainian grain duty-free access": a preference given (its duty lowered below)
        if w in ("threat", "threats", "spectre", "specter", "prospect") and _THREAT_FADED.match(
                _text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1]), sent.end):
            return  # "the threat of US duties on German cars had receded": no threat made here
        if w in _KEEP_VERBS and a.instrument in _MEASURES and _FOR_LONGER.match(
                _text(doc)[doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1]):min(sent.end, doc[a.tok_end - 1].idx + 90)]):
            a.action, a.action_tok = "extend", j  # "will keep its tariff on trucks for 20 more years": prolonged
            a.cues.append(w)
            return
        if a.instrument == "other" and lw[a.tok_end - 1] in _INQUIRY and w in _COMMISSION_VERBS:
            a.action, a.action_tok = "announce", j  # "Trump ordered the copper inquiry in February"
            a.cues.append(w)
            return
        if w in ("further", "fresh", "new", "more") and j - 1 >= lo \
                and lx.ACTION_WORDS.get(lw[j - 1]) in ("threaten", "announce"):
            continue  # "was preparing further countermeasures": the verb before the adjective tells the action
        if w in _PLANNED_WORDS and j - 1 >= lo and lw[j - 1] in _NOUN_DET:
            k = next((k for k in range(j - 2, max(lo, j - 8) - 1, -1) if doc[k].is_lower and (
                lx.ACTION_WORDS.get(lw[k]) in ("suspend", "defer") or lw[k] in _CALL_OFF)), None)
            if k is not None and a.instrument in _MEASURES | {"other"}:
                # "postponed until July its planned tariffs", "scrapped its planned duties", "dropped its
                # plan to impose tariffs": a measure in view, delayed or called off (not in force)
                act = lx.ACTION_WORDS.get(lw[k])
                a.action, a.action_tok = act if act in ("suspend", "defer") else "suspend", k
                a.cues.append(lw[k])
                return
        if w in lx.RELAXATION_NOUNS and _sought_relief(doc, sent, j):
            return  # "Ottawa's request for a waiver from the US steel tariffs was rejected": nothing granted
        if w in _TABLED and (any(lw[x] in _PLANNED_WORDS for x in range(j + 1, min(a.tok_start, j + 4)))
                             or _SHELVED.search(_text(doc), doc[j].idx, doc[hi - 1].idx + len(doc[hi - 1]))):
            # "tabled the levy indefinitely", "tabled its planned levy": shelved (US usage), not proposed (but
            # "Brussels tabled its countermeasures": put forward, British usage)
            return
        if w in _KIND_ADJ and _threat_over_adjective(doc, j, lo):
            continue  # "is preparing retaliatory tariffs", "threatened punitive duties": the verb tells it
        if w in _KIND_ADJ and a.instrument in _MEASURES:
            verb = _verb_over_adjective(doc, j, lo, allowed)
            if verb is not None:
                # "will lift its retaliatory tariffs", "dropped most of its new duties": the verb
                # governing the noun phrase tells what was done; the adjective only names the measure
                a.action, a.action_tok = verb
                a.cues.append(lw[verb[1]])
                return
        if act and w in lx.INSTRUMENT_WORDS and j - 1 >= sent.tok_start and lw[j - 1] in _NOUN_DET:
            continue  # "a probe that Brussels regarded as payback for its tariffs": a noun, not a verb
        if w in ("lower", "higher") and j == a.tok_start - 1 and a.tok_end < hi and lw[a.tok_end] == "than":
            return  # "lower duties than many of their neighbours": a comparison, not a change
        if w in _ADJ_ACTIONS and _paused_rate(doc, sent, j):
            continue  # "extended a pause on higher tariffs", "delayed higher duties": the pause tells what was done
        if a.instrument not in SYMMETRIC and (
                two == "rule out" and j - 2 >= lo and lw[j - 2] in _NOT
                or w in ("face", "faces") and j - 1 >= lo and lw[j - 1] in ("could", "would", "might", "may")):
            # "would not rule out tariffs on farm goods", "imports that could face tariffs": a threat
            a.action, a.action_tok = "threaten", j
            a.cues.append("not rule out" if w == "out" else "could face")
            return
        if (w in _FACE_VERBS or w in _CARRY_VERBS and _carried_from_now(doc, sent, j, a)) and a.instrument == "tariff" and _rate_between(sent, doc, j, a.tok_end) \
                and _borne_measure_np(doc, sent, j, a.tok_start, _RATE_WORDS) \
                and any(m.label in ("COUNTRY", "GOOD") and j - 5 <= m.token_start < j for m in sent.mentions):
            # "Korean exports will face a 15 percent tariff", "will pay a 19 percent tariff": a rate set
            a.action, a.action_tok = "impose", j
            rate = next((q for q in sent.quantities if q.kind == "rate" and q.unit == "%"
                         and doc[j].idx <= q.start < doc[a.tok_start].idx), None)
            if rate is not None:
                a.action = _rate_versus(_text(doc), rate) or "impose"
            a.cues.append(w)
            return
        if w in ("face", "faces", "faced", "facing") and a.instrument in ("import_restriction", "export_control") \
                and _borne_measure_np(doc, sent, j, a.tok_start, _BAN_NP_WORDS) \
                and any(m.label in ("COUNTRY", "GOOD") and j - 5 <= m.token_start < j for m in sent.mentions) \
                and any(m.label == "COUNTRY" and j < m.token_start < a.tok_start for m in sent.mentions):
            # "Indian rice now faces an Indonesian import ban": the goods bear a ban the country named in it lays
            # on them ("Russian grain faces a total ban in Ukraine-held ports" names none)
            a.action, a.action_tok = "impose", j
            a.cues.append(w)
            return
        if w in _APPROVE_VERBS and any(lw[k] in _CHANGE_NOUNS for k in range(j + 1, a.tok_start)):
            continue
        if w in _KIND_NOUNS and j == a.tok_start - 1 and a.instrument in SYMMETRIC:
            continue  # "the suspension agreement", "an extension deal": the kind of pact, not what was done to it
        if w in _ANSWER_VERBS and a.instrument in _MEASURES and any(lw[k] == "with" for k in range(j + 1, a.tok_start)):
            # "Ottawa answered the first round in March with 25 per cent counter-tariffs": a measure taken
            a.action, a.action_tok = "impose", j
            a.cues.append(w)
            return
        if w in lx.ANNOUNCE_VERBS and a.instrument not in ("talks", "agreement", "leader_call", "legal_ruling") \
                and not (a.instrument == "other" and lw[a.tok_end - 1] in _INQUIRY):
            a.action, a.action_tok = "impose", j
            a.cues.append(w)
            return
        if act and a.instrument == "talks" and w in _TALKS_START:
            act = "negotiate"
        if a.instrument == "agreement" and w in lx.ANNOUNCE_VERBS:
            act = "agree"  # "unveiled a trade accord", "declared a truce": a deal made public is made
        if a.instrument == "export_control" and w.startswith(("strik", "struck")) \
                and any(t in doc[a.tok_start:a.tok_end].text.lower() for t in ("list", "partners")):
            act = "tighten"  # "will strike Japan off its list of trusted trading partners"
        if a.instrument == "agreement" and w in ("negotiated", "renegotiated") and j - 1 >= lo \
                and lw[j - 1] in ("newly", "the", "a", "recently", "freshly", "its", "their", "jointly"):
            act = "agree"  # "the newly negotiated trade agreement": a deal concluded
        if act == "ease" and w in _LIFT and a.instrument in ("tariff", "other") and _TO_RATE_AHEAD.match(
                _text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1].text), sent.end):
            act = "raise"  # "lifting the duty on cars to 120 percent": a rate lifted to a level is raised
        if act and act in allowed:
            if a.instrument == "tariff" and act == "ease" and not w.startswith(_LET_OFF_STEMS):
                act = "lower"  # (exempting goods or countries from a tariff eases it: eval/README.md)
            if w in _ADJ_ACTIONS and a.instrument not in SYMMETRIC and all(
                    not doc[k].is_alpha or lw[k] in _MODIFIER_SKIP | {"reciprocal"}
                    for k in range(j + 1, a.tok_start)):
                eff = _takes_effect_at(doc, sent, a, hi, other_spans)
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
            if act == "ease" and "list" in doc[a.tok_start:a.tok_end].text.lower() and w.startswith(("remov", "strik", "drop", "struck")) \
                    and a.instrument != "entity_list":
                act = "tighten"  # removing a country from a whitelist tightens controls on it (not from a blacklist)
            if act == "threaten" and w in _DANGLE and any(lw[k] in _CUT_NOUNS or lw[k] in lx.RELAXATION_NOUNS
                                                          for k in range(j + 1, a.tok_start)):
                # "dangled relief from the car tariffs", "floated a cut in its duties": a relief offered
                act = "lower" if a.instrument == "tariff" and not any(
                    lw[k] in lx.RELAXATION_NOUNS or lw[k] == "relief" for k in range(j + 1, a.tok_start)) \
                    else "ease"
                a.cues.append("offered")
            a.action, a.action_tok = act, j
            a.cues.append(two if two in lx.ACTION_WORDS else w)
            return
    # right, up to 6 tokens, stopping at another anchor
    for j in _right_of(doc, a, hi):
        if j in other_spans or doc[j].text in (",", "(", ")") or lw[j] in _SUBORDINATORS:
            break  # "... if Washington raised its duties": the verb of another clause
        w = lw[j]
        if _in_name(doc, sent, j):
            continue
        two = f"{w} {lw[j + 1]}" if j + 1 < hi else ""
        three = f"{two} {lw[j + 2]}" if j + 2 < hi else ""
        if two in _NOT_ACTIONS:
            continue  # "the duty would end up being paid by shoppers": no change to the measure
        if two == "subject to":
            break  # "the tariffs are subject to review": a condition on the measure (goods are made subject to one)
        act = lx.ACTION_WORDS.get(three) or lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(w)
        if act is None and w in lx.RUN_OUT and a.instrument == "tariff":
            act = "lower"  # "the duties on steel expired in June": a tariff that ends
        if act == "announce" and w in _START_VERBS and a.instrument in _MEASURES \
                and j + 1 < hi and lw[j + 1] in ("on", "from", "in", "at", "next", "this"):
            act = "impose"  # "a 25 per cent surtax on steel would start on Oct. 22": it takes effect then
        if _deal_term(lw, a, w, act, j):
            return
        if a.instrument == "other" and lw[a.tok_end - 1] in _INQUIRY and w in _COMMISSION_VERBS:
            act = "announce"  # "a review of the timber trade that Trump ordered in March"
        elif w in lx.ANNOUNCE_VERBS and a.instrument in _MEASURES and j > a.tok_end \
                and lw[j - 1] not in ("be", "been", "being", "was", "were", "is", "are"):
            act = "impose"  # "the 34% tariff that Trump announced on Wednesday": a measure set, announced
        if act and act in allowed and w not in ("new", "fresh", "further", "higher", "deal"):
            if a.instrument == "tariff" and act == "ease" and not w.startswith(_LET_OFF_STEMS):
                act = "lower"  # (but "a chip tariff waiver", "a tariff exemption": a let-off eases it)
            a.action, a.action_tok = act, j
            a.cues.append(w)
            return
    if a.instrument in _MEASURES:
        # "the 25% tariff on steel and 10% tariff on aluminum that Washington imposed on June 1": the
        # relative clause after the last measure tells how each of them began
        after = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
        m = _SHARED_REL_VERB.match(_text(doc), after, sent.end)
        if m is not None:
            j = next((k for k in range(a.tok_end, sent.tok_end) if doc[k].idx == m.start("verb")), None)
            if j is not None:
                a.action, a.action_tok = "impose", j
                a.cues.append(lw[j])
                return
    if a.instrument == "agreement":
        # "New Zealand's free trade agreement with the EU came into force on Wednesday", "the pact has been
        # provisionally applied since May", "the deal is now in force": a deal put into force is a deal
        # made, in force from that day (eval/README.md)
        j = _takes_effect_at(doc, sent, a, hi, other_spans)
        if j is None:
            j = _now_in_force(doc, a, hi, other_spans)
        if j is not None and _entry_told(doc, sent, a, j):
            a.action, a.action_tok = "agree", j
            a.cues.append("take effect")
            return
    if a.instrument not in SYMMETRIC and a.instrument != "legal_ruling":
        # "duties of up to 35% on electric vehicles made in China came into force on Wednesday":
        # the measure's own predicate, past a long noun phrase
        j = _takes_effect_at(doc, sent, a, hi, other_spans)
        if j is not None:
            a.action, a.action_tok = "impose", j
            a.cues.append("take effect")
            return
        j = _rate_change_at(doc, a, hi, other_spans)
        if j is not None:
            down = lw[j] in _COME_DOWN
            a.action, a.action_tok = "lower" if down else _RATE_PREDICATE.get(lw[j], "impose"), j
            a.cues.append(lw[j])
            return
    if a.instrument == "entity_list" and _list_object(doc, a, lo):
        # "added dozens of Chinese companies, including X and Y, to its entity list": the verb may
        # stand far before "to ... list"
        for j in range(a.tok_start - 1, lo - 1, -1):
            w = lw[j]
            if w in _LIST_VERBS:
                a.action, a.action_tok = _LIST_VERBS[w], j
                a.cues.append(w)
                return
    if a.instrument == "legal_ruling":
        for j in range(a.tok_start - 1, max(lo, a.tok_start - 8) - 1, -1):
            if lw[j] in lx.LEGAL_OPEN:
                a.action, a.action_tok = "announce", j
                a.cues.append(lw[j])
                return
        phrase = doc[a.tok_start:a.tok_end].text.lower()
        if phrase in ("world trade organization", "lawsuit", "legal challenge", "legal action") or phrase.startswith("wto"):
            return  # the WTO named as a body, or a case nobody opened or decided here
    if a.instrument == "legal_ruling" and lw[a.tok_start] in ("ruling", "rulings") and not any(
            w in _COURT_WORDS for w in lw[sent.tok_start:sent.tok_end]) \
            and "world trade organization" not in sent.text.lower():
        return  # "the pork ruling", "its final ruling" in a trade-remedy case: no court has ruled
    own = lx.SELF_ACTION.get(a.instrument)
    if own:
        a.action, a.action_tok = own, a.tok_start
        return
    if a.instrument in _MEASURES | {"entity_list"} and a.tok_start - 1 >= lo \
            and lw[a.tok_start - 1] in ("possible", "potential"):
        # "consulting on possible surtaxes on Chinese batteries": a measure in view, not taken
        a.action, a.action_tok = "threaten", a.tok_start - 1
        a.cues.append(lw[a.tok_start - 1])
        return
    if a.instrument in _CONTROLS and a.tok_start - 2 >= lo and _YEAR.fullmatch(doc[a.tok_start - 1].text) \
            and lw[a.tok_start - 2] in _OWNED_DET:
        # "Seoul's 2013 ban on Japanese fishery products", "the 2019 curbs on chip exports": a measure told
        # as background by its year, put on then (ANNOTATION.md 1)
        a.action, a.action_tok = "impose", a.tok_start - 1
        a.cues.append("dated measure")
        return
    if a.instrument == "agreement" and a.action is None and doc[a.tok_start].is_title \
            and a.tok_start > sent.tok_start and not sent.headline:
        return  # "the North American Free Trade Agreement": a treaty named, not a deal reached here
    if a.instrument == "agreement" and a.action is None and _AS_DEAL_SAYS.search(
            _text(doc)[max(sent.start, doc[a.tok_start].idx - 12):doc[a.tok_start].idx]) \
            and _DEAL_SAYS_VERB.match(_text(doc), doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])):
        return  # "instead of scrapping it in 2021 as the pact now requires": what a deal says, not a deal made
    if a.instrument == "agreement" and a.action is None and _deal_referred(doc, sent, a):
        return  # "benefited from the trade deal with X", "the pact's rules": a deal named, not made here
    if a.instrument == "agreement" and a.action is None and a.tok_start - 2 >= lo \
            and lw[a.tok_start - 2] in _KEEP_DEAL and lw[a.tok_start - 1] in ("the", "its", "their", "a"):
        return  # "in a bid to save the deal": a deal kept alive, not made here
    if a.instrument == "agreement" and a.action is None:
        # "the Geneva agreement", "the preliminary deal", "the phase one deal": a deal that exists
        window = " ".join(t.lower_ for t in doc[max(lo, a.tok_start - 4):a.tok_start])
        if re.search(r"\b(the|its|their|this|that|last|earlier|previous|preliminary)\b", window) or any(
            doc[k].is_title for k in range(max(lo, a.tok_start - 2), a.tok_start)
        ):
            a.action, a.action_tok = "agree", a.tok_start
            a.cues.append("default:agree")


_KEEP_DEAL = {"save", "saves", "saved", "saving", "salvage", "salvaged", "salvaging", "rescue", "rescued", "rescuing",
              "preserve", "preserved", "preserving", "protect", "protected", "protecting"}
_YEAR = re.compile(YEAR_PATTERN)
_OWNED_DET = {"'s", "’s", "the", "its", "their", "his", "her", "a"}


# an aside between commas after a measure, past which its own predicate follows ("Tariffs on laptops,
# originally due on May 1, were pushed back")
_ASIDE_START = {"originally", "initially", "previously", "first", "once", "earlier", "already", "due"}


def _right_of(doc, a: Anchor, hi: int):  # type: ignore[no-untyped-def]
    """The tokens after the measure where its predicate may stand: up to eight, past one aside between commas."""
    j, end, skipped = a.tok_end, min(hi, a.tok_end + 8), False
    while j < end:
        if not skipped and doc[j].text == "," and j + 1 < hi and _lw(doc)[j + 1] in _ASIDE_START:
            close = next((k for k in range(j + 2, min(hi, j + 16)) if doc[k].text in (",", ";")), None)
            if close is not None and doc[close].text == ",":
                j, end, skipped = close + 1, min(hi, close + 5), True
                continue
        yield j
        j += 1


# words that close the measure's noun phrase before a particle could: a purpose clause, another phrase
_PHRASE_CLOSE = {"to", "in", "for", "with", "by", "and", "that", "which", "as", "so", "while", "after", "before",
                 "because", "until", "amid"}


def _phrasal_over(doc, a: Anchor, j: int, hi: int, other_spans: set[int]) -> str | None:  # type: ignore[no-untyped-def]
    """A phrasal verb whose particle closes the measure's noun phrase: "let its tariffs on salmon lapse",
    "allowed the duties to expire", "rolled the levies back", "set the surcharge aside"."""
    lw = _lw(doc)
    phr = lx.PHRASAL_ACTIONS.get(lw[j])
    if phr is None or a.instrument not in _MEASURES | {"other"}:
        return None
    for k in range(a.tok_end, min(hi, a.tok_end + 8)):
        w = lw[k]
        if k in other_spans or doc[k].text in (",", ";"):
            return None
        if w in phr[0]:
            # "put them on hold", "put the levies on ice"; "let them run out" (not "let them run for five years")
            if w in ("hold", "ice") and lw[k - 1] != "on" \
                    or w == "run" and not (k + 1 < hi and lw[k + 1] == "out"):
                return None
            return phr[1]
        if w in _PHRASE_CLOSE and not (w == "to" and k + 1 < hi and lw[k + 1] in ("expire", "lapse")):
            return None  # "put duties on steel in a bid to hold off imports": the particle is another verb's
    return None


_ORDER_OBJECT = _RATE_WORDS | _MODIFIER_SKIP | {"%", "-", "its", "their", "his", "her", "punitive", "steep"}
_ORDER_CLAUSE_END = _SUBORDINATORS | {"that", "which", "who", "and", "but"}


def _orders_measure(doc, a: Anchor, j: int, hi: int, other_spans: set[int], allowed: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """"ordered a 25% tariff on ...": the order at ``j`` sets the measure when the measure is its direct object
    (only an article, a rate or a modifier between) and no verb after the measure tells what was done to it
    ("ordered the tariffs on lumber delayed": deferred; "ordered a review of the tariffs": no measure set)."""
    lw = _lw(doc)
    if not all(lw[k] in _ORDER_OBJECT or doc[k].like_num for k in range(j + 1, a.tok_start)):
        return False
    for k in _right_of(doc, a, hi):
        w = lw[k]
        if k in other_spans or doc[k].text in (",", ";", "(") or w in _ORDER_CLAUSE_END:
            break
        act = lx.ACTION_WORDS.get(w)
        if act is not None and act in allowed and act != "impose" and doc[k].is_lower \
                and w not in ("new", "fresh", "further", "higher", "deal"):
            return False
    return True


_RETALIATE = {"retaliate", "retaliates", "retaliated", "retaliating"}


def _retaliation_over(doc, sent: Sentence, a: Anchor, lo: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """A measure named in the phrase of a verb of hitting back: "retaliate against the US tariffs" (the measure
    answered: ("answered", token of the verb)), "hit back at the duties with levies on steel" (the answer:
    ("answer", token of the verb)), or None."""
    lw = _lw(doc)
    r = next((r for r in range(a.tok_start - 1, max(lo, a.tok_start - 12) - 1, -1)
              if lw[r] in _RETALIATE or lw[r] in _HIT_BACK and lw[r + 1] == "back"
              or doc[r].text in (",", ";") or lw[r] in _SUBORDINATORS), None)
    if r is None or doc[r].text in (",", ";") or lw[r] in _SUBORDINATORS:
        return None
    k = r + 2 if lw[r] in _HIT_BACK else r + 1

    def np(start: int) -> bool:
        return all(lw[x] in _NP_WORDS or lw[x] in _MODIFIER_SKIP or doc[x].like_num
                   or lw[x] in ("%", "'s", "’s", "per", "cent", "percent") or any(
                       m.label in ("COUNTRY", "GOOD") and m.token_start <= x < m.token_end for m in sent.mentions)
                   for x in range(start, a.tok_start))
    with_k = next((x for x in range(a.tok_start - 1, k - 1, -1) if lw[x] == "with"), None)
    if with_k is not None:
        return ("answer", r) if np(with_k + 1) else None
    if k < a.tok_start and lw[k] in ("at", "against") and np(k + 1):
        return ("answered", r)
    return None


_SET_VERBS = {"set", "sets", "setting", "fixed", "fixes", "fixing"}
# "set to", "set out", "set up", "set aside", "a set of": no measure set
_SET_NOT = {"to", "out", "up", "off", "aside", "for", "back", "forth", "about", "apart", "of", "down", "on"}
_SET_NOUN_BEFORE = {"a", "an", "the", "first", "second", "third", "new", "another", "latest", "fresh", "next", "whole"}


def _set_verb(doc, a: Anchor, j: int, hi: int) -> str | None:  # type: ignore[no-untyped-def]
    """"set provisional duties of 45%", "fixed anti-dumping duties at 12%": setting a duty imposes it (not
    "set to rise", "set out", "a set of tariffs"). Read before the measure only: after it ("the rate set in
    April") the verb mostly recalls a rate already told, and on the development set it added more wrong
    events than right ones."""
    lw = _lw(doc)
    if lw[j] not in _SET_VERBS or a.instrument not in ("tariff", "other"):
        return None
    if j + 1 < hi and lw[j + 1] in _SET_NOT or j > 0 and lw[j - 1] in _SET_NOUN_BEFORE:
        return None
    if any(lw[k] in ("letter", "letters") for k in range(max(0, j - 6), j)):
        return "threaten"  # "letters that set steep tariffs on goods from Japan": rates told by letter, a threat
    return "impose"


_KIND_ADJ = {"retaliatory", "counter", "punitive"}
_NP_WORDS = {"its", "their", "the", "his", "her", "our", "own", "all", "most", "some", "many", "of", "remaining",
             "those", "these", "existing", "earlier", "previous", "a", "an", "additional", "extra"}
_UNDO = {"lower", "ease", "suspend", "defer", "extend", "raise"}


def _threat_over_adjective(doc, j: int, lo: int) -> bool:  # type: ignore[no-untyped-def]
    """The adjective at ``j`` ("retaliatory") is governed by a verb of threatening or preparing
    ("preparing its own retaliatory tariffs")."""
    lw = _lw(doc)
    k = j - 1
    while k >= lo and k > j - 4 and lw[k] in _NP_WORDS:
        k -= 1
    return k >= lo and lx.ACTION_WORDS.get(lw[k]) == "threaten" and doc[k].is_lower


def _verb_over_adjective(doc, j: int, lo: int, allowed: set[str]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The verb of undoing or changing a measure ("lift", "remove", "suspend", "cut", "raise") that
    governs the noun phrase whose adjective at ``j`` names the kind of measure ("its own retaliatory
    duties", "most of their new tariffs"): (action, token) or None."""
    lw = _lw(doc)
    k = j - 1
    while k >= lo and k > j - 5 and lw[k] in _NP_WORDS:
        k -= 1
    if k < lo or lw[k] in _KIND_ADJ or lw[k] in _ADJ_ACTIONS:
        return None
    two = f"{lw[k - 1]} {lw[k]}" if k - 1 >= lo else ""
    act = lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(lw[k])
    if act not in _UNDO or act not in allowed or not doc[k].is_lower:
        return None
    if act == "ease":
        act = "lower"
    return act, (k - 1 if two in lx.ACTION_WORDS else k)


# a deal noun as the object of a preposition ("under the accord", "exports to the bloc rose under the pact",
# "the terms of the 2019 accord", "benefited from the trade deal"), or in apposition to a treaty's short name
# ("under the USMCA, the free trade pact with Mexico"): a deal referred to, not one the text tells was made
_DEAL_OBJECT = re.compile(r"(?:\b(?i:under|from|of|within|in|into|comply with|complies with|complied with)\s+"
                          r"(?i:the|this|that|its|their|his|her|our)\s+|\b[A-Z]{2,}[\w-]*\s*,\s+the\s+)"
                          r"(?:[\w.'’-]+\s+){0,4}$")
_DEAL_MADE_AFTER = {"reached", "struck", "signed", "sealed", "agreed", "announced", "clinched", "concluded",
                    "unveiled", "brokered", "finalised", "finalized", "inked", "hammered", "negotiated", "forged"}


def _deal_referred(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The deal noun at ``a`` names a deal the clause refers to (its possessive, the object of a
    preposition, an apposition to a treaty's name) with no verb of making it right after it."""
    after = _lw(doc)[a.tok_end:min(sent.tok_end, a.tok_end + 6)]
    if any(w in _DEAL_MADE_AFTER for w in after):
        return False  # "under the deal reached in Geneva": the deal is told as made
    if after and after[0] in ("'s", "’s"):
        return True  # "the pact's rules of origin", "the phase one deal's purchase targets"
    start = doc[a.tok_start].idx
    return bool(_DEAL_OBJECT.search(_text(doc)[max(sent.start, start - 50):start]))


_AS_DEAL_SAYS = re.compile(r"\b(?:as|what|than)\s+(?:the|that|this|their|its|our|a)\s+(?:[\w-]+\s+)?$", re.I)
_DEAL_SAYS_VERB = re.compile(r"\s+(?:now\s+|currently\s+|originally\s+|already\s+)?(?:requires?|required|provides?|"
                             r"provided|stipulates?|stipulated|allows?|allowed|envisages?|envisaged|foresees|"
                             r"foresaw|sets? out|calls? for|called for|demands?|permits?|permitted)\b", re.I)


def _takes_effect_at(doc, sent, a: Anchor, hi: int, other_spans: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """The token of "took effect" / "came into force" that is the measure's own predicate, or None."""
    lw = _lw(doc)
    for j in range(a.tok_end, min(hi, a.tok_end + 25)):
        if doc[j].text == "," and j > a.tok_end and _name_list_comma(doc, j):
            continue  # "a 19% tariff on goods from Malaysia, Cambodia and Thailand took effect": a list of names
        if doc[j].text == "," and j > a.tok_end:
            # "duties of 5% on $2bn of goods, a list that runs from wine to boats, came into force on
            # Friday": the measure's predicate past an apposition set off by commas
            k = next((k for k in range(j + 1, min(hi, j + 20)) if doc[k].text in (",", ";", "(")), None)
            if k is not None and doc[k].text == ",":
                k += 1
                while k < hi and lw[k] in _AUX:
                    k += 1
                if k < hi and lw[k] in EFFECT_VERBS and _TAKES_EFFECT.match(_text(doc), doc[k].idx):
                    return k
            return None
        if j in other_spans or doc[j].text in (",", "(", ";") or lw[j] in _SUBORDINATORS \
                or lw[j] in ("that", "which", "who"):
            return None
        if lw[j] in EFFECT_VERBS and _TAKES_EFFECT.match(_text(doc), doc[j].idx):
            return j
        if lw[j] in _APPLY_STATE and _dated_start_after(doc, sent, j, hi):
            # "duties of 5% on steel would apply to all three from Monday", "the levies have been in
            # force since 1 May", "have applied to Chile since March": the measure in force from a date
            return j
    return None


# what makes a deal's start no news of the day: a time clause ("once the deal takes effect") or a start
# still to come ("will take effect", "is expected to enter into force": the deal is told when it starts)
# (the subordinators that make a time or a condition, not "because", "since", "while": "in force since May" is a
# start told; and tokens, where dates._FUTURE is a pattern over the text)
_START_PENDING = (_SUBORDINATORS - {"because", "since", "while", "whereas", "although"}) | {
    "once", "whenever", "until", "till", "will", "would", "could", "may", "might", "shall", "should", "to", "can",
    "must", "expected", "due", "set"}


# what ends or breaks a deal, before "of"/"from" and the deal ("Britain's withdrawal from the pact", "the
# termination of the agreement", "in breach of the accord"): what takes effect is that, not the deal
_DEAL_ENDS = {"withdrawal", "exit", "termination", "suspension", "expiry", "expiration", "end", "pullout",
              "scrapping", "cancellation", "abrogation", "repeal", "lapse", "collapse", "departure", "revocation",
              "denunciation", "breach", "violation", "breaches", "violations", "contravention"}
# a deal in a phrase of a measure ("new duties on steel under the pact with Mexico took effect"): the
# measure takes effect
_DEAL_AS_FRAME = {"under", "in", "by", "within", "per", "through", "via"}
# a deal about no trade: "the ceasefire agreement took effect" (no trade deal in force)
_NOT_TRADE_DEAL = {"ceasefire", "cease-fire", "peace", "truce", "security", "defence", "defense", "military",
                   "border", "hostage", "prisoner", "climate", "migration", "nuclear", "arms", "power-sharing"}
# ... unless the deal's own words also say trade ("the trade and security pact", "the cross-border trade agreement")
_TRADE_DEAL_WORDS = {"trade", "free-trade", "economic", "commercial", "tariff", "investment", "customs"}


def _entry_told(doc, sent, a: Anchor, j: int) -> bool:  # type: ignore[no-untyped-def]
    """The deal at ``a`` is told as having entered into force at ``j`` (past or present), not in a time
    clause or as a start still to come, nor as the head of what ends it or of a measure taken under it."""
    lw = _lw(doc)
    if any(lw[k] in _START_PENDING for k in range(max(sent.tok_start, a.tok_end), j)):
        return False
    own = range(max(sent.tok_start, a.tok_start - 3), a.tok_end)
    if any(lw[k] in _NOT_TRADE_DEAL for k in own) and not any(lw[k] in _TRADE_DEAL_WORDS for k in own):
        return False
    k = a.tok_start - 1
    while k > sent.tok_start and k >= a.tok_start - 4 and doc[k].is_lower and lw[k] not in _DEAL_AS_FRAME \
            and lw[k] not in ("of", "from"):
        k -= 1  # back over the deal's determiner and modifiers ("under the new trade pact")
    if k >= sent.tok_start and (lw[k] in _DEAL_AS_FRAME or lw[k] in ("of", "from") and k > sent.tok_start
                                and lw[k - 1] in _DEAL_ENDS):
        return False
    k = a.tok_start - 1
    while k >= sent.tok_start and (doc[k].is_alpha and lw[k] not in _START_PENDING and k >= a.tok_start - 6):
        k -= 1  # back over the deal's own noun phrase ("once the new trade pact ...")
    return not (k >= sent.tok_start and lw[k] in _START_PENDING)


_IN_FORCE_STATE = (r"\s+(?:now\s+|already\s+|finally\s+|formally\s+)?"
                   r"(?:in\s+force|in\s+effect|operational|provisionally\s+(?:applied|in\s+force))\b")
_IN_FORCE_NOW = re.compile(r"(?:is|are|was|were|has been|have been)" + _IN_FORCE_STATE, re.I)

# a deal in force in the past only: an end, or a span of time, told right after its state ("was in force until
# 2019", "was in effect for two years before ...", "was in force, but it lapsed in 2015"; not "was already in force
# before the new tariffs were announced": in force then and still)
_ONCE_IN_FORCE = re.compile(r"(?:was|were)" + _IN_FORCE_STATE + r"\s*,?\s*(?:(?:only|just)\s+)?(?:until\b|till\b|"
                            r"(?:(?:but|and|then)\s+)?(?:it\s+|they\s+)?(?:later\s+|eventually\s+|quietly\s+)?"
                            r"(?:ended(?!\s+up\b)|expired|lapsed|ran\s+out(?!\s+of\b)|(?:was|were)\s+(?:scrapped|revoked|terminated|"
                            r"repealed|withdrawn|abandoned))\b|"
                            r"for\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+|over\s+)?(?:a|an|one|two|"
                            r"three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:years?|decades?|months?)\b)",
                            re.I)


def _now_in_force(doc, a: Anchor, hi: int, other_spans: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """"The deal is now in force", "the pact was provisionally applied": the deal's own predicate says it
    applies (not "remains in force", a state that goes on: no news), the token of its verb, or None."""
    lw = _lw(doc)
    for j in range(a.tok_end, min(hi, a.tok_end + 10)):
        if j in other_spans or doc[j].text in (",", "(", ";") or lw[j] in _SUBORDINATORS \
                or lw[j] in ("that", "which", "who", "remain", "remains", "remained", "still", "not"):
            return None
        if lw[j] in ("is", "are", "was", "were", "has", "have") and _IN_FORCE_NOW.match(_text(doc), doc[j].idx):
            if lw[j] in ("was", "were") and _ONCE_IN_FORCE.match(_text(doc), doc[j].idx):
                # "was in force until 2019", "was in effect for two years before ...": no longer; and "was in
                # force, but it lapsed": the next clause, past the comma, ends it
                return None
            return j
    return None


_APPLY_STATE = {"apply", "applies", "applied", "applying", "in"}
_STATE_NOUNS = {"force", "effect", "place"}
_START_MARKS = {"from", "since", "starting", "beginning", "effective"}


def _dated_start_after(doc, sent, j: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """At ``j`` a verb of applying ("would apply to Peru from Friday") or "in force"/"in place", and
    within its clause "from"/"since" and a date: the start of a measure."""
    lw = _lw(doc)
    k = j + 1
    if lw[j] == "in":
        if k >= hi or lw[k] not in _STATE_NOUNS or lw[j - 1] in ("remain", "remains", "remained",
                                                                              "stay", "stays", "stayed", "still"):
            return False
        k += 1
    for m in range(k, min(hi - 1, k + 9)):
        if doc[m].text in (",", ";", "(") or lw[m] in ("that", "which", "who", "until", "unless", "if"):
            return False
        if lw[m] in _START_MARKS:
            end = doc[m].idx + len(doc[m].text)
            return any(doc[m].idx <= d.start <= end + 1 and d.end > end for d in sent.dates)
    return False




_RATE_PREDICATE = {**{w: "raise" for w in ("rise", "rises", "rose", "climb", "climbs", "climbed", "jump", "jumps",
                                             "jumped", "increase", "increases", "increased", "raised", "lifted",
                                             "hiked", "doubled", "go", "goes", "went", "doubles", "tripled",
                                             "triples", "quadrupled", "quadruples", "soared", "surged", "climbing",
                                             "rising")},
                   **{w: "lower" for w in ("fall", "falls", "fell", "drop", "drops", "dropped", "decline",
                                           "declines", "declined", "lowered", "cut", "reduced", "halved",
                                           "halves", "falling", "dropping", "eased", "eases")}}

_TO_RATE_NEXT = re.compile(r"\s+(?:a\s+|an\s+)?(?:rate\s+of\s+)?" + _RATE_RX, re.I)

_START_PREDICATE = {"apply", "follow", "start", "begin", "commence"}
_CLAUSE_JOINS = {"and", "but", "or", "while", "as", "so"}


def _rate_change_at(doc, a: Anchor, hi: int, other_spans: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """"the 25% duty on a separate $250 billion of goods will rise to 30%": the measure's rate
    changes, told by an auxiliary and a verb of rising or falling followed by "to", past a long noun
    phrase. The token of the verb, or None."""
    lw = _lw(doc)
    skip_to = a.tok_end
    for j in range(a.tok_end, min(hi - 2, a.tok_end + 25)):
        w = lw[j]
        if j < skip_to:
            continue
        if doc[j].text == "," and (_LIST_COMMA.match(_text(doc), doc[j].idx) or j > a.tok_end and _name_list_comma(doc, j)):
            # "duties on engines, transmissions and other parts are to follow": a list of goods; "the tariff
            # on goods from Malaysia, Cambodia and Thailand will rise to 25%": a list of names
            continue
        if doc[j].text == "," and j > a.tok_end:
            close = _rate_aside_end(doc, j, hi)
            if close is not None:
                skip_to = close + 1  # "the tariff on beef, now 38.5 percent, will drop to 26.6 percent"
                continue
        if j in other_spans or doc[j].text in (",", "(", ";") or w in _SUBORDINATORS \
                or w in ("that", "which", "who"):
            return None
        k_to = _past_rate_verb(doc, j, hi)
        if k_to is not None and (j > a.tok_end or lw[a.tok_end - 1] in ("rate", "rates")) \
                and lw[k_to] in ("to", "by") \
                and _TO_RATE_NEXT.match(_text(doc), doc[k_to].idx + len(doc[k_to].text)) \
                and lw[j - 1] not in ("which", "that", "who") \
                and not any(lw[k] in _CLAUSE_JOINS or lw[k].endswith("ed") for k in range(a.tok_end, j)):
            # "the levy on Peruvian copper entering Chile quadrupled to 40% on Monday": its own verb; not
            # "tariffs on solar panels pushed prices up and imports fell to 20%" (another subject's verb)
            return j
        if w in ("will", "would", "is", "are", "was", "were", "to") and j > a.tok_end:
            k = j + 1
            if lw[k] in ("be", "been", "now"):
                k += 1
            if k + 2 < hi and lw[k] in ("scheduled", "set", "due", "expected", "slated") and lw[k + 1] == "to":
                k += 2  # "are scheduled to follow", "is set to rise to 30%"
            k_to = _past_rate_verb(doc, k, hi)
            if k_to is not None and lw[k_to] in ("to", "by"):
                return k
            if k + 1 < hi and lw[k] in _START_PREDICATE and lw[k + 1] != "to" \
                    and a.instrument in _MEASURES | {"other"}:
                return k  # "tariffs on another $16 billion of goods would follow in two weeks"
            return None
    return None


_COME_DOWN = {"come", "comes", "came", "coming"}
_RATE_ADVERBS = {"further", "gradually", "progressively", "again", "eventually", "steadily", "then"}


def _past_rate_verb(doc, j: int, hi: int) -> int | None:  # type: ignore[no-untyped-def]
    """At ``j`` a verb of a rate rising or falling ("drop", "rises", "coming down"), maybe with an
    adverb ("fall gradually", "coming down further"): the token after it, or None."""
    lw = _lw(doc)
    w = lw[j]
    if w in _COME_DOWN and j + 1 < hi and lw[j + 1] == "down":
        k = j + 2
    elif w in _RATE_PREDICATE:
        k = j + 1
    else:
        return None
    while k < hi and lw[k] in _RATE_ADVERBS:
        k += 1
    return k if k < hi else None


def _rate_aside_end(doc, j: int, hi: int) -> int | None:  # type: ignore[no-untyped-def]
    """At the comma ``j``, a short aside giving the present rate (", now 38.5 percent,", ", currently
    50%,"): the token of its closing comma, or None."""
    close = next((k for k in range(j + 1, min(hi, j + 7)) if doc[k].text in (",", ";", ".")), None)
    if close is None or doc[close].text != "," or close == j + 1:
        return None
    if not any(doc[k].like_num for k in range(j + 1, close)) or not any(
            _lw(doc)[k] in ("%", "percent", "per", "pc") for k in range(j + 1, close)):
        return None
    return close


_LIST_COMMA = re.compile(r",(?:\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,)*\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},?\s+"
                         r"(?:and|or)\s")


def _in_name(doc, sent: Sentence, j: int) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised word inside a name ("the Trade Expansion Act", "the Inflation Reduction
    Act") is not a verb of the sentence (headlines, capitalised throughout, are left alone)."""
    if sent.headline or j <= sent.tok_start or not doc[j].is_title:
        return False
    return doc[j - 1].is_title or (j + 1 < sent.tok_end and doc[j + 1].is_title)


_LIST_VERBS = {**{w: "impose" for w in ("add", "adds", "added", "adding", "put", "puts", "putting", "place",
                                         "places", "placed", "placing", "include", "included", "includes")},
               **{w: "ease" for w in ("remove", "removes", "removed", "removing", "delist", "delisted",
                                      "drop", "dropped", "take", "took", "taken", "strike", "strikes", "struck",
                                      "striking", "scrub", "scrubbed", "erase", "erased", "pull", "pulled")}}


def _list_object(doc, a: Anchor, lo: int) -> bool:  # type: ignore[no-untyped-def]
    """The list is the goal of a transfer: "... to its entity list", "... on a trade blacklist",
    "... from the Unreliable Entity List"."""
    lw = _lw(doc)
    j = a.tok_start - 1
    while j >= lo and lw[j] in ("its", "the", "a", "their", "his", "an", "us", "u.s.", "commerce",
                                        "department", "'s", "’s", "trade", "export", "china", "chinese", "american"):
        j -= 1
    return j >= lo and lw[j] in ("to", "on", "onto", "from", "off")
