"""`marginalia agreement`: the table, the JSON document, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.cli import run_command
from marginalia.core.agreement import corpus_agreement
from marginalia.core.corpus import Corpus
from marginalia.core.storage.sidecar import sidecar_path
from support import SEED_NAMES, add_claims


@pytest.fixture
def coded(seed_copy, tmp_path) -> Path:
    """The seeds, two reviewers coding two articles for compute and privacy."""
    folder = seed_copy(tmp_path / "corpus")
    add_claims(folder, SEED_NAMES[0], ("Ana", 0, 40, ("compute",)), ("Ben", 5, 40, ("compute",)),
          ("Ana", 100, 160, ("privacy",)), ("Ben", 90, 150, ("privacy",)))
    add_claims(folder, SEED_NAMES[1], ("Ana", 10, 90, ("compute",)), ("Ben", 20, 90, ("compute",)))
    return folder


def test_agreement_json_has_the_agreed_shape(coded, capsys):
    """--json prints reviewers, topics by id with percent/kappa/alpha/alpha_u, and overall;
    the numbers are the core's, and a topic nobody used is null with its reason."""
    assert run_command(["agreement", str(coded), "--json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert err == ""
    assert data["reviewers"] == ["Ana", "Ben"]
    assert list(data["topics"]) == ["compute", "privacy", "competition"]
    report = corpus_agreement(Corpus(coded)).report
    for topic in ("compute", "privacy"):
        for name in ("percent", "kappa", "alpha", "alpha_u"):
            assert data["topics"][topic][name] == pytest.approx(report.pooled[topic].value(name))
    assert data["topics"]["competition"]["kappa"] is None
    assert data["topics"]["competition"]["reasons"]["kappa"] == "no_claims"
    assert data["overall"]["alpha"] == pytest.approx(report.overall.alpha)


def test_agreement_table_is_aligned_and_words_reasons(coded, capsys):
    """Without --json: one aligned row per topic and the overall row; undefined figures show
    a dash and the reason in words."""
    assert run_command(["agreement", str(coded), "--reviewers", "Ana", "Ben", "--topic", "compute", "competition"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("topic"))
    rows = lines[header:header + 4]
    assert [r.split()[0] for r in rows] == ["topic", "compute", "competition", "overall"]
    for heading in ("percent", "kappa", "alpha", "alpha_u"):
        end = rows[0].index(heading + " " if heading == "alpha" else heading) + len(heading)
        for row in (rows[1], rows[3]):  # each figure ends under the end of its heading
            assert row[end - 1] != " " and row[end:end + 1] in ("", " "), (heading, row)
    assert "no claims with this topic" in rows[2] and "–" in rows[2]
    assert "%" in rows[1]


def test_agreement_filters_articles_and_warns_of_what_it_left_out(coded, capsys):
    """--article narrows the articles; an article with an unreadable sidecar is left out
    with a warning on stderr, and the command still succeeds."""
    sidecar_path(coded / SEED_NAMES[1]).write_text("{not json", encoding="utf-8")
    assert run_command(["agreement", str(coded), "--json"]) == 0
    out, err = capsys.readouterr()
    assert SEED_NAMES[1] not in json.loads(out)["articles"]
    assert err.startswith("warning: left out:") and SEED_NAMES[1] in err
    assert run_command(["agreement", str(coded), "--json", "--article", SEED_NAMES[0]]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == [SEED_NAMES[0]]


@pytest.mark.parametrize("extra, needle", [
    (["--reviewers", "Ana", "Zed"], "reviewer 'Zed'"),
    (["--topic", "nope"], "topic 'nope'"),
    (["--article", "missing.txt"], "article 'missing.txt'"),
    (["--reviewers"], "expected at least one argument"),
])
def test_agreement_bad_arguments_exit_2_with_one_line(coded, capsys, extra, needle):
    """An unknown reviewer, topic or article: status 2 and one line on stderr naming it."""
    assert run_command(["agreement", str(coded), *extra]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and needle in err and err.startswith("marginalia")


def test_agreement_escapes_control_characters_in_names(coded, capsys):
    """A reviewer name with a newline or an escape sequence cannot break or recolour the table."""
    add_claims(coded, SEED_NAMES[2], ("Eve\n\x1b[31m", 0, 30, ("compute",)), ("Ana", 0, 30, ("compute",)))
    assert run_command(["agreement", str(coded), "--article", SEED_NAMES[2]]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Eve\\n\\x1b[31m" in out.splitlines()[0]


def test_agreement_runs_from_the_command_line(coded, marginalia):
    """`python -m marginalia agreement CORPUS --json` in a child process, as a user runs it."""
    done = marginalia("agreement", str(coded), "--json", "--topic", "compute")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["topics"]["compute"]["kappa"] is not None


def test_agreement_help(capsys):
    """`agreement --help` prints its usage, with every option, and exits 0."""
    assert run_command(["agreement", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: marginalia agreement")
    assert all(option in out for option in ("--reviewers", "--article", "--topic", "--json"))
