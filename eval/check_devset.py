"""Check the development set: every annotation agrees with its article and with SCHEMA.md.

usage::

    python eval/check_devset.py [DIR]                 # check every NAME.expected.json in DIR
    python eval/check_devset.py [DIR] --coverage      # ... and print the instrument x action table
    python eval/check_devset.py --fix FILE...         # recompute offsets in the given annotations

DIR defaults to ``eval/devset`` beside this script. For each ``NAME.expected.json`` it checks that
``NAME.txt`` and ``NAME.meta.json`` exist, that the title is the first line of the text and the
publication date that of the sidecar, that every ``evidence.text`` is exactly
``text[start:end]``, that every person and company span covers the name or one of its aliases,
that enum values are those of SCHEMA.md, that each event's direction is one SCHEMA.md allows for
its action, that dates are ISO at some precision (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or null,
and that the byline author is not listed as a person. Subjects outside the SCHEMA.md vocabulary
are reported as warnings (the vocabulary may be extended), not errors. Exit status 1 when any
error is found.

``--fix`` is the annotator's helper: for the files named it sets every evidence ``start``/``end``
from ``str.find`` of the evidence text in the article (the first occurrence, or the one nearest the
old offset when the text occurs more than once) and recomputes person and company spans as every
whole-word occurrence of the name or an alias (longest first, non-overlapping; "Trump
administration" and "Trump-era" are not mentions of the person).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tradeshock.evaluate import (
    ACTION_DIRECTIONS,
    ACTIONS,
    DATE_BASES,
    DIRECTIONS,
    INSTRUMENTS,
    MOVES,
    STATUSES,
    fold,
)

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE / "devset"
SCHEMA_VERSION = "tradeshock/1"

VOCABULARY = frozenset(
    """all_goods rare_earths rare_earth_magnets critical_minerals gallium germanium graphite antimony
    ai_chips semiconductors chipmaking_equipment chip_design_software ev autos lithium_batteries
    solar_cells steel aluminum aircraft defense telecom soybeans agricultural_products energy
    shipping pharmaceuticals industrial_goods""".split()
)
EVENT_KEYS = (
    "actor",
    "target",
    "instrument",
    "action",
    "subject",
    "magnitude",
    "event_date",
    "date_basis",
    "status",
    "direction",
    "evidence",
)
ALTERNATIVE_KEYS = ("actor", "target", "instrument", "action", "event_date", "status", "direction")
COUNTRY = re.compile(r"^(?:[A-Z]{3}|EU)$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
NOT_A_MENTION = re.compile(r"(?:\s+administration\b|-era\b)")


# --- helpers shared with annotators ---------------------------------------------------------------


def read_text(path: Path) -> str:
    """The article as tradeshock reads it: UTF-8, a BOM dropped, newlines normalised."""
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def name_spans(text: str, forms: Iterable[str]) -> list[list[int]]:
    """Whole-word occurrences of any of ``forms`` in ``text``: longest first, non-overlapping."""
    found: list[tuple[int, int]] = []
    for form in sorted({f for f in forms if f}, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + (r"(?!\w)" if form[-1].isalnum() else ""))
        for m in pattern.finditer(text):
            s, e = m.span()
            if NOT_A_MENTION.match(text, e):
                continue
            if any(s < e2 and s2 < e for s2, e2 in found):
                continue
            found.append((s, e))
    return [[s, e] for s, e in sorted(found)]


def locate(text: str, snippet: str, near: int | None = None) -> tuple[int, int] | None:
    """``(start, end)`` of ``snippet`` in ``text`` (the occurrence nearest ``near`` if several)."""
    starts = []
    i = text.find(snippet)
    while i >= 0:
        starts.append(i)
        i = text.find(snippet, i + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near)) if near is not None else starts[0]
    return start, start + len(snippet)


def _forms(item: dict[str, Any]) -> list[str]:
    aliases = item.get("aliases") or []
    return [item.get("name") or ""] + [a for a in aliases if isinstance(a, str)]


# --- the checks ------------------------------------------------------------------------------------


def _valid_date(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _valid_published(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _check_spans(
    where: str, item: dict[str, Any], text: str, problems: list[str]
) -> None:
    forms = {f.casefold() for f in _forms(item)}
    spans = item.get("spans")
    if not isinstance(spans, list):
        problems.append(f"{where}: 'spans' must be a list")
        return
    for span in spans:
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            problems.append(f"{where}: span {span!r} is not [start, end]")
            continue
        s, e = span
        if not 0 <= s < e <= len(text):
            problems.append(f"{where}: span {span} is outside the text")
        elif text[s:e].casefold() not in forms:
            problems.append(f"{where}: span {span} covers {text[s:e]!r}, not the name or an alias")


def _check_event(where: str, ev: dict[str, Any], text: str, problems: list[str], warnings: list[str]) -> None:
    for key in EVENT_KEYS:
        if key not in ev:
            problems.append(f"{where}: missing '{key}'")
    for key in ("actor", "target"):
        value = ev.get(key)
        if value is not None and not (isinstance(value, str) and COUNTRY.match(value)):
            problems.append(f"{where}: {key} {value!r} is not ISO 3166 alpha-3, 'EU' or null")
    if ev.get("instrument") not in INSTRUMENTS:
        problems.append(f"{where}: instrument {ev.get('instrument')!r} is not a SCHEMA value")
    action = ev.get("action")
    if action not in ACTIONS:
        problems.append(f"{where}: action {action!r} is not a SCHEMA value")
    if ev.get("status") not in STATUSES:
        problems.append(f"{where}: status {ev.get('status')!r} is not a SCHEMA value")
    direction = ev.get("direction")
    if direction not in DIRECTIONS:
        problems.append(f"{where}: direction {direction!r} is not a SCHEMA value")
    elif action in ACTION_DIRECTIONS and direction not in ACTION_DIRECTIONS[action]:
        problems.append(f"{where}: direction {direction!r} does not follow from action {action!r}")
    if action == "threaten" and ev.get("status") not in ("threatened", "proposed"):
        problems.append(f"{where}: a threat must have status threatened or proposed")
    subject = ev.get("subject")
    if not isinstance(subject, list):
        problems.append(f"{where}: subject must be a list")
    else:
        for s in subject:
            if not (isinstance(s, str) and SNAKE.match(s)):
                problems.append(f"{where}: subject {s!r} is not snake_case")
            elif s not in VOCABULARY:
                warnings.append(f"{where}: subject {s!r} is outside the SCHEMA.md vocabulary")
    magnitude = ev.get("magnitude")
    if magnitude is not None and not (isinstance(magnitude, str) and magnitude.strip()):
        problems.append(f"{where}: magnitude must be a non-empty string or null")
    date = ev.get("event_date")
    if not _valid_date(date):
        problems.append(f"{where}: event_date {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or null")
    basis = ev.get("date_basis")
    if basis is not None and basis not in DATE_BASES:
        problems.append(f"{where}: date_basis {basis!r} is not a SCHEMA value")
    if (date is None) != (basis is None):
        problems.append(f"{where}: event_date and date_basis must both be set or both be null")
    evidence = ev.get("evidence")
    if not isinstance(evidence, dict) or not isinstance(evidence.get("text"), str):
        problems.append(f"{where}: evidence must be an object with text, start, end")
    else:
        s, e = evidence.get("start"), evidence.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: evidence offsets {s!r}:{e!r} are not inside the text")
        elif text[s:e] != evidence["text"]:
            problems.append(
                f"{where}: evidence text differs from text[{s}:{e}] = {text[s:e][:60]!r}"
            )
    for key in ("duration", "trade_value"):
        if key in ev and not isinstance(ev[key], str):
            problems.append(f"{where}: {key} must be a string")
    if "background" in ev and not isinstance(ev["background"], bool):
        problems.append(f"{where}: background must be true or false")
    alts = ev.get("alternatives")
    if alts is not None:
        if not isinstance(alts, dict):
            problems.append(f"{where}: alternatives must be an object")
            return
        for key, values in alts.items():
            if key not in ALTERNATIVE_KEYS:
                problems.append(f"{where}: alternatives.{key} is not a field that takes alternatives")
                continue
            if not isinstance(values, list) or not values:
                problems.append(f"{where}: alternatives.{key} must be a non-empty list")
                continue
            for v in values:
                ok = {
                    "instrument": v in INSTRUMENTS,
                    "action": v in ACTIONS,
                    "status": v in STATUSES,
                    "direction": v in DIRECTIONS,
                    "event_date": _valid_date(v),
                }.get(key, v is None or (isinstance(v, str) and bool(COUNTRY.match(v))))
                if not ok:
                    problems.append(f"{where}: alternatives.{key} value {v!r} is not valid")
                if v == ev.get(key):
                    warnings.append(f"{where}: alternatives.{key} repeats the main value {v!r}")


def check_file(expected_path: Path) -> tuple[list[str], list[str]]:
    """``(errors, warnings)`` for one ``NAME.expected.json``."""
    problems: list[str] = []
    warnings: list[str] = []
    name = expected_path.name
    stem = name[: -len(".expected.json")]
    text_path = expected_path.with_name(stem + ".txt")
    meta_path = expected_path.with_name(stem + ".meta.json")
    try:
        doc = json.loads(expected_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"{name}: cannot read: {exc}"], warnings
    if not text_path.is_file():
        return [f"{name}: {text_path.name} is missing"], warnings
    text = read_text(text_path)
    meta: dict[str, Any] = {}
    if not meta_path.is_file():
        problems.append(f"{name}: {meta_path.name} is missing")
    else:
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{meta_path.name}: cannot read: {exc}")
        if not _valid_published(meta.get("published")):
            problems.append(f"{meta_path.name}: published {meta.get('published')!r} is not ISO")
    if doc.get("schema_version") != SCHEMA_VERSION:
        problems.append(f"{name}: schema_version must be {SCHEMA_VERSION!r}")
    article = doc.get("article")
    if not isinstance(article, dict):
        problems.append(f"{name}: 'article' must be an object")
        article = {}
    first_line = text.split("\n", 1)[0].strip()
    if article.get("title") != first_line:
        problems.append(f"{name}: article.title is not the first line of the text ({first_line[:50]!r})")
    if not _valid_published(article.get("published")):
        problems.append(f"{name}: article.published {article.get('published')!r} is not ISO")
    if meta and article.get("published") != meta.get("published"):
        problems.append(f"{name}: article.published differs from the sidecar's")
    author = article.get("author")
    if author and author not in text:
        warnings.append(f"{name}: author {author!r} does not appear in the text")

    for key in ("people", "events", "companies"):
        if not isinstance(doc.get(key), list):
            problems.append(f"{name}: '{key}' must be a list")
            doc[key] = []
    for k, person in enumerate(doc["people"]):
        where = f"{name}: people[{k}] {person.get('name')!r}"
        if not isinstance(person.get("name"), str) or not person["name"].strip():
            problems.append(f"{where}: name is missing")
        if person.get("role") is not None and not isinstance(person.get("role"), str):
            problems.append(f"{where}: role must be a string or null")
        country = person.get("country")
        if country is not None and not (isinstance(country, str) and COUNTRY.match(country)):
            problems.append(f"{where}: country {country!r} is not ISO 3166 alpha-3, 'EU' or null")
        if author and fold(person.get("name")) == fold(author):
            problems.append(f"{where}: the byline author is not a person in the story")
        _check_spans(where, person, text, problems)
        if not person.get("spans"):
            warnings.append(f"{where}: no spans")
    for k, ev in enumerate(doc["events"]):
        if not isinstance(ev, dict):
            problems.append(f"{name}: events[{k}] must be an object")
            continue
        _check_event(f"{name}: events[{k}]", ev, text, problems, warnings)
    seen: Counter[str] = Counter(
        json.dumps([ev.get(k) for k in EVENT_KEYS[:-1]], sort_keys=True)
        for ev in doc["events"]
        if isinstance(ev, dict)
    )
    for key, n in seen.items():
        if n > 1:
            warnings.append(f"{name}: {n} events are identical apart from their evidence: {key}")
    for k, co in enumerate(doc["companies"]):
        where = f"{name}: companies[{k}] {co.get('name')!r}"
        if not isinstance(co.get("name"), str) or not co["name"].strip():
            problems.append(f"{where}: name is missing")
        if co.get("ticker") is not None and not isinstance(co.get("ticker"), str):
            problems.append(f"{where}: ticker must be a string or null")
        if co.get("move") not in MOVES:
            problems.append(f"{where}: move {co.get('move')!r} is not up, down or mentioned")
        _check_spans(where, co, text, problems)
        if not co.get("spans"):
            warnings.append(f"{where}: no spans")
    return problems, warnings


def fix_file(expected_path: Path) -> list[str]:
    """Recompute evidence offsets and name spans of one annotation in place; returns notes."""
    notes: list[str] = []
    stem = expected_path.name[: -len(".expected.json")]
    text = read_text(expected_path.with_name(stem + ".txt"))
    doc = json.loads(expected_path.read_text(encoding="utf-8"))
    for k, ev in enumerate(doc.get("events", [])):
        evidence = ev.get("evidence") or {}
        snippet = evidence.get("text") or ""
        old = evidence.get("start")
        if isinstance(old, int) and text[old : old + len(snippet)] == snippet and snippet:
            evidence["end"] = old + len(snippet)
            continue
        where = locate(text, snippet, old if isinstance(old, int) else None) if snippet else None
        if where is None:
            notes.append(f"{expected_path.name}: events[{k}]: evidence not found: {snippet[:60]!r}")
            continue
        if text.count(snippet) > 1:
            notes.append(f"{expected_path.name}: events[{k}]: evidence occurs {text.count(snippet)} times")
        evidence["start"], evidence["end"] = where
    for key in ("people", "companies"):
        for item in doc.get(key, []):
            item["spans"] = name_spans(text, _forms(item))
            if not item["spans"]:
                notes.append(f"{expected_path.name}: {key} {item.get('name')!r} not found in the text")
    expected_path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return notes


def coverage(paths: Iterable[Path]) -> str:
    """The instrument x action table (counts of annotated events) as Markdown."""
    counts: Counter[tuple[str, str]] = Counter()
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for ev in doc.get("events", []):
            counts[(ev.get("instrument"), ev.get("action"))] += 1
    header = "| instrument \\ action | " + " | ".join(ACTIONS) + " | total |"
    lines = [header, "|" + "---|" * (len(ACTIONS) + 2)]
    for inst in INSTRUMENTS:
        row = [counts[(inst, a)] for a in ACTIONS]
        lines.append(f"| {inst} | " + " | ".join(str(n) if n else "." for n in row) + f" | {sum(row)} |")
    col = [sum(counts[(i, a)] for i in INSTRUMENTS) for a in ACTIONS]
    lines.append("| total | " + " | ".join(map(str, col)) + f" | {sum(col)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIR), help="folder of annotations")
    parser.add_argument("--fix", nargs="+", metavar="FILE", help="recompute offsets in these annotations")
    parser.add_argument("--coverage", action="store_true", help="print the instrument x action table")
    parser.add_argument("--prefix", default="", help="only files whose names start with this")
    parser.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = parser.parse_args(argv)
    if args.fix:
        for f in args.fix:
            for note in fix_file(Path(f)):
                print(f"note: {note}")
        return 0
    root = Path(args.directory)
    paths = sorted(p for p in root.glob(f"{args.prefix}*.expected.json"))
    if not paths:
        print(f"{root}: no *.expected.json files", file=sys.stderr)
        return 1
    n_errors = n_events = 0
    for path in paths:
        problems, warnings = check_file(path)
        n_errors += len(problems)
        try:
            n_events += len(json.loads(path.read_text(encoding="utf-8")).get("events", []))
        except (OSError, ValueError):
            pass
        for p in problems:
            print(f"error: {p}")
        if not args.quiet:
            for w in warnings:
                print(f"warning: {w}")
    print(f"{len(paths)} annotation files, {n_events} events, {n_errors} errors")
    if args.coverage:
        print()
        print(coverage(paths))
    return 1 if n_errors else 0


if __name__ == "__main__":
    sys.exit(main())
