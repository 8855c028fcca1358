"""The shared-meaning table: words of the five languages mapped to shared concept ids."""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import MarginaliaError

# A stem shorter than this ("cen*", "zł*") would match far too many words; the table's
# loader skips it rather than let it match everything.
MIN_STEM = 4


@lru_cache(maxsize=65536)  # stays a cache: a pure function of its string, tied to no file
def concept_word(word: str) -> str:
    """A word as the table matches it: lower case, diacritics kept. Folding them away
    would make Vietnamese syllables collide with each other and with European words
    ("lỗ", a loss, and "lộ", exposed, would both be "lo")."""
    return unicodedata.normalize("NFC", word).casefold().replace("’", "'")


# Longest entry, in words ("sztuczna inteligencja", "chi phí", "centro de datos").
MAX_WORDS = 4


class ConceptTableError(MarginaliaError):
    """A line of the concept table that cannot be read: the file, the line number and why."""

    def __init__(self, path: Path, line: int, code: ErrorCode, **facts) -> None:
        super().__init__(code, file=str(path), line=line, **facts)
        self.path, self.line = path, line


def entry_pattern(entry: str) -> tuple[str, ...] | None:
    """An entry's words as concept_word makes them; a trailing * keeps a word as a stem
    (matched as a prefix). None for an entry the table cannot use."""
    words = []
    for raw in entry.split():
        stem = raw.endswith("*")
        folded = concept_word(raw.rstrip("*"))
        if not folded or (stem and len(folded) < MIN_STEM):
            return None
        words.append(folded + ("*" if stem else ""))
    return tuple(words) if 0 < len(words) <= MAX_WORDS else None


@dataclass(frozen=True, slots=True)
class ConceptTable:
    """Entries by first word: exact words, and stems (by their letters) for prefixes."""

    exact: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    stems: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    concepts: int
    digest: str  # of the table's text: cached features made with another table are stale

    def keys(self, words: list[str]) -> set[str]:
        """Concept ids of `words` (in text order, each made by concept_word), each once."""
        found: set[str] = set()
        exact, stems = self.exact, self.stems
        for i, word in enumerate(words):
            candidates = list(exact.get(word, ()))
            for cut in range(MIN_STEM, len(word) + 1):
                candidates.extend(stems.get(word[:cut], ()))
            for pattern, concept in candidates:
                if concept not in found and _matches(pattern, words, i):
                    found.add(concept)
        return found


def _matches(pattern: tuple[str, ...], words: list[str], at: int) -> bool:
    if at + len(pattern) > len(words):
        return False
    for part, word in zip(pattern, words[at:at + len(pattern)]):
        if part.endswith("*"):
            if not word.startswith(part[:-1]):
                return False
        elif word != part:
            return False
    return True


def parse_table(path: Path, text: str) -> ConceptTable:
    """The table from its TSV text: `id<TAB>entries<TAB>entries...`, one column per
    language, entries separated by commas, lines starting with # ignored."""
    exact: dict[str, list] = {}
    stems: dict[str, list] = {}
    ids: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise ConceptTableError(path, number, ErrorCode.CONCEPT_TOO_FEW_ENTRIES)
        concept = cells[0].strip()
        if not concept or concept in ids:
            raise ConceptTableError(path, number, ErrorCode.CONCEPT_ID_REPEATED, value=concept)
        ids.add(concept)
        for cell in cells[1:]:
            for entry in cell.split(","):
                pattern = entry_pattern(entry.strip())
                if pattern is None:
                    continue
                first = pattern[0]
                target = stems if first.endswith("*") else exact
                target.setdefault(first.rstrip("*"), []).append((pattern, concept))
    return ConceptTable({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in stems.items()}, len(ids),
                        hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])


def table_path() -> Path:
    from marginalia.paths import resources_dir

    return resources_dir() / "suggest" / "concepts.tsv"


class ConceptTables:
    """The concept table of a file (the bundled one by default), read on first use;
    held by the core's services."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._table: ConceptTable | None = None
        self._lock = threading.Lock()

    def table(self) -> ConceptTable:
        with self._lock:
            if self._table is None:
                path = self._path or table_path()
                self._table = parse_table(path, path.read_text(encoding="utf-8"))
            return self._table


def default_table() -> ConceptTable:
    """The concept table of the services the app was wired with (the bundled one)."""
    from marginalia.core.services import services

    return services().concepts.table()
