"""Articles from files on disk, with their optional ``NAME.meta.json`` sidecar.

The extension picks the reader: ``.txt``/``.text`` and ``.md``/``.markdown`` (text kept as is),
``.html``/``.htm``/``.xhtml`` (main text extracted), ``.json`` (an article object). Common
document, image and archive extensions (``.pdf``, ``.docx``, ``.png``, ``.zip``...) are refused
by name. Any other extension, or none, is sniffed: HTML when the content looks like HTML, JSON
when it is a ``{...}`` object, text otherwise; binary or undecodable content is refused.

A sidecar sits next to the file with the last extension replaced by ``.meta.json``
(``london-talks.txt`` -> ``london-talks.meta.json``). It is a JSON object with any of
``published``, ``source``, ``url``, ``language``, ``title``, ``author``; other keys are ignored.
Its values win over what the file itself says (JSON fields, HTML metadata, a guessed title).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tradeshock.errors import InputError
from tradeshock.ingest.base import Metadata
from tradeshock.ingest.formats import load_json, metadata_from_mapping, parse_document

EXTENSION_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
}
REFUSED_EXTENSIONS = frozenset(
    ".pdf .doc .docx .odt .rtf .epub .xls .xlsx .ods .ppt .pptx .png .jpg .jpeg .gif .webp .bmp .tif .tiff "
    ".zip .gz .tgz .bz2 .xz .7z .tar .mp3 .mp4 .exe .bin .jsonl .ndjson".split()
)
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 1_000_000


def read_article_file(spec: str, max_bytes: int) -> tuple[str, Metadata, Metadata]:
    """``(text, metadata from the file, metadata from its sidecar)`` for the file at ``spec``."""
    path = Path(spec)
    ext = path.suffix.lower()
    if ext in REFUSED_EXTENSIONS:
        raise InputError(spec, f"unsupported format '{ext}' (expected .txt, .md, .html or .json)")
    kind = EXTENSION_KINDS.get(ext, "sniff")
    data = read_limited(path, spec, max_bytes)
    text, meta = parse_document(data, kind, spec)
    return text, meta, read_sidecar(path)


def read_limited(path: Path, source: str, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of ``path``; the size is checked before reading and again while reading."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read {what} ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(source, "is a directory, not a file")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError(source, f"{what} is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read {what} ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(source, f"{what} is over the {max_bytes:,}-byte limit")
    return data


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` would be (``a/b.txt`` -> ``a/b.meta.json``)."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> Metadata:
    """The metadata in the sidecar of ``path``, or empty metadata when there is none."""
    side = sidecar_path(path)
    if side == path or not os.path.lexists(side):
        return Metadata()
    source = str(side)
    data = read_limited(side, source, MAX_SIDECAR_BYTES, what="sidecar")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "sidecar is not UTF-8") from None
    obj = load_json(raw, source, " in sidecar")
    if not isinstance(obj, dict):
        raise InputError(source, "sidecar must be a JSON object")
    return metadata_from_mapping(obj, source, "sidecar field")
