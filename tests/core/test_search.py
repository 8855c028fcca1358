"""Corpus full-text search: accent-insensitive matches, incremental updates, safe queries."""

from marginalia.core.corpus import Corpus
from marginalia.core.search import SearchIndex, fts_query, index_path


def _index(seed_corpus, tmp_path):
    corpus = Corpus(seed_corpus)
    index = SearchIndex(index_path(tmp_path / "cache", corpus.root), corpus.root)
    return corpus, index


def test_search_finds_words_without_their_diacritics(seed_corpus, tmp_path):
    """'tinh toan' finds the Vietnamese article, 'obliczeniowej' the Polish one, with a marked snippet."""
    corpus, index = _index(seed_corpus, tmp_path)
    assert index.update(corpus.article_paths(), corpus.title_for) == 5
    [hit] = index.search("sức mạnh tinh toan")
    assert hit.path.name == "vi-microsoft-openai-noi-lo-an-giau.txt" and "[tính]" in hit.snippet
    assert [h.path.name for h in index.search("dużej mocy obliczeniowej")] == ["pl-openai-moc-obliczeniowa.txt"]
    assert {h.path.name for h in index.search("OpenAI")} == {p.name for p in corpus.article_paths()}
    assert index.search("Databr")[0].path.name.startswith(("es-", "it-"))  # the last word is a prefix


def test_update_reads_only_what_changed(seed_corpus, tmp_path):
    """A second update reads nothing; an edited, added or removed article is followed."""
    corpus, index = _index(seed_corpus, tmp_path)
    index.update(corpus.article_paths())
    assert index.update(corpus.article_paths()) == 0
    (seed_corpus / "new.md").write_text("# Nota\nUn término rarísimo: zorblax.", encoding="utf-8")
    (seed_corpus / "en-partnership-in-danger.txt").unlink()
    assert index.update(corpus.article_paths()) == 1
    [found] = index.search("zorblax")
    assert found.path.name == "new.md" and found.title == "Nota"  # the library's title, not "# Nota"
    assert not index.search("Analytics India Mag")


def test_queries_with_operators_are_inert(seed_corpus, tmp_path):
    """Quotes, NEAR, stars and parentheses typed by a user never raise."""
    corpus, index = _index(seed_corpus, tmp_path)
    index.update(corpus.article_paths())
    for query in ['"', 'NEAR(', 'OR', '*', 'a" OR "b', '(((']:
        index.search(query)
    assert fts_query('say "hi"') == '"say" AND """hi"""*'
