"""The headless commands: arguments, exit statuses and what they print."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys


import pytest

from marginalia.cli import run_command
from marginalia.core.export import FORMATS
from marginalia.core.storage.sidecar import sidecar_path
from support import REPO, SEED_NAMES



@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_writes_each_format(corpus_dir, tmp_path, capsys, fmt):
    """`export --format F --output P` writes P and says how many claims went out."""
    output = tmp_path / f"out{FORMATS[fmt].suffix}"
    assert run_command(["export", str(corpus_dir), "--format", fmt, "--output", str(output)]) == 0
    assert output.stat().st_size > 0
    out, err = capsys.readouterr()
    assert f"Exported 10 claims from 5 articles to {output}" in out and err == ""


def test_export_filters_by_topic_name_and_article(corpus_dir, tmp_path):
    """--topic takes a name in any case, --article a file name; both narrow the rows."""
    output = tmp_path / "out.csv"
    code = run_command(["export", str(corpus_dir), "--format", "csv", "--output", str(output),
                        "--topic", "PRIVACY", "--article", SEED_NAMES[0], SEED_NAMES[1]])
    rows = list(csv.DictReader(io.StringIO(output.read_bytes().decode("utf-8-sig"), newline="")))
    assert code == 0 and len(rows) == 2
    assert {r["topics"] for r in rows} == {"privacy"} and {r["article"] for r in rows} == set(SEED_NAMES[:2])


def test_export_pins_the_timestamp_with_source_date_epoch(corpus_dir, tmp_path, monkeypatch):
    """Two runs with SOURCE_DATE_EPOCH set give byte-identical files."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "1.jsonld", tmp_path / "2.jsonld"
    for path in (first, second):
        run_command(["export", str(corpus_dir), "--format", "w3c", "--output", str(path)])
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_bytes())["generated"] == "2023-11-14T22:13:20.000Z"


@pytest.mark.parametrize("argv, needle", [
    ([], "required"),
    (["export", "CORPUS", "--format", "docx", "--output", "o"], "invalid choice"),
    (["export", "CORPUS", "--format", "csv"], "--output"),
    (["export", "CORPUS", "--format", "csv", "--output", "o", "--topic", "nope"], "'nope'"),
    (["export", "CORPUS", "--format", "csv", "--output", "o", "--article", "x.txt"], "'x.txt'"),
    (["export", "CORPUS", "--format", "csv", "--output", "NODIR/o.csv"], "cannot write"),
    (["export", "MISSING", "--format", "csv", "--output", "o"], "not a folder"),
    (["check", "MISSING"], "not a folder"),
    (["import", "CORPUS", "MISSING"], "no such file"),
    (["show", "MISSING"], "no such file"),
    (["check", "CORPUS", "extra"], "unrecognized arguments"),
])
def test_bad_arguments_exit_2_with_one_line(corpus_dir, tmp_path, capsys, argv, needle):
    """Bad arguments or unreadable input: status 2 and a single line on stderr that says what."""
    real = {"CORPUS": str(corpus_dir), "MISSING": str(tmp_path / "missing"),
            "NODIR/o.csv": str(tmp_path / "nodir" / "o.csv"), "o": str(tmp_path / "o")}
    assert run_command([real.get(a, a) for a in argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and needle in err and err.startswith("marginalia")


def _headless_commands():
    from marginalia.__main__ import HEADLESS_COMMANDS

    return HEADLESS_COMMANDS


@pytest.mark.parametrize("command", _headless_commands())
def test_help_of_each_command(capsys, command):
    """`COMMAND --help` prints its usage and exits 0."""
    assert run_command([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: marginalia {command}")


def test_the_window_s_help_names_every_headless_command(capsys):
    """`marginalia --help` lists each command a user can run without the window."""
    from marginalia.app import _parse

    with pytest.raises(SystemExit):
        _parse(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for command in _headless_commands():
        assert command in out, command


def test_import_reports_counts_and_is_idempotent(corpus_dir, tmp_path, capsys, seed_copy):
    """import prints imported/updated/skipped/unmatched; a second run adds nothing."""
    exported = tmp_path / "all.jsonld"
    run_command(["export", str(corpus_dir), "--format", "w3c", "--output", str(exported)])
    fresh = seed_copy(tmp_path / "fresh")
    capsys.readouterr()
    assert run_command(["import", str(fresh), str(exported)]) == 0
    assert "Imported 10, updated 0, skipped 0, unmatched 0" in capsys.readouterr().out
    assert run_command(["import", str(fresh), str(exported)]) == 0
    out = capsys.readouterr().out
    assert "Imported 0, updated 0, skipped 10, unmatched 0" in out and "already here, unchanged" in out
    for name in SEED_NAMES:
        assert sidecar_path(fresh / name).read_bytes() == sidecar_path(corpus_dir / name).read_bytes()


def test_import_unmatched_exits_1_and_says_why(corpus_dir, tmp_path, capsys):
    """Annotations that fit no article are counted, listed with a reason, and give status 1."""
    stray = {"type": "Annotation", "id": "urn:uuid:11111111-1111-4111-8111-111111111111",
             "target": {"source": "https://example.org/",
                        "selector": {"type": "TextQuoteSelector", "exact": "zebra crossing at noon"}}}
    path = tmp_path / "stray.json"
    path.write_text(json.dumps(stray), encoding="utf-8")
    assert run_command(["import", str(corpus_dir), str(path)]) == 1
    out = capsys.readouterr().out
    assert "unmatched 1" in out and "quote not found in any article" in out


def test_import_bad_json_exits_2_naming_the_file(corpus_dir, tmp_path, capsys):
    """A file that is not JSON is refused with its name and the parser's complaint."""
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    assert run_command(["import", str(corpus_dir), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "invalid JSON" in err


def test_check_clean_corpus_prints_table_and_exits_0(corpus_dir, capsys):
    """A healthy corpus: one row per article with status counts, and status 0."""
    assert run_command(["check", str(corpus_dir)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["article", "claims", "exact", "moved", "fuzzy", "orphaned", "problems"]
    for name in SEED_NAMES:
        assert any(line.split()[:3] == [name, "2", "2"] for line in lines)
    assert "No problems." in out


def test_check_finds_orphans_and_bad_records_and_exits_1(corpus_dir, capsys):
    """An edited article orphans a claim, a corrupt record names its field: both make status 1."""
    first, second, third = (corpus_dir / n for n in SEED_NAMES[:3])
    first.write_text("Entirely different words now.\n", encoding="utf-8")
    data = json.loads(sidecar_path(second).read_text(encoding="utf-8"))
    data["annotations"][0]["position"]["end"] = "ten"
    sidecar_path(second).write_text(json.dumps(data), encoding="utf-8")
    sidecar_path(third).write_text("{ not json", encoding="utf-8")
    before = {p: p.read_bytes() for p in corpus_dir.iterdir()}
    assert run_command(["check", str(corpus_dir)]) == 1
    out = capsys.readouterr().out
    assert f"{first.name}.annotations.json (annotations[id=" in out and "orphaned:" in out
    assert f"{second.name}.annotations.json (annotations[0].position.end): expected an integer" in out
    assert f"{third.name}.annotations.json: invalid JSON" in out
    assert {p: p.read_bytes() for p in corpus_dir.iterdir()} == before  # check never writes


def test_check_reports_stray_sidecars_and_unknown_topics(corpus_dir, capsys):
    """A sidecar whose article is gone, and a topic missing from the codebook, are problems."""
    (corpus_dir / "gone.txt.annotations.json").write_text("{}", encoding="utf-8")
    side = sidecar_path(corpus_dir / SEED_NAMES[0])
    side.write_text(side.read_text(encoding="utf-8").replace('"compute"', '"vanished"'), encoding="utf-8")
    assert run_command(["check", str(corpus_dir)]) == 1
    out = capsys.readouterr().out
    assert "gone.txt.annotations.json: sidecar without its article gone.txt" in out
    assert "topic 'vanished' is not in the codebook" in out


def test_show_prints_the_sidecar_plain_when_piped(corpus_dir, capsys):
    """show prints the sidecar unchanged (no colour codes) when stdout is not a terminal."""
    article = corpus_dir / SEED_NAMES[0]
    assert run_command(["show", str(article)]) == 0
    assert capsys.readouterr().out == sidecar_path(article).read_text(encoding="utf-8")


def test_show_highlights_on_a_terminal(corpus_dir, capsys, monkeypatch):
    """On a terminal the JSON is coloured by pygments, and still carries the same text."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert run_command(["show", str(corpus_dir / SEED_NAMES[0])]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" in out and "marginalia-sidecar" in out


def test_show_without_sidecar_exits_2(tmp_path, capsys, seed_copy):
    """An article never annotated has nothing to show: status 2, one line naming it."""
    article = seed_copy(tmp_path / "c") / SEED_NAMES[0]
    assert run_command(["show", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(article) in err


def test_subprocess_exit_statuses(corpus_dir, marginalia):
    """Run as `python -m marginalia`: check gives 0, then 1 after damage; bad args give 2 on one line."""
    done = marginalia("check", str(corpus_dir))
    assert done.returncode == 0 and "No problems." in done.stdout and done.stderr == ""
    (corpus_dir / SEED_NAMES[0]).write_text("Nothing of the old text.\n", encoding="utf-8")
    assert marginalia("check", str(corpus_dir)).returncode == 1
    bad = marginalia("export", str(corpus_dir), "--format", "pdf", "--output", "x")
    assert bad.returncode == 2 and bad.stdout == "" and len(bad.stderr.splitlines()) == 1
    helped = marginalia("import", "--help")
    assert helped.returncode == 0 and "usage: marginalia import" in helped.stdout


def test_subprocess_show_is_plain_and_progress_is_silent_when_piped(corpus_dir, tmp_path, marginalia):
    """Piped output carries no escape codes: no colours from show, no progress on stderr."""
    shown = marginalia("show", str(corpus_dir / SEED_NAMES[0]))
    assert shown.returncode == 0 and "\x1b" not in shown.stdout
    assert json.loads(shown.stdout)["format"] == "marginalia-sidecar"
    exported = marginalia("export", str(corpus_dir), "--format", "html", "--output", str(tmp_path / "r.html"))
    assert exported.returncode == 0 and exported.stderr == ""


def test_headless_commands_never_load_qt():
    """The CLI, exports and import run without PySide6 ever being imported."""
    code = ("import sys, marginalia.cli, marginalia.core.export, marginalia.core.importer; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(REPO / "desktop")})
    assert done.returncode == 0


def test_commands_load_only_what_they_use():
    """The headless entry point loads neither the importer nor the export writers until a
    command needs them: a script calling `check` often should not pay for them."""
    code = ("import sys\n"
            "from marginalia.cli import build_parser\n"
            "build_parser()\n"
            "loaded = sorted(m for m in sys.modules if m.startswith(('marginalia.core.importer', "
            "'marginalia.core.export.w3c', 'marginalia.core.export.qdpx', 'marginalia.core.export.html_report', "
            "'marginalia.core.checking', 'marginalia.core.anchoring')))\n"
            "print(loaded)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO / "desktop")}).stdout
    assert out.strip() == "[]"
