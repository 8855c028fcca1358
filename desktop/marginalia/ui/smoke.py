"""Headless self-checks: the smoke test used by packaging, and window screenshots."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop


def _settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _scratch_window(scratch: str):
    """A main window whose settings live in `scratch`: a check or a screenshot must not
    change the user's window size, last folder or recent folders. It looks as the user's
    window does, though: high contrast if they chose it."""
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    settings = Settings(Path(scratch) / "settings.ini")
    if Settings().high_contrast is not None:
        settings.high_contrast = Settings().high_contrast
    window = MainWindow(settings)
    window.headless = True  # no one is at the screen: a modal message would wait for ever
    return window


def take_screenshot(app, folder: Path, article: Path | None, target: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="marginalia-screenshot-") as scratch:
        window = _scratch_window(scratch)
        window.resize(1440, 900)
        if not window.open_corpus(folder, article):
            return 1
        window.show()
        _settle(app, 0.6)
        if not window.grab().save(str(target)):
            print(f"marginalia: could not write {target}", file=sys.stderr)
            return 1
        window.close()
        # What could not be opened or saved was said on stderr; the run says so too.
        return 1 if window.headless_errors else 0


def smoke_test(app) -> int:
    """Open the bundled seeds in a scratch library; check articles and text are shown."""
    from marginalia import paths
    from marginalia.core.corpus import seed_library

    with tempfile.TemporaryDirectory(prefix="marginalia-smoke-") as scratch:
        library = Path(scratch) / "Library"
        seed_library(paths.seeds_dir(), library)
        window = _scratch_window(scratch)
        window.resize(1200, 800)
        ok = window.open_corpus(library)
        window.show()
        _settle(app, 0.5)
        problems = []
        rows = window.library.proxy.rowCount() if ok else 0
        if rows < 5:
            problems.append(f"library shows {rows} articles, expected 5")
        if len(window.reader.toPlainText()) < 100:
            problems.append("no article text shown")
        if window.grab().isNull():
            problems.append("window did not render")
        problems += _language_problems(library)
        problems += _translation_problems()
        window.close()
        problems += window.headless_errors
        if problems:
            print("marginalia smoke test failed: " + "; ".join(problems), file=sys.stderr)
            return 1
        print(f"marginalia smoke test passed: {rows} articles, "
              f"{len(window.reader.toPlainText())} characters shown, languages identified, "
              f"interface catalogues loaded")
        return 0


# Qt translates its standard buttons and dialogs for these interface languages (not Vietnamese).
QT_TRANSLATED = ("es", "it", "pl")


def _translation_problems() -> list[str]:
    """Every interface language's catalogue, and Qt's where Qt has one, ship and load:
    an installer that left them out would show English to everyone."""
    from PySide6.QtCore import QTranslator

    from marginalia.ui import i18n

    problems = []
    folder = i18n.translations_dir()
    for code in i18n.LANGUAGES:
        translator = QTranslator()
        if folder is None or not translator.load(f"{i18n.CATALOGUE}_{code}", str(folder)):
            problems.append(f"the {code!r} interface catalogue is missing")
        elif code != i18n.SOURCE_LANGUAGE and not translator.translate("Actions", "&File"):
            problems.append(f"the {code!r} interface catalogue has no translations")
    for code in QT_TRANSLATED:
        if not QTranslator().load(f"{i18n.QT_CATALOGUE}_{code}", i18n.qt_translations_dir()):
            problems.append(f"Qt's {code!r} catalogue is missing from {i18n.qt_translations_dir()}")
    return problems


def _language_problems(library: Path) -> list[str]:
    """Identify each seed's language from its text alone (the manifest normally says
    it): proves the language model ships and loads, which a seeded window never needs."""
    from marginalia.core.storage.manifest_file import read_manifest
    from marginalia.core.language import detect_language

    problems = []
    for name, entry in read_manifest(library).items():
        try:
            found = detect_language((library / name).read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            return [f"language identification failed: {exc}"]
        if found != entry.get("language"):
            problems.append(f"{name} identified as {found!r}, expected {entry.get('language')!r}")
    return problems
