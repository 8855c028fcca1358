"""An article's bibliographic metadata (title, outlet, author, date, address) and its place in the manifest."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path


# The manifest entry keys, in the order they are written and shown.
FIELDS = ("title", "outlet", "author", "published", "url")
_LIMIT = 2000  # a field is a line of a library row, not a document

# A publication date is kept as ISO 8601 (YYYY-MM-DD, or with a time), as found;
# whatever else a file says is not a date Marginalia can sort by.
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    """What a comparison of outlets needs to know of an article; "" where unknown."""

    title: str = ""
    outlet: str = ""  # the publication or site, e.g. "El País"
    author: str = ""  # one or more names, as the source gives them
    published: str = ""  # ISO 8601 date or date-time
    url: str = ""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, str):
                raise TypeError(f"{f.name} must be text")
            clean = " ".join(value.split())[:_LIMIT]
            if clean != value:
                object.__setattr__(self, f.name, clean)

    def merged_over(self, base: ArticleMetadata) -> ArticleMetadata:
        """These fields where set, `base`'s elsewhere (e.g. the user's over the file's)."""
        return replace(base, **{name: value for name, value in self.items() if value})

    def items(self) -> list[tuple[str, str]]:
        return [(name, getattr(self, name)) for name in FIELDS]

    def __bool__(self) -> bool:
        return any(value for _, value in self.items())


EMPTY = ArticleMetadata()


def normalize_date(value: str) -> str:
    """`value` if it is an ISO 8601 date or date-time (its date part for "2024-05-06 07:08"), else ""."""
    value = value.strip()
    if not _DATE.match(value):
        return ""
    return value if "T" in value or len(value) <= 10 else value[:10]


def from_entry(entry: dict | None) -> ArticleMetadata:
    """The metadata in one manifest entry; fields of the wrong type are left out."""
    if not isinstance(entry, dict):
        return EMPTY
    return ArticleMetadata(**{name: entry[name] for name in FIELDS if isinstance(entry.get(name), str)})


def update_manifest(root: Path, name: str, metadata: ArticleMetadata, *, keep_title: bool = False,
                    extra: dict[str, str] | None = None) -> ArticleMetadata:
    """Record `metadata` for the article `name` (relative, "/"-separated) in the
    corpus manifest, creating the manifest if there is none. Other entries, other
    keys of this entry (language, original_file) and unknown top-level keys are
    kept; an empty field removes its key. Written through the manifest's owner, so
    another writer's change made meanwhile is merged in, never lost; a manifest that
    cannot be read is never written over (InputError names it). With `keep_title`, a
    title already in the entry stays (the user's choice over the file's). `extra` sets
    other keys (e.g. "language"). Returns the entry's metadata as the manifest held it."""
    from marginalia.core.storage.manifest_file import ManifestFile

    owner = ManifestFile(root)
    value = owner.read() or owner.empty()
    records = list(value.records)
    at = next((i for i, a in enumerate(records) if a.get("file") == name), None)
    entry = dict(records[at]) if at is not None else {"file": name}
    previous = from_entry(entry)
    for key, field_value in metadata.items():
        if key == "title" and keep_title and entry.get("title"):
            continue
        if field_value:
            entry[key] = field_value
        else:
            entry.pop(key, None)
    entry.update(extra or {})
    if at is None:
        records.append(entry)
    else:
        records[at] = entry
    owner.write(value.with_records(tuple(records)))
    return previous


def set_article_metadata(corpus, path: Path, metadata: ArticleMetadata) -> ArticleMetadata:
    """Record `metadata` as the user's for the article at `path` (every field: an empty
    one falls back to the file's own). Returns what the manifest held before (as read
    now: another program may have changed it since the corpus was read), so that
    setting it back undoes the change."""
    from marginalia.core.storage.manifest_file import read_manifest

    previous = update_manifest(corpus.root, corpus.relative_name(path), metadata)
    corpus.manifest = read_manifest(corpus.root)
    return previous
