"""A corpus: a folder of articles with their sidecars, the codebook and a manifest."""

from __future__ import annotations

import os
import shutil
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.article import load_article, title_of
from marginalia.core.codebook import DEFAULT_CODEBOOK, Codebook
from marginalia.core.document import ArticleDocument, Changes, with_topic_removed
from marginalia.core.entry_cache import EntryCache, Stamp, stamp, stamp_of
from marginalia.core.errors import ArticleError, InputError, MarginaliaError, TopicInUseError
from marginalia.core.language import describe_language, detect_language
from marginalia.core.listing import inside, scan_articles
from marginalia.core.metadata import EMPTY, ArticleMetadata, from_entry
from marginalia.core.reviewers import count_by_reviewer
from marginalia.core.storage.codebook_file import CodebookFile, rebase_codebook
from marginalia.core.storage.documents import Saved, file_of, open_document, save_document, stored_language
from marginalia.core.storage.formats import CLUSTERS_FILE_NAME, CODEBOOK_FILE_NAME, SIDECAR_SUFFIX, sidecar_path
from marginalia.core.storage.manifest_file import load_manifest, read_manifest
from marginalia.core.storage.sidecar_file import SidecarFile, read_sidecar

__all__ = ["ArticleEntry", "Corpus", "read_manifest", "seed_library"]


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
    # Reviewer → {"count": n, "topics": {topic id: n}}: the counts by reviewer (core.reviewers).
    reviewer_counts: dict[str, dict] = field(default_factory=dict)
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


class Corpus:
    """The articles of one folder. Opening never fails as a whole: an unreadable
    article or sidecar is reported on its own entry and the rest open."""

    def __init__(self, root: Path, cache_dir: Path | None = None, services=None) -> None:
        self.root = Path(root).resolve()
        self._services = services  # a CoreServices; None: the ones the app was wired with
        if not self.root.is_dir():
            raise ArticleError(self.root, ErrorCode.NOT_A_FOLDER)
        self._cache = EntryCache(cache_dir, self.root) if cache_dir is not None else None
        self._cache_dir = cache_dir
        self._manifest_file, self.manifest, self.manifest_error = load_manifest(self.root)
        self._codebook_file = CodebookFile(self.root / CODEBOOK_FILE_NAME)
        self.codebook_error: InputError | None = None
        self._codebook = self._load_codebook()
        self._cluster_store = None  # read on first use: most commands never look at clusters
        self._claim_index = None
        self._lazy_lock = threading.Lock()

    # -- articles --------------------------------------------------------
    def article_paths(self) -> list[Path]:
        """Every article under the root, nested folders included, ordered by relative name
        ignoring case. Hidden files and folders (a name starting with ".") are skipped, and so
        are sidecars, links to folders and the files refused (see refused_articles)."""
        return [self.root / relative for relative, _ in scan_articles(self.root)[0]]

    def refused_articles(self) -> list[ArticleError]:
        """Article files never read: links to files outside the corpus, and files that are
        not regular files (FIFOs, devices). Each error names the file and why."""
        return scan_articles(self.root)[1]

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
        if cached is not None and "reviewers" in cached:  # rows cached before counting by reviewer are read again
            # The file's own title and metadata are cached; the manifest's (which the
            # user edits without touching the article) are applied over them now.
            listed = self.manifest.get(name)
            own = from_entry(cached.get("own"))
            return ArticleEntry(path, (listed or {}).get("title") or cached["title"], cached["language"],
                                cached["size"], cached["encoding"], cached["count"], cached["topics"],
                                reviewer_counts=cached["reviewers"], metadata=from_entry(listed).merged_over(own))
        identified: list[str] = []
        own: dict = {}
        entry = self._read_entry(path, identified, own)
        if entry.error is None and not entry.problems:
            row = {"title": own.get("title", entry.title), "language": entry.language, "size": entry.size,
                   "encoding": entry.encoding, "count": entry.annotation_count, "topics": entry.topic_counts,
                   "reviewers": entry.reviewer_counts, "own": own.get("metadata", {})}
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
            language = detect_language(article.text, self._services.detector if self._services else None)
        if identified is not None:
            identified[:] = [article.sha256, language]
        return language

    def _read_entry(self, path: Path, identified: list[str] | None = None, own: dict | None = None) -> ArticleEntry:
        """The row of `path` read from its files; `own` receives the title and metadata
        the article itself gives, before the manifest's (for the entry cache)."""
        try:
            article = self._load(path)
        except ArticleError as exc:  # unreadable, gone since the folder was listed, or outside
            return ArticleEntry(path, path.name, "und", _file_size(path), error=exc)
        if own is not None:
            own["title"] = article.metadata.title or title_of(article.text, path)
            own["metadata"] = dict(article.metadata.items())
        size = _file_size(path)
        problems: list[MarginaliaError] = []
        counts: Counter = Counter()
        by_reviewer: dict[str, dict] = {}
        total = 0
        try:
            data = read_sidecar(sidecar_path(path))
        except InputError as exc:
            problems.append(exc)
            data = None
        if data is not None:
            total = len(data.annotations) + len(data.bad_records)
            counts.update(t for a in data.annotations for t in a.topics)
            by_reviewer = count_by_reviewer(data.annotations)
            problems.extend(bad.error for bad in data.bad_records)
        stored = stored_language(data, article)
        if stored is not None:
            language = stored[0]
        else:
            manifest_language = (self.manifest.get(self.relative_name(path)) or {}).get("language")
            language = manifest_language or self._identify(article, identified)
        return ArticleEntry(path, article.title, describe_language(language).tag, size, article.encoding,
                            total, dict(counts), by_reviewer, tuple(problems), metadata=self.metadata_for(article))

    def _load(self, path: Path):
        self.check_inside(path)
        return load_article(path, self.title_for(path))

    def check_inside(self, path: Path) -> None:
        """Raise ArticleError unless `path`, links followed, is a file of this corpus."""
        if not inside(self.root, path):
            raise ArticleError(Path(path), ErrorCode.LINK_OUTSIDE_CORPUS, target=os.path.realpath(path))

    def entries(self, paths: list[Path] | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[ArticleEntry]:
        """Every article's row; `progress(done, total)` is told as they are read."""
        entries = []
        if paths is None and self._cache is not None:
            # One listing gives the names and the article's stat for the cache stamp.
            scanned = scan_articles(self.root)[0]
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

    def open(self, path: Path, *, identify_language: bool = True, accept_decoding: bool = False,
             tidy: bool = True) -> ArticleDocument:
        """The article at `path` with its claims; its sidecar's owner is file_of(it).
        Raises ArticleError if the article cannot be read (or leads outside the corpus).
        See open_document for the options."""
        self.check_inside(path)
        listed = self.manifest.get(self.relative_name(path)) or {}
        document, _file = open_document(path, listed.get("title"), listed.get("language"),
                                        identify_language=identify_language, accept_decoding=accept_decoding,
                                        tidy=tidy)
        return document

    def file_of(self, document: ArticleDocument) -> SidecarFile:
        """The owner of `document`'s sidecar (opened with it by open())."""
        return file_of(document)

    def save(self, document: ArticleDocument) -> Saved:
        """Write `document`'s sidecar now if it changed (see storage.documents.save_document)."""
        return save_document(document, self.file_of(document))

    # -- clusters --------------------------------------------------------
    @property
    def cluster_store(self):
        """The corpus's claim clusters and their file's owner (a core.clusters.store.ClusterStore).
        Made once, whichever thread asks first (the window, or an export on its worker)."""
        with self._lazy_lock:
            if self._cluster_store is None:
                from marginalia.core.clusters.store import ClusterStore

                self._cluster_store = ClusterStore(self.root)
        return self._cluster_store

    @property
    def clusters_path(self) -> Path:
        """Where the corpus's claim clusters are kept (the file may not exist yet)."""
        return self.root / CLUSTERS_FILE_NAME

    @property
    def cluster_store_if_loaded(self):
        """The cluster store if something has used it, else None (without reading the file)."""
        return self._cluster_store

    @property
    def claim_index(self):
        """Which article holds each claim (a core.clusters.claim_index.ClaimIndex, cached
        beside the library's entries): how members of renamed articles are found."""
        with self._lazy_lock:
            if self._claim_index is None:
                from marginalia.core.clusters.claim_index import ClaimIndex

                self._claim_index = ClaimIndex(self.root, self._cache_dir)
        return self._claim_index

    # -- other writers -----------------------------------------------------
    def merge_conflict_copies(self, folders: Iterable[Path] | None = None):
        """Merge the conflict copies a sync folder made of this corpus's files (in
        `folders` only, not below them, when given) into their files, and move them
        aside; a CopiesReport (see teamwork/conflict_copies.py). The codebook and the
        manifest are merged by their owners here, and taken in."""
        from marginalia.core.teamwork.conflict_copies import merge_conflict_copies

        held = {self._codebook_file.path: self._codebook_file, self._manifest_file.path: self._manifest_file}
        report = merge_conflict_copies(self.root, folders, lambda kind, path: held.get(path) or kind.owner(path))
        merged = {m.copy.original for m in report.merged}
        if self._codebook_file.path in merged and self._codebook_file.base is not None:
            self._codebook, self.codebook_error = self._codebook_file.base, None
        if self._manifest_file.path in merged and self._manifest_file.base is not None:
            self.manifest = {r["file"]: r for r in self._manifest_file.base.records}
            self.manifest_error = None
        return report

    def file_pending_losers(self) -> list[Path]:
        """Put the versions a git merge left pending (see teamwork/pending_losers.py)
        into the histories of this corpus's files; the files whose history took some."""
        from marginalia.core.teamwork.pending_losers import settle_pending

        return settle_pending(self.root)

    # -- codebook --------------------------------------------------------
    @property
    def codebook_path(self) -> Path:
        return self._codebook_file.path

    @property
    def codebook(self) -> Codebook:
        return self._codebook

    def _load_codebook(self) -> Codebook:
        try:
            return self._codebook_file.read() or DEFAULT_CODEBOOK
        except InputError as exc:
            # Keep the file untouched; the defaults let work go on, and saving the
            # codebook is refused until the user decides (see save_codebook).
            self.codebook_error = exc
            return DEFAULT_CODEBOOK

    def save_codebook(self, codebook: Codebook) -> Changes:
        """Write `codebook`, merged first with topics another writer saved since it was read."""
        if self.codebook_error is not None:
            raise self.codebook_error
        self._codebook = self._codebook_file.write(codebook).value
        return Changes(codebook=True)

    def change_codebook(self, before: Codebook, after: Codebook) -> Changes:
        """Make the edit from `before` to `after` on the codebook as it is now (an undo or
        redo: topics added since, here or by another writer, stay), and save it."""
        return self.save_codebook(rebase_codebook(before, after, self._codebook))

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
            except InputError:
                continue
            if data is not None:
                total += sum(topic_id in a.topics for a in data.annotations)
        return total

    def remove_topic(self, topic_id: str, *, strip: bool = False,
                     open_documents: Iterable[ArticleDocument] = ()) -> Changes:
        """Remove a topic from the codebook. If annotations carry it, refuse unless
        `strip` says to take it off them too (the user confirmed it): in the sidecars
        of the articles not among `open_documents` (whose holder strips them in memory,
        and saves them). Returns the codebook's Changes."""
        open_documents = list(open_documents)
        used = self.topic_usage(topic_id, open_documents)
        if used and not strip:
            raise TopicInUseError(topic_id, used)
        if used:
            self._strip_topic(topic_id, {d.article.path.resolve() for d in open_documents})
        return self.save_codebook(self.codebook.remove(topic_id))

    def _strip_topic(self, topic_id: str, skipped: set[Path]) -> None:
        for path in self.article_paths():
            if path.resolve() in skipped:
                continue
            file = SidecarFile(sidecar_path(path))
            try:
                data = file.read()
            except InputError:
                continue  # never rewrite a file we could not read
            if data is None or not any(topic_id in a.topics for a in data.annotations):
                continue
            stripped = tuple(with_topic_removed(a, topic_id) if topic_id in a.topics else a
                             for a in data.annotations)
            file.write(replace(data, annotations=stripped))


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
