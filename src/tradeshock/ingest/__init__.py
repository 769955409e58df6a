"""The input layer: files, standard input and URLs to :class:`~tradeshock.models.Article`.

``load_input(spec)`` reads one article; ``load_inputs(specs)`` reads several in order and hands
back a bad one as its :class:`~tradeshock.errors.InputError` instead of stopping. URLs go through
a :class:`Fetcher`: :class:`HttpFetcher` is the real one, :class:`FakeFetcher` the in-memory one.
trafilatura is imported only when HTML is actually read.
"""

from __future__ import annotations

from tradeshock.ingest.addresses import address_problem, is_public_address
from tradeshock.ingest.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
    FetchedDocument,
    Fetcher,
    parse_published,
)
from tradeshock.ingest.fake import FakeFetcher
from tradeshock.ingest.load import load_input, load_inputs
from tradeshock.ingest.url import HttpFetcher

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_REDIRECTS",
    "FakeFetcher",
    "FetchedDocument",
    "Fetcher",
    "HttpFetcher",
    "address_problem",
    "is_public_address",
    "load_input",
    "load_inputs",
    "parse_published",
]
