"""Actions on a measure told earlier, named again by a pronoun or a bare definite noun: "That rate
was suspended a week later", "the government lifted that ban", "then dropped them in May", "which it
now intends to suspend", "Budapest let the restriction lapse". The noun or pronoun is no instrument
of its own: it stands for the last measure the text told that it can name, whose government, target
and goods the new act takes (ANNOTATION.md 1: the act on the measure is an event of its own)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import MONTHS, DateMention, _month_year_for, resolve_anchor
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.anchors import _is_date_tok
from tradeshock.extract.events.common import (
    _CLAUSE_BARRIERS,
    _GENERIC_SECTORS,
    _GOVERNMENT_WORDS,
    _MEASURES,
    _NOT_GOVERNMENT,
    SYMMETRIC,
    _clause_bounds,
    _lw,
    _mention_at,
    _text,
)
from tradeshock.extract.events.goods import base_subject
from tradeshock.extract.events.records import Anchor, Draft
from tradeshock.extract.events.restatements import _REFERS_BACK as _CHANGES
from tradeshock.extract.events.status import _REPORTING
from tradeshock.kb import KnowledgeBase

_NON_TARIFF = frozenset({"export_control", "import_restriction", "investment_restriction", "sanction", "entity_list"})
_ANY_MEASURE = frozenset(_MEASURES | {"entity_list", "other"})
# the bare nouns that name a measure told before, and the instruments each can name
_HEADS: dict[str, frozenset[str]] = {
    **{w: frozenset({"tariff"}) for w in ("rate", "rates")},
    **{w: _NON_TARIFF for w in ("ban", "bans", "embargo", "embargoes", "prohibition", "curbs", "curb", "controls",
                                "restrictions", "restriction", "limits", "quota", "quotas")},
    **{w: _ANY_MEASURE for w in ("measure", "measures", "suspension", "halt", "freeze", "order", "rule", "rules")},
}
_DETS = {"the", "that", "those", "these", "this", "its", "their", "his", "her"}
# action words that are nouns or adjectives, not verbs acting on an object
_NOT_VERBS = {"suspension", "extension", "exemption", "exemptions", "exclusion", "exclusions", "reprieve",
              "moratorium", "deferment", "reduction", "removal", "relaxation", "rollback", "resumption",
              "postponement", "renewal", "higher", "further", "frozen"}
_ADVERBS = {"partly", "partially", "fully", "also", "later", "then", "quickly", "temporarily", "formally",
            "effectively", "eventually", "finally", "since", "now", "already", "swiftly", "briefly", "largely",
            "subsequently", "soon", "promptly", "quietly", "duly"}
# the auxiliaries and lead-ins between a measure and the participle or infinitive that acts on it
# ("was suspended", "is due to return", "had been set to return"; not common._AUX, the auxiliaries of a clause)
_PASSIVE_LEAD = {"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "would", "will", "could",
                 "may", "might", "should", "to", "due", "set", "expected", "likely", "scheduled", "not", "n't"}
# phrasal acts: the verb, the particle that closes the object, the action
_PHRASAL = lx.PHRASAL_ACTIONS
# passive idioms after the measure: "would be held in reserve", "was shelved", "is due to return"
_CONDITION = re.compile(r"\b(?:without|unless|if|absent|failing)\b", re.I)
_SHELVE = {"shelve", "shelves", "shelved", "shelving"}
_RETURN = {"return", "returns", "returned", "snap", "snaps"}


def _verb_action(w: str) -> str | None:
    if w in _SHELVE:
        return "suspend"
    if w in _NOT_VERBS:
        return None
    act = lx.ACTION_WORDS.get(w)
    return act if act in _CHANGES else None


def _for_instrument(act: str, instrument: str) -> str:
    """"ease" a tariff is "lower" it, "lower" any other measure is "ease" it."""
    if instrument == "tariff" and act == "ease":
        return "lower"
    if instrument != "tariff" and act == "lower":
        return "ease"
    return act


_UNDONE_BEFORE = {"instead", "rather", "without", "not", "n't", "never", "refused", "declined", "refuses", "declines",
                  "no", "against", "whether"}


def _verb_blocked(doc, sent: Sentence, j: int) -> bool:  # type: ignore[no-untyped-def]
    """The act is not done ("instead of scrapping it", "refused to lift the ban") or is a noun
    ("Suspending the order buys time": a gerund subject names the act told before)."""
    lw = _lw(doc)
    if any(lw[k] in _UNDONE_BEFORE for k in range(max(sent.tok_start, j - 3), j)):
        return True
    return lw[j].endswith("ing") and (j == sent.tok_start or not doc[j - 1].is_alpha and doc[j - 1].text != ",")


def _np_after(doc, sent: Sentence, k: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The anaphoric noun phrase (or pronoun) that starts at token ``k``: its span."""
    lw = _lw(doc)
    while k < sent.tok_end and lw[k] in _ADVERBS:
        k += 1
    if k >= sent.tok_end:
        return None
    if lw[k] in ("it", "them"):
        return k, k + 1
    if lw[k] not in _DETS:
        return None
    for h in range(k + 1, min(sent.tok_end, k + 6)):
        w = lw[h]
        if w in _HEADS:
            if h + 1 < sent.tok_end and lw[h + 1] in _HEADS and lw[h + 1] != w:
                continue  # "the export ban rules": the last noun heads
            return k, h + 1
        t = doc[h]
        if not (t.is_alpha or "-" in t.text or "%" in t.text or t.like_num) or w in ("and", "or", "of", "on", "to", "for"):
            return None
    return None


_GOVERNMENT_DOERS = _GOVERNMENT_WORDS | {"he", "she", "we"}
# people and firms named in the plural: a "they" after them stands for them, not for a measure
# (only the plural no-government doers: "hurting the company. They were lifted" are the measures)
_PLURAL_PEOPLE = frozenset(w for w in _NOT_GOVERNMENT if w.endswith("s") and w != "appeals") | {"officials", "ministers", "leaders", "lawmakers", "diplomats", "envoys",
                                    "consumers", "shoppers", "people", "residents", "critics", "rivals", "sides"}
_PLURAL_MEASURES = frozenset({"tariffs", "duties", "levies", "curbs", "controls", "restrictions", "bans", "sanctions",
                              "quotas", "limits", "measures", "surcharges", "surtaxes", "countermeasures",
                              "counter-tariffs", "rates", "embargoes", "prohibitions"})
_PREPS = frozenset({"on", "of", "for", "with", "to", "from", "by", "against", "at", "in", "into", "over", "under",
                    "after", "before", "about", "between", "among", "including", "than", "like"})
_SUBJECT_SKIP = _ADVERBS | {"would", "will", "could", "may", "might", "should", "can", "not", "n't", "then", "also",
                             "again", "to"}
_OTHER = "-"  # a doer that is no government


def _np_doer(doc, sent: Sentence, k: int) -> str | None:  # type: ignore[no-untyped-def]
    """The kind of doer the noun phrase ending at token ``k`` names: a country's code, "gov" (a
    government word), ``_OTHER`` (a company, bank, court, people) or None (nothing known)."""
    m = next((m for m in sent.mentions if m.label != "GOOD" and m.token_start <= k < m.token_end), None)
    if m is not None:
        if m.label == "COMPANY":
            return _OTHER
        if m.label == "ORG":
            return "gov" if m.kind in ("gov_body", "legislature") else _OTHER
        if m.label == "COUNTRY":
            return m.key if m.kind != "demonym" else None
        return "gov" if m.label == "OFFICE" else None
    w = _lw(doc)[k]
    if w in _NOT_GOVERNMENT:
        return _OTHER
    if w not in _GOVERNMENT_DOERS:
        return None
    return _whose_government(doc, sent, k) or "gov"


def _whose_government(doc, sent: Sentence, k: int) -> str | None:  # type: ignore[no-untyped-def]
    """The country a government word at ``k`` belongs to, named just before it: "Argentina's economy
    ministry", "the Indian government", "India's government"."""
    lw = _lw(doc)
    j = k - 1
    while j >= sent.tok_start and j > k - 5:
        m = _mention_at(sent, j)
        if m is not None:
            return m.key if m.label == "COUNTRY" else None
        if lw[j] not in ("'s", "’s", "'") and not (doc[j].is_alpha and doc[j].is_lower) or lw[j] in _PREPS:
            return None
        j -= 1
    return None


def _in_phrase(doc, sent: Sentence, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The noun at ``k`` is the object of a preposition ("after talks with Toyota"), no subject."""
    lw = _lw(doc)
    m = _mention_at(sent, k)
    j = (m.token_start if m is not None else k) - 1
    while j > sent.tok_start and j > k - 4 and (lw[j] in _DETS or lw[j] in ("a", "an") or doc[j].is_alpha
                                                 and lw[j] not in _PREPS and not doc[j].text[:1].isupper()
                                                 and _mention_at(sent, j) is None):
        j -= 1
    return j >= sent.tok_start and lw[j] in _PREPS


def _nearest_doer(doc, sent: Sentence, end: int) -> str | None:  # type: ignore[no-untyped-def]
    """The doer of an act whose subject is not just before its verb: the nearest doer before token ``end``
    in its clause that is no object of a preposition ("Exporters said Washington on Friday suspended
    them"; a noun after a preposition that a reporting verb follows is a subject: "after the administration
    said it would ..."); without one in the clause, the sentence's first doer (the subject a coordinated
    predicate shares: "BYD said it would cut prices, and then cut them")."""
    lw = _lw(doc)
    lo = end
    while lo > sent.tok_start and lw[lo - 1] not in _CLAUSE_BARRIERS \
            and not (lw[lo - 1] == "and" and lo - 2 >= sent.tok_start and lw[lo - 2] == ","):
        lo -= 1
    for k in range(end - 1, lo - 1, -1):
        kind = _np_doer(doc, sent, k)
        if kind is None:
            continue
        m = _mention_at(sent, k)
        nxt = m.token_end if m is not None else k + 1
        if not _in_phrase(doc, sent, k) or nxt < sent.tok_end and lw[nxt] in _REPORTING:
            return kind
    for k in range(sent.tok_start, lo):
        kind = _np_doer(doc, sent, k)
        if kind is not None and not _in_phrase(doc, sent, k):
            return kind
    return None


def _doer(doc, sent: Sentence, verb: int) -> str | None:  # type: ignore[no-untyped-def]
    """Who does the act of the verb at ``verb`` that takes the measure named again as its object."""
    lw = _lw(doc)
    k = verb - 1
    while k >= sent.tok_start and lw[k] in _SUBJECT_SKIP:
        k -= 1
    if k < sent.tok_start:
        return None
    if lw[k] in ("it", "they", "he", "she", "we"):
        near = _nearest_doer(doc, sent, k)
        return near if near == _OTHER else _np_doer(doc, sent, k)
    kind = _np_doer(doc, sent, k)
    return kind if kind is not None else _nearest_doer(doc, sent, verb)


# what may follow the head of a measure named again ("the ban on rice exports", "the suspension for 90
# days") besides the antecedent's goods and target; anything else makes it another thing ("the limits on
# foreign ownership")
_MODIFIER_OK = frozenset({"exports", "imports", "goods", "products", "shipments", "sales", "its", "their", "his",
                          "her", "all", "most", "some", "certain", "the", "a", "an", "another", "further", "more",
                          "day", "days", "week", "weeks", "month", "months", "year", "years", "per", "cent",
                          "percent", "tariff", "tariffs", "duty", "duties", "levy", "levies", "ban", "curbs",
                          "controls", "restrictions", "measures", "and", "such", "those", "these", "them", "it", "of",
                          # the measure's own adjectives and rate words ("the suspension of the higher tariffs")
                          "higher", "lower", "new", "reciprocal", "additional", "extra", "retaliatory", "punitive",
                          "existing", "current", "rate", "rates", "import", "export"})
# the phrases of manner after the measure: "on humanitarian grounds", "on a temporary basis"
_MANNER = frozenset({"grounds", "basis"})
_MODIFIER_END = frozenset({",", ".", ";", ":", "(", ")", "—", "in", "at", "until", "till", "by", "from", "to", "after",
                           "before", "as", "when", "next", "last", "this", "on", "that", "which"})


def _other_modifier(doc, sent: Sentence, end: int, ante: Draft | None,  # type: ignore[no-untyped-def]
                    kb: KnowledgeBase | None) -> bool:
    """The head of a noun phrase named again is followed by "on/of" and material that is not the
    antecedent's goods or target: "the limits on foreign ownership of carmakers" is another measure."""
    lw = _lw(doc)
    if end >= sent.tok_end or lw[end] not in ("on", "of"):
        return False  # (not "for": "suspended the order for now", "for the time being", "for 90 days")
    if lw[end] == "on" and any(lw[k] in _MANNER for k in range(end + 1, min(sent.tok_end, end + 5))):
        return False
    goods = set(ante.subject) if ante is not None else set()
    any_goods = not goods or bool(goods & _GENERIC_SECTORS)
    for k in range(end + 1, min(sent.tok_end, end + 7)):
        w = lw[k]
        if w in _MODIFIER_END:
            return False
        t = doc[k]
        if not t.is_alpha or w in _MODIFIER_OK or t.like_num or w in MONTHS \
                or _is_date_tok(sent, doc, k):
            continue  # (a date: "suspended the order on Friday")
        here = [m for m in sent.mentions if m.token_start <= k < m.token_end]
        if any(m.label == "COUNTRY" and (ante is None or ante.target in (None, m.key))
               or m.label == "GOOD" and (any_goods or m.key in goods or kb is not None and base_subject(kb, m.key) in goods)
               for m in here):
            continue
        return True
    return False


def _they_agrees(doc, sent: Sentence, k: int, ante: Draft | Anchor | None) -> bool:  # type: ignore[no-untyped-def]
    """A bare "they" stands for a measure only when the measure is plural, told in the same or the
    previous clause, and no plural noun of people or firms stands between ("Washington imposed tariffs
    ..., and Canadian negotiators walked out. They will return on Friday": the negotiators return)."""
    if ante is None:
        return False
    lw = _lw(doc)
    if isinstance(ante, Anchor):
        if lw[ante.tok_end - 1] not in _PLURAL_MEASURES:
            return False
        start = ante.tok_end
    else:
        text = _text(doc)
        if not any(w in _PLURAL_MEASURES for w in text[ante.evidence[0]:ante.evidence[1]].lower().split()):
            return False
        start = k
        while start > 0 and doc[start - 1].idx >= ante.evidence[1]:
            start -= 1
    for j in range(start, k):
        w = lw[j]
        if w in _PLURAL_PEOPLE or w == "," and j + 1 < k \
                and lw[j + 1] in ("and", "but") and (doc[j + 2].text[:1].isupper() or lw[j + 2] in _DETS):
            return False
        if (w == ";" or w in ("but", "while", "whereas")) and _new_subject(doc, sent, j + 1, k):
            return False  # ("..., but Chinese mills held firm and they ...": but not "..., but they were lifted")
    return True


def _new_subject(doc, sent: Sentence, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """Between tokens ``lo`` and ``hi`` a noun phrase opens (a name, a determiner, a pronoun other than
    "they"): a new subject after "but", "while" or ";" that a following "they" may stand for."""
    lw = _lw(doc)
    for j in range(lo, hi):
        t = doc[j]
        if not t.is_alpha or _is_date_tok(sent, doc, j):
            continue  # ("but in May 2021 they were lifted": a date opens no subject)
        if t.text[:1].isupper() and lw[j] not in _ADVERBS or lw[j] in _DETS or lw[j] in ("a", "an", "it", "he", "she", "we"):
            return True
    return False


def _by_agent(doc, sent: Sentence, verb: int) -> str | None:  # type: ignore[no-untyped-def]
    """The doer a passive names after "by": "The order was suspended by a federal court on Friday"
    (not "by 10%", "by Friday": no doer)."""
    lw = _lw(doc)
    end = min(sent.tok_end, verb + 6)
    j = next((j for j in range(verb + 1, end) if lw[j] in ("by", ",", ";", "and")), None)
    if j is None or lw[j] != "by":
        return None
    for k in range(j + 1, min(sent.tok_end, j + 6)):
        kind = _np_doer(doc, sent, k)
        if kind is not None:
            return kind
        if not doc[k].is_alpha or lw[k] in _PREPS:
            return None
    return None


def _anchor_subject(doc, sent: Sentence, a: Anchor | None) -> str | None:  # type: ignore[no-untyped-def]
    """The country whose measure an anchor of the same sentence tells: the doer of its verb ("Washington
    imposed tariffs on Indian shrimp in March, and New Delhi lifted them": the tariffs are Washington's)."""
    if a is None:
        return None
    verb = a.action_tok if a.action_tok is not None and a.action_tok < a.tok_start else a.tok_start
    kind = _doer(doc, sent, verb)
    return kind if kind not in ("gov", _OTHER) else None


def _head_instruments(doc, span: tuple[int, int]) -> frozenset[str]:  # type: ignore[no-untyped-def]
    w = _lw(doc)[span[1] - 1]
    return _HEADS.get(w, _ANY_MEASURE)


def _pronoun_subject_ok(doc, sent: Sentence, k: int) -> bool:  # type: ignore[no-untyped-def]
    """"They were lifted", "..., and it was suspended": the pronoun opens its clause."""
    return k == sent.tok_start or _lw(doc)[k - 1] in (",", "and", "but", ";", "then", "so", "yet")


def _passive_after(doc, sent: Sentence, h: int) -> tuple[int, str] | None:  # type: ignore[no-untyped-def]
    """The acting participle after a measure that is its subject: "was suspended", "had been lifted",
    "would be held in reserve", "is due to return", "was allowed to lapse"."""
    lw = _lw(doc)
    j = h
    aux = 0
    while j < sent.tok_end and (lw[j] in _PASSIVE_LEAD or lw[j] in _ADVERBS) and j - h < 6:
        if lw[j] == "set" and j + 1 < sent.tok_end and lw[j + 1] == "aside":
            break  # "were set aside": the participle, not a lead-in ("set to return")
        aux += lw[j] in _PASSIVE_LEAD
        j += 1
    if not aux or j >= sent.tok_end:
        return None
    w = lw[j]
    if w in ("held", "kept") and j + 2 < sent.tok_end and lw[j + 1] == "in" and lw[j + 2] == "reserve":
        return j, "suspend"
    if w in ("put", "placed") and j + 2 < sent.tok_end and lw[j + 1] == "on" and lw[j + 2] in ("hold", "ice"):
        return j, "suspend"
    if w == "set" and j + 1 < sent.tok_end and lw[j + 1] == "aside":
        return j, "suspend"
    if w in ("rolled", "scaled") and j + 1 < sent.tok_end and lw[j + 1] == "back":
        return j, "lower"
    if w in ("allowed", "left") and j + 2 < sent.tok_end and lw[j + 1] == "to" and lw[j + 2] in ("lapse", "expire"):
        return j, "ease"
    if w in _RETURN and lw[j - 1] in ("to", "will", "would") \
            and "had" not in [lw[k] for k in range(h, j)]:
        return j, "resume"  # (but "had been set to return on 1 April": a plan since changed)
    if lw[j - 1] not in ("was", "were", "is", "are", "be", "been", "being"):
        return None
    act = _verb_action(w)
    if act is None or not w.endswith(("ed", "en", "d", "t")):
        return None
    return j, act


def _relative_object(doc, sent: Sentence, k: int) -> tuple[int, str] | None:  # type: ignore[no-untyped-def]
    """"..., which it now intends to suspend": the measure before "which" is the object of the
    relative clause's acting verb, which has no object of its own."""
    lw = _lw(doc)
    j = k + 1
    lim = min(sent.tok_end, k + 8)
    subject = False
    while j < lim:
        w = lw[j]
        if w in (",", ";", ".", "(", ")"):
            return None
        act = _verb_action(w)
        if act is not None and subject:
            nxt = lw[j + 1] if j + 1 < sent.tok_end else "."
            if nxt in (",", ".", ";", "in", "on", "for", "until", "from", "after", "by", "at", "next", "this", "to",
                       "last", "when", "if", "once", "as", "before", ":", "—"):
                return j, act
            return None
        if w in ("it", "they", "he", "she", "we", "the", "government", "brussels", "beijing", "washington") \
                or doc[j].text[:1].isupper():
            subject = True
        j += 1
    return None


def back_reference_anchors(doc, sent: Sentence, anchors: list[Anchor], drafts: list[Draft],  # type: ignore[no-untyped-def]
                           kb: KnowledgeBase | None = None) -> list[Anchor]:
    """Anchors for acts on a measure named again by a pronoun or a bare definite noun (cue "anaphor")."""
    if not anchors and not (drafts and drafts[-1].sentence.index >= sent.index - 3):
        return []  # nothing here or in reach for a noun or pronoun to name again
    taken = {k for a in anchors for k in range(a.tok_start, a.tok_end)}
    verbs = {a.action_tok for a in anchors if a.action_tok is not None}
    found: list[tuple[tuple[int, int], int, str, bool]] = []  # (noun phrase, verb, action, object of the verb)
    shared: set[int] = set()  # the verbs of a second predicate of the same noun phrase
    lw = _lw(doc)
    for j in range(sent.tok_start, sent.tok_end):
        w = lw[j]
        # the verb before its object: "lifted that ban", "extended it", "let that restriction lapse"
        act = _verb_action(w)
        phrasal = _PHRASAL.get(w)
        if act is not None or phrasal is not None:
            np = _np_after(doc, sent, j + 1)
            if np is not None and phrasal is not None:
                k = np[1]
                if k < sent.tok_end and lw[k] == "on":
                    k += 1
                if k < sent.tok_end and lw[k] == "to":
                    k += 1
                if k < sent.tok_end and lw[k] in phrasal[0] \
                        and not (lw[k] == "run" and (k + 1 >= sent.tok_end or lw[k + 1] != "out")):
                    act = phrasal[1]  # (not "let them run for five more years")
                elif act is None:
                    np = None
            if np is not None and act is not None and j - 1 >= sent.tok_start and lw[j - 1] in ("to",) \
                    and w in ("set", "put", "let"):
                np = None
            if np is not None and np[1] < sent.tok_end and lw[np[1]] == "off":
                np = None  # "cutting it off from its suppliers": a cut-off, not a cut
            if np is not None and act is not None and not _verb_blocked(doc, sent, j):
                found.append((np, j, act, True))
                continue
        # the measure before its verb: "That rate was suspended", "They were lifted", "which was lifted"
        np = None
        if w in ("it", "they") and _pronoun_subject_ok(doc, sent, j):
            np = (j, j + 1)
        elif w in _DETS:
            np = _np_after(doc, sent, j)
            if np is not None and lw[np[0]] in ("it", "them"):
                np = None
        if np is not None:
            passive = _passive_after(doc, sent, np[1])
            if passive is not None:
                found.append((np, passive[0], passive[1], False))
            first = passive[0] if passive is not None else _participle_after(doc, sent, np[1])
            if first is not None:
                # "The higher rates were unveiled in April and suspended a week later": the second predicate
                more = _coordinated_predicates(doc, sent, first)
                shared.update(m[0] for m in more)
                found.extend((np, *m, False) for m in more)
        if w in ("which", "that") and j > sent.tok_start and lw[j - 1] == ",":
            passive = _passive_after(doc, sent, j + 1)
            if passive is not None:
                found.append(((j, j + 1), passive[0], passive[1], False))
            else:
                rel = _relative_object(doc, sent, j)
                if rel is not None:
                    found.append(((j, j + 1), rel[0], rel[1], False))
    out: list[Anchor] = []
    for np, verb, act, is_object in found:
        if verb in verbs or verb not in shared and any(k in taken for k in range(np[0], np[1])):
            continue
        relative = lw[np[0]] in ("which", "that") and np[1] - np[0] == 1
        if not is_object and _verb_blocked(doc, sent, verb):
            continue
        doer = _doer(doc, sent, verb) if is_object else _by_agent(doc, sent, verb)
        if doer == _OTHER:
            continue  # a company, a bank, a court or people act on something else
        instrument, ante = _antecedent_instrument(doc, sent, np, anchors, drafts, relative)
        if instrument is None:
            continue
        actor = ante.actor if isinstance(ante, Draft) else _anchor_subject(doc, sent, ante) if doer else None
        if doer not in (None, "gov") and actor is not None and doer != actor:
            continue  # "Brazil ... cut the rate": another government acts on its own rate
        if not relative and np[1] - np[0] > 1 and _other_modifier(doc, sent, np[1], ante if isinstance(ante, Draft) else None, kb):
            continue
        if lw[np[0]] == "they" and not _they_agrees(doc, sent, np[0], ante):
            continue
        act = _for_instrument(act, instrument)
        if act not in lx.ALLOWED_ACTIONS[instrument]:
            continue
        cues = [lw[verb], "anaphor"]
        if relative:
            cues.append("relative")
            # ("Jakarta's ban on palm oil exports, which was lifted": the clause's measure is the noun phrase
            # before it, whose goods the frame reads)
            np = (ante.tok_start, np[1])
        out.append(Anchor(instrument, np[0], np[1], act, verb, cues))
        taken.update(range(np[0], np[1]))
        verbs.add(verb)
    _acts_on_bare_anchors(doc, sent, anchors, verbs)
    return out


def _acts_on_bare_anchors(doc, sent: Sentence, anchors: list[Anchor], verbs: set[int | None]) -> None:  # type: ignore[no-untyped-def]
    """A measure noun no action word reached: "Abuja shelved the ban", "the tariffs would be held in
    reserve", "Ankara let the levy lapse": the idiom acting on it gives its action."""
    lw = _lw(doc)
    for a in anchors:
        if a.instrument in SYMMETRIC:
            continue
        aside = _aside_end(doc, sent, a.tok_end)
        if aside is not None and (a.action_tok is None or a.tok_end < a.action_tok < aside):
            # "The older duties, which hit €8bn of exports, were suspended in 2021": the verb after the
            # aside acts on the measure, not the verb inside it
            passive = _passive_after(doc, sent, aside)
            if passive is not None and passive[0] in verbs:
                passive = _freed_verb(doc, anchors, passive, verbs)
            if passive is not None and passive[0] not in verbs:
                act, j = passive[1], passive[0]
                act = _for_instrument(act, a.instrument)
                if act in lx.ALLOWED_ACTIONS[a.instrument]:
                    a.action, a.action_tok = act, j
                    a.cues.append(lw[j])
                continue
        if a.action and a.action_tok is not None and a.action_tok > a.tok_end \
                and _passive_after(doc, sent, a.tok_end) == (a.action_tok, a.action):
            # "Those duties were suspended in 2021 under a truce": the deal does not share the measure's verb
            verbs.add(a.action_tok)
            _freed_verb(doc, [b for b in anchors if b is not a], (a.action_tok, a.action), verbs)
        if a.action:
            continue
        passive = _passive_after(doc, sent, a.tok_end)
        if passive is not None and passive[0] not in verbs:
            act, j = passive[1], passive[0]
        else:
            k = a.tok_start - 1
            while k > sent.tok_start and k > a.tok_start - 5 and lw[k] not in _DETS:
                k -= 1
            j = k - 1
            if k <= sent.tok_start or lw[k] not in _DETS or j in verbs:
                continue
            while j > sent.tok_start and lw[j] in _ADVERBS:
                j -= 1
            act = "suspend" if lw[j] in _SHELVE else None
            phrasal = _PHRASAL.get(lw[j])
            if phrasal is not None:
                e = a.tok_end
                while e < sent.tok_end and lw[e] in ("on", "to"):
                    e += 1
                act = phrasal[1] if e < sent.tok_end and lw[e] in phrasal[0] \
                    and not (lw[e] == "run" and (e + 1 >= sent.tok_end or lw[e + 1] != "out")) else None
            if act is None or _verb_blocked(doc, sent, j):
                continue
        act = _for_instrument(act, a.instrument)
        if act in lx.ALLOWED_ACTIONS[a.instrument]:
            a.action, a.action_tok = act, j
            a.cues.append(lw[j])


def _participle_after(doc, sent: Sentence, h: int) -> int | None:  # type: ignore[no-untyped-def]
    """The participle of a passive after a measure that is its subject ("were first unveiled")."""
    lw = _lw(doc)
    j = h
    while j < sent.tok_end and (lw[j] in _PASSIVE_LEAD or lw[j] in _ADVERBS | {"first"}) and j - h < 5:
        j += 1
    if j == h or j >= sent.tok_end or lw[j - 1] not in ("was", "were", "been", "first") \
            or not lw[j].endswith(("ed", "en", "d", "t")):
        return None
    return j


_DEFAULTS = {"agreement": "agree", "talks": "negotiate"}


def _freed_verb(doc, anchors: list[Anchor], passive: tuple[int, str], verbs: set[int | None]  # type: ignore[no-untyped-def]
                ) -> tuple[int, str] | None:
    """"were suspended in 2021 under a truce": a verb a deal or talks noun after it took (through a
    preposition) acts on the measure that is its subject; the deal keeps its own default reading."""
    j = passive[0]
    holder = next((b for b in anchors if b.action_tok == j), None)
    if holder is None or holder.instrument not in _DEFAULTS or holder.tok_start <= j \
            or not any(_lw(doc)[k] in ("under", "after", "amid", "with", "in") for k in range(j + 1, holder.tok_start)):
        return None
    holder.action, holder.action_tok = _DEFAULTS[holder.instrument], holder.tok_start
    holder.cues.append("default:" + holder.action)
    verbs.discard(j)
    return passive


def _aside_end(doc, sent: Sentence, k: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after a relative aside that follows a noun (", which hit €8bn of exports,")."""
    lw = _lw(doc)
    if k + 1 >= sent.tok_end or lw[k] != "," or lw[k + 1] not in ("which", "that"):
        return None
    close = next((j for j in range(k + 2, min(sent.tok_end, k + 20)) if lw[j] in (",", ";", ".")), None)
    return close + 1 if close is not None and lw[close] == "," else None


def _coordinated_predicates(doc, sent: Sentence, verb: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """"... had been suspended for 90 days, and was due to return on July 9", "were unveiled in April
    and suspended a week later": a second predicate of the same subject."""
    lw = _lw(doc)
    for k in range(verb + 1, min(sent.tok_end - 1, verb + 16)):
        if lw[k] in (";", ":", "which", "that", "while", "but"):
            return []
        if lw[k] == "and" and lw[k + 1] in _PASSIVE_LEAD:
            more = _passive_after(doc, sent, k + 1)
            return [more] if more is not None else []
        if lw[k] == "and":
            j = k + 1
            while j < sent.tok_end - 1 and lw[j] in _ADVERBS:
                j += 1
            act = _verb_action(lw[j])
            if act is not None and lw[j].endswith(("ed", "en", "d", "t")):
                return [(j, act)]
            return []
    return []


def _antecedent_instrument(doc, sent: Sentence, np: tuple[int, int], anchors: list[Anchor],  # type: ignore[no-untyped-def]
                           drafts: list[Draft], relative: bool) -> tuple[str | None, Anchor | Draft | None]:
    """The instrument of the measure a noun phrase names again, and that measure (an anchor of the same
    sentence or a draft told before)."""
    if relative:
        # the noun phrase the relative clause hangs on, just before it
        before = [a for a in anchors if a.tok_end <= np[0] and np[0] - a.tok_end <= 8 and a.instrument in _ANY_MEASURE]
        head = max(before, key=lambda a: a.tok_end) if before else None
        return (head.instrument, head) if head is not None else (None, None)
    allowed = _ANY_MEASURE if np[1] - np[0] == 1 else _head_instruments(doc, np)
    here = [a for a in anchors if a.tok_end <= np[0] and a.instrument in allowed and a.action
            and a.instrument not in SYMMETRIC]
    if here:
        last = max(here, key=lambda a: a.tok_end)
        return last.instrument, last
    ante = _antecedent(sent, np, drafts, allowed, doc[np[0]].idx)
    return (ante.instrument, ante) if ante is not None else (None, None)


def _antecedent(sent: Sentence, np: tuple[int, int], drafts: list[Draft], allowed: frozenset[str],
                start: int) -> Draft | None:
    reach = 1 if np[1] - np[0] == 1 else 3  # a pronoun looks back one sentence, a noun three
    cands = [d for d in drafts if d.instrument in allowed and d.actor
             and sent.index - reach <= d.sentence.index <= sent.index and d.evidence[0] < start
             and "anaphor" not in d.cues and d.status not in ("threatened", "proposed")]
    if not cands:
        return None
    return max(cands, key=lambda d: (d.sentence.index, d.evidence[0]))


def take_antecedent(framed: list[Draft], drafts: list[Draft], doc, sent: Sentence, a: Anchor,  # type: ignore[no-untyped-def]
                    reference: str | None) -> list[Draft]:
    """The act on a measure named again takes that measure's government, target and goods, and the
    date told just after its verb. A measure noun that is the subject of its acting verb ("The levy
    was scrapped on 14 February") takes that date when the frame found none."""
    if "anaphor" not in a.cues:
        if a.action in _CHANGES and a.action_tok is not None and a.action_tok >= a.tok_end \
                and a.instrument not in SYMMETRIC and any(d.date is None or not d.date.value for d in framed):
            date = _date_after_verb(doc, sent, a, None, reference)
            if date is not None:
                framed = [d if d.date is not None and d.date.value else replace(d, date=date) for d in framed]
        return framed
    start = doc[a.tok_start].idx
    ante = _antecedent(sent, (a.tok_start, a.tok_end), drafts, frozenset({a.instrument}), start)
    if "relative" in a.cues:
        ante = next((d for d in reversed(drafts) if d.sentence is sent and d.instrument == a.instrument
                     and d.evidence[0] < start), None)
    goods: tuple[str, ...] = ()
    if ante is not None:
        # ("put tariffs on steel and aluminum, then lifted them": the goods of every draft of that telling)
        same = [d for d in drafts if d.sentence is ante.sentence and d.instrument == ante.instrument
                and d.actor == ante.actor and d.target == ante.target and d.action == ante.action
                and "anaphor" not in d.cues]
        goods = tuple(dict.fromkeys(g for d in same for g in d.subject))
    date = _date_after_verb(doc, sent, a, ante, reference)
    lw_verb = _lw(doc)[a.action_tok] if a.action_tok is not None else ""
    out = []
    for d in framed:
        if ante is not None:
            target = d.target if d.explicit_target and d.target and d.target != ante.actor else ante.target
            d = replace(d, actor=ante.actor, target=target, subject=d.subject or goods,
                        explicit_actor=False, cues=[*d.cues, "parties:antecedent"])
        if date is not None:
            d = replace(d, date=date)
        if lw_verb in _RETURN and _CONDITION.search(_text(doc), doc[a.action_tok].idx, sent.end):
            # "was due to return on July 9 without a deal": a return that hangs on a condition is a threat
            d = replace(d, status="threatened", cues=[*d.cues, "conditional return"])
        out.append(d)
    return out


def _month_in_np(doc, a: Anchor, reference: str | None) -> DateMention | None:  # type: ignore[no-untyped-def]
    """"the April rate": the month that names the measure, in the year the story last told."""
    if not reference:
        return None
    for k in range(a.tok_start, a.tok_end):
        w = _lw(doc)[k]
        num = MONTHS.get(w) if w != "may" else None  # (not the modal)
        if num is not None:
            year = _month_year_for(num, dt.date.fromisoformat(reference), False)
            t = doc[k]
            return DateMention(t.idx, t.idx + len(t.text), t.text, "np_month", f"{year:04d}-{num:02d}", "month")
    return None


def _date_after_verb(doc, sent: Sentence, a: Anchor, ante: Draft | None,  # type: ignore[no-untyped-def]
                     reference: str | None) -> DateMention | None:
    """"was suspended in 2021", "lifted them in May 2019", "was paused a week later": the date that
    follows the verb (or its object) in the same clause; a shift is counted from the measure's day."""
    if a.action_tok is None:
        return None
    after = doc[max(a.action_tok, a.tok_end - 1)]
    pos = after.idx + len(after.text)
    _, hi = _clause_bounds(doc, sent, a.action_tok)
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    for d in sent.dates:
        if not pos <= d.start <= pos + 45 or d.start >= end:
            continue
        gap = _text(doc)[pos:d.start].lower()
        if any(w in gap.split() for w in ("until", "till", "through", "to")) or d.text.lower().startswith(("until", "till")):
            continue
        if d.anchor_offset is not None:
            told = ante.date if ante is not None and ante.date is not None and ante.date.value else None
            own = next((x for x in sent.dates if doc[a.tok_start].idx <= x.start < pos and x.value
                        and x.anchor_offset is None), None) or _month_in_np(doc, a, reference)
            if own is not None and not (told is not None and told.precision == "day" and told.value
                                        and own.precision == "month" and told.value.startswith(own.value or "-")):
                # "The higher April rate had been suspended a week after": a shift from the rate's month
                # (unless the measure told before has a day in that month: then from its day)
                told = own
            if told is not None and told.precision != "day" and abs(d.anchor_offset) <= 14:
                return replace(d, value=told.value, precision=told.precision, anchor_offset=None)
            d = resolve_anchor(d, told.value if told is not None and told.precision == "day" else reference)
        if d.value:
            return d
    return None
