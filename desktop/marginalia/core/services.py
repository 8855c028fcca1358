"""The core's long-lived helpers that hold state (the language model, caches, tables read
from data files), built where the app is wired: app.py and cli.py make a CoreServices
and install it; library callers get a default one, made on first use; tests make their own."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.extract.cache import ExtractCache, user_folder
from marginalia.core.language import LanguageDetector, LanguageNames
from marginalia.core.storage.atomic import TemporaryListing
from marginalia.core.suggest.concepts import ConceptTables


@dataclass
class CoreServices:
    """What the core keeps between calls: each piece has this one owner."""

    detector: LanguageDetector = field(default_factory=LanguageDetector)
    names: LanguageNames = field(default_factory=LanguageNames)
    extracts: ExtractCache = field(default_factory=lambda: ExtractCache(user_folder()))
    temporaries: TemporaryListing = field(default_factory=TemporaryListing)
    concepts: ConceptTables = field(default_factory=ConceptTables)

    @classmethod
    def for_user(cls, cache_dir: Path | None) -> CoreServices:
        """The services of a run for a user: names and extracted texts kept in `cache_dir`
        across runs (None: in memory only)."""
        if cache_dir is None:
            return cls(extracts=ExtractCache(None))
        return cls(names=LanguageNames(Path(cache_dir) / "language-names.json"),
                   extracts=ExtractCache(Path(cache_dir) / "extracted"))


_lock = threading.Lock()
_installed: CoreServices | None = None


def services() -> CoreServices:
    """The services installed where the app was wired; a default one made on first use
    for library callers that wired none."""
    global _installed
    with _lock:
        if _installed is None:
            _installed = CoreServices()
        return _installed


def install(chosen: CoreServices) -> CoreServices:
    """Make `chosen` the services of this process (app.py and cli.py call this once,
    tests to isolate themselves); returns the one it replaces, to put it back."""
    global _installed
    with _lock:
        before, _installed = _installed, chosen
    return before or CoreServices()
