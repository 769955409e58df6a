"""Step 1: anchors, the instrument words and phrases of a sentence ("tariffs", "export controls",
"Entity List", "talks", "phone call"), and verb + trade-flow pairs that carry their own action."""

from __future__ import annotations

import re

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.common import (
    _AUX,
    _COURT_WORDS,
    _GOVERNMENT_NOUNS,
    _GOVERNMENT_WORDS,
    _HIT_BACK,
    _LETTER,
    _MEASURES,
    _OPEN_FORMS,
    _ORDER_WORDS,
    _PACT_NOUNS,
    _RATE_RX,
    _SOUGHT,
    _SUBORDINATORS,
    _TARIFF_RX,
    _TRADE_FLOW_RX,
    POSSESSIVE_MARKS,
    SYMMETRIC,
    _clause_bounds,
    _lw,
    _mention_at,
    _text,
)
from tradeshock.extract.events.goods import _rate_versus
from tradeshock.extract.events.parties import _LEADER_TITLE, _LEADER_WORD, _SHIPPED
from tradeshock.extract.events.records import Anchor
from tradeshock.extract.gazetteer import Mention

_RULE_NOUNS = {"rules", "regulations", "requirements", "controls", "measures", "licensing", "licencing"}

_PHRASE_RES = [(re.compile(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])"), p, i)
               for p, i in sorted(lx.INSTRUMENT_PHRASES, key=lambda p: -len(p[0]))]
# (a cheap look-up before the phrases' regexes: a phrase starting with a letter or digit can match only where a
# word of the sentence starts with its first three characters; shorter phrases and any others always run)
_WORD_START = re.compile(r"(?<![\w-])\w")
_SHORT_PHRASES = [k for k, (_rx, p, _i) in enumerate(_PHRASE_RES) if len(p) < 3 or not p[:1].isalnum()]


def _phrases_by_head() -> dict[str, list[int]]:
    by_head: dict[str, list[int]] = {}
    for k, (_rx, p, _i) in enumerate(_PHRASE_RES):
        if len(p) >= 3 and p[:1].isalnum():
            by_head.setdefault(p[:3], []).append(k)
    return by_head


_PHRASES_BY_HEAD = _phrases_by_head()


def _phrase_candidates(low: str) -> list[int]:
    """The indices into ``_PHRASE_RES``, in order, of the phrases that may match in ``low``."""
    found = set(_SHORT_PHRASES)
    for m in _WORD_START.finditer(low):
        s = m.start()
        ks = _PHRASES_BY_HEAD.get(low[s:s + 3])
        if ks:
            found.update(ks)
    return sorted(found)


# before "levy"/"levies" as a verb ("to levy", "will levy", "also levies")
_LEVY_VERB_BEFORE = {"to", "will", "would", "could", "may", "might", "shall", "should", "must", "can", "also", "not",
                     "now", "already", "still"}


def _place_tok(doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    """A word of a place name after "at"/"in" ("at the White House", "in Buenos Aires")."""
    t = doc[k]
    return t.lower_ == "the" and doc[k - 1].lower_ in ("in", "at") or t.is_title and t.is_alpha


def _state_flow(doc, sent: Sentence, i: int, j: int) -> bool:  # type: ignore[no-untyped-def]
    """A flow told in a long noun phrase before its passive verb is a government's act only when the phrase
    names a state buyer or a government ("purchases of US pork by state buyers were halted") and no other agent
    follows the verb ("... were halted by a missile strike", "by a payment dispute")."""
    lw = _lw(doc)
    return any(lw[k] == "state" or lw[k] in _GOVERNMENT_NOUNS for k in range(i + 1, j)) \
        and not (j + 1 < sent.tok_end and lw[j + 1] == "by")


def _find_anchors(doc, sent: Sentence, leaders: frozenset[str]) -> list[Anchor]:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    anchors: list[Anchor] = []
    taken: set[int] = set()
    low = sent.text.lower()
    if any(k in low for k in lx.REMEDY_KEYS):
        for m in lx.REMEDY_CASE.finditer(low):
            span = doc.char_span(sent.start + m.start(), sent.start + m.end(), alignment_mode="expand")
            if span is not None:  # "launched a countervailing duty investigation": a probe, not a duty
                anchors.append(Anchor("other", span.start, span.end, None, None, [m.group()]))
                taken.update(range(span.start, span.end))
    # multi-word instrument phrases
    for k_phrase in _phrase_candidates(low):
        rx, phrase, instrument = _PHRASE_RES[k_phrase]
        if phrase not in low:
            continue
        for m in rx.finditer(low):
            span = doc.char_span(sent.start + m.start(), sent.start + m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if phrase.endswith(" the wto"):
                span = doc[span.end - 1:span.end]  # "took Ottawa to the WTO": the body, not the preposition
            if phrase in _VIRTUAL_PHRASES and _leaders_count(sent, leaders) < 2 \
                    and not _two_sides(doc, sent, span.start, span.end):
                taken.update(range(span.start, span.end))
                continue  # "Samsung held a video conference with analysts": no governments meet
            own = lx.PHRASE_ACTION.get(phrase)
            if instrument == "leader_call" and phrase.startswith(("spoke", "held")):
                own = "call"
            own_tok = span.start if own else None
            if instrument == "export_control" and phrase in lx.END_USER_PHRASES:
                own = "ease"  # "designated the plants as validated end users": licence-free imports
                lo_c = _clause_bounds(doc, sent, span.start)[0]
                own_tok = next((k for k in range(span.start - 1, max(lo_c, span.start - 15) - 1, -1)
                                if lw[k] in lx.END_USER_VERBS), span.start)
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
        w = lw[i]
        if i in taken or (w not in lx.FLOW_EXPORT and w not in lx.FLOW_IMPORT):
            continue
        instrument = "export_control" if w in lx.FLOW_EXPORT else "import_restriction"
        if w in ("sales", "supply", "supplies", "deliveries", "shipments", "shipment") and not _near_good(sent, i):
            continue
        if w in ("supplying", "selling", "shipping", "exporting") and not any(
                m.label == "GOOD" and abs(m.token_start - i) <= 8 and not m.token_start <= i < m.token_end
                for m in sent.mentions):
            continue  # a verb of selling names the goods sold ("stop shipping its most advanced chips")
        best: tuple[int, str, int] | None = None
        lo = max(sent.tok_start, i - 6)
        for j in range(i - 1, lo - 1, -1):
            wj = lw[j]
            if wj in lx.LICENCE_WORDS:
                # "require a licence to export", "granted licences to ship", "denied permission to sell"
                for k in range(j - 1, max(sent.tok_start, j - 5) - 1, -1):
                    verb = lx.LICENCE_VERBS.get(lw[k])
                    if verb:
                        best = (i - k, verb, k)
                        break
                if best is None:
                    best = (i - j, "impose", j)
                break
            if wj in ("off", "down") and j > sent.tok_start and lw[j - 1] in ("cut", "cuts", "cutting", "shut",
                                                                                     "shuts", "choked", "choking",
                                                                                     "closed", "closing"):
                best = (i - (j - 1), "impose", j - 1)  # "cut off sales of ... to China", "choking off exports"
                break
            if wj in lx.FLOW_ACTIONS:
                best = (i - j, lx.FLOW_ACTIONS[wj], j)
                break
            if (wj in lx.FLOW_END and doc[j].is_lower and not (j > sent.tok_start and lw[j - 1] in _PERIOD_END)
                    or j > sent.tok_start and f"{lw[j - 1]} {wj}" in lx.FLOW_END_PHRASES) \
                    and all(lw[k] in _FLOW_END_NP for k in range(j + 1, i)):
                # "will end imports of Russian coal", "to phase out imports of gas": the flow is stopped
                best = (i - j, "impose", j if wj in lx.FLOW_END else j - 1)
                break
            if wj in _RULE_NOUNS and instrument == "export_control":
                # "new rules on the export of ...", "curbs on exports": an instrument whose verb is elsewhere
                best = (i - j, "", j)
                break
            if wj in (".", ";") or j in taken:
                break
        if best is None:
            # "exports ... were halted" / "exports of rare earths resumed"
            # (the flow's noun phrase may run to ten words: "purchases of US pork by state buyers were halted")
            j, end = i + 1, min(sent.tok_end, i + 11)
            aside = False
            while j < end:
                wj = lw[j]
                if j > i + 6 and (wj in _SUBORDINATORS or wj in ("and", "but", "as")):
                    break  # (past a few words, another clause's verb: "imports of soybeans fell after China halted")
                if wj in lx.FLOW_ACTIONS and lx.FLOW_ACTIONS[wj] in ("impose", "resume"):
                    if j > i + 6 and not aside and not _state_flow(doc, sent, i, j):
                        break
                    best = (j - i, lx.FLOW_ACTIONS[wj], j)
                    break
                if wj == "," and lw[j + 1] in _ASIDE_OPENERS:
                    # "imports of laptops, along with servers, were restricted": past the aside
                    close = next((k for k in range(j + 2, min(sent.tok_end, j + 14)) if lw[k] == ","), None)
                    if close is None:
                        break
                    j, end, aside = close + 1, min(sent.tok_end, close + 5), True
                    continue
                if wj in (".", ";", ","):
                    break
                j += 1
        if best is None:
            continue
        _, action, j = best
        if lw[j] in _PAUSE_NOUNS:
            gov = _verb_over_pause(doc, sent, min(i, j), instrument)
            if gov is not None:
                # "extended its beef export suspension", "lifted the suspension of coal exports": the verb
                # over the noun tells what was done to the pause
                action, k = gov
                anchors.append(Anchor(instrument, k, max(i, j) + 1, action, k, [lw[k], lw[j], w]))
                taken.update(range(k, max(i, j) + 1))
                continue
        if j < i and w in ("export", "import") and i + 1 < sent.tok_end and lw[i + 1] in _FLOW_ORDERS \
                and lx.ACTION_WORDS.get(lw[j]) in _UNDO:
            # "suspended the export order": the verb undoes the order, it does not stop the flow
            action = lx.ACTION_WORDS[lw[j]]
            anchors.append(Anchor(instrument, j, i + 2, action, j, [lw[j], w, lw[i + 1]]))
            taken.update(range(j, i + 2))
            continue
        undone = _rule_undone(doc, sent, j) if action == "impose" else None
        if undone is not None:
            # "rescinded a rule that would have capped exports of chips": the verb undoing the rule
            action, j = undone
            anchors.append(Anchor(instrument, min(i, j), max(i, j) + 1, action, j, [lw[j], w, "rule undone"]))
            taken.update(range(min(i, j), max(i, j) + 1))
            continue
        if w in ("supplying", "selling", "shipping", "exporting") and any(
                lw[k] in ("that", "which") for k in range(max(sent.tok_start, min(i, j) - 3), min(i, j))):
            continue  # "a ban that had barred firms from selling tools": what a measure told before does
        noun_like = lw[j] in ("restriction", "restrictions", "curbs", "curb", "ban", "bans", "limits") \
            or lw[j] in _RULE_NOUNS
        if noun_like and j > sent.tok_start and lw[j - 1] in _VERB_BEFORE:
            noun_like = False  # "an executive order to ban imports of ...", "will curb exports": the verb
        if noun_like:
            # "restrictions on rare earth exports": an instrument whose action comes from context
            anchors.append(Anchor(instrument, min(i, j), max(i, j) + 1, None, None, [lw[j], w]))
        else:
            anchors.append(Anchor(instrument, min(i, j), max(i, j) + 1, action, j, [lw[j], w]))
        taken.update(range(min(i, j), max(i, j) + 1))
    # a licence noun governed by a verb of requiring, granting or denying: "companies will need a
    # license to sell China the chips", "began issuing licences for the H20"
    for i in range(sent.tok_start, sent.tok_end):
        if i in taken or lw[i] not in lx.STANDALONE_LICENCE:
            continue
        verb = _licence_verb(doc, sent, i)
        obliged = None
        if verb is None:
            sought = _licence_verb(doc, sent, i, lx.LICENCE_VERBS)
            obliged = _obliged(doc, sent, sought[1]) if sought is not None else None
            if sought is not None and (_requirement_before(doc, sent, sought[1] - 1) is not None or obliged):
                # "lifted the requirement that EDA firms obtain licences to sell to China", "exporters must
                # obtain licences to ship gallium": a licence one is obliged to get ("no longer have to seek
                # licences": the obligation lifted, an easing)
                verb = ("ease", sought[1]) if obliged == "lifted" else sought
        if verb is not None and _licence_for_dealings(doc, sent, i):
            # "issued a general licence allowing transactions with the new government": a sanction eased
            anchors.append(Anchor("sanction", i, i + 1, verb[0], verb[1], [lw[verb[1]], lw[i], "dealings"]))
            taken.add(i)
            continue
        if verb is None or not _export_context(doc, sent):
            continue
        action, k = verb
        j = k - 1
        while j > sent.tok_start and lw[j] in _AUX | {"also", "now", "still", "already"}:
            j -= 1
        if any(lw[x] in ("meaning", "means") for x in range(max(sent.tok_start, k - 6), k)):
            continue  # "restricted with immediate effect, meaning that each shipment would need permission"
        req = _requirement_before(doc, sent, j)
        if lw[j] in ("which", "who", "that") and req is None:
            continue  # "toolmakers, which need licenses to sell ...": what a listing means for firms
        instrument = "import_restriction" if _import_licence(doc, sent) else "export_control"
        if req is not None:
            # "put off its requirement that importers of laptops hold a licence": the verb governing
            # the requirement tells what was done to it
            changed = _verb_before(doc, sent, req, instrument)
            if changed is not None:
                action, k = changed
        cues = [lw[k], lw[i]] + (["obligation lifted"] if obliged == "lifted" and action == "ease" else [])
        anchors.append(Anchor(instrument, i, i + 1, action, k, cues))
        taken.add(i)
    # single-word instruments
    for i in range(sent.tok_start, sent.tok_end):
        if i in taken:
            continue
        w = lw[i]
        instrument = lx.INSTRUMENT_WORDS.get(w)
        if instrument == "talks" and i > sent.tok_start and lw[i - 1] == "since" \
                and any(lw[k] in ("met", "meet", "meets") for k in range(sent.tok_start, i)):
            continue  # "met Trump on Tuesday, his latest trip since talks began in April": a time mark
        if instrument == "legal_ruling" and i + 1 < sent.tok_end and lw[i + 1] in _RULING_NOUNS:
            continue  # "the ruling coalition", "the ruling party": who governs, not a court's ruling
        if instrument == "talks" and _DOMESTIC_TALKS.match(_text(doc), doc[i].idx + len(doc[i])):
            continue  # "after consultations with member states", "talks with lawmakers": no talks between countries
        if instrument == "talks" and _talks_as_span(doc, sent, i):
            continue  # "capping three years of negotiations", "talks that had run for a decade": a process, no event
        if instrument == "tariff" and w in ("levy", "levies") and i > sent.tok_start \
                and lw[i - 1] in _LEVY_VERB_BEFORE and i + 1 < sent.tok_end and lw[i + 1] not in ("on", "of"):
            continue  # "moved to levy duties of 25%", "will levy port fees": a verb, the noun after it anchors
        if instrument == "legal_ruling" and not _trade_matter(sent):
            continue  # "the verdict in his trial", "investors gave their verdict": no ruling on trade
        if instrument is None and w in ("restrictions", "restriction", "curbs", "limits") and any(
                lw[k] == "access" and lw[k + 1] == "to" for k in range(i + 1, min(sent.tok_end - 1, i + 9))):
            instrument = "export_control"  # "widened restrictions on Huawei's access to semiconductors"
        if instrument == "import_restriction" and w in ("quota", "quotas") and any(
                lw[k] in _EXPORT_WORDS for k in range(i + 1, min(sent.tok_end, i + 5))):
            instrument = "export_control"  # "a quota on wheat exports": a cap on what may be shipped out
        if instrument is None and w in ("ban", "bans"):
            instrument = _ban_kind(doc, sent, i)  # "lifted a ban that had barred firms from selling to ZTE"
        if instrument is None and w in _EMBARGO_NOUNS:
            instrument = _embargo_kind(doc, sent, i)  # "an embargo on Iranian oil", "the embargo on Cuba"
        if instrument is None and w in _CAP_NOUNS:
            cap = _price_cap(doc, sent, i)
            if cap is not None:
                # "a price cap on Russian oil", "set a ceiling of $60 a barrel on the price of Iranian crude":
                # a limit on what buyers may pay a sanctioned country, enforced through services (a sanction)
                anchors.append(Anchor("sanction", i, i + 1, cap[0], cap[1], [w, "price cap"]))
                taken.add(i)
                continue
        if instrument is None and w in _CURB_NOUNS and _on_tech_goods(doc, sent, i):
            instrument = "export_control"  # "restrictions on 23 types of chipmaking equipment", "curbs on chip technology"
        if instrument is None and w in _CURB_NOUNS:
            instrument = _curbs_told_before(doc, sent, i)  # "Tokyo tightened export controls ... eased the controls"
        if instrument is None and w in ("rate", "rates") and _tariff_rate_noun(doc, sent, i):
            instrument = "tariff"  # "the 18 percent rate set in May", "raised the rate on Peru to 40%"
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
        if instrument == "tariff" and w in ("duty", "duties") and i + 1 < len(doc) and lw[i + 1] == "free":
            continue
        if i >= 2 and doc[i - 1].text == "-" and lw[i - 2] == "non":
            continue  # "non-tariff measures"
        if instrument == "tariff" and i + 1 < sent.tok_end and lw[i + 1] in _NOT_A_MEASURE:
            continue  # "the tariff war", "tariff fears": the word names a conflict or a mood, not a measure
        if instrument == "agreement" and w in ("deal", "deals") and i > 0 and lw[i - 1] in ("great", "big"):
            pass
        own = lx.SELF_ACTION.get(instrument)
        if w in ("sanctioned", "blacklisted") and i > sent.tok_start and lw[i - 1] not in ("the", "a", "been",
                                                                                                "be", "being") \
                or _sanction_verb(doc, sent, i):
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
        w = lw[i]
        if w in _ORDER_VERBS:
            k = next((k for k in range(i + 2, min(sent.tok_end - 1, i + 11))
                      if lw[k] == "to" and lw[k + 1] in ("sell", "divest")), None)
            if k is not None and not any(lw[j] in (",", ";", ".") for j in range(i + 1, k)):
                # "ordered ByteDance to sell TikTok's U.S. operations": a forced divestment
                anchors.append(Anchor("investment_restriction", i, k + 2, "impose", i, [w, "to", lw[k + 1]]))
                taken.update(range(i, k + 2))
                continue
        if (w in ("retaliate", "retaliates") or w in _HIT_BACK and i + 1 < sent.tok_end and lw[i + 1] == "back") \
                and _vowed_retaliation(doc, sent, i, anchors):
            # "the EU would be ready to retaliate if Washington went ahead": unnamed countermeasures
            anchors.append(Anchor("other", i, i + 1, "threaten", i, [w, "unnamed countermeasure"]))
            taken.add(i)
            continue
        relief = _relief_noun(doc, sent, i, taken) if w in _RELIEF_NOUNS or w in _CARVE else None
        if relief is not None:
            # "secured a 90-day reprieve from a threatened rise", "granted Peru a temporary exemption
            # from them", "a proclamation that carved out Britain": relief from a tariff told before
            action, k = relief
            anchors.append(Anchor("tariff", i, i + 1, action, k, [w, "relief"]))
            taken.add(i)
            continue
        k = _market_opened(doc, sent, i, taken) if w in _OPEN_VERBS else None
        if k is not None:
            # "the pact opens Japan's rice market to Australian growers", "opened its dairy market to US
            # farmers": a barrier to imports relaxed for the partner
            anchors.append(Anchor("import_restriction", k, k + 1, "ease", i, [w, "market opened"]))
            taken.update(range(i, k + 1))
            continue
        if w in _STOP_GOODS_VERBS:
            k = _goods_from_origin(doc, sent, i, taken)
            if k is not None:
                # "barred seafood from ten Japanese prefectures", "banned beef from Brazil": goods
                # stopped at the border by where they come from
                anchors.append(Anchor("import_restriction", i, k, "impose", i, [w, "goods from"]))
                taken.update(range(i, k))
                continue
        if w in ("cap", "caps", "capped", "capping") and doc[i].is_lower and i > sent.tok_start \
                and lw[i - 1] not in _OBJECT_DET | {"price"} and _price_cap(doc, sent, i) is not None:
            # "have capped the price of Russian seaborne crude": the price cap told by its verb
            anchors.append(Anchor("sanction", i, i + 1, "impose", i, [w, "price cap"]))
            taken.add(i)
            continue
        k = _foreign_goods_stopped(doc, sent, i, taken) if w in _STOP_GOODS_VERBS else None
        if k is not None:
            # "banned all Japanese aquatic products", "blocked 118 Chinese apps": goods stopped at the border,
            # told by the country they come from
            anchors.append(Anchor("import_restriction", i, k + 1, "impose", i, [w, "foreign goods"]))
            taken.update(range(i, k + 1))
            continue
        k = _kept_off_networks(doc, sent, i, taken) if w in _EXCLUDE_VERBS else None
        if k is not None:
            # "will bar Huawei from its 5G networks", "shut both firms out of the rollout": equipment kept
            # out of a country's networks
            anchors.append(Anchor("import_restriction", i, k + 1, "impose", i, [w, lw[k]]))
            taken.update(range(i, k + 1))
            continue
        if w in _CLEAR_VERBS:
            k = _stopped_clearing(doc, sent, i, taken)
            if k is not None:
                # "customs stopped clearing any goods arriving from Lithuania": a freeze told without a
                # verb of banning
                anchors.append(Anchor("import_restriction", k, i + 1, "impose", k, [lw[k], w]))
                taken.update(range(k, i + 1))
                continue
        if w in ("order", "orders", "decree", "decrees") and _order_gives_control(doc, sent, i):
            # "suspended the emergency order that handed it control of the chipmaker": the seizure's order,
            # whose verb tells what was done to it
            anchors.append(Anchor("investment_restriction", i, i + 1, None, None, [w, "control taken"]))
            taken.add(i)
            continue
        k_control = _control_taken(doc, sent, i, taken) if w in _SEIZE_VERBS else None
        if k_control is not None:
            # "took control of the chipmaker under an emergency law", "nationalised the steelworks": a
            # government seizing a company
            anchors.append(Anchor("investment_restriction", i, k_control + 1, "impose", i, [w, "control taken"]))
            taken.update(range(i, k_control + 1))
            continue
        takeover = _takeover_decision(doc, sent, i, taken) if w in _TAKEOVER_DECIDE else None
        if takeover is not None:
            # "blocked the purchase", "signed an order allowing the company to buy its rival": a
            # government deciding on a takeover
            action, k = takeover
            anchors.append(Anchor("investment_restriction", min(i, k), max(i, k) + 1, action, i,
                                  [w, lw[k], "takeover"]))
            taken.update(range(min(i, k), max(i, k) + 1))
            continue
        cut_off = _cut_from_payments(doc, sent, i, taken) if w in _SWIFT_WORDS else None
        if cut_off is not None:
            # "cut seven banks off SWIFT", "were disconnected from the Swift messaging system": a sanction
            action, k = cut_off
            anchors.append(Anchor("sanction", min(i, k), max(i, k) + 1, action, k, [lw[k], w]))
            taken.update(range(min(i, k), max(i, k) + 1))
            continue
        if w in _DESIGNATE_VERBS and _sanction_designation(doc, sent, i, anchors):
            # "the Treasury designated 12 Russian banks": a listing by the sanctions authority
            anchors.append(Anchor("sanction", i, i + 1, "impose", i, [w, "designation"]))
            taken.add(i)
            continue
        if w in _BAR_VERBS:
            barred = _barred_from(doc, sent, i, taken)
            if barred is not None:
                # "an order barring U.S. companies from using equipment made by ...": a restriction
                instrument, k = barred
                if instrument == "sanction":
                    # "barring Americans from dealing with Russia's central bank": the party dealt with is
                    # the target, so the anchor runs over "dealing with"
                    anchors.append(Anchor(instrument, k, k + 2, "impose", i, [w, "from", lw[k]]))
                    taken.update((i, k, k + 1))
                elif not any(b.instrument == instrument and i <= b.tok_start <= k for b in anchors):
                    anchors.append(Anchor(instrument, i, i + 1, "impose", i, [w, "from", lw[k]]))
                    taken.add(i)
                continue
        nxt_w = lw[i + 1] if i + 1 < sent.tok_end else ""
        if w in ("met", "meet", "meets") and _count_parties(sent) >= 1 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not (nxt_w in ("the", "its", "their", "all") and i + 2 < sent.tok_end
                         and lw[i + 2] in _MET_CONDITIONS or nxt_w in _MET_CONDITIONS
                         or nxt_w in ("the", "its", "their") and any(
                             lw[k] in ("'s", "’s") and k + 1 < sent.tok_end and lw[k + 1] in _MET_CONDITIONS
                             for k in range(i + 2, min(sent.tok_end - 1, i + 5)))):
            anchors.append(Anchor("talks", i, i + 1, "negotiate", i, [w]))
        elif w in _TALK_VERBS and _count_parties(sent) >= 2 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not _has_anchor(anchors, "leader_call", doc, sent, i) \
                and (found := _discussed_with(doc, sent, i)) is not None:
            # "Ottawa would keep negotiating with Washington", "discussed the rice tariff with Greer",
            # "pressed Beijing on its export curbs", "took up the levies with Washington": talks
            end, partner = found
            lo_c, hi_c = _clause_bounds(doc, sent, i)
            if _leaders_count(sent, leaders) >= 2 and any(lw[j] in ("call", "calls") for j in range(lo_c, hi_c)):
                # "Carney raised the steel tariffs with Trump during a call": the leaders' call
                anchors.append(Anchor("leader_call", i, end, "call", i, [w, "call"], partner))
            else:
                anchors.append(Anchor("talks", i, end, "negotiate", i, [w, "discussed"], partner))
            taken.update(range(i, end))
        elif w in _SPEAK_VERBS and (nxt_w == "with" or _spoke_to_party(doc, sent, i)) \
                and not _DOMESTIC_TALKS.match(_text(doc), doc[i].idx + len(doc[i])) and _count_parties(sent) >= 1 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not _has_anchor(anchors, "leader_call", doc, sent, i):
            # "after speaking with To Lam", "wants to keep talking to Beijing", "spoke by phone with Xi"
            if _leaders_count(sent, leaders) >= 2:
                anchors.append(Anchor("leader_call", i, i + 2, "call", i, [w, "with"]))
            else:
                anchors.append(Anchor("talks", i, i + 2, "negotiate", i, [w, "with"]))
            taken.update((i, i + 1))
        elif w in _VISIT_WORDS and _count_parties(sent) >= 2 and not _has_anchor(anchors, "talks", doc, sent, i) \
                and not _has_anchor(anchors, "agreement", doc, sent, i) \
                and (visited := _visit_or_host(doc, sent, i, leaders)) is not None:
            # "Norway's trade minister visited Beijing", "flew to Washington to negotiate relief", "hosted
            # Philippine President ...", "a trip to Seoul": officials meeting in person are talks, with the
            # place visited (or the guest) for the other side
            anchors.append(Anchor("talks", i, i + 1, "negotiate", i, [w, "visit"], visited))
            taken.add(i)
        elif w in _PHONE_VERBS and _count_parties(sent) >= 2 \
                and (phoned := _phoned_party(doc, sent, i)) is not None \
                and not _has_anchor(anchors, "leader_call", doc, sent, i):
            # "Ruto phoned South African President Cyril Ramaphosa", "Sisi rang Erdogan on Wednesday": a
            # call (talks when no leader takes part), with the one phoned for the other side
            if _leaders_count(sent, leaders) >= 2:
                anchors.append(Anchor("leader_call", i, i + 1, "call", i, [w], phoned))
            elif w not in ("called", "calls", "call"):
                anchors.append(Anchor("talks", i, i + 1, "negotiate", i, [w], phoned))
            taken.add(i)
        elif w in ("call", "calls") and nxt_w == "with" and i > sent.tok_start \
                and lw[i - 1] in _CALL_DETERMINERS and not _has_anchor(anchors, "leader_call", doc, sent, i):
            # "after his own call with Trump", "a call with the Mexican president": a call held
            if _leaders_count(sent, leaders) >= 2:
                anchors.append(Anchor("leader_call", i, i + 2, "call", i, [w, "with"]))
            elif _count_parties(sent) >= 1:
                anchors.append(Anchor("talks", i, i + 2, "negotiate", i, [w, "with"]))
            taken.update((i, i + 1))
        elif w in ("award", "awards") and i > sent.tok_start and lw[i - 1] in ("its", "own", "an", "a", "the",
                                                                                 "their", "new", "separate") \
                and any(lw[k] in _COURT_WORDS for k in range(sent.tok_start, sent.tok_end)) \
                and not any(b.instrument == "legal_ruling" and b.action == "rule" for b in anchors):
            # "a parallel WTO case is expected to produce its own award early next year"
            anchors.append(Anchor("legal_ruling", i, i + 1, "rule", i, [w]))
        elif w in _CASE_VERBS and _case_object(doc, sent, i) and _trade_matter(sent) \
                and not _has_anchor(anchors, "legal_ruling", doc, sent, i):
            # "two importers sued the US government over the duties", "appealed the panel's decision": a
            # case opened, told by its verb
            anchors.append(Anchor("legal_ruling", i, i + 1, "announce", i, [w, "case"]))
        elif w in _COURT_VERBS and _court_verb(doc, sent, i) \
                and not any(b.instrument == "legal_ruling" and not _case_noun_object(doc, b, i) for b in anchors
                            if _has_anchor([b], "legal_ruling", doc, sent, i)):
            # "a federal court struck down the tariffs", "Brazil's top court upheld the import ban", "a
            # judge blocked the levies": a court's decision told by its verb
            anchors.append(Anchor("legal_ruling", i, i + 1, "rule", i, [w, "court"]))
        elif w in ("ruled", "rules", "ruling") and any(lw[k] in _COURT_WORDS for k in range(sent.tok_start, sent.tok_end)) \
                and nxt_w not in _RULING_NOUNS and _trade_matter(sent):
            if not _has_anchor(anchors, "legal_ruling", doc, sent, i):
                anchors.append(Anchor("legal_ruling", i, i + 1, "rule", i, [w]))
        elif w in _PURCHASE_VERBS and i > sent.tok_start and lw[i - 1] in _BEFORE_PURCHASE \
                and (w in ("buy", "purchase") and _money_after(sent, doc, i) or _more_goods_after(sent, doc, i)) \
                and _DEAL_WORDS.search(_text(doc)[max(0, sent.start - 400):sent.end]) \
                and not any(
                    b.instrument == "agreement" and "purchase" in b.cues for b in anchors):
            # "Under the deal, Seoul will ... buy $100 billion worth of LNG": a purchase commitment (a deal
            # told in the sentence or just before it)
            anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, "purchase"]))
            taken.add(i)
        elif w in _COMMIT_VERBS and i + 2 < sent.tok_end and lw[i + 1] == "to" \
                and lw[i + 2] in _BUY_VERBS | _PURCHASE_VERBS:
            # "committed to buy $200 billion of American goods": a purchase commitment is a deal
            anchors.append(Anchor("agreement", i, i + 3, "agree", i, [w, lw[i + 2], "purchase"]))
            taken.update(range(i, i + 3))
        elif w in ("agreed", "agree", "agrees", "agreeing", "signed", "reached", "struck", "clinched", "sealed"):
            nxt = lw[i + 1] if i + 1 < sent.tok_end else ""
            nxt2 = lw[i + 2] if i + 2 < sent.tok_end else ""
            k = i + 1
            while k < sent.tok_end and (lw[k] in ("on", "in", "at", "late", "early") or _is_date_tok(sent, doc, k)
                                        or k < i + 6 and lw[k - 1] in ("in", "at", "the") and _place_tok(doc, k)):
                k += 1  # "agreed on Monday to ...", "agreed at the White House to ..."
            nxt = lw[k] if k < sent.tok_end else ""
            nxt2 = lw[k + 1] if k + 1 < sent.tok_end else ""
            go_on = nxt2 in _GO_ON and k + 2 < sent.tok_end and lw[k + 2] in _TALKING
            if nxt == "to" and (nxt2 in _MEET_VERBS or go_on) and w in ("agreed", "agree", "agrees", "agreeing"):
                # "agreed to meet next week", "agreed to talk again", "agreed to keep talking": talks to
                # come, not a deal
                anchors.append(Anchor("talks", i, k + 3 if go_on else k + 2, "negotiate", i, [w, nxt2]))
                taken.update(range(i, k + 3 if go_on else k + 2))
                then = lw[k + 4] if go_on and k + 4 < sent.tok_end and lw[k + 3] == "and" else ""
                if (then in lx.ACTION_WORDS or then in lx.FLOW_ACTIONS) and _joint_subject(sent, doc, i):
                    # "agreed to keep talking and cut tariffs on cars to 15%": a deal on the step too
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, then]))
                continue
            if nxt == "to" and (nxt2 in lx.ACTION_WORDS or nxt2 in lx.FLOW_ACTIONS or nxt2 in _BUY_VERBS
                                or k + 2 < sent.tok_end and f"{nxt2} {lw[k + 2]}" in lx.ACTION_WORDS):
                if nxt2 in _BUY_VERBS:
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, nxt2, "purchase"]))
                elif _joint_subject(sent, doc, i):
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w, nxt2]))
                continue
            if w in ("agreed", "agree", "agrees") and i - 2 >= sent.tok_start \
                    and lw[i - 1] in ("that", "who", "which") and doc[i - 2].is_lower \
                    and lw[i - 2] not in _PARTY_NOUNS and _mention_at(sent, i - 2) is None:
                continue  # "cognac houses that agreed to sell at minimum prices": firms agreeing, not governments
            adopted = next((b for b in anchors if b.instrument in ("sanction", "import_restriction", "export_control")
                            and b.action_tok in (None, i) and k < b.tok_start <= k + 3
                            and all(lw[j] in _ADOPTED_DET for j in range(k, b.tok_start))), None)
            if adopted is not None and w in ("agreed", "agree", "agrees", "agreeing"):
                # "the EU agreed a ban on Belarusian potash", "agreed a price cap": a government adopting a
                # measure, not a deal
                adopted.action, adopted.action_tok = "impose", i
                continue
            if w in ("agreed", "agree", "agrees", "agreeing") and not _has_anchor(anchors, "agreement", doc, sent, i):
                if _count_parties(sent) >= 1:
                    anchors.append(Anchor("agreement", i, i + 1, "agree", i, [w]))
    # a rate a country's goods will face or pay, with no instrument word: "Mexican goods would face
    # 30% from August 1", "Indonesian goods would be charged 19 percent"
    text = _text(doc)
    for q in sent.quantities:
        if q.kind != "rate" or q.unit != "%" and "/" not in q.unit:
            continue  # (a percentage, or a specific duty: "will pay 95 euros a tonne")
        m = _GOODS_FACE_RATE.search(text[max(sent.start, q.start - 60):q.start])
        mv = _VERB_RATE_ON.search(text, max(sent.start, q.start - 40), q.start) if m is None else None
        on = _ON_AFTER.match(text, q.end) if mv is not None else None
        if on is not None and _goods_or_country_at(doc, sent, on.end()):
            # a rate laid on goods or a country with no instrument word: "will put 25% on Brazilian
            # steel", "slapped 50 per cent on Indian goods", "will levy 20 per cent on imports from Peru"
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            verb = doc.char_span(mv.start("verb"), mv.end("verb"), alignment_mode="expand")
            if span is not None and verb is not None and not any(k in taken for k in range(span.start, span.end)):
                w = mv.group("verb").lower()
                anchors.append(Anchor("tariff", span.start, span.end, lx.ACTION_WORDS.get(w, "impose"), verb.start,
                                      [w, "rate"]))
                taken.update(range(span.start, span.end))
            continue
        if m is None:
            mt = _RATE_THREATENED.match(text, q.end)
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if mt is not None and (_LETTER.search(sent.text) or mt.group("verb").startswith(("threat", "warn"))) \
                    and span is not None \
                    and not any(k in taken for k in range(span.start, span.end)) \
                    and lw[span.start - 1] == "the":
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
        nxt = lw[span.end] if span.end < sent.tok_end else ""
        if nxt in lx.INSTRUMENT_WORDS or nxt in ("rate", "rates"):
            continue  # "face a 15 percent tariff": the instrument word anchors it
        goods_tok = doc.char_span(max(sent.start, q.start - 60) + m.start("goods"),
                                  max(sent.start, q.start - 60) + m.end("goods"), alignment_mode="expand")
        if goods_tok is not None and m.group("goods").lower() not in _SHIPPED | {"imports", "exports"} and not any(
                x.label == "GOOD" and x.token_start <= goods_tok.start < x.token_end for x in sent.mentions):
            continue  # "Korean cars would pay 15 percent": goods the knowledge base knows, or goods in general
        if goods_tok is None or not any(x.label == "COUNTRY" and goods_tok.start - 3 <= x.token_start < goods_tok.start
                                        for x in sent.mentions) and not _origin_of_goods_list(doc, sent, goods_tok.start):
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
    anchors = [a for a in anchors if not (a.instrument == "agreement" and a.action_tok is None and (_TREATY_SCOPE.search(
        _text(doc)[max(sent.start, doc[a.tok_start].idx - 60):doc[a.tok_start].idx]) or _terms_of_pact(doc, sent, a)))]
    # "stocks fell on fears of new US tariffs on cars": a mood of the market, no measure taken
    anchors = [a for a in anchors if not (a.instrument in _MEASURES and _FEARED.search(
        _text(doc)[max(sent.start, doc[a.tok_start].idx - 70):doc[a.tok_start].idx]))]
    anchors = _blacklisting(doc, sent, anchors) + _asset_freezes(doc, sent, anchors)
    anchors.sort(key=lambda a: a.tok_start)
    return anchors


_FREEZE_VERBS = {"freeze", "freezes", "froze", "frozen", "freezing"}
_FROZEN_THINGS = {"assets", "funds", "property", "properties", "holdings", "accounts"}


def _asset_freezes(doc, sent: Sentence, anchors: list[Anchor]) -> list[Anchor]:  # type: ignore[no-untyped-def]
    """"had frozen the assets of Evraz", "designations that freeze any U.S. assets of the group": a verb of
    freezing with assets for its object, a few words on, is a sanction (the fixed phrases are in the lexicon)."""
    out = []
    lw = _lw(doc)
    for i in range(sent.tok_start, sent.tok_end - 1):
        if lw[i] not in _FREEZE_VERBS or any(b.tok_start <= i < b.tok_end for b in anchors):
            continue
        if i > sent.tok_start and lw[i - 1] in ("the", "a", "an", "any", "its", "their", "of"):
            continue  # "the frozen assets", "a freeze": a noun phrase, told before
        if i > sent.tok_start and lw[i - 1] == "and" and any(
                b.instrument in ("sanction", "entity_list") and b.tok_end < i for b in anchors):
            continue  # "blacklisted the group and froze its assets": the one measure
        k = next((j for j in range(i + 1, min(sent.tok_end, i + 5)) if lw[j] in _FROZEN_THINGS), None)
        if k is None or any(lw[j] in (",", ";", "and", "but") for j in range(i + 1, k)):
            continue
        out.append(Anchor("sanction", i, k + 1, "impose", i, [lw[i], "asset freeze"]))
    return out


_MODAL_TO = {"would", "could", "may", "might", "will", "shall", "should", "must", "can", "to", "not"}


def _sanction_verb(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"it could sanction Turkish banks", "U.S. sanctions Rosneft and Lukoil": "sanction(s)" as a verb,
    after a modal or "to", or after a party and before the name it lists (not in a title-case line)."""
    lw = _lw(doc)
    w = lw[i]
    if i <= sent.tok_start or i + 1 >= sent.tok_end or w not in ("sanction", "sanctions"):
        return False
    nxt = doc[i + 1]
    if w == "sanction":
        return lw[i - 1] in _MODAL_TO and (nxt.is_title or nxt.like_num or nxt.lower_ in _OBJECT_DET)
    party = any(m.token_end == i and m.label in ("COUNTRY", "ORG") for m in sent.mentions)
    words = [t for t in doc[sent.tok_start:sent.tok_end] if t.is_alpha]
    title_line = sum(1 for t in words if t.is_title) > 0.6 * len(words)
    return party and not title_line and (nxt.is_title or nxt.like_num) and nxt.lower_ not in ("on", "against")


_OBJECT_DET = {"a", "an", "the", "two", "three", "several", "more", "some", "any", "those", "its", "their"}
_BLACKLIST_VERBS = {"blacklisted", "blacklists", "blacklist"}
_BLACKLIST_NOUN_LEAD = {"a", "an", "the", "its", "their", "his", "her", "our", "trade", "export", "this", "that",
                        "those", "these", "on", "from", "of"}
_ATTRIBUTIVE_LEAD = {"a", "an", "the", "its", "their", "those", "these", "other", "already", "two", "several"}
# a blacklisting told with assets, a finance ministry or people listed is a sanction: trade blacklists name firms
_SANCTIONS_AUTHORITY = r"Treasury|OFAC|Office of Foreign Assets Control|Foreign Office"
_SANCTION_CONTEXT = re.compile(r"\b(?:assets?|freez\w*|froze(?:n)?|" + _SANCTIONS_AUTHORITY + r")\b")
_LISTED_PEOPLE = {"oligarchs", "oligarch", "officials", "individuals", "businessmen", "businessman", "tycoons",
                  "tycoon", "ministers", "minister", "judges", "judge", "lawmakers", "generals", "commanders", "people"}


def _blacklisting(doc, sent: Sentence, anchors: list[Anchor]) -> list[Anchor]:  # type: ignore[no-untyped-def]
    """"blacklists Chinese drone maker X" (a verb: the listing); "a blacklisted supplier" (a firm
    described: no event); "blacklisted seven Russian oligarchs", "blacklisted the group and froze its
    assets" (a sanction, not a trade blacklist)."""
    lw = _lw(doc)
    out = []
    for a in anchors:
        w = lw[a.tok_start]
        if a.instrument != "entity_list" or a.tok_end - a.tok_start != 1 or w not in _BLACKLIST_VERBS:
            out.append(a)
            continue
        prev = lw[a.tok_start - 1] if a.tok_start > sent.tok_start else ""
        nxt = doc[a.tok_end] if a.tok_end < sent.tok_end else None
        if w == "blacklisted" and prev in _ATTRIBUTIVE_LEAD and nxt is not None and nxt.is_alpha \
                and nxt.lower_ not in ("by", "in", "on", "for", "over", "after", "since", "and", "as"):
            continue  # "a blacklisted supplier", "the blacklisted firms": described, not listed here
        if w == "blacklists" and a.action is None and prev not in _BLACKLIST_NOUN_LEAD and nxt is not None \
                and (nxt.is_title or nxt.like_num or nxt.lower_ in _OBJECT_DET):
            a.action, a.action_tok = "impose", a.tok_start  # "US blacklists Chinese drone maker ..."
        people = any(lw[k] in _LISTED_PEOPLE for k in range(a.tok_end, min(sent.tok_end, a.tok_end + 6)))
        if a.action is not None and (people or _SANCTION_CONTEXT.search(sent.text)):
            a.instrument = "sanction"
        out.append(a)
    return out


_VERB_BEFORE = {"to", "will", "would", "could", "may", "might", "shall", "must", "should"}
_PARTY_NOUNS = {"governments", "government", "countries", "country", "sides", "side", "nations", "leaders",
                "economies", "capitals", "powers", "partners", "members", "states", "allies", "neighbours",
                "neighbors", "officials", "negotiators", "ministers"}
_CURB_NOUNS = {"restrictions", "restriction", "curbs", "curb", "controls", "limits"}
_TECH_GOODS = {"semiconductors", "ai_chips", "chipmaking_equipment", "chip_design_software", "high_bandwidth_memory"}


_NOT_TARIFF_RATE = {"interest", "exchange", "tax", "growth", "yield", "approval", "response", "turnout", "inflation", "unemployment", "policy", "mortgage",
                    "jobless", "savings", "lending", "deposit", "discount", "repo", "birth", "death", "success",
                    "participation", "utilisation", "utilization", "vacancy", "default", "funds", "fund", "prime",
                    "yuan", "dollar", "euro", "currency", "bond", "freight", "spot", "hourly", "daily", "annual",
                    "annualised", "annualized", "quarterly", "monthly", "cash", "bank", "benchmark",
                    # a sum of measures restated ("the overall rate on Chinese goods to 47 percent")
                    "overall", "total", "combined", "cumulative", "average", "effective", "headline"}


_KEEP_RATE = {"keep", "keeps", "kept", "keeping", "maintain", "maintains", "maintained", "retain", "retains", "retained", "retaining"}
_SUM_VERBS = {"includes", "include", "included", "including", "comprises", "comprising", "combines", "combining",
              "reflects", "stacks", "stacked", "adds"}


def _tariff_rate_noun(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"rate" names a tariff rate: a percentage just before it ("a 20 percent rate"), "of" and a
    percentage after it ("a rate of 84 per cent"), or "on" and a country or goods after it ("the rate
    on Chinese imports"); not a rate of interest, exchange or growth, and not the second word of an
    instrument ("tariff rate", "duty rates")."""
    lw = _lw(doc)
    prev = lw[i - 1] if i > sent.tok_start else ""
    if prev in _NOT_TARIFF_RATE or prev in lx.INSTRUMENT_WORDS or prev in ("-", "base", "basic"):
        return False
    if i + 1 < sent.tok_end and lw[i + 1] in ("quota", "quotas", "cut", "cuts", "decision", "decisions"):
        return False
    if _RATE_MOVES_TO.match(_text(doc), doc[i].idx + len(doc[i].text), sent.end) and any(
            lx.INSTRUMENT_WORDS.get(lw[k]) == "tariff" for k in range(sent.tok_start, i)):
        return True  # "cut its duty on whisky to 75%, with the rate coming down further to 40%": a later step
    if any(lw[k] == "with" and doc[k - 1].text == "," for k in range(max(sent.tok_start + 1, i - 5), i)) \
            and any(lx.INSTRUMENT_WORDS.get(lw[k]) == "tariff" for k in range(sent.tok_start, i)):
        return False  # "25% tariffs on Peru, with a lower 10% rate on its copper": a part of the tariff told before
    if any(w in _SUM_VERBS for w in lw[i + 1:min(sent.tok_end, i + 4)]):
        return False  # "the new 30% rate still includes the 20% levy": a sum of measures told elsewhere
    if any(w in _KEEP_RATE for w in lw[max(sent.tok_start, i - 6):i]):
        return False  # "as Chile keeps its 8% rate": a rate left as it was (a carve-out, parties.py), no new measure
    c = doc[i].idx
    for q in sent.quantities:
        if q.kind != "rate" or q.unit != "%":
            continue
        if 0 <= c - q.end <= 12 and not _text(doc)[q.end:c].strip(" -").count(" ") > 1 and "," not in _text(doc)[q.end:c]:
            return True  # "a 20 percent rate", "the 32 per cent rate", "a 15% flat rate"; not "to 15%, a rate last seen"
    nxt = lw[i + 1] if i + 1 < sent.tok_end else ""
    end_c = c + len(doc[i].text)
    if nxt == "of" and any(q.kind == "rate" and q.unit == "%" and 0 <= q.start - end_c <= 10 for q in sent.quantities):
        return True
    if nxt in ("on", "for"):
        # "the rate on Peru", "the rate on Chinese imports": goods, or a country in a sentence about
        # duties; not "the yield rate on US Treasuries", "the approval rate for Chinese applicants"
        bare = prev in ("the", "its", "their", "his", "her", "a", "that", "this")  # "the rate on Peru", not "the yield rate"
        return any(i + 1 < m.token_start <= i + 5 and (m.label == "GOOD" or m.label == "COUNTRY" and (
            bare or _TARIFF_TALK.search(sent.text))) for m in sent.mentions)
    return False


_RATE_MOVES_TO = re.compile(r"\s+(?:(?:will|would|is|are|was|were|then)\s+)?(?:be\s+)?(?:(?:come|comes|came|coming)\s+down|"
                            r"falls?|fell|falling|drops?|dropped|dropping|declines?|declined|declining|rises?|rose|"
                            r"rising|climbs?|climbed|climbing|goes|going|go)(?:\s+(?:further|gradually|progressively|"
                            r"again|eventually|steadily))?\s+to\s+" + _RATE_RX, re.I)


def _on_tech_goods(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"curbs on chip technology", "restrictions on 23 categories of chipmaking equipment": a curb
    on chips or chip tools is an export control (unless the clause speaks of imports)."""
    lw = _lw(doc)
    k = i + 1
    if k >= sent.tok_end or lw[k] != "on":
        return False
    end = min(sent.tok_end, k + 7)
    if any(lw[j] in ("imports", "import", "imported", "purchases", "buying", "use") for j in range(k, end)):
        return False
    return any(m.label == "GOOD" and k < m.token_start < end and m.key in _TECH_GOODS for m in sent.mentions)


_VERB_RATE_ON = re.compile(r"\b(?P<verb>impose|imposes|imposed|imposing|put|puts|putting|slap|slaps|slapped|"
                           r"slapping|levy|levies|levied|levying|charge|charges|charged|charging|apply|applies|applied|"
                           r"applying|collect|collects|collected|collecting)\s+(?:an?\s+)?(?:additional\s+|extra\s+|further\s+|"
                           r"another\s+|flat\s+|new\s+)?$", re.I)
_ON_AFTER = re.compile(r"\s+(?:on|against)\s+(?!(?:top|average|the back|hold|paper)\b)", re.I)

_BARE_GOODS = {"imports", "goods", "products", "shipments", "exports", "purchases", "everything", "all"}


def _goods_or_country_at(doc, sent: Sentence, char: int) -> bool:  # type: ignore[no-untyped-def]
    """Goods or a country named within a few words of ``char`` ("on Brazilian steel", "on imports
    from Peru", "on Canada"), not a tax base ("on revenue", "on profits")."""
    k = next((t.i for t in doc[sent.tok_start:sent.tok_end] if t.idx >= char), sent.tok_end)
    return any(m.label in ("GOOD", "COUNTRY") and k <= m.token_start <= k + 4 for m in sent.mentions) \
        or any(_lw(doc)[j] in _BARE_GOODS for j in range(k, min(sent.tok_end, k + 3)))


_LIST_GLUE = {",", "and", "or", "other", "all", "related", "most", "some"}


def _origin_of_goods_list(doc, sent: Sentence, tok: int) -> bool:  # type: ignore[no-untyped-def]
    """The goods at ``tok`` end a list of goods whose head names their origin: "Russian and
    Belarusian wheat, maize and other cereals": only goods, countries and list words between."""
    k = tok - 1
    while k >= max(sent.tok_start, tok - 14):
        m = next((x for x in sent.mentions if x.token_start <= k < x.token_end and x.label in ("GOOD", "COUNTRY")), None)
        if m is not None and m.label == "COUNTRY":
            return True
        if m is None and _lw(doc)[k] not in _LIST_GLUE:
            return False
        k = m.token_start - 1 if m is not None else k - 1
    return False


_RATE_THREATENED = re.compile(r"\s+(?:rate\s+)?(?:that\s+|which\s+)?(?:(?:(?:Mr\.?\s+)?[A-Z][\w.'-]+\s+){1,3}|"
                              r"(?:he|she|they|it)\s+)(?:had\s+|has\s+)?(?P<verb>set out|threatened|warned of|warned|"
                              r"proposed|floated)\b")
_GOODS_FACE_RATE = re.compile(r"\b(?P<goods>[A-Za-z-]+)\s+(?:(?P<modal>will|would|could|"
                              r"might|may)\s+)?(?:now\s+|also\s+)?(?P<verb>face|faces|faced|pay|pays|paid|"
                              r"(?:be|are|is|been)\s+(?:charged|taxed))\s+(?:at\s+)?(?:an?\s+)?(?:additional\s+|extra\s+|"
                              r"flat\s+)?$", re.I)
_TREATY_SCOPE = re.compile(r"\b(?:covered by|outside|compliant with|complying with|qualify under|qualifies under|"
                           r"qualifying under|rules of|exempt under|eligible under)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$",
                           re.I)

# "goods that meet the rules of the pact", "met its targets": conditions fulfilled, not a meeting
_MET_CONDITIONS = {"rules", "requirements", "standards", "conditions", "criteria", "targets", "target", "demands",
                   "deadline", "expectations", "forecasts", "estimates", "obligations", "terms", "thresholds"}
_DEAL_WORDS = re.compile(r"\b(?:deal|agreement|agreed|agreeing|pact|framework|accord|truce|in return|in exchange)\b", re.I)


_PURCHASE_VERBS = {"buy", "purchase", "buying", "purchasing"}
_BEFORE_PURCHASE = {"will", "would", "to", "and", "start", "begin", "started", "began", "keep"}
_MORE_OF = re.compile(r"\s*(?:more|a lot (?:more )?of|lots of|large (?:amounts|quantities|volumes) of|"
                      r"(?:much|far|many) more)\s", re.I)


def _more_goods_after(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"would start buying a lot of American soybeans", "will buy more US beef": a pledge to buy
    more of named goods."""
    end = doc[i].idx + len(doc[i].text)
    m = _MORE_OF.match(_text(doc), end)
    return bool(m) and any(g.label == "GOOD" and 0 <= g.start - (end + m.end() - m.start()) <= 30
                           for g in sent.mentions)


def _money_after(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """A money amount follows the verb closely: "buy $100 billion worth of ..."."""
    end = doc[i].idx + len(doc[i].text)
    return any(q.kind == "money" and 0 <= q.start - end <= 12 for q in sent.quantities)


_RULING_NOUNS = {"coalition", "party", "parties", "bloc", "camp", "elite", "class", "junta", "alliance", "government"}
_LICENCE_SKIP = {"a", "an", "the", "new", "separate", "special", "temporary", "individual", "further", "more", "general",
                 "additional", "government", "official", "such", "any", "its", "their", "to", "for", "issuing",
                 "granting", "requiring", "begin", "began", "start", "started"}

_IMPORT_CONTEXT = {"buy", "buying", "bought", "purchase", "purchases", "purchasing", "import", "imports", "importing",
                   "use", "using", "install", "installing"}
_KIND_OF_BAN = re.compile(r"\b(export|import)(?:\s+|-)bans?\b|\bban(?:s|ned|ning)?\s+(?:on\s+)?(?:the\s+|all\s+)?"
                          r"(export|import)(?:s|ing)?\b", re.I)


_KIND_OF_CURBS = re.compile(r"\b(export|import)(?:\s+|-)(control|curb|restriction|limit)s?\b", re.I)


def _curbs_told_before(doc, sent: Sentence, i: int) -> str | None:  # type: ignore[no-untyped-def]
    """A definite "the controls", "its curbs", "these restrictions" with no kind of its own stands for the
    export or import curbs of that name the article told before."""
    lw = _lw(doc)
    k = i - 1
    while k > sent.tok_start and lw[k] in ("new", "tougher", "stricter", "existing", "same", "latest"):
        k -= 1
    if k < sent.tok_start or lw[k] not in ("the", "these", "those", "its", "their"):
        return None
    noun = lw[i].rstrip("s")
    told = [m for m in _KIND_OF_CURBS.finditer(_text(doc)[max(0, sent.start - 3000):sent.start])
            if m.group(2).lower() == noun]
    if not told:
        return None
    return "export_control" if told[-1].group(1).lower() == "export" else "import_restriction"


def _ban_kind(doc, sent: Sentence, i: int) -> str | None:  # type: ignore[no-untyped-def]
    """The instrument of a bare "ban" noun: an export control when its clause sells or ships
    something ("a ban that barred firms from selling parts to ZTE"), an import restriction when it
    buys or uses something; else what the text called it before ("US lifts export ban ... the
    ban was lifted"); None for any other ban."""
    lw = _lw(doc)
    if i > sent.tok_start and lw[i - 1] in ("to", "will", "would", "could", "may", "might"):
        return None  # "to ban", "would ban": the verb, read by the trade-flow rules
    lo, hi = _clause_bounds(doc, sent, i)
    words = [lw[k] for k in range(i + 1, min(hi, i + 12))]
    if any(w in lx.EXPORT_CONTEXT for w in words):
        return "export_control"
    if any(w in _IMPORT_CONTEXT for w in words):
        return "import_restriction"
    if _foreign_goods_after(doc, sent, i, hi):
        return "import_restriction"  # "a ban on Belarusian potash": goods told by where they come from
    before = _KIND_OF_BAN.findall(_text(doc)[max(0, sent.start - 3000):sent.start])
    if before:  # (the noun, "an export ban", or the verb, "banned imports of")
        return "export_control" if "".join(before[-1]).lower() == "export" else "import_restriction"
    return None


_UNDONE_RULES = {"rule", "rules", "regulation", "regulations", "order", "measure", "policy", "ban", "law"}
_UNDO = {"ease", "suspend", "defer"}
_FLOW_ORDERS = {"order", "orders", "decree", "decrees"}


def _rule_undone(doc, sent: Sentence, j: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The flow verb at ``j`` tells what a rule does ("a rule that would have capped exports"), and a
    verb undoing that rule governs it ("rescinded", "scrapped", "suspended"): (action, its token)."""
    lw = _lw(doc)
    k = j - 1
    while k > sent.tok_start and lw[k] in ("would", "have", "has", "had", "will", "be", "been", "also"):
        k -= 1
    if k - 1 <= sent.tok_start or lw[k] not in ("that", "which") or lw[k - 1] not in _UNDONE_RULES:
        return None
    for v in range(k - 2, max(sent.tok_start, k - 6) - 1, -1):
        act = lx.ACTION_WORDS.get(lw[v])
        if act in _UNDO:
            return act, v
        if doc[v].text in (",", ";", ":") or act is not None:
            return None
    return None


_CLEAR_VERBS = {"clearing", "clear", "accepting", "accept", "admitting", "admit", "processing", "process",
                "releasing", "release", "unloading", "unload"}
_STOP_CLEAR = {"stop", "stops", "stopped", "stopping", "halted", "halt", "halts", "suspended", "suspend", "ceased",
               "cease", "refused", "refuse", "refuses", "refusing", "declined", "declining"}
_CLEARED_GOODS = {"goods", "products", "shipments", "cargo", "cargoes", "imports", "containers", "consignments",
                  "exports", "freight"}


def _stopped_clearing(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """"stopped clearing goods from Lithuania", "refused to accept shipments arriving from Estonia",
    "halted customs processing of cargo from Palau": a verb of stopping before a verb of letting goods
    in, whose object is goods from a named country. The token of the verb of stopping, or None."""
    lw = _lw(doc)
    k = i - 1
    if k > sent.tok_start and lw[k] == "to":
        k -= 1
    if k > sent.tok_start and lw[k] == "customs":
        k -= 1  # "halted customs processing of ..."
    if k < sent.tok_start or lw[k] not in _STOP_CLEAR or k in taken:
        return None
    goods = False
    for j in range(i + 1, min(sent.tok_end - 1, i + 9)):
        wj = lw[j]
        if doc[j].text in (",", ";", ".", ":") or j in taken:
            return None
        if wj in _CLEARED_GOODS or any(m.label == "GOOD" and m.token_start == j for m in sent.mentions):
            goods = True
        elif wj == "from" and goods and any(m.label == "COUNTRY" and j < m.token_start <= j + 3
                                            for m in sent.mentions):
            return k
    return None


_ADOPTED_DET = {"a", "an", "the", "its", "their", "new", "fresh", "further", "joint", "price", "trade", "full"}
_CAP_NOUNS = {"cap", "caps", "ceiling", "ceilings"}
_CAP_VERBS = {**dict.fromkeys(("set", "sets", "setting", "fix", "fixed", "fixes", "fixing", "impose", "imposed",
                               "imposes", "imposing", "introduce", "introduced", "introduces", "adopt", "adopted",
                               "adopts", "agreed", "agree", "agrees", "approved", "approve", "apply", "applied",
                               "applies", "applying", "enforce", "enforced", "enforcing", "put", "placed", "place",
                               "agreeing", "launched", "launch"), "impose"),
              **dict.fromkeys(("lowered", "lower", "lowers", "lowering", "cut", "cuts", "tightened", "tighten",
                               "tightens", "tightening", "reduced", "reduce"), "tighten"),
              **dict.fromkeys(("raised", "raise", "raises", "raising", "lifted", "lift", "lifts", "lifting",
                               "scrapped", "scrap", "ended", "end", "eased", "ease", "dropped", "drop", "loosened"),
                              "ease")}


def _price_cap(doc, sent: Sentence, i: int) -> tuple[str | None, int | None] | None:  # type: ignore[no-untyped-def]
    """A cap on the price of a country's goods: "price cap", "price ceiling", or "a cap/ceiling (of
    $60 a barrel) on the price of Russian crude"; the goods must be told by a country's adjective
    ("Russian oil"), which keeps out domestic price controls ("a cap on drug prices"). (action,
    token of the verb before the noun) or (None, None) when the verb is elsewhere; None for no cap."""
    lw = _lw(doc)
    lo, hi = _clause_bounds(doc, sent, i)
    price = i > sent.tok_start and lw[i - 1] in ("price", "price-")
    end = min(hi, i + 14)
    if not price:
        k = next((k for k in range(i + 1, end) if lw[k] in ("price", "prices")), None)
        if k is None or lw[k - 1] not in ("the", "on", "oil", "gas", "crude") \
                or any(doc[j].text in (",", ";", ":") for j in range(i + 1, k)):
            return None
    dem = next((m for m in sent.mentions if m.label == "COUNTRY" and m.kind == "demonym" and i < m.token_start < end
                and any(g.label == "GOOD" and m.token_end <= g.token_start <= m.token_end + 2 for g in sent.mentions)),
               None)
    if dem is None:
        return None
    first = i - 1 if price else i
    for k in range(first - 1, max(lo, first - 5) - 1, -1):
        act = _CAP_VERBS.get(lw[k])
        if act is not None:
            return act, k
        if doc[k].text in (",", ";", ":"):
            break
    return None, None


_EMBARGO_NOUNS = {"embargo", "embargoes"}
_NOT_TRADE_EMBARGO = {"arms", "weapons", "weapon", "military", "news", "media", "press"}
_GOODS_NOUNS = {"goods", "products", "produce", "imports", "cargoes", "cargo", "shipments", "supplies"}


def _foreign_goods_after(doc, sent: Sentence, i: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """"on Russian seaborne crude", "against Iranian oil": the ban's or embargo's object, right after
    "on"/"against", is goods named by a country's adjective (known goods or goods in general)."""
    lw = _lw(doc)
    if i + 1 >= hi or lw[i + 1] not in ("on", "against", "of"):
        return False
    dem = next((m for m in sent.mentions if m.label == "COUNTRY" and m.kind == "demonym"
                and i + 2 <= m.token_start <= i + 3 and m.token_end < hi), None)
    if dem is None:
        return False
    for k in range(dem.token_end, min(hi, dem.token_end + 3)):
        if lw[k] in _GOODS_NOUNS or any(m.label == "GOOD" and m.token_start == k for m in sent.mentions):
            return True
        if doc[k].text in (",", ";", ".") or lw[k] in ("and", "or", "firms", "companies", "officials"):
            return False
    return False


def _embargo_kind(doc, sent: Sentence, i: int) -> str | None:  # type: ignore[no-untyped-def]
    """The instrument of an "embargo": a trade flow its clause names decides (export words make it an
    export control, buying words an import restriction); goods named by where they come from ("an
    embargo on Russian coal") are an import restriction; an embargo on a country itself ("the
    embargo on Cuba") is a sanction. Arms embargoes are no trade measure (ANNOTATION.md 4)."""
    lw = _lw(doc)
    if i > sent.tok_start and lw[i - 1] in _NOT_TRADE_EMBARGO:
        return None
    lo, hi = _clause_bounds(doc, sent, i)
    words = [lw[k] for k in range(i + 1, min(hi, i + 10))]
    if any(w in ("export", "exports", "exporting", "sales", "selling", "shipments") for w in words[:5]):
        return "export_control"
    if _foreign_goods_after(doc, sent, i, hi) or any(w in _IMPORT_CONTEXT for w in words[:5]):
        return "import_restriction"
    if i + 2 < hi and lw[i + 1] in ("on", "against") and any(
            m.label == "COUNTRY" and m.kind != "demonym" and m.token_start in (i + 2, i + 3) for m in sent.mentions):
        return "sanction"
    return None


# "will end (all) imports of ...": the flow right after the verb; "the end of May", "the year ending March" end
# a period, not a flow
_FLOW_END_NP = {"the", "its", "their", "all", "his", "her", "our", "any", "remaining"}
_PERIOD_END = {"the", "an", "a", "year", "month", "week", "quarter", "period", "day"}
# verbs of making a government or a firm do something ("ordered ByteDance to sell", "forced it to divest"): the
# verbs of ordering and those of compelling; actions' _ORDER_WORDS (a measure set by the order) keeps to
# "ordered"/"ordering", since "forced"/"required"/"directed" there change the dev output ("required" a measure
# is no order that sets it)
_ORDER_VERBS = _ORDER_WORDS | {"orders", "order", "forced", "forces", "forcing", "compelled", "compels", "required",
                               "requires", "directed", "directs"}


def _vowed_retaliation(doc, sent: Sentence, i: int, anchors: list[Anchor]) -> bool:  # type: ignore[no-untyped-def]
    """"would retaliate", "ready to retaliate", "vowed to retaliate", with no measure named in its
    clause (up to a subordinate "if"/"unless")."""
    lw = _lw(doc)
    lo, hi = _clause_bounds(doc, sent, i)
    left = [lw[k] for k in range(max(lo, i - 4), i)]
    if not any(w in lx.FUTURE_MODALS for w in left):
        return False
    end = next((k for k in range(i + 1, hi) if lw[k] in _SUBORDINATORS), hi)
    k = i + 2 if i + 1 < hi and lw[i + 1] == "back" else i + 1
    cause = range(0)
    if k < end and lw[k] in ("against", "at", "over", "for"):
        # "vowed to retaliate against the US tariffs": the measure answered, not the answer
        cause = range(k, next((x for x in range(k + 1, end) if lw[x] in ("with", ",", ";", "by")), end))
    if any(lo <= b.tok_start < end and b.tok_start not in cause and b.instrument not in SYMMETRIC for b in anchors):
        return False
    text = _text(doc)
    over = next((x for x in cause if lw[x] == "over"), None)
    if over is not None:
        # "hit back at the US over arms sales to Taiwan", "will strike back at Pakistan over the attack": the
        # cause told is no trade matter; "over the decision", "over the move" point back (the context tells)
        told = text[doc[over].idx:doc[cause[-1]].idx + len(doc[cause[-1]].text)]
        if _TRADE_TALK_WIDE.search(told):
            return True
        if not _BACK_REFERENCE.match(told):
            return False
    # an answer in kind is a trade one only where trade is talked about (this sentence or the two before)
    before = sent.start
    prev = sent.tok_start - 1
    for _ in range(2):
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        if prev < 0:
            break
        before = doc[prev].sent.start_char
        prev = doc[prev].sent.start - 1
    return bool(_TRADE_TALK_WIDE.search(text, before, sent.end))


# "over the decision", "over the move", "over it": a cause that points back to what was told before
_BACK_REFERENCE = re.compile(r"over (?:(?:the|this|that|these|those|its|their|such) (?:latest |new |recent |same )?"
                             r"(?:decisions?|moves?|steps?|measures?|actions?|announcements?|plans?|polic(?:y|ies))|"
                             r"it|this|that)\W*$", re.I)


_RELIEF_NOUNS = {"reprieve": "suspend", "reprieves": "suspend", "exemption": "ease", "exemptions": "ease",
                 "waiver": "ease", "waivers": "ease", "carve-out": "ease", "carve-outs": "ease", "carveout": "ease",
                 "exclusion": "ease", "exclusions": "ease"}
_GIVE_GET = {"won", "win", "wins", "winning", "secured", "secure", "secures", "got", "get", "gets", "obtained",
             "received", "receive", "receives", "gave", "give", "gives", "given", "granted", "grant", "grants",
             "granting", "handed", "offered", "offers", "extended"}
_CARVE = {"carved", "carve", "carves", "carving"}

_TARIFF_TALK = re.compile(rf"\b(?:{_TARIFF_RX})\b", re.I)


def _relief_noun(doc, sent: Sentence, i: int, taken: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """A relief from a tariff told by a noun a government gives or a country gets ("won a 30-day
    reprieve from them", "granted Peru an exemption from them", "secured a reprieve from a threatened
    rise"), or "carved out" and a country, where the tariff is named in the sentence or the one before
    but not in the relief's own phrase: (action, token of the verb) or None."""
    lw = _lw(doc)
    w = lw[i]
    if w in _CARVE:
        if _TARIFF_TALK.search(sent.text):
            return None  # "doubled its tariff ... but carved out Britain": the tariff's own carve-out (parties.py)
        if i + 1 >= sent.tok_end or lw[i + 1] != "out" \
                or not any(m.label == "COUNTRY" and i + 2 <= m.token_start <= i + 3 for m in sent.mentions):
            return None
        act, k = "ease", i
    else:
        act = _RELIEF_NOUNS.get(w)
        if act is None:
            return None
        k = next((j for j in range(i - 1, max(sent.tok_start, i - 12) - 1, -1) if lw[j] in _GIVE_GET
                  or lw[j] in lx.WITHDRAW_VERBS and doc[j].is_lower and act == "ease"), None)
        ended = k is not None and lw[k] in lx.WITHDRAW_VERBS
        if k is None and act == "ease":
            # "the exemptions granted to Canada and Mexico expire on June 1": the relief runs out
            k = next((j for j in range(i + 1, min(sent.tok_end, i + 10)) if lw[j] in lx.RUN_OUT), None)
            ended = k is not None
            if ended and any(doc[j].text in (";", ".") or lw[j] in _SUBORDINATORS for j in range(i, k)):
                k = None
        if k is None or k < i and any(doc[j].text == ";" or doc[j].text == "," and _mention_at(sent, j + 1) is None
                                      and lw[j + 1] != "and" for j in range(k, i)):
            return None  # (but "granted Chile, Peru and Bolivia a reprieve": a list of countries)
        if any(lw[j] in _SOUGHT for j in range(max(sent.tok_start, min(k, i) - 4), min(k, i))):
            return None  # "is seeking an exemption", "hopes to win a waiver": not granted
        if ended:
            act = "impose"  # "ended the exemption for Canadian steel": the duty applies again (eval/README.md)
        frm = next((j for j in range(i + 1, min(sent.tok_end, i + 9)) if lw[j] == "from"), None)
        if frm is None:
            # "won an exemption on Monday", "granted exclusions to 150 Chinese products": the tariff told
            # in the sentence before (checked below); but "offers a chip tariff waiver": the tariff's own
            if i - 1 in taken or lx.INSTRUMENT_WORDS.get(lw[i - 1]) is not None \
                    or _TARIFF_TALK.search(_text(doc), sent.start, doc[i].idx):
                return None  # (and "slashed the tariffs, giving exporters a reprieve": the same measure told again)
            frm = i
        for j in range(frm + 1, min(sent.tok_end, frm + 8)):
            if doc[j].text in (",", ";", ".") or lw[j] in _SUBORDINATORS:
                break
            if j in taken or lx.INSTRUMENT_WORDS.get(lw[j]) is not None:
                return None  # "a reprieve from the levies": the levies' own anchor takes the relief word
            if any(m.token_start == j and m.label in ("ORG", "COMPANY") for m in sent.mentions):
                return None  # "a waiver from the Commerce Department": who grants it, not what it relieves
    text = _text(doc)
    prev = sent.tok_start - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    before = doc[prev].sent.start_char if prev >= 0 else sent.start
    if not _TARIFF_TALK.search(text, before, sent.end):
        return None  # the tariff is named in this sentence or the one before
    return act, k


# the forms of the verbs of barring, shared by the rules below
_BAR_FORMS = {"bar", "bars", "barred", "barring"}
_BAN_FORMS = {"ban", "bans", "banned", "banning"}
_BLOCK_FORMS = {"block", "blocks", "blocked", "blocking"}
_PROHIBIT_FORMS = {"prohibit", "prohibits", "prohibited", "prohibiting"}
_EXCLUDE_FORMS = {"exclude", "excludes", "excluded", "excluding"}
_BAR_VERBS = _BAR_FORMS | _PROHIBIT_FORMS | _BLOCK_FORMS | {"forbid", "forbids", "forbade", "forbidding"}
_SELL_VERBS = {"selling", "sell", "exporting", "export", "shipping", "ship", "supplying", "supply", "providing",
               "transferring"}
_BUY_USE_VERBS = {"using", "use", "buying", "buy", "purchasing", "purchase", "importing", "import", "installing",
                  "procuring"}


_OPEN_VERBS = _OPEN_FORMS | {"reopen", "reopens", "reopened", "reopening", "prise", "prised", "pry", "pried"}


def _market_opened(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A verb of opening at ``i`` whose object is a country's market, opened "to" a partner or its
    sellers ("opens a slice of Canada's dairy market to American farmers", "opened up its beef market
    to Brazil"): the token of "market", or None."""
    lw = _lw(doc)
    if lw[i].endswith("ing") and i > sent.tok_start and doc[i - 1].text == ",":
        return None  # "the pact came into force, opening one of the richest markets to ...": what the deal does
    for k in range(i + 1, min(sent.tok_end - 1, i + 12)):
        if k in taken or doc[k].text in (",", ";", "(") or lw[k] in ("that", "which", "and", "but"):
            return None
        if lw[k] in ("market", "markets"):
            nxt = k + 1
            if lw[nxt] == "up":
                nxt += 1  # "opened its market up to"
            if not (nxt < sent.tok_end and lw[nxt] == "to" and lw[nxt + 1] not in _DEED_AFTER_TO):
                return None
            return k if _market_owner_told(doc, sent, i, k) else None
    return None


# who may open a country's market: a government, a deal, or a pronoun standing for one
_MARKET_OPENERS = _GOVERNMENT_WORDS | _PACT_NOUNS | {"it", "they", "we"}


def _market_owner_told(doc, sent: Sentence, i: int, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The market at ``k`` opened by the verb at ``i`` is told as a government's: its owner named
    ("its market", "Taiwan's pork market"), or a country, a government, a known leader or a deal as the clause's subject
    (not "Netflix opened the Indian market to Korean dramas", "falling prices opened the European market")."""
    lw = _lw(doc)
    if any(lw[j] in ("its", "their", "our") or doc[j].text in ("'s", "’s") for j in range(i + 1, k)):
        return True
    j = i - 1
    while j >= sent.tok_start and doc[j].text not in (",", ";", ":") and lw[j] not in _SUBORDINATORS:
        if lw[j] in _MARKET_OPENERS:
            return True
        j -= 1
    lo = j + 1
    # (a leader or an office the knowledge base knows speaks for the government: "Lula opened the Brazilian market")
    return any(m.label in ("COUNTRY", "ORG", "PERSON", "OFFICE") and lo <= m.token_start < i and m.kind != "demonym"
               for m in sent.mentions)


# "opened the market to speculation", "to competition": no partner after "to"
_DEED_AFTER_TO = {"competition", "speculation", "investors", "investment", "trading", "the", "public"}


_STOP_GOODS_VERBS = _BAR_FORMS | _BAN_FORMS | _BLOCK_FORMS | _PROHIBIT_FORMS | {
    "halt", "halts", "halted", "halting", "suspend", "suspends", "suspended", "suspending"}


def _goods_from_origin(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A verb of stopping whose object is goods the knowledge base knows, followed by "from" and a
    place ("barred seafood from 10 Japanese prefectures"): the token of "from", or None."""
    lw = _lw(doc)
    good = next((m for m in sent.mentions if m.label == "GOOD" and i < m.token_start <= i + 4), None)
    if good is None or any(k in taken or doc[k].text in (",", ";", ":") for k in range(i + 1, good.token_start)):
        return None
    k = good.token_end
    while k < min(sent.tok_end, good.token_end + 3) and lw[k] != "from":
        if doc[k].text in (",", ";", ":", ".") or k in taken:
            return None
        k += 1
    if k >= sent.tok_end or lw[k] != "from":
        return None
    place = next((m for m in sent.mentions if m.label == "COUNTRY" and k < m.token_start <= k + 4), None)
    if place is None or any(doc[j].text in (",", ";") for j in range(k + 1, place.token_start)):
        return None
    return k


_PAUSE_NOUNS = {"suspension", "suspensions", "halt", "freeze", "moratorium"}
_PAUSE_NP = {"the", "its", "their", "a", "this", "that", "temporary", "partial", "current", "existing", "export",
             "import", "'s", "’s"}


def _verb_over_pause(doc, sent: Sentence, k0: int, instrument: str) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The verb governing a noun phrase of pausing a flow that starts at ``k0`` ("extended its beef export
    suspension", "lifted the temporary halt on rice exports"): (action, token), for a verb that
    prolongs, lifts or ends the pause, or None."""
    lw = _lw(doc)
    k = k0 - 1
    while k > sent.tok_start and k > k0 - 6 and (lw[k] in _PAUSE_NP or any(
            m.label in ("GOOD", "COUNTRY") and m.token_start <= k < m.token_end for m in sent.mentions)):
        k -= 1
    if k < sent.tok_start or not doc[k].is_lower:
        return None
    act = lx.ACTION_WORDS.get(lw[k])
    if act in ("extend", "ease", "defer") and act in lx.ALLOWED_ACTIONS[instrument]:
        return act, k
    return None


_STOPPED_THINGS = {"goods", "products", "produce", "cargoes", "cargo", "supplies", "apps", "applications", "software",
                   "equipment", "gear", "kit", "devices", "seafood", "meat", "fruit", "vegetables"}
_STOP_LEAD = {"all", "most", "some", "the", "certain", "several", "more", "any", "further"}


_PRIVATE_SUBJECTS = {"supermarkets", "supermarket", "retailers", "retailer", "shops", "stores", "chains", "companies",
                     "firms", "importers", "traders", "buyers", "refiners", "refineries", "restaurants", "brands",
                     "consumers", "customers", "shoppers", "platforms", "grocers", "wholesalers", "dealers"}
_SEA_WORDS = {"sea", "strait", "straits", "gulf", "ocean", "channel", "canal", "waters"}


def _foreign_goods_stopped(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A verb of stopping ("banned", "blocked", "halted") whose object is goods told by a country's
    adjective ("all Japanese aquatic products", "118 Chinese apps", "Brazilian beef"): the last
    token of the goods, or None. Not a noun ("the ban on ...") nor firms ("banned Chinese firms")."""
    lw = _lw(doc)
    if not doc[i].is_lower or i > sent.tok_start and lw[i - 1] in _OBJECT_DET | {"of", "'s", "’s"}:
        return None
    k = i + 1
    while k < sent.tok_end and k < i + 4 and (lw[k] in _STOP_LEAD or doc[k].like_num):
        k += 1
    dem = next((m for m in sent.mentions if m.label == "COUNTRY" and m.kind == "demonym" and m.token_start == k), None)
    if dem is None:
        return None
    lo = _clause_bounds(doc, sent, i)[0]
    if any(lw[x] in _PRIVATE_SUBJECTS for x in range(lo, i)) or not any(
            m.label in ("COUNTRY", "ORG", "PERSON") and lo <= m.token_start < i for m in sent.mentions) \
            and not any(lw[x] in _GOVERNMENT_WORDS for x in range(lo, i)):
        return None  # a government stops goods at the border ("Supermarkets in Finland banned ...": a boycott)
    if any(m.label == "COUNTRY" and m.kind != "demonym" and m.key == dem.key and lo <= m.token_start < i
           for m in sent.mentions):
        return None  # "Moscow halted Russian gas supplies to Poland": its own goods, an export stopped
    for j in range(dem.token_end, min(sent.tok_end, dem.token_end + 3)):
        if j in taken or doc[j].text in (",", ";", ".", ":"):
            return None
        good = next((m for m in sent.mentions if m.label == "GOOD" and m.token_start <= j < m.token_end), None)
        if lw[j] in _STOPPED_THINGS or good is not None and j + 1 < sent.tok_end \
                and lw[good.token_end] not in ("firms", "companies", "makers", "producers", "exporters"):
            end = good.token_end - 1 if good is not None and lw[j] not in _STOPPED_THINGS else j
            if end + 1 < sent.tok_end and lw[end + 1] == "from" and end + 2 < sent.tok_end \
                    and lw[end + 2] in _SELL_VERBS | _BUY_USE_VERBS:
                return None  # "barred Chinese equipment makers from selling": what firms may do
            e = end + 1
            while e < sent.tok_end and lw[e] in _STOPPED_THINGS:
                e += 1
            nxt = lw[e] if e < sent.tok_end else ""
            if nxt == "to" and any(m.label == "COUNTRY" and m.token_start in (e + 1, e + 2) for m in sent.mentions):
                return None  # "halted Ukrainian grain supplies to Egypt": a flow out, not into the actor
            if nxt in ("in", "through", "across") and any(lw[x] in _SEA_WORDS
                                                          for x in range(e + 1, min(sent.tok_end, e + 5))):
                return None  # "blocked Ukrainian grain cargoes in the Black Sea": a blockade, not an import ban
            return end
    return None


_EXCLUDE_VERBS = _BAR_FORMS | _BAN_FORMS | _EXCLUDE_FORMS | _BLOCK_FORMS | {
    "shut", "shuts", "shutting", "remove", "removed", "strip", "stripped", "kick", "kicked", "keep", "kept", "purge",
    "purged"}
_NETWORKS = {"network", "networks", "rollout", "roll-out", "grid", "grids", "infrastructure"}
_TELECOM_NETWORK = re.compile(r"\b(?:[3-6]G|telecoms?|telecommunications?|mobile|wireless|broadband)\b", re.I)


def _kept_off_networks(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A verb of barring, then "from"/"out of" and a country's telecom networks or rollout ("bar Huawei
    from its 5G networks", "excluded the firms from Britain's 5G rollout", "shut ZTE out of the grid"):
    the token of the network noun, or None."""
    lw = _lw(doc)
    if not doc[i].is_lower:
        return None
    lo, hi = _clause_bounds(doc, sent, i)
    for k in range(i + 1, min(hi, i + 9)):
        if k in taken or doc[k].text in (";", ":", "."):
            return None
        w = lw[k]
        if w == "from" or w == "of" and lw[k - 1] == "out":
            if not any(lw[j] in _STOPPED_THINGS for j in range(i + 1, k)) \
                    and not _TELECOM_NETWORK.search(sent.text):
                return None  # (a vendor's kit told as such: "remove the firm's products from their networks")
            for j in range(k + 1, min(hi, k + 6)):
                if lw[j] in _NETWORKS:
                    return j
                if doc[j].text in (",", ";") or j in taken:
                    return None
            return None
    return None


_TAKEOVER_NOUNS = {"purchase", "acquisition", "takeover", "buyout", "merger", "bid", "sale", "deal", "buy-out",
                   "take-over"}
_TAKEOVER_WORDS = {"purchase", "acquisition", "takeover", "buyout", "merger", "buy-out", "take-over", "acquire",
                   "acquiring", "acquired", "buy", "bought", "buying", "stake", "rival", "investor", "investors",
                   "buyer", "buyers", "bidder"}
_TAKEOVER_DECIDE = {**{w: "impose" for w in ("blocked", "blocks", "block", "blocking", "vetoed", "vetoes", "veto",
                                             "vetoing", "prohibited", "prohibits", "halted", "killed", "scuttled",
                                             "nixed")},
                    **{w: "ease" for w in ("approved", "approves", "approve", "approving", "cleared", "clears",
                                           "clear", "clearing", "allowed", "allows", "allow", "allowing",
                                           "authorized", "authorised", "authorizes", "authorises", "permitted",
                                           "permitting")}}
_ACQUIRE_VERBS = {"buy", "acquire", "purchase", "take", "complete", "close", "proceed"}


_FIRM_WORDS = {"rival", "rivals", "stake", "company", "firm", "group", "business", "maker", "steelmaker",
               "chipmaker", "carmaker", "operator", "owner", "control", "unit", "subsidiary", "shares", "over"}


def _firm_bought(doc, sent: Sentence, k: int) -> bool:  # type: ignore[no-untyped-def]
    """What follows the verb of buying at ``k`` is a firm ("to buy its rival", "to acquire a stake
    in Acme"), not goods ("to buy American goods")."""
    lw = _lw(doc)
    for j in range(k + 1, min(sent.tok_end, k + 6)):
        if doc[j].text in (",", ";", ".") or any(m.label == "GOOD" and m.token_start == j for m in sent.mentions):
            return False
        if lw[j] in _FIRM_WORDS or lw[j].endswith("maker") \
                or any(m.label == "COMPANY" and m.token_start == j for m in sent.mentions):
            return True
    return False


def _noun_phrase_span(doc, sent: Sentence, start: int, k: int) -> range:  # type: ignore[no-untyped-def]
    """The tokens of the phrase from ``start`` through the noun at ``k`` and what it governs, up to a comma, a
    semicolon or a subordinate clause ("the sale of a chip plant to a Chinese investor", not ", rattling
    investors")."""
    end = next((x for x in range(k + 1, min(sent.tok_end, k + 12))
                if doc[x].text in (",", ";", ":", ".") or _lw(doc)[x] in _SUBORDINATORS), min(sent.tok_end, k + 12))
    return range(start, end)


def _takeover_decision(doc, sent: Sentence, i: int, taken: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """A government blocking or clearing a company's purchase of another: "blocked the purchase",
    "vetoed the takeover", "cleared the acquisition", "allowing the Japanese company to buy its
    rival". Needs a government or its head before the verb or an executive order, and a takeover
    word in the sentence for the vaguer nouns ("deal", "sale", "bid"). (action, token of the
    takeover word) or None."""
    lw = _lw(doc)
    action = _TAKEOVER_DECIDE.get(lw[i])
    if action is None:
        return None
    hi = min(sent.tok_end, i + 8)
    k_noun = next((k for k in range(i + 1, min(hi, i + 5)) if lw[k] in _TAKEOVER_NOUNS), None)
    if k_noun is not None and any(k in taken or doc[k].text in (",", ";") for k in range(i + 1, k_noun)):
        k_noun = None
    if k_noun is not None and lw[k_noun] in ("deal", "sale", "bid") and not any(
            lw[k] in _TAKEOVER_WORDS for k in _noun_phrase_span(doc, sent, i + 1, k_noun)) and not (
            lw[k_noun] == "bid" and k_noun + 1 < sent.tok_end and lw[k_noun + 1] == "for"
            and _firm_bought(doc, sent, k_noun + 1)):
        k_noun = None  # (but "cleared Acme's bid for its rival": a bid for a firm is a takeover)
    if k_noun is None and action == "ease":
        # "allowing the Japanese company to buy its rival"
        k_to = next((k for k in range(i + 1, hi) if lw[k] == "to"), None)
        if k_to is not None and k_to + 1 < sent.tok_end and lw[k_to + 1] in _ACQUIRE_VERBS \
                and not any(doc[k].text in (",", ";") for k in range(i + 1, k_to)) \
                and any(lw[k] in ("company", "firm", "group", "buyer", "bidder") or _mention_at(sent, k)
                        is not None for k in range(i + 1, k_to)) \
                and (lw[k_to + 1] != "take" or k_to + 2 < sent.tok_end and lw[k_to + 2] == "over") \
                and _firm_bought(doc, sent, k_to + 1):
            k_noun = k_to + 1
    if k_noun is None:
        return None
    if lw[k_noun] in ("complete", "close", "proceed") and not any(
            lw[k] in _TAKEOVER_WORDS for k in _noun_phrase_span(doc, sent, i + 1, k_noun)):
        return None
    # a government decides: a country, a capital or a government body before the verb, or an order
    lo = _clause_bounds(doc, sent, i)[0]
    govern = any(m.label in ("COUNTRY", "PERSON", "ORG") and lo <= m.token_start < i for m in sent.mentions) \
        or any(lw[k] in ("order", "president", "government", "administration", "regulators", "regulator",
                              "ministry", "minister", "cfius", "committee") for k in range(lo, i))
    return (action, k_noun) if govern else None


_SEIZE_VERBS = {"take", "takes", "took", "taken", "taking", "seize", "seizes", "seized", "seizing", "assume",
                "assumes", "assumed", "assuming", "nationalise", "nationalised", "nationalises", "nationalising",
                "nationalize", "nationalized", "nationalizes", "nationalizing"}
_SITE_WORDS = {"plant", "plants", "factory", "factories", "refinery", "mine", "mines", "smelter", "shipyard", "port",
               "terminal", "mill", "foundry", "fab", "operations"}
_STATE_WORDS = {"government", "governments", "state", "ministry", "minister", "authorities", "administration",
                "cabinet", "regulator", "regulators", "law", "act", "powers", "order", "decree", "legislation"}


def _control_taken(doc, sent: Sentence, i: int, taken: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A government seizing a company: "took control of the chipmaker", "to take control of the
    Nijmegen-based company" (after a law invoked), "seized control over Acme", "nationalised the
    steelworks". Needs a country, a capital or a state word ("government", "ministry", "law") before
    the verb in its clause, and a firm after it. The token that ends the phrase (the firm's first
    word), or None."""
    lw = _lw(doc)
    k = i + 1
    if not lw[i].startswith("national"):
        while k < sent.tok_end and lw[k] in ("full", "effective", "direct", "temporary", "operational", "management"):
            k += 1
        if k >= sent.tok_end or lw[k] != "control" or k + 1 >= sent.tok_end or lw[k + 1] not in ("of", "over"):
            return None
        k += 2
    firm = None
    for j in range(k, min(sent.tok_end, k + 6)):
        if j in taken or doc[j].text in (",", ";", ".", "(") or lw[j] in _SUBORDINATORS:
            break
        if lw[j] in _FIRM_WORDS or lw[j] in _SITE_WORDS or lw[j].endswith(("maker", "makers", "works")) or any(
                m.label == "COMPANY" and m.token_start == j for m in sent.mentions):
            firm = j
            break
    if firm is None:
        return None
    lo = _clause_bounds(doc, sent, i)[0]
    govern = any(m.label == "COUNTRY" and lo <= m.token_start < i for m in sent.mentions) \
        or any(lw[j] in _STATE_WORDS for j in range(lo, i))
    return firm if govern else None


def _order_gives_control(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The order or decree at ``i`` is told by what it does: "the order that handed it control of
    Acme", "a decree giving the state control over the plant", "the order to take control of"."""
    lw = _lw(doc)
    for j in range(i + 1, min(sent.tok_end - 1, i + 8)):
        if doc[j].text in (";", ".", "(") or lw[j] in _SUBORDINATORS:
            return False
        if lw[j] == "control" and lw[j + 1] in ("of", "over"):
            return any(lw[k] in _SEIZE_VERBS | {"handed", "gave", "gives", "giving", "hands", "handing", "granting",
                                                "granted", "placing", "placed", "put", "putting", "under"}
                       for k in range(i + 1, j))
    return False


def _barred_from(doc, sent: Sentence, i: int, taken: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """"barring U.S. companies from using telecoms equipment", "prohibits firms from selling chips
    to ...": (instrument, token of the barred verb) or None. Not what a measure told before
    does ("a ban that had barred ...", "widened restrictions, barring ...")."""
    lw = _lw(doc)
    if i > sent.tok_start and doc[i - 1].text == ",":
        return None
    if any(lw[k] in ("that", "which") for k in range(max(sent.tok_start, i - 3), i)):
        return None
    for k in range(i + 1, min(sent.tok_end - 1, i + 10)):
        w = lw[k]
        if w in (".", ";", ",") or k in taken:
            return None
        if w == "from":
            nxt = lw[k + 1]
            if nxt in _DEAL_VERBS and k + 2 < sent.tok_end and lw[k + 2] in ("with", "business"):
                return "sanction", k + 1  # "barring Americans from dealing with the central bank"
            if nxt in _SELL_VERBS:
                return "export_control", k + 1
            if nxt in _BUY_USE_VERBS:
                return "import_restriction", k + 1
            return None
    return None


_DEAL_VERBS = {"dealing", "deal", "transacting", "transact", "doing", "trading", "conducting"}
_DEALINGS = {"transactions", "transaction", "dealings"}
_SANCTIONS_BODY = re.compile(r"\b(?:" + _SANCTIONS_AUTHORITY + r"|sanctions?|sanctioned)\b")
# who designates parties for sanctions: the sanctions authority, or the foreign ministry that lists them
_DESIGNATING_BODY = re.compile(r"\b(?:" + _SANCTIONS_AUTHORITY + r"|State Department)\b")


def _licence_for_dealings(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The licence at ``i`` lets people deal with a sanctioned party ("a general licence allowing
    transactions with the new government", "a Treasury licence authorising dealings"): a sanction. The
    sanctions authority (or sanctions) must be named: a Commerce licence for transactions with a listed firm is
    an export licence."""
    lw = _lw(doc)
    if not _SANCTIONS_BODY.search(sent.text):
        return False
    after = {lw[k] for k in range(i + 1, min(sent.tok_end, i + 9))}
    return bool(after & _DEALINGS) or any(
        lw[k] in _DEAL_VERBS and lw[k + 1] in ("with", "business")
        for k in range(i + 1, min(sent.tok_end - 1, i + 9)))


_SWIFT_WORDS = {"swift", "messaging"}
_SWIFT_CUT = {**dict.fromkeys(_BAR_FORMS | _BAN_FORMS | _BLOCK_FORMS | _EXCLUDE_FORMS | {
                  "cut", "cuts", "cutting", "disconnect", "disconnects", "disconnected", "disconnecting", "remove",
                  "removes", "removed", "removing", "expel", "expels", "expelled", "expelling", "kick", "kicked",
                  "shut", "ejected", "eject", "unplugged", "unplug"}, "impose"),
              **dict.fromkeys(("reconnect", "reconnects", "reconnected", "reconnecting", "readmit", "readmitted",
                               "restore", "restored", "restores", "restoring", "allowed", "allow"), "ease")}


def _cut_from_payments(doc, sent: Sentence, i: int, taken: set[int]) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """"SWIFT" (or the "bank messaging network/system") after a verb of cutting off or
    reconnecting within its clause: (action, token of the verb) or None."""
    lw = _lw(doc)
    if lw[i] == "messaging" and not (i + 1 < sent.tok_end and lw[i + 1] in ("network", "system",
                                                                                       "service")):
        return None
    if lw[i] == "swift" and not doc[i].text.isupper() and not doc[i].is_title:
        return None  # "swift retaliation": the adjective
    lo = _clause_bounds(doc, sent, i)[0]
    for k in range(i - 1, max(lo, i - 12) - 1, -1):
        if k in taken or doc[k].text in (";", ":"):
            return None
        act = _SWIFT_CUT.get(lw[k])
        if act is not None and doc[k].is_lower:
            return act, k
    return None


_DESIGNATE_VERBS = {"designated", "designates", "designate", "designating"}


def _sanction_designation(doc, sent: Sentence, i: int, anchors: list[Anchor]) -> bool:  # type: ignore[no-untyped-def]
    """"The Treasury designated 12 Russian banks", "OFAC designates three tankers": a verb of
    designating whose object follows at once, in a sentence naming the sanctions authority and with
    no other sanction word to carry it (not "designated the plants as validated end users")."""
    lw = _lw(doc)
    if i <= sent.tok_start or i + 1 >= sent.tok_end or lw[i - 1] in _OBJECT_DET | {"been", "be", "being"}:
        return False
    nxt = doc[i + 1]
    if not (nxt.like_num or nxt.is_title or nxt.lower_ in _OBJECT_DET):
        return False
    if any(a.instrument in ("sanction", "entity_list", "other") or a.tok_start <= i < a.tok_end for a in anchors):
        return False
    if any(lw[k] == "as" for k in range(i + 1, min(sent.tok_end, i + 8))):
        return False  # "designated X as a currency manipulator / validated end user"
    if nxt.is_title and any(lw[k] in ("a", "an") and doc[k - 1].is_title for k in range(i + 2, min(sent.tok_end, i + 6))):
        return False  # "designated Qatar a major non-NATO ally": a status named, as with "as"
    return bool(_DESIGNATING_BODY.search(sent.text))


def _licence_verb(doc, sent: Sentence, i: int,  # type: ignore[no-untyped-def]
                  verbs: dict[str, str] = lx.STANDALONE_LICENCE_VERBS) -> tuple[str, int] | None:
    """The verb that governs the licence noun at ``i`` ("will need a license", "issued a temporary
    license", "began issuing licences", "denied permission"): (action, token) or None. A possessive owner
    between them ("revoked Huawei's licences", "Intel's and Qualcomm's export licences") passes as "the"
    does, without using up the five words."""
    lw = _lw(doc)
    budget = 5
    k = i - 1
    while k >= sent.tok_start and budget > 0:
        w = lw[k]
        act = verbs.get(w)
        if act is not None:
            return act, k
        if w in POSSESSIVE_MARKS and k - 1 >= sent.tok_start and doc[k - 1].is_title:
            k -= 2  # "Huawei's": the owner of the licences
            if k > sent.tok_start and lw[k] == "and" and k + 1 < i and doc[k - 1].text in POSSESSIVE_MARKS:
                k -= 1  # "Intel's and Qualcomm's"
            continue
        if w not in _LICENCE_SKIP and not (doc[k].is_title and _mention_at(sent, k) is not None):
            return None  # "Chinese approval" / "U.S. permission" pass; any other word breaks the link
        k -= 1
        budget -= 1
    return None


_OBLIGED_TO = {"need", "needs", "needed", "required", "have", "has", "had", "obliged", "forced"}


_OBLIGATION_LIFTED = {"not", "n't", "never", "longer"}  # ("no longer", "will not be required to")


def _obliged(doc, sent: Sentence, k: int) -> str | None:  # type: ignore[no-untyped-def]
    """The verb at ``k`` is an obligation: "must obtain", "will have to apply for", "are required to seek"
    ("obliged"); or one said to be gone: "no longer have to seek", "will not be required to obtain" ("lifted")."""
    lw = _lw(doc)
    j = k - 1
    if j >= sent.tok_start and lw[j] == "first":
        j -= 1
    if j >= sent.tok_start and lw[j] == "must":
        o = j
    elif j - 1 >= sent.tok_start and lw[j] == "to" and lw[j - 1] in _OBLIGED_TO:
        o = j - 1
    else:
        return None
    lifted = any(lw[x] in _OBLIGATION_LIFTED for x in range(max(sent.tok_start, o - 3), o))
    return "lifted" if lifted else "obliged"


_ASIDE_OPENERS = {"along", "including", "together", "as", "plus", "such", "alongside", "notably", "especially"}
_IMPORT_WORDS = {"importers", "importer", "import", "imports", "importing", "imported"}
_EXPORT_WORDS = {"exporters", "exporter", "export", "exports", "exporting", "exported"}
_REQUIREMENT = {"requirement", "requirements", "rule", "rules", "order", "mandate"}


def _import_licence(doc, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """A licence that importers need ("importers of laptops must hold a licence"): an import restriction."""
    words = {_lw(doc)[k] for k in range(sent.tok_start, sent.tok_end)}
    return bool(words & _IMPORT_WORDS) and not words & _EXPORT_WORDS


def _requirement_before(doc, sent: Sentence, j: int) -> int | None:  # type: ignore[no-untyped-def]
    """The "requirement that"/"rule that" whose clause holds the licence verb at ``j``."""
    lw = _lw(doc)
    for k in range(j, max(sent.tok_start, j - 12) - 1, -1):
        if lw[k] in ("that", "for") and k > sent.tok_start and lw[k - 1] in _REQUIREMENT:
            return k - 1
        if doc[k].text in (";", ":"):
            return None
    return None


def _verb_before(doc, sent: Sentence, r: int, instrument: str) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """A verb changing a measure (defer, suspend, scrap, extend ...) a few words before the noun at ``r``."""
    lw = _lw(doc)
    for k in range(r - 1, max(sent.tok_start, r - 7) - 1, -1):
        two = f"{lw[k - 1]} {lw[k]}" if k > sent.tok_start else ""
        act = lx.ACTION_WORDS.get(two) or lx.ACTION_WORDS.get(lw[k])
        if act in ("defer", "suspend", "ease", "extend", "resume", "tighten", "announce") \
                and act in lx.ALLOWED_ACTIONS[instrument]:
            return act, (k - 1 if two in lx.ACTION_WORDS else k)
        if doc[k].text in (",", ";", ":"):
            return None
    return None


def _export_context(doc, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """The sentence is about trade in goods: it names goods or a verb of selling or shipping."""
    return any(m.label == "GOOD" for m in sent.mentions) or any(
        _lw(doc)[k] in lx.EXPORT_CONTEXT for k in range(sent.tok_start, sent.tok_end))


_TRADE_OBJECT = re.compile(r"\b(?:imports?|exports?|restrictions?|tariffs?|duties|levies|curbs|subsid\w*|dumping|"
                           r"trade|trading|practices|goods|products|shipments)\b")


_BELOW_COST = re.compile(r"\b(?:below (?:cost|fair value|market value|the cost)|at a loss|dumped|unfairly cheap)\b")


def _probe_of_trade(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"a probe into Canada's restrictions on Chinese goods", "an investigation into imports of
    pork": an inquiry whose object is trade."""
    lw = _lw(doc)
    if i + 1 >= sent.tok_end:
        return False
    k = i + 1
    if lw[k] in ("that", "which"):
        # "an investigation that Beijing began in November 2018 into whether ...": past the relative clause
        k = next((j for j in range(k + 1, min(sent.tok_end, k + 10)) if lw[j] in ("into", ",", ";")), k)
    if lw[k] not in ("into", "of", "on"):
        return False
    after = " ".join(t.lower_ for t in doc[k + 1:min(sent.tok_end, k + 6)])
    if _TRADE_OBJECT.search(after):
        return True
    # "into Australian barley", "into whether farmers ... had sold grain below cost": goods, or dumping told
    lo_c, hi_c = doc[k].idx, doc[min(sent.tok_end, k + 16) - 1].idx
    return any(m.label == "GOOD" and lo_c < m.start <= hi_c for m in sent.mentions) and (
        k + 1 < sent.tok_end and lw[k + 1] != "whether"
        or bool(_BELOW_COST.search(sent.text[lo_c - sent.start:hi_c - sent.start + 20])))


# talks a government holds at home: with its members, lawmakers, industry or unions
_DOMESTIC_TALKS = re.compile(r"\s+with\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:member states|member countries|"
                             r"lawmakers|legislators|parliament|congress|industry|industries|stakeholders|executives|"
                             r"business leaders|businesses|companies|unions|farmers|employers|provinces|states|"
                             r"premiers|governors|exporters|importers|producers)\b", re.I)


def _terms_of_pact(doc, sent: Sentence, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """"the pact's rules of origin", "the deal's purchase targets": what a deal requires, not a deal told."""
    lw = _lw(doc)
    k = a.tok_end
    return k + 1 < sent.tok_end and lw[k] in ("'s", "’s") and lw[k + 1] in _MET_CONDITIONS | {
        "purchase", "quotas", "quota", "provisions", "clauses", "chapter"}


# a measure only feared or expected by markets: "fell on fears of new American tariffs", "worries about
# further curbs", "speculation over possible sanctions"
_FEARED = re.compile(r"\b(?:fears?|worries|worry|concerns?|jitters|anxiety|anxieties|speculation)\s+(?:of|over|about|"
                     r"that)\s+(?:[\w.-]+\s+){0,2}?(?:new|more|further|fresh|higher|possible|potential|additional|"
                     r"extra|looming|wider|tougher|steeper)\s+(?:[\w.'’-]+\s+){0,2}$", re.I)

# talks told by how long they have lasted: "after two years of talks", "ending negotiations that had dragged
# on for six years", "talks that have run on and off for 25 years", "talks spanning a decade"
_SPAN_UNITS = r"(?:years?|decades?|months)"
_SPAN_BEFORE = re.compile(r"\b(?:\w+|a|several|many)\s+(?:more\s+)?" + _SPAN_UNITS + r"\s+of\s+(?:[\w-]+\s+)?$")
_SPAN_AFTER = re.compile(r"^\s*(?:(?:that|which)\s+)?(?:(?:have|has|had)\s+)?(?:\w+\s+){0,4}?(?:for|over|spanning|across)\s+"
                         r"(?:more than\s+|nearly\s+|almost\s+|about\s+|some\s+)?(?:\w+|a|two|several)\s+"
                         + _SPAN_UNITS + r"\b|^\s*(?:spanning|lasting)\s+(?:\w+\s+)?" + _SPAN_UNITS + r"\b")


def _talks_as_span(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The talks noun at ``i`` is told by the years or months the talks have lasted, a process that
    fixes no meeting."""
    text = _text(doc)
    start, end = doc[i].idx, doc[i].idx + len(doc[i])
    before = text[max(sent.start, start - 40):start].lower()
    return bool(_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(text[end:min(sent.end, end + 70)].lower()))


# what a court's ruling must be about to be a trade event: a measure, trade or goods
_TRADE_MATTER_RX = (_TARIFF_RX + "|" + _TRADE_FLOW_RX + r"|import(?:ed|ing|ers?)|export(?:ed|ing|ers?)|dumping|"
                    r"subsid\w*|sanctions?|quotas?|wto|bans?|embargo(?:es)?|countervailing|safeguards?|licen[cs]es?|"
                    r"emergency economic|section \d+|ieepa|shipments?")
_TRADE_MATTER = re.compile(rf"\b(?:{_TRADE_MATTER_RX})\b")
# trade talked about in a paragraph: a trade matter, or a measure that is no tariff ("arms sales" and "the
# attack" are not)
_TRADE_TALK_WIDE = re.compile(rf"\b(?:{_TRADE_MATTER_RX}|curbs?|controls?|restrictions?|blacklist\w*|"
                              r"countermeasures?|entity list)\b", re.I)


def _trade_matter(sent: Sentence) -> bool:
    """The sentence is about trade: a measure, trade itself, or goods the knowledge base knows."""
    return bool(_TRADE_MATTER.search(sent.text.lower())) or any(m.label == "GOOD" for m in sent.mentions)


def _is_date_tok(sent: Sentence, doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    c = doc[k].idx
    return any(d.start <= c < d.end for d in sent.dates)


def _joint_subject(sent: Sentence, doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """Two or more governments before the verb: "the US and China agreed to ..."."""
    codes = {m.key for m in sent.mentions if m.label == "COUNTRY" and m.token_end <= i}
    return len(codes) >= 2 or any(_lw(doc)[k] in ("sides", "countries", "nations", "governments")
                                  for k in range(max(sent.tok_start, i - 4), i))


_CONSULT = {"consult", "consults", "consulted", "consulting"}
_NEGOTIATE = {"negotiate", "negotiates", "negotiated", "negotiating"}
_RAISE_ISSUE = {"raise", "raises", "raised", "raising"}
_PRESS = {"press", "presses", "pressed", "pressing"}
# verbs of discussing a matter with a counterpart, and the particle that some of them take ("took up the
# levies with Washington", "hashed out the terms", "sat down over the duties", "worked through the issues")
_TALK_PARTICLES = {**dict.fromkeys(("take", "takes", "took", "taken", "taking"), "up"),
                   **dict.fromkeys(("hash", "hashes", "hashed", "hashing", "thrash", "thrashed", "thrashing",
                                    "iron", "ironed", "ironing"), "out"),
                   **dict.fromkeys(("sit", "sits", "sat", "sitting"), "down"),
                   **dict.fromkeys(("work", "works", "worked", "working"), "through")}
_TALK_VERBS = _CONSULT | _NEGOTIATE | _RAISE_ISSUE | _PRESS | set(_TALK_PARTICLES) | {
    "discuss", "discusses", "discussed", "discussing", "broach", "broached", "broaching", "confer", "conferred",
    "conferring"}
_SETTLE = {"resolve", "settle", "end", "reach", "find", "address", "negotiate", "strike", "secure", "conclude", "ease",
           "avert", "defuse", "hammer", "work"}
# "with" that names no counterpart: "in line with the EU", "along with Mexico", "with effect from"
_NOT_PARTNER_WITH = {"along", "together", "line", "step", "tandem", "coordination", "concert", "comply", "complies",
                     "complied", "compliance", "accordance", "keeping", "conjunction", "cooperation"}


# what a "with" after a verb names when it names no counterpart: "with Washington's blessing", "with US support",
# "with backing from Washington"
_ENDORSEMENT = {"blessing", "support", "backing", "approval", "consent", "help", "assistance", "encouragement",
                "permission", "agreement", "knowledge", "acquiescence", "endorsement", "nod"}
# the object of "raised ... with" that is a matter brought up, not a rate put up
_ISSUE_NOUNS = {"issue", "issues", "matter", "matters", "concern", "concerns", "question", "questions", "subject",
                "case", "objections", "complaints", "prospect", "possibility", "topic", "grievances", "worries"}


def _partner_after_with(doc, sent: Sentence, j: int) -> Mention | None:  # type: ignore[no-untyped-def]
    """The counterpart named after the "with" at ``j``: a government, a government body or a person within
    a few words, with no preposition between ("with Greer", "with their American counterparts", "with the
    European Commission", "with Washington's chief negotiator", "with officials from Washington"; not
    "with the WTO", "with their counterparts in Luxembourg", "with Washington's blessing", "with US
    support")."""
    lw = _lw(doc)
    m = next((m for m in sent.mentions if m.label in ("COUNTRY", "PERSON", "ORG") and j < m.token_start <= j + 4), None)
    if m is None or m.label == "ORG" and m.kind != "gov_body":
        return None
    gap = lw[j + 1:m.token_start]
    if any(g in _ENDORSEMENT for g in gap) or any(g in ("in", "at", "from", "of", "for") for g in gap) and not (
            gap[-1] in ("from", "of") and any(g in _COUNTERPART_WORDS for g in gap)):
        return None
    after = lw[m.token_end:min(sent.tok_end, m.token_end + 3)]
    if after and (after[0] in _ENDORSEMENT or after[0] in ("'s", "’s") and any(g in _ENDORSEMENT for g in after[1:])):
        return None
    return m


# the people of a government named before it ("with officials from Washington", "with negotiators of the US")
_COUNTERPART_WORDS = {"officials", "official", "negotiators", "negotiator", "counterparts", "counterpart",
                      "representatives", "representative", "envoys", "envoy", "delegation", "delegations",
                      "delegates", "ministers", "minister", "team"}


def _discussed_with(doc, sent: Sentence, i: int) -> tuple[int, int | None] | None:  # type: ignore[no-untyped-def]
    """The verb of discussing at ``i`` tells talks with a counterpart: "negotiating with Washington",
    "consult closely with Brussels"; of a trade matter, "discussed the rice tariff with Greer", "raised
    the steel duties with their American counterparts", "took up the levies with Washington", "pressed
    Beijing on its export curbs", "Mexican and US negotiators sat down over the tomato duties". The end
    of the talks anchor and the token of the counterpart named (None when the subject names both sides),
    or None."""
    lw = _lw(doc)
    w, end = lw[i], sent.tok_end
    k = i + 1
    particle = _TALK_PARTICLES.get(w)
    if particle == "through" and k < end and lw[k] == "with":
        # "would keep working with Beijing on a price-undertaking deal", "will work with Washington to resolve
        # the dispute": working with a government on a matter
        m = _partner_after_with(doc, sent, k)
        if m is not None and m.label == "COUNTRY" and m.token_end + 1 < end and (
                lw[m.token_end] in ("on", "over", "towards", "toward")
                or lw[m.token_end] == "to" and lw[m.token_end + 1] in _SETTLE):
            return k + 1, m.token_start
        return None
    if particle is not None:
        if k < end and lw[k] == particle:
            k += 1
        elif k + 1 < end and lw[k + 1] == particle and lw[k] in ("it", "them", "this", "that"):
            k += 2  # "took it up with Seoul"
        else:
            return None
    nxt = lw[k] if k < end else ""
    if w in _NEGOTIATE and nxt == "with":
        m = _partner_after_with(doc, sent, k)
        return k + 1, m.token_start if m is not None else None  # "would keep negotiating with Washington"
    if w in _CONSULT:
        j = k if nxt == "with" else k + 1 if nxt == "closely" and k + 1 < end and lw[k + 1] == "with" else -1
        m = _partner_after_with(doc, sent, j) if j >= 0 else None
        if m is not None and m.label == "COUNTRY" and m.token_start <= j + 2:
            return j + 1, m.token_start  # "consult closely with Brussels"
    if not _trade_matter(sent):
        return None
    text = _text(doc)
    if w in _PRESS:
        if nxt in ("ahead", "on", "forward"):
            return None  # "pressed ahead with retaliatory tariffs": going on, not talks
        m = _mention_at(sent, k if nxt != "the" else k + 1)
        if m is not None and m.label in ("COUNTRY", "PERSON") and m.token_end + 1 < end \
                and lw[m.token_end] in ("on", "over", "about") and not _is_date_tok(sent, doc, m.token_end + 1):
            return k, m.token_start  # "pressed Beijing on its rare earth curbs"
    issue = nxt in _ISSUE_NOUNS or k + 1 < end and lw[k + 1] in _ISSUE_NOUNS
    if w in _RAISE_ISSUE and not (issue or nxt == "the"):
        return None  # "raised tariffs on Chinese steel", "raised its duties": a rate put up ("raised its
        # concerns about the tariffs with Washington": an issue)
    lo, hi = _clause_bounds(doc, sent, i)
    for j in range(k, min(hi, k + 12)):
        if lw[j] in (",", ";", ":") or lw[j] in _SUBORDINATORS \
                or w in _RAISE_ISSUE and not issue and lw[j] in ("to", "by", "on", "from", "against", "for"):
            break  # ("raised its duties to 25%", "raised the tariffs on Chinese steel": a rate raised)
        if lw[j] == "with":
            if lw[j - 1] in _NOT_PARTNER_WITH or _DOMESTIC_TALKS.match(text, doc[j - 1].idx + len(doc[j - 1])):
                return None
            m = _partner_after_with(doc, sent, j)
            if m is not None:
                return k, m.token_start  # "discussed the rice tariff with Greer", "with their American counterparts"
            return None
    if w not in _RAISE_ISSUE | _PRESS and (particle is not None or w not in _CONSULT) and _joint_subject(sent, doc, i) \
            and (nxt in ("on", "over", "about") or particle in ("out", "through") or w.startswith("discuss")):
        return k, None  # "Mexican and US negotiators sat down over the tomato duties"
    return None


# verbs a court decides with, and the particle some of them need ("struck down", "threw out", "set aside")
_COURT_VERBS = {**dict.fromkeys(("upheld", "uphold", "upholds", "upholding", "blocked", "block", "blocks", "blocking",
                                 "halted", "halt", "halts", "annulled", "annul", "annuls", "annulling", "overturned",
                                 "overturn", "overturns", "invalidated", "invalidate", "invalidates", "quashed", "quash",
                                 "voided", "vacated", "vacate", "enjoined", "stayed", "stay", "stays", "reversed",
                                 "dismissed", "rejected", "scrapped", "froze", "suspended", "paused"), ""),
                **dict.fromkeys(("struck", "strike", "strikes", "striking"), "down"),
                **dict.fromkeys(("threw", "throw", "throws", "thrown", "tossed", "toss"), "out"),
                **dict.fromkeys(("set", "sets", "setting"), "aside"),
                **dict.fromkeys(("sided", "side", "sides"), "with")}
_COURT_SUBJECTS = (_COURT_WORDS - {"wto", "appeals"}) | {"courts", "arbitrators", "bench", "appellate"}


def _court_verb(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The verb at ``i`` is a court's decision: its particle follows ("struck down", "threw out") and a
    court is its subject, a few words before it ("Brazil's Supreme Court, in a split vote, upheld")."""
    lw = _lw(doc)
    particle = _COURT_VERBS[lw[i]]
    obj = i + 1
    if particle:
        k = i + 1
        if k < sent.tok_end and lw[k] not in (particle,) and k + 1 < sent.tok_end and lw[k + 1] == particle:
            k += 1  # "threw the duties out" is rare; "struck them down"
        if k >= sent.tok_end or lw[k] != particle:
            return False
        obj = k + 1 if k == i + 1 else i + 1
    # what the court decided on: a measure or trade in the verb's object ("blocked the administration's plan
    # to cut funding for Harvard, which had criticised tariffs": no trade ruling)
    end = obj
    while end < sent.tok_end and lw[end] not in (",", ";", ":", "which", "as", "and") \
            and lw[end] not in _SUBORDINATORS:
        end += 1
    # (a few words, or to the clause end for the use of a power: "struck down Trump's use of emergency powers
    # to impose tariffs")
    told = " ".join(lw[obj:end if _USE_OF_POWER.search(" ".join(lw[obj:end])) else min(end, obj + 8)])
    if end == obj or not _TRADE_MATTER.search(told):
        return False
    weak = lw[i] in _WEAK_COURT_VERBS
    budget = 5  # (a weak verb's court right before it; a court's name and a date do not count: "the US Court
    # of International Trade on Friday dismissed")
    for k in range(i - 1, max(sent.tok_start, i - 14) - 1, -1):
        if weak:
            if budget == 0:
                return False
            if not (doc[k].is_title or lw[k] == "of" or _is_date_tok(sent, doc, k)):
                budget -= 1
        if lw[k] in (";", ":") or lw[k] in ("said", "says", "asked", "urged"):
            return False  # "the minister asked the court to block ...": no decision yet
        if lw[k] == "," and lw[i] in _WEAK_COURT_VERBS:
            return False
        if lw[k] in _COURT_SUBJECTS:
            return k + 1 == i or lw[k + 1] != "to"
    return False


_CASE_NOUNS = {"lawsuit", "lawsuits", "suit", "case", "challenge", "complaint", "petition", "appeal", "action"}


def _case_noun_object(doc, b: Anchor, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The anchor ``b`` is a case that the court verb at ``i`` decides, its object a few words on ("dismissed
    the lawsuit against the tariffs"): the verb tells the ruling, the noun only what was ruled on."""
    lw = _lw(doc)
    return b.action is None and i < b.tok_start <= i + 3 and lw[b.tok_end - 1] in _CASE_NOUNS \
        and all(lw[k] in ("the", "a", "an", "its", "their", "legal", "out", "aside") for k in range(i + 1, b.tok_start))


_USE_OF_POWER = re.compile(r"\buse of (?:[a-z0-9'-]+ ){0,4}(?:powers?|laws?|act|authority|statute) to\b")


# verbs a court shares with governments ("Beijing suspended the probe"): only with the court right before
_WEAK_COURT_VERBS = {"rejected", "dismissed", "scrapped", "froze", "suspended", "paused", "halted", "halt", "halts",
                     "stayed", "stay", "stays"}


_SUE = lx.SUE_VERBS
_CASE_VERBS = _SUE | {"appeal", "appeals", "appealed", "appealing"}
_DECISION_NOUNS = {"decision", "decisions", "findings", "award", "verdict", "judgment", "judgement", "order"}
_SUED_BODIES = {"administration", "government", "commission", "department", "ministry", "agency"}


def _case_object(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The verb at ``i`` opens a case against a government ("sued the administration", "sued Washington")
    or appeals a court's decision ("appealed the panel's decision", "appealed against the WTO findings")."""
    lw = _lw(doc)
    hi = min(sent.tok_end, i + 7)
    if lw[i] in _SUE:
        if any(m.label == "COUNTRY" and i < m.token_start <= i + 3 for m in sent.mentions):
            return True
        return any(lw[k] in _SUED_BODIES for k in range(i + 1, min(hi, i + 4)))
    court = next((k for k in range(i + 1, hi) if lw[k] in _COURT_WORDS), None)
    return court is not None and any(lw[k] in _DECISION_NOUNS for k in range(court + 1, min(hi, court + 4)))


_SPEAK_VERBS = {"speak", "spoke", "spoken", "speaks", "speaking", "talk", "talked", "talks", "talking"}


def _spoke_to_party(doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    """"spoke to Lula", "talking to Beijing", "spoke by phone with Xi": the one spoken to is a
    government or a person named right after (not "spoke to reporters")."""
    k = i + 1
    lw = _lw(doc)
    if k + 1 < sent.tok_end and lw[k] in ("by", "over") and lw[k + 1] in ("phone", "telephone", "video"):
        k += 2
        if k < sent.tok_end and lw[k] == "link":
            k += 1
        if k < sent.tok_end and lw[k] == "with":
            return True
    if k >= sent.tok_end or lw[k] != "to":
        return False
    k += 1
    m = next((m for m in sent.mentions if m.token_start >= k and m.label in ("COUNTRY", "PERSON")), None)
    return m is not None and all(lw[j] in _TITLE_WORDS for j in range(k, m.token_start))


_VISIT_VERBS = {"visited", "visits", "visit", "visiting", "toured", "tours"}
_VISIT_NOUNS = {"visit", "visits", "trip", "trips", "mission"}
_TRAVEL_VERBS = {"travelled", "traveled", "travels", "travelling", "traveling", "flew", "flies", "flying", "headed",
                 "heads", "heading", "went", "goes", "jetted", "arrived", "arrives", "arriving"}
_HOST_VERBS = {"hosted", "hosts", "host", "hosting", "received", "receives", "welcomed", "welcomes", "welcoming"}
_VISIT_WORDS = _VISIT_VERBS | _VISIT_NOUNS | _TRAVEL_VERBS | _HOST_VERBS
# the words between a verb of hosting and the guest's country or name: a government's people, a title,
# an article ("received a Chinese trade delegation", "hosted Philippine President Cruz")
_GUEST_WORDS = _COUNTERPART_WORDS | {"foreign", "trade", "vice", "deputy", "president", "prime", "premier",
                                     "chancellor", "leader", "king", "secretary", "commissioner", "a", "an", "the",
                                     "his", "her", "their", "its", "high-level", "senior", "business", "economic",
                                     "top"}
# the purpose of a journey that makes it talks: "flew to Seoul to negotiate", "in a last attempt to head off"
_JOURNEY_PURPOSE = re.compile(r"\bto\s+(?:negotiate|discuss|meet|hold\s+talks|press|lobby|seek|push|plead|"
                              r"resolve|settle|avert|head\s+off|secure|finalise|finalize|sign|conclude)\b|"
                              r"\bin\s+(?:an?\s+)?(?:\w+\s+)?(?:attempt|bid|effort)\s+to\b", re.I)


def _visit_or_host(doc, sent: Sentence, i: int, leaders: frozenset[str]) -> int | None:  # type: ignore[no-untyped-def]
    """The word at ``i`` tells officials meeting in person: a government or a capital visited ("visited
    Beijing", "a trip to Seoul"), a journey there told with its purpose ("flew to Washington to negotiate
    relief"), or a foreign leader, official or delegation hosted ("hosted Philippine President Cruz",
    "received a Chinese trade delegation"). The visitor (or host) must be a leader or an official, and
    the visit about trade unless a leader's visit is told with no other matter beside it. The token of the
    other side (the place visited, the guest), or None."""
    lw = _lw(doc)
    w = lw[i]
    k = i + 1
    if w in _VISIT_NOUNS:
        if not (k < sent.tok_end and lw[k] == "to"):
            return None
        k += 1
    elif w in _TRAVEL_VERBS:
        if not (k < sent.tok_end and lw[k] in ("to", "in")):
            return None
        k += 1
    elif w in _VISIT_VERBS and i > sent.tok_start and lw[i - 1] in ("a", "an", "the", "his", "her", "their", "its"):
        return None  # "a visit" is a noun, told with "to"
    m = next((m for m in sent.mentions if m.token_start >= k and m.label in ("COUNTRY", "PERSON")), None)
    if m is None:
        return None
    # the visit's own clause: from the clause's start to the first comma or subordinate clause after the
    # place ("Zelensky travelled to Washington to seek weapons, a day after Trump raised tariffs": no trade)
    lo, hi = _clause_bounds(doc, sent, i)
    end = m.token_end
    while end < hi and lw[end] not in (",", ";", ":", "as", "amid") and lw[end] not in _SUBORDINATORS:
        end += 1
    own_text = _text(doc)[doc[lo].idx:doc[end - 1].idx + len(doc[end - 1])]
    # who travels or hosts: the words before the verb (a noun's clause and a host's guest too: "Kishida
    # returned the visit with a trip to Seoul", "Japan hosted Philippine President Cruz")
    who_end = i if w in _VISIT_VERBS | _TRAVEL_VERBS else end
    who_text = _text(doc)[doc[lo].idx:doc[who_end - 1].idx + len(doc[who_end - 1])] if who_end > lo else ""
    leader = any(x.label == "PERSON" and x.key in leaders and lo <= x.token_start < who_end for x in sent.mentions) \
        or bool(_LEADER_WORD.search(who_text))
    if not (leader or _OFFICIAL.search(who_text)
            or w in _HOST_VERBS and any(x.label == "COUNTRY" and lo <= x.token_start < i for x in sent.mentions)):
        return None  # "Taylor Swift toured Japan", "Tourists from China visited Thailand": no government
    trade = bool(_TRADE_MATTER.search(own_text.lower())) or any(
        x.label == "GOOD" and lo <= x.token_start < end for x in sent.mentions)
    if not trade and not (leader and not _trade_matter(sent) and not _OTHER_PURPOSE.search(sent.text)
                          and _TRADE_MATTER.search(_around(doc, sent).lower())):
        # "The Pope visited Canada as Ottawa's tariffs took effect", "Biden visited Ukraine to show support
        # against Russia's invasion": no trade visit (a leader's visit with no matter told is talks only in
        # a paragraph about trade: "Kishida returned the visit with a trip to Seoul")
        return None
    gap = lw[k:m.token_start]
    if w in _HOST_VERBS:
        if not all(g in _GUEST_WORDS for g in gap) or len(gap) > 3:
            return None
        end = m.token_end
        if m.label == "COUNTRY":
            # "received a Chinese trade delegation", "welcomed Philippine President Cruz" (not "received US approval")
            while end < sent.tok_end and lw[end] in _GUEST_WORDS - {"a", "an", "the", "his", "her", "their", "its"}:
                end += 1
            person = next((x for x in sent.mentions if x.label == "PERSON" and m.token_end <= x.token_start <= end), None)
            if end == m.token_end and person is None:
                return None
            end = person.token_end if person is not None else end
            while end < min(sent.tok_end, m.token_end + 8) and doc[end].is_title and doc[end].is_alpha:
                end += 1  # a name the knowledge base does not know ("President Gustavo Petro")
        return m.token_start if end >= sent.tok_end or lw[end] not in ("'s", "’s") else None  # (not "welcomed Lula's decision")
    if m.label != "COUNTRY" or len(gap) > 1 or gap and gap[0] != "the":
        return None  # the place visited, right after the verb
    if w in _TRAVEL_VERBS and not _JOURNEY_PURPOSE.search(_text(doc), doc[m.token_end - 1].idx, sent.end):
        return None
    return m.token_start


# a journey's matter other than trade: "to show support against the invasion", "for the funeral of"
_OTHER_PURPOSE = re.compile(r"\b(?:war|wars|invasion|funeral|support|troops|military|ceasefire|peace|condolences?|"
                            r"memorial|pope|pilgrimage|earthquake|flood|hurricane|attack|front|soldiers|refugees)\b",
                            re.I)


def _around(doc, sent: Sentence) -> str:  # type: ignore[no-untyped-def]
    """The text of the sentence before and the one after ``sent`` in its paragraph."""
    text = _text(doc)
    lo, hi = sent.start, sent.end
    prev = sent.tok_start - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev >= 0 and "\n\n" not in text[doc[prev].idx:sent.start]:
        lo = doc[prev].sent.start_char
    nxt = sent.tok_end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt < len(doc) and "\n\n" not in text[sent.end:doc[nxt].idx]:
        hi = doc[nxt].sent.end_char
    return text[lo:sent.start] + " " + text[sent.end:hi]


_OFFICIAL = re.compile(r"\b(?:[Mm]inisters?|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Ee]nvoys?|"
                       r"[Dd]elegations?|[Oo]fficials|[Nn]egotiators)\b")


_PHONE_VERBS = lx.PHONE_VERBS


def _phoned_party(doc, sent: Sentence, i: int) -> int | None:  # type: ignore[no-untyped-def]
    """The verb of phoning at ``i`` has a person or a government for its object, named right after it past
    titles ("phoned South African President Cyril Ramaphosa", "rang Erdogan"); "called" only with a person
    named ("called Chinese President Xi", not "called China a manipulator", "called on Seoul to ..."). The
    token of the one phoned, or None."""
    lw = _lw(doc)
    k = i + 1
    m = next((m for m in sent.mentions if m.token_start >= k and m.label in ("COUNTRY", "PERSON")), None)
    if m is None or not all(lw[j] in _TITLE_WORDS for j in range(k, m.token_start)):
        return None
    if lw[i] not in ("called", "calls", "call"):
        return m.token_start
    if m.label == "COUNTRY":
        m = next((x for x in sent.mentions if x.label == "PERSON" and x.token_start >= m.token_end), None)
        if m is None:
            return None
    end = m.token_end
# what may follow a person called on the phone: a date, a purpose, a clause ("called Xi on Thursday",
    # "called Carney to discuss"); not a name or a quality given ("called Carney 'governor'", "called Xi a
    # friend", "called Lula weak")
    return m.token_start if end >= sent.tok_end or lw[end] in _AFTER_CALLED or _is_date_tok(sent, doc, end) else None


# meetings by screen: talks or a call only between two governments or leaders named
_VIRTUAL_PHRASES = {"video conference", "videoconference", "video-conference", "video link", "virtual meeting",
                    "virtual summit"}


def _two_sides(doc, sent: Sentence, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Two governments (or their people) hold the meeting told at ``start:end``: two named before it in
    its clause ("Japan and China held a virtual meeting"), or one before it and one after "with" ("Seoul
    held a video conference with Washington")."""
    lo = _clause_bounds(doc, sent, start)[0]
    sides = {m.key for m in sent.mentions if lo <= m.token_start < start and (
        m.label == "COUNTRY" and m.kind != "demonym" or m.label == "PERSON" or m.kind == "gov_body")}
    if len(sides) >= 2:
        return True
    return bool(sides) and end < sent.tok_end and _lw(doc)[end] == "with" \
        and _partner_after_with(doc, sent, end) is not None


_AFTER_CALLED = {",", ".", ";", "on", "to", "about", "over", "after", "before", "and", "in", "for", "last", "this",
                 "late", "early", "earlier", "yesterday", "today", "at", "during", "while", "as", "from", "by",
                 "ahead", "amid", "following", "twice", "again", "directly", "personally", "shortly", "-", "—",
                 "(", "who", "whose", "with", "hours", "days", "weeks", "minutes", "moments", "just", "that",
                 "when", "since", "soon"}


_TITLE_WORDS = {"the", "his", "her", "their", "its", "president", "prime", "minister", "premier", "chancellor",
                "leader", "counterpart", "'s", "’s", "u.s.", "us", "general",
                "secretary", "party", "communist", "king", "emperor"}


def _leaders_count(sent: Sentence, leaders: frozenset[str]) -> int:
    """Heads of state or government in the sentence: known leaders by name, and leaders' titles."""
    n = sum(1 for m in sent.mentions if m.label == "PERSON" and m.key in leaders)
    return n + len(_LEADER_TITLE.findall(sent.text))


def _near_good(sent: Sentence, i: int) -> bool:
    return any(m.label == "GOOD" and abs(m.token_start - i) <= 8 for m in sent.mentions)


def _count_parties(sent: Sentence) -> int:
    return len({m.key for m in sent.mentions if m.label in ("COUNTRY", "PERSON", "ORG")})


def _has_anchor(anchors: list[Anchor], instrument: str, doc, sent: Sentence, i: int) -> bool:  # type: ignore[no-untyped-def]
    lo, hi = _clause_bounds(doc, sent, i)
    return any(a.instrument == instrument and lo <= a.tok_start < hi for a in anchors)


_BUY_VERBS = {"buy", "purchase", "import"}

_COMMIT_VERBS = {"committed", "commits", "commit", "pledged", "pledges", "promised", "promises", "vowed"}
_MEET_VERBS = {"meet", "talk", "negotiate", "reconvene", "discuss", "consult", "confer"}
_GO_ON = {"keep", "continue"}
_TALKING = {"talking", "negotiating", "discussing", "consulting", "meeting"}
_NOT_A_MEASURE = {"war", "wars", "fight", "fights", "battle", "battles", "dispute", "disputes", "spat", "row",
                  "standoff", "tensions", "fears", "worries", "jitters", "uncertainty", "turmoil", "news",
                  "announcement", "announcements", "headlines", "chaos", "shock", "shocks", "saga", "feud"}

_CALL_DETERMINERS = {"a", "his", "her", "their", "its", "own", "the", "phone", "video", "telephone", "first",
                     "second", "latest", "lengthy", "hour-long", "brief"}
