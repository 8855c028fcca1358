"""`export --adjudicated`: the adjudicator's decisions alone, of one adjudicator with --reviewer."""

from __future__ import annotations

import csv
import io

from marginalia.cli import run_command
from marginalia.core import adjudication as adj
from marginalia.core.corpus import Corpus
from support.reviewer_demo import ANA, BEN, two_reviewers


def _decide(folder, name, who, side):
    corpus = Corpus(folder)
    document = corpus.open(folder / name)
    item = next(i for i in adj.compare(document.claims(), ANA, BEN) if not i.agrees)
    for claim in adj.keep_side(document.text, item, side, who):
        document.add(claim)
    corpus.save(document)


def _rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_export_adjudicated_keeps_the_decisions_alone(seed_corpus, tmp_path, capsys):
    """Two adjudicators settle one disagreement each: --adjudicated exports both, --reviewer narrows to one."""
    made = two_reviewers(seed_corpus)
    first, second = sorted(made)[:2]
    _decide(seed_corpus, first, "Carol", "a")
    _decide(seed_corpus, second, "Dan", "both")
    out = tmp_path / "decided.csv"
    assert run_command(["export", str(seed_corpus), "--format", "csv", "--output", str(out), "--adjudicated"]) == 0
    rows = _rows(out)
    assert sorted(r["author"] for r in rows) == ["Carol", "Dan", "Dan"]
    assert {r["article"] for r in rows} == {first, second}
    assert run_command(["export", str(seed_corpus), "--format", "csv", "--output", str(out), "--adjudicated",
                        "--reviewer", "Dan"]) == 0
    assert [r["author"] for r in _rows(out)] == ["Dan", "Dan"]
    assert "Exported 2 claims from 1 article" in capsys.readouterr().out
    assert run_command(["export", str(seed_corpus), "--format", "csv", "--output", str(out)]) == 0
    assert len(_rows(out)) == 8 * len(made) + 3  # without it, everything
