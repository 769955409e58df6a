"""Parties of a frame: actor and target from countries, capitals used as governments, ministries,
officials and companies around an anchor; leaders and organisations in a sentence."""

from __future__ import annotations

import re

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.common import (
    _AUX,
    _EXCEPT_RX,
    _FACE_VERBS,
    _GOVERNMENT_WORDS,
    _SUBORDINATORS,
    POSSESSIVE_MARKS,
    SPEECH_VERBS,
    SYMMETRIC,
    _dedupe,
    _goods_bearer,
    _index,
    _lw,
    _mention_at,
    _text,
)
from tradeshock.extract.events.goods import _MEASURE_NOUNS
from tradeshock.extract.events.records import Anchor, Party
from tradeshock.extract.gazetteer import Mention
from tradeshock.kb import GOVERNMENT_KINDS, KnowledgeBase

# a trade bloc told as a party ("the EU and Mercosur concluded a deal"): its code until the events are
# split into one per member country the knowledge base lists (organizations.csv, ``members``)
BLOC = "bloc:"

_LOCATION_PREPS = {"in", "at", "to", "from", "near", "inside", "outside", "via", "visit", "visited", "visiting",
                   "into", "toward", "towards"}
# "a trade war with China": the party a measure is aimed at, even far from the measure's words
_CONFLICT_NOUNS = {"war", "wars", "dispute", "disputes", "conflict", "standoff", "feud", "fight", "spat",
                   "tensions", "battle", "row"}
_TARGET_PREPS = {"on", "against", "to", "from", "targeting", "toward", "towards", "with", "for", "over"}
_PASSIVE_BY = {"by"}

_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the"}
_MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

# a head of state or government by title; a vice or deputy premier is not one ("Vice Premier Liu He")
_NOT_DEPUTY = r"(?<!Vice )(?<!vice )(?<!Vice-)(?<!vice-)(?<!Deputy )(?<!deputy )"
_LEADER_TITLE = re.compile(_NOT_DEPUTY + r"\b(?:President|Prime Minister|Premier|Chancellor)\b")
_LEADER_WORD = re.compile(_NOT_DEPUTY + r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|"
                          r"[Ll]eaders?)\b")


_PLACE_PREPS = _LOCATION_PREPS - {"to", "from", "toward", "towards"}
_VENUE_NOUNS = frozenset({"summit", "summits", "meeting", "meetings", "gathering", "forum", "conference", "chair",
                          "chairmanship", "secretariat", "sidelines", "venue", "host", "presidency"})


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
            k = m.token_start - 1
            if org is not None and org.country and k > sent.tok_start and doc[k].text in ("'s", "’s") and any(
                    x.label == "COUNTRY" and x.token_end == k and x.key != org.country for x in sent.mentions):
                continue  # "Mexico's Supreme Court": the country named before it, not the body the name often means
            if org is not None and org.country and org.kind in GOVERNMENT_KINDS:
                code = org.country
            elif org is not None and org.name in kb.bloc_members:
                if m.token_end < len(doc) and _lw(doc)[m.token_end] in _VENUE_NOUNS:
                    continue  # "at the ASEAN summit", "the G20 meeting": where it happened, not who acted
                code = BLOC + org.name  # "Mercosur", "ASEAN": a bloc, one event per member later
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


# a comma after a capital that opens its clause, then a relative pronoun or an aside: the government
_AFTER_COMMA_GOVERNMENT = {"meanwhile", "however", "though", "too", "in", "for", "by", "not",
                           "already", "also", "separately", "likewise", "similarly", "instead", "then"}
# irregular past participles and nouns of action whose agent "by" introduces: "put ... by Washington", "a move by Tokyo"
_AGENT_AFTER = {"put", "set", "hit", "made", "taken", "drawn", "brought", "cut", "shut", "won", "sought", "laid",
                "list", "blacklist", "move", "decision", "tariffs", "duties", "levies", "sanctions", "controls",
                "measures", "ban", "restrictions", "curbs", "announcement", "order", "rule", "step", "retaliation"}


# participles of listing and blocking the lexicon does not hold as action words
_AGENT_PARTICIPLES = {"listed", "blacklisted", "sanctioned", "targeted", "blocked", "ordered", "hit", "struck"}


def _agent_by(word: str) -> bool:
    """The word before "by" makes what follows the agent: a participle of a trade action ("placed",
    "imposed"), a noun of action ("a move by Tokyo", "added to the list by Washington"), or a year ("in
    May 2019 by ..."); not any "-ed" word ("followed by London", "joined by Ottawa")."""
    return word.endswith("ed") and (word in lx.ACTION_WORDS or word in _AGENT_PARTICIPLES) \
        or word in _AGENT_AFTER or word.isdigit()


_VENUE_WORDS = frozenset({"house", "palace", "hall", "centre", "center", "hotel", "building", "mansion", "park",
                          "square", "castle", "manor", "court"})


def _before_title_run(doc, j: int) -> int:  # type: ignore[no-untyped-def]
    """The token before the run of (up to four) capitalised words that ends at ``j``; ``j`` itself when
    ``j`` is no such word."""
    run = 0
    while j >= 0 and run < 4 and doc[j].is_title and doc[j].is_alpha:
        j -= 1
        run += 1
    return j


def _place_before_comma(doc, comma: int) -> bool:  # type: ignore[no-untyped-def]
    """The comma at ``comma`` follows a place name ("at Lancaster House, London,", "in Geneva, London
    and Stockholm"): the capital after it is one more place, not a government."""
    lw = _lw(doc)
    k = _before_title_run(doc, comma - 1)
    if k == comma - 1:
        return False
    return lw[comma - 1] in _VENUE_WORDS or k >= 0 and lw[k] in _PLACE_PREPS


def _listed_place(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """The name at ``start`` closes or goes on a list of names whose first one follows a preposition of
    place ("talks in Lisbon, Rome and Vienna", "rounds held at Geneva as well as Ottawa")."""
    lw = _lw(doc)
    k = start
    for _ in range(8):
        j = k - 1
        if j >= 0 and lw[j] == "the":
            j -= 1
        while j >= 0 and not doc[j].is_title and _list_joint(lw, j, k) > j:
            j -= 1
        if j >= 2 and lw[j - 2:j + 1] == ["as", "well", "as"]:
            j -= 3
        if j == k - 1 or j < 0 or not _list_gap(doc, j + 1, k):
            return False
        if any(lw[c] == "," and not _name_list_comma(doc, c) for c in range(j + 1, k)):
            # "At the meeting in Geneva, Washington agreed", "met in Geneva, and Beijing agreed": a comma
            # that closes the place phrase, not one that goes on a list of names
            return False
        before = _before_title_run(doc, j)
        if before == j:
            return False
        if before >= 0 and lw[before] in _PLACE_PREPS:
            return True
        k = before + 1
    return False


def _in_place_list(doc, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """The mention is one name of a list of places ("met in Lisbon, Rome and Vienna"), the first included."""
    if _listed_place(doc, m.token_start):
        return True
    lw = _lw(doc)
    j = m.token_end
    while j < len(doc) and _list_joint(lw, j, len(doc)) > j:
        j = _list_joint(lw, j, len(doc))
    if j < len(doc) and lw[j] == "the":
        j += 1
    return j > m.token_end and j < len(doc) and doc[j].is_title and _listed_place(doc, j)


def _capital_as_government(doc, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """"Beijing said", "Washington's tariffs", "Beijing and Washington agreed": yes.
    "talks in London", "at Lancaster House, London," "the Geneva meeting": no."""
    lw = _lw(doc)
    prev = lw[m.token_start - 1] if m.token_start > 0 else ""
    nxt = doc[m.token_end] if m.token_end < len(doc) else None
    if prev == "to" and m.token_start > 1 and lw[m.token_start - 2] in ("letter", "letters", "message", "note",
                                                                              "ultimatum", "warning"):
        return True  # "in a letter to Manila": the government written to
    if prev == "by" and m.token_start > 1 and _agent_by(lw[m.token_start - 2]):
        return True  # "was placed on the list by Washington in May": the agent of a passive
    if nxt is not None and nxt.text == "," and m.token_end + 1 < len(doc) \
            and lw[m.token_end + 1] in ("which", "who") and prev not in _PLACE_PREPS:
        return True  # "a reply to Washington, which in October widened its restrictions": the relative's subject
    if prev in _LOCATION_PREPS:
        return False
    if nxt is None:
        return False
    if nxt.text in POSSESSIVE_MARKS:
        return True
    if _listed_place(doc, m.token_start):
        return False  # "officials met in Lisbon, Rome and Vienna": each name of the list is a venue
    if nxt.text == "," and m.token_end + 1 < len(doc) and lw[m.token_end + 1] in _AFTER_COMMA_GOVERNMENT \
            and (m.token_start == 0 or not doc[m.token_start - 1].is_alpha or prev in ("and", "but", "while")) \
            and not (prev == "," and _place_before_comma(doc, m.token_start - 1)):
        # "Washington, which placed the firm on its list", "Beijing, meanwhile, said": the subject of
        # its clause, set off by a comma (not "talks in London, which ...": a place after a preposition)
        return True
    if nxt.lower_ == "on" and nxt.i + 1 < len(doc) and (lw[nxt.i + 1] in _WEEKDAY_WORDS
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


def _actor_target(doc, sent: Sentence, a: Anchor, parties: list[Party],  # type: ignore[no-untyped-def]
                  stop: int | None = None) -> tuple[list[str], list[str]]:
    """Actors and targets named in the clause around the anchor (codes, in text order); parties
    from ``stop`` on belong to the next measure of the sentence."""
    lw = _lw(doc)
    first = a.action_tok if a.action_tok is not None else a.tok_start
    actors: list[str] = []
    targets: list[str] = []
    owner: list[str] = []
    passive: list[str] = []
    weak: list[str] = []
    late: list[str] = []  # demonyms of things before the verb, the subject only when no other is told
    companion: int | None = None  # the token of the last party met as a companion ("with Japan")
    # "Chinese President Xi Jinping": one party, told by the first of its names
    parties = [p for k, p in enumerate(parties) if not (
        k and parties[k - 1].code == p.code and 0 < p.tok - parties[k - 1].tok <= 3
        and all(doc[j].is_title for j in range(parties[k - 1].tok, p.tok)))]
    hit: set[int] = set()  # the tokens of the parties read as targets, for the lists that go on from them
    seen = (0, -1)
    for p in parties:
        if len(targets) > seen[0]:
            hit.add(seen[1])
        seen = (len(targets), p.tok)
        prev = lw[p.tok - 1] if p.tok > 0 else ""
        prev2 = lw[p.tok - 2] if p.tok > 1 else ""
        if stop is not None and p.tok >= stop and p.tok > first:
            continue  # "placed controls on tungsten and added U.S. firms to its list": the list's party
        if p.tok > first and _after_participle(doc, first, p.tok):
            continue  # "..., cutting it off from many American suppliers": another clause's party
        if p.tok > first and a.instrument not in SYMMETRIC and _bought_for(doc, sent, p, bool(targets)):
            continue  # "a 25% tariff for buying Russian oil": the reason's seller, not the one hit
        if p.tok < first and _in_relative_aside(doc, sent, p.tok, first):
            continue  # "China, which buys US soybeans, will be hit with ...": the aside's party
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
        if _from_suppliers(doc, sent, p):
            targets.append(p.code)  # "imports from four Australian meat processors": the suppliers' country
            continue
        if a.instrument in ("entity_list", "sanction", "investment_restriction") and p.via == "COUNTRY" and (
                doc[p.tok - 1].like_num or prev in (
                "other", "more", "several", "dozens", "many")) and p.tok + 1 < sent.tok_end:
            targets.append(p.code)  # "sanctioned 10 US defence firms", "added 28 US entities": the listed
            continue
        if a.instrument in ("entity_list", "sanction") and p.via == "COUNTRY" and prev in ("a", "an") \
                and first < p.tok < a.tok_start and p.tok + 1 < sent.tok_end \
                and lw[p.tok + 1] not in _MEASURE_NOUNS:
            targets.append(p.code)  # "added X, a Chinese chipmaker, to its list": the listed firm's country
            continue
        if a.instrument in ("entity_list", "sanction") and p.via == "COUNTRY" and p.tok > first \
                and _listed_object(doc, sent, a, p):
            targets.append(p.code)  # "sanctioned a Chinese refinery", "sanctions on Iranian officials": the listed
            continue
        if p.via == "COUNTRY" and doc[p.tok - 1].like_num and prev2 == "from" and a.instrument not in SYMMETRIC:
            targets.append(p.code)  # "seafood from 10 Japanese prefectures": where the goods come from
            continue
        if "foreign goods" in a.cues and a.tok_start < p.tok < a.tok_end:
            targets.append(p.code)  # "blocked 118 Chinese apps": the goods' country (anchors.py)
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
        if p.tok < first and m_end == first and a.action_tok is not None and lw[first].endswith("ing"):
            actors.append(p.code)  # "in retaliation for Beijing choking off exports": the gerund's subject
            continue
        if p.tok < first and a.instrument not in SYMMETRIC and (prev in _GIVE or prev == "the" and prev2 in _GIVE):
            targets.append(p.code)  # "granted Seoul an exemption", "gave Mexico a reprieve": the receiver
            continue
        if p.tok < first and _thing_adjective(doc, sent, p, m_end, first):
            late.append(p.code)  # "ships flying the Russian flag, adding a ban ...": whose flag, not who bans
            continue
        if p.tok < first:
            if actors and prev in ("the", "a", "an") and m_end + 1 < first and lw[m_end] in _OFFER_NOUNS \
                    and lw[m_end + 1] == "and" and a.instrument not in SYMMETRIC:
                continue  # "Tokyo accepted the US offer and cut tariffs": whose offer, not who cut them
            if (prev == "with" or prev == "the" and prev2 == "with") and a.instrument not in SYMMETRIC:
                companion = p.tok
                continue  # "reignited tensions with the United States after announcing ...": a companion
            if companion is not None and 0 < p.tok - companion <= 5 and a.instrument not in SYMMETRIC and (
                    prev in ("and", "or", ",") or prev == "the" and prev2 in ("and", "or", ",")):
                companion = p.tok
                continue  # "deals with Peru, Chile and Bolivia, which promised to cut ...": companions too
            if prev in _TARGET_PREPS and p.tok > first - 3:
                targets.append(p.code)
            elif prev in ("against", "on") or (prev == "the" and prev2 in ("on", "against")):
                targets.append(p.code)
            elif a.instrument not in SYMMETRIC and (prev in ("to", "from", "into", "for") or prev == "the" and prev2 in (
                    "to", "from", "into", "for")) and (p.tok - (2 if prev == "the" else 1) - 1 < sent.tok_start or lw[
                        p.tok - (2 if prev == "the" else 1) - 1] not in _BOUND):
                # "selling chips to the Chinese company, and adding ...", "ended an exemption for the bloc and
                # applied the tariffs": not the subject
                weak.append(p.code)
            else:
                actors.append(p.code)
        else:
            if _after_participle(doc, first, p.tok):
                continue  # "..., prompting retaliation from the EU": another clause's party
            if targets and prev in _ASIDE_PREPS and any(
                    doc[k].text in (",", ";") and not _name_list_comma(doc, k) for k in range(a.tok_end, p.tok)):
                # "stop buying Russian coal, the first step since the invasion of Ukraine": a country
                # of an aside after the measure's target is told, not another target
                continue
            if prev in _PASSIVE_BY or (prev == "the" and prev2 in _PASSIVE_BY):
                passive.append(p.code)
            elif a.instrument == "tariff" and _exports_to(doc, p.tok):
                actors.append(p.code)  # "a 19% tariff on its exports to the United States": the buyer levies it
            elif (a.instrument not in SYMMETRIC and (prev == "with" or prev == "the" and prev2 == "with")
                  and p.tok - a.tok_end > 3
                  and lw[p.tok - (2 if prev == "the" else 1) - 1] not in _CONFLICT_NOUNS):
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
    if len(targets) > seen[0]:
        hit.add(seen[1])
    weak_run: list[str] = []
    if a.instrument not in SYMMETRIC:
        # "tariffs on Mexico and Canada": a party coordinated with a target is a target too, and one
        # coordinated with a destination or origin ("goods from Malaysia, Cambodia and Thailand took
        # effect") is one too
        for k in range(1, len(parties)):
            p, q = parties[k], parties[k - 1]
            if (q.tok in hit and p.code not in targets and 0 < p.tok - q.tok <= 6
                    and _list_gap(doc, _party_end(sent, q), p.tok) and not _possessive(doc, sent, p)
                    and not _speaker(doc, sent, p)):
                # (not "tariffs on China as well as Canada's retaliatory duties": the owner of another measure)
                targets.append(p.code)
                hit.add(p.tok)
                if p.code in actors:
                    actors.remove(p.code)
                continue
            if weak and q.code == weak[-1] and p.code in actors and a.tok_start < q.tok < p.tok < first \
                    and p.tok - q.tok <= 6 and _list_gap(doc, _party_end(sent, q), p.tok) and not _speaker(doc, sent, p):
                actors.remove(p.code)
                weak.append(p.code)
                weak_run = weak_run or [q.code]
                weak_run.append(p.code)
    actors = _dedupe(owner + actors[::-1] + passive + late[::-1])
    targets = _dedupe([t for t in targets if t not in owner])
    if a.action_tok is not None and a.action_tok < a.tok_start and (lw[a.action_tok] in _FACE_VERBS
                                                                    or "rate" in a.cues):
        actors = [c for c in actors if c not in targets]  # "Vietnamese exports will face ...": the one who pays
    if a.instrument in ("tariff", "import_restriction") and targets and len(actors) > 1:
        # "The US and the UK signed a deal that cuts tariffs on British cars", "Washington and Tokyo struck a deal
        # that sets a 15% tariff on Japanese goods": of two governments coordinated as the subject, the one whose
        # goods the verb's object names is hit, the other acts
        before = [p for p in parties if p.tok < first]
        for p, q in zip(before, before[1:], strict=False):
            if lw[_party_end(sent, p):q.tok] in (["and"], ["and", "the"]) and p.code != q.code:
                hit_one = [c for c in (p.code, q.code) if c in targets and any(
                    x.code == c and x.tok > first for x in parties)]
                if len(hit_one) == 1 and ({p.code, q.code} - set(hit_one)) <= set(actors):
                    actors = [c for c in actors if c != hit_one[0]]
    if not targets:
        run = weak_run if weak_run and weak_run[-1] == weak[-1] else weak[-1:]
        targets = [t for t in _dedupe(run) if t not in actors[:1] and t not in owner]
    return actors, targets


# the heads a demonym opens when it tells a government or its people acting ("Chinese officials", "the British
# government", "Russian negotiators", "the Indian commerce department"): common's government words and these
# the people who speak or negotiate for a government ("U.S. officials said", "Chinese negotiators")
_SPOKESPEOPLE = frozenset({"official", "negotiators", "negotiator", "diplomats", "spokesman", "spokeswoman",
                           "spokesperson"})
_ACTING_HEADS = _GOVERNMENT_WORDS | _SPOKESPEOPLE | frozenset({
    "ministries", "side", "lawmakers", "legislators", "leader", "leaders",
    "premier", "envoy", "envoys", "delegation", "embassy", "agency", "court", "courts", "judges", "judge",
    "senate", "treasury", "commerce", "trade", "foreign", "finance", "economy", "industry", "central", "federal",
    "national", "prime", "top", "senior", "military", "army", "navy", "counterparts",
    "counterpart", "competition", "antitrust", "securities", "council",
    "team"})


def _thing_adjective(doc, sent: Sentence, p: Party, m_end: int, first: int) -> bool:  # type: ignore[no-untyped-def]
    """A demonym before the verb that opens the name of a thing, not of a government or its people: "the
    Russian flag", "Italian ports", "Russian tanks" (in a clause that is not the measure's subject)."""
    if p.via != "COUNTRY" or m_end >= first or not doc[m_end].is_alpha or not doc[m_end].is_lower:
        return False
    m = _mention_at(sent, p.tok)
    if m is None or m.kind != "demonym":
        return False
    lw = _lw(doc)
    prev = lw[p.tok - 1] if p.tok > sent.tok_start else ""
    if prev not in ("the", "a", "an", "of", "its", "their"):
        return False
    # the noun phrase's head may stand two words on ("the Russian agriculture ministry"): none of its
    # lower-case words may name a government or its people
    k = m_end
    while k < min(first, m_end + 3) and doc[k].is_alpha and doc[k].is_lower:
        if lw[k] in _ACTING_HEADS:
            return False
        k += 1
    return True


def _in_relative_aside(doc, sent: Sentence, tok: int, first: int) -> bool:  # type: ignore[no-untyped-def]
    """The token stands in a relative clause set off by commas before the verb ("China, which buys US
    soybeans, will be hit"): ", which"/", who" before it with no comma between, a comma after it."""
    lw = _lw(doc)
    k = tok - 1
    while k > sent.tok_start and lw[k] not in (",", "which", "who") and tok - k < 16:
        k -= 1
    if k <= sent.tok_start or lw[k] not in ("which", "who") or lw[k - 1] != ",":
        return False
    return any(lw[j] == "," for j in range(tok + 1, first))


# what one government puts to another, named with the government before it ("the US offer")
_OFFER_NOUNS = {"offer", "offers", "proposal", "proposals", "demand", "demands", "request", "requests", "terms",
                "plan", "invitation", "ultimatum"}

_FROM_GOODS = {"sourced", "shipped", "supplied", "exported", "imported", "bought", "minerals", "metals", "materials",
               "supplies", "export", "exports", "chips", "magnets", "equipment", "technology", "products", "goods"}


_OBJECT_LEAD = {"a", "an", "the", "some", "several", "more", "other", "further", "additional", "new", "fresh",
                "dozens", "scores", "hundreds", "of", "many", "numerous", "two", "three", "top", "senior", "major"}


def _listed_object(doc, sent: Sentence, a: Anchor, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """A country's word opening the noun phrase a sanction or a listing names, right after its verb
    or after "on"/"against" ("sanctioned a Chinese refinery", "could sanction Chinese banks",
    "sanctions on Iranian officials", "three Hong Kong-based shippers"): whose parties are listed."""
    m = next((m for m in sent.mentions if m.token_start == p.tok and m.label == "COUNTRY"), None)
    if m is None or m.token_end + 1 >= sent.tok_end:
        return False
    lw = _lw(doc)
    based = lw[m.token_end] == "-" and lw[m.token_end + 1] == "based"
    if m.kind != "demonym" and not based or lw[m.token_end] in _MEASURE_NOUNS:
        return False
    k = p.tok - 1
    while k > sent.tok_start and (lw[k] in _OBJECT_LEAD or doc[k].like_num):
        k -= 1
    return k in (a.tok_start, a.tok_end - 1, a.action_tok) or k == a.tok_end and lw[k] in ("on", "against")


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


def _goods_range(doc, sent: Sentence, a: Anchor) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
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


def _coordinated_subject(doc, sent: Sentence, a: Anchor, parties: list[Party]) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """Two governments coordinated right before the measure's verb: "The United States and the
    European Union agreed on Tuesday to suspend tariffs"."""
    if a.instrument in SYMMETRIC:
        return None
    first = a.action_tok if a.action_tok is not None else a.tok_start
    before = [p for p in parties if p.tok < first]
    if len(before) != 2 or before[0].code == before[1].code or first - before[1].tok > 10:
        return None
    p, q = before
    gap = _lw(doc)[_party_end(sent, p):q.tok]
    if gap not in (["and"], ["and", "the"]) and not (sent.headline and gap == [","]):
        return None  # (a headline coordinates with a comma: "US, China agree to extend tariff truce")
    return p.code, q.code


def _party_end(sent: Sentence, p: Party) -> int:
    """The token after the mention that names party ``p``."""
    return next((m.token_end for m in sent.mentions if m.token_start == p.tok), p.tok + 1)


def _possessive(doc, sent: Sentence, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """The name of party ``p`` takes "'s": "Canada's retaliatory duties"."""
    k = _party_end(sent, p)
    return k < sent.tok_end and _lw(doc)[k] in ("'s", "’s")


# the speakers told with a lower-case noun after the party: "..., U.S. officials said", "Chinese sources told Reuters"
_SPEAKER_NOUNS = _SPOKESPEOPLE | frozenset({"officials", "sources", "source", "executives", "executive", "diplomat"})


def _speaker(doc, sent: Sentence, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """The name of party ``p`` is the subject of a reporting verb ("... to China, the Commerce Department said on
    Friday", "..., Commerce Secretary Howard Lutnick said"): who speaks, not one more name of a list."""
    lw = _lw(doc)
    k = _party_end(sent, p)
    for j in range(k, min(sent.tok_end, k + 4)):
        if lw[j] in SPEECH_VERBS:
            return True
        if not doc[j].is_title and lw[j] not in _SPEAKER_NOUNS:
            return False  # (the words of a title and a name may stand between: "Secretary Howard Lutnick")
    return False


# what a measure does to markets and rivals, told in a relative clause after it: "the ban, which sent buyers
# scrambling for cargoes from Thailand", "which analysts said would hand market share to Brazil"
_CONSEQUENCE_VERBS = frozenset({"sent", "sends", "send", "sending", "drove", "drives", "drive", "pushed", "pushes", "push",
                           "forced", "forces", "force", "left", "leaves", "leave", "handed", "hands", "hand",
                           "gave", "gives", "give", "lifted", "lifts", "lift", "boosted", "boosts", "boost",
                           "helped", "helps", "help", "benefited", "benefitted", "benefits", "benefit",
                           "prompted", "prompts", "prompt", "spurred", "spurs", "spur", "opened", "opens", "open",
                           "diverted", "diverts", "divert", "rattled", "rattles", "rattle", "favoured", "favored",
                           "favours", "favors", "favour", "favor"})


# a purchase given as the reason of a measure, right before the seller's name: "for buying Russian oil", "over its
# purchases of Russian crude", "for buying oil from Russia", "because of India's imports of Russian oil"
# (imports are a reason of punishment only with a buyer named, "over New Delhi's imports of Russian crude", or
# after the one hit, "tariffs on India over imports of Russian oil": "duties over imports of Chinese steel" are the
# actor's own imports, the trade-remedy reason that makes China the target)
_OWNER = r"(?:its|their|(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*(?:'s|’s))\s+"
_BUYER = r"(?:(?:his|her|the)\s+|" + _OWNER + r")?"
_BOUGHT_AMOUNT = r"(?:(?:continued|continuing|ongoing|growing|heavy|large|massive|big|rising)\s+)?"
# what may stand between the purchase and the seller: "of discounted", "oil from the"
_BOUGHT_TAIL = (r"(?:\s+of)?(?:\s+(?:discounted|cheap|cut-price|more))?(?:\s+the)?"
                r"(?:\s+[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+from(?:\s+the)?)?\s+$")
_BOUGHT_FOR = re.compile(
    r"\b(?:(?:for|over|because of|due to)\s+" + _BUYER + _BOUGHT_AMOUNT + r"(?:buying|purchas(?:ing|es|e)|buys)"
    r"|(?:over|because of|due to)\s+" + _OWNER + _BOUGHT_AMOUNT + r"(?:imports|importing))" + _BOUGHT_TAIL)
_IMPORTS_FOR = re.compile(r"\b(?:over|because of|due to)\s+(?:the\s+)?" + _BOUGHT_AMOUNT + r"(?:imports|importing)"
                          + _BOUGHT_TAIL)


def _bought_for(doc, sent: Sentence, p: Party, hit: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """The party sells what another buys, told as the measure's reason: "India will face a 25% tariff plus a
    penalty for buying Russian oil" (India is hit, not Russia); with ``hit`` (a target already read) also
    "tariffs on India over imports of Russian oil"."""
    at = doc[p.tok].idx
    text = _text(doc)
    return _BOUGHT_FOR.search(text, max(sent.start, at - 90), at) is not None \
        or hit and _IMPORTS_FOR.search(text, max(sent.start, at - 90), at) is not None


def _after_participle(doc, first: int, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """A comma and an -ing verb stand between the event's verb and the party: "came into force on
    Wednesday, prompting swift retaliation from the EU"; or a relative clause telling the measure's
    effect: "the ban, which sent buyers scrambling for cargoes from Thailand"."""
    lw = _lw(doc)
    for k in range(first + 1, tok - 1):
        if doc[k].text == "," and lw[k + 1].endswith("ing") and lw[k + 1] not in (
                "including", "targeting", "covering", "affecting", "hitting"):
            return True
        if doc[k].text == "," and lw[k + 1] in ("which", "that") and any(
                lw[j] in _CONSEQUENCE_VERBS for j in range(k + 2, min(tok, k + 7))):
            return True
    return False


_EU_MEMBERS = frozenset({"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
                         "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
                         "SWE"})
_OPPOSE = {"opposed", "opposes", "oppose", "condemned", "condemns", "criticised", "criticized", "criticises",
           "criticizes", "slammed", "slams", "denounced", "denounces", "rejected", "rejects", "protested",
           "protests", "blasted", "blasts", "decried", "decries", "deplored", "deplores", "rebuked", "rebukes"}
# verbs whose first object is the receiver: "gave Mexico a 90-day reprieve", "offered Japan a lower rate"
_GIVE = {"gave", "give", "gives", "giving", "granted", "grant", "grants", "granting", "offered", "offer", "offers",
         "offering", "handed", "hand", "hands", "handing", "awarded", "award", "awards", "awarding", "promised",
         "promise", "promises", "promising", "allowed", "allow", "allows", "allowing", "afforded", "extended",
         "extend", "extends", "extending", "denied", "deny", "denies", "denying", "refused", "refuse"}
_BOUND = {"bound", "destined", "headed", "heading", "meant", "intended"}  # "articles bound for the US": a destination
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


def _rate_gap(doc, sent: Sentence, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """The tokens lo..hi are a rate ("80.5 per cent", "25%"), maybe with a modifier."""
    if lo >= hi:
        return False
    rates = [q for q in sent.quantities if q.kind == "rate"]
    return any(q.start <= doc[lo].idx and doc[hi - 1].idx + len(doc[hi - 1]) <= q.end for q in rates)


def _on_party_after(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """"... duties on Australian barley", "... tariffs against Canada": a target named after the measure
    (not "duties on all US imports of copper": the buyer's own imports)."""
    lw = _lw(doc)
    k = a.tok_end
    if k >= sent.tok_end or lw[k] not in ("on", "against"):
        return False
    return any(m.label == "COUNTRY" and k < m.token_start <= k + 3 and not (
        m.token_end < sent.tok_end and lw[m.token_end] in ("imports", "purchases")) for m in sent.mentions)


def _premodifier(doc, sent: Sentence, a: Anchor, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """A demonym or an abbreviated country name right before the instrument noun ("U.S. tariffs",
    "Chinese retaliatory duties", "EU export controls") names who applies the measure, and so does
    a possessive before a list ("added to China's Unreliable Entity List"). Full names ("China
    tariffs") are left alone: in headlines they often name the target."""
    lw = _lw(doc)
    m = _mention_at(sent, p.tok)
    if m is not None and m.label in ("PERSON", "COUNTRY", "ORG") and m.token_start == p.tok and \
            m.token_end < a.tok_start and doc[m.token_end].text in ("'s", "’s") and a.instrument not in SYMMETRIC:
        gap = [lw[k] for k in range(m.token_end + 1, a.tok_start)]
        if len(gap) <= 3 and all(w in _MODIFIER_SKIP or w in lx.ACTION_WORDS or w.isalpha() and len(w) > 3
                                 and w not in lx.INSTRUMENT_WORDS or w.isdigit() and len(w) == 4 for w in gap):
            return True  # "Trump's new tariffs", "Washington's tariffs", "China's export controls"
        if len(gap) <= 5 and _rate_gap(doc, sent, m.token_end + 1, a.tok_start) and _on_party_after(doc, sent, a):
            return True  # "China's 80.5 per cent duties on Australian barley": with a target named after it
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
    gap = [lw[k] for k in range(m.token_end, a.tok_start)]
    if len(gap) > 2 or any(w not in _MODIFIER_SKIP for w in gap):
        return False
    return not _origin_of_goods(doc, sent, p)


_GOODS_NOUNS = {"goods", "products", "imports", "exports", "shipments", "merchandise", "produce", "made", "-made",
                "built", "operated", "owned", "vessels", "ships"}


def _origin_of_goods(doc, sent: Sentence, p: Party) -> bool:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    m = next((x for x in sent.mentions if x.label == "COUNTRY" and x.token_start == p.tok), None)
    if m is None or m.kind not in ("demonym", "name"):
        return False
    end = m.token_end
    while end + 1 < sent.tok_end and lw[end] in (",", "and", "or"):
        # "Russian and Belarusian grain", "Chinese, Thai or Vietnamese steel": past the other origins
        k = end + 1 + (lw[end] == "," and lw[end + 1] in ("and", "or"))
        nxt_m = next((x for x in sent.mentions if x.label == "COUNTRY" and x.token_start == k
                      and x.kind == "demonym"), None)
        if nxt_m is None or m.kind != "demonym":
            break
        end = nxt_m.token_end
    if end >= sent.tok_end or doc[end].text in POSSESSIVE_MARKS:
        return False
    nxt = lw[end]
    if nxt == "-" and end + 1 < sent.tok_end:
        nxt = lw[end + 1]
    last = end
    if nxt not in _GOODS_NOUNS:
        g = next((x for x in sent.mentions if x.label == "GOOD" and x.token_start == end), None)
        if g is None:
            return False
        last = g.token_end - 1
    else:
        last = end
    after = lw[last + 1] if last + 1 < sent.tok_end else ""
    if after.endswith(("ers", "ors")) and after not in _SELLERS and doc[last + 1].is_lower \
            and _PAYS.match(_text(doc), doc[last + 1].idx + len(doc[last + 1])):
        return False  # "Chinese soybean crushers will pay a duty on US soybeans": the goods' buyers, who pay it
    return after not in _MEASURE_NOUNS


# the sellers of the goods a demonym opens, who bear a duty they pay ("Chinese steel exporters will pay 25%")
_SELLERS = {"exporters", "sellers", "suppliers", "shippers", "growers", "farmers", "producers", "vendors", "traders"}


_SUPPLIERS = {"processors", "producers", "exporters", "suppliers", "growers", "farmers", "makers", "abattoirs",
              "meatworks", "plants", "mills", "firms", "companies", "winemakers", "wineries", "manufacturers"}


def _from_suppliers(doc, sent: Sentence, p: Party) -> bool:  # type: ignore[no-untyped-def]
    """"from (four) Australian meat processors": the suppliers named by a demonym are the target."""
    lw = _lw(doc)
    m = next((x for x in sent.mentions if x.label == "COUNTRY" and x.token_start == p.tok), None)
    if m is None or m.kind != "demonym" or "from" not in lw[max(sent.tok_start, p.tok - 3):p.tok]:
        return False
    end = m.token_end
    g = next((x for x in sent.mentions if x.label == "GOOD" and x.token_start == end), None)
    if g is not None:
        end = g.token_end
    elif end + 1 < sent.tok_end and doc[end].is_lower and doc[end].is_alpha:
        end += 1 if lw[end + 1] in _SUPPLIERS else 0  # "Australian meat processors"
    return end < sent.tok_end and lw[end] in _SUPPLIERS


_UNDERGO = re.compile(r"^(?:\s*(?:and|,)\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)*(?:\s*,\s*(?:by contrast|in contrast|however|"
                      r"meanwhile|for (?:its|their) part|too|also|instead),)?\s+(?:will |would |could |now |also |still |"
                      r"has |have |had )?(?:both |all |each |also |already )?"
                      r"(?:faces?|faced|facing|pays?|paid|paying|be subject to|is subject to|are subject to|were subject to|"
                      r"carr(?:y|ies|ied)|attracts?|attracted|incurs?|incurred|bears?|bore|(?:be|is|are|was|were) taxed|"
                      r"(?:won|wins?|got|gets?|received|receives?|secured|secures?|obtained|been granted|been given) (?:an? )?"
                      r"(?:\d+-day |permanent |temporary |full |partial |new |further |blanket )?"
                      r"(?:reprieves?|exemptions?|waivers?|exclusions?)|"
                      r"(?:was|were|is|are|be|been|being) (?:excluded|exempted|exempt|spared|hit|targeted|"
                      r"named|added|placed|put|subjected|charged|levied|handed|given|assigned|slapped))\b")


def _undergoes(doc, sent: Sentence, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """The party is the one a measure falls on: "China will face ...", "Canada and Mexico were
    excluded ...", "Japanese cars are subject to ..."."""
    m = next((x for x in sent.mentions if x.token_start == tok), None)
    end = m.end if m is not None else doc[tok].idx + len(doc[tok].text)
    aside = _ASIDE_RELATIVE.match(_text(doc), end, sent.end)
    if aside is not None:
        end = aside.end()  # "Mexico, which sells cars to the US, will be hit with ...": past the aside
    if m is not None and m.kind == "demonym":
        # "Bangladeshi jute bags will carry an 11% duty", "Chinese solar exporters will face ...": the goods (or
        # their sellers) a demonym opens bear it; not its buyers or consumers, who pay it ("Chinese crushers will
        # pay a 25% duty on US soybeans")
        goods = _GOODS_WORDS.match(_text(doc), end)
        if goods is not None:
            last = m.token_end
            while last + 1 < sent.tok_end and doc[last + 1].idx < goods.end():
                last += 1
            if _goods_bearer(doc, sent, last) and not _PAYS.match(_text(doc), goods.end()):
                end = goods.end()
    return bool(_UNDERGO.match(_text(doc)[end:end + 80]))


# a non-restrictive relative clause set off by commas right after a party: ", which sells cars to the US,"
_ASIDE_RELATIVE = re.compile(r"\s*,\s*(?:which|who)\s[^,;:]{1,80},(?=\s)")

# the lower-case words of a goods noun phrase after a demonym, before a verb whose subject bears a measure
_GOODS_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,4}?(?=\s+(?:will|would|could|now|also|still|has|have|had|face|faces|"
                          r"faced|carr(?:y|ies|ied)|attracts?|attracted|incurs?|incurred|bears?|bore|is|are|was|"
                          r"were|be)\b)")

# (makers pay duties on the inputs they buy: "Chinese manufacturers will pay a 10% duty on American chips")
_PAYS = re.compile(r"\s+(?:will |would |could |now |also |still |has |have |had )?(?:pays?|paid|paying)\b")


_SHIPPED = {"exports", "shipments", "sales", "goods", "products"}


def _exports_to(doc, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """The party stands after "exports to (the)": the country the goods go to."""
    lw = _lw(doc)
    k = tok - 1
    if k > 0 and lw[k] == "the":
        k -= 1
    return k > 0 and lw[k] == "to" and lw[k - 1] in _SHIPPED


def _firms_after(doc, sent: Sentence, a: Anchor, hi: int, kb: KnowledgeBase) -> list:  # type: ignore[no-untyped-def, type-arg]
    """Companies the measure is aimed at: named in the clause after the verb (or after the
    instrument when the verb comes later)."""
    lw = _lw(doc)
    start = min(a.tok_start, a.action_tok if a.action_tok is not None else a.tok_start)
    # "..., a day after the abrupt curb left companies such as Apple scrambling": firms of another clause
    # (a subordinate clause set off by a comma; "imposed the ban in April after finding that ZTE lied" keeps ZTE)
    hi = next((k for k in range(max(a.tok_end, (a.action_tok or 0) + 1), hi) if lw[k] in _SUBORDINATORS
               and "," in lw[max(start, k - 3):k]), hi)
    by_name = kb.company_by_name
    out = []
    for m in sent.mentions:
        if m.label == "COMPANY" and start < m.token_start < hi and m.key in by_name:
            out.append(by_name[m.key])
    return out


# words that open the reason for a sanction or a listing, or a clause telling what the listed did:
# "put two firms on its list over arms sales to Taiwan", "refiners accused of buying Iranian oil",
# "banks that help Moscow evade restrictions"
_LISTING_REASON = {"over", "for", "accused", "alleged", "allegedly", "citing", "because", "linked", "tied",
                   "connected", "involved", "helping", "amid", "after", "that", "which", "who", "whose"}


def _listing_end(doc, sent: Sentence, a: Anchor, hi: int) -> int:  # type: ignore[no-untyped-def]
    """The end of a sanction's or a listing's clause before the reason it gives, when the listed
    parties (a country's entities, a known firm) are named before that reason: the countries and
    goods of the reason ("for shipping Russian crude") are not whom or what is listed."""
    first = min(a.tok_start, a.action_tok if a.action_tok is not None else a.tok_start)
    start = max(a.tok_end, (a.action_tok if a.action_tok is not None else a.tok_start) + 1)
    cut = next((k for k in range(start, hi) if _lw(doc)[k] in _LISTING_REASON), None)
    if cut is None:
        return hi
    named = any(first < m.token_start < cut and (m.label == "COUNTRY" or m.label == "COMPANY")
                and m.token_start != a.tok_start for m in sent.mentions)
    return cut if named else hi


def _against(doc, sent: Sentence, parties: list[Party]) -> str | None:  # type: ignore[no-untyped-def]
    """The country whose measure a case is against: "a lawsuit against the new U.S. tariffs"."""
    for p in parties:
        window = [_lw(doc)[k] for k in range(max(sent.tok_start, p.tok - 3), p.tok)]
        if "against" in window or "challenged" in window or "challenging" in window \
                or "with" in window and "consultations" in window:
            return p.code  # (a WTO step: "requested dispute consultations with Ankara")
    return None


def _ruled_against(doc, sent: Sentence, a: Anchor, kb: KnowledgeBase, hi: int):  # type: ignore[no-untyped-def]
    """Whom a WTO ruling goes against, told after it: the country whose goods it lets be taxed
    ("ruled that Washington could target $7.5bn of European goods"), else the country of the firm
    whose support it condemns ("a ruling that found tax breaks for Boeing were illegal"), with
    that firm."""
    owner = _probed_country(doc, sent, a)
    if owner is not None:
        return owner, None  # "ruled that Indonesia's nickel export ban broke the rules": the measure's owner
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
            if o and o.kind == "igo" and o.name not in kb.bloc_members:
                return True
    return " wto " in f" {sent.text.lower()} " or "world trade organization" in sent.text.lower()


# a country let off a measure told in the same sentence: "except Chile", "sparing Britain", "except to Nepal",
# "carved out the United
# Kingdom", or kept at its old rate ("as Britain keeps its 25% rate", "with Japan kept at 20 percent")
_CARVE_BEFORE = re.compile(r"\b(?:" + _EXCEPT_RX + r"|"
                           r"sparing|spared|exempting|exempted|carved\s+out|carving\s+out|carves\s+out|carve\s+out|"
                           r"with\s+the\s+exception\s+of)\s+"
                           # "except to Nepal", "other than from Canada": the flow's preposition ("except those
                           # from Canada", "except goods from Mexico": the goods let off named first)
                           r"(?:(?:those|goods|imports|shipments|products|ones)\s+(?=(?:from|of)\b))?"
                           r"(?:(?:to|from|into|for|in|on|with|by|of)\s+)?(?:the\s+)?$", re.I)
_CARVED_TOO = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", re.I)
_KEPT_BEFORE = re.compile(r"(?:\b(?:as|while|with|but|whereas)|,)\s+(?:the\s+)?$", re.I)
_KEPT_AFTER = re.compile(r"^(?:,\s*which)?\s+(?:will\s+|would\s+|is\s+|was\s+|gets\s+|remains\s+|stays\s+)?"
                         r"(?:keeps?|kept|keeping|retains?|retained|retaining|stays?|stayed|staying|remains?|remained|"
                         r"remaining|held|holds|left|continues\s+to\s+pay|continuing\s+to\s+pay|still\s+pays|"
                         r"keeps\s+paying|keeping\s+paying)\b(?:\s+(?:its|their|the|a|paying|at|on|with|of|lower|"
                         r"existing|current|old|previous))*\s+$", re.I)


# "Chile keeps its 8% rate", "while Manila held its 7% duty": a country keeping a rate told as its own
_OWN_RATE = re.compile(r"\s+(?:keeps?|kept|keeping|retains?|retained|retaining|holds?|held|holding)\s+(?:its|their)\s", re.I)


def _carve_outs(doc, sent: Sentence, a: Anchor) -> list[tuple[str, object, int, int, bool]]:  # type: ignore[no-untyped-def]
    """Countries the sentence lets off the measure at ``a``, each with the rate it keeps (or None), the
    characters that tell it and whether only the country's keeping "its" rate tells it (no "except",
    "sparing", "kept at"): (code, rate, start, end, own)."""
    text = _text(doc)
    start = doc[min(a.tok_start, a.action_tok if a.action_tok is not None else a.tok_start)].idx
    rates = [q for q in sent.quantities if q.kind == "rate"]
    out: list[tuple[str, object, int, int, bool]] = []
    last = None  # the end of the country let off just before ("sparing Australia and Argentina")
    for m in sent.mentions:
        if m.label != "COUNTRY" or m.start < start:
            continue
        before = text[max(sent.start, m.start - 32):m.start]
        carved = _CARVE_BEFORE.search(before)
        chained = carved is None and last is not None and _CARVED_TOO.fullmatch(text, last, m.start) is not None
        rate = None
        for q in rates:
            if m.end < q.start <= m.end + 60 and _KEPT_AFTER.match(text[m.end:q.start]):
                rate = q
                break
        if carved is None and not chained and not (rate is not None and _KEPT_BEFORE.search(before)):
            continue
        lo = m.start - (len(before) - (carved.start() if carved is not None else len(before)))
        own = carved is None and not chained and rate is not None and _OWN_RATE.match(text, m.end, rate.start) is not None
        out.append((m.key, rate, lo, rate.end if rate is not None else m.end, own))
        last = m.end if (carved is not None or chained) and rate is None else None
    return out


_ASIDE_PREPS = {"of", "in", "since", "over", "with", "for", "by", "at"}
_KIN_NOUNS = {"ally", "allies", "neighbour", "neighbours", "neighbor", "neighbors", "partner", "partners"}


def _list_joint(lw: list[str], k: int, j: int) -> int:
    """The end of the list joiner at ``k`` (before ``j``): ",", "and", "or", "as well as", "and/or
    also"; ``k`` itself when none stands there."""
    if lw[k] in (",", "and", "or", "&"):
        return k + 1
    if lw[k] == "as" and k + 3 <= j and lw[k + 1] == "well" and lw[k + 2] == "as":
        return k + 3
    if lw[k] == "plus" and k > 0 and lw[k - 1] != "plus":
        return k + 1
    return k


def _list_gap(doc, i: int, j: int) -> bool:  # type: ignore[no-untyped-def]
    """The tokens ``doc[i:j]`` only join two names of one list: "Peru, Chile and the Philippines",
    "Malaysia as well as Thailand", "Egypt, Oman, and Vietnam", "Russia and its ally Belarus". The one
    test of coordination the list readings share (targets coordinated with a target, deal partners,
    lists of countries named together)."""
    lw = _lw(doc)
    k, joined = i, False
    while k < j:
        n = _list_joint(lw, k, j)
        if n == k:
            break
        k, joined = n, True
    if not joined:
        return False
    if k < j and lw[k] == "the":
        k += 1
    elif k + 1 < j and lw[k] in ("its", "their") and lw[k + 1] in _KIN_NOUNS:
        k += 2
    return k == j


def _name_list_comma(doc, j: int) -> bool:  # type: ignore[no-untyped-def]
    """The comma at ``j`` separates two capitalised names of a list ("Malaysia, Cambodia and Thailand",
    "Peru, the Philippines or Chile"): a list goes on after it, with "and", "or" or "as well as" within
    a few words; or it is the serial comma before the list's last name ("Egypt, Oman, and Vietnam")."""
    if j + 2 >= len(doc) or not (doc[j - 1].is_title and doc[j - 1].is_alpha):
        return False
    lw = _lw(doc)
    if lw[j + 1] in ("and", "or"):
        # the serial comma: a comma closes the name before too, and a name follows the "and"
        k = j + 2 + (j + 2 < len(doc) and lw[j + 2] == "the")
        before = next((x for x in range(j - 1, max(0, j - 5), -1) if not doc[x].is_title), 0)
        return k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[before].text == ","
    k = j + 1 + (lw[j + 1] == "the")
    if not (doc[k].is_title and doc[k].is_alpha):
        return False
    return any(lw[x] in ("and", "or") or lw[x] == "as" and lw[x + 1:x + 3] == ["well", "as"]
               for x in range(k + 1, min(len(doc) - 2, k + 5)))


_WITH_STOP = {",", ";", "(", ":", "but", "while", "whereas", "although", "because", "if", "unless", "after", "before"}


def _with_partners(doc, sent: Sentence, a: Anchor, parties: list[Party], hi: int) -> list[Party]:  # type: ignore[no-untyped-def]
    """The parties coordinated right after the "with" that follows a deal, talks or a call in its clause:
    "signed trade agreements on Monday with Norway and Iceland", "the deals Washington struck last week
    with Kenya, Ghana and Nigeria", "reached a deal with the United States" (in text order)."""
    lw = _lw(doc)
    start = max(a.tok_end, a.action_tok + 1 if a.action_tok is not None else a.tok_end)
    k = next((j for j in range(start, min(hi, sent.tok_end, start + 10))
              if lw[j] == "with" or lw[j] in _WITH_STOP or lw[j] == "and" and j + 1 < len(doc) and lw[j + 1] in _AUX),
             None)
    if k is None or lw[k] != "with":
        return []
    out: list[Party] = []
    last = k + 1
    for p in parties:
        if p.tok < last:
            continue
        gap = lw[last:p.tok]
        if not out and gap not in ([], ["the"]):
            break
        if out and not _list_gap(doc, last, p.tok):
            break
        out.append(p)
        last = _party_end(sent, p)
    return out
