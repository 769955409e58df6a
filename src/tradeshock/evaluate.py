"""Score tradeshock's readings against hand annotations (the development set in ``eval/devset``).

Everything here works on SCHEMA.md-shaped dicts: ``score_article(expected, predicted)`` compares one
annotated reading (``NAME.expected.json``) with one produced by the pipeline (``Brief.to_dict()``);
``score_corpus`` adds articles up (micro-averaged: TP, FP and FN are summed before precision and
recall are taken); ``evaluate_dir`` runs the pipeline over a folder of ``NAME.txt`` +
``NAME.expected.json`` pairs and scores it.

Matching rules (the full list is in ``eval/README.md``):

* **events (strict)**: same actor, target, instrument and action (talks, agreements and leaders'
  calls are symmetric, so actor and target may be swapped; values listed in the gold event's
  ``alternatives`` are accepted too), overlapping subjects (one shared item, or both empty), and a
  date that agrees at the annotated precision: the prediction is truncated to the gold precision
  (gold ``2019-05`` accepts ``2019-05-10``), a coarser prediction does not match, gold ``null``
  matches only ``null``.
* **events (lenient)**: as strict, but the direction of the action (escalation, de-escalation,
  neutral) replaces the action and the date is ignored.
* Events are paired one to one so that the number of matches is as large as possible
  (``scipy.optimize.linear_sum_assignment``); among equally large pairings, equal magnitudes
  are preferred.
* **people**: the predicted name equals the gold name or an alias (case- and accent-insensitive),
  or has the same surname and the same first initial; "name+role" also needs equal roles after
  :func:`normalise_role`.
* **companies**: equal tickers (:func:`normalise_ticker`), or equal names when the gold ticker is
  null; "ticker+move" also needs the same move.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from tradeshock.errors import InputError, TradeshockError

# --- the SCHEMA.md enums -------------------------------------------------------------------------

INSTRUMENTS = (
    "tariff",
    "export_control",
    "import_restriction",
    "entity_list",
    "sanction",
    "investment_restriction",
    "talks",
    "agreement",
    "leader_call",
    "legal_ruling",
    "other",
)
ACTIONS = (
    "impose",
    "raise",
    "lower",
    "tighten",
    "ease",
    "suspend",
    "resume",
    "defer",
    "extend",
    "threaten",
    "announce",
    "negotiate",
    "agree",
    "call",
    "rule",
)
STATUSES = (
    "threatened",
    "proposed",
    "under_negotiation",
    "announced",
    "in_force",
    "paused",
    "extended",
    "revoked",
    "concluded",
)
DIRECTIONS = ("escalation", "de-escalation", "neutral")
DATE_BASES = ("announced", "effective", "reported")
MOVES = ("up", "down", "mentioned")

#: Instruments whose actor and target may come in either order.
SYMMETRIC_INSTRUMENTS = frozenset({"talks", "agreement", "leader_call"})
#: Statuses of things that have not happened: threats and proposals.
HYPOTHETICAL_STATUSES = frozenset({"threatened", "proposed"})
#: Statuses that state a fact (something was done or decided).
FACT_STATUSES = frozenset({"announced", "in_force", "paused", "extended", "revoked", "concluded"})

#: The directions SCHEMA.md allows for each action; the first one is the usual reading.
#: ``extend`` is de-escalation when a pause is prolonged and escalation when a measure is;
#: ``rule`` is neutral unless the ruling strikes a measure down.
ACTION_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "impose": ("escalation",),
    "raise": ("escalation",),
    "tighten": ("escalation",),
    "threaten": ("escalation",),
    "lower": ("de-escalation",),
    "ease": ("de-escalation",),
    "suspend": ("de-escalation",),
    "resume": ("de-escalation",),
    "defer": ("de-escalation",),
    "agree": ("de-escalation",),
    "extend": ("de-escalation", "escalation"),
    "negotiate": ("neutral",),
    "call": ("neutral",),
    "announce": ("neutral",),
    "rule": ("neutral", "de-escalation"),
}

EVENTS_STRICT = "events (strict)"
EVENTS_LENIENT = "events (lenient)"
PEOPLE_NAME = "people (name)"
PEOPLE_ROLE = "people (name+role)"
COMPANIES_TICKER = "companies (ticker)"
COMPANIES_MOVE = "companies (ticker+move)"
METRICS = (EVENTS_STRICT, EVENTS_LENIENT, PEOPLE_NAME, PEOPLE_ROLE, COMPANIES_TICKER, COMPANIES_MOVE)

#: Per-field disagreements counted on leniently matched event pairs.
FIELD_ERRORS = ("action", "date", "status", "magnitude")
# what each strict field costs: the strict F1 with that field left out of the match, then with all
# four left out (only the instrument must agree)
IGNORABLE = ("date", "subject", "parties", "action")
RELAXATIONS: tuple[tuple[str, frozenset[str]], ...] = (
    *((f, frozenset((f,))) for f in IGNORABLE),
    ("instrument only", frozenset(IGNORABLE)),
)


def default_direction(action: str | None) -> str | None:
    """The usual direction of ``action`` (``None`` for an unknown action)."""
    allowed = ACTION_DIRECTIONS.get(action or "")
    return allowed[0] if allowed else None


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the rates derived from them.

    An empty side counts as perfect: with nothing predicted precision is 1.0, with nothing to find
    recall is 1.0 (so an article with no events and no predicted events scores 1.0 throughout).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class ArticleScore:
    """How one predicted reading compares with its annotation.

    ``missed`` and ``spurious`` describe the gold events without a strict match and the predicted
    events that matched no gold event strictly, for reading what went wrong.
    """

    name: str
    counts: Mapping[str, Counts]
    hypotheticals_as_facts: int = 0
    hypotheticals_matched: int = 0
    field_errors: Mapping[str, int] = field(default_factory=dict)
    relaxed: Mapping[str, Counts] = field(default_factory=dict)
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    confidences: tuple[tuple[float, bool], ...] = ()  # each predicted event's confidence, and if it matched strictly
    n_gold_events: int = 0
    n_predicted_events: int = 0
    error: str | None = None

    def __getitem__(self, metric: str) -> Counts:
        return self.counts[metric]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "metrics": {m: self.counts[m].to_dict() for m in METRICS},
            "hypotheticals_as_facts": self.hypotheticals_as_facts,
            "hypotheticals_matched": self.hypotheticals_matched,
            "field_errors": {k: self.field_errors.get(k, 0) for k in FIELD_ERRORS},
            "strict_ignoring": {k: c.to_dict() for k, c in self.relaxed.items()},
            "gold_events": self.n_gold_events,
            "predicted_events": self.n_predicted_events,
            "missed": list(self.missed),
            "spurious": list(self.spurious),
        }
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True)
class Calibration:
    """Predicted events' confidence against whether each matched a gold event strictly.

    ``brier`` is the mean squared gap between confidence and the outcome (1 matched, 0 not);
    ``brier_constant`` is the same score for a forecaster who gives every event the share matched,
    the bar a confidence that carries information must beat. ``bins`` are
    ``(low, high, events, mean confidence, share matched)`` over fifths of [0, 1].
    """

    n: int
    mean_confidence: float
    share_matched: float
    brier: float
    brier_constant: float
    bins: tuple[tuple[float, float, int, float, float], ...]

    @classmethod
    def of(cls, pairs: Sequence[tuple[float, bool]]) -> Calibration:
        if not pairs:
            return cls(0, 0.0, 0.0, 0.0, 0.0, ())
        n = len(pairs)
        share = sum(hit for _, hit in pairs) / n
        bins = []
        for k in range(5):
            lo, hi = k / 5, (k + 1) / 5
            inside = [(c, hit) for c, hit in pairs if lo <= c < hi or (k == 4 and c == 1.0)]
            m = len(inside)
            bins.append((lo, hi, m, sum(c for c, _ in inside) / m if m else 0.0,
                         sum(hit for _, hit in inside) / m if m else 0.0))
        return cls(
            n=n,
            mean_confidence=sum(c for c, _ in pairs) / n,
            share_matched=share,
            brier=sum((c - hit) ** 2 for c, hit in pairs) / n,
            brier_constant=share * (1 - share),
            bins=tuple(bins),
        )

    def to_dict(self) -> dict[str, Any]:
        if not self.n:  # nothing to score: no figures rather than zeros that read as perfect
            return {"events": 0, "mean_confidence": None, "share_matched": None, "brier": None,
                    "brier_constant": None, "bins": []}
        return {
            "events": self.n,
            "mean_confidence": round(self.mean_confidence, 4),
            "share_matched": round(self.share_matched, 4),
            "brier": round(self.brier, 4),
            "brier_constant": round(self.brier_constant, 4),
            "bins": [{"low": lo, "high": hi, "events": n, "mean_confidence": round(mean, 4),
                      "share_matched": round(share, 4)} for lo, hi, n, mean, share in self.bins],
        }


@dataclass(frozen=True)
class CorpusScore:
    """Scores of a set of articles, micro-averaged (counts summed over articles)."""

    articles: tuple[ArticleScore, ...]

    @cached_property
    def totals(self) -> dict[str, Counts]:
        totals = {m: Counts() for m in METRICS}
        for art in self.articles:
            for m in METRICS:
                totals[m] = totals[m] + art.counts[m]
        return totals

    def __getitem__(self, metric: str) -> Counts:
        return self.totals[metric]

    @property
    def hypotheticals_as_facts(self) -> int:
        return sum(a.hypotheticals_as_facts for a in self.articles)

    @property
    def hypotheticals_matched(self) -> int:
        return sum(a.hypotheticals_matched for a in self.articles)

    @cached_property
    def field_errors(self) -> dict[str, int]:
        return {k: sum(a.field_errors.get(k, 0) for a in self.articles) for k in FIELD_ERRORS}

    @cached_property
    def relaxed(self) -> dict[str, Counts]:
        """Strict event counts with one field (or all four) left out of the match: what each costs."""
        out = {label: Counts() for label, _ in RELAXATIONS}
        for art in self.articles:
            for label in out:
                out[label] = out[label] + art.relaxed.get(label, Counts())
        return out

    @cached_property
    def calibration(self) -> Calibration:
        """How well the predicted events' ``confidence`` forecasts a strict match."""
        return Calibration.of([pair for a in self.articles for pair in a.confidences])

    @property
    def errors(self) -> tuple[ArticleScore, ...]:
        """Articles the pipeline failed on (scored as if nothing had been predicted)."""
        return tuple(a for a in self.articles if a.error)

    def to_dict(self, per_article: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "articles": len(self.articles),
            "gold_events": sum(a.n_gold_events for a in self.articles),
            "predicted_events": sum(a.n_predicted_events for a in self.articles),
            "metrics": {m: self.totals[m].to_dict() for m in METRICS},
            "hypotheticals_as_facts": self.hypotheticals_as_facts,
            "hypotheticals_matched": self.hypotheticals_matched,
            "field_errors": dict(self.field_errors),
            "strict_ignoring": {k: c.to_dict() for k, c in self.relaxed.items()},
            "failed_articles": [{"name": a.name, "error": a.error} for a in self.errors],
            "confidence": self.calibration.to_dict(),
        }
        if per_article:
            d["per_article"] = [a.to_dict() for a in self.articles]
        return d

    def to_text(self, per_article: bool = False) -> str:
        """A readable report: the metric table, then (optionally) one line per article."""
        n_gold = sum(a.n_gold_events for a in self.articles)
        n_pred = sum(a.n_predicted_events for a in self.articles)
        lines = [
            f"tradeshock eval: {len(self.articles)} articles, {n_gold} annotated events, "
            f"{n_pred} predicted",
            "",
            f"{'metric':<26}{'precision':>10}{'recall':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}",
        ]
        for m in METRICS:
            c = self.totals[m]
            lines.append(
                f"{m:<26}{c.precision:>10.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        lines.append("")
        lines.append(
            f"hypotheticals reported as facts: {self.hypotheticals_as_facts} "
            f"(of {self.hypotheticals_matched} threatened/proposed gold events matched leniently)"
        )
        fe = self.field_errors
        lines.append(
            "disagreements among leniently matched events: "
            + ", ".join(f"{k} {fe[k]}" for k in FIELD_ERRORS)
        )
        lines.append(
            "strict F1 with a field ignored: "
            + ", ".join(f"{k} {c.f1:.3f}" for k, c in self.relaxed.items())
        )
        cal = self.calibration
        if cal.n:
            lines.append(
                f"confidence as a forecast of a strict match: mean {cal.mean_confidence:.3f}, "
                f"share matched {cal.share_matched:.3f}, Brier score {cal.brier:.3f} "
                f"(forecasting the share matched for every event: {cal.brier_constant:.3f})"
            )
            lines.append("  by confidence: " + ", ".join(
                f"[{lo:.1f}, {hi:.1f}{']' if hi == 1.0 else ')'} {n} events, {share:.2f} matched"
                for lo, hi, n, _mean, share in cal.bins if n))
        for a in self.errors:
            lines.append(f"failed: {a.name}: {a.error}")
        if per_article:
            lines.append("")
            width = max([len(a.name) for a in self.articles] + [7])
            lines.append(
                f"{'article':<{width}}  {'strict F1':>9} {'TP/FP/FN':>9}  {'lenient':>7}  "
                f"{'people':>6}  {'cos':>5}  hyp"
            )
            for a in self.articles:
                s = a.counts[EVENTS_STRICT]
                lines.append(
                    f"{a.name:<{width}}  {s.f1:>9.3f} {f'{s.tp}/{s.fp}/{s.fn}':>9}  "
                    f"{a.counts[EVENTS_LENIENT].f1:>7.3f}  {a.counts[PEOPLE_ROLE].f1:>6.3f}  "
                    f"{a.counts[COMPANIES_MOVE].f1:>5.3f}  {a.hypotheticals_as_facts}"
                )
                for desc in a.missed:
                    lines.append(f"{'':<{width}}    missed   {desc}")
                for desc in a.spurious:
                    lines.append(f"{'':<{width}}    spurious {desc}")
        return "\n".join(lines)


# --- normalisation -------------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lowercase, accents removed, hyphens as spaces, other punctuation dropped, spaces collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("-", " ").replace("\u2019", "'")
    text = _PUNCT.sub("", text)
    return _SPACES.sub(" ", text).strip()


_OF_HEADS = frozenset(
    "secretary minister president governor director chairman chair commissioner spokesman "
    "spokeswoman spokesperson head representative".split()
)


@lru_cache(maxsize=1)
def _kb_country_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """Every country name, alias and demonym of the knowledge base, folded: the phrases of several words
    (longest first) and the single words with their possessive forms ("indonesias")."""
    from tradeshock.kb import KnowledgeBase

    phrases: set[str] = set()
    words: set[str] = set()
    for name in KnowledgeBase.load().country_by_form:
        folded = fold(name)
        if " " in folded:
            phrases.add(folded)
        elif folded:
            words.update((folded, folded + "s"))
    return tuple(sorted(phrases, key=len, reverse=True)), frozenset(words)


def normalise_role(role: str | None) -> str:
    """A role in a comparable form: lowercase, accents and punctuation gone, country words (any
    country's name, alias or demonym in the knowledge base, possessives too) and a leading "the" dropped,
    "X of Y" turned round ("Secretary of Commerce" -> "commerce secretary"). The country is a field of
    its own: "Indonesia's coordinating minister" and "coordinating minister" are the same role.
    """
    if not role:
        return ""
    text = role.casefold()
    kb_phrases, kb_words = _kb_country_words()
    text = " " + fold(text.replace("'s ", " ")) + " "
    for phrase in kb_phrases:
        text = text.replace(f" {phrase} ", " ").replace(f" {phrase}s ", " ")
    words = [w for w in text.split() if w not in kb_words]
    while words and words[0] in ("the", "of"):
        words = words[1:]
    while words and words[-1] in ("the", "of"):
        words = words[:-1]
    words = [w for w in words if w != "the"]
    if "of" in words:
        i = words.index("of")
        head = words[:i]
        if head and head[-1] in _OF_HEADS and i + 1 < len(words):
            words = words[i + 1 :] + head
    return " ".join(words)


_MAG_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "ninety": 90,
}  # fmt: skip
_UNITS = (
    ("percentage point", "pp"),
    ("per cent", "%"),
    ("percent", "%"),
    ("pct", "%"),
    ("%", "%"),
    ("day", "days"),
    ("week", "weeks"),
    ("month", "months"),
    ("year", "years"),
)


def normalise_magnitude(magnitude: str | None) -> str | None:
    """``"25 per cent"``, ``"25%"`` and ``"25 percent"`` -> ``"25 %"``; ``"seven-year"`` ->
    ``"7 years"``; anything else lowercased and folded; ``None`` stays ``None``.
    """
    if magnitude is None:
        return None
    text = str(magnitude).casefold().replace("-", " ")
    value: float | None = None
    m = _MAG_NUMBER.search(text.replace(",", ""))
    if m:
        value = float(m.group(1))
    else:
        for word in text.split():
            if word in _NUMBER_WORDS:
                value = float(_NUMBER_WORDS[word])
                break
    unit = next((u for key, u in _UNITS if key in text), None)
    if value is None or unit is None:
        return fold(text) or None
    return f"{value:g} {unit}"


_TICKER_SUFFIXES = (
    ".HK", ".SS", ".SZ", ".T", ".KS", ".KQ", ".TWO", ".TW", ".PA", ".AS", ".L", ".DE", ".F", ".TO", ".V", ".MX",
    ".SW", ".ST", ".HE", ".CO", ".OL", ".IC", ".MI", ".MC", ".BR", ".LS", ".VI", ".WA", ".IR", ".PR", ".BD", ".AT",
    ".IS", ".AX", ".NZ", ".SI", ".JK", ".KL", ".BK", ".VN", ".NS", ".BO", ".SA", ".BA", ".SN", ".JO", ".TA", ".SR",
    ".ME", ".QA",
)  # fmt: skip


def _exchange_suffix(ticker: str | None) -> str:
    """The Yahoo-style exchange suffix a ticker is written with ("" when none)."""
    t = str(ticker or "").strip().upper()
    return next((x for x in _TICKER_SUFFIXES if t.endswith(x) and len(t) > len(x)), "")


def same_ticker(gold: str | None, pred: str | None) -> bool:
    """The same listing: equal after :func:`normalise_ticker`, and, when both sides write an exchange
    suffix, the same exchange ("TSCO.L" is not "TSCO.TO"). A ticker written without a suffix matches
    any exchange, so "MRK" still matches Merck KGaA's "MRK.DE" (the annotations write primary
    listings both with and without the suffix)."""
    if normalise_ticker(gold) != normalise_ticker(pred):
        return False
    g, p = _exchange_suffix(gold), _exchange_suffix(pred)
    return not g or not p or g == p


def normalise_ticker(ticker: str | None) -> str:
    """Uppercase, a Yahoo-style exchange suffix dropped, leading zeros of numeric codes dropped, and a
    share class joined by "-" whether written with "." or "-"."""
    if not ticker:
        return ""
    t = str(ticker).strip().upper()
    t = t[: len(t) - len(_exchange_suffix(t))]
    if t.isdigit():
        t = t.lstrip("0") or "0"
    return t.replace(".", "-")  # a share class written either way: "BT.A" and "BT-A", "BRK.B" and "BRK-B"


def _norm_date(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text[:10] if len(text) > 10 else text or None


def date_matches(gold: str | None, predicted: str | None) -> bool:
    """Whether ``predicted`` agrees with ``gold`` at the precision ``gold`` is annotated at."""
    g, p = _norm_date(gold), _norm_date(predicted)
    if g is None:
        return p is None
    if p is None or len(p) < len(g):
        return False
    return p[: len(g)] == g


# --- events --------------------------------------------------------------------------------------


def _accepted(gold: Mapping[str, Any], key: str) -> list[Any]:
    values = [gold.get(key)]
    alts = gold.get("alternatives") or {}
    extra = alts.get(key, []) if isinstance(alts, Mapping) else []
    if not isinstance(extra, list):
        extra = [extra]
    return values + [v for v in extra if v not in values]


def _code(value: Any) -> str | None:
    return str(value).strip().upper() if value else None


def _parties_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    actors = {_code(a) for a in _accepted(gold, "actor")}
    targets = {_code(t) for t in _accepted(gold, "target")}
    pa, pt = _code(pred.get("actor")), _code(pred.get("target"))
    if pa in actors and pt in targets:
        return True
    symmetric = pred.get("instrument") in SYMMETRIC_INSTRUMENTS
    return symmetric and pa in targets and pt in actors


def _subjects(event: Mapping[str, Any]) -> set[str]:
    subject = event.get("subject") or []
    if isinstance(subject, str):
        subject = [subject]
    return {str(s).strip().casefold() for s in subject if s}


def subjects_overlap(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """At least one shared subject, or both empty."""
    g, p = _subjects(gold), _subjects(pred)
    return bool(g & p) if (g or p) else True


def _direction(event: Mapping[str, Any]) -> str | None:
    direction = event.get("direction")
    return direction if direction in DIRECTIONS else default_direction(event.get("action"))


def _gold_directions(gold: Mapping[str, Any]) -> set[str]:
    directions = {_direction(gold)}
    for action in _accepted(gold, "action")[1:]:
        directions.add(default_direction(action))
    directions.discard(None)
    return directions  # type: ignore[return-value]


def _core_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return (
        pred.get("instrument") in _accepted(gold, "instrument")
        and _parties_match(gold, pred)
        and subjects_overlap(gold, pred)
    )


def _action_ok(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return pred.get("action") in _accepted(gold, "action")


def _date_ok(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return any(date_matches(g, pred.get("event_date")) for g in _accepted(gold, "event_date"))


def _magnitude_ok(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return normalise_magnitude(gold.get("magnitude")) == normalise_magnitude(pred.get("magnitude"))


def _status_ok(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return pred.get("status") in _accepted(gold, "status")


def strict_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Actor, target, instrument, action, subject and date agree (see the module docstring)."""
    return _core_match(gold, pred) and _action_ok(gold, pred) and _date_ok(gold, pred)


def relaxed_match(gold: Mapping[str, Any], pred: Mapping[str, Any], ignore: frozenset[str]) -> bool:
    """:func:`strict_match` with the fields named in ``ignore`` (of :data:`IGNORABLE`) left out;
    the instrument always has to agree."""
    return (
        pred.get("instrument") in _accepted(gold, "instrument")
        and ("parties" in ignore or _parties_match(gold, pred))
        and ("subject" in ignore or subjects_overlap(gold, pred))
        and ("action" in ignore or _action_ok(gold, pred))
        and ("date" in ignore or _date_ok(gold, pred))
    )


def lenient_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """As :func:`strict_match`, with the action's direction in place of the action and no date."""
    return _core_match(gold, pred) and _direction(pred) in _gold_directions(gold)


def _assign(
    n_gold: int, n_pred: int, weight: Callable[[int, int], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs maximising the number of matches, then the summed tie-break.

    ``weight(i, j)`` is ``None`` when gold ``i`` and prediction ``j`` do not match, else a
    tie-break in [0, 1]. Tie-breaks are scaled so that all of them together weigh less than one
    match: a pairing with more matches always wins.
    """
    if not n_gold or not n_pred:
        return []
    scale = 0.5 / (min(n_gold, n_pred) + 1)
    w = np.zeros((n_gold, n_pred))
    for i in range(n_gold):
        for j in range(n_pred):
            tie = weight(i, j)
            if tie is not None:
                w[i, j] = 1.0 + scale * min(max(tie, 0.0), 1.0)
    rows, cols = linear_sum_assignment(w, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if w[i, j] > 0]


def describe_event(event: Mapping[str, Any]) -> str:
    """A one-line summary of an event, for reports."""
    subject = ",".join(event.get("subject") or []) or "-"
    parts = [
        f"{event.get('actor')}->{event.get('target')}",
        f"{event.get('instrument')}/{event.get('action')}",
        f"[{subject}]",
        str(event.get("magnitude") or "-"),
        str(event.get("event_date") or "-"),
        str(event.get("status") or "-"),
    ]
    return " ".join(parts)


def _events(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    events = doc.get("events") or []
    return [e for e in events if isinstance(e, Mapping)]


def strict_pairs(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Gold and predicted events matched strictly, one to one (indices into the two lists)."""
    def strict_w(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if not strict_match(g, p):
            return None
        return 0.7 * _magnitude_ok(g, p) + 0.3 * _status_ok(g, p)

    return _assign(len(gold), len(pred), strict_w)


def _score_events(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> dict[str, Any]:
    def lenient_w(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if not lenient_match(g, p):
            return None
        return (
            0.4 * _magnitude_ok(g, p)
            + 0.3 * _action_ok(g, p)
            + 0.2 * _date_ok(g, p)
            + 0.1 * _status_ok(g, p)
        )

    strict = strict_pairs(gold, pred)
    lenient = _assign(len(gold), len(pred), lenient_w)

    errors = dict.fromkeys(FIELD_ERRORS, 0)
    hyp_facts = hyp_matched = 0
    for i, j in lenient:
        g, p = gold[i], pred[j]
        errors["action"] += not _action_ok(g, p)
        errors["date"] += not _date_ok(g, p)
        errors["status"] += not _status_ok(g, p)
        errors["magnitude"] += not _magnitude_ok(g, p)
        if g.get("status") in HYPOTHETICAL_STATUSES:
            hyp_matched += 1
            hyp_facts += p.get("status") in FACT_STATUSES
    matched_gold = {i for i, _ in strict}
    matched_pred = {j for _, j in strict}
    relaxed = {}
    for label, ignore in RELAXATIONS:
        n = len(_assign(len(gold), len(pred),
                        lambda i, j, ignore=ignore: 1.0 if relaxed_match(gold[i], pred[j], ignore) else None))
        relaxed[label] = Counts(n, len(pred) - n, len(gold) - n)
    return {
        "relaxed": relaxed,
        EVENTS_STRICT: Counts(len(strict), len(pred) - len(strict), len(gold) - len(strict)),
        EVENTS_LENIENT: Counts(len(lenient), len(pred) - len(lenient), len(gold) - len(lenient)),
        "field_errors": errors,
        "hyp_facts": hyp_facts,
        "hyp_matched": hyp_matched,
        "missed": tuple(describe_event(g) for i, g in enumerate(gold) if i not in matched_gold),
        "spurious": tuple(describe_event(p) for j, p in enumerate(pred) if j not in matched_pred),
        "confidences": tuple((c, j in matched_pred) for j, c in enumerate(_confidence_of(p) for p in pred)
                             if c is not None),
    }


def _confidence_of(event: Mapping[str, Any]) -> float | None:
    """The event's confidence when it is a number in [0, 1] (not a bool, not NaN), else None."""
    value = event.get("confidence")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0.0 <= value <= 1.0 else None


# --- people --------------------------------------------------------------------------------------


def _items(doc: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    return [x for x in (doc.get(key) or []) if isinstance(x, Mapping)]


def person_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """The predicted name is the gold name or an alias, or shares surname and first initial."""
    name = fold(pred.get("name"))
    if not name:
        return False
    gold_name = fold(gold.get("name"))
    forms = {gold_name} | {fold(a) for a in gold.get("aliases") or []}
    if name in forms:
        return True
    g, p = gold_name.split(), name.split()
    return len(g) > 1 and len(p) > 1 and g[-1] == p[-1] and g[0][0] == p[0][0]


def role_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return normalise_role(gold.get("role")) == normalise_role(pred.get("role"))


def _score_people(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> dict[str, Counts]:
    def w(i: int, j: int) -> float | None:
        return float(role_matches(gold[i], pred[j])) if person_matches(gold[i], pred[j]) else None

    pairs = _assign(len(gold), len(pred), w)
    with_role = sum(role_matches(gold[i], pred[j]) for i, j in pairs)
    return {
        PEOPLE_NAME: Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        PEOPLE_ROLE: Counts(with_role, len(pred) - with_role, len(gold) - with_role),
    }


# --- companies -----------------------------------------------------------------------------------


def company_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Equal tickers; equal names (or a gold alias) when the gold ticker is null."""
    if gold.get("ticker"):
        return same_ticker(gold.get("ticker"), pred.get("ticker"))
    forms = {fold(gold.get("name"))} | {fold(a) for a in gold.get("aliases") or []}
    return fold(pred.get("name")) in forms


def _score_companies(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> dict[str, Counts]:
    def w(i: int, j: int) -> float | None:
        if not company_matches(gold[i], pred[j]):
            return None
        return float(gold[i].get("move") == pred[j].get("move"))

    pairs = _assign(len(gold), len(pred), w)
    with_move = sum(gold[i].get("move") == pred[j].get("move") for i, j in pairs)
    return {
        COMPANIES_TICKER: Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        COMPANIES_MOVE: Counts(with_move, len(pred) - with_move, len(gold) - with_move),
    }


# --- public entry points -------------------------------------------------------------------------


def score_article(
    expected: Mapping[str, Any],
    predicted: Mapping[str, Any],
    name: str | None = None,
    error: str | None = None,
) -> ArticleScore:
    """Compare one predicted reading with its annotation (both SCHEMA.md dicts)."""
    if name is None:
        name = str((expected.get("article") or {}).get("title") or "article")
    gold_events, pred_events = _events(expected), _events(predicted)
    ev = _score_events(gold_events, pred_events)
    counts: dict[str, Counts] = {EVENTS_STRICT: ev[EVENTS_STRICT], EVENTS_LENIENT: ev[EVENTS_LENIENT]}
    counts.update(_score_people(_items(expected, "people"), _items(predicted, "people")))
    counts.update(_score_companies(_items(expected, "companies"), _items(predicted, "companies")))
    return ArticleScore(
        name=name,
        counts=counts,
        hypotheticals_as_facts=ev["hyp_facts"],
        hypotheticals_matched=ev["hyp_matched"],
        field_errors=ev["field_errors"],
        relaxed=ev["relaxed"],
        missed=ev["missed"],
        spurious=ev["spurious"],
        confidences=ev["confidences"],
        n_gold_events=len(gold_events),
        n_predicted_events=len(pred_events),
        error=error,
    )


def score_corpus(pairs: Iterable[Sequence[Any]]) -> CorpusScore:
    """Score many articles. Each item is ``(expected, predicted)`` or ``(name, expected, predicted)``."""
    scores = []
    for k, item in enumerate(pairs):
        if len(item) == 3:
            name, expected, predicted = item
        elif len(item) == 2:
            expected, predicted = item
            name = str((expected.get("article") or {}).get("title") or f"article {k + 1}")
        else:
            raise ValueError("score_corpus items are (expected, predicted) or (name, expected, predicted)")
        scores.append(score_article(expected, predicted, name=name))
    return CorpusScore(tuple(scores))


EXPECTED_SUFFIX = ".expected.json"


def expected_path(article_path: Path) -> Path:
    """``dir/NAME.txt`` -> ``dir/NAME.expected.json``."""
    return article_path.with_name(article_path.stem + EXPECTED_SUFFIX)


def read_expected(path: Path) -> dict[str, Any]:
    """An annotation file, checked to be a JSON object with an ``events`` list."""
    from tradeshock.ingest.formats import load_json

    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the annotation ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "the annotation is not UTF-8 text") from None
    obj = load_json(raw, str(path))
    if not isinstance(obj, dict):
        raise InputError(str(path), "an annotation must be a JSON object")
    for key in ("events", "people", "companies"):
        if not isinstance(obj.get(key, []), list):
            raise InputError(str(path), f"'{key}' must be a list")
    # the text fields the people and company matchers read (items that are not objects are skipped)
    for key, names in (("people", ("name", "role")), ("companies", ("name", "ticker"))):
        for i, item in enumerate(obj.get(key) or [], start=1):
            if not isinstance(item, dict):
                continue
            for name in names:
                if not isinstance(item.get(name), str | None):
                    raise InputError(str(path), f"{key}[{i}]: '{name}' must be a string or null")
            aliases = item.get("aliases")
            if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
                raise InputError(str(path), f"{key}[{i}]: 'aliases' must be a list of strings")
    return obj


def article_pairs(directory: str | Path) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.expected.json)`` for every article in ``directory`` that has both, sorted."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(str(directory), "not a directory")
    pairs = [(p, expected_path(p)) for p in sorted(root.glob("*.txt"))]
    pairs = [(t, e) for t, e in pairs if e.is_file()]
    if not pairs:
        raise InputError(str(directory), "no NAME.txt with a NAME.expected.json beside it")
    return pairs


def evaluate_dir(
    path: str | Path,
    analyze: Callable[[Any], Any] | None = None,
    load: Callable[[str], Any] | None = None,
) -> CorpusScore:
    """Run the pipeline on every ``NAME.txt`` of ``path`` that has a ``NAME.expected.json`` and score it.

    ``load`` reads an article (default :func:`tradeshock.ingest.load_input`, which also reads the
    ``NAME.meta.json`` sidecar); ``analyze`` turns it into a reading (default
    :func:`tradeshock.pipeline.analyze`) and may return a ``Brief`` or a SCHEMA dict. An article the
    pipeline fails on with a :class:`TradeshockError` is scored as an empty reading and listed.
    """
    pairs = article_pairs(path)
    if load is None:
        from tradeshock.ingest import load_input as load
    if analyze is None:
        from tradeshock.pipeline import analyze
    scores = []
    for text_path, gold_path in pairs:
        expected = read_expected(gold_path)
        article = load(str(text_path))
        error = None
        try:
            result = analyze(article)
            predicted = result.to_dict() if hasattr(result, "to_dict") else result
        except TradeshockError as exc:
            predicted, error = {}, str(exc)
        if not isinstance(predicted, Mapping):
            raise TypeError(f"analyze returned {type(predicted).__name__}, expected a Brief or a dict")
        scores.append(score_article(expected, predicted, name=text_path.stem, error=error))
    return CorpusScore(tuple(scores))


__all__ = [
    "COMPANIES_MOVE",
    "COMPANIES_TICKER",
    "EVENTS_LENIENT",
    "EVENTS_STRICT",
    "PEOPLE_NAME",
    "PEOPLE_ROLE",
    "ACTIONS",
    "ACTION_DIRECTIONS",
    "ArticleScore",
    "Counts",
    "CorpusScore",
    "DIRECTIONS",
    "INSTRUMENTS",
    "METRICS",
    "STATUSES",
    "article_pairs",
    "date_matches",
    "default_direction",
    "evaluate_dir",
    "lenient_match",
    "normalise_magnitude",
    "normalise_role",
    "normalise_ticker",
    "same_ticker",
    "person_matches",
    "score_article",
    "score_corpus",
    "strict_match",
    "relaxed_match",
    "IGNORABLE",
    "RELAXATIONS",
]
