"""The Linux .deb: its layout, its control fields, and the frozen app running from it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from installer_support import REPO, ensure_system_packages, load_packaging_module
from support import annotate_two_claims, copy_seeds

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is Linux only"),
]

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SIZE_TARGET_MIB = 150  # the onedir bundle on disk, with the article extractors


def _app(root: Path) -> Path:
    return root / "opt" / "marginalia" / "marginalia"


def _run(command, home: Path, timeout: int = 180, **env) -> subprocess.CompletedProcess:
    # As a user's shell would start it: none of this test run's Python or Qt settings.
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("PYTHON", "QT_"))}
    environment.update(MARGINALIA_HOME=str(home), **env)
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          env=environment, timeout=timeout)


def _depends(fields: dict[str, str]) -> list[str]:
    return [re.sub(r"\s*\(.*\)", "", item).strip() for item in fields["Depends"].split(",")]


def _disk_usage_mib(folder: Path) -> float:
    """What du counts: allocated blocks, each file once."""
    seen, blocks = set(), 0
    for path in [folder, *folder.rglob("*")]:
        stat = path.lstat()
        if (stat.st_dev, stat.st_ino) not in seen:
            seen.add((stat.st_dev, stat.st_ino))
            blocks += stat.st_blocks
    return blocks * 512 / 2**20


def test_deb_installs_app_under_opt_with_command_on_path(deb_root):
    """/opt/marginalia holds the bundle with seeds, resources and the language model; /usr/bin links to it."""
    app = _app(deb_root)
    assert app.is_file() and app.stat().st_mode & 0o111
    internal = app.parent / "_internal"
    assert len(list((internal / "seeds").glob("*.txt"))) == 5
    assert (internal / "seeds" / "manifest.json").is_file()
    assert (internal / "resources" / "icons" / "marginalia.svg").is_file()
    assert (internal / "py3langid" / "data" / "model.npz.xz").is_file()
    launcher = deb_root / "usr" / "bin" / "marginalia"
    assert launcher.is_symlink()
    target = Path(launcher.readlink())
    assert target == Path("/opt/marginalia/marginalia")
    assert (deb_root / target.relative_to("/")).is_file()


def test_deb_trims_unused_qt_plugins_and_translations(deb_root):
    """Only the plugins the app uses are shipped; of Qt's translations only qtbase's for the
    interface's languages Qt translates (Vietnamese has none); no GTK or OpenSSL."""
    qt = _app(deb_root).parent / "_internal" / "PySide6" / "Qt"
    plugins = {str(p.relative_to(qt / "plugins")) for p in (qt / "plugins").rglob("*.so")}
    for wanted in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "wayland-shell-integration/libxdg-shell.so", "iconengines/libqsvgicon.so",
                   "imageformats/libqsvg.so"):
        assert wanted in plugins
    assert not any(p.startswith(("platforms/libqeglfs", "platforms/libqvnc", "sqldrivers/",
                                 "platformthemes/libqgtk3", "generic/", "tls/")) for p in plugins)
    assert sorted(p.name for p in qt.glob("translations/*.qm")) == ["qtbase_es.qm", "qtbase_it.qm", "qtbase_pl.qm"]
    catalogues = sorted(p.name for p in (_app(deb_root).parent / "_internal" / "resources" / "translations").glob("*.qm"))
    assert catalogues == [f"marginalia_{code}.qm" for code in ("en", "es", "it", "pl", "vi")]
    internal = _app(deb_root).parent / "_internal"
    assert not list(internal.glob("libgtk*")) and not list(internal.glob("libssl*"))


def test_desktop_file_is_valid_and_names_the_icon(deb_root):
    """The menu entry passes desktop-file-validate and points at the command and hicolor icon."""
    ensure_system_packages("desktop-file-utils")
    desktop = deb_root / "usr" / "share" / "applications" / "marginalia.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()
    entries = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entries["Exec"].split()[0] == "marginalia"
    assert entries["Icon"] == "marginalia"


def test_deb_ships_hicolor_icons_at_every_size(deb_root):
    """PNG icons at each hicolor size with matching dimensions, plus the scalable SVG."""
    icons = deb_root / "usr" / "share" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        png = (icons / f"{size}x{size}" / "apps" / "marginalia.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == size
    assert (icons / "scalable" / "apps" / "marginalia.svg").is_file()


def test_control_fields_name_version_and_system_libraries(deb_root, deb_fields):
    """Version comes from the project; Depends covers every system library the bundle links, nothing it carries."""
    system_libs = load_packaging_module("linux/system_libs")
    version = subprocess.run([sys.executable, "-c", "import marginalia; print(marginalia.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert deb_fields["Package"] == "marginalia"
    assert deb_fields["Version"] == version
    assert deb_fields["Architecture"] == "amd64"
    assert deb_fields["Maintainer"] and deb_fields["Description"]
    bundle = deb_root / "opt" / "marginalia"
    needs = system_libs.system_needs(bundle)
    assert not needs.unknown, f"libraries nobody provides: {needs.unknown}"
    floor = ".".join(map(str, needs.glibc))
    assert re.match(rf"libc6 \(>= {re.escape(floor)}\)", deb_fields["Depends"])
    depends = _depends(deb_fields)
    assert set(depends) == {system_libs.SYSTEM_LIBRARIES[name] for name in needs.users}
    # The xcb plugin's own needs; a missing icccm or keysyms aborts with a message about xcb-cursor.
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
                    "libwayland-client0", "libfontconfig1", "libegl1"):
        assert package in depends
    carried = {path.name for path in bundle.rglob("*")}
    assert not carried & {name for name, package in system_libs.SYSTEM_LIBRARIES.items()
                          if package in depends}
    installed_kib = int(deb_fields["Installed-Size"])
    assert abs(installed_kib - _disk_usage_mib(deb_root) * 1024) < 0.05 * installed_kib


def test_depends_packages_provide_every_system_library(deb_root, deb_fields):
    """With the Depends packages installed, the loader finds every library the bundle expects from the system."""
    system_libs = load_packaging_module("linux/system_libs")
    ensure_system_packages(*_depends(deb_fields))
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    known = set(re.findall(r"^\s*(\S+) \(", cache, re.MULTILINE))
    needs = system_libs.system_needs(deb_root / "opt" / "marginalia")
    assert sorted(set(needs.users) - known - {"ld-linux-x86-64.so.2"}) == []


def test_bundle_meets_size_target(deb_root):
    """The onedir bundle is at most 150 MiB on disk."""
    size = _disk_usage_mib(deb_root / "opt" / "marginalia")
    assert size <= SIZE_TARGET_MIB, f"bundle is {size:.0f} MiB"


def test_bundle_leaves_out_numpy_but_keeps_the_language_model(deb_root):
    """Language identification reads py3langid's model without numpy: neither numpy nor
    py3langid's code ships, the model file does (the smoke test identifies languages)."""
    internal = deb_root / "opt" / "marginalia" / "_internal"
    assert not (internal / "numpy").exists() and not (internal / "numpy.libs").exists()
    assert sorted(p.name for p in (internal / "py3langid").iterdir()) == ["data"]


def test_frozen_smoke_test_offscreen(deb_root, tmp_path):
    """The frozen app opens the bundled seeds and shows them, with Qt's offscreen platform."""
    result = _run([_app(deb_root), "--smoke-test"], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: 5 articles" in result.stdout


def test_frozen_smoke_test_on_xcb_under_xvfb(deb_root, deb_fields, tmp_path):
    """Under a real X server the bundled xcb plugin loads with the system's libraries and the window shows."""
    ensure_system_packages("xvfb", "xauth", *_depends(deb_fields))
    result = _run(["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24 -nolisten tcp",
                   _app(deb_root), "--smoke-test"], tmp_path,
                  QT_QPA_PLATFORM="xcb", QT_DEBUG_PLUGINS="1")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "smoke test passed: 5 articles" in result.stdout
    bundled = str(_app(deb_root).parent / "_internal" / "PySide6" / "Qt" / "plugins")
    assert f'"{bundled}/platforms/libqxcb.so" loaded library' in result.stderr
    assert f'"{bundled}/iconengines/libqsvgicon.so" loaded library' in result.stderr


def test_frozen_smoke_test_on_wayland_under_weston(deb_root, deb_fields, tmp_path):
    """On a Wayland compositor (Weston, headless) the bundled wayland plugin and xdg-shell take over."""
    ensure_system_packages("weston", *_depends(deb_fields))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    socket = runtime / "marginalia-test"
    compositor = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={socket.name}", "--idle-time=0"],
        env=dict(os.environ, XDG_RUNTIME_DIR=str(runtime)), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):  # Weston creates its socket once it is ready
            if socket.exists() or compositor.poll() is not None:
                break
            time.sleep(0.1)
        assert socket.exists(), "weston did not start"
        result = _run([_app(deb_root), "--smoke-test"], tmp_path / "home", QT_QPA_PLATFORM="wayland",
                      QT_DEBUG_PLUGINS="1", XDG_RUNTIME_DIR=str(runtime), WAYLAND_DISPLAY=socket.name)
    finally:
        compositor.terminate()
        compositor.wait(timeout=30)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "smoke test passed: 5 articles" in result.stdout
    bundled = str(_app(deb_root).parent / "_internal" / "PySide6" / "Qt" / "plugins")
    assert f'"{bundled}/platforms/libqwayland.so" loaded library' in result.stderr
    assert f'"{bundled}/wayland-shell-integration/libxdg-shell.so" loaded library' in result.stderr


@pytest.fixture
def annotated_seeds(tmp_path) -> Path:
    """A copy of the seeds with two claims per article, saved by the source tree's core."""
    return annotate_two_claims(copy_seeds(tmp_path / "corpus"), "first claim")


def test_frozen_check_reanchors_and_prints_a_table(deb_root, annotated_seeds, tmp_path):
    """`marginalia check` runs headless from the bundle, without loading Qt: every article listed, every claim found."""
    trace = tmp_path / "ld"
    result = _run([_app(deb_root), "check", annotated_seeds], tmp_path / "home",
                  LD_DEBUG="files", LD_DEBUG_OUTPUT=str(trace))
    assert result.returncode == 0, result.stdout + result.stderr  # 1 would mean problems found
    assert "No problems." in result.stdout
    loaded = "".join(path.read_text(errors="replace") for path in tmp_path.glob("ld.*"))
    assert "libpython3" in loaded and "libQt6Core" not in loaded
    for article in (REPO / "seeds").glob("*.txt"):
        assert article.name in result.stdout
    total = next(line for line in result.stdout.splitlines() if line.startswith("total"))
    assert total.split()[1] == "10", result.stdout


def test_frozen_export_writes_w3c_json(deb_root, annotated_seeds, tmp_path):
    """`marginalia export --format w3c` writes a W3C annotation collection from the bundle."""
    output = tmp_path / "out.json"
    result = _run([_app(deb_root), "export", annotated_seeds, "--format", "w3c", "--output", output],
                  tmp_path / "home")
    assert result.returncode == 0, result.stderr
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert document["total"] == 10


def test_control_recommends_an_emoji_font(deb_fields):
    """apt installs a colour emoji font with the app by default, so emoji in notes are not boxes."""
    assert [item.strip() for item in deb_fields["Recommends"].split(",")] == ["fonts-noto-color-emoji"]


def test_frozen_import_reads_every_article_format(deb_root, tmp_path):
    """The bundle carries the extractors and their data: a web page, a PDF, a Word file and an
    e-book are each read and copied into a corpus; a scan is refused as having no text."""
    from support import article_files as files

    corpus = copy_seeds(tmp_path / "corpus")
    made = {"page.html": files.write_news_page, "paper.pdf": files.write_pdf, "note.docx": files.write_docx,
            "book.epub": files.write_epub}
    for name, write in made.items():
        write(tmp_path / name)
        result = _run([_app(deb_root), "import", corpus, tmp_path / name], tmp_path / "home")
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"New articles: {name}." in result.stdout
    check = _run([_app(deb_root), "check", corpus], tmp_path / "home")
    assert check.returncode == 0, check.stdout + check.stderr
    files.write_pdf(tmp_path / "scan.pdf", scanned=True)
    refused = _run([_app(deb_root), "import", corpus, tmp_path / "scan.pdf"], tmp_path / "home")
    assert refused.returncode == 2 and "no text layer" in refused.stderr
