"""The suite: sizes, the data each measure needs (built on first use) and the measures by key."""

from __future__ import annotations

import os
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import datagen
from figures import Result


@dataclass(frozen=True)
class Sizes:
    article_bytes: int
    claims: int
    library_articles: int
    runs: int  # repetitions of each measure (startup and memory: processes of each kind)


FULL = Sizes(article_bytes=1_000_000, claims=10_000, library_articles=5_000, runs=5)
QUICK = Sizes(article_bytes=100_000, claims=1_000, library_articles=200, runs=1)

# Run order: processes first, while this one is still small and the machine quiet;
# then the in-process core measures; the window last, as it keeps its document.
RUN_ORDER = ("startup_ratio", "startup_vs_widgets", "rss_1mb_10k_mb", "library_5k_ms", "search_5k_ms", "save_10k_ratio",
             "reanchor_10k_ms", "agreement_10k_ms", "adjudicate_10k_ms", "suggest_1k_ms", "compare_5k_ms", "open_1mb_10k_ms",
             "add_claim_10k_ms", "save_ui_block_10k_ms")
# Report order: as the brief lists them.
REPORT_ORDER = ("startup_ratio", "startup_vs_widgets", "open_1mb_10k_ms", "add_claim_10k_ms", "save_10k_ratio", "save_ui_block_10k_ms",
                "reanchor_10k_ms", "library_5k_ms", "search_5k_ms", "rss_1mb_10k_mb", "agreement_10k_ms",
                "suggest_1k_ms", "compare_5k_ms", "adjudicate_10k_ms")
# Suggestions are measured across a library of this many articles (fewer with --quick).
SUGGEST_ARTICLES = 1000
# Measured in child processes, so --profile hands these a file to write.
CHILD_PROFILED = ("startup_ratio", "startup_vs_widgets", "library_5k_ms")
# The interface language of startup_vs_widgets unless run.py --ui-language names one: the
# target is set for the longest words of the five.
WIDGETS_LANGUAGE = "vi"


class Suite:
    """Everything one run shares, under one temporary `root`."""

    def __init__(self, root: Path, sizes: Sizes, seed: int = 20260302) -> None:
        self.root, self.sizes, self.seed = Path(root), sizes, seed
        self.home = self.root / "home"  # MARGINALIA_HOME: settings and first-run library
        self.home.mkdir(parents=True, exist_ok=True)
        os.environ["MARGINALIA_HOME"] = str(self.home)  # this process's window too
        # Child processes compile bytecode once into a private cache, as an installed
        # app has it compiled (pip, PyInstaller); without it, a shell with
        # PYTHONDONTWRITEBYTECODE would recompile every edited module at every start.
        # The prefix keeps the source tree unwritten.
        os.environ["PYTHONPYCACHEPREFIX"] = str(self.root / "pycache")
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        self.profile_file: Path | None = None
        self._reading: datagen.ReadingCorpus | None = None
        self._library: Path | None = None
        self._agreement: Path | None = None
        self._suggest_library: Path | None = None
        self._compare_library: Path | None = None
        self._window = None
        self._startup: dict[str | None, dict] = {}  # interface language → figures of each start-up mode

    def _rng(self, salt: int) -> random.Random:
        # One generator per data set: the same data whichever measures run.
        return random.Random(self.seed * 1000 + salt)

    @property
    def reading(self) -> datagen.ReadingCorpus:
        if self._reading is None:
            self._reading = datagen.build_reading_corpus(self.root, self.sizes.article_bytes, self.sizes.claims,
                                                         self._rng(1))
        return self._reading

    @property
    def library(self) -> Path:
        if self._library is None:
            self._library = datagen.build_library(self.root, self.sizes.library_articles, self._rng(2))
        return self._library

    @property
    def agreement(self) -> Path:
        if self._agreement is None:
            self._agreement = datagen.build_agreement_corpus(self.root, self.sizes.article_bytes, self.sizes.claims,
                                                             self._rng(4))
        return self._agreement

    @property
    def suggest_library(self) -> Path:
        if self._suggest_library is None:
            count = min(SUGGEST_ARTICLES, self.sizes.library_articles)
            self._suggest_library = datagen.build_library(self.root / "suggest", count, self._rng(6))
        return self._suggest_library

    @property
    def compare_library(self) -> Path:
        """The library's size, with the reading corpus's count of claims spread over it."""
        if self._compare_library is None:
            self._compare_library = datagen.build_compare_library(self.root, self.sizes.library_articles,
                                                                  self.sizes.claims, self._rng(7))
        return self._compare_library

    def window(self):
        """The in-process window, showing the long article."""
        import measures_ui
        from paint_wait import settle

        if self._window is None:
            self._window = measures_ui.make_window(self.reading)
        document = self._window.session.current
        if document is None or document.article.path.resolve() != self.reading.long_article.resolve():
            self._window.open_article(self.reading.long_article)
            settle(0.3)
        return self._window

    def close(self) -> None:
        """Close the window (it saves) while the temporary folder still exists."""
        if self._window is not None:
            from measures_ui import close_window

            close_window(self._window)
            self._window = None

    def describe(self) -> dict:
        return asdict(self.sizes)

    # -- measures --------------------------------------------------------
    def run(self, key: str) -> Result:
        return getattr(self, "_" + key)()

    def _startup_figures(self, language: str | None) -> dict:
        """The start-up processes' figures with the interface in `language` (None: as the
        settings have it), measured once per run and shared by the keys that use them."""
        import spawn

        if language not in self._startup:
            home = self.home / f"startup-home-{language or 'default'}"
            self._startup[language] = spawn.startup_runs(home, self.sizes.runs, language)
            if self.profile_file is not None:  # after the measured runs: bytecode compiled, files cached
                spawn.profile_startup(home, self.profile_file, language)
        return self._startup[language]

    def _startup_ratio(self) -> Result:
        import spawn

        return spawn.startup_ratio(self._startup_figures(os.environ.get("BENCH_UI_LANGUAGE")))

    def _startup_vs_widgets(self) -> Result:
        import spawn

        language = os.environ.get("BENCH_UI_LANGUAGE") or WIDGETS_LANGUAGE
        return spawn.startup_vs_widgets(self._startup_figures(language), language)

    def _rss_1mb_10k_mb(self) -> Result:
        import spawn

        return spawn.measure_peak_memory(self.home / "memory-home", self.reading, self.sizes.runs)

    def _library_5k_ms(self) -> Result:
        import spawn

        return spawn.measure_library(self.home / "library-home", self.library, self.sizes.runs, self.profile_file)

    def _search_5k_ms(self) -> Result:
        import measures_core

        return measures_core.measure_search(self.library, self.root / "scratch", self.sizes.runs)

    def _suggest_1k_ms(self) -> Result:
        import measures_core

        return measures_core.measure_suggest(self.suggest_library, self.root / "scratch", self.sizes.runs,
                                             self._rng(5))

    def _save_10k_ratio(self) -> Result:
        import measures_core

        return measures_core.measure_save(self.reading.long_article, self.root / "scratch", self.sizes.runs)

    def _reanchor_10k_ms(self) -> Result:
        import measures_core

        return measures_core.measure_reanchor(self.reading.long_article, self.root / "scratch", self.sizes.runs,
                                              self._rng(3), self.reading.language)

    def _agreement_10k_ms(self) -> Result:
        import measures_core

        return measures_core.measure_agreement(self.agreement, self.sizes.runs)

    def _adjudicate_10k_ms(self) -> Result:
        import measures_core

        return measures_core.measure_adjudication(self.agreement, self.sizes.runs)

    def _compare_5k_ms(self) -> Result:
        import measures_ui

        return measures_ui.measure_compare(self.compare_library, self.sizes.runs)

    def _open_1mb_10k_ms(self) -> Result:
        import measures_ui

        self.close()
        result, self._window = measures_ui.measure_open(self.reading, self.sizes.runs)
        return result

    def _add_claim_10k_ms(self) -> Result:
        import measures_ui

        return measures_ui.measure_add_claim(self.window(), self.sizes.runs)

    def _save_ui_block_10k_ms(self) -> Result:
        import measures_autosave

        return measures_autosave.measure_save_ui_block(self.window(), self.sizes.runs)
