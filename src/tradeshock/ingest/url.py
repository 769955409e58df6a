"""Fetching an article over HTTP(S) without handing the network a blank cheque.

:class:`HttpFetcher` is the real :class:`~tradeshock.ingest.base.Fetcher`:

* only ``http`` and ``https``; user names and passwords in URLs are refused;
* the host is resolved once per hop (in a helper thread, so a dead resolver cannot hang the
  caller past the timeout); every address it resolves to is checked with
  :func:`~tradeshock.ingest.addresses.address_problem` and the connection is made to that checked
  address, while the ``Host`` header, TLS SNI and certificate check use the host name, so DNS
  cannot change the answer between the check and the connection;
* redirects (301, 302, 303, 307, 308) are followed by hand, at most ``max_redirects``, each new
  location checked like the first;
* ``timeout`` bounds the whole fetch (resolution, connection, every read, all redirects);
* the content type must be HTML, text or JSON (a missing one is allowed: the body decides);
* the body is read in chunks and abandoned as soon as it passes ``max_bytes`` (a declared
  ``Content-Length`` over the cap is refused before reading); gzip/deflate bodies are decoded
  under the same cap.

Proxy settings in the environment are not used: a proxy would make the address check moot.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from tradeshock import __version__
from tradeshock.errors import FetchError
from tradeshock.ingest.addresses import IPNetwork, address_problem, in_networks, parse_ip, parse_networks
from tradeshock.ingest.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
    FetchedDocument,
    content_kind,
)

Resolver = Callable[[str, int], Sequence[str]]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = f"tradeshock/{__version__} (+https://github.com/tradeshock)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,text/markdown;q=0.8"
_CHUNK = 64 * 1024
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


def is_url(spec: str) -> bool:
    """True when ``spec`` looks like a URL (``scheme://...``) rather than a path."""
    head, sep, _ = spec.strip().partition("://")
    return bool(sep) and len(head) > 1 and head.replace("+", "").replace("-", "").replace(".", "").isalnum()


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # ASCII (IDNA) host name or IP literal, without brackets
    port: int
    request_path: str


class HttpFetcher:
    """Fetches URLs with the safeguards listed in the module docstring.

    ``resolver(host, port)`` returns IP address strings; the default asks the system resolver.
    ``allowed_networks`` are always permitted (for example ``["10.1.2.0/24"]`` for an
    intranet mirror), even when ``allow_private`` is false.
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
        max_redirects: int = MAX_REDIRECTS,
        resolver: Resolver | None = None,
        allowed_networks: Iterable[str] = (),
        ssl_context: ssl.SSLContext | None = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        if max_bytes <= 0 or timeout <= 0 or max_redirects < 0:
            raise ValueError("max_bytes and timeout must be positive, max_redirects not negative")
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.resolver = resolver
        self.allowed_networks: tuple[IPNetwork, ...] = parse_networks(allowed_networks)
        self._ssl_context = ssl_context
        self.user_agent = user_agent

    def fetch(self, url: str) -> FetchedDocument:
        url = url.strip()
        deadline = time.monotonic() + self.timeout
        current = url
        for hop in range(self.max_redirects + 1):
            target = _parse_target(current, url, hop)
            addresses = self._checked_addresses(target, url, hop, deadline)
            result = self._request(target, addresses, url, deadline)
            if isinstance(result, FetchedDocument):
                return result
            current = urljoin(current, result)
        raise FetchError(url, f"too many redirects (more than {self.max_redirects})")

    # -- one hop -------------------------------------------------------------------------------

    def _checked_addresses(self, target: _Target, source: str, hop: int, deadline: float) -> list[str]:
        addresses = self._resolve(target, source, deadline)
        for address in addresses:
            try:
                problem = address_problem(address)
            except ValueError:
                raise FetchError(
                    source, f"{target.host} resolved to an unusable address {address!r}"
                ) from None
            if problem is None or self.allow_private or in_networks(address, self.allowed_networks):
                continue
            shown = target.host if target.host == address.split("%")[0] else f"{target.host} ({address})"
            lead = f"redirect to {target.url} refused" if hop else "refused"
            raise FetchError(source, f"{lead}: {shown} is {problem} (pass --allow-private to allow it)")
        return addresses

    def _resolve(self, target: _Target, source: str, deadline: float) -> list[str]:
        try:
            return [str(parse_ip(target.host))]
        except ValueError:
            pass
        if self.resolver is not None:
            try:
                found = list(self.resolver(target.host, target.port))
            except OSError as exc:
                raise FetchError(source, f"could not resolve host {target.host!r} ({_reason(exc)})") from None
        else:
            found = _system_resolve(target.host, target.port, source, deadline)
        unique = list(dict.fromkeys(found))
        if not unique:
            raise FetchError(source, f"could not resolve host {target.host!r} (no addresses)")
        return unique

    def _request(
        self, target: _Target, addresses: list[str], source: str, deadline: float
    ) -> FetchedDocument | str:
        """The document, or the next location when the server redirects."""
        conn = self._connect(target, addresses, source, deadline)
        resp: http.client.HTTPResponse | None = None
        try:
            sock = conn.sock
            assert sock is not None
            sock.settimeout(_remaining(deadline, source, self.timeout))
            conn.request("GET", target.request_path, headers=self._headers())
            resp = conn.getresponse()
            if resp.status in REDIRECT_STATUSES:
                location = resp.getheader("Location")
                if not location or not location.strip():
                    raise FetchError(source, f"HTTP {resp.status} redirect without a Location header")
                return location.strip()
            if not 200 <= resp.status < 300:
                raise FetchError(source, f"HTTP {resp.status} {resp.reason}".rstrip())
            content_type = resp.getheader("Content-Type")
            media = content_type.split(";", 1)[0].strip().lower() if content_type else None
            if content_kind(media) is None:
                raise FetchError(source, f"unsupported content type {media!r} (expected HTML, text or JSON)")
            body = self._read_body(resp, sock, source, deadline)
            headers = {k.lower(): v for k, v in resp.getheaders()}
            return FetchedDocument(source, target.url, resp.status, content_type, body, headers)
        except TimeoutError:
            raise FetchError(source, f"timed out after {self.timeout:g} s") from None
        except ssl.SSLError as exc:
            raise FetchError(source, f"TLS error ({_reason(exc)})") from None
        except http.client.HTTPException as exc:
            raise FetchError(
                source, f"bad HTTP response ({type(exc).__name__}: {exc})".replace(": )", ")")
            ) from None
        except OSError as exc:
            raise FetchError(source, f"connection failed ({_reason(exc)})") from None
        finally:
            if resp is not None:
                resp.close()
            conn.close()

    def _connect(
        self, target: _Target, addresses: list[str], source: str, deadline: float
    ) -> http.client.HTTPConnection:
        last: BaseException | None = None
        for address in addresses:
            remaining = _remaining(deadline, source, self.timeout)
            conn: http.client.HTTPConnection
            if target.scheme == "https":
                conn = _PinnedHTTPSConnection(target.host, target.port, address, remaining, self._context())
            else:
                conn = _PinnedHTTPConnection(target.host, target.port, address, remaining)
            try:
                conn.connect()
                return conn
            except TimeoutError:
                conn.close()
                raise FetchError(
                    source, f"timed out after {self.timeout:g} s (connecting to {target.host})"
                ) from None
            except ssl.SSLCertVerificationError as exc:
                conn.close()
                raise FetchError(
                    source, f"TLS certificate not accepted ({exc.verify_message or exc})"
                ) from None
            except ssl.SSLError as exc:
                conn.close()
                raise FetchError(source, f"TLS error ({_reason(exc)})") from None
            except OSError as exc:
                conn.close()
                last = exc
        reason = _reason(last) if last else "no address"
        raise FetchError(source, f"could not connect to {target.host} ({reason})")

    def _read_body(
        self, resp: http.client.HTTPResponse, sock: socket.socket, source: str, deadline: float
    ) -> bytes:
        cap = self.max_bytes
        declared = resp.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > cap:
            raise FetchError(source, f"response is {int(declared):,} bytes, over the {cap:,}-byte limit")
        encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
        decoder = _decoder(encoding, source)
        out = bytearray()
        raw_total = 0
        while True:
            sock.settimeout(_remaining(deadline, source, self.timeout))
            chunk = resp.read1(_CHUNK)
            if not chunk:
                break
            raw_total += len(chunk)
            if raw_total > cap:
                raise FetchError(source, f"response larger than the {cap:,}-byte limit (stopped reading)")
            if decoder is None:
                out += chunk
            else:
                out += _inflate(decoder, chunk, cap + 1 - len(out), source)
            if len(out) > cap:
                raise FetchError(source, f"response larger than the {cap:,}-byte limit (stopped reading)")
        if decoder is not None:
            out += decoder.flush()
            if len(out) > cap:
                raise FetchError(source, f"response larger than the {cap:,}-byte limit (stopped reading)")
        return bytes(out)

    def _headers(self) -> dict[str, str]:
        return {
            "User-Agent": self.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context


# -- connections pinned to a checked address -----------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to ``address`` that still names ``host`` in the ``Host`` header."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """As above, over TLS; SNI and the certificate check use ``host``, not the address."""

    default_port = http.client.HTTPS_PORT

    def __init__(self, host: str, port: int, address: str, timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(host, port, address, timeout)
        self._tls = context

    def connect(self) -> None:
        super().connect()
        assert self.sock is not None
        self.sock = self._tls.wrap_socket(self.sock, server_hostname=self.host)


# -- helpers ----------------------------------------------------------------------------------------


def _parse_target(url: str, source: str, hop: int) -> _Target:
    what = f"redirect to {url}" if hop else "URL"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(source, f"{what} is not valid ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            source, f"{what} refused: scheme {scheme or '(none)'!r} is not supported (only http and https)"
        )
    if parts.username is not None or parts.password is not None:
        raise FetchError(source, f"{what} refused: user names and passwords in URLs are not supported")
    host = parts.hostname
    if not host:
        raise FetchError(source, f"{what} has no host")
    try:
        parse_ip(host)
    except ValueError:
        try:
            host = host.rstrip(".").encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(source, f"{what} has an invalid host name {host!r}") from None
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    default = 443 if scheme == "https" else 80
    return _Target(url=url, scheme=scheme, host=host, port=port or default, request_path=path)


def _system_resolve(host: str, port: int, source: str, deadline: float) -> list[str]:
    """``getaddrinfo`` in a daemon thread, so a resolver that never answers cannot hang us."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except Exception as exc:  # handed back to the caller below
            box["error"] = exc

    worker = threading.Thread(target=work, name="tradeshock-resolve", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise FetchError(source, f"timed out resolving host {host!r} (offline?)")
    error = box.get("error")
    if isinstance(error, OSError):
        raise FetchError(source, f"could not resolve host {host!r} ({_reason(error)}; offline?)")
    if isinstance(error, Exception):
        raise FetchError(source, f"could not resolve host {host!r} ({error})")
    infos: Any = box.get("infos") or []
    return [str(info[4][0]) for info in infos]


def _remaining(deadline: float, source: str, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(source, f"timed out after {timeout:g} s")
    return left


def _decoder(encoding: str, source: str) -> Any:
    if encoding in ("identity", ""):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise FetchError(source, f"unsupported content encoding {encoding!r}")


def _inflate(decoder: Any, chunk: bytes, room: int, source: str) -> bytes:
    try:
        return decoder.decompress(chunk, max(room, 1))
    except zlib.error as exc:
        raise FetchError(source, f"corrupt compressed response ({exc})") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, ssl.SSLError) and exc.reason:
        return str(exc.reason)
    text = str(exc).strip()
    return text or type(exc).__name__
