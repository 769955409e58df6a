"""An in-memory :class:`~tradeshock.ingest.base.Fetcher` for tests and offline demos."""

from __future__ import annotations

from collections.abc import Mapping

from tradeshock.errors import FetchError
from tradeshock.ingest.base import FetchedDocument

Page = FetchedDocument | str | bytes | BaseException


class FakeFetcher:
    """Serves pages from a mapping of URL to page; records every URL asked for in ``requests``.

    A page is a :class:`FetchedDocument` (returned as is), ``str``/``bytes`` (served as
    ``text/html; charset=utf-8`` with status 200) or an exception (raised). Unknown URLs raise
    :class:`FetchError` ``HTTP 404 Not Found``, as the real fetcher does.
    """

    def __init__(self, pages: Mapping[str, Page] | None = None) -> None:
        self.pages: dict[str, Page] = dict(pages or {})
        self.requests: list[str] = []

    def add(
        self,
        url: str,
        body: str | bytes,
        *,
        content_type: str | None = "text/html; charset=utf-8",
        status: int = 200,
        final_url: str | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"content-type": content_type} if content_type else {}
        self.pages[url] = FetchedDocument(url, final_url or url, status, content_type, data, headers)

    def fetch(self, url: str) -> FetchedDocument:
        self.requests.append(url)
        page = self.pages.get(url)
        if page is None:
            raise FetchError(url, "HTTP 404 Not Found")
        if isinstance(page, BaseException):
            raise page
        if isinstance(page, FetchedDocument):
            return page
        data = page.encode("utf-8") if isinstance(page, str) else page
        ctype = "text/html; charset=utf-8"
        return FetchedDocument(url, url, 200, ctype, data, {"content-type": ctype})
