"""URLs: the real fetcher against a loopback HTTP server, and load_input with the fake fetcher."""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

import pytest

from tradeshock.errors import FetchError, InputError
from tradeshock.ingest import FakeFetcher, FetchedDocument, Fetcher, HttpFetcher, load_input, load_inputs
from tradeshock.ingest.url import is_url

from .conftest import ARTICLE_HTML, PLAIN_ARTICLE, ServerState

pytestmark = pytest.mark.network


def fetcher(**kw: object) -> HttpFetcher:
    kw.setdefault("allow_private", True)
    kw.setdefault("timeout", 5.0)
    return HttpFetcher(**kw)  # type: ignore[arg-type]


# -- served and extracted --------------------------------------------------------------------------


def test_page_served_and_extracted(http_server: ServerState) -> None:
    url = http_server.url("/article")
    article = load_input(url, allow_private=True)
    assert article.title == "Chip stocks climb as London talks end"
    assert "Vice Premier He Lifeng led the Chinese delegation" in article.text
    assert "Cookie settings" not in article.text
    assert (article.published, article.author, article.source) == (
        "2025-06-11",
        "Ada Example",
        "Loopback Gazette",
    )
    assert (article.origin, article.url) == (url, url)
    assert http_server.paths == ["/article"]


def test_plain_text_and_json_bodies(http_server: ServerState) -> None:
    plain = load_input(http_server.url("/plain"), allow_private=True)
    assert plain.text == PLAIN_ARTICLE
    assert plain.title == "Tariff pause extended"
    assert plain.source == "127.0.0.1"
    js = load_input(http_server.url("/json"), allow_private=True)
    assert (js.title, js.text, js.published) == (
        "From JSON",
        "Tariffs rose on steel.\nMore text.",
        "2025-03-12",
    )


def test_missing_content_type_is_sniffed(http_server: ServerState) -> None:
    article = load_input(http_server.url("/no-type"), allow_private=True)
    assert article.title == "Chip stocks climb as London talks end"


def test_gzip_body_decoded(http_server: ServerState) -> None:
    doc = fetcher().fetch(http_server.url("/gzip"))
    assert doc.body == ARTICLE_HTML.encode()
    assert doc.headers["content-encoding"] == "gzip"


def test_published_argument_beats_html_metadata(http_server: ServerState) -> None:
    assert (
        load_input(http_server.url("/article"), allow_private=True, published="2025-06-12").published
        == "2025-06-12"
    )


# -- address checks ------------------------------------------------------------------------------


def test_loopback_refused_without_allow_private(http_server: ServerState) -> None:
    with pytest.raises(FetchError) as info:
        load_input(http_server.url("/article"))
    message = str(info.value)
    assert message.startswith(http_server.url("/article") + ": refused: 127.0.0.1 is a loopback address")
    assert "--allow-private" in message
    assert http_server.paths == []  # never connected


def test_redirect_to_private_address_refused(http_server: ServerState) -> None:
    # The test server itself is allowed explicitly; the hop to the cloud metadata address is not.
    f = HttpFetcher(allowed_networks=["127.0.0.1/32"], timeout=5.0)
    target = "http://169.254.169.254/latest/meta-data/"
    with pytest.raises(
        FetchError,
        match=r"redirect to http://169\.254\.169\.254/latest/meta-data/ refused: "
        r"169\.254\.169\.254 is a link-local address",
    ):
        f.fetch(http_server.url(f"/redirect?to={target}"))
    assert http_server.paths == ["/redirect"]


def test_redirect_to_other_loopback_address_refused(http_server: ServerState) -> None:
    port = http_server.base.rsplit(":", 1)[1]
    f = HttpFetcher(allowed_networks=["127.0.0.1/32"], timeout=5.0)
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2 is a loopback address"):
        f.fetch(http_server.url(f"/redirect?to=http://127.0.0.2:{port}/article"))
    assert http_server.paths == ["/redirect"]


def test_redirect_to_other_scheme_refused(http_server: ServerState) -> None:
    with pytest.raises(
        FetchError, match=r"redirect to file:///etc/passwd refused: scheme 'file' is not supported"
    ):
        fetcher().fetch(http_server.url("/redirect?to=file:///etc/passwd"))


def test_redirects_followed_and_counted(http_server: ServerState) -> None:
    doc = fetcher().fetch(http_server.url("/chain/4"))  # 5 redirects: the limit
    assert doc.final_url == http_server.url("/article")
    assert doc.url == http_server.url("/chain/4")
    assert http_server.paths == ["/chain/4", "/chain/3", "/chain/2", "/chain/1", "/chain/0", "/article"]
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        fetcher().fetch(http_server.url("/chain/5"))
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher().fetch(http_server.url("/loop"))


def test_mixed_public_and_private_resolution_refused(http_server: ServerState) -> None:
    f = HttpFetcher(resolver=lambda host, port: ["93.184.215.14", "10.0.0.7"], timeout=5.0)
    with pytest.raises(FetchError, match=r"refused: news\.example \(10\.0\.0\.7\) is a private address"):
        f.fetch("http://news.example/story")


def test_connects_to_checked_address_with_original_host_header(http_server: ServerState) -> None:
    # "news.example" exists in no DNS: the only way to reach the server is the address the
    # resolver returned and the check approved, and the Host header must still name the host.
    port = int(http_server.base.rsplit(":", 1)[1])
    calls: list[tuple[str, int]] = []

    def resolver(host: str, p: int) -> list[str]:
        calls.append((host, p))
        return ["127.0.0.1"]

    f = HttpFetcher(allow_private=True, resolver=resolver, timeout=5.0)
    doc = f.fetch(f"http://news.example:{port}/echo-host")
    assert http_server.host_headers == [f"news.example:{port}"]
    assert f"news.example:{port}" in doc.body.decode()
    assert calls == [("news.example", port)]  # resolved once, not again at connect time


def test_unresolvable_host_fails_fast_with_clear_message() -> None:
    def offline(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    with pytest.raises(FetchError) as info:
        load_input("https://news.example/a", fetcher=HttpFetcher(resolver=offline))
    assert str(info.value) == (
        "https://news.example/a: could not resolve host 'news.example' (Temporary failure in name resolution)"
    )


def test_connection_refused(http_server: ServerState) -> None:
    with socket.socket() as s:  # a port that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=r"could not connect to 127\.0\.0\.1 \(Connection refused\)"):
        fetcher().fetch(f"http://127.0.0.1:{port}/")


# -- limits --------------------------------------------------------------------------------------


def test_size_cap_enforced_while_streaming(http_server: ServerState) -> None:
    with pytest.raises(FetchError, match=r"response larger than the 100,000-byte limit \(stopped reading\)"):
        load_input(http_server.url("/big"), allow_private=True, max_bytes=100_000)
    # The server meant to send ~52 MB; it was cut off because the client hung up early.
    assert http_server.big_done.wait(10)
    assert http_server.big_aborted
    assert http_server.big_sent < 52_000_000


def test_declared_size_over_cap_refused_before_reading(http_server: ServerState) -> None:
    with pytest.raises(FetchError, match=r"response is 10,000,000 bytes, over the 5,000,000-byte limit"):
        load_input(http_server.url("/big-declared"), allow_private=True)


def test_slow_server_hits_timeout(http_server: ServerState) -> None:
    with pytest.raises(FetchError, match=r"/slow-headers: timed out after 0\.3 s"):
        load_input(http_server.url("/slow-headers"), allow_private=True, timeout=0.3)


def test_trickling_body_hits_overall_timeout(http_server: ServerState) -> None:
    # One byte every 50 ms never trips a per-read timeout; the overall deadline must.
    with pytest.raises(FetchError, match=r"timed out after 0\.4 s"):
        fetcher(timeout=0.4).fetch(http_server.url("/drip"))


def test_wrong_content_type(http_server: ServerState) -> None:
    with pytest.raises(
        FetchError, match=r"/image: unsupported content type 'image/png' \(expected HTML, text or JSON\)"
    ):
        load_input(http_server.url("/image"), allow_private=True)


def test_not_found(http_server: ServerState) -> None:
    with pytest.raises(FetchError) as info:
        load_input(http_server.url("/missing"), allow_private=True)
    assert str(info.value) == f"{http_server.url('/missing')}: HTTP 404 Not Found"


def test_empty_response(http_server: ServerState) -> None:
    with pytest.raises(FetchError, match=r"/empty: response is empty"):
        load_input(http_server.url("/empty"), allow_private=True)


def test_load_inputs_mixes_urls_and_files(http_server: ServerState, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Head\n\nBody.", encoding="utf-8")
    specs = [http_server.url("/missing"), str(path), http_server.url("/plain")]
    results = list(load_inputs(specs, allow_private=True))
    assert isinstance(results[0][1], FetchError)
    assert [getattr(r, "title", None) for _, r in results[1:]] == ["Head", "Tariff pause extended"]


# -- URL parsing and the fake ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/a.txt", r"unsupported URL scheme 'ftp' \(only http and https\)"),
        ("file:///etc/passwd", r"unsupported URL scheme 'file'"),
    ],
)
def test_other_schemes_refused_without_fetching(url: str, message: str) -> None:
    fake = FakeFetcher()
    with pytest.raises(FetchError, match=message):
        load_input(url, fetcher=fake)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://user:pw@example.org/", "user names and passwords in URLs are not supported"),
        ("http://:80/", "has no host"),
        ("http://example.org:99999/", "is not valid"),
    ],
)
def test_bad_urls_refused_by_real_fetcher(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        HttpFetcher(resolver=lambda h, p: pytest.fail("must not resolve")).fetch(url)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("https://x.org/a", True),
        ("HTTP://x.org", True),
        ("ftp://x", True),
        ("news/a.txt", False),
        ("C:\\news\\a.txt", False),
        ("-", False),
        ("://x", False),
    ],
)
def test_is_url(spec: str, expected: bool) -> None:
    assert is_url(spec) is expected


def test_fake_fetcher_serves_pages_and_records_requests() -> None:
    fake = FakeFetcher({"https://news.example/a": ARTICLE_HTML})
    assert isinstance(fake, Fetcher)
    article = load_input("https://news.example/a", fetcher=fake)
    assert article.title == "Chip stocks climb as London talks end"
    assert article.url == "https://news.example/a"
    with pytest.raises(FetchError, match=r"https://news\.example/b: HTTP 404 Not Found"):
        load_input("https://news.example/b", fetcher=fake)
    assert fake.requests == ["https://news.example/a", "https://news.example/b"]


def test_fake_fetcher_content_type_status_and_cap_checked_by_load_input() -> None:
    fake = FakeFetcher()
    fake.add("https://x.example/pdf", b"%PDF-1.7", content_type="application/pdf")
    fake.add("https://x.example/gone", "gone", status=410)
    fake.add("https://x.example/big", "x" * 50, content_type="text/plain")
    fake.add(
        "https://x.example/moved",
        "Moved here\n\nBody.",
        content_type="text/plain",
        final_url="https://y.example/new",
    )
    with pytest.raises(FetchError, match="unsupported content type 'application/pdf'"):
        load_input("https://x.example/pdf", fetcher=fake)
    with pytest.raises(FetchError, match="HTTP 410"):
        load_input("https://x.example/gone", fetcher=fake)
    with pytest.raises(FetchError, match="over the 10-byte limit"):
        load_input("https://x.example/big", fetcher=fake, max_bytes=10)
    moved = load_input("https://x.example/moved", fetcher=fake)
    assert (moved.url, moved.origin, moved.source) == (
        "https://y.example/new",
        "https://x.example/moved",
        "y.example",
    )


def test_fake_fetcher_raises_given_error() -> None:
    fake = FakeFetcher(
        {"https://down.example/": FetchError("https://down.example/", "could not connect (offline)")}
    )
    results = list(load_inputs(["https://down.example/"], fetcher=fake))
    assert isinstance(results[0][1], InputError)
    assert str(results[0][1]) == "https://down.example/: could not connect (offline)"


def test_fetched_document_content_type_parts() -> None:
    doc = FetchedDocument("u", "u", 200, 'Text/HTML; Charset="ISO-8859-1"', b"", {})
    assert (doc.media_type, doc.charset) == ("text/html", "ISO-8859-1")


def test_chunked_body_read_and_capped(http_server: ServerState) -> None:
    doc = fetcher().fetch(http_server.url("/chunked?n=3"))
    lines = doc.body.decode().splitlines()
    assert lines == [f"Line {i} of a chunked article about export controls." for i in range(3)]
    with pytest.raises(FetchError, match="response larger than the 1,000-byte limit"):
        fetcher(max_bytes=1000).fetch(http_server.url("/chunked?n=100"))


def test_localhost_resolved_by_the_system_and_refused(http_server: ServerState) -> None:
    port = http_server.base.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match=r"refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address"):
        HttpFetcher(timeout=5.0).fetch(f"http://localhost:{port}/article")
    assert http_server.paths == []


def test_localhost_allowed_tries_each_address(http_server: ServerState) -> None:
    # localhost may resolve to ::1 first; the server only listens on 127.0.0.1.
    port = http_server.base.rsplit(":", 1)[1]
    doc = fetcher().fetch(f"http://localhost:{port}/plain")
    assert doc.body.decode() == PLAIN_ARTICLE
    assert http_server.host_headers == [f"localhost:{port}"]


# -- TLS: SNI and certificate checked against the host name, connection to the checked address ----


def _tls_fetcher(cert: Path | None, **kw: object) -> HttpFetcher:
    context = ssl.create_default_context(cafile=str(cert)) if cert else None
    return HttpFetcher(
        allow_private=True,
        timeout=5.0,
        resolver=lambda host, port: ["127.0.0.1"],
        ssl_context=context,
        **kw,  # type: ignore[arg-type]
    )


def test_https_pinned_address_with_sni(https_server: ServerState, tls_cert: tuple[Path, Path]) -> None:
    article = load_input(https_server.url("/article"), fetcher=_tls_fetcher(tls_cert[0]))
    assert article.title == "Chip stocks climb as London talks end"
    port = https_server.base.rsplit(":", 1)[1]
    assert https_server.host_headers == [f"news.example:{port}"]


def test_https_untrusted_certificate_refused(https_server: ServerState) -> None:
    with pytest.raises(FetchError, match=r"TLS certificate not accepted \(.*self[- ]signed"):
        _tls_fetcher(None).fetch(https_server.url("/article"))


def test_https_certificate_for_another_name_refused(
    https_server: ServerState, tls_cert: tuple[Path, Path]
) -> None:
    url = https_server.url("/article").replace("news.example", "other.example")
    with pytest.raises(FetchError, match=r"TLS certificate not accepted \(.*other\.example"):
        _tls_fetcher(tls_cert[0]).fetch(url)
