"""The comparison's columns read from a corpus: sidecars for closed articles, memory for open ones, problems kept."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import new_annotation
from marginalia.core.compare import TopicRows, build_matrix, read_columns
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from support import SEED_NAMES, add_claims


def test_read_columns_lists_every_article_with_the_claims_on_disk(seed_corpus: Path):
    """Every seed is a column in name order with its manifest title, language and text length;
    claims come from the sidecars, placed in the current text."""
    add_claims(seed_corpus, SEED_NAMES[1], ("Ana", 10, 40, ("compute",)), ("Ana", 60, 90, ("privacy",)))
    corpus = Corpus(seed_corpus)
    found = read_columns(corpus)
    assert [c.key for c in found.columns] == SEED_NAMES
    es = found.columns[1]
    text = corpus.open(seed_corpus / SEED_NAMES[1]).text
    assert es.language == "es" and es.title.startswith("La relación entre Microsoft y OpenAI")
    assert es.length == len(text)
    assert [(a.start, a.end, a.quote.exact) for a in es.claims] == [(10, 40, text[10:40]), (60, 90, text[60:90])]
    assert all(not c.claims for i, c in enumerate(found.columns) if i != 1)
    assert found.problems == ()


def test_read_columns_takes_open_documents_as_they_are_in_memory(seed_corpus: Path):
    """An unsaved claim in an open document shows; the sidecar on disk is not consulted for it."""
    add_claims(seed_corpus, SEED_NAMES[4], ("Ana", 0, 20, ("compute",)))
    corpus = Corpus(seed_corpus)
    document = corpus.open(corpus.root / SEED_NAMES[4])
    document.add(new_annotation(document.text, TextPosition(30, 60), topics=("competition",), note="chưa lưu"))
    document.set_language("vi-VN", "user")
    found = read_columns(corpus, open_documents=[document])
    vi = found.columns[4]
    assert len(vi.claims) == 2 and vi.language == "vi-VN"
    assert vi.claims[1].note == "chưa lưu"
    assert json.loads(sidecar_path(document.article.path).read_text(encoding="utf-8"))["annotations"][0]["topics"] \
        == ["compute"]  # nothing was written


def test_read_columns_keeps_a_column_whose_sidecar_is_unreadable_with_its_problem(seed_corpus: Path):
    """A damaged sidecar: the article stays a column, with no claims and the error naming the file."""
    add_claims(seed_corpus, SEED_NAMES[2], ("Ana", 0, 20, ("compute",)))
    damaged = sidecar_path(seed_corpus / SEED_NAMES[2])
    damaged.write_bytes(damaged.read_bytes()[:-40] + b"\xff\x00garbage")
    found = read_columns(Corpus(seed_corpus))
    it = found.columns[2]
    assert it.claims == () and it.problem is not None
    assert Path(it.problem.path) == damaged
    assert [Path(p.path) for p in found.problems] == [damaged]


def test_read_columns_reports_an_article_that_vanished_since_it_was_listed(seed_corpus: Path):
    """Entries listed before an article was deleted: its column carries the error instead of failing the read."""
    add_claims(seed_corpus, SEED_NAMES[0], ("Ana", 0, 20, ("compute",)))
    corpus = Corpus(seed_corpus)
    entries = corpus.entries()
    (seed_corpus / SEED_NAMES[0]).unlink()
    found = read_columns(corpus, entries)
    assert found.columns[0].problem is not None and found.columns[0].claims == ()
    assert len(found.columns) == 5


@dataclass(frozen=True)
class EntryWithMetadata:
    """A library entry as the metadata work shapes it: outlet and published date beside the rest."""

    path: Path
    title: str
    language: str
    annotation_count: int = 0
    problems: tuple = ()
    error: object = None
    outlet: str = ""
    published: str = ""


def test_read_columns_reads_outlet_and_date_where_the_entry_has_them(seed_corpus: Path):
    """Header fields come from the library entry when it carries them; an entry without them leaves them blank."""
    corpus = Corpus(seed_corpus)
    plain = corpus.entries()
    rich = [EntryWithMetadata(e.path, e.title, e.language, outlet="Báo Mới" if i == 4 else "",
                              published="2024-05-06" if i == 4 else "") for i, e in enumerate(plain)]
    columns = read_columns(corpus, rich).columns
    assert (columns[4].outlet, columns[4].published) == ("Báo Mới", "2024-05-06")
    assert all((c.outlet, c.published) == ("", "") for c in read_columns(corpus, plain).columns)


def test_read_columns_places_claims_in_a_text_that_changed(seed_corpus: Path):
    """A paragraph inserted before a claim: the column has the claim where its quote now is, as the window would."""
    add_claims(seed_corpus, SEED_NAMES[3], ("Ana", 100, 140, ("privacy",)))
    path = seed_corpus / SEED_NAMES[3]
    quote = Corpus(seed_corpus).open(path).text[100:140]
    path.write_text("Nowy akapit na początku.\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    pl = read_columns(Corpus(seed_corpus)).columns[3]
    moved = pl.claims[0]
    assert moved.quote.exact == quote and (moved.start, moved.end) == (125, 165)
    matrix = build_matrix([pl], TopicRows(Corpus(seed_corpus).codebook))
    assert matrix.cell(1, 0).covered == 40
