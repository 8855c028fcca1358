"""Starting the window: arguments, first-run library, screenshots and the smoke test."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path


def _parse(argv: list[str]) -> argparse.Namespace:
    import textwrap

    from marginalia.__main__ import HEADLESS_COMMANDS

    # Wrapped here, not by argparse, which would break "merge-driver" at its hyphen.
    about = (f"Read and annotate articles. Headless commands: {', '.join(HEADLESS_COMMANDS)} "
             "(marginalia COMMAND --help).")
    parser = argparse.ArgumentParser(prog="marginalia", formatter_class=argparse.RawDescriptionHelpFormatter,
                                     description=textwrap.fill(about, 78, break_on_hyphens=False))
    parser.add_argument("path", nargs="?", type=Path, help="a folder of articles, or one article")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the window with the first article to FILE.png and exit")
    parser.add_argument("--ui-language", metavar="CODE",
                        help="the interface's language for this run: en, es, it, pl or vi "
                             "(by default the one chosen in View ▸ Interface Language, else the system's)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window on the bundled seeds, check it shows them, and exit")
    return parser.parse_args(argv)


def _initial_corpus(path: Path | None, settings) -> tuple[Path, Path | None]:
    """(folder, article to select) from the command line, the last session or the seeds."""
    from marginalia import paths
    from marginalia.core.corpus import seed_library

    if path is not None:
        path = path.expanduser().resolve()
        return (path.parent, path) if path.is_file() else (path, None)
    last = settings.last_corpus
    if last is not None and last.is_dir():
        return last, None
    library = paths.user_library_dir()
    seed_library(paths.seeds_dir(), library)
    return library, None


def run_app(argv: list[str]) -> int:
    args = _parse(argv)
    if args.path is not None and not args.path.exists():
        print(f"marginalia: {args.path}: no such file or folder", file=sys.stderr)
        return 2
    # Start-up creates tens of thousands of objects that live as long as the app
    # (modules, classes, Qt's enums); the cyclic GC would scan them over and over
    # for nothing. It is off until the window is up, then those objects are frozen
    # out of later collections.
    gc.disable()
    try:
        return _run_window(args)
    finally:
        _resume_gc()


def _resume_gc() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run_window(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    from marginalia import paths
    from marginalia.core.services import CoreServices, install

    # The core's state for this window: language names and extracted texts kept in the
    # user's cache folder across runs; the language model loaded on first use.
    install(CoreServices.for_user(paths.user_cache_dir()))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Marginalia")
    app.setOrganizationName("Marginalia")
    app.setDesktopFileName("marginalia")
    _set_icon(app)
    settings = Settings()
    _set_language(app, args.ui_language, settings.ui_language)
    if args.smoke_test:
        from marginalia.ui.smoke import smoke_test

        _resume_gc()
        return smoke_test(app)
    folder, article = _initial_corpus(args.path, settings)
    if args.screenshot is not None:
        from marginalia.ui.smoke import take_screenshot

        _resume_gc()
        return take_screenshot(app, folder, article, args.screenshot)
    window = MainWindow(settings)
    window.restore_state()
    window.open_corpus(folder, article)
    window.show()
    # A window appears when the platform exposes it, after this returns: a second
    # is well past its first paint on any machine.
    QTimer.singleShot(1000, _resume_gc)
    return app.exec()


def _set_language(app, requested: str | None, saved: str) -> None:
    from marginalia.ui import i18n

    code, problem = i18n.choose_language(requested, saved)
    if problem is not None:
        print(f"marginalia: {problem}", file=sys.stderr)
    i18n.install(app, code)


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    from marginalia import paths

    try:
        icon = paths.resources_dir() / "icons" / "marginalia.svg"
    except FileNotFoundError:
        return
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
