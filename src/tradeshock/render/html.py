"""One self-contained HTML page for a brief: no scripts, no CDN, no web fonts, printable.

``to_html(brief_dict, article_text, charts)`` takes the SCHEMA.md object (``Brief.to_dict()``), the
article text every span points into, and optional CAR charts, and returns the page as a string.
Everything that comes from the input is escaped; the only outside reference on the page is the
article's own URL, and only when it is an ``http(s)`` address.

Charts are ``{"title": str, "series": [{"label": str, "points": [[day, value], ...],
"band": [[day, lo, hi], ...]}]}`` with values as fractions (0.021 = 2.1%), drawn as inline SVG.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from tradeshock.errors import InputError
from tradeshock.markets.reaction import stars as stars_for

__all__ = ["to_html", "stars_for"]

_DIRECTION_CLASS = {"escalation": "esc", "de-escalation": "deesc"}
_VERDICT_LABEL = {
    "supported": "supported",
    "partly_supported": "partly supported",
    "contradicted": "contradicted",
    "not_checkable": "not checkable",
    "unchecked": "unchecked",
}
_VERDICT_CLASS = {"supported": "ok", "partly_supported": "partly", "contradicted": "bad"}
_SERIES_COLOURS = ("#1f5fa8", "#c2571a", "#2e7d32", "#7b3fa0", "#a31545", "#00796b", "#5d4037", "#455a64")


def _e(value: Any) -> str:
    """Escaped text for element content and attribute values; ``None`` becomes an en dash."""
    if value is None or value == "":
        return "–"
    return escape(str(value), quote=True)


def _words(value: Any) -> str:
    """An enum value or vocabulary key, readable: ``under_negotiation`` -> ``under negotiation``."""
    return _e(value.replace("_", " ") if isinstance(value, str) else value)


def _signed(day: int) -> str:
    return f"{day:+d}" if day else "0"


def _pct(v: Any, digits: int = 2, sign: bool = True) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
        return "–"
    return f"{v * 100:+.{digits}f}%" if sign else f"{v * 100:.{digits}f}%"


def _num(v: Any, fmt: str) -> str:
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
        return "–"
    return format(v, fmt)


# ---------------------------------------------------------------- highlighted article text


@dataclass
class _Span:
    start: int
    end: int
    ref: str  # E1, P2, CO1, CL3: shared by every segment of one highlight
    anchor: str  # the id of the first segment
    css: str
    title: str
    rank: int  # outer-first order among spans with the same range
    opened: bool = field(default=False)

    def open_tag(self) -> str:
        first = not self.opened
        self.opened = True
        anchor = f' id="{escape(self.anchor)}"' if first else ""
        cls = self.css if first else f"{self.css} cont"
        return f'<mark{anchor} class="{cls}" data-ref="{escape(self.ref)}" title="{escape(self.title)}">'


def _highlight(text: str, spans: list[_Span]) -> str:
    """The text with every span wrapped in ``<mark>``; crossing spans are split into segments."""
    spans = [s for s in spans if s.end > s.start]
    starts: dict[int, list[_Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0
    for b in bounds:
        out.append(escape(text[pos:b], quote=False))
        pos = b
        cut = min((i for i, s in enumerate(stack) if s.end == b), default=len(stack))
        new = starts.get(b, [])
        if cut == len(stack) and not new:
            continue
        popped = stack[cut:]
        out.extend("</mark>" for _ in popped)
        del stack[cut:]
        # Reopen what is still running together with what starts here, longest first, so
        # that nesting holds as long as possible and only true crossings get split.
        for s in sorted([s for s in popped if s.end > b] + new, key=lambda s: (-s.end, s.rank)):
            out.append(s.open_tag())
            stack.append(s)
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _check_span(text: str, start: Any, end: Any, what: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise InputError("brief", f"{what}: span [{start!r}, {end!r}] is not a pair of character offsets")
    if not 0 <= start <= end <= len(text):
        raise InputError(
            "article text",
            f"{what}: span [{start}, {end}] lies outside the {len(text)}-character text "
            "(is this the text the brief was made from?)",
        )
    return start, end


def _event_labels(events: Sequence[dict[str, Any]]) -> dict[str, str]:
    return {str(e.get("id")): f"E{i}" for i, e in enumerate(events, 1)}


def _event_title(label: str, e: dict[str, Any]) -> str:
    target = e.get("target") or "?"
    title = f"{label}: {e.get('actor') or '?'} -> {target} {e.get('instrument')}/{e.get('action')}"
    if e.get("magnitude"):
        title += f" {e['magnitude']}"
    return f"{title} ({e.get('direction') or 'neutral'})"


def _spans(brief: dict[str, Any], text: str) -> list[_Span]:
    spans: list[_Span] = []
    for i, e in enumerate(brief.get("events") or [], 1):
        ev = e.get("evidence") or {}
        if ev.get("start") is None:
            continue
        label = f"E{i}"
        start, end = _check_span(text, ev.get("start"), ev.get("end"), f"event {label} ({e.get('id')}) evidence")
        if ev.get("text") is not None and text[start:end] != ev["text"]:
            raise InputError(
                "article text",
                f"event {label} ({e.get('id')}): the text at [{start}, {end}] is {text[start:end]!r}, "
                f"not the evidence {ev['text']!r} (is this the text the brief was made from?)",
            )
        css = f"hl ev {_DIRECTION_CLASS.get(str(e.get('direction')), 'neutral')}"
        spans.append(_Span(start, end, label, f"hl-{label}", css, _event_title(label, e), 0))
    for i, c in enumerate(brief.get("claims") or [], 1):
        ev = c.get("evidence") or {}
        if ev.get("start") is None or ev.get("start") == ev.get("end"):
            continue
        start, end = _check_span(text, ev.get("start"), ev.get("end"), f"claim CL{i} evidence")
        title = f"CL{i}: claim about {c.get('subject') or c.get('ticker')}: {_VERDICT_LABEL.get(c.get('verdict'), c.get('verdict'))}"
        spans.append(_Span(start, end, f"CL{i}", f"hl-CL{i}", "hl claim", title, 1))
    for i, p in enumerate(brief.get("people") or [], 1):
        role = ", ".join(str(x) for x in (p.get("role"), p.get("country")) if x)
        title = f"{p.get('name')}" + (f" ({role})" if role else "")
        for j, (s, t) in enumerate(p.get("spans") or [], 1):
            start, end = _check_span(text, s, t, f"person {p.get('name')!r}")
            spans.append(_Span(start, end, f"P{i}", f"hl-P{i}-{j}", "hl person", title, 2))
    for i, c in enumerate(brief.get("companies") or [], 1):
        title = f"{c.get('name')}" + (f" ({c['ticker']})" if c.get("ticker") else "")
        title += f": shares {c.get('move')} per the article" if c.get("move") in ("up", "down") else ""
        for j, (s, t) in enumerate(c.get("spans") or [], 1):
            start, end = _check_span(text, s, t, f"company {c.get('name')!r}")
            spans.append(_Span(start, end, f"CO{i}", f"hl-CO{i}-{j}", "hl company", title, 3))
    return spans


# ---------------------------------------------------------------- sections


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], css: str = "",
           row_ids: Sequence[str] | None = None) -> str:
    """A table whose cells are already HTML."""
    head = "".join(f"<th>{h}</th>" for h in header)
    rows = list(rows)
    ids = [f' id="{escape(i)}"' for i in row_ids] if row_ids else [""] * len(rows)
    body = "".join(f"<tr{i}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for i, row in zip(ids, rows, strict=True))
    cls = f' class="{css}"' if css else ""
    return f'<div class="scroll"><table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>\n{body}\n</section>'


def _none(what: str) -> str:
    return f'<p class="none">{escape(what)}</p>'


def _safe_url(url: Any) -> str | None:
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")) and not any(
        ch.isspace() or ord(ch) < 32 for ch in url
    ):
        return url
    return None


def _header(brief: dict[str, Any]) -> str:
    a = brief.get("article") or {}
    rows = [("Published", _e(a.get("published"))), ("Source", _e(a.get("source"))),
            ("Author", _e(a.get("author")))]
    url = a.get("url")
    safe = _safe_url(url)
    if safe:
        rows.append(("URL", f'<a class="src" href="{escape(safe)}" rel="noopener noreferrer">{escape(safe)}</a>'))
    elif url:
        rows.append(("URL", _e(url)))
    rows.append(("Words", _e(a.get("word_count"))))
    rows.append(("Extractor", _e(brief.get("extractor"))))
    meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    title = a.get("title") or "Untitled article"
    return f'<header><p class="kicker">tradeshock brief</p><h1>{escape(str(title))}</h1><dl class="meta">{meta}</dl></header>'


def _summary(brief: dict[str, Any]) -> str:
    items = [s for s in brief.get("summary") or [] if s]
    if not items:
        return ""
    return _section("summary", "Summary", "<ol>" + "".join(f"<li>{_e(s)}</li>" for s in items) + "</ol>")


def _article(brief: dict[str, Any], text: str) -> str:
    legend = (
        '<p class="legend"><mark class="hl ev esc">escalation</mark> <mark class="hl ev deesc">de-escalation</mark> '
        '<mark class="hl ev neutral">neutral</mark> <mark class="hl person">person</mark> '
        '<mark class="hl company">company</mark> <mark class="hl claim">market claim</mark></p>'
    )
    spans = _spans(brief, text)
    # trailing blank lines would only pad the box; drop them unless a span reaches into them
    shown = text.rstrip()
    if any(s.end > len(shown) for s in spans):
        shown = text
    body = _highlight(shown, spans)
    return _section("article", "Article", f'{legend}<div class="article-text">{body}</div>')


def _events(brief: dict[str, Any]) -> str:
    events = brief.get("events") or []
    if not events:
        return _section("events", "Events", _none("No trade-policy events were found in the text."))
    rows = []
    for i, e in enumerate(events, 1):
        label = f"E{i}"
        codes = e.get("codes") or {}
        code_cell = " / ".join(_e(codes.get(k)) for k in ("cameo", "plover", "gta"))
        ev = e.get("evidence") or {}
        link = f'<a href="#hl-{label}">{label}</a>' if ev.get("start") is not None else label
        size = _e(e.get("magnitude"))
        if e.get("duration"):
            size += f"<br><span class=small>{_e(e['duration'])}</span>"
        direction = str(e.get("direction") or "neutral")
        conf = e.get("confidence")
        when = _e(e.get("event_date"))
        if e.get("date_basis"):
            when += f"<br><span class=small>{_e(e['date_basis'])}</span>"
        status = _words(e.get("status")) + (" <span class=small>(background)</span>" if e.get("background") else "")
        rows.append([
            link, when, f"{_e(e.get('actor'))} → {_e(e.get('target'))}",
            f"{_words(e.get('instrument'))} / {_e(e.get('action'))}", _words(", ".join(e.get("subject") or [])),
            size, status,
            f'<span class="dir {_DIRECTION_CLASS.get(direction, "neutral")}">{_e(direction)}</span>',
            _num(conf, ".2f"), code_cell,
            f'<q>{_e(ev.get("text"))}</q>',
        ])
    header = ["", "date", "who → whom", "instrument / action", "goods", "size", "status", "direction",
              "conf.", "CAMEO / PLOVER / GTA", "evidence"]
    return _section("events", "Events", _table(header, rows, "events", [f"row-E{i}" for i in range(1, len(rows) + 1)]))


def _people_companies(brief: dict[str, Any]) -> str:
    people = brief.get("people") or []
    companies = brief.get("companies") or []
    if people:
        rows = []
        for i, p in enumerate(people, 1):
            name = _e(p.get("name"))
            if p.get("spans"):
                name = f'<a href="#hl-P{i}-1">{name}</a>'
            rows.append([name, _e(p.get("role")), _e(p.get("country"))])
        ptab = _table(["name", "role", "country"], rows)
    else:
        ptab = _none("No people named.")
    if companies:
        rows = []
        for i, c in enumerate(companies, 1):
            name = _e(c.get("name"))
            if c.get("spans"):
                name = f'<a href="#hl-CO{i}-1">{name}</a>'
            move = str(c.get("move") or "mentioned")
            arrow = {"up": "▲ up", "down": "▼ down"}.get(move, move)
            said = c.get("move_evidence") or {}
            cell = f'<span class="move {escape(move)}">{escape(arrow)}</span>'
            if said.get("text"):
                cell += f'<br><q class="small">{_e(said["text"])}</q>'
            rows.append([name, _e(c.get("ticker")), _e(c.get("exchange")), _e(c.get("sector")), cell])
        ctab = _table(["company", "ticker", "exchange", "sector", "shares, per the article"], rows)
    else:
        ctab = _none("No listed companies named.")
    return _section("people", "People and companies", f"<h3>People</h3>{ptab}<h3>Companies</h3>{ctab}")


def _exposure(brief: dict[str, Any]) -> str:
    exposure = brief.get("exposure") or []
    if not exposure:
        return _section("exposure", "Exposure map", _none("No exposure links for the goods in these events."))
    named_all = {str(c["ticker"]) for c in brief.get("companies") or [] if c.get("ticker")}
    groups: dict[str, list[dict[str, Any]]] = {}
    for x in exposure:
        groups.setdefault(str(x.get("subject") or "unspecified"), []).append(x)
    parts = ['<p class="small">Who depends on or sells the goods these events concern, named in the article or not. '
             '<span class="named">Ticker</span> = also named in the article.</p>']
    for subject, links in groups.items():
        rows = []
        for x in links:
            named = named_all | {str(t) for t in x.get("named_in_article") or []}
            tickers = ", ".join(
                f'<span class="named" title="named in the article">{_e(t)}</span>' if t in named else _e(t)
                for t in x.get("tickers") or []
            ) or "–"
            rows.append([_words(x.get("sector")), tickers, _e(x.get("why")), f'<span class="small">{_e(x.get("source"))}</span>'])
        parts.append(f"<h3>{_words(subject)}</h3>" + _table(["sector", "tickers", "why", "source"], rows, "exposure"))
    return _section("exposure", "Exposure map", "".join(parts))


def _reaction(brief: dict[str, Any], labels: dict[str, str]) -> str:
    rows = brief.get("market_reaction") or []
    if not rows:
        body = _none("No market reaction was measured for this brief (no prices were given, or no event could be studied).")
        return _section("reaction", "Market reaction", body)

    def event_ref(eid: Any) -> str:
        label = labels.get(str(eid))
        return f'<a href="#row-{label}">{label}</a>' if label else _e(eid)

    days: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        days.setdefault(str(r.get("event_day") or "no event day"), []).append(r)
    parts = ['<p class="small intro">Cumulative abnormal returns (CAR) over the window in trading days around the '
             'event day. Stars: *** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1.</p>']
    for day in sorted(days):
        group = days[day]
        ids: list[str] = []
        for r in group:
            for eid in [r.get("event_id"), *(r.get("events_on_day") or [])]:
                if eid is not None and str(eid) not in ids:
                    ids.append(str(eid))
        head = f"<h3>{_e(day)}</h3>"
        if ids:
            head += '<p class="small">Events: ' + ", ".join(event_ref(i) for i in ids) + "</p>"
        if len(ids) > 1:
            head += ('<p class="shared-day">Several events fall on this day: the reaction is attributed to the day, '
                     "not to one event.</p>")
        table_rows = []
        for r in group:
            window = r.get("window") or []
            win = (f"[{_signed(window[0])}, {_signed(window[1])}]"
                   if len(window) == 2 and all(isinstance(w, int) for w in window) else str(window))
            stars = r.get("stars")
            if stars is None:
                stars = stars_for(r.get("p_value"))
            car = r.get("car")
            car_cls = "up" if isinstance(car, (int, float)) and car > 0 else "down" if isinstance(car, (int, float)) and car < 0 else ""
            table_rows.append([
                f"<b>{_e(r.get('ticker'))}</b>", escape(win), _e(r.get("model")), _e(r.get("benchmark")),
                f'<span class="num {car_cls}">{_pct(car)}</span>', _num(r.get("t_stat"), ".2f"),
                _num(r.get("p_value"), ".3f"), f'<span class="stars">{_e(stars) if stars else ""}</span>',
                _e(r.get("n_estimation_days")), _e(r.get("note")) if r.get("note") else "",
            ])
        summary_rows = []
        for d in brief.get("market_reaction_days") or []:
            if str(d.get("event_day")) != day:
                continue
            w = d.get("window") or []
            kp = d.get("kolari_pynnonen") or {}
            summary_rows.append([
                escape(f"[{_signed(w[0])}, {_signed(w[1])}]" if len(w) == 2 else str(w)),
                f'<span class="num">{_pct(d.get("mean_car"))}</span>', _e(d.get("n")),
                _num(kp.get("stat"), ".2f"), _num(kp.get("p_value"), ".3f"),
                f'<span class="stars">{_e(stars_for(kp.get("p_value")))}</span>',
            ])
        if summary_rows:
            head += ('<p class="small">The day across all tickers: mean CAR and the Kolari-Pynnonen test, which '
                     "allows for abnormal returns that share a date being correlated.</p>"
                     + _table(["window", "mean CAR", "tickers", "KP stat", "p", ""], summary_rows, "reaction"))
        parts.append(head + _table(["ticker", "window", "model", "benchmark", "CAR", "t", "p", "", "est. days", "note"],
                                   table_rows, "reaction"))
    return _section("reaction", "Market reaction", "".join(parts))


def _notes(brief: dict[str, Any]) -> str:
    notes = [n for n in brief.get("notes") or [] if n]
    if not notes:
        return ""
    return _section("notes", "Notes", "<ul>" + "".join(f"<li>{_e(n)}</li>" for n in notes) + "</ul>")


def _claims(brief: dict[str, Any]) -> str:
    claims = brief.get("claims") or []
    if not claims:
        return _section("claims", "Claim checks", _none("No statements about share or index prices were found."))
    rows = []
    for i, c in enumerate(claims, 1):
        ev = c.get("evidence") or {}
        text = f'<q>{_e(c.get("text"))}</q>'
        if ev.get("start") is not None and ev.get("start") != ev.get("end"):
            text += f' <a class="small" href="#hl-CL{i}">in text</a>'
        subject = _e(c.get("subject"))
        if c.get("ticker") and c.get("ticker") != c.get("subject"):
            subject += f" <span class=small>({_e(c['ticker'])})</span>"
        stated = "–"
        if isinstance(c.get("magnitude"), (int, float)):
            stated = _pct(c["magnitude"], 1, sign=False)
            if c.get("qualifier"):
                stated = f"{_e(c['qualifier'])} {stated}"
        elif c.get("qualifier"):
            stated = _e(c["qualifier"])
        period = c.get("period") or {}
        when = "–"
        if period.get("start"):
            when = _e(period["start"])
            if period.get("end") and period.get("end") != period.get("start"):
                when += f" → {_e(period['end'])}"
            if period.get("kind"):
                when += f"<br><span class=small>{_e(str(period['kind']).replace('_', ' '))}</span>"
        verdict = str(c.get("verdict") or "unchecked")
        badge = f'<span class="badge {_VERDICT_CLASS.get(verdict, "grey")}">{_e(_VERDICT_LABEL.get(verdict, verdict))}</span>'
        m = c.get("measured") or {}
        measured = "–"
        if m:
            measured = f'<span class="num">{_pct(m.get("return"))}</span>'
            extra = [str(m[k]) for k in ("basis",) if m.get(k)]
            if m.get("start") or m.get("end"):
                extra.append(f"{m.get('start') or '?'} → {m.get('end') or '?'}")
            if m.get("symbol"):
                extra.append(str(m["symbol"]))
            if extra:
                measured += "<br><span class=small>" + "; ".join(escape(x) for x in extra) + "</span>"
        rows.append([text, subject, _e(c.get("direction")), stated, when, badge, measured,
                     _e(c.get("reason")) if c.get("reason") else ""])
    return _section("claims", "Claim checks", _table(
        ["claim", "subject", "direction", "stated", "period", "verdict", "measured", "why"], rows, "claims"))


# ---------------------------------------------------------------- SVG charts


def _nice_step(span: float, target: int) -> float:
    raw = span / max(1, target)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power  # pragma: no cover - the loop always returns


def _pct_label(v: float, step: float) -> str:
    digits = 0
    while digits < 4 and abs(round(step * 100, digits) - step * 100) > 1e-9:
        digits += 1
    v = 0.0 if abs(v) < step * 1e-6 else v
    return f"{v * 100:+.{digits}f}%" if v else f"{0:.{digits}f}%"


def _number(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise InputError("charts", f"{where}: {v!r} is not a number")
    return float(v)


def _read_series(chart: Any, n: int) -> tuple[str, list[tuple[str, list[tuple[float, float]], list[tuple[float, float, float]]]]]:
    if not isinstance(chart, dict) or not isinstance(chart.get("series"), list):
        raise InputError("charts", f"chart {n}: expected {{'title': ..., 'series': [...]}}, got {type(chart).__name__}")
    out = []
    for k, s in enumerate(chart["series"], 1):
        where = f"chart {n} series {k}"
        if not isinstance(s, dict) or not isinstance(s.get("points", []), list):
            raise InputError("charts", f"{where}: expected {{'label': ..., 'points': [[day, value], ...]}}")
        pts, band = [], []
        for p in s.get("points") or []:
            if not isinstance(p, (list, tuple)) or len(p) != 2:
                raise InputError("charts", f"{where}: point {p!r} is not [day, value]")
            x, y = _number(p[0], where), _number(p[1], where)
            if math.isfinite(x) and math.isfinite(y):
                pts.append((x, y))
        for p in s.get("band") or []:
            if not isinstance(p, (list, tuple)) or len(p) != 3:
                raise InputError("charts", f"{where}: band entry {p!r} is not [day, lo, hi]")
            x, lo, hi = (_number(v, where) for v in p)
            if all(math.isfinite(v) for v in (x, lo, hi)):
                band.append((x, min(lo, hi), max(lo, hi)))
        out.append((str(s.get("label") or f"series {k}"), sorted(pts), sorted(band)))
    return str(chart.get("title") or f"Chart {n}"), out


def _svg_chart(chart: Any, n: int) -> str:
    title, series = _read_series(chart, n)
    xs = [p[0] for _, pts, band in series for p in pts + [(b[0], 0.0) for b in band]]
    ys = [0.0] + [p[1] for _, pts, _ in series for p in pts] + [v for _, _, band in series for b in band for v in b[1:]]
    w, ml, mr, mt = 680, 64, 18, 14
    plot_h = 240
    # the legend wraps into rows under the axis label
    legend_rows: list[list[tuple[int, str, float]]] = [[]]
    x_cursor = 0.0
    for k, (label, _, _) in enumerate(series):
        width = 30 + 6.6 * len(label)
        if legend_rows[-1] and x_cursor + width > w - ml - mr:
            legend_rows.append([])
            x_cursor = 0.0
        legend_rows[-1].append((k, label, x_cursor))
        x_cursor += width + 14
    h = mt + plot_h + 44 + 20 * len(legend_rows)
    parts = [f'<figure class="chart"><svg viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>']
    if not xs:
        parts.append(f'<text x="{w / 2}" y="{mt + plot_h / 2}" text-anchor="middle" class="axis">no data</text>')
        x0, x1 = -1.0, 1.0
    else:
        x0, x1 = min(xs), max(xs)
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    y0, y1 = min(ys), max(ys)
    if y1 - y0 < 1e-9:
        y0, y1 = y0 - 0.01, y1 + 0.01
    ystep = _nice_step(y1 - y0, 5)
    y0, y1 = math.floor(y0 / ystep - 0.05) * ystep, math.ceil(y1 / ystep + 0.05) * ystep
    pw = w - ml - mr

    def sx(x: float) -> float:
        return round(ml + (x - x0) / (x1 - x0) * pw, 2)

    def sy(y: float) -> float:
        return round(mt + (y1 - y) / (y1 - y0) * plot_h, 2)

    # grid and ticks
    tick = y0
    while tick <= y1 + ystep * 1e-6:
        yy = sy(tick)
        parts.append(f'<line class="grid" x1="{ml}" x2="{ml + pw}" y1="{yy}" y2="{yy}"/>')
        parts.append(f'<text class="axis" x="{ml - 6}" y="{yy + 4}" text-anchor="end">{escape(_pct_label(tick, ystep))}</text>')
        tick += ystep
    xstep = max(1, int(_nice_step(x1 - x0, 10)))
    xt = math.ceil(x0 / xstep) * xstep
    while xt <= x1:
        xx = sx(xt)
        parts.append(f'<line class="tick" x1="{xx}" x2="{xx}" y1="{mt + plot_h}" y2="{mt + plot_h + 5}"/>')
        label = _signed(xt)
        parts.append(f'<text class="axis" x="{xx}" y="{mt + plot_h + 18}" text-anchor="middle">{label}</text>')
        xt += xstep
    parts.append(f'<line class="frame" x1="{ml}" x2="{ml}" y1="{mt}" y2="{mt + plot_h}"/>')
    parts.append(f'<line class="frame" x1="{ml}" x2="{ml + pw}" y1="{mt + plot_h}" y2="{mt + plot_h}"/>')
    parts.append(f'<line class="zero" x1="{ml}" x2="{ml + pw}" y1="{sy(0)}" y2="{sy(0)}"/>')
    if x0 <= 0 <= x1:
        parts.append(f'<line class="day0" x1="{sx(0)}" x2="{sx(0)}" y1="{mt}" y2="{mt + plot_h}"/>')
    parts.append(f'<text class="axis" x="{ml + pw / 2}" y="{mt + plot_h + 34}" text-anchor="middle">'
                 "trading days relative to the event day</text>")
    parts.append(f'<text class="axis" transform="translate(14 {mt + plot_h / 2}) rotate(-90)" '
                 'text-anchor="middle">CAR</text>')
    # bands first, then lines on top
    for k, (_, _, band) in enumerate(series):
        if len(band) >= 2:
            colour = _SERIES_COLOURS[k % len(_SERIES_COLOURS)]
            pts = [f"{sx(x)},{sy(hi)}" for x, _, hi in band] + [f"{sx(x)},{sy(lo)}" for x, lo, _ in reversed(band)]
            parts.append(f'<polygon class="band" fill="{colour}" points="{" ".join(pts)}"/>')
    for k, (label, pts, _) in enumerate(series):
        if not pts:
            continue
        colour = _SERIES_COLOURS[k % len(_SERIES_COLOURS)]
        d = "M" + " L".join(f"{sx(x)},{sy(y)}" for x, y in pts)
        parts.append(f'<path class="series" stroke="{colour}" d="{d}"><title>{escape(label)}</title></path>')
        parts.extend(f'<circle cx="{sx(x)}" cy="{sy(y)}" r="2.6" fill="{colour}"><title>{escape(label)}: day '
                     f"{int(x):+d}, {escape(_pct(y))}</title></circle>" for x, y in pts)
    for r, row in enumerate(legend_rows):
        ly = mt + plot_h + 52 + 20 * r
        for k, label, lx in row:
            colour = _SERIES_COLOURS[k % len(_SERIES_COLOURS)]
            text = label if series[k][1] else f"{label} (no data)"
            parts.append(f'<rect x="{ml + lx}" y="{ly - 9}" width="18" height="10" fill="{colour}"/>'
                         f'<text class="legend" x="{ml + lx + 24}" y="{ly}">{escape(text)}</text>')
    parts.append(f"</svg><figcaption>{escape(title)}</figcaption></figure>")
    return "".join(parts)


def _charts(charts: list[dict[str, Any]] | None) -> str:
    if not charts:
        return ""
    if not isinstance(charts, list):
        raise InputError("charts", f"expected a list of charts, got {type(charts).__name__}")
    body = ('<p class="small intro">Shaded: confidence band. Dashed vertical line: the event day.</p>'
            + "".join(_svg_chart(c, n) for n, c in enumerate(charts, 1)))
    return _section("charts", "Cumulative abnormal returns", body)


# ---------------------------------------------------------------- page

_CSS = """
:root { --ink:#1d1d1f; --muted:#5f6368; --line:#d9dce1; --bg:#ffffff; --panel:#f6f7f9; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; }
header h1 { font-size: 1.6rem; line-height: 1.25; margin: .1em 0 .4em; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 8px; font-size: .9rem; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { font-size: .88rem; padding: 8px 0 12px; border-bottom: 1px solid var(--line); }
nav.toc a { margin-right: 14px; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 1rem; margin: 18px 0 6px; }
a { color: #1f5fa8; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
.scroll { overflow-x: auto; }
table.events td:nth-child(2), table.events td:nth-child(3) { white-space: nowrap; }
table.events td:last-child { min-width: 16em; }
table.events td:nth-child(10) { font-size: .8rem; color: var(--muted); }
table.exposure, table.reaction { table-layout: fixed; }
table.exposure th:nth-child(1) { width: 15%; } table.exposure th:nth-child(2) { width: 22%; }
table.exposure th:nth-child(3) { width: 38%; } table.exposure th:nth-child(4) { width: 25%; }
td .num, .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.num.up { color: #1e6b30; } .num.down { color: #a12a1f; }
.small { font-size: .8rem; color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
q { quotes: "\\201C" "\\201D"; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; padding: 14px 16px; line-height: 1.7; }
mark.hl { background: none; color: inherit; padding: 0; }
mark.ev { border-radius: 2px; padding: 1px 0; }
mark.ev.esc { background: #f9d3cf; box-shadow: inset 0 -2px 0 #c0392b; }
mark.ev.deesc { background: #d2eed7; box-shadow: inset 0 -2px 0 #2e7d32; }
mark.ev.neutral { background: #e4e6ea; box-shadow: inset 0 -2px 0 #80868b; }
mark.person { text-decoration: underline 2px #1f5fa8; text-underline-offset: 3px; background: rgba(31,95,168,.08); }
mark.company { text-decoration: underline 2px #7b3fa0; text-underline-offset: 3px; background: rgba(123,63,160,.08); }
mark.claim { border-bottom: 2px dashed #b7791f; }
mark.hl:target { outline: 2px solid #f0a500; outline-offset: 1px; }
p.legend mark { margin-right: 8px; padding: 1px 4px; font-size: .85rem; }
.dir { white-space: nowrap; padding: 0 5px; border-radius: 3px; }
.dir.esc { background: #f9d3cf; } .dir.deesc { background: #d2eed7; } .dir.neutral { background: #e4e6ea; }
.move.up { color: #1e6b30; } .move.down { color: #a12a1f; }
.named { font-weight: 700; background: #fff2c6; padding: 0 3px; border-radius: 3px; }
.shared-day { background: #fff6df; border-left: 3px solid #e0a400; padding: 4px 10px; font-size: .86rem; }
.stars { color: #a12a1f; font-weight: 700; letter-spacing: 1px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .8rem; font-weight: 600;
  white-space: nowrap; background: #e4e6ea; color: #3c4043; }
.badge.ok { background: #d2eed7; color: #1e5b2b; }
.badge.partly { background: #fde9c0; color: #7a4d00; }
.badge.bad { background: #f9d3cf; color: #8c1d14; }
figure.chart { margin: 12px 0 20px; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); }
svg .grid { stroke: #eceef1; } svg .frame, svg .tick { stroke: #9aa0a6; }
svg .zero { stroke: #5f6368; stroke-dasharray: 4 3; }
svg .day0 { stroke: #b0b4b9; stroke-dasharray: 2 3; }
svg .axis { font-size: 11px; fill: #5f6368; } svg .legend { font-size: 12px; fill: #1d1d1f; }
svg .series { fill: none; stroke-width: 2; } svg .band { opacity: .16; stroke: none; }
footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
@media print {
  @page { margin: 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  header a.src::after { content: ""; }
  h2, h3, .intro, .shared-day { break-after: avoid; page-break-after: avoid; } tr, figure, .shared-day { break-inside: avoid; }
  .article-text { background: none; }
  .scroll { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_SECTIONS = (("summary", "Summary"), ("article", "Article"), ("events", "Events"), ("people", "People"),
             ("exposure", "Exposure"), ("reaction", "Market reaction"), ("charts", "Charts"), ("notes", "Notes"),
             ("claims", "Claims"))


def to_html(brief_dict: dict[str, Any], article_text: str, charts: list[dict[str, Any]] | None = None) -> str:
    """The brief as one self-contained HTML page (a string).

    ``brief_dict`` is the SCHEMA.md object; ``article_text`` the exact text its spans point into;
    ``charts`` optional CAR charts (see the module docstring). Raises :class:`InputError` when a
    span does not fit the text or a chart is malformed; nothing is returned half-built.
    """
    if not isinstance(brief_dict, dict):
        raise InputError("brief", f"expected the brief as a dict (Brief.to_dict()), got {type(brief_dict).__name__}")
    if not isinstance(article_text, str):
        raise InputError("article text", f"expected a str, got {type(article_text).__name__}")
    labels = _event_labels(brief_dict.get("events") or [])
    body = [
        _header(brief_dict), _summary(brief_dict), _article(brief_dict, article_text), _events(brief_dict),
        _people_companies(brief_dict), _exposure(brief_dict), _reaction(brief_dict, labels),
        _charts(charts), _notes(brief_dict), _claims(brief_dict),
    ]
    present = [(a, t) for a, t in _SECTIONS if any(f'<section id="{a}">' in part for part in body)]
    toc = '<nav class="toc">' + "".join(f'<a href="#{a}">{t}</a>' for a, t in present) + "</nav>"
    body.insert(1, toc)
    title = (brief_dict.get("article") or {}).get("title") or "Untitled article"
    footer = ("<footer>Generated by tradeshock from the article above; every highlight points at the text the "
              "extractor read. The thresholds that turn measured returns into claim verdicts are documented "
              "in docs/claims.md.</footer>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(str(title))} · tradeshock</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + f"\n{footer}\n</main>\n</body>\n</html>\n"
    )
