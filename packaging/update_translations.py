"""Refresh the interface's translations: the Qt Linguist sources from the code, then the compiled catalogues.

    python packaging/update_translations.py            # after adding or changing UI strings
    python packaging/update_translations.py --check    # exit 1 if a .ts or .qm is out of date

pyside6-lupdate reads every module of desktop/marginalia/ui and app.py and merges their
strings into resources/translations/marginalia_<lang>.ts: new strings arrive
unfinished (a translator fills them in Qt Linguist or a text editor), strings gone
from the code are dropped. marginalia_en.ts holds only the plural forms of the
English source strings ("%Ln claim(s)" → "1 claim", "2 claims"). pyside6-lrelease then
compiles each .ts into the .qm the app loads; the .qm files are committed, so the
wheel and the installers need no Qt tools to build.

Files carry no source line numbers and messages are sorted: a change of the code that
moves a string leaves the .ts as it is, and two branches that add strings merge.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = [ROOT / "desktop" / "marginalia" / "ui", ROOT / "desktop" / "marginalia" / "app.py"]
LANGUAGES = ("es", "it", "pl", "vi")  # translated in full; English only for its plural forms
CATALOGUE = "marginalia"
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-sort-messages", "-silent"]


def tool(name: str) -> str:
    """A PySide6 tool: the one beside this Python (a virtual environment's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found; install PySide6 (pip install PySide6-Essentials)")
    return found


def source_files() -> list[str]:
    files: list[Path] = []
    for source in SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return [str(f) for f in files]


def ts_files(folder: Path) -> dict[str, Path]:
    """Language code → its .ts in `folder` ("en" for the plural forms of the source)."""
    return {code: folder / f"{CATALOGUE}_{code}.ts" for code in ("en", *LANGUAGES)}


def update_ts(folder: Path) -> None:
    """Merge the code's strings into the .ts files in `folder` (created if missing)."""
    files = ts_files(folder)
    translated = [str(files[code]) for code in LANGUAGES]
    for command in (
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *source_files(), "-ts", *translated],
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, "-pluralonly", "-source-language", "en",
         *source_files(), "-ts", str(files["en"])],
    ):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"update_translations: lupdate failed:\n{done.stdout}{done.stderr}")


def release(ts: Path, qm: Path) -> None:
    done = subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"update_translations: lrelease {ts.name} failed:\n{done.stdout}{done.stderr}")


def check() -> list[str]:
    """What is out of date, without writing: each .ts against the code, each .qm against its .ts."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="marginalia-ts-") as scratch:
        folder = Path(scratch)
        for code, ts in ts_files(TRANSLATIONS).items():
            if ts.exists():
                shutil.copy(ts, folder / ts.name)
        update_ts(folder)
        for code, ts in ts_files(TRANSLATIONS).items():
            fresh = folder / ts.name
            if not ts.exists() or not filecmp.cmp(ts, fresh, shallow=False):
                problems.append(f"{ts.name} does not match the code's strings")
            qm = ts.with_suffix(".qm")
            if ts.exists():
                release(ts, folder / qm.name)
                if not qm.exists() or not filecmp.cmp(qm, folder / qm.name, shallow=False):
                    problems.append(f"{qm.name} is not compiled from {ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="update_translations.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date (exit 1 if anything is)")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(f"update_translations: {problem}", file=sys.stderr)
        if problems:
            print("update_translations: run  python packaging/update_translations.py", file=sys.stderr)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update_ts(TRANSLATIONS)
    for ts in ts_files(TRANSLATIONS).values():
        release(ts, ts.with_suffix(".qm"))
    print(f"update_translations: {', '.join(p.name for p in ts_files(TRANSLATIONS).values())} updated and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
