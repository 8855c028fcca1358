"""`marginalia suggest` and the corpus index behind it: output shape, errors, cache and updates."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from marginalia.cli import run_command
from marginalia.core.corpus import Corpus
from marginalia.core.suggest import store
from marginalia.core.suggest.store import CorpusSuggestions, cache_path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ES = "es-microsoft-openai-relacion-tensa.txt"
CLAIM = "Microsoft ha invertido más de $10B en OpenAI."


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def _claim_offsets() -> tuple[int, int]:
    from marginalia.core.article import load_article

    text = load_article(SEEDS / ES).text
    start = text.index("Esto suena")
    return start, text.index(CLAIM) + len(CLAIM)


def test_suggest_json_lists_k_passages_per_other_article(corpus_dir, capsys):
    """--json prints, for each of the four other articles, --top passages with exactly the agreed keys."""
    start, end = _claim_offsets()
    assert run_command(["suggest", str(corpus_dir), ES, str(start), str(end), "--top", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(set(row) == {"article", "start", "end", "quote", "score"} for row in rows)
    per_article = {}
    for row in rows:
        per_article.setdefault(row["article"], []).append(row)
    assert sorted(per_article) == sorted(p.name for p in SEEDS.glob("*.txt") if p.name != ES)
    assert all(len(found) == 3 for found in per_article.values())
    vietnamese = per_article["vi-microsoft-openai-noi-lo-an-giau.txt"]
    assert "10 tỷ" in vietnamese[0]["quote"]  # the same amount, written the Vietnamese way
    text = (corpus_dir / vietnamese[0]["article"]).read_text(encoding="utf-8")
    assert text[vietnamese[0]["start"]:vietnamese[0]["end"]] == vietnamese[0]["quote"]


def test_suggest_text_output_groups_by_article(corpus_dir, capsys):
    """Without --json: each other article's name, then its passages numbered best first."""
    start, end = _claim_offsets()
    assert run_command(["suggest", str(corpus_dir), str(corpus_dir / ES), str(start), str(end)]) == 0
    lines = capsys.readouterr().out.splitlines()
    headers = [line for line in lines if not line.startswith("  ")]
    assert len(headers) == 4 and ES not in headers
    assert sum(1 for line in lines if line.startswith("  1. [")) == 4
    assert sum(1 for line in lines if line.startswith("  ")) == 4 * 5


def test_suggest_accepts_a_path_outside_the_corpus(corpus_dir, tmp_path, capsys):
    """A claim in a file outside the corpus is compared with every corpus article."""
    outside = tmp_path / "note.txt"
    outside.write_text("Microsoft zainwestował 10 mld USD w OpenAI.", encoding="utf-8")
    assert run_command(["suggest", str(corpus_dir), str(outside), "0", "20", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len({row["article"] for row in rows}) == 5


@pytest.mark.parametrize("args, words", [
    (["nope.txt", "0", "5"], "nope.txt: no such article"),
    ([ES, "10", "5"], "offsets 10..5"),
    ([ES, "5", "5"], "offsets 5..5"),
    ([ES, "-1", "5"], "offsets -1..5"),
    ([ES, "0", "999999"], "offsets 0..999999"),
    ([ES, "zero", "5"], "invalid int value: 'zero'"),
    ([ES, "0", "5", "--top", "0"], "--top 0"),
])
def test_suggest_bad_arguments_exit_2_with_one_line(corpus_dir, capsys, args, words):
    """Bad offsets, an unknown article or a bad --top: exit 2 and one line naming the problem."""
    assert run_command(["suggest", str(corpus_dir), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and words in err


def test_suggest_unreadable_source_and_corpus_errors(corpus_dir, tmp_path, capsys):
    """A binary source file, a folder given as ARTICLE and a missing corpus are one-line errors."""
    binary = corpus_dir / "zz-binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert run_command(["suggest", str(corpus_dir), binary.name, "0", "5"]) == 2
    assert "zz-binary.txt" in capsys.readouterr().err
    (corpus_dir / "folder.txt").mkdir()
    assert run_command(["suggest", str(corpus_dir), "folder.txt", "0", "5"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert run_command(["suggest", str(tmp_path / "missing"), ES, "0", "5"]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_suggest_leaves_out_unreadable_articles_with_a_warning(corpus_dir, capsys):
    """Another article that cannot be read is left out, named on stderr; the rest are answered."""
    (corpus_dir / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    start, end = _claim_offsets()
    assert run_command(["suggest", str(corpus_dir), ES, str(start), str(end), "--json"]) == 0
    captured = capsys.readouterr()
    assert "zz-binary.txt" in captured.err
    assert "zz-binary.txt" not in {row["article"] for row in json.loads(captured.out)}


def test_corpus_index_reuses_cached_features_and_rereads_changed_files(corpus_dir, tmp_path, monkeypatch):
    """A second open takes features from the cache; a changed article is read and computed again."""
    cache = tmp_path / "cache"
    first = CorpusSuggestions(Corpus(corpus_dir), cache)
    assert first.refresh() == 5
    first.close()
    computed = []
    real = store.article_features
    monkeypatch.setattr(store, "article_features", lambda text, sha: computed.append(sha) or real(text, sha))
    second = CorpusSuggestions(Corpus(corpus_dir), cache)
    assert second.refresh() == 5 and computed == []  # all five from the cache
    assert second.refresh() == 0  # nothing changed on disk
    path = corpus_dir / ES
    path.write_text(path.read_text(encoding="utf-8") + "\nSnowflake compró Databricks.\n", encoding="utf-8")
    assert second.refresh() == 1 and len(computed) == 1
    found = second.index.query("Snowflake", top_k=1)[ES][0]
    assert "Snowflake" in found.quote
    (corpus_dir / "pl-openai-moc-obliczeniowa.txt").unlink()
    second.refresh()
    assert "pl-openai-moc-obliczeniowa.txt" not in second.index
    second.close()


def test_corpus_index_survives_a_damaged_cache(corpus_dir, tmp_path):
    """A cache whose records or whole file are garbage only costs the time to compute again."""
    cache = tmp_path / "cache"
    builder = CorpusSuggestions(Corpus(corpus_dir), cache)
    builder.refresh()
    builder.close()
    with sqlite3.connect(cache_path(cache)) as db:
        db.execute("UPDATE features SET data = X'00FF00'")
    damaged = CorpusSuggestions(Corpus(corpus_dir), cache)
    assert damaged.refresh() == 5 and len(damaged.index) == 5
    damaged.close()
    cache_path(cache).write_bytes(b"not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(cache_path(cache)) + suffix).unlink(missing_ok=True)
    garbage = CorpusSuggestions(Corpus(corpus_dir), cache)
    assert garbage.refresh() == 5 and len(garbage.index) == 5
    garbage.close()


def test_corpus_index_recomputes_features_made_with_another_concept_table(corpus_dir, tmp_path, monkeypatch):
    """Cached features carry the concept table they were made with; a new table computes them again."""
    from marginalia.core import services
    from marginalia.core.suggest import concepts

    cache = tmp_path / "cache"
    first = CorpusSuggestions(Corpus(corpus_dir), cache)
    first.refresh()
    first.close()
    other = tmp_path / "other.tsv"
    other.write_text("invest\tinvest*\tinvert*\n", encoding="utf-8")
    monkeypatch.setattr(services, "_installed", services.CoreServices(concepts=concepts.ConceptTables(other)))
    computed = []
    real = store.article_features
    monkeypatch.setattr(store, "article_features", lambda text, sha: computed.append(sha) or real(text, sha))
    second = CorpusSuggestions(Corpus(corpus_dir), cache)
    assert second.refresh() == 5 and len(computed) == 5
    assert any("c:invest" in keys for keys in second.index.features(ES).features)
    assert not any("c:loss" in keys for name in second.index.names() for keys in second.index.features(name).features)
    second.close()


def test_suggest_names_a_damaged_concept_table(corpus_dir, tmp_path, monkeypatch, capsys):
    """An installation whose concept table has a bad line fails with one line naming the file and the line."""
    from marginalia.core import services
    from marginalia.core.suggest import concepts

    damaged = tmp_path / "concepts.tsv"
    damaged.write_text("# header\ninvest\tinvest*\n", encoding="utf-8")
    monkeypatch.setattr(services, "_installed", services.CoreServices())  # nothing read yet
    monkeypatch.setattr(concepts, "table_path", lambda: damaged)
    start, end = _claim_offsets()
    assert run_command(["suggest", str(corpus_dir), ES, str(start), str(end)]) != 0
    err = capsys.readouterr().err
    assert f"{damaged}:2" in err and "Traceback" not in err
