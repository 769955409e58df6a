"""Articles from files and standard input: formats, sidecars, dates, and every kind of bad input."""

from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradeshock.errors import InputError
from tradeshock.ingest import load_input, load_inputs, parse_published
from tradeshock.ingest.text import guess_title, sniff_kind

from .conftest import ARTICLE_HTML

BODY = "Washington raised tariffs on steel to 50% on Wednesday.\nOfficials said more measures could follow.\n"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# -- good files ------------------------------------------------------------------------------------


def test_txt_kept_as_read_with_headline_title(tmp_path: Path) -> None:
    text = "Steel tariffs doubled\n\n" + BODY
    article = load_input(str(write(tmp_path / "a.txt", text)))
    assert article.text == text
    assert article.title == "Steel tariffs doubled"
    assert article.published is None
    assert article.origin == str(tmp_path / "a.txt")
    assert article.language == "en"


def test_crlf_becomes_lf_and_bom_dropped_so_offsets_match(tmp_path: Path) -> None:
    raw = "\ufeffTitle line\r\nFirst sentence about Scott Bessent.\r\nSecond line.\r\n"
    article = load_input(str(write(tmp_path / "a.txt", raw)))
    assert article.text == "Title line\nFirst sentence about Scott Bessent.\nSecond line.\n"
    start = article.text.index("Scott")
    assert article.text[start : start + 13] == "Scott Bessent"
    assert "\r" not in article.text


def test_first_line_with_full_stop_is_not_a_title(tmp_path: Path) -> None:
    article = load_input(str(write(tmp_path / "a.txt", BODY)))
    assert article.title is None


def test_markdown_kept_as_is_title_without_hashes(tmp_path: Path) -> None:
    text = "# EU answers with *counter-tariffs*\n\nBrussels listed goods worth EUR 21 billion.\n"
    article = load_input(str(write(tmp_path / "n.md", text)))
    assert article.text == text
    assert article.title == "EU answers with *counter-tariffs*"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    article = load_input(str(write(tmp_path / "page.html", ARTICLE_HTML)))
    assert "Commerce Secretary Howard Lutnick" in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Sign in" not in article.text
    assert article.title == "Chip stocks climb as London talks end"
    assert article.published == "2025-06-11"
    assert article.author == "Ada Example"
    assert article.source == "Loopback Gazette"


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.htm", "<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(InputError, match=r"blank\.htm: no article text found"):
        load_input(str(path))


def test_json_fields(tmp_path: Path) -> None:
    doc = {
        "title": "Japan curbs chip tool exports",
        "text": "Tokyo added 23 items to its export list.\r\nThe rules start in July.",
        "published": "2023-05-23",
        "url": "https://example.org/a",
        "source": "Example Wire",
        "author": "B. Writer",
        "language": "EN",
        "extra": 42,
    }
    article = load_input(str(write(tmp_path / "a.json", json.dumps(doc))))
    assert article.text == "Tokyo added 23 items to its export list.\nThe rules start in July."
    assert (article.title, article.published, article.url) == (doc["title"], "2023-05-23", doc["url"])
    assert (article.source, article.author, article.language) == ("Example Wire", "B. Writer", "en")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "x", "text": ', r"a\.json: malformed JSON"),
        ('{"title": "no text here"}', r"a\.json: JSON has no 'text' field"),
        ('{"text": "   "}', r"a\.json: JSON field 'text' is empty"),
        ('{"text": 12}', r"a\.json: JSON field 'text' must be a string, not a number"),
        ('["text"]', r"a\.json: JSON must be an object"),
        ('{"text": "ok", "title": ["a"]}', r"a\.json: JSON field 'title' must be a string, not an array"),
        (
            '{"text": "ok", "published": "10/06/2025"}',
            r"a\.json: JSON field 'published' '10/06/2025' is not valid",
        ),
    ],
)
def test_bad_json(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_input(str(write(tmp_path / "a.json", content)))


# -- unknown extensions: sniffed -----------------------------------------------------------------


def test_unknown_extension_sniffed_as_html(tmp_path: Path) -> None:
    article = load_input(str(write(tmp_path / "page.asp", ARTICLE_HTML)))
    assert article.title == "Chip stocks climb as London talks end"
    assert "<p>" not in article.text


def test_sniffed_html_keeps_its_declared_charset(tmp_path: Path) -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="shift_jis"><title>関税の発表</title></head><body>'
            "<article><p>" + "米国は中国からの輸入品に追加関税を課すと発表した。" * 20 + "</p></article></body></html>")
    raw = page.encode("shift_jis")
    named = load_input(str(write(tmp_path / "page.html", raw)))
    unnamed = load_input(str(write(tmp_path / "page", raw)))
    assert unnamed.title == named.title == "関税の発表"
    assert "追加関税" in unnamed.text


def test_unknown_extension_sniffed_as_text(tmp_path: Path) -> None:
    article = load_input(str(write(tmp_path / "story", BODY)))
    assert article.text == BODY


def test_known_binary_extension_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"report\.pdf: unsupported format '\.pdf'"):
        load_input(str(write(tmp_path / "report.pdf", b"%PDF-1.7 ...")))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <div><p>Tariffs</p></div>", "html"),
        ('{"text": "x"}', "json"),
        ("<Tariffs> are <taxes> on imports", "text"),
        ("Plain words only.", "text"),
    ],
)
def test_sniff_kind(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


# -- bad inputs ----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file$"):
        load_input(str(tmp_path / "nope.txt"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"is a directory"):
        load_input(str(tmp_path))


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "")
    with pytest.raises(InputError) as info:
        load_input(str(path))
    assert str(info.value) == f"{path}: file is empty"
    assert info.value.source == str(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.txt: file contains only whitespace"):
        load_input(str(write(tmp_path / "a.txt", " \n\t\r\n  ")))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Tariffs\x00\x00\x01binary", r"binary file \(contains NUL bytes\)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", r"binary file \(a PDF document\)"),
        (b"PK\x03\x04\x14\x00\x06\x00", r"binary file \(a ZIP archive"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 text" * 20, r"binary data \(mostly control characters\)"),
        (b"T\x00a\x00r\x00i\x00f\x00f\x00", r"binary file \(contains NUL bytes\)"),  # UTF-16 without a mark
        (b"\xff\xfeT\x00\x00\xd8a\x00", r"not valid UTF-16 text \(illegal UTF-16 surrogate at offset 4\)"),
    ],
)
def test_binary_refused(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=r"blob\.txt: " + message):
        load_input(str(write(tmp_path / "blob.txt", content)))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.json", "a.md"])
def test_wide_unicode_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str, name: str) -> None:
    # what Windows editors save as "Unicode": UTF-16 (or UTF-32) starting with a byte-order mark
    text = "Tariffs on \u201csteel\u201d rise\nBeijing raised tariffs on US soybeans to 25% on Friday.\n"
    body = {
        "a.txt": text,
        "a.md": text,
        "a.html": f"<html><head><meta charset='{codec}'><title>Tariffs</title></head><body><article><p>{text}</p>"
                  f"</article></body></html>",
        "a.json": json.dumps({"text": text, "published": "2018-07-06"}),
    }[name]
    bom = {"utf-16": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": codecs.BOM_UTF32_LE,
           "utf-32-be": codecs.BOM_UTF32_BE}[codec]
    encoded = bom + body.encode({"utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(codec, codec))
    article = load_input(str(write(tmp_path / name, encoded)))
    assert "Beijing raised tariffs on US soybeans to 25% on Friday." in article.text
    assert "\x00" not in article.text and "\ufeff" not in article.text


def test_undecodable_refused(tmp_path: Path) -> None:
    # Russian in KOI8-R: not UTF-8, and as cp1252 it would be mostly accented junk.
    data = "Пошлины на сталь повышены до пятидесяти процентов".encode("koi8-r")
    with pytest.raises(
        InputError, match=r"a\.txt: not UTF-8 text \(invalid byte 0x[0-9a-f]{2} at offset 0\)"
    ):
        load_input(str(write(tmp_path / "a.txt", data)))


def test_cp1252_accepted_when_clean(tmp_path: Path) -> None:
    text = "Tariffs \u201churt\u201d exporters, said the caf\u00e9 owner in Lyon.\nMore follows.\n"
    article = load_input(str(write(tmp_path / "a.txt", text.encode("cp1252"))))
    assert article.text == text


def test_cp1252_with_undefined_byte_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not UTF-8 text"):
        load_input(str(write(tmp_path / "a.txt", b"Steel tariffs \x81 rose sharply.\n")))


def test_over_size_cap_checked_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 2000)
    with pytest.raises(InputError, match=r"big\.txt: file is 2,000 bytes, over the 1,000-byte limit"):
        load_input(str(path), max_bytes=1000)
    assert load_input(str(path), max_bytes=2000).text == "x" * 2000


def test_over_size_cap_when_size_unknown(tmp_path: Path) -> None:
    # A FIFO reports size 0; the cap must still hold while reading.
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as out:
            try:
                out.write(b"y" * 5000)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    with pytest.raises(InputError, match=r"pipe\.txt: file is over the 1,000-byte limit"):
        load_input(str(fifo), max_bytes=1000)
    writer.join(5)


def test_empty_spec() -> None:
    with pytest.raises(InputError, match="no input given"):
        load_input("  ")


# -- sidecar and the publication date ------------------------------------------------------------


def test_sidecar_supplies_metadata(tmp_path: Path) -> None:
    write(tmp_path / "talks.txt", "Talks resume in London\n\n" + BODY)
    meta = {
        "published": "2025-06-10",
        "source": "Wire",
        "url": "https://w.example/1",
        "language": "en",
        "author": "Z",
    }
    write(tmp_path / "talks.meta.json", json.dumps(meta))
    article = load_input(str(tmp_path / "talks.txt"))
    assert (article.published, article.source, article.url, article.author) == (
        "2025-06-10",
        "Wire",
        "https://w.example/1",
        "Z",
    )
    assert article.title == "Talks resume in London"


def test_sidecar_title_beats_guessed_title(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Short headline\n\n" + BODY)
    write(tmp_path / "a.meta.json", '{"title": "The real title"}')
    assert load_input(str(tmp_path / "a.txt")).title == "The real title"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"a\.meta\.json: malformed JSON in sidecar"),
        ('["x"]', r"a\.meta\.json: sidecar must be a JSON object"),
        ('{"published": "June 10"}', r"a\.meta\.json: sidecar field 'published' 'June 10' is not valid"),
        ('{"source": 3}', r"a\.meta\.json: sidecar field 'source' must be a string"),
    ],
)
def test_bad_sidecar(tmp_path: Path, content: str, message: str) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", content)
    with pytest.raises(InputError, match=message):
        load_input(str(tmp_path / "a.txt"))


def test_published_argument_beats_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", '{"published": "2025-06-10"}')
    assert load_input(str(tmp_path / "a.txt"), published="2025-06-12").published == "2025-06-12"


def test_published_argument_beats_json_field(tmp_path: Path) -> None:
    write(tmp_path / "a.json", '{"text": "Tariffs.", "published": "2024-01-01"}')
    assert (
        load_input(str(tmp_path / "a.json"), published="2024-02-02T10:00:00Z").published
        == "2024-02-02T10:00:00+00:00"
    )


def test_sidecar_beats_json_field_and_json_beats_nothing(tmp_path: Path) -> None:
    write(tmp_path / "a.json", '{"text": "Tariffs.", "published": "2024-01-01"}')
    assert load_input(str(tmp_path / "a.json")).published == "2024-01-01"
    write(tmp_path / "a.meta.json", '{"published": "2024-03-03"}')
    assert load_input(str(tmp_path / "a.json")).published == "2024-03-03"


def test_sidecar_beats_html_metadata_and_argument_beats_both(tmp_path: Path) -> None:
    write(tmp_path / "p.html", ARTICLE_HTML)
    assert load_input(str(tmp_path / "p.html")).published == "2025-06-11"
    write(tmp_path / "p.meta.json", '{"published": "2025-06-09"}')
    assert load_input(str(tmp_path / "p.html")).published == "2025-06-09"
    assert load_input(str(tmp_path / "p.html"), published="2025-06-01").published == "2025-06-01"


def test_no_date_anywhere_stays_none(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('<meta property="article:published_time" content="2025-06-11T07:30:00Z">', "")
    assert load_input(str(write(tmp_path / "p.html", html))).published is None


@pytest.mark.parametrize("bad", ["2025-13-01", "June 10, 2025", "2025-06", "tomorrow", "2025-02-30"])
def test_invalid_published_argument(tmp_path: Path, bad: str) -> None:
    path = write(tmp_path / "a.txt", BODY)
    with pytest.raises(
        InputError, match=rf"a\.txt: published date '{bad}' is not valid \(expected an ISO date"
    ):
        load_input(str(path), published=bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-10", "2025-06-10"),
        (" 2025-06-10 ", "2025-06-10"),
        ("2025-06-10T09:30", "2025-06-10T09:30:00"),
        ("2025-06-10T09:30:00Z", "2025-06-10T09:30:00+00:00"),
        ("2025-06-10 09:30:00+08:00", "2025-06-10T09:30:00+08:00"),
        ("2025-06-10T25:00", None),
        ("20250610", None),
        ("", None),
        (None, None),
        (20250610, None),
    ],
)
def test_parse_published(value: object, expected: str | None) -> None:
    assert parse_published(value) == expected


# -- titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("US and China agree framework\n\nBody text.", "US and China agree framework"),
        ("\n\n  Will tariffs bite?  \nBody.", "Will tariffs bite?"),
        ("Only one line without a full stop", None),
        ("This first line ends with a full stop.\nBody.", None),
        ("- a bullet item\nBody.", None),
        (" ".join(["word"] * 40) + "\nBody.", None),
    ],
)
def test_guess_title(text: str, title: str | None) -> None:
    assert guess_title(text) == title


# -- stdin ---------------------------------------------------------------------------------------


def test_stdin_text_stream() -> None:
    article = load_input(
        "-", stdin=io.StringIO("Pause extended\r\n\r\nBody text here."), published="2025-04-09"
    )
    assert article.text == "Pause extended\n\nBody text here."
    assert (article.origin, article.title, article.published) == ("<stdin>", "Pause extended", "2025-04-09")


def test_stdin_binary_stream_sniffs_html() -> None:
    article = load_input("-", stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert article.title == "Chip stocks climb as London talks end"


def test_stdin_empty() -> None:
    with pytest.raises(InputError, match=r"^<stdin>: input is empty$"):
        load_input("-", stdin=io.BytesIO(b""))


def test_stdin_over_cap() -> None:
    with pytest.raises(InputError, match=r"<stdin>: input is over the 10-byte limit"):
        load_input("-", stdin=io.BytesIO(b"x" * 11), max_bytes=10)


# -- several inputs ------------------------------------------------------------------------------


def test_load_inputs_keeps_order_and_reports_bad_ones(tmp_path: Path) -> None:
    good1 = write(tmp_path / "1.txt", "One\n\nFirst body.")
    empty = write(tmp_path / "2.txt", "")
    good2 = write(tmp_path / "3.txt", "Three\n\nThird body.")
    specs = [str(good1), str(empty), str(tmp_path / "missing.txt"), str(good2)]
    results = list(load_inputs(specs, published="2025-01-02"))
    assert [spec for spec, _ in results] == specs
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == ["Article", "InputError", "InputError", "Article"]
    assert str(results[1][1]).endswith("file is empty")
    assert str(results[2][1]).endswith("no such file")
    assert results[3][1].title == "Three"  # type: ignore[union-attr]
    assert results[3][1].published == "2025-01-02"  # type: ignore[union-attr]


def test_load_inputs_refuses_bad_published_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^published: date 'soon' is not valid"):
        list(load_inputs([str(tmp_path / "missing.txt")], published="soon"))


def test_load_inputs_stdin_only_once() -> None:
    results = list(load_inputs(["-", "-"], stdin=io.StringIO("Head\n\nBody.")))
    assert results[0][1].text == "Head\n\nBody."  # type: ignore[union-attr]
    assert isinstance(results[1][1], InputError)
    assert "more than once" in str(results[1][1])


# -- import weight -------------------------------------------------------------------------------


def test_trafilatura_imported_only_for_html(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", BODY)
    html = write(tmp_path / "a.html", ARTICLE_HTML)
    code = (
        "import sys\n"
        "from tradeshock.ingest import load_input\n"
        f"load_input({str(txt)!r})\n"
        "before = 'trafilatura' in sys.modules\n"
        f"load_input({str(html)!r})\n"
        "print(before, 'trafilatura' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_markdown_title_unwraps_whole_line_emphasis() -> None:
    assert guess_title("## **Tariff truce holds**\n\nBody.", markdown=True) == "Tariff truce holds"


def test_path_objects_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Head line\n\nBody.")
    assert load_input(path).title == "Head line"
    [(spec, article)] = list(load_inputs([path]))
    assert spec == str(path) and article.origin == str(path)  # type: ignore[union-attr]


# -- odd but valid input, and bad input that used to escape as a traceback ------------------------


def test_json_lone_surrogate_escape_becomes_a_replacement_character(tmp_path: Path) -> None:
    # valid JSON ("\ud800" alone), but no UTF-8 output can hold it: the text and the metadata get U+FFFD
    # in its place (one character for one, so offsets do not move)
    raw = '{"text": "Tariffs rose \\ud800 on steel.\\nMore later.", "title": "Bad \\udc00 title"}'
    article = load_input(str(write(tmp_path / "a.json", raw)))
    assert article.text == "Tariffs rose \ufffd on steel.\nMore later."
    assert article.title == "Bad \ufffd title"
    article.text.encode("utf-8")
    # a proper escaped pair is one character, kept
    pair = load_input(str(write(tmp_path / "b.json", '{"text": "Soy \\ud83d\\ude00 tariffs.\\nMore."}')))
    assert pair.text == "Soy \U0001f600 tariffs.\nMore."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "ok", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", r"a\.json: JSON nested too deeply"),
        ('{"text": "ok", "x": 1' + "0" * 5000 + "}", r"a\.json: malformed JSON.*\(Exceeds the limit \(4300 digits\)"),
    ],
)
def test_json_too_deep_or_huge_number_is_an_input_error(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_input(str(write(tmp_path / "a.json", content)))
    write(tmp_path / "b.txt", BODY)
    write(tmp_path / "b.meta.json", content)
    with pytest.raises(InputError, match=message.replace("a\\.json", "b\\.meta\\.json")):
        load_input(str(tmp_path / "b.txt"))


def test_invisible_characters_only_count_as_whitespace(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.txt: file contains only whitespace"):
        load_input(str(write(tmp_path / "a.txt", "\ufeff\u200b\u200b\n\u2060\u200d\n")))


def test_markdown_front_matter_is_not_the_title(tmp_path: Path) -> None:
    text = "---\ntitle: Steel\ndate: 2025-06-10\n---\n\n# Steel tariffs doubled\n\n" + BODY
    article = load_input(str(write(tmp_path / "a.md", text)))
    assert article.text == text  # kept as read
    assert article.title == "Steel tariffs doubled"


def test_html_file_holding_plain_text_is_read_as_text(tmp_path: Path) -> None:
    article = load_input(str(write(tmp_path / "a.html", "Steel tariffs doubled\n\n" + BODY)))
    assert article.text == "Steel tariffs doubled\n\n" + BODY
    assert article.title == "Steel tariffs doubled"
