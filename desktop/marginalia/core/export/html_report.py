"""HTML export: one self-contained page with each article's text, highlighted claims and notes."""

from __future__ import annotations

from datetime import datetime
from html import escape

from marginalia.core.annotation import Annotation, format_time
from marginalia.core.compare.display import one_line
from marginalia.core.export.comparison import GRID_QUOTE_LIMIT, claim_numbers, cluster_grid, topic_chart_svg
from marginalia.core.export.html_style import STYLESHEET
from marginalia.core.export.report_words import ENGLISH, ReportWords
from marginalia.core.export.selection import UNKNOWN_TOPIC_COLOR, ExportedArticle, ExportSet
from marginalia.core.language import describe_language

# The page needs nothing from outside and runs nothing: the policy makes a
# browser refuse scripts, fonts, images and requests even if some text slipped
# through escaping, so opening an export can never reach the network.
CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_TINT = 0.32  # highlight opacity: dark enough to see, light enough to read through


def _rgba(color: str, alpha: float = _TINT) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _claim_colors(export: ExportSet, claims: list[Annotation]) -> list[str]:
    colors: list[str] = []
    for a in claims:
        for color in [export.topic(t).color.upper() for t in a.topics] or [UNKNOWN_TOPIC_COLOR]:
            if color not in colors:
                colors.append(color)
    return colors


def _mark_style(colors: list[str]) -> str:
    if len(colors) == 1:
        return f"background-color: {_rgba(colors[0])}"
    # Overlapping claims of different topics: horizontal bands, one per colour,
    # so every topic stays visible where claims overlap (and in print).
    step = 100 / len(colors)
    stops = ", ".join(f"{_rgba(c)} {i * step:.2f}% {(i + 1) * step:.2f}%" for i, c in enumerate(colors))
    return f"background-image: linear-gradient(180deg, {stops})"


def _anchor(article_index: int, number: int) -> str:
    return f"a{article_index}-c{number}"


def render_text(export: ExportSet, article: ExportedArticle, article_index: int,
                numbers: dict[str, int]) -> str:
    """The article's text split at every claim boundary, each piece marked with
    the claims that cover it, and a reference number where each claim ends."""
    text = article.text
    placed = [a for a in article.placed() if a.end <= len(text)]
    starts: dict[int, list[Annotation]] = {}
    ends: dict[int, list[Annotation]] = {}
    for a in placed:
        starts.setdefault(a.start, []).append(a)
        ends.setdefault(a.end, []).append(a)
    bounds = sorted({0, len(text), *starts, *ends})
    active: dict[str, Annotation] = {}  # a sweep: claims covering the current piece
    parts: list[str] = []
    for lo, hi in zip(bounds, bounds[1:] + [None]):
        for a in ends.get(lo, ()):
            active.pop(a.id, None)
            n = numbers[a.id]
            parts.append(f'<sup class="ref"><a href="#{_anchor(article_index, n)}">{n}</a></sup>')
        if hi is None:
            break
        for a in starts.get(lo, ()):
            if a.end > a.start:
                active[a.id] = a
        piece = escape(text[lo:hi])
        if active:
            covering = list(active.values())
            ids = " ".join(_anchor(article_index, numbers[a.id]) for a in covering)
            extra = " overlap" if len(covering) > 1 else ""
            parts.append(f'<mark class="claim{extra}" data-claims="{ids}" '
                         f'style="{_mark_style(_claim_colors(export, covering))}">{piece}</mark>')
        else:
            parts.append(piece)
    return "".join(parts)


def _chip(export: ExportSet, topic_id: str) -> str:
    topic = export.topic(topic_id)
    return (f'<span class="chip"><span class="swatch" style="background-color: {topic.color}"></span>'
            f"{escape(topic.name)}</span>")


def render_notes(export: ExportSet, article: ExportedArticle, article_index: int,
                 numbers: dict[str, int], words: ReportWords = ENGLISH) -> str:
    items: list[str] = []
    for a in article.annotations:
        n = numbers[a.id]
        chips = "".join(_chip(export, t) for t in a.topics)
        status = article.status(a)
        lines = [f'<li id="{_anchor(article_index, n)}" value="{n}">',
                 f'<div class="topics">{chips}</div>' if chips else ""]
        if status == "orphaned":
            lines.append(f'<p class="lost">{escape(words.not_found(a.quote.exact))}</p>')
        if a.note:
            lines.append(f'<p class="note" dir="auto">{escape(a.note)}</p>')
        who = f"{escape(a.author)} · " if a.author else ""
        flag = f" · {escape(words.status(status))}" if status != "exact" else ""
        page = article.page(a)
        where = f"{escape(words.page(page))} · " if page is not None else ""
        lines.append(f'<p class="meta">{where}{who}{format_time(a.modified)[:10]}{flag}</p></li>')
        items.append("".join(lines))
    return f'<ol class="notes">{"".join(items)}</ol>' if items else f'<p class="meta">{escape(words.no_claims)}</p>'


def render_counts(export: ExportSet, words: ReportWords = ENGLISH) -> str:
    """The topic × article table: how many claims of each topic each article has."""
    topics = export.topics()
    head = "".join(f"<th scope=\"col\">{_chip(export, t.id)}</th>" for t in topics)
    rows: list[str] = []
    totals = [0] * len(topics)
    for i, article in enumerate(export.articles):
        counts = [sum(t.id in a.topics for a in article.annotations) for t in topics]
        totals = [x + y for x, y in zip(totals, counts)]
        cells = "".join(f"<td>{c or ''}</td>" for c in counts)
        rows.append(f'<tr><th scope="row"><a href="#a{i}">{escape(article.name)}</a></th>{cells}'
                    f"<td>{len(article.annotations)}</td></tr>")
    foot = "".join(f"<td>{t}</td>" for t in totals)
    return (f'<table class="counts"><thead><tr><th scope="col">{escape(words.article)}</th>{head}'
            f'<th scope="col">{escape(words.claims_column)}</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            f'<tfoot><tr><th scope="row">{escape(words.total)}</th>{foot}<td>{export.claim_count()}</td></tr>'
            f'</tfoot></table>')


def _lang_dir(tag: str) -> str:
    """The lang and dir attributes for text in the language `tag`."""
    info = describe_language(tag)
    return f'lang="{escape(info.tag)}" dir="{"rtl" if info.right_to_left else "ltr"}"'


def render_across(export: ExportSet, words: ReportWords = ENGLISH) -> str:
    """"Across outlets": one row per cluster, each article's quotes side by side in its
    own language and direction, each linked to the claim in the article's section."""
    if not export.clusters:
        return ""
    grid = cluster_grid(export)
    index = {a.name: i for i, a in enumerate(export.articles)}
    head = "".join(
        f'<th scope="col" {_lang_dir(a.language)}><a href="#a{index[a.name]}">{escape(a.title)}</a>'
        f'<span class="meta" lang="{escape(words.language)}" dir="ltr">{escape(words.language_name(a.language))}'
        f'</span></th>'
        for a in grid.articles)
    rows = []
    for r, cluster in enumerate(grid.clusters):
        note = f'<p class="note" lang="" dir="auto">{escape(cluster.note)}</p>' if cluster.note else ""
        more = f'<p class="meta">{escape(words.more_members(cluster.left_out))}</p>' if cluster.left_out else ""
        cells = []
        for c, article in enumerate(grid.articles):
            numbers = claim_numbers(article)
            quotes = "".join(f'<blockquote><a href="#{_anchor(index[article.name], numbers[a.id])}">'
                             f"{escape(one_line(a.quote.exact, GRID_QUOTE_LIMIT))}</a></blockquote>"
                             for a in grid.cell(r, c))
            cells.append(f"<td {_lang_dir(article.language)}>{quotes}</td>")
        rows.append(f'<tr><th scope="row"><span class="label" lang="" dir="auto">{escape(cluster.label)}</span>'
                    f'{note}{more}</th>{"".join(cells)}</tr>')
    return (f'<section class="across"><h2>{escape(words.across_outlets)}</h2>'
            f'<p class="meta">{escape(words.clusters_intro(len(grid.clusters)))}</p>'
            f'<div class="wide"><table class="across"><thead><tr><th scope="col">{escape(words.cluster)}</th>{head}'
            f'</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _source_line(article: ExportedArticle) -> str:
    """Outlet, author, date and address of the article, where known (the comparison needs them)."""
    meta = article.metadata
    parts = [escape(v) for v in (meta.outlet, meta.author, meta.published) if v]
    if meta.url:
        # Shown, not linked: the page makes no requests and opens nothing by itself.
        parts.append(f'<span class="url">{escape(meta.url)}</span>')
    return f'<p class="meta source">{" · ".join(parts)}</p>' if parts else ""


def render_article(export: ExportSet, article: ExportedArticle, index: int, words: ReportWords = ENGLISH) -> str:
    info = describe_language(article.language)
    numbers = claim_numbers(article)
    direction = "rtl" if info.right_to_left else "ltr"
    return (f'<article id="a{index}" lang="{escape(info.tag)}" dir="{direction}">'
            f"<h2>{escape(article.title)}</h2>"
            f'<p class="meta" lang="{escape(words.language)}" dir="ltr">{escape(article.name)} · '
            f"{escape(words.language_name(article.language))} · {escape(words.claims(len(article.annotations)))}</p>"
            f"{_source_line(article)}"
            f'<div class="layout"><div class="text">{render_text(export, article, index, numbers)}</div>'
            f'<aside lang="">{render_notes(export, article, index, numbers, words)}</aside></div>'
            f"</article>")


def export_html(export: ExportSet, *, exported: datetime, words: ReportWords = ENGLISH) -> bytes:
    """The report as one UTF-8 HTML file; `exported` is printed in its header, `words` are its headings."""
    articles = "\n".join(render_article(export, article, i, words) for i, article in enumerate(export.articles))
    summary = escape(words.claims_in_articles(export.claim_count(), len(export.articles)))
    title = escape(words.title)
    page = f"""<!DOCTYPE html>
<html lang="{escape(words.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Marginalia">
<title>{title}</title>
<style>{STYLESHEET}</style>
</head>
<body>
<header><h1>{title}</h1>
<p class="meta">{escape(words.exported(format_time(exported)))} · {summary}</p>
</header>
<section class="summary"><h2>{escape(words.claims_per_topic)}</h2>{render_counts(export, words)}
<figure class="chart">{topic_chart_svg(export, words=words)}</figure></section>
{render_across(export, words)}
{articles}
</body>
</html>
"""
    return page.encode("utf-8")
