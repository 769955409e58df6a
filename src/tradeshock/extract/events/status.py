"""Modality, status and direction of an event, and the status its own date allows."""

from __future__ import annotations

import datetime as dt
import re

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.events.common import DEESCALATION, ESCALATION, SPEECH_VERBS, SYMMETRIC, _lw, _word
from tradeshock.extract.events.records import Anchor, Draft

_REPORTING = SPEECH_VERBS | {"say", "announced", "pledged", "promised", "expects", "expected", "agreed", "declared",
                             "posted"}

_PROPOSED_GERUND = re.compile(r"\bpropos(?:e|es|ed|ing) (?:(?:also|further|instead) )?$")
_PROPOSED_AND = re.compile(r"\bpropos(?:e|es|ed|ing) (?:to \w+|\w+ing) [^;:]*?\band (?:to )?$")
# an offer made, not a step taken ("stands ready to pick up the negotiations", "is willing to lower duties")
_OFFER_VERBS = {"offer", "offered", "offers", "offering"}
_OFFER = {"ready", "willing", "open"} | _OFFER_VERBS - {"offer"}
# words before "offer"/"offers" that make it the noun ("rejected the offer", "the EU's offer", "accepted the US
# offer"); "offered" is always the verb ("The US offered lower tariffs")
_OFFER_NOUN_BEFORE = {"the", "an", "a", "its", "their", "his", "her", "this", "that", "'s", "’s", "new", "latest",
                      "final", "best", "initial", "revised", "improved"}
_OFFER_NOUNS = {"offer", "offers"}


def _offer_noun(words: list[str], k: int) -> bool:
    """``words[k]`` ("offer", "offers") is the noun: after a determiner or a possessive, or "offer" after
    "us" ("the US offer"; but "The US offers Japan a waiver"); a bare "offer" is the noun unless a modal or
    "to" comes before it."""
    before = words[k - 1] if k > 0 else ""
    if before in _OFFER_NOUN_BEFORE or before in ("us", "u.s.") and words[k] == "offer":
        return True
    return words[k] == "offer" and before not in ("to", "would", "will", "could", "may", "might", "can", "should")


def _offer_governs(words: list[str]) -> bool:
    """An offer among the last ``words`` before the measure takes it as its object: the verb ("offered
    Hanoi a", "The US offered lower", "offers a chip"), or the noun that opens the measure ("the EU's offer
    to cut", "an offer of lower"); not the noun told as a thing ("rejected the offer and lifted"), nor an
    offer of another clause ("which had offered concessions, cut tariffs", "accepted the offer and cut")."""
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in ("and", "but", "or", ",", ";", "then"):
            return False
        if w in _OFFER_VERBS:
            if w in _OFFER_NOUNS and _offer_noun(words, k):
                return k + 1 < len(words) and words[k + 1] in ("to", "of")
            return True
    return False
_COMMIT = {"agreed", "agree", "agrees", "pledged", "pledges", "promised", "promises", "plans", "planned", "plan",
           "intends", "intend", "set", "poised", "expected", "due", "committed", "offered", "offers", "voted",
           "scheduled", "prepared", "ready", "move", "moving", "aims", "aim", "seeks"}


_WANTS_TO_TALK = re.compile(r"\b(?:wants?|wanted|wanting|seeks?|sought)\s+to\s+(?:keep\s+(?:on\s+)?|continue\s+|go\s+on\s+)?\s*$")


def _modality(doc, sent: Sentence, a: Anchor, lo: int) -> tuple[str | None, list[str]]:  # type: ignore[no-untyped-def]
    """'hypothetical' | 'threat' | 'negotiation' | 'negated' | 'unchanged' | 'demand' | 'future' | None."""
    lw = _lw(doc)
    pivot = a.action_tok if a.action_tok is not None else a.tok_start
    first = min(pivot, a.tok_start)
    for k in range(first - 1, lo, -1):
        if doc[k].text == "," and lw[k + 1] in ("days", "weeks", "months", "after", "before", "since",
                                                          "when", "as", "because", "while", "which", "who"):
            lo = k + 1
            break
        if lw[k] in ("after", "before", "because", "since") and k + 1 < first:
            lo = k + 1
            break
    if a.action_tok is not None and a.action_tok - 2 >= lo and lw[a.action_tok - 1] == "and" \
            and doc[a.action_tok - 2].text == "," and lw[a.action_tok].endswith("ed"):
        lo = a.action_tok  # "saying the rate would be raised, and imposed visa sanctions": a second main verb
    left = doc[lo:first]
    left_text = " " + " ".join(_word(t, sent) for t in left) + " "
    clause_text = " " + " ".join(_word(t, sent) for t in doc[lo:min(sent.tok_end, a.tok_end + 8)]) + " "
    sent_low = " " + sent.text.lower() + " "
    cues: list[str] = []
    near = [t.lower_ for t in doc[max(lo, pivot - 3):pivot]]
    if any(w in lx.NEGATION for w in near) and "not rule out" not in a.cues and "obligation lifted" not in a.cues:
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
    if (_PROPOSED_GERUND.search(left_text) and lw[pivot].endswith("ing")
            or _PROPOSED_AND.search(left_text)) and not re.search(r"\b(if|unless)\b", left_text):
        # "proposed halving the quota", "proposing to cut the volume that may enter by 47% and to double
        # the levy", "proposed halving the quota and raising the duty": each step of a proposal is proposed
        return "formal_proposal", ["proposing"]
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
    tail = words[-5:-1]
    if len(words) >= 2 and words[-1] == "to" and (any(w in lx.PROPOSAL_CUES for w in tail[-3:]) or any(
            f"{tail[k]} {tail[k + 1]}" in lx.PROPOSAL_CUES for k in range(len(tail) - 1))):
        # "USTR is proposing to impose tariffs on cranes", "Seoul pitched a plan to cut tariffs on beef",
        # "put forward proposals to lower the duties"
        return "formal_proposal", ["proposing to"]
    if len(words) >= 2 and words[-1] == "to" and any(w in _OFFER for w in words[-3:-1]) \
            and a.action not in ESCALATION and a.action != "announce":
        return "offer", ["ready to"]  # "stands ready to resume talks", "is willing to cut duties": an offer
    if len(words) >= 2 and words[-1] == "to" and any(w in _COMMIT for w in words[-5:-1]):
        return "future", ["commitment"]
    if a.action not in ESCALATION and a.action != "announce" and (
            lw[pivot] in _OFFER_VERBS or _offer_governs(words[-5:]) or "offered" in a.cues):
        # "offered Hanoi a waiver from the tariffs", "offers a chip tariff waiver", "put tariff cuts on the
        # table"
        return "offer", ["offered"]
    if a.instrument == "talks" and _WANTS_TO_TALK.search(left_text):
        return "offer", ["wants to talk"]  # "New Delhi wants to keep talking to Washington": its own intent
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
    if modality in ("formal_proposal", "offer"):
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
    if action == "agree" and "take effect" in cue_words and modality != "future":
        return "in_force"  # "the pact came into force on Wednesday": the deal applies
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
        if instrument not in SYMMETRIC and any(w.startswith("propos") or w in lx.PROPOSAL_CUES for w in cue_words):
            # "proposed tariffs of up to 100 percent", "tabled a surtax", "put forward the levies": a
            # proposal, not yet decided
            return "proposed"
        return "announced"
    if modality == "future":
        return "announced"
    if action in ("impose", "raise", "lower", "tighten"):
        if any(w in ("tabled", "tables", "tabling") for w in cue_words):
            return "proposed"  # "Brussels tabled a tariff hike on US steel": put forward, not decided
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


def _after_publication(value: str | None, document: Document) -> bool | None:
    """Is a date later than the publication date (compared at the date's own precision)?
    ``None`` when either is unknown."""
    if not value or document.published is None:
        return None
    return value > document.published.isoformat()[:len(value)]


def _tense_status(d: Draft, date_value: str | None, document: Document, basis: str | None = None) -> str:
    """The status the event's own date allows: a measure whose date (its start) is still to
    come on the day the article was published has been announced, not put in force
    ("the 25% duty applies from June 1" in a May piece); one whose start has come by then, or
    which was decided well before the story (weeks before, an earlier month or year), is in force."""
    if d.status == "in_force" and _after_publication(date_value, document):
        return "announced"
    if d.status == "announced" and d.action in _IN_FORCE_ACTIONS and d.instrument in _MEASURE_KINDS \
            and _after_publication(date_value, document) is False and date_value != _published(document, date_value) \
            and (basis == "effective" or _well_before(date_value, document)) and not _told_as_future(d):
        return "in_force"
    if d.status == "proposed" and d.instrument in ("talks", "leader_call") and _own_date(d) \
            and d.date is not None and d.date.start > d.evidence[0] \
            and _after_publication(date_value, document) is False and date_value != _published(document, date_value):
        # "the consensus from the phone call ... last Thursday": a meeting or call dated after its
        # own noun to a day before publication has been held, whatever modal the sentence carries
        return "concluded"
    return d.status


_IN_FORCE_ACTIONS = ("impose", "raise", "lower", "tighten", "ease")
_MEASURE_KINDS = ("tariff", "export_control", "import_restriction", "entity_list")


_FUTURE_MARKS = frozenset({"would (reported)", "terms of a deal", "commitment", "will"})


def _told_as_future(d: Draft) -> bool:
    """The measure is told as still to come ("Under the deal, the US would lift ...", "plans to")."""
    return any(c in _FUTURE_MARKS or c in lx.FUTURE_CUES for c in d.cues)


def _well_before(value: str | None, document: Document) -> bool:
    """A date in an earlier month or year than the publication, or a day at least two weeks before it."""
    if not value or document.published is None:
        return False
    if len(value) == 10:
        return (document.published - dt.date.fromisoformat(value)).days >= 14
    return value < document.published.isoformat()[:len(value)]


def _published(document: Document, value: str) -> str | None:
    return document.published.isoformat()[:len(value)] if document.published is not None else None


def _own_date(d: Draft) -> bool:
    """The event's date is told in its own sentence (not taken from context)."""
    return d.date is not None and d.sentence.start <= d.date.start < d.sentence.end
