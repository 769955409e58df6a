"""Step 3: the frame of an anchor: actor, target, goods, rate, date and status, as one or more drafts."""

from __future__ import annotations

import re
from dataclasses import replace

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.actions import _CAP_VERBS, _TABLED
from tradeshock.extract.events.common import (
    _BOTH_SIDES,
    _COMPANY_TARGETED,
    _GOVERNMENT_NOUNS,
    _INQUIRY,
    _MEASURES,
    _NOT_GOVERNMENT,
    _PACT_NOUNS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _THE_FIRM,
    POSSESSIVE_MARKS,
    SYMMETRIC,
    _clause_bounds,
    _dedupe,
    _dedupe_t,
    _index,
    _lw,
    _mention_at,
    _text,
)
from tradeshock.extract.events.goods import (
    _country_goods,
    _deal_on_all_goods,
    _duration,
    _Good,
    _goods_in,
    _pair_rates_goods,
    _part_of_goods,
    _rates_for,
    _segment,
    _subjects,
    _valued_list,
    base_subject,
    firm_sectors,
)
from tradeshock.extract.events.parties import (
    _LISTING_REASON,
    _actor_target,
    _against,
    _carve_outs,
    _coordinated_subject,
    _firms_after,
    _goods_range,
    _igo_in,
    _leaders_in,
    _listing_end,
    _mutual_owners,
    _next_measure,
    _parties,
    _party_end,
    _probed_country,
    _pronoun_subject,
    _ruled_against,
    _with_partners,
)
from tradeshock.extract.events.records import Anchor, Draft, Party
from tradeshock.extract.events.status import _modality, _status
from tradeshock.extract.events.timing import _REL_VERBS, _later_rounds, _pick_date
from tradeshock.extract.quantities import Quantity
from tradeshock.kb import KnowledgeBase

_TALKS_PLANNED = re.compile(r"\b(will|would|planned|plans?|scheduled|agreed to (?:meet|talk|hold|resume)|invited|"
                            r"next (?:week|month)|later this (?:week|month)|expected to|hope[sd]? to|aim(?:s|ed)? to|"
                            r"set to|due to|upcoming)\b", re.I)

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

_THEIR_TARIFFS = re.compile(r".{0,6}?\b(?:their|the|those|these)\s+(?:tariffs|duties|levies)\b(?!\s+on\b)", re.I | re.S)

# a sentence whose only tariff words are a back-reference ("the tariffs were unlawful")
_BARE_BACK_REFERENCE = re.compile(r"(?:(?!\b(?:tariffs?|duties|levies)\b).)*?\b(?:the|those|these|such)\s+(?:tariffs|duties|levies)"
                                  r"\b(?!\s+(?:on|against|imposed|of)\b)(?:(?!\b(?:tariffs?|duties|levies)\b).)*", re.S)


def _judged_or_effect(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The measure is the subject of a judgement or of a forecast of its effects, not an event:
    "imposing the duties would be short-sighted", "warned that the tariffs would create
    uncertainty for airlines"."""
    lw = _lw(doc)
    if a.instrument in ("agreement", "talks") and _HARD_TO_REACH.match(_text(doc), doc[a.tok_end - 1].idx
                                                                     + len(doc[a.tok_end - 1])) \
            and a.tok_start >= 2 and lw[a.tok_start - 2] in ("make", "makes", "making", "made"):
        return True  # "would make a trade deal very hard": a judgement of a deal's chances, no deal
    k = a.tok_end
    while k < sent.tok_end - 1 and lw[k] in ("on", "of") and k < a.tok_end + 1:
        k += 1  # only a bare noun phrase: "the duties would ...", not "duties on X would ..."
    if k >= sent.tok_end - 1 or lw[k] not in _MODAL_AFTER:
        return False
    nxt = lw[k + 1]
    if a.action_tok is not None and a.action_tok < a.tok_start and lw[a.action_tok].endswith("ing") \
            and a.tok_start - a.action_tok <= 3 and nxt in ("be", "been", "not", "only", "hurt", "backfire") \
            and lw[k] in ("would", "could", "will", "might", "may", "is", "was"):
        return True  # "imposing the duties would be short-sighted": a judgement of the measure
    if a.action == "threaten" and a.action_tok is not None and a.action_tok < a.tok_start \
            and any(lw[j] == "that" for j in range(a.action_tok, a.tok_start)) \
            and lw[k] in ("would", "could", "will", "might", "may") and nxt in _EFFECT_OF_MEASURE:
        return True  # "warned that the tariffs would create uncertainty": what the measure would do
    return False


_ANSWER = re.compile(r"\b(?:counter-?measures?|counter-?tariffs?|retaliat\w*|in kind|hit back|hits back)\b", re.I)

_FIRM_NOUNS = {"companies", "firms", "entities", "enterprises", "businesses", "chipmakers", "startups", "groups"}

_EXCEPT_RATE = re.compile(r",\s*(?:with|but|except|and)\s+(?:an?\s+)?(?:lower|higher|reduced|separate|smaller)\b",
                          re.I)
_TOTAL_BEFORE = re.compile(r"\bthe (?:total|overall|combined|cumulative)\s+(?:[\w-]+\s+)?$", re.I)
# (also ", raising the total duty to 50%": a participle after a comma restates the sum; without the comma,
# "an order raising the total tariff to 145%" is the act itself)
_SUM_BEFORE = re.compile(r"(?:\b(?:bringing|taking|lifting|pushing|putting)|,\s*(?:raising|increasing|hiking)|"
                         r"\b(?:that|this|which|it)\s+(?:brings|"
                         r"brought|takes|took|lifts|lifted|pushes|pushed|puts|put))\s+the (?:total|overall|combined|"
                         r"cumulative|effective)\s+(?:[\w-]+\s+)?$", re.I)
_TOTAL_AFTER = re.compile(r"^(?:\s+(?:on|for|against)\s+[^,;.]{1,50}?)?\s+(?:stood|stands|stand|is|was|were|are|"
                          r"now stands|reached|reaches|comes to|came to|amounts to|amounted to)\b", re.I)


def _location(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> str | None:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    if a.tok_start > 0 and doc[a.tok_start - 1].is_title and lw[a.tok_start - 1] not in ("the", "a"):
        m = _mention_at(sent, a.tok_start - 1)
        if m is None or (m.label == "COUNTRY" and m.kind == "capital"):
            return doc[a.tok_start - 1].text
        if a.tok_start > 1 and doc[a.tok_start - 2].is_title and _mention_at(sent, a.tok_start - 2) is None:
            return doc[a.tok_start - 2].text
    for j in range(max(lo, a.tok_start - 3), min(hi, a.tok_end + 6)):
        if lw[j] in ("in", "at") and j + 1 < hi and doc[j + 1].is_title:
            m = _mention_at(sent, j + 1)
            if m is None or (m.label == "COUNTRY" and m.kind == "capital"):
                return doc[j + 1].text
    return None




_GOODS_STOP = frozenset({"under", "with", "in", "as", "after", "before", "to", "for", "that", "which", "it", "they",
                         ",", ";", ".", ":", "—", "("})


def _settled_goods(doc, sent: Sentence, a: Anchor, hi: int) -> tuple[bool, str | None]:  # type: ignore[no-untyped-def]
    """Whose goods a rate a deal settles falls on: a country's named with them ("on Japanese cars", "on
    most EU goods", "on imports from Japan", "on cars from Japan"), else the taker's own ("on its exports",
    "on shoes and textiles", or none named). An "on" that opens a date ("on Monday") names no goods."""
    lw = _lw(doc)
    k = next((k for k in range(a.tok_end, min(hi, a.tok_end + 5)) if lw[k] == "on"
              and not any(d.start <= doc[k].idx < d.end or k + 1 < hi and d.start == doc[k + 1].idx
                          for d in sent.dates)), None)
    if k is None:
        return True, None  # no goods named: "Seoul agrees to 15% tariff" is a rate on its own goods
    for j in range(k + 1, min(hi, k + 8)):
        if lw[j] in ("its", "their"):
            return True, None
        m = next((m for m in sent.mentions if m.label == "COUNTRY" and m.token_start <= j < m.token_end), None)
        if m is not None:
            return False, m.key
        if lw[j] in _GOODS_STOP and j > k + 1:
            break  # ("on goods it ships to the United States": the country is where they go)
    return True, None


_DEAL_NOUNS = _PACT_NOUNS | {"truce"}


def _deal_partner(doc, sent: Sentence, parties: list[Party]) -> str | None:  # type: ignore[no-untyped-def]
    """The country right after "deal with" (or "agreement with", "pact with") in the sentence."""
    lw = _lw(doc)
    for k in range(sent.tok_start + 1, sent.tok_end - 1):
        if lw[k] != "with" or lw[k - 1] not in _DEAL_NOUNS:
            continue
        at = k + 2 if lw[k + 1] == "the" else k + 1
        code = next((p.code for p in parties if p.tok == at), None)
        if code is None:
            code = next((m.key for m in sent.mentions if m.label == "COUNTRY" and m.token_start == at), None)
        if code is not None:
            return code
    return None


def _evidence_span(doc, a: Anchor, lo: int, hi: int, extra: list[int]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
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


# the subject pronouns of a relative clause, and the auxiliaries and adverbs of a perfect or passive before its verb
_PERFECT_WORDS = frozenset({"had", "has", "have", "was", "were", "been", "already", "first", "just", "previously",
                            "earlier", "originally"})
_REL_SKIP = _SUBJECT_PRONOUNS | _PERFECT_WORDS | {"that", "which", "the", "its", "their", "own", "each", "other", "'s", "’s",
                                         "both", "two", "sides", "countries", "washington", "beijing", "since"}


# (a measure's own relative clause in the perfect also tells its start: "the surtaxes it has charged since July";
# these verbs tell a start only with a "since"/"from" date in their clause, see _kept_since)
# ("applied" is one of _REL_VERBS, which tell a start with any date)
_KEPT_VERBS = frozenset({"charged", "collected", "maintained", "kept"})
_OWN_REL_VERBS = _REL_VERBS | _KEPT_VERBS
_APPOSED_VERBS = _REL_VERBS | {"approved", "passed", "adopted", "endorsed", "signed", "agreed", "announced", "unveiled"}


def _rel_clause_end(doc, v: int, hi: int) -> int:  # type: ignore[no-untyped-def]
    """The end of a relative clause whose verb is at ``v``: the next comma or stop, read past the
    commas of a list of goods ("the duties it placed on US pork, cheese and bourbon in June 2018")."""
    end = v + 1
    limit = v + 12
    while end < hi and end < limit:
        if doc[end].text in (";", "."):
            break
        if doc[end].text == ",":
            if not _list_comma(doc, end, hi):
                break
            limit = min(v + 18, limit + 4)
        end += 1
    return end


def _list_comma(doc, k: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """The comma at ``k`` parts the items of a list ("US pork, cheese and bourbon"): an "and"/"or" a word
    or two on, no other stop before it, and no determiner or pronoun opening a phrase of its own
    ("..., a move that")."""
    nxt = [doc[j].lower_ for j in range(k + 1, min(hi, k + 4))]
    conj = next((i for i, w in enumerate(nxt) if w in ("and", "or")), None)
    return not (conj is None or conj == 0 or any(w in (",", ";", ".") for w in nxt[:conj]) or nxt[0] in _LIST_STOP)


_LIST_STOP = _SUBJECT_PRONOUNS | {"which", "who", "when", "while", "where", "but", "then", "after", "before", "as", "a", "an",
                          "the"}


def _kept_since(doc, sent: Sentence, v: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """A date after "since"/"from" in the clause of a verb of keeping ("the surtaxes it has charged since
    July"): the measure's start. Any other date there ("it kept in place until June 2024") is no start."""
    text = _text(doc)
    lo = doc[v].idx
    hi_char = doc[end - 1].idx + len(doc[end - 1]) if end > v else lo
    for d in sent.dates:
        if lo < d.start <= hi_char:
            before = text[max(lo, d.start - 8):d.start].lower().split()
            if d.text.lower().startswith(("since", "from")) or before[-1:] in (["since"], ["from"]):
                return True
    return False


def _relative_participle(doc, sent: Sentence, a: Anchor, hi: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """"the tariffs they imposed on each other last month", "the controls it announced on Oct. 9",
    "the port fees they began charging ... on Oct. 14": (verb token, end of the clause)."""
    rel = _own_relative_participle(doc, sent, a, hi)
    if rel is not None and _lw(doc)[rel[0]] in _KEPT_VERBS and not _kept_since(doc, sent, *rel):
        return None
    return rel


def _own_relative_participle(doc, sent: Sentence, a: Anchor, hi: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    j = a.tok_end
    if j + 1 < hi and doc[j].text == "," and doc[j + 1].lower_ in _APPOSED_VERBS:
        # "put its counter-tariffs, approved by member states a day earlier, on hold": the date of
        # the participle's own clause, not of the event
        end = j + 2
        while end < hi and end < j + 14 and doc[end].text not in (",", ";", "."):
            end += 1
        if end < hi and doc[end].text == "," and (a.action_tok is None or a.action_tok < j or a.action_tok > end):
            return j + 1, end
    if a.action_tok is None or a.action_tok > a.tok_start:
        return None  # the participle is the event's own verb
    limit = min(hi, a.tok_end + 6)
    if a.tok_end + 1 < hi and doc[a.tok_end].lower_ in ("on", "against") and _mention_at(sent, a.tok_end + 1) is not None:
        limit = min(hi, a.tok_end + 9)  # "the tariffs on Chinese barley that it had imposed in May 2020"
    # "the tariff on $120 billion of goods that was imposed on Sept. 1": a relative pronoun a few
    # words on, then the passive participle that tells the measure's origin
    for k in range(a.tok_end, min(hi, a.tok_end + 12) - 2):
        if doc[k].text in (";", ":") or k > a.tok_end and doc[k].lower_ in _NP_BREAK:
            break  # (the measure's noun phrase ends: "tariffs on steel, while Ottawa imposed ...")
        if doc[k].text == "," and k + 1 < hi and doc[k + 1].lower_ not in ("which", "that") \
                and not _list_comma(doc, k, hi):
            break  # (a phrase of its own: "cut the tariffs on watches, a move that Bern announced on Friday")
        if k > a.tok_end and k + 2 < hi and doc[k + 1].lower_ in ("to", "by", "from") \
                and (doc[k].lower_ in _GOODS_PARTICIPLES or doc[k].lower_.endswith("ed")) \
                and not _place_only(doc, sent, k + 2, hi):
            break  # (a nearer noun with a clause of its own: "controls on chips sold to Chinese firms that ...")
        if doc[k].lower_ in ("that", "which") and doc[k + 1].lower_ in ("was", "were", "had", "has", "have"):
            v = k + 2 + (doc[k + 2].lower_ == "been" and k + 3 < hi)
            if v < hi and doc[v].lower_ in _OWN_REL_VERBS:
                return v, _rel_clause_end(doc, v, hi)
            break
        if doc[k].lower_ in ("that", "which") and (a.instrument in _MEASURES or a.instrument == "entity_list"):
            # "the tariffs on their steel and aluminium that it had imposed in 2018", "the duties on
            # Korean washers which Washington first put on in 2018": the clause's own subject (a pronoun
            # or a named government), its auxiliaries, then the verb of the measure's origin
            v = _past_subject(sent, doc, k + 1, hi)
            while v is not None and v < hi and doc[v].lower_ in _SUBJECT_AUX:
                v += 1
            if v is not None and v < hi and doc[v].lower_ in _OWN_REL_VERBS and a.action != "impose":
                # (a measure the main clause keeps in place is dated by the clause: "leaves in place the
                # tariffs on steel that Washington imposed on June 1")
                return v, _rel_clause_end(doc, v, hi)
            break
    if j + 1 < hi and doc[j].lower_ == "of":
        # "the duties of up to 218.4 per cent it imposed in 2021": past the rate of the measure
        q = next((q for q in sent.quantities if q.kind == "rate" and doc[j + 1].idx <= q.start
                  and q.start - doc[j].idx <= 20), None)
        while q is not None and j < hi and doc[j].idx < q.end:
            j += 1
        limit = min(hi, j + 6)
    while j < limit:
        t = doc[j]
        if t.lower_ in _OWN_REL_VERBS:
            return j, _rel_clause_end(doc, j, hi)
        if t.lower_ in _REL_SKIP or _mention_at(sent, j) is not None \
                or j == a.tok_end and t.lower_ in ("on", "against") and limit > a.tok_end + 6:
            j += 1
            continue
        return None
    return None


def _place_only(doc, sent: Sentence, k: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """At ``k``, after "imported from"/"shipped to", a country's name and no noun of its own ("from China",
    "from the United States"): a place the goods come from or go to, not a nearer noun ("Chinese firms")
    whose clause a relative pronoun after it could open."""
    k += doc[k].lower_ == "the"
    m = _mention_at(sent, k) if k < hi else None
    return m is not None and m.label == "COUNTRY" and m.kind != "demonym" and (
        m.token_end >= hi or not doc[m.token_end].is_alpha or not doc[m.token_end].is_lower
        or doc[m.token_end].lower_ in ("that", "which", "and", "or"))


# irregular participles that tie goods to a nearer noun ("chips sold to Chinese firms", "panels made by ...")
_GOODS_PARTICIPLES = frozenset({"sold", "made", "built", "bought", "sent", "shipped", "owned", "grown", "brought"})
# words that end a measure's noun phrase before any relative clause of its own
_NP_BREAK = _SUBORDINATORS | {"but", "though", "until", "said", "says"}
# what stands between a relative clause's subject and its verb ("that it had only just imposed")
_SUBJECT_AUX = _PERFECT_WORDS | {"initially", "only", "also"}


_RULING_BODIES = frozenset({"gov_body", "igo"})


def _title_at(sent: Sentence, doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised word of no name, or an office's title ("President", "Prime Minister")."""
    m = _mention_at(sent, k)
    return doc[k].is_title and (m is None or m.label == "OFFICE")


def _past_subject(sent: Sentence, doc, v: int, hi: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after the subject of a relative clause starting at ``v``: a pronoun ("that it had"), or a
    named country, person or body, after "the" and titles ("which Washington", "that President Lula",
    "that the Commerce Department"); a government noun ("that the administration"). None when no subject
    is there (the clause's verb then comes first: "that was imposed")."""
    if v >= hi:
        return None
    if doc[v].lower_ in _SUBJECT_PRONOUNS:
        return v + 1
    j = v + (doc[v].lower_ == "the")
    if j < hi and doc[j].lower_ in _GOVERNMENT_NOUNS:
        return j + 1
    k = j
    m = _mention_at(sent, k) if k < hi else None
    if m is not None and m.label == "COUNTRY" and m.token_end < hi and _title_at(sent, doc, m.token_end):
        k = m.token_end  # a country before a title: "that U.S. President Donald Trump"
    j = k
    while k < hi and k < j + 3 and _title_at(sent, doc, k):
        k += 1  # titles before a name ("President", "Prime Minister")
    m = _mention_at(sent, k) if k < hi else None
    # (a government body, not a company: "that Nvidia introduced" tells no measure's origin)
    if m is None or m.label not in ("COUNTRY", "PERSON", "ORG") or m.label == "ORG" and m.kind not in _RULING_BODIES:
        return None
    # one government noun after a country or a person: "the Trump administration", "the US government"
    return m.token_end + (m.label != "ORG" and m.token_end < hi and doc[m.token_end].lower_ in _GOVERNMENT_NOUNS)


def _nearer_group(doc, sent: Sentence, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """A plural noun of people between ``lo`` and ``hi`` that "their" can stand for: a demonym before a
    common noun ("Tanzanian traders"), or "the" before a group of people or firms ("the farmers"); not a
    government ("the Chinese government", "the authorities"), nor a thing ("after the talks collapsed")."""
    for k in range(lo, hi - 1):
        w = doc[k + 1].lower_
        if not doc[k + 1].is_lower or w in _GOVERNMENT_NOUNS or _mention_at(sent, k + 1) is not None:
            continue
        m = _mention_at(sent, k)
        if m is not None and m.label == "COUNTRY" and m.kind == "demonym" and m.token_end == k + 1 \
                or doc[k].lower_ == "the" and w in _GROUPS_OF_PEOPLE:
            return True
    return False


# groups of people or firms that may own goods ("the farmers", "the exporters"): the crowds that are no government
_GROUPS_OF_PEOPLE = (_NOT_GOVERNMENT - {"court", "judge", "panel", "tribunal", "wto", "bank", "company", "firm",
                                        "group", "carmaker", "automaker", "maker", "chipmaker", "exporter", "importer",
                                        "union", "delegation"}) | {
    "growers", "consumers", "shoppers", "residents", "citizens", "fishermen", "ranchers", "smallholders", "merchants",
    "vendors", "dealers", "processors", "mills", "miners", "steelmakers", "refiners", "wholesalers", "customers",
    "distributors", "operators", "enterprises", "multinationals", "industries"}


# what two governments told together as the subject do to each other's measures without saying "agreed": a truce
# extended, tariffs paused or put off between them (tariffs and deals only, told as between them: allies that extend
# their export controls or sanctions do not curb each other)
_JOINT_RELIEF = frozenset({"extend", "suspend", "defer"})
# (a truce or a pause is between them; "their" or "other" alone is not: "Mexico and Brazil suspended their tariffs
# on imported food" cut their own)
_BETWEEN_THEM = frozenset({"truce", "truces", "ceasefire", "mutual", "reciprocal", "pause", "pauses", "suspension"})
_EACH_OTHER = frozenset({("each", "other"), ("one", "another"), ("between", "them"),
                         ("between", "the")})
_TARIFF_NOUNS = frozenset({"tariff", "tariffs", "duties", "levies"})
# what may follow tariffs that name no goods and no owner of their own: a time, the sentence's end
_RELIEF_TAIL = frozenset({"for", "by", "until", "till", "through", ".", ",", ";"})


def _relief_between_them(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """Two governments told together relieve each other's tariffs: a truce, a pause or a suspension named, "each
    other('s)" / "one another" / "between them", or tariffs followed by nothing but a time ("suspended most
    tariffs for 90 days", "paused most of their tariffs", but not "suspended their tariffs on imported food",
    "won a reprieve from the duties Washington had ordered")."""
    lw = _lw(doc)
    end = sent.tok_end
    for k in range(sent.tok_start, end):
        if lw[k] in _BETWEEN_THEM or k + 1 < end and (lw[k], lw[k + 1]) in _EACH_OTHER:
            return True
    if a.instrument != "tariff":
        return False
    for k in range(a.tok_start, min(end, a.tok_end + 6)):
        if lw[k] in _TARIFF_NOUNS:
            return k + 1 >= end or lw[k + 1] in _RELIEF_TAIL
    return False


def _their_goods(doc, sent: Sentence, a: Anchor, kb: KnowledgeBase, actors: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """"Canada and Mexico refused to ratify it until Washington agreed to lift the tariffs on their steel":
    goods owned by "their" after the measure belong to the two or more countries the sentence names before
    it, in a clause before the measure's own, other than the measure's government."""
    k = a.tok_end
    while k < min(sent.tok_end, a.tok_end + 3) and doc[k].lower_ not in ("on", "against"):
        k += 1
    if k + 1 >= sent.tok_end or doc[k].lower_ not in ("on", "against") or doc[k + 1].lower_ != "their":
        return []
    # (named in a clause before the measure's own: not its joint subjects, "Ottawa and Mexico City agreed to
    # lift their tariffs on their steel")
    before = _parties(doc, sent, kb, sent.tok_start, a.tok_start)
    own = next((p.tok for p in reversed(before) if p.code in actors[:1]), None)
    if own is None:
        return []
    cut = next((k for k in range(own - 1, sent.tok_start - 1, -1)
                if doc[k].text in (",", ";") or doc[k].lower_ in _SUBORDINATORS), None)
    first = cut + 1 if cut is not None else own
    while first < own and doc[first].lower_ in ("the", "and", "then", "until", "before"):
        first += 1
    # (a clause of a thing before an "and" and the actor still lets the goods be the earlier countries': "after
    # the talks collapsed and Tanzania raised the levies on their sugar")
    joined = first < own and _lw(doc)[own - 1] == "and" and not any(_lw(doc)[k] in _SUBJECT_PRONOUNS for k in range(first, own))
    if first != own and not joined or _nearer_group(doc, sent, cut + 1 if cut is not None else own, a.tok_start):
        return []  # the clause has a nearer subject of its own: "while Tanzanian traders complained that ..."
    owners = _dedupe([p.code for p in before if cut is not None and p.tok < cut and p.code not in actors[:1]])
    return owners if len(owners) >= 2 else []


def _background(doc, sent: Sentence, a: Anchor, rel: tuple[int, int], parties: list[Party],  # type: ignore[no-untyped-def]
                actors: list[str], targets: list[str], rates: list[Quantity], draft) -> list[Draft]:
    """The measure a relative clause tells the origin of, as a background event of its own."""
    lw = _lw(doc)
    rel_tok, rel_end = rel
    start, end = doc[rel_tok].idx, doc[rel_end - 1].idx + len(doc[rel_end - 1])
    dates = [d for d in sent.dates if start <= d.start < end and d.value]
    if not dates:
        return []
    # (the subject of the relative clause, not the goods' country before it: "the tariffs on Chinese
    # barley that it had imposed")
    rel_from = next((k for k in range(rel_tok - 1, a.tok_end - 1, -1) if doc[k].lower_ in ("that", "which")), a.tok_end)
    in_clause = [p.code for p in parties if rel_from <= p.tok < rel_tok]
    if any(m.label == "COMPANY" and rel_from < m.token_start < rel_tok for m in sent.mentions):
        return []  # a company's own act is no government measure's origin: "the ban on chips that Nvidia introduced"
    actor = in_clause[0] if in_clause else (actors[0] if actors else None)
    aimed = targets
    if a.action in ("ease", "suspend"):
        # "Brazil had won exemptions from the tariff that Trump imposed": those let off a measure are not
        # whom it was aimed at
        aimed = [t for t in targets if any(p.code == t and p.tok > a.tok_start for p in parties)]
    if lw[rel_tok - 1] in ("was", "were", "been"):
        # "the tariff on Chinese goods that was imposed on Sept. 1": a passive names no new
        # actor; the measure is the one the main clause changes, at the rate it is changed from
        actor = actors[0] if actors else None
        text = _text(doc)
        rates = [q for q in rates if text[max(0, q.start - 5):q.start].lower().endswith("from ")]
    target = next((t for t in aimed if t != actor), None)
    out: list[Draft] = []
    low = sent.text.lower()
    pairs: list[tuple[str | None, str | None, Quantity | None]]
    codes = _dedupe([p.code for p in parties])
    if ("each other" in low or "one another" in low) and len(codes) >= 2:
        pairs = [(codes[0], codes[1], rates[0] if len(rates) >= 2 else None),
                 (codes[1], codes[0], rates[1] if len(rates) >= 2 else None)]
    else:
        # (a measure on the goods of several countries is one event each: "the tariffs on their steel that it
        # had imposed", the goods of Canada and Mexico)
        others = [t for t in _dedupe(aimed) if t != actor and t != target] if target is not None else []
        pairs = [(actor, t, rates[0] if rates else None) for t in [target, *others]]
    # "would suspend the controls it announced on Oct. 9": the measure being paused
    main = draft(actor, target, None, False, False)
    status = "paused" if main.action == "suspend" and main.status not in ("threatened", "proposed") else "in_force"
    # "an inquiry that Cairo began in March": what a relative clause tells of a probe is its opening
    origin = "announce" if a.instrument == "other" and lw[a.tok_end - 1] in _INQUIRY else "impose"
    for act, tgt, rate in pairs:
        d = draft(act, tgt, rate, act is not None, tgt is not None)
        out.append(replace(d, action=origin, status=status, date=dates[0], duration=None,
                           evidence=(doc[a.tok_start].idx, end), cues=[*d.cues, "background"]))
    return out


_DETERMINERS = {"the", "these", "those", "this", "that", "its", "their", "his", "her", "such"}
_REFERENCE_ADJ = {"increased", "higher", "impending", "planned", "new", "latest", "looming", "proposed", "threatened",
                  "announced", "expected", "coming", "upcoming", "doubled", "hiked", "raised"}


def _anaphoric(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A measure named again by a definite noun phrase whose verb is not a trade action ("the
    increased tariffs could have devastating effects", "responded to the impending tariff hike"):
    a mention of an event already told, with no date or rate of its own."""
    lw = _lw(doc)
    if a.instrument in SYMMETRIC or a.action_tok is None:
        return False
    k = a.tok_start - 1
    if a.action_tok == k and k - 1 >= sent.tok_start and lw[k] in _REFERENCE_ADJ:
        det = lw[k - 1]
    elif a.action_tok == a.tok_end and lw[a.tok_end] in ("hike", "hikes", "increase", "increases", "rise"):
        det = lw[k] if k >= sent.tok_start else ""
        if det in _REFERENCE_ADJ and k - 1 >= sent.tok_start:
            det = lw[k - 1]
    else:
        return False
    if det not in _DETERMINERS:
        return False
    start, end = doc[a.tok_start].idx, doc[min(a.tok_end + 6, sent.tok_end - 1)].idx
    has_rate = any(q.kind == "rate" and start - 30 <= q.start <= end + 20 for q in sent.quantities)
    return not has_rate


def _frame(doc, sent: Sentence, a: Anchor, anchors: list[Anchor], kb: KnowledgeBase,  # type: ignore[no-untyped-def]
           reference: str | None, last_company: str | None = None) -> list[Draft]:
    """The drafts of one anchor; ``reference`` is the running reference date and ``last_company``
    the key of the company the sentences before named last."""
    lw = _lw(doc)
    # (a measure that is itself eased for what is let off it has no carve-out of its own: "exempted Mexican
    # avocados from the tariffs" eases them for Mexico)
    carved = _carve_outs(doc, sent, a) if a.instrument not in SYMMETRIC and "let off" not in a.cues else []
    out = _frame_told(doc, sent, a, anchors, kb, reference, carved, last_company)
    if "market opened" in a.cues:
        out = _market_sides(doc, sent, a, out)
    if a.action == "announce" and a.action_tok is not None and lw[a.action_tok] in _TABLED \
            and lw[a.action_tok + 1] in ("the", "those", "these"):
        # "Trump tabled the tariffs on Mexican goods": a measure told before, shelved in US usage, is no new
        # proposal (but "Britain tabled a 10% tariff", "the Commission tabled the countermeasures": put forward)
        out = [d for d in out if d.actor != "USA"]
    if a.instrument in _MEASURES and _scope_denied(doc, sent, a):
        # "the exemption does not extend to the 25% tariff on autos": what a relief does not reach is no
        # new measure (but the origin a relative clause tells of it stays: "the tariff that Washington put on")
        out = [d for d in out if "background" in d.cues]
    main = next((d for d in out if "background" not in d.cues), None)
    if main is None or not carved or main.action not in ("impose", "raise", "tighten", "announce"):
        return out
    # "duties double to 50% as Britain keeps its 25% rate", "except Chile": each country let off the measure
    # has an exemption of its own, at the rate it keeps (eval/README.md: an exemption is tariff/ease)
    for code, rate, start, end, own in carved:
        if own and main.explicit_actor and not _kept_old_rate(doc, sent, main, rate, end, code):
            # "Brazil's truck duties double to 40% as Chile keeps its 8% rate": beside a measure whose
            # clause names its owner, a country that keeps "its" rate keeps a rate of its own (but
            # "duties double to 50% as Britain keeps its 25% rate": the rate Britain pays; and "US steel
            # tariffs double to 50% as Britain keeps its 25% rate": the measure's old rate, kept by one)
            continue
        if code != main.actor:
            out.append(replace(main, target=code, action="ease", magnitude=rate, duration=None, evidence=(start, end),
                               cues=[*main.cues, "carved out"], explicit_target=True))
    return out


def _market_sides(doc, sent: Sentence, a: Anchor, out: list[Draft]) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Japan would open its market to American cars": the market's country opens it (a country named in
    its noun phrase, else the clause's subject), the one named just after "to" is let in."""
    lw = _lw(doc)
    to = next((k for k in range(a.tok_end, min(sent.tok_end, a.tok_end + 2)) if lw[k] == "to"), None)
    if to is None:
        return out
    after = next((m.key for m in sent.mentions if m.label == "COUNTRY" and to < m.token_start <= to + 3), None)
    owner = next((m.key for m in sent.mentions if m.label == "COUNTRY"
                  and a.action_tok is not None and a.action_tok < m.token_start < a.tok_start), None)
    res = []
    for d in out:
        actor = owner or (d.actor if d.actor != after else None)
        if actor is None:
            lo = _clause_bounds(doc, sent, a.action_tok if a.action_tok is not None else a.tok_start)[0]
            actor = next((m.key for m in reversed(sent.mentions) if m.label == "COUNTRY"
                          and lo <= m.token_start < (a.action_tok or a.tok_start) and m.key != after), None)
        res.append(replace(d, actor=actor, target=after or d.target, explicit_target=after is not None or d.explicit_target))
    return res


def _measure_owner(doc, sent: Sentence, verb: int, parties: list[Party]) -> str | None:  # type: ignore[no-untyped-def]
    """The country whose measure is named in the few words after ``verb``: its possessive or its adjective
    right before the measure ("struck down Trump's tariffs", "blocked the Commerce Department's duties",
    "against the US tariffs")."""
    lw = _lw(doc)
    for p in parties:
        if not verb < p.tok <= verb + 8:
            continue
        end = _party_end(sent, p)
        nxt = lw[end:min(sent.tok_end, end + 3)]
        if nxt and (nxt[0] in ("'s", "’s") or any(lx.INSTRUMENT_WORDS.get(w) in _MEASURES for w in nxt[:2])):
            return p.code
    return None


def _imposer_after(doc, sent: Sentence, verb: int, parties: list[Party]) -> str | None:  # type: ignore[no-untyped-def]
    """The country that a relative clause after ``verb`` says imposed the measure ruled on ("struck down the
    levies that Washington imposed on Chinese goods")."""
    lw = _lw(doc)
    for p in parties:
        if not verb + 1 < p.tok <= verb + 10 or lw[p.tok - 1] not in ("that", "which"):
            continue
        end = _party_end(sent, p)
        if end < sent.tok_end and lx.ACTION_WORDS.get(lw[end]) in ("impose", "raise"):
            return p.code
    return None


# words that make a court with no country named a US one ("a federal court", "the Court of International Trade")
_US_COURT_WORDS = {"federal", "international"}


_JOINED = {"and", ",", "both", "the"}


def _joined_subjects(doc, sent: Sentence, own: list[Party]) -> list[str]:  # type: ignore[no-untyped-def]
    """The governments of a clause's subject: the last one named before the verb, and those joined to it
    by "and" or commas ("Japan and South Korea", "Canada, Mexico and Brazil")."""
    if not own:
        return []
    lw = _lw(doc)
    out = [own[-1].code]
    nxt = own[-1].tok
    for p in reversed(own[:-1]):
        end = _party_end(sent, p)
        gap = lw[end:nxt]
        if end > nxt or not all(g in _JOINED for g in gap) or "and" not in gap and "," not in gap:
            break
        if p.code not in out:
            out.insert(0, p.code)
        nxt = p.tok
    return out


_UNDER_DEAL = re.compile(r"\s+(?:\w+\s+){0,3}?under (?:the|a|its|their|this|that) (?:[\w-]+ )?(?:deal|agreement|pact|"
                         r"accord|framework|arrangement)\b", re.I)
_KEPT_ON = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:on|against)\s+(?:(them|it|those|these)\b|the\s+)?", re.I)
_FROM_RATE = re.compile(r"\bfrom\s+$", re.I)


def _kept_old_rate(doc, sent: Sentence, main: Draft, rate: Quantity | None, end: int,  # type: ignore[no-untyped-def]
                   keeper: str) -> bool:
    """The rate a country keeps beside a rise is the measure's own old rate, so it is let off the rise:
    "double to 50% as Britain keeps its 25% rate" (half the new rate), "rise from 10% to 25% while Japan
    keeps its 10% rate", or the kept rate is held "under the deal"."""
    text = _text(doc)
    obj = _KEPT_ON.match(text, end, min(sent.end, end + 40))
    if obj is not None and (obj.group(1) or any(m.label == "COUNTRY" and m.key != keeper
                                                 and obj.end() <= m.start <= obj.end() + 12 for m in sent.mentions)):
        # "while China kept its 10% rate on them", "Canada kept its 25% tariff on US steel": the keeper's
        # own measure on the same goods, not the rate it pays (but "Britain kept its 25% rate on British
        # steel": the rate its own goods pay)
        return False
    if _UNDER_DEAL.match(text, end, min(sent.end, end + 60)):
        return True
    if rate is None or main.magnitude is None or rate.value is None or main.magnitude.value is None:
        return False
    low = sent.text.lower()
    new = main.magnitude.value
    if "doubl" in low and abs(new - 2 * rate.value) < 1e-6 or "tripl" in low and abs(new - 3 * rate.value) < 1e-6:
        return True
    return any(q is not rate and q.kind == "rate" and q.value == rate.value
               and _FROM_RATE.search(text[max(sent.start, q.start - 8):q.start]) for q in sent.quantities)


_DENIED_NP = re.compile(r"\s+(?:to|by|under|on)?\s*[^,;:.()]{0,45}$")


_PLURAL_PACTS = {w for w in _PACT_NOUNS if w.endswith("s")}
_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+|with\s+)?")


def _partner_list(doc, sent: Sentence, end: int, hi: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The countries coordinated after the first "with" in the few words after a plural deal noun
    ("deals with Kenya and Morocco", "frameworks on trade with Peru, Chile and Ecuador", "the deals
    that Washington struck last week with ...")."""
    lw = _lw(doc)
    w = next((k for k in range(end, min(hi, end + 9)) if lw[k] == "with"), None)
    if w is None or any(lw[k] in (";", ":", "(") for k in range(end, w)):
        return []
    text = _text(doc)
    codes: list[str] = []
    last = doc[w].idx + len(doc[w])
    for m in sent.mentions:
        if m.label != "COUNTRY" or m.start < last:
            continue
        if not re.fullmatch(r"\s*(?:the\s+)?", text[last:m.start]) if not codes \
                else not _LIST_SEP.fullmatch(text[last:m.start]):
            break
        if m.key not in codes:
            codes.append(m.key)
        last = m.end
    return codes


def _scope_denied(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The measure is the object of a denial of scope ("does not extend to the 25% tariff", "are not
    covered by the new duties"), in its own noun phrase."""
    head = _text(doc)[max(sent.start, doc[a.tok_start].idx - 90):doc[a.tok_start].idx]
    return any(_DENIED_NP.fullmatch(head, m.end()) for m in lx.SCOPE_DENIED.finditer(head))


def _let_off_country(sent: Sentence, a: Anchor, lo: int, actors: list[str]) -> str | None:
    """The one country named in the clause before the measure let off, other than its government."""
    codes = _dedupe([m.key for m in sent.mentions if m.label == "COUNTRY" and lo <= m.token_start < a.tok_start
                     and m.key not in actors])
    return codes[0] if len(codes) == 1 else None


def _frame_told(doc, sent: Sentence, a: Anchor, anchors: list[Anchor], kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                reference: str | None, carved: list, last_company: str | None) -> list[Draft]:  # type: ignore[type-arg]
    lw = _lw(doc)
    lo, hi = _clause_bounds(doc, sent, a.tok_start)
    if a.action_tok is not None:
        lo2, hi2 = _clause_bounds(doc, sent, a.action_tok)
        lo, hi = min(lo, lo2), max(hi, hi2)
    modality, mcues = _modality(doc, sent, a, lo)
    pressed = _firms_pressed(doc, sent, a) if modality == "demand" and a.instrument in (
        "import_restriction", "export_control") else None
    if pressed is not None:
        # "pressed carmakers to stop buying Estonian parts": a government leaning on firms to stop trading
        # is the restriction itself, not a demand one government makes of another
        modality, mcues = None, ["firms pressed"]
    if modality in ("negated", "demand") or modality == "unchanged" and "relief" not in a.cues:
        return []  # (but "carved out Britain, which keeps paying 25%": the relief is the news)
    if _anaphoric(doc, sent, a):
        return []  # "the increased tariffs could hurt", "the impending tariff hike": the measure told before
    if a.action == "threaten" and a.action_tok is not None and a.action_tok < a.tok_start \
            and lw[a.action_tok] in ("threat", "threats") and a.tok_end < sent.tok_end \
            and lw[a.tok_end] in _MOOD_VERBS:
        return []  # "as the threat of tariffs grew": a mood, not a threat made
    if _ANALYST_VIEW.match(sent.text):
        return []  # "Analysts cautioned that the meeting might produce a pause": a forecast, not an event
    if _judged_or_effect(doc, sent, a):
        return []  # "imposing the duties would be short-sighted", "warned the tariffs would hurt airlines"
    if a.instrument == "tariff" and _TOTAL_BEFORE.search(_text(doc)[max(sent.start, doc[a.tok_start].idx - 25):
                                                                   doc[a.tok_start].idx]) \
            and _TOTAL_AFTER.match(_text(doc)[doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1]):]):
        return []  # "the total levy on Chinese goods stood at 145%": the measures told, summed (ANNOTATION.md)
    if a.instrument == "tariff" and _SUM_BEFORE.search(_text(doc)[max(sent.start, doc[a.tok_start].idx - 60):
                                                                 doc[a.tok_start].idx]):
        return []  # "..., bringing the total duty to 45%", "That takes the overall levy to 60%": a sum restated
    if modality == "reported" and a.instrument not in SYMMETRIC:
        return []  # "warned that tariff announcements had raised uncertainty": not a measure
    reason_at = sent.tok_end
    if a.instrument in ("sanction", "entity_list"):
        hi = _listing_end(doc, sent, a, hi)  # "sanctioned two refiners for buying Iranian oil": not Iran
        reason_at = hi if hi < sent.tok_end and lw[hi] in _LISTING_REASON else reason_at
    # a wider window for parties: the whole sentence when the clause names none
    parties = _parties(doc, sent, kb, lo, hi)
    if not parties:
        parties = _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
    if _in_ruling_complement(doc, a, anchors):
        return []  # "the WTO ruled that the U.S. could impose tariffs": the ruling is the event
    stop = _next_measure(a, anchors)
    actors, targets = _actor_target(doc, sent, a, parties, stop)
    if not targets and a.instrument in _MEASURES:
        targets = _their_goods(doc, sent, a, kb, actors)
    if pressed is not None:
        actors, targets = _pressing_parties(doc, sent, a, pressed, hi)
    if a.instrument == "investment_restriction" and ("control taken" in a.cues or "takeover" in a.cues):
        # "blocked the takeover of a German firm by a Chinese investor", "took control of the company,
        # which is owned by China's Wingtech": the buyer's or owner's country named after the verb is
        # hit; the government that decides stands before it
        whole = parties if parties and parties[-1].tok >= a.tok_end else \
            _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
        before = _dedupe([p.code for p in whole if p.tok < a.tok_start])
        after = _dedupe([p.code for p in whole if p.tok >= a.tok_end and p.code not in before])
        if after:
            targets = after[:1]
            actors = [c for c in actors if c in before]
    teller = _teller(doc, _parties(doc, sent, kb, sent.tok_start, a.tok_start), a.tok_start) \
        if a.instrument not in SYMMETRIC else None
    if teller is not None:
        # "China has told Japan it is suspending imports": "it" is the one who tells
        actors, targets = [teller], [t for t in targets if t != teller]
    pronoun = _pronoun_subject(doc, sent, a, parties) and teller is None
    if pronoun and a.instrument not in SYMMETRIC:
        # "It also restricted sales of ...": the government of the sentence before, found later
        actors = []
    if not actors and lo > sent.tok_start and a.instrument not in SYMMETRIC and not pronoun:
        # "China said it would never fire the first shot but would be forced to fight back": the
        # subject told before the clause
        early = [p for p in _parties(doc, sent, kb, sent.tok_start, lo)]
        early_actors, _ = _actor_target(doc, sent, a, early)
        actors = [c for c in early_actors if c not in targets][:1]

    if a.cues[:1] in (["retaliate"], ["retaliates"]) and not targets:
        # "ready to retaliate if Washington went ahead": the country whose move would be answered
        targets = [p.code for p in parties if p.tok > a.tok_start and p.code not in actors][:1]
    if not targets and actors and a.instrument not in SYMMETRIC and (
            _ANSWER.search(sent.text) or a.instrument in ("investment_restriction", "entity_list", "sanction")):
        # "he would speak with his U.S. counterparts and the bloc was preparing countermeasures":
        # an answer is aimed at the one other government the sentence names
        verb = a.action_tok if a.action_tok is not None else a.tok_start
        # (not a co-subject: "Britain and Canada announced sanctions of their own")
        joint = _joined_subjects(doc, sent, [p for p in parties if p.tok < verb])
        others = _dedupe([p.code for p in _parties(doc, sent, kb, sent.tok_start, reason_at)
                          if p.code != actors[0] and not (actors[0] in joint and p.code in joint)])
        if a.instrument in ("sanction", "entity_list") and any(
                c.country and c.country != actors[0] for c in _firms_after(doc, sent, a, hi, kb)):
            others = []  # "U.S. sanctions Rosneft and Lukoil; EU seals ...": the listed firms tell the target
        if len(others) == 1:
            targets = others
    goods_of: str | None = None
    goods_hit = False
    if "rate settled in deal" in a.cues and a.action_tok is not None and a.action_tok < a.tok_start:
        takers = [p.code for p in parties if p.tok < a.action_tok]
        own, goods_of = _settled_goods(doc, sent, a, hi)
        if goods_of is not None:
            # "Washington agreed to a 15% tariff on Japanese cars", "Trump and von der Leyen agreed to a
            # 15% tariff on most EU goods": the goods' country is hit, the other side sets the rate: the
            # subject right before the verb ("After a deal with Seoul last month, Washington agreed"), else
            # the partner of the deal the sentence names ("Japan agreed ... in its deal with Washington"),
            # else any other side named; with none, the story tells it (cue "goods' country hit")
            targets = [goods_of]
            partner = _deal_partner(doc, sent, parties)
            first = [takers[-1]] if takers and takers[-1] != goods_of else []
            if partner is not None and partner != goods_of:
                first.append(partner)
            actors = [c for c in _dedupe([*first, *actors, *takers]) if c != goods_of]
            goods_hit = not actors
        elif own and lw[a.action_tok] not in _CAP_VERBS and takers and takers[-1] not in targets:
            # "Malaysia has agreed to a 17% tariff on its exports to the US": the one who accepts a rate
            # on its own goods is the one it hits, the other side sets it (one who caps a rate sets it)
            targets = [takers[-1]]
            actors = [c for c in actors if c != takers[-1]]
    agent = next((m.key for m in sent.mentions if m.label == "COUNTRY" and a.tok_end < m.token_start < hi
                  and lw[m.token_start - 1] == "by"), None) if "let off" in a.cues else None
    if agent is not None and not targets and actors[:1] != [agent]:
        # "Britain's exemption from the aluminium tariffs was revoked by Washington": the agent of the
        # passive decides; the country named before the measure is let off
        actors = [agent, *(c for c in actors if c != agent)]
    if "let off" in a.cues and a.action_tok is not None and (not targets or set(targets) <= set(actors[:1])):
        # "Washington exempted Mexican avocados from the tariffs", "Thailand was granted a waiver from the
        # US duties": the country whose goods are let off, named before the measure, is its target
        let_off = _let_off_country(sent, a, lo, actors[:1])
        if let_off is not None:
            targets = [let_off]
            actors = [c for c in actors if c != let_off]
    goods = _goods_in(doc, sent, *_segment(doc, sent, a, lo, hi), a, kb)
    subject = _subjects(goods)
    if "shipping" in subject and "shipping" in a.cues and a.instrument == "export_control":
        subject = tuple(x for x in subject if x != "shipping")  # "stop shipping chips": the verb, not the sector
    if a.instrument == "investment_restriction" and not targets:
        # "investments in Chinese companies": the country whose firms receive the money
        for m in sent.mentions:
            if (m.label == "COUNTRY" and m.token_start > a.tok_start and m.token_end < hi
                    and lw[m.token_end] in _FIRM_NOUNS and lw[m.token_start - 1] in ("in", "into")):
                targets = [m.key]
                break
    if a.instrument == "other" and lw[a.tok_end - 1] in ("investigation", "probe", "inquiry", "review") \
            and a.tok_end < hi and lw[a.tok_end] in ("into", "of", "on", "against"):
        firm = next((m for m in sent.mentions if m.label == "COMPANY" and m.token_start == a.tok_end + 1), None)
        company = kb.company_by_name.get(firm.key) if firm is not None else None
        country = next((m for m in sent.mentions if m.label == "COUNTRY" and m.token_start == a.tok_end + 1
                        and lw[m.token_end] in POSSESSIVE_MARKS), None)
        if company is not None and company.country:
            targets = [company.country]  # "an antitrust investigation into Qualcomm": the firm's country
        elif country is not None and country.key not in actors:
            targets = [country.key]  # "a probe into Canada's restrictions": the country whose measures
    if a.instrument == "other" and not targets and lw[a.tok_end - 1] in _INQUIRY:
        probed = _probed_country(doc, sent, a)
        if probed is not None and probed not in actors:
            targets = [probed]
    if a.instrument in _COMPANY_TARGETED:
        firms = _firms_after(doc, sent, a, min(hi, stop) if stop is not None else hi, kb)
        if not firms and a.instrument in ("entity_list", "export_control", "sanction"):
            # "ZTE cleared to resume business as US lifts export ban", "curbs on Huawei ..., adding 38
            # of its affiliates to a blacklist": the firm named before the measure, in its clause
            by_name = _index(kb)["company"]
            firms = [by_name[m.key] for m in sent.mentions if m.label == "COMPANY" and lo <= m.token_start
                     < a.tok_start and m.key in by_name and by_name[m.key].country not in (None, *actors[:1])]
        if not firms and _THE_FIRM.search(_text(doc)[doc[a.tok_start].idx:sent.end]):
            # "ordered operators to stop buying the company's products": the firm told last before
            firm = _index(kb)["company"].get(last_company) if last_company else None
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
                subject = _dedupe_t([*subject, *firm_sectors(kb, firms)])
            elif a.instrument == "import_restriction" and not subject or (
                    a.instrument == "export_control" and subject in ((), ("all_goods",))):
                # controls on a firm take its sector; a licence for one firm covers its trade, not "all goods"
                subject = _dedupe_t(base_subject(kb, g) for c in firms for g in c.sells[:1]) or subject
            elif a.instrument in ("entity_list", "sanction"):
                # "added ... SMIC and drone maker DJI": the listed firms' sectors beside the goods named
                subject = _dedupe_t([*(base_subject(kb, g) for c in firms for g in c.sells[:1]), *subject])
    if a.instrument == "investment_restriction" and not subject and ("takeover" in a.cues or "control taken" in a.cues):
        # a takeover blocked or cleared is about the firms' trade: the sector of the firm named in the
        # sentence, else of the one told last before it
        by_name = _index(kb)["company"]
        names = [m.key for m in sent.mentions if m.label == "COMPANY" and m.key in by_name]
        firm = by_name.get(names[0]) if names else by_name.get(last_company) if last_company else None
        if firm is not None and firm.sells:
            subject = _dedupe_t([base_subject(kb, firm.sells[0])])
    if a.instrument == "leader_call" and not _leaders_in(sent, kb):
        a = replace(a, instrument="talks", action="negotiate")  # officials on the phone are talks
    if a.instrument == "legal_ruling" and a.action == "announce":
        challenged = _against(doc, sent, parties)
        if challenged:
            targets = [challenged]
        verb = a.action_tok if a.action_tok is not None and a.action_tok <= a.tok_start else None
        sued = next((m.key for m in sent.mentions if m.label == "COUNTRY" and verb < m.token_start <= verb + 3
                     and (verb == a.tok_start or m.token_start < a.tok_start)), None) or next(
            (p.code for p in parties if verb < p.tok <= verb + 3 and (verb == a.tok_start or p.tok < a.tok_start)),
            None) if verb is not None and lw[verb] in lx.LEGAL_OPEN else None  # ("sued the Trump administration")
        if sued is not None:
            # "two importers sued the US government over the duties on Canadian lumber", "takes Beijing to
            # the WTO over its freeze on Lithuanian trade": the one the case is brought against
            actors, targets = [c for c in actors if c != sued and any(
                p.code == c and p.tok < verb for p in parties)], [sued]
            if not actors and "case" in a.cues:
                a.cues.append("private case")  # firms that sue: no government brings the case
    if a.instrument == "legal_ruling" and "conditional case" in a.cues and not targets:
        # "would bring the matter before the WTO if Washington raised tariffs": the case would be against
        # the one whose step it answers
        cond = next((k for k in range(a.tok_end, sent.tok_end) if lw[k] in ("if", "unless")), sent.tok_end)
        targets = [p.code for p in _parties(doc, sent, kb, cond, sent.tok_end) if p.code not in actors][:1]
    if a.instrument == "legal_ruling" and a.action == "rule" and not _igo_in(sent, kb, lo, hi):
        # a national court ruling on its own government's measures has no foreign target
        targets = [t for t in targets if _against(doc, sent, parties) == t]
        verb = a.action_tok if a.action_tok is not None else a.tok_start
        if not any(lo <= p.tok < verb for p in parties):
            # "A federal court struck down Trump's tariffs", "sided with the importers against the US
            # tariffs on Chinese steel": a court named with no country is the country of the measure it
            # rules on (not of the goods the measure hits)
            owner = _measure_owner(doc, sent, verb, parties) or _imposer_after(doc, sent, verb, parties)
            if owner is None and any(w in _US_COURT_WORDS for w in lw[lo:verb]):
                owner = "USA"  # "a federal court struck down the tariffs on Canadian lumber": a US court
            actors = [owner] if owner is not None else []
            targets = [t for t in targets if t != owner]
        if not subject and re.search(r"\b(tariffs?|duties|levies)\b", sent.text.lower()) \
                and not _BARE_BACK_REFERENCE.fullmatch(sent.text.lower()):
            # (but "ruled that the tariffs were unlawful": a back-reference names no goods, eval/README.md)
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
    if not subject and (a.instrument == "agreement" and "purchase" not in a.cues and "take effect" not in a.cues
                        and _deal_on_all_goods(doc, sent, doc[a.tok_start].idx)
                        or a.instrument == "tariff" and "each other" in low_sent
                        and not _part_of_goods(doc, sent, sent.start + low_sent.index("each other"))):
        subject = ("all_goods",)  # a trade deal, or tariffs two countries put on each other's goods
    rates = _rates_for(doc, sent, a, lo, hi) if a.instrument in ("tariff", "other") \
        else _cap_level(doc, sent, a, hi) if "price cap" in a.cues else []
    if carved:
        # the countries let off the measure are not its targets, and the rates they keep are not its rates
        targets = [t for t in targets if t not in {c[0] for c in carved}]
        kept = {(c[1].start, c[1].end) for c in carved if c[1] is not None}
        rates = [q for q in rates if (q.start, q.end) not in kept]
    if len(rates) >= 2:
        goods = _goods_of_later_rates(doc, sent, rates, goods, kb)
    rate_goods = _pair_rates_goods(rates, goods, _text(doc))
    rel = _relative_participle(doc, sent, a, hi)
    exclude = None
    if rel is not None:
        rel_tok, rel_end = rel
        exclude = (doc[rel_tok].idx, doc[rel_end - 1].idx + len(doc[rel_end - 1]))
    threat = a.instrument not in SYMMETRIC and _status(a.action or "", a.instrument, modality, a.cues) == "threatened"
    date = _pick_date(doc, sent, a, anchors, reference, exclude, threat)
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
    ev_span = _evidence_span(doc, a, lo, hi, [])
    duration = _duration(sent, doc, a) if action in ("suspend", "defer", "extend") else None
    location = _location(doc, sent, a, lo, hi) if a.instrument in ("talks", "agreement") else None
    cues = [*a.cues, *mcues] + (["pronoun subject"] if pronoun else []) + (["goods' country hit"] if goods_hit else [])
    if pronoun and a.instrument not in SYMMETRIC and "they" in lw[sent.tok_start:a.tok_start]:
        cues.append("pronoun they")
    if a.instrument == "tariff" and not subject and _valued_list(doc, a, hi):
        cues.append("by value")  # "on $200 billion of Chinese goods": a part, told by its value
    low = sent.text.lower()
    each_other = "each other" in low or "one another" in low or "respectively" in low and not rate_goods
    if each_other and a.instrument in ("sanction", "entity_list"):
        # "sanctioned five U.S. units, widening a fight in which the two began charging each other's ships":
        # only a listing told as mutual in its own clause is one each way
        own = _text(doc)[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])].lower()
        each_other = "each other" in own or "one another" in own
    if (a.instrument not in SYMMETRIC and not actors and len(_dedupe([p.code for p in parties])) < 2
            and _BOTH_SIDES.search(_text(doc)[sent.start:doc[a.tok_start].idx])):
        cues.append("both sides")  # "the two sides will suspend the port fees": each side's on the other
        if not subject and a.instrument == "tariff" and not _valued_list(doc, a, hi) \
                and not _THEIR_TARIFFS.match(_text(doc), max(sent.start, doc[a.tok_start].idx - 6)):
            # "the two sides will cut tariffs on each other's goods" (but "cut their tariffs" is a
            # back-reference that names no goods, eval/README.md)
            subject = ("all_goods",)
    out: list[Draft] = []

    def draft(actor: str | None, target: str | None, rate: Quantity | None, ex_a: bool, ex_t: bool) -> Draft:
        return Draft(actor, target, a.instrument, action, subject, rate, duration, date, status, ev_span, sent,
                     cues, ex_a, ex_t, location)

    if rel is not None and action not in ("impose", "threaten") and a.instrument not in SYMMETRIC:
        out.extend(_background(doc, sent, a, rel, parties, actors, targets, rates, draft))
    if a.instrument in ("talks", "leader_call") and a.partner is not None:
        pm = _mention_at(sent, a.partner)
        with_codes = [p.code for p in parties if pm is not None and pm.token_start <= p.tok < pm.token_end] or (
            [pm.key] if pm is not None and pm.label == "COUNTRY" else [])  # (a capital named after "with")
        if with_codes:
            # "Japan will work with Washington to address Chinese overcapacity": the talks are with the
            # one named after "with" (or pressed), held by the clause's subject; none when the subject is
            # no government ("Farmers pressed Washington") or the same one ("US senators pressed Lutnick")
            verb = a.action_tok if a.action_tok is not None else a.tok_start
            lo_c = _clause_bounds(doc, sent, verb)[0]
            own = _joined_subjects(doc, sent, [p for p in parties if lo_c <= p.tok < verb])
            if not own or own[-1] == with_codes[0]:
                return []
            for code in own:
                # "Japan and South Korea discussed the steel tariffs with Washington": talks of each
                if code != with_codes[0]:
                    out.append(draft(code, with_codes[0], None, True, True))
                    out.extend(replace(out[-1], date=d, location=place)
                               for d, place in _later_rounds(_text(doc), sent, date))
            return out
    if a.instrument in SYMMETRIC:
        codes = _dedupe(actors + targets)
        actor = codes[0] if codes else None
        target = codes[1] if len(codes) > 1 else None
        end = a.tok_end + 1 if a.tok_end < hi and lw[a.tok_end] in _PLURAL_PACTS else a.tok_end
        partners = _partner_list(doc, sent, end, hi) if lw[end - 1] in _PLURAL_PACTS else []
        if len(partners) >= 2:
            # "announced agreements with Indonesia and the Philippines", "the framework deals it struck
            # last week with Peru, Chile and Ecuador": one deal with each partner
            # (not a partner of an earlier "with" list: "signed deals with Malaysia and Cambodia and agreed
            # frameworks with Thailand and Vietnam")
            earlier = {c for k in range(sent.tok_start, a.tok_start) if lw[k] == "with"
                       for c in _partner_list(doc, sent, k, a.tok_start)}
            own = [c for c in codes if c not in partners and c not in earlier] \
                or [p.code for p in parties if p.tok < a.tok_start and p.code not in partners and p.code not in earlier][:1]
            actor = own[0] if own else None
            for t in partners:
                out.append(draft(actor, t, None, actor is not None, True))
            return out
        partners = _dedupe([p.code for p in _with_partners(doc, sent, a, parties, hi)])
        sides = [c for c in codes if c not in partners]
        if partners and (len(partners) >= 2 and len(sides) == 1 or len(partners) == 1 and len(sides) == 2):
            # "signed agreements on Monday with Norway and Iceland", "Mexico and Canada reached a deal with
            # the United States": a deal (talks, a call) of each side with each partner
            for x in sides:
                for t in partners:
                    out.append(draft(x, t, None, True, True))
            return out
        out.append(draft(actor, target, None, actor is not None, target is not None))
        if a.instrument == "talks":
            # "met in Geneva in May and in London in June": one round of talks for each place and date
            out.extend(replace(out[-1], date=d, location=place) for d, place in _later_rounds(_text(doc), sent, date))
        return out
    mutual = _mutual_owners(doc, sent, a)
    if mutual is not None:
        # "the U.S. and Chinese tariffs took effect": each side's measure on the other
        for k in range(2):
            out.append(draft(mutual[k], mutual[1 - k], None, True, True))
        return out
    joint = _coordinated_subject(doc, sent, a, parties)
    if joint is not None and goods_of is None and not [t for t in targets if t not in joint] \
            and len(set(targets)) != 1 and (any(
            lw[k] in ("agreed", "agree", "agrees", "pledged", "committed", "decided")
            for k in range(sent.tok_start, a.tok_start)) or a.action in _JOINT_RELIEF and a.instrument in ("tariff", "agreement")
            and _relief_between_them(doc, sent, a)):
        # "the United States and the EU agreed to suspend tariffs", "US and China extend tariff truce", "Washington
        # and Beijing paused most of their tariffs": each side's on the other (but not a
        # rate they settle on one side's goods: "agreed to a 15% tariff on most EU goods", "agreed to a deal
        # setting a 15% tariff on EU goods")
        for k in range(2):
            out.append(draft(joint[k], joint[1 - k], None, True, True))
        return out
    if each_other:
        sent_codes = _dedupe([p.code for p in parties])
        if len(sent_codes) >= 2:
            pair = sent_codes[:2]
            for k in range(2):
                rate = rates[k] if len(rates) >= 2 else rates[0] if rates else None  # one rate: both sides
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
            early = [g for g in goods if g.char < rates[1].start] or _country_goods(doc, sent, lo, hi, a, None)
            named = [m.key for m in sent.mentions if m.label == "COUNTRY" and rates[1].end < m.start < late[-1].char]
            for target in [t for t in targets if t != actor] or [None]:
                d = draft(actor, target, rates[0], actor is not None, target is not None)
                out.append(replace(d, subject=_subjects(early) or subject))
            for target in [t for t in named if t in targets] or [t for t in targets if t != actor] or [None]:
                d = draft(actor, target, rates[1], actor is not None, target is not None)
                out.append(replace(d, subject=_subjects(late)))
            return out
    if rate_goods and len(targets) >= 2:
        # "25% on steel and 10% on aluminium from Canada, Mexico and the EU": each rate on its goods, for
        # every target, when no target is told between the rates (ANNOTATION.md 2: goods x targets)
        first, last = rates[0].start, rates[-1].start
        inside = [p for p in parties if p.code in targets and first < doc[p.tok].idx < last]
        if not inside:
            for target in [t for t in targets if t != actor] or [None]:
                for rate, subj in rate_goods:
                    d = draft(actor, target, rate, actor is not None, target is not None)
                    out.append(replace(d, subject=subj or subject))
            return out
        if len(rate_goods) == len(targets):
            # "20% on Chinese steel and 15% on Japanese aluminium": each rate with its goods and its target
            for (rate, subj), target in zip(rate_goods, targets, strict=True):
                d = draft(actor, target, rate, actor is not None, True)
                out.append(replace(d, subject=subj or subject))
            return out
    if len(rates) >= 2 and len(targets) >= 2:
        for rate, target in zip(rates, targets, strict=False):
            out.append(draft(actor, target, rate, actor is not None, True))
        return out
    span = _goods_range(doc, sent, a)
    if a.instrument == "tariff" and span is not None and actor in span and not rates:
        # "a suspension of tariffs on $11.5 billion of goods, from French wine to American tractors":
        # the goods of both sides, so each side's tariffs on the other's
        for k in range(2):
            out.append(draft(span[k], span[1 - k], None, True, True))
        return out
    tlist = [t for t in targets if t != actor] or [None]
    rlist: list[Quantity | None] = list(rates) or [None]
    rises = [r.start for r in rlist[1:] if r is not None and action in ("impose", "announce")
             and _RISE_TO.search(_text(doc)[max(sent.start, r.start - 25):r.start])]
    for target in tlist:
        for k, rate in enumerate(rlist):
            d = draft(actor, target, rate, actor is not None, target is not None)
            if k and rate is not None and rate.start in rises:
                # "the duties will start at 10% and rise to 25% on January 1": the second rate raises
                d = replace(d, action="raise", cues=[*cues, "rise to"])
            elif rises and rate is not None and rate.start < rises[0] and d.date is not None \
                    and d.date.start > rises[0]:
                d = replace(d, date=None)  # ... and the date after the rise is the rise's, not the start's
            out.append(d)
    return out


_GOODS_OF_RATE = re.compile(r"\s+(?:ones?\s+)?(?:on|for)\s+[^,;.%]{0,40}$", re.I)


def _goods_of_later_rates(doc, sent: Sentence, rates: list[Quantity], goods: list[_Good],  # type: ignore[no-untyped-def]
                          kb: KnowledgeBase) -> list[_Good]:
    """The goods a later rate of a list is laid on, however far from the instrument word: "a 25 per
    cent tariff on imported steel in March last year, and a 10 per cent one on aluminium"."""
    text = _text(doc)
    have = {g.char for g in goods}
    extra: list[_Good] = []
    for r in rates[1:]:
        m = next((m for m in sent.mentions if m.label == "GOOD" and r.end < m.start <= r.end + 45
                  and _GOODS_OF_RATE.match(text[r.end:m.start])), None)
        if m is not None and m.start not in have:
            extra.append(_Good(m.token_start, base_subject(kb, m.key), m.key, m.start))
    return sorted(goods + extra, key=lambda g: g.char) if extra else goods


_TELL = frozenset({"told", "tells", "tell", "informed", "informs", "notified", "notifies", "warned", "warns",
                   "assured", "assures", "reassured", "promised", "promises", "advised", "advises"})


def _teller(doc, early: list[Party], lo: int) -> str | None:  # type: ignore[no-untyped-def]
    """"X told Y (on Monday) (that) it would ...": X, when a verb of telling stands between the first two
    governments named and only "it"/"they" stands between Y and the clause."""
    if len(early) < 2:
        return None
    lw = _lw(doc)
    x, y = early[0], early[1]
    if x.code == y.code or not any(lw[k] in _TELL for k in range(x.tok + 1, y.tok)):
        return None
    # the pronoun follows the one told closely ("told Tokyo on Wednesday that it"), and nothing
    # starts another clause between it and the measure ("it expects progress, and China raised ...")
    k = next((j for j in range(y.tok + 1, min(lo, y.tok + 8)) if lw[j] in ("it", "they")), None)
    if k is None or "," in lw[y.tok + 1:k] or any(w in (",", ";", "and", "but") for w in lw[k + 1:lo]):
        return None
    return x.code


_RISE_TO = re.compile(r"\b(?:rise|rises|rising|climb|climbs|climbing|increase|increases|increasing|go up|going up|"
                      r"jump|jumps|jumping)\s+to\s+$", re.I)

_PRESSED_FIRMS = {"companies", "firms", "multinationals", "importers", "exporters", "carmakers", "automakers",
                  "manufacturers", "businesses", "buyers", "traders", "refiners", "retailers", "suppliers", "groups",
                  "producers", "operators", "enterprises", "customers", "distributors", "chipmakers"}
_PRESS_VERBS = {"pressed", "pressured", "pressuring", "pressing", "pushed", "pushing", "urged", "urging", "told",
                "ordered", "instructed", "asked", "forced", "leaned", "leaning", "pressure"}


def _firms_pressed(doc, sent: Sentence, a: Anchor) -> int | None:  # type: ignore[no-untyped-def]
    """The anchor is a verb of stopping trade ("to stop buying", "to stop using") that a government
    presses on firms: firms (a firm noun or a named company) between the verb of pressing and the
    anchor ("pressed multinationals to stop ..."), or a firm pressed in the passive ("Acme was
    pressed by Beijing to stop ..."). The token of the verb of pressing, or None."""
    lw = _lw(doc)
    start = a.action_tok if a.action_tok is not None and a.action_tok < a.tok_start else a.tok_start
    if start < sent.tok_start + 2 or lw[start - 1] != "to":
        return None
    press = next((k for k in range(start - 2, max(sent.tok_start, start - 12) - 1, -1)
                  if lw[k] in _PRESS_VERBS), None)
    if press is None:
        return None
    between = range(press + 1, start - 1)
    if any(lw[k] in _PRESSED_FIRMS or any(m.label == "COMPANY" and m.token_start == k for m in sent.mentions)
           for k in between):
        return press
    passive = press > sent.tok_start and lw[press - 1] in ("been", "was", "were", "be", "being")
    lo = max(sent.tok_start, press - 40)
    firms_before = any(m.label == "COMPANY" and lo <= m.token_start < press for m in sent.mentions) or any(
        lw[k] in _PRESSED_FIRMS for k in range(lo, press))
    return press if passive and firms_before else None


def _pressing_parties(doc, sent: Sentence, a: Anchor, press: int, hi: int) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Who presses the firms (the agent after "by", else the government named before the verb of
    pressing, not the firms' own country "German carmakers") and whose goods the firms must stop
    taking (the first country named after the anchor)."""
    countries = [m for m in sent.mentions if m.label == "COUNTRY"]
    if press + 1 < sent.tok_end and _lw(doc)[press + 1] == "by":
        actor = next((m.key for m in countries if press + 2 <= m.token_start <= press + 4), None)
    else:
        actor = next((m.key for m in reversed(countries) if m.token_start < press and m.kind != "demonym"), None)
    target = next((m.key for m in countries if a.tok_start < m.token_start < hi and m.key != actor), None)
    return ([actor] if actor else []), ([target] if target else [])


_PER_UNIT = re.compile(r"\s*(?:a|per|each)\s+(?:barrel|tonne|ton|metric ton|cubic metre|cubic meter|megawatt-hour|"
                       r"mwh|unit)\b", re.I)


def _cap_level(doc, sent: Sentence, a: Anchor, hi: int) -> list[Quantity]:  # type: ignore[no-untyped-def]
    """The price a cap sets, as written with its unit ("$60 a barrel"): the first sum of money right
    before the cap noun or in its clause after it."""
    text = _text(doc)
    start = doc[a.tok_start].idx
    hi_char = doc[hi - 1].idx + len(doc[hi - 1])
    for q in sent.quantities:
        if not (q.kind == "money" or q.kind == "rate" and "/" in q.unit) or not (start - 25 <= q.start < hi_char):
            continue
        if q.start < start and text[q.end:start].strip().lower() not in ("", "a barrel", "per barrel", "price"):
            continue
        unit = _PER_UNIT.match(text, q.end)
        end = unit.end() if unit is not None else q.end
        value = text[q.start:end].strip()
        return [Quantity(q.start, q.start + len(value), value, q.value, q.unit, q.kind)]
    return []


def _in_ruling_complement(doc, a: Anchor, anchors: list[Anchor]) -> bool:  # type: ignore[no-untyped-def]
    if a.instrument == "legal_ruling":
        return False
    for b in anchors:
        if b.instrument == "legal_ruling" and b.action in ("rule",) and b.tok_start < a.tok_start:
            between = " ".join(t.lower_ for t in doc[b.tok_start:a.tok_start])
            if re.search(r"\b(that|allowing|allowed|authori[sz]ing|authori[sz]ed|to)\b", between):
                return True
    return False
