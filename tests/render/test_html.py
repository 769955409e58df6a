"""The HTML report: self-contained, balanced, escaped, with every highlight where the brief says."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeshock.errors import InputError
from tradeshock.models import Article
from tradeshock.pipeline import analyze
from tradeshock.render.html import stars_for, to_html

TEXT = (
    "Tariffs <script>alert('t')</script> & steel: the week in trade\n"
    "\n"
    "The United States said on May 12 that it would raise tariffs on Chinese steel & "
    "<script>aluminum</script> to 50%. Commerce Secretary Howard Lutnick said the measure starts next week.\n"
    "China suspended exports of rare earth magnets on April 4, hitting carmakers.\n"
    "Shares of NVIDIA rose 3% while Tesla fell after the announcement.\n"
)
TITLE = "Tariffs <script>alert('t')</script> & steel"
URL = "https://example.com/a?x=1&y=2"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source", "track", "embed"}


class Page(HTMLParser):
    """Checks that every element opened is closed in order, and collects what the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.by_ref: dict[str, str] = {}
        self.by_id: dict[str, str] = {}
        self.attrs_by_id: dict[str, dict[str, str]] = {}
        self.ref_classes: dict[str, list[str]] = {}
        self.article = ""
        self.h1 = ""
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"left open: {[t for t, _ in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "href" in a:
            self.hrefs.append(a["href"])
        if "id" in a:
            self.attrs_by_id[a["id"]] = a
        if "data-ref" in a:
            self.ref_classes.setdefault(a["data-ref"], []).append(a.get("class", ""))
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for tag, a in self.stack:
            if "data-ref" in a:
                self.by_ref[a["data-ref"]] = self.by_ref.get(a["data-ref"], "") + data
            if "id" in a:
                self.by_id[a["id"]] = self.by_id.get(a["id"], "") + data
            if "article-text" in a.get("class", "").split():
                self.article += data
            if tag == "h1":
                self.h1 += data


def _article() -> Article:
    return Article(text=TEXT, title=TITLE, url=URL, source="Test & Co", published="2025-05-13",
                   author="A. <b>Writer</b>")


@pytest.fixture(scope="module")
def base_brief() -> dict:
    d = analyze(_article()).to_dict()
    assert len(d["events"]) >= 2, "the test article should yield at least two events"
    return d


@pytest.fixture
def brief(base_brief: dict) -> dict:
    """The real pipeline's brief plus hand-made claims, market reaction, notes and exposure."""
    d = copy.deepcopy(base_brief)
    e1, e2 = d["events"][0], d["events"][1]
    # a claim that starts inside the first event's evidence and runs past its end: crossing spans
    cstart = e1["evidence"]["start"] + 5
    cend = e1["evidence"]["end"] + 12
    d["claims"] = [
        {"text": TEXT[cstart:cend], "subject": "steel makers", "ticker": None, "direction": "up", "magnitude": 0.18,
         "qualifier": "nearly", "period": {"start": "2025-04-01", "end": "2025-04-10", "kind": "drawdown"},
         "verdict": "contradicted", "reason": "stated nearly 18%, measured <b>18.9%</b>",
         "measured": {"return": -0.189, "basis": "close-to-close", "start": "2025-02-19", "end": "2025-04-08",
                      "symbol": "^GSPC"}, "evidence": {"start": cstart, "end": cend}},
        {"text": "NVIDIA rose 3%", "subject": "NVIDIA", "ticker": "NVDA", "direction": "up", "magnitude": 0.03,
         "period": {"start": "2025-05-12", "end": "2025-05-12"}, "verdict": "supported",
         "measured": {"return": 0.0312, "basis": "close-to-close", "start": "2025-05-09", "end": "2025-05-12"},
         "evidence": {"start": TEXT.index("NVIDIA rose 3%"), "end": TEXT.index("NVIDIA rose 3%") + 14}},
        {"text": "Tesla fell", "subject": "Tesla", "ticker": "TSLA", "direction": "down", "magnitude": None,
         "period": {"start": "2025-05-12", "end": "2025-05-12"}, "verdict": "partly_supported",
         "measured": {"return": -0.004, "basis": "close-to-close"}, "evidence": {"start": 0, "end": 0}},
        {"text": "shares surged at the open", "subject": "Broadcom", "ticker": "AVGO", "direction": "up",
         "magnitude": None, "period": None, "verdict": "not_checkable", "measured": None,
         "reason": "intraday", "evidence": {"start": 0, "end": 0}},
    ]
    d["market_reaction"] = [
        {"event_id": e1["id"], "event_day": "2025-05-12", "ticker": "NUE", "window": [-1, 1], "model": "market",
         "benchmark": "SPY", "car": 0.021, "t_stat": 2.9, "p_value": 0.004, "n_estimation_days": 240,
         "events_on_day": [e1["id"], e2["id"]]},
        {"event_id": e1["id"], "event_day": "2025-05-12", "ticker": "X", "window": [0, 0], "model": "market",
         "benchmark": "SPY", "car": -0.0135, "t_stat": -2.2, "p_value": 0.03, "n_estimation_days": 240,
         "events_on_day": [e1["id"], e2["id"]]},
        {"event_id": e2["id"], "event_day": "2025-04-04", "ticker": "MP", "window": [0, 5], "model": "market",
         "benchmark": "SPY", "car": 0.0712, "t_stat": 1.7, "p_value": 0.07, "n_estimation_days": 200},
        {"event_id": e2["id"], "event_day": "2025-04-04", "ticker": "TSLA", "window": [0, 5], "model": "market",
         "benchmark": "SPY", "car": 0.001, "t_stat": 0.1, "p_value": 0.92, "n_estimation_days": 200,
         "note": "few <prices> & gaps"},
        {"event_id": e2["id"], "event_day": "2025-04-04", "ticker": "GM", "window": [0, 5], "model": "market",
         "benchmark": "SPY", "car": 0.02, "t_stat": 1.0, "p_value": 0.5, "n_estimation_days": 200, "stars": "†"},
    ]
    d["notes"] = ["event E3 is dated 2025-05 (month precision): not studied <sic>"]
    d["exposure"] = list(d["exposure"]) + [
        {"subject": "ai_chips", "sector": "semiconductors", "tickers": ["NVDA", "AMD"], "why": "licences & rules",
         "source": "knowledge base"}]
    return d


CHARTS = [
    {"title": "CAR around 2025-05-12 <steel>", "series": [
        {"label": "NUE", "points": [[-2, 0.0], [-1, 0.004], [0, 0.02], [1, 0.025]],
         "band": [[-2, -0.01, 0.01], [-1, -0.01, 0.018], [0, 0.0, 0.04], [1, 0.0, 0.05]]},
        {"label": "X & <b>co</b>", "points": [[-2, 0.0], [-1, -0.003], [0, -0.013], [1, -0.02]]},
        {"label": "SPY", "points": [[-2, 0.0], [-1, 0.001], [0, 0.0], [1, 0.002]], "band": []},
    ]},
    {"title": "MP", "series": [{"label": "MP", "points": [[0, 0.01], [5, 0.07]]}]},
]


def _render(brief: dict, charts: list | None = CHARTS) -> tuple[str, Page]:
    html = to_html(brief, TEXT, charts)
    page = Page(html)
    assert page.errors == []
    return html, page


def test_page_is_self_contained(brief: dict) -> None:
    html, page = _render(brief)
    escaped_url = URL.replace("&", "&amp;")
    assert html.count(escaped_url) >= 1
    rest = html.replace(escaped_url, "")
    assert "http://" not in rest and "https://" not in rest
    assert page.hrefs.count(URL) == 1
    assert all(h.startswith("#") for h in page.hrefs if h != URL)
    for tag, attrs in page.tags:
        assert tag not in {"script", "link", "img", "iframe", "object"}
        assert "src" not in attrs
    assert "@import" not in html and "url(" not in html
    assert "@media print" in html


def test_tags_balance_and_article_text_is_kept(brief: dict) -> None:
    _, page = _render(brief)
    assert page.article == TEXT.rstrip()
    assert "\n\nThe United States" in page.article


def test_input_is_escaped(brief: dict) -> None:
    html, page = _render(brief)
    assert "<script" not in html.lower()
    assert page.h1 == TITLE
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt; &amp; steel" in html
    assert "A. &lt;b&gt;Writer&lt;/b&gt;" in html
    assert "Test &amp; Co" in html
    assert "&lt;sic&gt;" in html and "few &lt;prices&gt; &amp; gaps" in html
    assert "measured &lt;b&gt;18.9%&lt;/b&gt;" in html
    # the event whose evidence holds markup is shown escaped, in the text and in the table
    marked = [e for e in brief["events"] if "<script>" in e["evidence"]["text"] and "&" in e["evidence"]["text"]]
    assert marked, "the test article should give an event whose evidence holds <script> and &"
    for e in marked:
        escaped = e["evidence"]["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"<q>{escaped}</q>" in html


def test_header_shows_the_article_metadata(brief: dict) -> None:
    html, _ = _render(brief)
    head = html.split("</header>")[0]
    for value in ("<dt>Published</dt><dd>2025-05-13</dd>", "<dt>Source</dt><dd>Test &amp; Co</dd>",
                  f"<dt>Words</dt><dd>{brief['article']['word_count']}</dd>",
                  f"<dt>Extractor</dt><dd>{brief['extractor']}</dd>", "<dt>Author</dt>"):
        assert value in head


def test_each_event_evidence_is_highlighted_with_its_id(brief: dict) -> None:
    _, page = _render(brief)
    css = {"escalation": "esc", "de-escalation": "deesc", "neutral": "neutral"}
    for i, e in enumerate(brief["events"], 1):
        ref = f"E{i}"
        assert page.attrs_by_id[f"hl-{ref}"]["data-ref"] == ref
        assert page.by_ref[ref] == e["evidence"]["text"]
        assert page.by_id[f"hl-{ref}"] == e["evidence"]["text"][: len(page.by_id[f"hl-{ref}"])]
        assert all(css[e["direction"]] in c.split() for c in page.ref_classes[ref])
        assert page.attrs_by_id[f"hl-{ref}"]["title"].startswith(f"{ref}: {e['actor']} -> ")
        assert f"#hl-{ref}" in page.hrefs
        assert f"row-{ref}" in page.attrs_by_id


def test_people_and_companies_are_marked_in_the_text(brief: dict) -> None:
    _, page = _render(brief)
    assert brief["people"] and brief["companies"]
    for i, p in enumerate(brief["people"], 1):
        assert page.by_ref[f"P{i}"] == "".join(TEXT[s:e] for s, e in p["spans"])
        assert "person" in page.attrs_by_id[f"hl-P{i}-1"]["class"].split()
    for i, c in enumerate(brief["companies"], 1):
        assert page.by_ref[f"CO{i}"] == "".join(TEXT[s:e] for s, e in c["spans"])
        assert c["ticker"] in page.attrs_by_id[f"hl-CO{i}-1"]["title"]


def test_crossing_spans_are_split_not_broken(brief: dict) -> None:
    _, page = _render(brief)
    claim = brief["claims"][0]
    assert page.by_ref["CL1"] == claim["text"]
    assert page.by_ref["E1"] == brief["events"][0]["evidence"]["text"]
    # the claim crosses the end of E1, so one of the two had to be cut into segments
    assert any("cont" in c.split() for c in page.ref_classes["CL1"] + page.ref_classes["E1"])
    assert sum("cont" not in c.split() for c in page.ref_classes["CL1"]) == 1


def test_nested_spans_stay_whole() -> None:
    text = "Lutnick said tariffs on steel rise"
    brief = {
        "article": {},
        "people": [{"name": "Howard Lutnick", "spans": [[0, 7]]}],
        "events": [{"id": "a", "direction": "escalation", "evidence": {"text": text[0:28], "start": 0, "end": 28}},
                   {"id": "b", "direction": "neutral", "evidence": {"text": text[13:28], "start": 13, "end": 28}}],
    }
    page = Page(to_html(brief, text))
    assert page.errors == []
    assert not any("cont" in c.split() for classes in page.ref_classes.values() for c in classes)
    assert page.by_ref == {"E1": text[0:28], "E2": text[13:28], "P1": "Lutnick"}


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_spans_render_balanced(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab<&>\"' \né", min_size=1, max_size=40))
    n = len(text)
    pair = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).filter(lambda p: p[1] > p[0])
    ev_spans = data.draw(st.lists(pair, max_size=4))
    person_spans = data.draw(st.lists(pair, max_size=3))
    brief = {
        "article": {"title": "t"},
        "events": [{"id": f"e{i}", "direction": ["escalation", "neutral"][i % 2],
                    "evidence": {"text": text[s:e], "start": s, "end": e}} for i, (s, e) in enumerate(ev_spans)],
        "people": [{"name": f"p{i}", "spans": [[s, e]]} for i, (s, e) in enumerate(person_spans)],
    }
    page = Page(to_html(brief, text))
    assert page.errors == []
    assert text.startswith(page.article) and text[len(page.article):].strip() == ""
    for i, (s, e) in enumerate(ev_spans, 1):
        assert page.by_ref[f"E{i}"] == text[s:e]
        assert f"hl-E{i}" in page.attrs_by_id
    for i, (s, e) in enumerate(person_spans, 1):
        assert page.by_ref[f"P{i}"] == text[s:e]


def test_exposure_groups_by_subject_and_marks_named_tickers(brief: dict) -> None:
    html, _ = _render(brief)
    section = html.split('<section id="exposure">')[1].split("</section>")[0]
    subjects = {x["subject"] for x in brief["exposure"]}
    assert section.count("<h3>") == len(subjects)
    assert "<h3>ai chips</h3>" in section
    assert '<span class="named" title="named in the article">NVDA</span>' in section
    assert '<span class="named" title="named in the article">AMD</span>' not in section
    assert "licences &amp; rules" in section


def test_reaction_table_groups_days_and_shows_stars(brief: dict) -> None:
    html, page = _render(brief)
    section = html.split('<section id="reaction">')[1].split("</section>")[0]
    days = re.findall(r"<h3>([^<]+)</h3>", section)
    assert days == ["2025-04-04", "2025-05-12"]
    may, april = section.split("<h3>2025-05-12</h3>")[1], section.split("<h3>2025-05-12</h3>")[0]
    assert "attributed to the day, not to one event" in may
    assert "attributed to the day" not in april
    assert '<span class="num up">+2.10%</span>' in may and '<span class="num down">-1.35%</span>' in may
    assert '<span class="stars">***</span>' in may and '<span class="stars">**</span>' in may
    assert '<span class="stars">*</span>' in april  # p = 0.07, stars computed
    assert '<span class="stars">†</span>' in april  # stars given are kept
    assert '<span class="stars"></span>' in april  # p = 0.92: none
    assert "[-1, +1]" in may and "[0, 0]" in may and "[0, +5]" in april
    assert "0.004" in may and "2.90" in may


def test_notes_are_listed(brief: dict) -> None:
    html, _ = _render(brief)
    assert '<section id="notes">' in html
    assert "not studied &lt;sic&gt;" in html


def test_claim_verdicts_get_badges(brief: dict) -> None:
    html, page = _render(brief)
    section = html.split('<section id="claims">')[1].split("</section>")[0]
    assert '<span class="badge bad">contradicted</span>' in section
    assert '<span class="badge ok">supported</span>' in section
    assert '<span class="badge partly">partly supported</span>' in section
    assert '<span class="badge grey">not checkable</span>' in section
    assert "-18.90%" in section and "+3.12%" in section
    assert "nearly 18.0%" in section
    assert "2025-02-19 → 2025-04-08" in section and "^GSPC" in section
    assert "#hl-CL1" in page.hrefs and "#hl-CL3" not in page.hrefs  # no span, no link


def test_charts_are_inline_svg_with_one_path_per_series(brief: dict) -> None:
    html, page = _render(brief)
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert len(svgs) == len(CHARTS)
    for svg, chart in zip(svgs, CHARTS, strict=True):
        assert svg.count("<path") == len(chart["series"])
        assert svg.count("<polygon") == sum(1 for s in chart["series"] if len(s.get("band") or []) >= 2)
        assert 'class="zero"' in svg
        assert len(re.findall(r">[+-]?\d+(\.\d+)?%</text>", svg)) >= 3  # y ticks in percent
        assert ">0%</text>" in svg
        for s in chart["series"]:
            label = s["label"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            assert 'class="legend"' in svg and f">{label}</text>" in svg
    assert "xmlns" not in html  # inline SVG needs no namespace URL
    assert "CAR around 2025-05-12 &lt;steel&gt;" in html


def test_chart_path_follows_the_points() -> None:
    chart = {"title": "c", "series": [{"label": "s", "points": [[0, 0.0], [1, 0.1], [2, -0.1]]}]}
    html = to_html({"article": {}}, "x", [chart])
    d = re.search(r'<path class="series"[^>]* d="([^"]+)"', html).group(1)
    pts = [tuple(map(float, p.split(","))) for p in re.findall(r"[-\d.]+,[-\d.]+", d)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert ys[1] < ys[0] < ys[2]  # SVG y grows downwards: +10% is highest, -10% lowest


def test_empty_sections_say_none(base_brief: dict) -> None:
    d = copy.deepcopy(base_brief)
    d.update(claims=[], market_reaction=[], notes=[], people=[], companies=[], exposure=[])
    html, _ = _render(d, charts=None)
    assert "<svg" not in html and '<section id="charts">' not in html
    assert '<section id="notes">' not in html
    assert "No market reaction was measured" in html
    assert "No statements about share or index prices were found." in html
    assert "No people named." in html and "No listed companies named." in html
    assert "No exposure links" in html
    empty = to_html({"article": {"title": None}}, "")
    page = Page(empty)
    assert page.errors == [] and page.h1 == "Untitled article"
    assert "No trade-policy events were found" in empty
    assert '<section id="summary">' not in empty


def test_stars_for() -> None:
    assert [stars_for(p) for p in (0.0099, 0.01, 0.049, 0.05, 0.099, 0.1, None)] == ["***", "**", "**", "*", "*",
                                                                                       "", ""]


def test_unsafe_url_is_not_a_link(brief: dict) -> None:
    d = copy.deepcopy(brief)
    d["article"]["url"] = "javascript:alert(1)"
    _, page = _render(d)
    assert all(h.startswith("#") for h in page.hrefs)


def test_bad_input_is_refused_clearly(brief: dict) -> None:
    with pytest.raises(InputError, match="outside the 10-character text"):
        to_html(brief, TEXT[:10])
    other = TEXT.replace("raise", "lower")
    with pytest.raises(InputError, match="not the evidence"):
        to_html(brief, other)
    with pytest.raises(InputError, match="chart 1 series 1: 'a' is not a number"):
        to_html(brief, TEXT, [{"title": "c", "series": [{"label": "s", "points": [["a", 0.1]]}]}])
    with pytest.raises(InputError, match="chart 1: expected"):
        to_html(brief, TEXT, ["not a chart"])
    with pytest.raises(InputError, match="expected the brief as a dict"):
        to_html([], TEXT)  # type: ignore[arg-type]


@pytest.mark.seed
def test_seed_article_renders(seed_article: Article) -> None:
    brief = analyze(seed_article).to_dict()
    html = to_html(brief, seed_article.text)
    page = Page(html)
    assert page.errors == []
    assert page.h1 == seed_article.title
    assert seed_article.text.startswith(page.article)
    assert brief["events"]
    for i, e in enumerate(brief["events"], 1):
        assert page.by_ref[f"E{i}"] == e["evidence"]["text"]
    assert len([k for k in page.attrs_by_id if re.fullmatch(r"hl-E\d+", k)]) == len(brief["events"])
    rest = html.replace(seed_article.url or "\0", "")
    assert "http://" not in rest and "https://" not in rest
