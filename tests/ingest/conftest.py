"""Fixtures for the input layer: the shared folder, and a real HTTP server on loopback."""

from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head>
<title>Chip stocks climb as London talks end | Loopback Gazette</title>
<meta property="og:title" content="Chip stocks climb as London talks end">
<meta name="author" content="Ada Example">
<meta property="article:published_time" content="2025-06-11T07:30:00Z">
<meta property="og:site_name" content="Loopback Gazette">
</head><body>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/world">World</a> | <a href="/login">Sign in</a></nav>
<article>
<h1>Chip stocks climb as London talks end</h1>
<p>Shares of Nvidia and AMD climbed on Wednesday after negotiators from the United States and China
said in London that they had agreed a framework to carry out the truce reached in Geneva in May.</p>
<p>Commerce Secretary Howard Lutnick said export restrictions on some chip design software would be
eased once Beijing resumed approvals of rare earth magnet shipments to American manufacturers.</p>
<p>Vice Premier He Lifeng led the Chinese delegation, which met Treasury Secretary Scott Bessent and
Trade Representative Jamieson Greer for two days at Lancaster House.</p>
</article>
<footer>Copyright 2025 Loopback Gazette. Subscribe to our newsletter for more. Cookie settings.</footer>
</body></html>
"""

PLAIN_ARTICLE = (
    "Tariff pause extended\n\nThe pause on the higher tariffs was extended by 90 days on Monday.\n"
)


@dataclass
class ServerState:
    base: str
    host_headers: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    big_sent: int = 0
    big_aborted: bool = False
    big_done: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path


def _make_handler(state: ServerState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _send(
            self, status: int, body: bytes, content_type: str | None, extra: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            parts = urlsplit(self.path)
            path, query = parts.path, parse_qs(parts.query)
            state.paths.append(path)
            state.host_headers.append(self.headers.get("Host", ""))
            try:
                self._route(path, query)
            except (BrokenPipeError, ConnectionResetError):
                if path == "/big":
                    state.big_aborted = True
            finally:
                if path == "/big":
                    state.big_done.set()

        def _route(self, path: str, query: dict[str, list[str]]) -> None:
            html = "text/html; charset=utf-8"
            if path == "/article":
                self._send(200, ARTICLE_HTML.encode(), html)
            elif path == "/plain":
                self._send(200, PLAIN_ARTICLE.encode(), "text/plain; charset=utf-8")
            elif path == "/json":
                body = b'{"title": "From JSON", "text": "Tariffs rose on steel.\\nMore text.", "published": "2025-03-12"}'
                self._send(200, body, "application/json")
            elif path == "/no-type":
                self._send(200, ARTICLE_HTML.encode(), None)
            elif path == "/gzip":
                self._send(200, gzip.compress(ARTICLE_HTML.encode()), html, {"Content-Encoding": "gzip"})
            elif path == "/echo-host":
                body = f"Host seen by the server\nThe request named {self.headers.get('Host')} in its Host header.\n"
                self._send(200, body.encode(), "text/plain; charset=utf-8")
            elif path == "/redirect":
                self._send(302, b"", html, {"Location": query["to"][0]})
            elif path == "/loop":
                self._send(302, b"", html, {"Location": "/loop"})
            elif path.startswith("/chain/"):
                left = int(path.rsplit("/", 1)[1])
                target = f"/chain/{left - 1}" if left > 0 else "/article"
                self._send(301, b"", html, {"Location": target})
            elif path == "/image":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
            elif path == "/empty":
                self._send(200, b"", html)
            elif path == "/big-declared":
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.send_header("Content-Length", "10000000")
                self.end_headers()
            elif path == "/chunked":
                self._chunked(int(query.get("n", ["3"])[0]))
            elif path == "/big":
                self._stream_big()
            elif path == "/slow-headers":
                state.release.wait(5)
                self._send(200, ARTICLE_HTML.encode(), html)
            elif path == "/drip":
                self._drip()
            else:
                self._send(404, b"not here", "text/plain")

        def _stream_big(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            chunk = (b"tariff " * 9362)[:65536]
            for _ in range(800):  # about 52 MB if nobody hangs up
                self.wfile.write(chunk)
                state.big_sent += len(chunk)

        def _chunked(self, count: int) -> None:
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            for i in range(count):
                piece = f"Line {i} of a chunked article about export controls.\n".encode()
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")

        def _drip(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            for _ in range(200):
                if state.release.wait(0.05):
                    return
                self.wfile.write(b"a")
                self.wfile.flush()

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up on purpose are part of the tests


def _serve(context: ssl.SSLContext | None = None) -> Iterator[ServerState]:
    """Serve the routes above on 127.0.0.1 (port chosen by the OS), over TLS when given a context."""
    state = ServerState(base="")
    server = _QuietServer(("127.0.0.1", 0), _make_handler(state))
    if context is None:
        state.base = f"http://127.0.0.1:{server.server_address[1]}"
    else:
        server.socket = context.wrap_socket(server.socket, server_side=True)
        state.base = f"https://news.example:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), name="test-http", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def http_server() -> Iterator[ServerState]:
    """A real HTTP server on 127.0.0.1, serving the routes above."""
    yield from _serve()


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throw-away self-signed certificate for ``news.example`` (needs the openssl command)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not available to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=news.example",
         "-addext", "subjectAltName=DNS:news.example"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def https_server(tls_cert: tuple[Path, Path]) -> Iterator[ServerState]:
    """The same routes over TLS on 127.0.0.1, presenting the ``news.example`` certificate."""
    cert, key = tls_cert
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    yield from _serve(context)


@pytest.fixture
def shared_dir() -> Path:
    """The shared folder beside the repository; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not found at {SHARED} (needs ../shared beside the repository)")
    return SHARED
