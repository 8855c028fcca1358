"""What the frozen bundle keeps: Qt plugins, Qt translations, Python modules, linked libraries."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules PyInstaller would otherwise pull in although Marginalia never runs
# them. Each has a fallback or is only loaded on demand by what imports it.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "xmlrpc",
    # The app is offline: no TLS. Without _hashlib, hashlib uses its built-in
    # SHA/MD5/BLAKE2; together they drop OpenSSL (5 MB).
    "ssl", "_ssl", "_hashlib",
    # Qt bindings the PySide6 hooks add for libraries Qt links internally.
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtSvg",
    # Languages are identified with py3langid's model file read by the app's own
    # code: py3langid's modules, and numpy with OpenBLAS (38 MB) that they import,
    # are never run. The model file is collected as data.
    "numpy", "py3langid",
    # pypdfium2 turns pages into Pillow images only on request; Marginalia reads
    # a PDF's text and never renders a page (Pillow and its libraries: 20 MB).
    "PIL",
    # lxml's data-binding API and Schematron validation: the extractors use lxml.etree
    # and lxml.html only (3 MB).
    "lxml.objectify", "lxml.isoschematron",
    # Marginalia uses rapidfuzz.distance only; fuzz and process fall back to their
    # pure-Python versions when the C++ ones are missing (5 MB).
    "rapidfuzz.fuzz_cpp", "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.process_cpp_impl",
]

# Distributions whose version the app reads at run time (the extractor recorded
# with each extracted text): their metadata must be in the bundle.
VERSIONED_DISTRIBUTIONS = ("trafilatura", "pypdfium2", "python-docx", "lxml")

# Data files collected by hooks that the app never reads. babel's locale data
# (about 35 MB, 1,100 files) comes with courlan, a trafilatura dependency that
# uses it only to read languages out of URLs, for a filter Marginalia never
# sets; the root locale stays so that babel itself still loads.
DROPPED_DATA = ("babel/locale-data/",)
KEPT_DATA = ("babel/locale-data/root.dat",)
# The app's translations: the compiled catalogues (.qm) run; the Linguist sources (.ts)
# and the glossary are for translators (half a megabyte the app never reads).
TRANSLATIONS_DATA = "resources/translations/"

# Qt plugins by folder, named without "lib" and the file suffix. One table for all
# three platforms: a name that does not exist on a platform costs nothing.
KEPT_PLUGINS = {
    # xcb and wayland for desktops, offscreen for CI, cocoa and windows for the others.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # Wayland windows need a shell; decorations for compositors that draw none (GNOME).
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    # Native file dialogs through the desktop portal; the GTK theme would need all of GTK.
    "platformthemes": {"qxdgdesktopportal"},
    # Dead keys and compose sequences, and IBus for input methods (Vietnamese, CJK).
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The window icon is an SVG.
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}

# PyInstaller run-time hooks that cost start-up time for nothing here. The
# multiprocessing one imports multiprocessing (15 ms) for child processes
# Marginalia never starts. PySide6's imports QtCore at every start, headless
# commands included (100 ms), only to register a qt.conf that the PySide6 wheel
# registers itself on import; the Linux tests check Qt still finds the bundled
# plugins without it. Windows and macOS keep it until tested there.
SKIPPED_RUNTIME_HOOKS = {"pyi_rth_multiprocessing"}
SKIPPED_RUNTIME_HOOKS_LINUX = {"pyi_rth_pyside6"}

# PySide6/Qt/plugins on Linux and macOS, PySide6/plugins in the Windows wheel.
_PLUGIN_PATH = re.compile(r"(?:^|/)(?:Qt6?|PySide6)/plugins/(?P<folder>[^/]+)/(?P<file>[^/]+)$")
_TRANSLATION_PATH = re.compile(r"(?:^|/)(?:Qt6?|PySide6)/translations/(?P<file>[^/]+)$")
_PLUGIN_SUFFIXES = (".so", ".dll", ".dylib")

TocEntry = tuple[str, str, str]


def plugin_name(file_name: str) -> str:
    """"libqxcb.so" → "qxcb", "qwindows.dll" → "qwindows"."""
    stem = file_name
    for suffix in _PLUGIN_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    return stem[3:] if stem.startswith("lib") else stem


def keeps_plugin(dest: str) -> bool:
    """False for a Qt plugin Marginalia does not use; True for anything that is not a plugin."""
    match = _PLUGIN_PATH.search(dest.replace("\\", "/"))
    if match is None:
        return True
    return plugin_name(match["file"]) in KEPT_PLUGINS.get(match["folder"], set())


def keeps_translation(dest: str, languages: Iterable[str]) -> bool:
    """Of Qt's own catalogues, only qtbase's (standard buttons, dialogs, context menus: all
    the app loads, see marginalia.ui.i18n) for the languages the app ships a translation
    for, English aside (the source language; Qt's English catalogue is empty)."""
    match = _TRANSLATION_PATH.search(dest.replace("\\", "/"))
    if match is None:
        return True
    # qtbase_pt_BR.qm → pt_BR; the app's languages come from marginalia_<lang>.qm.
    catalogue, _, language = match["file"].removesuffix(".qm").partition("_")
    return catalogue == "qtbase" and language != "en" and language in set(languages)


def shipped_languages(translations_dir) -> list[str]:
    """Languages of the app's own catalogues (resources/translations/marginalia_<lang>.qm)."""
    if not translations_dir.is_dir():
        return []
    return sorted(p.stem.partition("_")[2] for p in translations_dir.glob("marginalia_*.qm"))


def trim_qt(binaries: list[TocEntry], datas: list[TocEntry],
            languages: Iterable[str] = ()) -> tuple[list[TocEntry], list[TocEntry]]:
    """The Analysis TOCs without unused plugins and translations."""
    languages = list(languages)
    binaries = [entry for entry in binaries if keeps_plugin(entry[0])]
    datas = [entry for entry in datas
             if keeps_plugin(entry[0]) and keeps_translation(entry[0], languages)]
    return binaries, datas


def keeps_data(dest: str) -> bool:
    """False for a data file in DROPPED_DATA (unless listed in KEPT_DATA), and for anything
    of the app's translations but the compiled catalogues."""
    dest = dest.replace("\\", "/")
    if dest.startswith(TRANSLATIONS_DATA):
        return dest.endswith(".qm")
    return dest in KEPT_DATA or not dest.startswith(DROPPED_DATA)


def trim_data(datas: list[TocEntry]) -> list[TocEntry]:
    return [entry for entry in datas if keeps_data(entry[0])]


def skip_runtime_hooks(scripts: list[TocEntry], platform: str) -> list[TocEntry]:
    skipped = SKIPPED_RUNTIME_HOOKS | (SKIPPED_RUNTIME_HOOKS_LINUX if platform.startswith("linux") else set())
    return [entry for entry in scripts if entry[0] not in skipped]


# Libraries a package opens with ctypes by their path: nothing links to them, so
# pruning would take them for leftovers.
CTYPES_LIBRARIES = ("pypdfium2_raw/",)


def is_root(entry: TocEntry) -> bool:
    """Binaries something loads by path: Python extensions, Qt plugins, libpython, ctypes libraries."""
    dest, _source, kind = entry
    dest = dest.replace("\\", "/")
    name = PurePosixPath(dest).name
    return kind == "EXTENSION" or _PLUGIN_PATH.search(dest) is not None \
        or name.startswith("libpython") or dest.startswith(CTYPES_LIBRARIES)


def prune_unlinked(binaries: list[TocEntry], datas: list[TocEntry],
                   needed: Callable[[str], Iterable[str]],
                   provided_by_system: Callable[[str], bool]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop libraries the system provides, then those no kept binary links to any more.

    `needed(path)` lists the sonames a binary links against. PyInstaller collects
    the dependencies of every plugin it finds; once plugins are dropped, what only
    they pulled in (GTK, Cairo, Pango for the GTK theme) would otherwise stay.
    """
    by_name = {}
    for entry in binaries:
        name = PurePosixPath(entry[0]).name
        if not provided_by_system(name):
            by_name.setdefault(name, entry)
    kept: dict[str, TocEntry] = {}
    todo = [entry for entry in binaries if is_root(entry)]
    while todo:
        entry = todo.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        for soname in needed(entry[1]):
            dependency = by_name.get(soname)
            if dependency is not None and dependency[0] not in kept:
                todo.append(dependency)
    binaries = [entry for entry in binaries if entry[0] in kept]
    # PyInstaller links top-level names to libraries in package folders (libQt6Gui.so.6
    # → PySide6/Qt/lib/libQt6Gui.so.6): a link to a dropped library would dangle.
    datas = [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in kept]
    return binaries, datas
