"""Bringing a REFI-QDA project into a corpus: sources become articles, codes topics, selections claims."""

from __future__ import annotations

import re
from pathlib import Path

from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.annotation import utc_now
from marginalia.core.article import text_sha256
from marginalia.core.export.ids import derived_guid
from marginalia.core.importer.merge import ImportReport, Progress, Skipped, import_items, map_tags
from marginalia.core.importer.reader import Dropped, Incoming, read_time
from marginalia.core.importer.refi_offsets import STANDARD, choose_counting
from marginalia.core.importer.refi_qda import Code, Project, Source, parse_xml, read_codebook, read_project
from marginalia.core.metadata import ArticleMetadata, normalize_date, update_manifest
from marginalia.core.selectors import TextPosition, quote_at
from marginalia.core.text import canonicalize

# Source variables whose names say which metadata field they hold (any case).
_VARIABLE_FIELDS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publication": "outlet", "publisher": "outlet", "site": "outlet",
    "newspaper": "outlet",
    "author": "author", "authors": "author", "byline": "author",
    "published": "published", "date": "published", "publication date": "published",
    "url": "url", "link": "url", "address": "url",
}
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_NAME_LIMIT = 120


def _file_name(source_name: str) -> str:
    """A safe article file name from a source's name: no folders, no characters
    Windows refuses, ".txt" at the end."""
    base = source_name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub(" ", base).strip(" .") or "source"
    base = base[:_NAME_LIMIT].rstrip(" .")
    return base if base.lower().endswith(".txt") else base + ".txt"


def _metadata(project: Project, source: Source) -> tuple[ArticleMetadata, str, list[Dropped]]:
    """The article's metadata and language from the source's variables (and, in
    Marginalia's own exports, its description as the title)."""
    values: dict[str, str] = {}
    language = ""
    dropped: list[Dropped] = []
    for guid, value in source.variables.items():
        name = project.variables.get(guid, "")
        key = name.casefold().strip()
        if key == "language":
            language = value
        elif key in _VARIABLE_FIELDS and value:
            values.setdefault(_VARIABLE_FIELDS[key], value)
        elif value:
            dropped.append(Dropped(source.where, f"variable {name or guid}", "no article field of that name"))
    if source.description:
        if project.origin.startswith("Marginalia") and "title" not in values:
            values["title"] = source.description
        else:
            dropped.append(Dropped(source.where, "Description", "a memo on the whole source; only claims have notes"))
    if "published" in values:
        values["published"] = normalize_date(values["published"])
    return ArticleMetadata(**values), language, dropped


def _texts_in(corpus) -> dict[str, str]:
    """Text SHA-256 → article name, for every readable article of the corpus."""
    from marginalia.core.article import load_article
    from marginalia.core.errors import ArticleError

    found: dict[str, str] = {}
    for path in corpus.article_paths():
        try:
            found.setdefault(load_article(path).sha256, corpus.relative_name(path))
        except ArticleError:
            continue  # an unreadable article holds no text to match
    return found


def _place_source(corpus, project: Project, source: Source, text: str, known: dict[str, str],
                  report: ImportReport) -> str:
    """The corpus article holding `text`: an existing one with the same text, else a
    new file written into the corpus with the source's metadata."""
    sha = text_sha256(text)
    if sha in known:
        return known[sha]
    from marginalia.core.storage.atomic import write_new_file

    name = write_new_file(corpus.root, _file_name(source.name), text.encode("utf-8"))
    known[sha] = name
    metadata, language, dropped = _metadata(project, source)
    report.dropped.extend(dropped)
    update_manifest(corpus.root, name, metadata, extra={"language": language} if language else None)
    report.articles_added.append(name)
    return name


def _items(project: Project, source: Source, name: str, text: str, mapping) -> tuple[list[Incoming], list[Skipped]]:
    items: list[Incoming] = []
    skipped: list[Skipped] = []
    now = utc_now()
    for selection in source.selections:
        span = mapping.span(selection.start, selection.end)
        if span is None or span[1] > len(text):
            skipped.append(Skipped(selection.where, SkipCode.POSITIONS_OUTSIDE_SOURCE,
                                   {"start": selection.start, "end": selection.end, "length": len(text)}))
            continue
        codes = [project.codes[g] for g in selection.codes if g in project.codes]
        dropped = [Dropped(selection.where, "CodeRef", f"no code with GUID {g} in the project")
                   for g in selection.codes if g not in project.codes]
        notes = [selection.description] if selection.description.strip() else []
        notes += [project.notes[g] for g in selection.notes if g in project.notes]
        stated = read_time(selection.created), read_time(selection.modified)
        created = stated[0] or stated[1] or now
        position = TextPosition(*span)
        items.append(Incoming(
            id=selection.guid or derived_guid("refi-selection", source.guid, selection.where),
            where=selection.where, sources=(name,), quote=quote_at(text, position), position=position,
            tags=tuple(dict.fromkeys(c.name for c in codes)), note="\n\n".join(notes),
            author=project.users.get(selection.user, ""), created=created,
            modified=stated[1] or created, dated=stated != (None, None),
            dropped=tuple(dropped), colors=tuple((c.name, c.color) for c in codes if c.color)))
    return items, skipped


def import_refi_project(corpus, data: bytes, path: Path, *, progress: Progress | None = None,
                        reviewer: str = "") -> ImportReport:
    """Import a .qdpx or .qde: text sources become articles (or find theirs by text),
    selections become claims with their codes, notes and authors."""
    project = read_project(data, path)
    report = ImportReport(skipped=[Skipped(where, code, facts, fault=False) for where, code, facts in project.skipped],
                          dropped=list(project.dropped))
    items: list[Incoming] = []
    known = _texts_in(corpus) if project.sources else {}
    for source in project.sources:
        if source.raw is None:
            report.skipped.append(Skipped(source.where, SkipCode(source.missing), source.missing_facts, fault=False))
            continue
        text = canonicalize(source.raw)
        mapping, fits, checked = choose_counting(source.raw, [(s.start, s.end, s.name) for s in source.selections])
        if mapping.counting != STANDARD:
            report.notes.append((source.where, f"positions counted in {mapping.counting.describe()} "
                                               f"({fits} of {checked} selection names confirm it); converted"))
        elif checked and fits < checked:
            report.notes.append((source.where, f"{checked - fits} of {checked} selection names differ from "
                                               f"the text at their positions; placed by position"))
        name = _place_source(corpus, project, source, text, known, report)
        found, skipped = _items(project, source, name, text, mapping)
        items.extend(found)
        report.skipped.extend(skipped)
    grouping = [c.name for c in project.codes.values() if not c.codable]
    if grouping:
        report.notes.append(("CodeBook", f"{len(grouping)} grouping code(s) are not topics; their children "
                                         f"carry them in their names"))
    return import_items(corpus, items, (), progress=progress, report=report, reviewer=reviewer)


def import_refi_codebook(corpus, data: bytes, path: Path) -> ImportReport:
    """Import a .qdc: each codable code becomes a topic (nested ones named by their path)."""
    from marginalia.core.importer.reader import ImportFileError

    root = parse_xml(data, path)
    if root.tag.rsplit("}", 1)[-1] != "CodeBook":
        raise ImportFileError(path, ErrorCode.NOT_REFI_CODEBOOK, root=root.tag.rsplit("}", 1)[-1])
    return add_topics(corpus, [c for c in read_codebook(root).values()])


def add_topics(corpus, codes: list[Code]) -> ImportReport:
    """Topics for `codes` not yet in the codebook (by name, any case), in their colours."""
    report = ImportReport()
    codable = [c for c in codes if c.codable]
    _ids, codebook, added = map_tags(corpus.codebook, tuple(c.name for c in codable),
                                     {c.name: c.color for c in codable if c.color})
    report.new_topics.extend(added)
    for code in codable:
        if code.name not in added:
            report.skipped.append(Skipped(f"code {code.name}", SkipCode.TOPIC_EXISTS, fault=False))
    for code in codes:
        if not code.codable:
            report.notes.append((f"code {code.name}", "a grouping code, not a topic"))
    if added:
        corpus.save_codebook(codebook)
    return report
