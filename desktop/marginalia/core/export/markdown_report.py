"""Markdown export: a readable report of the claims, grouped by topic, then by article."""

from __future__ import annotations

import re
from datetime import datetime

from marginalia.core.annotation import Annotation, format_time
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


def escape_markdown(text: str) -> str:
    """User text as literal Markdown: a renderer shows its characters, never markup."""
    lines = []
    for line in text.split("\n"):
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
        details.append(escape_markdown(words.also(", ".join(others))))
    if a.author:
        details.append(escape_markdown(words.by(a.author)))
    details.append(format_time(a.modified)[:10])
    if a.note:
        out += [f"**{escape_markdown(words.note)}** " + _with_breaks(a.note), ""]
    out += ["*" + " · ".join(details) + "*", ""]
    return out


def _article_heading(article: ExportedArticle, words: ReportWords = ENGLISH) -> list[str]:
    language = words.language_name(article.language)
    meta = article.metadata
    source = " · ".join(escape_markdown(v) for v in (meta.outlet, meta.author, meta.published, meta.url) if v)
    return [f"### {escape_markdown(article.title)}", "",
            f"`{article.name.replace('`', '')}` · {escape_markdown(language)}", ""] + ([source, ""] if source else [])


def export_markdown(export: ExportSet, *, exported: datetime, words: ReportWords = ENGLISH) -> bytes:
    """The report as UTF-8 Markdown; `exported` is printed in its header, `words` are its headings."""
    count = export.claim_count()
    out = [f"# {escape_markdown(words.title)}", "",
           escape_markdown(f"{words.exported(format_time(exported))} · "
                           f"{words.claims_in_articles(count, len(export.articles))}"), ""]
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
        out += [f"## {escape_markdown(name)} ({total})", ""]
        for article, claims in members:
            out += _article_heading(article, words)
            for a in claims:
                out += _claim(export, article, a, topic_id, words)
    if count == 0:
        out += [escape_markdown(words.no_claims_matched), ""]
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")
