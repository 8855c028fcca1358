"""`--reviewer` on the command line: the author of the claims import creates, a filter on export and check."""

from __future__ import annotations

import csv
import io
import shutil

from marginalia.cli import run_command
from marginalia.core.corpus import Corpus
from marginalia.core.storage.sidecar import sidecar_path
from support import SEED_NAMES


def _authors(folder) -> list[str]:
    corpus = Corpus(folder)
    return sorted(a.author for path in corpus.article_paths() for a in corpus.open(path).ordered())


def test_import_gives_the_reviewer_to_claims_without_an_author(corpus_dir, tmp_path, seed_copy, capsys):
    """Claims the file names an author for keep theirs; the others become the reviewer's."""
    exported = tmp_path / "all.jsonld"
    assert run_command(["export", str(corpus_dir), "--format", "w3c", "--output", str(exported)]) == 0
    fresh = seed_copy(tmp_path / "fresh")
    assert run_command(["import", str(fresh), str(exported), "--reviewer", "Bea"]) == 0
    assert _authors(fresh) == ["Ann"] * 5 + ["Bea"] * 5


def test_import_refuses_a_blank_reviewer(corpus_dir, tmp_path, capsys):
    """A blank name would leave the claims unattributed: refused before anything is read."""
    assert run_command(["import", str(corpus_dir), str(tmp_path / "x.jsonld"), "--reviewer", "  "]) == 2
    assert "--reviewer" in capsys.readouterr().err


def test_export_keeps_only_the_chosen_reviewers_claims(corpus_dir, tmp_path, capsys):
    """One reviewer, then several (repeated); a name with no claims is warned about."""
    out = tmp_path / "ann.csv"
    assert run_command(["export", str(corpus_dir), "--format", "csv", "--output", str(out), "--reviewer", "Ann"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 5 and {row["author"] for row in rows} == {"Ann"}
    capsys.readouterr()
    assert run_command(["export", str(corpus_dir), "--format", "csv", "--output", str(out), "--reviewer", "Ann",
                        "--reviewer", "", "--reviewer", "Zed"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 10
    assert "no claims by reviewer 'Zed'" in capsys.readouterr().err


def test_check_counts_and_reports_only_the_chosen_reviewers_claims(corpus_dir, capsys):
    """A fault in another reviewer's claim is not reported when checking one reviewer."""
    side = sidecar_path(corpus_dir / SEED_NAMES[0])
    side.write_text(side.read_text(encoding="utf-8").replace('"privacy"', '"vanished"'), encoding="utf-8")
    assert run_command(["check", str(corpus_dir)]) == 1
    assert "topic 'vanished' is not in the codebook" in capsys.readouterr().out
    assert run_command(["check", str(corpus_dir), "--reviewer", "Ann"]) == 0
    out = capsys.readouterr().out
    total = next(line for line in out.splitlines() if line.startswith("total"))
    assert total.split()[1] == "5" and "No problems." in out


def test_check_lists_conflict_copies_and_writes_nothing(corpus_dir, capsys):
    """check names a sync folder's conflict copy and leaves it; other commands merge it."""
    side = sidecar_path(corpus_dir / SEED_NAMES[0])
    copy = side.with_name(side.name.replace(".json", " (conflicted copy 2024-05-01 093012).json"))
    shutil.copy(side, copy)
    assert run_command(["check", str(corpus_dir)]) == 1
    out = capsys.readouterr().out
    assert copy.name in out and "conflict copy Nextcloud made of" in out
    assert copy.exists()
    assert run_command(["export", str(corpus_dir), "--format", "csv", "--output", str(corpus_dir.parent / "o.csv")]) == 0
    assert "merged " + copy.name in capsys.readouterr().err
    assert not copy.exists()
