"""Article bytes of a known (or sniffed) format to ``(text, Metadata)``.

Formats: ``text`` and ``markdown`` (kept as is), ``html`` (main text extracted), ``json`` (an
object with ``text`` and optional ``title``, ``published``, ``url``, ``source``, ``author``,
``language``), and ``sniff`` (HTML, JSON or text decided from the content; see
:func:`tradeshock.ingest.text.sniff_kind`).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

from tradeshock.errors import InputError
from tradeshock.ingest.base import METADATA_FIELDS, Metadata, check_published
from tradeshock.ingest.text import (
    check_has_text,
    check_text_not_binary,
    decode_bytes,
    from_wide_unicode,
    guess_title,
    is_blank,
    normalise_newlines,
    sniff_kind,
)

KINDS = ("text", "markdown", "html", "json", "sniff")


def parse_document(
    data: bytes,
    kind: str,
    source: str,
    *,
    charset: str | None = None,
    url: str | None = None,
    what: str = "file",
) -> tuple[str, Metadata]:
    """Read ``data`` as ``kind``; ``source`` names the input in errors, ``what`` says what it is."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not data:
        raise InputError(source, f"{what} is empty")
    wide = from_wide_unicode(data, source)
    if wide is not None:
        data, charset = wide, "utf-8"  # "Unicode" text from a Windows editor, now UTF-8 like the rest
    if kind == "html" and b"<" not in data:
        kind = "text"  # a page saved as plain text: no markup for the HTML reader to find the text in
    if kind == "sniff":
        # once, on the bytes read as UTF-8 (every mark looked for is ASCII; other bytes only need to be
        # told apart from white space): a sniffed HTML page is then decoded like any other, with its
        # <meta charset> honoured
        kind = sniff_kind(data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace"))
    if kind == "html":
        from tradeshock.ingest.html import decode_html, extract_html

        html = decode_html(data, source, charset)
        check_has_text(html, source, what)
        return extract_html(html, source, url=url)
    text = decode_bytes(data, source, charset)
    check_has_text(text, source, what)
    if kind == "json":
        return parse_json_article(text, source)
    return text, Metadata(title=guess_title(text, markdown=kind == "markdown"))


def parse_json_article(raw: str, source: str) -> tuple[str, Metadata]:
    """An article from a JSON object; ``text`` is required, the other fields are optional."""
    obj = load_json(raw, source)
    if not isinstance(obj, dict):
        raise InputError(source, f"JSON must be an object with a 'text' field, not {_json_type(obj)}")
    if "text" not in obj:
        raise InputError(source, "JSON has no 'text' field")
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(source, f"JSON field 'text' must be a string, not {_json_type(text)}")
    text = normalise_newlines(without_lone_surrogates(text))
    if is_blank(text):
        raise InputError(source, "JSON field 'text' is empty")
    check_text_not_binary(text, source)
    meta = metadata_from_mapping(obj, source, "JSON field")
    if meta.title is None:
        meta = meta.overlay(Metadata(title=guess_title(text)))
    return text, meta


def load_json(raw: str, source: str, what: str = "") -> Any:
    """``json.loads(raw)``, every failure an :class:`InputError` (``what`` ends the message: " in sidecar")."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"malformed JSON{what} ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    except RecursionError:
        raise InputError(source, f"JSON nested too deeply{what}") from None
    except ValueError as exc:  # a number with more digits than int() converts
        raise InputError(source, f"malformed JSON{what} ({str(exc).split(';')[0]})") from None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with U+FFFD for each lone surrogate (a valid JSON escape such as ``\\ud800`` that no
    UTF-8 output can hold); one character for one, so offsets do not move."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def metadata_from_mapping(obj: dict[str, Any], source: str, what: str) -> Metadata:
    """Validated metadata fields of a JSON object (unknown keys are ignored)."""
    values: dict[str, str | None] = {}
    for name in METADATA_FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(source, f"{what} '{name}' must be a string, not {_json_type(value)}")
        value = without_lone_surrogates(value.strip())
        if not value:
            continue
        if name == "published":
            value = check_published(value, source, f"{what} 'published'")
        elif name == "language":
            value = value.lower()
        values[name] = value
    return Metadata(**values)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )
