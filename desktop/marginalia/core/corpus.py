"""A corpus: a folder of articles with their sidecars, the codebook and a manifest."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path

from marginalia.core.article import ARTICLE_SUFFIXES, load_article, title_of
from marginalia.core.codebook import DEFAULT_CODEBOOK, Codebook
from marginalia.core.document import ArticleDocument, with_topic_removed
from marginalia.core.entry_cache import EntryCache, Stamp, stamp, stamp_of
from marginalia.core.errors import ArticleError, MarginaliaError, SidecarError, TopicInUseError
from marginalia.core.language import describe_language, detect_language
from marginalia.core.metadata import EMPTY, ArticleMetadata, from_entry
from marginalia.core.storage.codebook_file import CODEBOOK_FILE_NAME, read_codebook, write_codebook
from marginalia.core.storage.documents import open_document, read_sidecar, save_document, stored_language
from marginalia.core.storage.sidecar import SIDECAR_SUFFIX, encode_sidecar, sidecar_path
from marginalia.core.storage.atomic import atomic_write

MANIFEST_FILE_NAME = "manifest.json"
MANIFEST_FORMAT = "marginalia-manifest"


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """One row of the library: what is known of an article without opening it for editing."""

    path: Path
    title: str
    language: str  # BCP 47
    size: int  # bytes on disk
    encoding: str = "utf-8"
    annotation_count: int = 0
    topic_counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[MarginaliaError, ...] = ()  # sidecar problems; the article still opens
    error: ArticleError | None = None  # the article itself cannot be opened
    # Outlet, author, date and address: the manifest's where set, else the file's own.
    metadata: ArticleMetadata = EMPTY

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def outlet(self) -> str:
        return self.metadata.outlet

    @property
    def author(self) -> str:
        return self.metadata.author

    @property
    def published(self) -> str:
        return self.metadata.published

    @property
    def url(self) -> str:
        return self.metadata.url


def read_manifest(root: Path) -> dict[str, dict]:
    """file name → {"title", "language", ...} from the corpus manifest, if it has one."""
    path = Path(root) / MANIFEST_FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return {}
    return {a["file"]: a for a in data.get("articles", []) if isinstance(a, dict) and "file" in a}


class Corpus:
    """The articles of one folder. Opening never fails as a whole: an unreadable
    article or sidecar is reported on its own entry and the rest open."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise ArticleError(self.root, "not a folder")
        self._cache = EntryCache(cache_dir, self.root) if cache_dir is not None else None
        self.manifest = read_manifest(self.root)
        self.codebook_error: SidecarError | None = None
        self.codebook = self._load_codebook()

    # -- articles --------------------------------------------------------
    def article_paths(self) -> list[Path]:
        """Every article under the root, nested folders included, ordered by relative name
        ignoring case. Hidden files and folders (a name starting with ".") are skipped, and so
        are sidecars and links to folders."""
        return [self.root / relative for relative, _ in self._scan()]

    def _scan(self) -> list[tuple[str, os.DirEntry]]:
        """(path relative to the root, directory entry) of each article, in the order of
        article_paths(). os.scandir on strings rather than Path.rglob: a library of thousands
        of files spends most of its listing time building Path objects otherwise, and the
        entries carry the stat the entry cache needs."""
        found: list[tuple[str, str, os.DirEntry]] = []  # (sort key, relative path, entry)
        folders = [(str(self.root), "")]
        while folders:
            folder, prefix = folders.pop()
            try:
                with os.scandir(folder) as listing:
                    children = list(listing)
            except OSError:
                continue  # unreadable or gone: its articles cannot be listed anyway
            for child in children:
                name = child.name
                if name.startswith("."):
                    continue  # hidden, and so is everything inside a hidden folder
                try:
                    if child.is_dir(follow_symlinks=False):  # links to folders are not followed
                        folders.append((child.path, prefix + name + os.sep))
                    elif name.lower().endswith(ARTICLE_SUFFIXES) and child.is_file():
                        relative = prefix + name
                        found.append((relative.casefold(), relative, child))
                except OSError:
                    continue
        found.sort(key=_name_order)  # ignoring case; names differing only in case in a fixed order
        return [(relative, child) for _, relative, child in found]

    def title_for(self, path: Path) -> str | None:
        entry = self.manifest.get(self.relative_name(path))
        return entry.get("title") if entry else None

    def metadata_for(self, article) -> ArticleMetadata:
        """`article`'s metadata: what the manifest records (the user's), over the file's own."""
        return from_entry(self.manifest.get(self.relative_name(article.path))).merged_over(article.metadata)

    def relative_name(self, path: Path) -> str:
        path = Path(path)
        try:  # paths listed from the (resolved) root need no filesystem call
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.resolve().relative_to(self.root).as_posix()

    def entry(self, path: Path) -> ArticleEntry:
        path = Path(path)
        if self._cache is None:
            return self._read_entry(path)
        name = self.relative_name(path)
        location = os.fspath(path)
        return self._cached_entry(path, name, stamp(location), stamp(location + SIDECAR_SUFFIX))

    def _cached_entry(self, path: Path, name: str, article: Stamp | None, sidecar: Stamp | None) -> ArticleEntry:
        """The cached row of `path` if its files still have these stamps, else a fresh read.
        The stamps are taken before reading, so a file changed meanwhile is read again next time."""
        cached = self._cache.lookup(name, article, sidecar)
        if cached is not None:
            # The file's own title and metadata are cached; the manifest's (which the
            # user edits without touching the article) are applied over them now.
            listed = self.manifest.get(name)
            own = from_entry(cached.get("own"))
            return ArticleEntry(path, (listed or {}).get("title") or cached["title"], cached["language"],
                                cached["size"], cached["encoding"], cached["count"], cached["topics"],
                                metadata=from_entry(listed).merged_over(own))
        identified: list[str] = []
        own: dict = {}
        entry = self._read_entry(path, identified, own)
        if entry.error is None and not entry.problems:
            row = {"title": own.get("title", entry.title), "language": entry.language, "size": entry.size,
                   "encoding": entry.encoding, "count": entry.annotation_count, "topics": entry.topic_counts,
                   "own": own.get("metadata", {})}
            if identified:
                row["identified"] = identified  # [text SHA-256, language], for copies and touched files
            self._cache.store(name, article, sidecar, row)
        return entry

    def _identify(self, article, identified: list[str] | None) -> str:
        """The language of `article`'s text: from the cache when the same text was
        identified before, else by identification (remembered in `identified`)."""
        if not article.text.strip():
            return "und"
        language = self._cache.identified_language(article.sha256) if self._cache is not None else None
        if language is None:
            language = detect_language(article.text)
        if identified is not None:
            identified[:] = [article.sha256, language]
        return language

    def _read_entry(self, path: Path, identified: list[str] | None = None, own: dict | None = None) -> ArticleEntry:
        """The row of `path` read from its files; `own` receives the title and metadata
        the article itself gives, before the manifest's (for the entry cache)."""
        try:
            article = load_article(path, self.title_for(path))
        except ArticleError as exc:  # unreadable, or gone since the folder was listed
            return ArticleEntry(path, path.name, "und", _file_size(path), error=exc)
        if own is not None:
            own["title"] = article.metadata.title or title_of(article.text, path)
            own["metadata"] = dict(article.metadata.items())
        size = _file_size(path)
        problems: list[MarginaliaError] = []
        counts: Counter = Counter()
        total = 0
        try:
            data = read_sidecar(sidecar_path(path))
        except SidecarError as exc:
            problems.append(exc)
            data = None
        if data is not None:
            total = len(data.annotations) + len(data.bad_records)
            counts.update(t for a in data.annotations for t in a.topics)
            problems.extend(bad.error for bad in data.bad_records)
        stored = stored_language(data, article)
        if stored is not None:
            language = stored[0]
        else:
            manifest_language = (self.manifest.get(self.relative_name(path)) or {}).get("language")
            language = manifest_language or self._identify(article, identified)
        return ArticleEntry(path, article.title, describe_language(language).tag, size, article.encoding,
                            total, dict(counts), tuple(problems), metadata=self.metadata_for(article))

    def entries(self, paths: list[Path] | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[ArticleEntry]:
        """Every article's row; `progress(done, total)` is told as they are read."""
        entries = []
        if paths is None and self._cache is not None:
            # One listing gives the names and the article's stat for the cache stamp.
            scanned = self._scan()
            total = len(scanned)
            root, posix = self.root, os.sep == "/"
            for done, (relative, child) in enumerate(scanned, 1):
                try:
                    article = stamp_of(child.stat())
                except OSError:
                    article = None
                name = relative if posix else relative.replace(os.sep, "/")
                entries.append(self._cached_entry(root / relative, name, article,
                                                  stamp(child.path + SIDECAR_SUFFIX)))
                if progress is not None:
                    progress(done, total)
        else:
            paths = self.article_paths() if paths is None else paths
            for done, path in enumerate(paths, 1):
                entries.append(self.entry(path))
                if progress is not None:
                    progress(done, len(paths))
        if self._cache is not None:
            self._cache.save()
        return entries

    def open(self, path: Path, *, identify_language: bool = True) -> ArticleDocument:
        listed = self.manifest.get(self.relative_name(path)) or {}
        return open_document(path, listed.get("title"), listed.get("language"), identify_language=identify_language)

    def save(self, document: ArticleDocument) -> bool:
        return save_document(document)

    # -- codebook --------------------------------------------------------
    @property
    def codebook_path(self) -> Path:
        return self.root / CODEBOOK_FILE_NAME

    def _load_codebook(self) -> Codebook:
        try:
            return read_codebook(self.codebook_path)
        except FileNotFoundError:
            return DEFAULT_CODEBOOK
        except SidecarError as exc:
            # Keep the file untouched; the defaults let work go on, and saving the
            # codebook is refused until the user decides (see save_codebook).
            self.codebook_error = exc
            return DEFAULT_CODEBOOK
        except OSError as exc:
            self.codebook_error = SidecarError(self.codebook_path, "", exc.strerror or str(exc))
            return DEFAULT_CODEBOOK

    def save_codebook(self, codebook: Codebook) -> None:
        if self.codebook_error is not None:
            raise self.codebook_error
        write_codebook(self.codebook_path, codebook)
        self.codebook = codebook

    def topic_usage(self, topic_id: str, open_documents: Iterable[ArticleDocument] = ()) -> int:
        """How many annotations in the corpus carry `topic_id`: those of `open_documents`
        as they are in memory (saved or not), the others as their sidecars say."""
        in_memory = {d.article.path.resolve(): d for d in open_documents}
        total = sum(d.topic_counts()[topic_id] for d in in_memory.values())
        for path in self.article_paths():
            if path.resolve() in in_memory:
                continue
            try:
                data = read_sidecar(sidecar_path(path))
            except SidecarError:
                continue
            if data is not None:
                total += sum(topic_id in a.topics for a in data.annotations)
        return total

    def remove_topic(self, topic_id: str, *, strip: bool = False,
                     open_documents: Iterable[ArticleDocument] = ()) -> Codebook:
        """Remove a topic from the codebook. If annotations carry it, refuse unless
        `strip` says to take it off them too (the user confirmed it): in memory for
        `open_documents` (their next save writes it), in the sidecars for the rest."""
        open_documents = list(open_documents)
        used = self.topic_usage(topic_id, open_documents)
        if used and not strip:
            raise TopicInUseError(topic_id, used)
        if used:
            self._strip_topic(topic_id, open_documents)
        codebook = self.codebook.remove(topic_id)
        self.save_codebook(codebook)
        return codebook

    def _strip_topic(self, topic_id: str, open_documents: list[ArticleDocument]) -> None:
        in_memory = {d.article.path.resolve(): d for d in open_documents}
        for document in in_memory.values():
            for a in document.ordered():
                if topic_id in a.topics:
                    document.update(with_topic_removed(a, topic_id))
        for path in self.article_paths():
            if path.resolve() in in_memory:
                continue
            side = sidecar_path(path)
            try:
                data = read_sidecar(side)
            except SidecarError:
                continue  # never rewrite a file we could not read
            if data is None or not any(topic_id in a.topics for a in data.annotations):
                continue
            stripped = tuple(with_topic_removed(a, topic_id) for a in data.annotations)
            atomic_write(side, encode_sidecar(replace(data, annotations=stripped)), backup=True)


_name_order = itemgetter(0, 1)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def seed_library(seeds: Path, library: Path) -> bool:
    """Copy the bundled seeds into the user's library folder on first run.
    Returns True if it copied; an existing library is never touched."""
    library = Path(library)
    if library.exists() and any(library.iterdir()):
        return False
    library.mkdir(parents=True, exist_ok=True)
    for source in Path(seeds).iterdir():
        if source.is_file():
            shutil.copy2(source, library / source.name)
            (library / source.name).chmod(0o644)  # installed seeds are read-only
    return True
