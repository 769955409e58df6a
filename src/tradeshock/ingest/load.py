"""``load_input`` and ``load_inputs``: one spec (path, ``-`` or URL) to one :class:`Article`.

Publication date, first match wins: the ``published`` argument; the sidecar; the file's own
JSON field; the HTML metadata. Each is validated as an ISO date or datetime (an invalid HTML
date is ignored, being a guess; an invalid explicit, sidecar or JSON date is an error). When none
is found ``published`` stays ``None``: it is never taken from today's date.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO
from urllib.parse import urlsplit

from tradeshock.errors import FetchError, InputError
from tradeshock.ingest.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Fetcher,
    Metadata,
    check_published,
    content_kind,
)
from tradeshock.ingest.files import read_article_file
from tradeshock.ingest.formats import parse_document
from tradeshock.ingest.url import is_url
from tradeshock.models import Article

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


def load_input(
    spec: str | os.PathLike[str],
    *,
    published: str | None = None,
    allow_private: bool = False,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    fetcher: Fetcher | None = None,
) -> Article:
    """Read one article from a path, ``-`` (standard input) or an http(s) URL.

    ``allow_private`` and ``timeout`` apply to the default fetcher only; a ``fetcher`` passed in
    brings its own settings. ``max_bytes`` caps files, stdin and URL bodies alike.
    Raises :class:`InputError` (:class:`FetchError` for URLs) naming the input and the problem.
    """
    if isinstance(spec, os.PathLike):
        spec = os.fspath(spec)
    if not isinstance(spec, str) or not spec.strip():
        raise InputError(repr(spec), "no input given (a path, '-' or a URL)")
    explicit = check_published(published, spec, "published date") if published is not None else None
    url: str | None = None
    sidecar = Metadata()
    if spec == STDIN:
        origin = STDIN_ORIGIN
        text, meta = _read_stdin(stdin, max_bytes)
    elif is_url(spec):
        origin = spec.strip()
        fetcher = fetcher or _default_fetcher(allow_private, max_bytes, timeout)
        text, meta, url = _read_url(origin, fetcher, max_bytes)
    else:
        origin = spec
        text, meta, sidecar = read_article_file(spec, max_bytes)
    meta = meta.overlay(sidecar).overlay(Metadata(published=explicit))
    if url is not None:
        meta = meta.overlay(Metadata(url=url))
        if meta.source is None:
            meta = meta.overlay(Metadata(source=urlsplit(url).hostname))
    return Article(
        text=text,
        title=meta.title,
        url=meta.url,
        source=meta.source,
        published=meta.published,
        language=meta.language or "en",
        author=meta.author,
        origin=origin,
    )


def load_inputs(
    specs: Iterable[str | os.PathLike[str]], **options: Any
) -> Iterator[tuple[str, Article | InputError]]:
    """``(spec, Article or InputError)`` for each spec, in order; a bad input does not stop the rest.

    Takes the keyword arguments of :func:`load_input`. An invalid ``published`` is the caller's
    mistake, not an input's, and raises :class:`InputError` before anything is read.
    """
    if options.get("published") is not None:
        options["published"] = check_published(options["published"], "published", "date")
    stdin_used = False
    for item in specs:
        spec = os.fspath(item) if isinstance(item, os.PathLike) else item
        if spec == STDIN:
            if stdin_used:
                yield spec, InputError(STDIN_ORIGIN, "standard input given more than once")
                continue
            stdin_used = True
        try:
            yield spec, load_input(spec, **options)
        except InputError as exc:
            yield spec, exc


def _default_fetcher(allow_private: bool, max_bytes: int, timeout: float) -> Fetcher:
    from tradeshock.ingest.url import HttpFetcher

    return HttpFetcher(allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)


def _read_url(url: str, fetcher: Fetcher, max_bytes: int) -> tuple[str, Metadata, str]:
    scheme = url.partition("://")[0].lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported URL scheme {scheme!r} (only http and https)")
    doc = fetcher.fetch(url)
    if not 200 <= doc.status < 300:
        raise FetchError(url, f"HTTP {doc.status}")
    kind = content_kind(doc.media_type)
    if kind is None:
        raise FetchError(url, f"unsupported content type {doc.media_type!r} (expected HTML, text or JSON)")
    if len(doc.body) > max_bytes:
        raise FetchError(url, f"response is {len(doc.body):,} bytes, over the {max_bytes:,}-byte limit")
    final = doc.final_url or url
    try:
        text, meta = parse_document(doc.body, kind, url, charset=doc.charset, url=final, what="response")
    except FetchError:
        raise
    except InputError as exc:  # every problem with a URL is a FetchError
        raise FetchError(exc.source, exc.problem) from None
    return text, meta, final


def _read_stdin(stream: TextIO | BinaryIO | None, max_bytes: int) -> tuple[str, Metadata]:
    stream = stream if stream is not None else sys.stdin
    if stream is None:
        raise InputError(STDIN_ORIGIN, "no standard input")
    try:
        if stream.isatty():
            raise InputError(STDIN_ORIGIN, "nothing piped in (standard input is a terminal)")
    except (AttributeError, ValueError, OSError):
        pass
    source: Any = getattr(stream, "buffer", stream)
    try:
        raw = source.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(STDIN_ORIGIN, f"cannot read ({exc.strerror or exc})") from None
    data = raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else bytes(raw)
    if len(data) > max_bytes:
        raise InputError(STDIN_ORIGIN, f"input is over the {max_bytes:,}-byte limit")
    return parse_document(data, "sniff", STDIN_ORIGIN, what="input")
