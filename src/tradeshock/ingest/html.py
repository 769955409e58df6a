"""HTML to article text and metadata, with trafilatura (imported only when HTML is read).

Main text only: navigation, footers and comments are dropped. Metadata (title, date, author,
site name, canonical URL, language) comes from the page's markup; the date search is limited to
the markup (no guessing from dates mentioned in the body, never today's date).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from tradeshock.errors import InputError
from tradeshock.ingest.base import Metadata, parse_published
from tradeshock.ingest.text import check_not_binary, check_text_not_binary, normalise_newlines

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode HTML bytes: the declared charset (HTTP header, then ``<meta charset>``), else UTF-8,
    else cp1252. Undecodable bytes become U+FFFD: only the extracted text matters here."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        charset = "utf-8"
    check_not_binary(data, source)
    candidates: list[str] = []
    if charset:
        candidates.append(charset)
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for name in candidates:
        try:
            return data.decode(codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def extract_html(html: str, source: str, url: str | None = None) -> tuple[str, Metadata]:
    """The main text of an HTML page and the metadata found in its markup.

    Raises :class:`InputError` when no article text can be found.
    """
    check_text_not_binary(html, source)
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(source, f"reading HTML needs trafilatura ({exc})") from None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # trafilatura/lxml failures on odd markup are an input problem
        raise InputError(source, f"could not parse the HTML ({type(exc).__name__}: {exc})") from None
    text = normalise_newlines(_attr(doc, "text") or "")
    if not text.strip():
        raise InputError(source, "no article text found in the HTML")
    meta = Metadata(
        title=_clean(_attr(doc, "title")),
        url=_clean(_attr(doc, "url")),
        source=_clean(_attr(doc, "sitename")),
        published=parse_published(_attr(doc, "date")),
        language=_language(_attr(doc, "language")),
        author=_clean(_attr(doc, "author")),
    )
    return text, meta


def _attr(doc: Any, name: str) -> Any:
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _language(value: Any) -> str | None:
    value = _clean(value)
    if not value:
        return None
    primary = value.replace("_", "-").split("-", 1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None
