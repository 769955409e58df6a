"""Shared pieces of the input layer: limits, the ``Fetcher`` protocol and its record, metadata.

A URL reaches tradeshock through a :class:`Fetcher`: one method, ``fetch(url)``, returning a
:class:`FetchedDocument`. The real one lives in :mod:`tradeshock.ingest.url`; the in-memory one used
by tests sits beside it in :mod:`tradeshock.ingest.fake`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from tradeshock.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 10.0
MAX_REDIRECTS = 5

#: Media types accepted from a URL, mapped to the parser that reads them.
CONTENT_KINDS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/json": "json",
}


@dataclass(frozen=True)
class FetchedDocument:
    """One HTTP response, as returned by a :class:`Fetcher`.

    ``url`` is what was asked for, ``final_url`` where the body came from after redirects.
    ``headers`` keys are lower-case.
    """

    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def media_type(self) -> str | None:
        """The content type without parameters, lower-case (``text/html``)."""
        if not self.content_type:
            return None
        return self.content_type.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of the content type, if any."""
        if not self.content_type:
            return None
        m = re.search(r";\s*charset\s*=\s*[\"']?([\w.:-]+)", self.content_type, re.IGNORECASE)
        return m.group(1) if m else None


@runtime_checkable
class Fetcher(Protocol):
    """Fetches one URL. Raises :class:`~tradeshock.errors.FetchError` when it cannot."""

    def fetch(self, url: str) -> FetchedDocument: ...


def content_kind(media_type: str | None) -> str | None:
    """``html``, ``text``, ``markdown`` or ``json`` for an accepted media type, else ``None``.

    ``None`` as input (no Content-Type header) gives ``"sniff"``: the body decides.
    """
    if media_type is None:
        return "sniff"
    media_type = media_type.lower()
    if media_type in CONTENT_KINDS:
        return CONTENT_KINDS[media_type]
    if media_type.endswith("+json"):
        return "json"
    return None


@dataclass(frozen=True)
class Metadata:
    """Optional facts about an article, from whichever source supplied them."""

    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None

    def overlay(self, other: Metadata) -> Metadata:
        """A copy where every field ``other`` sets replaces this one's."""
        changes = {
            f.name: getattr(other, f.name) for f in fields(other) if getattr(other, f.name) is not None
        }
        return replace(self, **changes)


METADATA_FIELDS = tuple(f.name for f in fields(Metadata))

_ISO_HINT = "expected an ISO date such as 2025-06-10 or a datetime such as 2025-06-10T09:30:00Z"


def parse_published(value: object) -> str | None:
    """The ISO form of a publication date or datetime, or ``None`` when it is not one.

    Dates come back as ``YYYY-MM-DD``; datetimes as ``YYYY-MM-DDTHH:MM:SS[+HH:MM]``
    (``Z`` becomes ``+00:00``). Month-only or free-text dates are not accepted.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not re.fullmatch(
        r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?", text
    ):
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def check_published(value: object, source: str, what: str = "published date") -> str:
    """Like :func:`parse_published` but raises :class:`InputError` naming ``source``."""
    parsed = parse_published(value)
    if parsed is None:
        raise InputError(source, f"{what} {value!r} is not valid ({_ISO_HINT})")
    return parsed
