"""Bytes to article text: binary detection, decoding, newline normalisation, sniffing, titles.

Decoding policy (the same for files, stdin and URLs):

* a UTF-8 byte-order mark is dropped; text with a UTF-16 or UTF-32 byte-order mark (what Windows
  editors save as "Unicode") is decoded by it and read as UTF-8 from then on (``from_wide_unicode``);
  without a mark such text holds NUL bytes and is refused as binary;
* NUL bytes, known binary signatures (PDF, ZIP/Office, images, gzip) or more than 10 % control
  characters mean "binary" and are refused;
* UTF-8 is tried first; if it fails, cp1252 (Windows Western) is accepted only when it decodes
  without error and at most 10 % of the characters come out non-ASCII (an English article with a
  few curly quotes or accents). Anything else is refused as "not UTF-8 text";
* ``\\r\\n`` and lone ``\\r`` become ``\\n``. Nothing else is changed, so every offset tradeshock
  reports is an offset into the text exactly as stored in ``Article.text``.
"""

from __future__ import annotations

import codecs
import re

from tradeshock.errors import InputError

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"{\\rtf", "an RTF document"),
)
# (UTF-32-LE's mark begins with UTF-16-LE's: it is looked for first)
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
              (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, newlines, \v, \f are fine
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MAX_CONTROL_SHARE = 0.10
MAX_CP1252_NON_ASCII_SHARE = 0.10


def from_wide_unicode(data: bytes, source: str) -> bytes | None:
    """The UTF-8 bytes of text that starts with a UTF-16 or UTF-32 byte-order mark, else ``None``."""
    codec = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
    if codec is None:
        return None
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeError as exc:
        where = f" at offset {exc.start}" if isinstance(exc, UnicodeDecodeError) else ""
        raise InputError(source, f"not valid {codec.upper()} text ({exc.reason}{where})") from None


def check_not_binary(data: bytes, source: str) -> None:
    """Raise :class:`InputError` when ``data`` is plainly not text."""
    head = data[:16]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise InputError(source, f"binary file ({what}), not text")
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes), not text")


def decode_bytes(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode article bytes by the policy in the module docstring (newlines normalised).

    ``charset`` (from an HTTP header) is used first when it names a known codec.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    check_not_binary(data, source)
    text = None
    codec = _known_codec(charset)
    if codec and codec not in ("utf-8", "ascii"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _cp1252_if_clean(data)
            if text is None:
                raise InputError(
                    source,
                    f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})",
                ) from None
    text = text.removeprefix("\ufeff")
    check_text_not_binary(text, source)
    return normalise_newlines(text)


def check_text_not_binary(text: str, source: str) -> None:
    """Refuse decoded text holding NULs or mostly control characters."""
    if "\x00" in text:
        raise InputError(source, "binary data (contains NUL characters), not text")
    if not text:
        return
    controls = len(_CONTROL_CHARS.findall(text))
    if controls / len(text) > MAX_CONTROL_SHARE:
        raise InputError(source, "binary data (mostly control characters), not text")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``; nothing else."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_has_text(text: str, source: str, what: str = "file") -> None:
    """Refuse empty or whitespace-only article text."""
    if not text:
        raise InputError(source, f"{what} is empty")
    if is_blank(text):
        raise InputError(source, f"{what} contains only whitespace")


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")  # zero-width spaces and joiners, word joiner, BOM


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing but white space and invisible zero-width characters."""
    return not _INVISIBLE.sub("", text).strip()


def _known_codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _cp1252_if_clean(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii / len(text) > MAX_CP1252_NON_ASCII_SHARE:
        return None
    return text


_HTML_START = re.compile(
    r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"<(head|body|p|div|article|title|meta|h1|section)[\s>/]", re.IGNORECASE)


def sniff_kind(text: str) -> str:
    """Guess the format of text with no trustworthy name: ``html``, ``json`` or ``text``.

    HTML: starts with a doctype or ``<html>``, or starts with ``<`` and has a common HTML tag in
    its first 4,000 characters. JSON: starts with ``{`` and ends with ``}``. Anything else is text.
    """
    head = text[:4000]
    if _HTML_START.match(head):
        return "html"
    stripped = text.strip()
    if stripped.startswith("<") and _HTML_TAG.search(head):
        return "html"
    if stripped.startswith("{") and stripped.endswith("}"):
        return "json"
    return "text"


MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30


def guess_title(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line when it reads like a headline, else ``None``.

    A headline is at most 200 characters and 30 words, does not end with a full stop, comma,
    semicolon or colon, is not a list item, and is not the only line of the text. For Markdown, a
    leading ``---`` front matter block is skipped, and leading ``#`` marks and surrounding emphasis
    are removed from the returned title.
    """
    lines = [line.strip() for line in text.split("\n")]
    if markdown and lines[0] == "---" and "---" in lines[1:]:
        lines = lines[lines.index("---", 1) + 1 :]  # YAML front matter, not the headline
    non_empty = [line for line in lines if line]
    if len(non_empty) < 2:
        return None
    first = non_empty[0]
    if markdown:
        first = first.lstrip("#").strip()
        wrapped = re.fullmatch(r"(\*\*|__|\*|_)(.+)\1", first)
        if wrapped:
            first = wrapped.group(2).strip()
    if not first or len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS:
        return None
    if first.endswith((".", ",", ";", ":")) or re.match(r"^([-*+\u2022]|\d+[.)])\s", first):
        return None
    return first
