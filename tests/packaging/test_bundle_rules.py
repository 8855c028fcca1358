"""The spec's trimming rules: which Qt plugins, translations, modules and libraries the bundle keeps."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from installer_support import REPO, load_packaging_module

pytestmark = pytest.mark.packaging

QT = "PySide6/Qt"


@pytest.fixture(scope="module")
def rules():
    return load_packaging_module("bundle_rules")


@pytest.mark.parametrize("dest, kept", [
    (f"{QT}/plugins/platforms/libqxcb.so", True),
    (f"{QT}/plugins/platforms/libqwayland.so", True),
    (f"{QT}/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    (f"{QT}/plugins/platforms/libqcocoa.dylib", True),
    (f"{QT}/plugins/styles/libqmacstyle.dylib", True),
    (f"{QT}/plugins/iconengines/libqsvgicon.so", True),
    (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    (f"{QT}/plugins/platforms/libqeglfs.so", False),
    (f"{QT}/plugins/platforms/libqvnc.so", False),
    (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
    (f"{QT}/plugins/imageformats/libqjpeg.so", False),
    (f"{QT}/plugins/sqldrivers/libqsqlite.so", False),
    (f"{QT}/plugins/tls/libqopensslbackend.so", False),
    (f"{QT}/lib/libQt6Core.so.6", True),  # not a plugin
])
def test_keeps_plugin_only_for_what_the_app_uses(rules, dest, kept):
    """Platform, input, icon and style plugins stay; EGLFS, VNC, GTK, SQL, TLS and photo formats go."""
    assert rules.keeps_plugin(dest) is kept


def test_translations_follow_the_app_languages(rules, tmp_path):
    """Qt's qtbase catalogue ships only for languages the app has its own translation for;
    Qt's other catalogues (the qt_ meta-catalogue, help, designer, QML) never."""
    assert not rules.keeps_translation(f"{QT}/translations/qtbase_de.qm", [])
    assert not rules.keeps_translation("PySide6\\translations\\qt_fr.qm", [])
    assert rules.keeps_translation(f"{QT}/translations/qtbase_pt_BR.qm", ["pt_BR"])
    assert rules.keeps_translation("seeds/manifest.json", [])
    languages = ["en", "es", "it", "pl", "vi"]
    assert [name for name in ("qtbase_es.qm", "qtbase_it.qm", "qtbase_pl.qm", "qtbase_en.qm", "qtbase_de.qm",
                              "qt_es.qm", "qt_help_pl.qm", "qtdeclarative_pl.qm", "assistant_es.qm", "designer_pl.qm")
            if rules.keeps_translation(f"{QT}/translations/{name}", languages)] == \
        ["qtbase_es.qm", "qtbase_it.qm", "qtbase_pl.qm"]
    (tmp_path / "marginalia_vi.qm").write_bytes(b"")
    assert rules.shipped_languages(tmp_path) == ["vi"]
    assert rules.shipped_languages(tmp_path / "missing") == []


def test_prune_drops_system_libraries_and_what_only_dropped_plugins_needed(rules):
    """Roots (extensions, plugins, libpython) keep what they link; GTK's stack and system libraries go."""
    binaries = [
        ("PySide6/QtGui.abi3.so", "/site/QtGui.abi3.so", "EXTENSION"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/site/libqxcb.so", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/site/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6XcbQpa.so.6", "/site/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libffi.so.8", "/usr/lib/libffi.so.8", "BINARY"),
    ]
    links = {
        "/site/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/site/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"],
        "/site/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/usr/lib/libgtk-3.so.0": ["libffi.so.8"],
    }
    datas = [("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libgtk-link.so", "libgtk-3.so.0", "SYMLINK"),
             ("seeds/manifest.json", "/repo/seeds/manifest.json", "DATA")]
    kept, kept_datas = rules.prune_unlinked(binaries, datas, lambda path: links.get(path, []),
                                            lambda name: name == "libxcb-cursor.so.0")
    assert sorted(dest for dest, _src, _kind in kept) == sorted([
        "PySide6/QtGui.abi3.so", f"{QT}/plugins/platforms/libqxcb.so", f"{QT}/lib/libQt6Gui.so.6",
        f"{QT}/lib/libQt6XcbQpa.so.6", "libpython3.11.so.1.0"])
    assert [dest for dest, _src, _kind in kept_datas] == ["libQt6Gui.so.6", "seeds/manifest.json"]


def test_runtime_hooks_skip_what_costs_start_up_for_nothing(rules):
    """multiprocessing's hook goes everywhere; PySide6's (QtCore at every start) on Linux, where it is tested."""
    scripts = [("pyi_rth_inspect", "a", "PYSOURCE"), ("pyi_rth_pyside6", "b", "PYSOURCE"),
               ("pyi_rth_multiprocessing", "c", "PYSOURCE"), ("launch", "d", "PYSOURCE")]
    assert [name for name, *_ in rules.skip_runtime_hooks(scripts, "linux")] == [
        "pyi_rth_inspect", "launch"]
    assert [name for name, *_ in rules.skip_runtime_hooks(scripts, "win32")] == [
        "pyi_rth_inspect", "pyi_rth_pyside6", "launch"]


def _imported_modules() -> set[str]:
    names = set()
    for path in (REPO / "desktop" / "marginalia").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    return names


def test_app_never_imports_what_the_bundle_leaves_out(rules):
    """An import of an excluded module (ssl, unittest, QtNetwork, numpy.random, ...) would crash frozen."""
    excluded = set(rules.EXCLUDED_MODULES)
    clashes = {name for name in _imported_modules()
               if any(name == gone or name.startswith(gone + ".") for gone in excluded)}
    assert clashes == set()


def test_hashlib_works_without_openssl():
    """The bundle leaves _hashlib out: every digest the app's code calls still works, with
    the same result, from hashlib's built-in implementations."""
    import hashlib
    import re

    used = sorted({m for path in (REPO / "desktop" / "marginalia").rglob("*.py")
                   for m in re.findall(r"hashlib\.(\w+)\(", path.read_text(encoding="utf-8"))})
    assert "sha256" in used and "sha1" in used
    code = ("import sys; sys.modules['_hashlib'] = None\n"
            f"import hashlib; print(*(getattr(hashlib, n)(b'x').hexdigest() for n in {used!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == [getattr(hashlib, name)(b"x").hexdigest() for name in used]


@pytest.mark.parametrize("dest, kept", [
    ("babel/locale-data/fr.dat", False),
    ("babel/locale-data/root.dat", True),
    ("babel/global.dat", True),
    ("justext/stoplists/Spanish.txt", True),
    ("resources/translations/marginalia_pl.qm", True),
    ("resources/translations/marginalia_pl.ts", False),
    ("resources\\translations\\GLOSSARY.md", False),
    ("resources/icons/marginalia.svg", True),
])
def test_keeps_data_drops_babel_locales_but_its_root(rules, dest, kept):
    """babel's 1,100 locale files stay out (nothing asks for them); the root locale and other data
    stay; of the app's translations only the compiled catalogues."""
    assert rules.keeps_data(dest) is kept
    assert rules.trim_data([(dest, "/src", "DATA")]) == ([(dest, "/src", "DATA")] if kept else [])


def test_prune_keeps_libraries_opened_with_ctypes(rules):
    """pypdfium2 opens libpdfium by path: nothing links to it, yet pruning must keep it."""
    pdfium = ("pypdfium2_raw/libpdfium.so", "/site/pypdfium2_raw/libpdfium.so", "BINARY")
    stray = ("libunused.so", "/site/libunused.so", "BINARY")
    binaries, _ = rules.prune_unlinked([pdfium, stray], [], lambda _path: [], lambda _name: False)
    assert binaries == [pdfium]
