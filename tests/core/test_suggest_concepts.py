"""The shared-meaning table: how entries match, how bad lines are reported, and what the bundled table covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.suggest import SuggestionIndex, Weights
from marginalia.core.suggest.concepts import (
    ConceptTableError,
    concept_word,
    default_table,
    entry_pattern,
    parse_table,
    table_path,
)
from marginalia.core.suggest.fold import WORD

LANGUAGES = ("en", "es", "it", "pl", "vi")


def concepts_of(table, text: str) -> set[str]:
    return table.keys([concept_word(w) for w in WORD.findall(text)])


def test_concept_table_matches_words_stems_and_phrases():
    """An exact word, a stem with any ending and a phrase of stems each give their concept."""
    table = parse_table(Path("t.tsv"), "loss\tloss, losses\tpérdida*\tstrat*\tthua lỗ\n"
                                        "ai\tartificial intelligence\tinteligencia artificial\tsztuczn* inteligencj*\ttrí tuệ nhân tạo\n")
    assert concepts_of(table, "Heavy losses") == {"loss"}
    assert concepts_of(table, "grandes pérdidas") == {"loss"}
    assert concepts_of(table, "poniosła straty") == {"loss"}
    assert concepts_of(table, "OpenAI vẫn thua lỗ") == {"loss"}
    assert concepts_of(table, "rozwój sztucznej inteligencji") == {"ai"}
    assert concepts_of(table, "la inteligencia artificial") == {"ai"}
    assert concepts_of(table, "artificial flowers, intelligence reports") == set()
    assert concepts_of(table, "a lost cause") == set()


def test_concept_table_keeps_vietnamese_tones_apart():
    """Diacritics are kept: "lỗ" (a loss) is not "lộ" (exposed), and neither is Spanish "lo"."""
    table = parse_table(Path("t.tsv"), "loss\tloss\tlỗ\nleak\tleak\tlộ\n")
    assert concepts_of(table, "vẫn lỗ") == {"loss"}
    assert concepts_of(table, "bị lộ") == {"leak"}
    assert concepts_of(table, "lo que dijo") == set()


def test_concept_table_ignores_stems_too_short_to_be_specific():
    """A stem of fewer than four letters would match half the language; it is left out."""
    table = parse_table(Path("t.tsv"), "price\tprice\tcen*\n")
    assert concepts_of(table, "central bank") == set()
    assert concepts_of(table, "the price") == {"price"}


@pytest.mark.parametrize("text, problem", [
    ("alone\tword\n", "an id and entries"),
    ("x\ta\tb\nx\tc\td\n", "repeated concept id"),
])
def test_concept_table_names_the_file_and_line_of_a_bad_entry(text, problem):
    """A short line or a repeated id is reported with the file and the line number."""
    with pytest.raises(ConceptTableError) as raised:
        parse_table(Path("concepts.tsv"), text)
    assert raised.value.path == Path("concepts.tsv")
    assert raised.value.line == text.count("\n")
    assert problem in raised.value.reason and raised.value.code in ErrorCode


def test_bundled_concept_table_has_every_concept_in_five_languages():
    """Every line of the shipped table gives words in English, Spanish, Italian, Polish and Vietnamese."""
    text = table_path().read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) >= 150
    for row in rows:
        assert len(row) == 1 + len(LANGUAGES), row[0]
        for language, cell in zip(LANGUAGES, row[1:]):
            entries = [entry.strip() for entry in cell.split(",")]
            assert all(entries), (row[0], language)
            # An entry the loader would skip (a stem under four letters) is a silent gap.
            assert all(entry_pattern(entry) for entry in entries), (row[0], language, cell)
    assert default_table().concepts == len(rows)


@pytest.mark.parametrize("text", [
    "The company invested heavily but its losses and computing costs keep growing.",
    "La empresa invirtió mucho, pero sus pérdidas y los costes de computación siguen creciendo.",
    "L’azienda ha investito molto, ma le perdite e i costi di calcolo continuano a crescere.",
    "Firma dużo zainwestowała, ale jej straty i koszty obliczeń wciąż rosną.",
    "Công ty đã đầu tư rất nhiều nhưng thua lỗ và chi phí tính toán vẫn tiếp tục tăng.",
])
def test_bundled_concepts_link_one_statement_in_five_languages(text):
    """One statement written in each language carries the same concepts: invest, loss, cost, computing, grow."""
    assert {"invest", "loss", "cost", "computing", "grow"} <= concepts_of(default_table(), text)


def test_concept_weight_finds_a_translation_without_shared_names_or_numbers():
    """Polish and Vietnamese passages share no letters worth counting; the concepts alone rank the right one first."""
    index_with = SuggestionIndex(Weights(ngram=1.0, name=0.5, concept=1.0))
    index_without = SuggestionIndex(Weights(ngram=1.0, name=0.5, concept=0.0))
    polish = "Firma szuka niezależności od swojego partnera. Pogoda w tym tygodniu była piękna."
    vietnamese = ("Thời tiết tuần này rất đẹp và nhiều người đi biển. "
                  "Công ty muốn giữ sự độc lập với đối tác của mình.")
    for index in (index_with, index_without):
        index.add("pl.txt", polish)
        index.add("vi.txt", vietnamese)
    claim_end = polish.index(".") + 1
    best = index_with.query_span("pl.txt", 0, claim_end, top_k=1)["vi.txt"][0]
    assert "độc lập" in best.quote
    assert index_without.query_span("pl.txt", 0, claim_end, top_k=1)["vi.txt"][0].score == 0.0
