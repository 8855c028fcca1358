"""Markdown export: a readable report of the claims, grouped by topic, then by article."""

from __future__ import annotations

import base64
import re
from datetime import datetime

from marginalia.core.annotation import Annotation, format_time
from marginalia.core.compare.display import one_line
from marginalia.core.export.comparison import GRID_QUOTE_LIMIT, cluster_grid, topic_chart_svg
from marginalia.core.export.report_words import ENGLISH, ReportWords
from marginalia.core.export.selection import ExportedArticle, ExportSet

# Characters that start emphasis, code, links, images, raw HTML, entities,
# headings, tables or strikethrough anywhere in a line. Escaping them with a
# backslash (CommonMark §2.4) keeps user text literal; "(" and "!" need no
# escape once "[" is escaped, which keeps ordinary prose readable.
_INLINE_ACTIVE = re.compile(r"([\\`*_\[\]<>#|~&$])")
# Constructs that only matter at the start of a line: list items, setext
# underlines and ordered-list numbers ("1." / "1)"); ">" is escaped inline.
_LINE_START_ACTIVE = re.compile(r"^([-+=]|\d+(?=[.)]))")

UNTAGGED = ENGLISH.untagged


# Controls no prose holds (ESC, NUL, form feed…), and the characters some renderers
# take for line breaks besides "\n": shown as their escapes, never passed on.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_BREAKS = re.compile("\r\n?|\n")


def _inert(text: str) -> str:
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", _BREAKS.sub("\n", text))


def escape_markdown(text: str) -> str:
    """User text as literal Markdown: a renderer shows its characters, never markup."""
    lines = []
    for line in _inert(text).split("\n"):
        # Leading blanks would turn the line into a code block, where escapes
        # show literally; the indentation of a quoted line is not worth that.
        line = _INLINE_ACTIVE.sub(r"\\\1", line.lstrip().replace("\t", " "))
        match = _LINE_START_ACTIVE.match(line)
        if match:
            # "1." → "1\." and "- x" → "\- x": the text stays, the marker goes.
            cut = match.end() if match.group(1)[0].isdigit() else 0
            line = line[:cut] + "\\" + line[cut:]
        lines.append(line)
    return "\n".join(lines)


def escape_inline(text: str) -> str:
    """User text for a place that is one line (a heading, a list of names): escaped as
    escape_markdown does, its line breaks made spaces so it cannot start a block."""
    return escape_markdown(" ".join(_inert(text).split("\n")))


def code_span(text: str) -> str:
    """`text` as a code span: literal whatever it holds, on one line, fenced by more
    backticks than it has in a row (CommonMark §6.1)."""
    flat = " ".join(_inert(text).split("\n"))
    fence = "`" * (max((len(run) for run in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _with_breaks(text: str, lead: str = "") -> str:
    """Escaped `text` keeping its lines: a backslash at a line's end is a hard
    break, and an empty line stays a paragraph break (each line after `lead`)."""
    lines = escape_markdown(text).split("\n")
    out = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        out.append((lead + line + ("\\" if following else "")) if line else lead.rstrip())
    return "\n".join(out)


def _claim(export: ExportSet, article: ExportedArticle, a: Annotation, topic_id: str | None,
           words: ReportWords = ENGLISH) -> list[str]:
    out = [_with_breaks(a.quote.exact, "> ") if a.quote.exact else "> " + escape_markdown(words.empty_selection), ""]
    page = article.page(a)
    details = ([escape_markdown(words.page(page))] if page is not None else []) \
        + [escape_markdown(words.characters(a.position.start, a.position.end))]
    status = article.status(a)
    if status != "exact":
        details.append(f"**{escape_markdown(words.status(status))}**")
    others = [export.topic(t).name for t in a.topics if t != topic_id]
    if others:
        details.append(escape_inline(words.also(", ".join(others))))
    if a.author:
        details.append(escape_inline(words.by(a.author)))
    details.append(format_time(a.modified)[:10])
    if a.note:
        out += [f"**{escape_markdown(words.note)}** " + _with_breaks(a.note), ""]
    out += ["*" + " · ".join(details) + "*", ""]
    return out


def _article_heading(article: ExportedArticle, words: ReportWords = ENGLISH) -> list[str]:
    language = words.language_name(article.language)
    meta = article.metadata
    source = " · ".join(escape_inline(v) for v in (meta.outlet, meta.author, meta.published, meta.url) if v)
    return [f"### {escape_inline(article.title)}", "",
            f"{code_span(article.name)} · {escape_inline(language)}", ""] + ([source, ""] if source else [])


def _cell(text: str) -> str:
    """User text for a cell of a pipe table: one line, escaped (a "|" too)."""
    return escape_inline(text).replace("\n", " ")


def _counts_table(export: ExportSet, words: ReportWords = ENGLISH) -> list[str]:
    """The topic × article table of counts, and the chart as an SVG image in the file
    itself (a data: address: nothing fetched, and an image runs nothing)."""
    used = {t for article in export.articles for a in article.annotations for t in a.topics}
    # Topics without claims get no column, as they get no section.
    topics = [t for t in export.topics() if t.id in used and (not export.focus or t.id in export.focus)]
    if not export.articles or not topics:
        return []
    out = [f"## {escape_inline(words.claims_per_topic)}", "",
           f"| {_cell(words.article)} | " + " | ".join(_cell(t.name) for t in topics) + f" | {_cell(words.claims_column)} |",
           "|---|" + "---:|" * (len(topics) + 1)]
    for article in export.articles:
        counts = [sum(t.id in a.topics for a in article.annotations) for t in topics]
        out.append(f"| {_cell(article.title)} ({article.language}) | "
                   + " | ".join(str(c) if c else "" for c in counts) + f" | {len(article.annotations)} |")
    svg = base64.b64encode(topic_chart_svg(export, words=words).encode("utf-8")).decode("ascii")
    return out + ["", f"![{_cell(words.chart_title)}](data:image/svg+xml;base64,{svg})", ""]


def _across_outlets(export: ExportSet, words: ReportWords = ENGLISH) -> list[str]:
    """One row per cluster, each article's quotes side by side; the column heading says
    the article's language, and each quote is marked with its language tag too, as
    Markdown has no attribute for it."""
    if not export.clusters:
        return []
    grid = cluster_grid(export)
    head = [f"{_cell(a.title)} ({_cell(words.language_name(a.language))})" for a in grid.articles]
    out = [f"## {escape_inline(words.across_outlets)}", "", escape_inline(words.clusters_intro(len(grid.clusters))), "",
           f"| {_cell(words.cluster)} | " + " | ".join(head) + " |", "|---|" + "---|" * len(head)]
    for r, cluster in enumerate(grid.clusters):
        first = f"**{_cell(cluster.label)}**" if cluster.label.strip() else _cell(words.no_label)
        if cluster.note:
            first += " — " + _cell(cluster.note)
        if cluster.left_out:
            first += f" ({_cell(words.more_members(cluster.left_out))})"
        cells = [" · ".join(f"*{_cell(a_language)}* “{_cell(one_line(claim.quote.exact, GRID_QUOTE_LIMIT))}”"
                            for claim in grid.cell(r, c))
                 for c, a_language in enumerate(a.language for a in grid.articles)]
        out.append(f"| {first} | " + " | ".join(cells) + " |")
    return out + [""]


def export_markdown(export: ExportSet, *, exported: datetime, words: ReportWords = ENGLISH) -> bytes:
    """The report as UTF-8 Markdown; `exported` is printed in its header, `words` are its headings."""
    count = export.claim_count()
    out = [f"# {escape_inline(words.title)}", "",
           escape_markdown(f"{words.exported(format_time(exported))} · "
                           f"{words.claims_in_articles(count, len(export.articles))}"), ""]
    out += _counts_table(export, words) + _across_outlets(export, words)
    # A report limited to some topics is about those: a claim's other topics
    # are named on the claim, not given sections of their own.
    groups: list[tuple[str | None, str]] = [(t.id, t.name) for t in export.topics()
                                            if not export.focus or t.id in export.focus]
    groups.append((None, words.untagged))
    for topic_id, name in groups:
        members = [(article, [a for a in article.annotations
                              if (topic_id in a.topics if topic_id is not None else not a.topics)])
                   for article in export.articles]
        members = [(article, claims) for article, claims in members if claims]
        if not members:
            continue
        total = sum(len(claims) for _article, claims in members)
        out += [f"## {escape_inline(name)} ({total})", ""]
        for article, claims in members:
            out += _article_heading(article, words)
            for a in claims:
                out += _claim(export, article, a, topic_id, words)
    if count == 0:
        out += [escape_markdown(words.no_claims_matched), ""]
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")
