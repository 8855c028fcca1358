"""Article metadata: kept in the corpus manifest beside what the file says, and edited there."""

from __future__ import annotations

import json

import pytest

from marginalia.core.corpus import Corpus, read_manifest
from marginalia.core.errors import JsonSyntaxError
from marginalia.core.metadata import ArticleMetadata, normalize_date, set_article_metadata, update_manifest
from support import article_files as files


def test_update_manifest_keeps_other_entries_keys_and_creates_one(seed_corpus, tmp_path):
    """A new entry joins the seeds' manifest; their titles, languages and original files stay."""
    before = read_manifest(seed_corpus)
    update_manifest(seed_corpus, "new.txt", ArticleMetadata(outlet="La Nación", published="2024-05-06"))
    after = read_manifest(seed_corpus)
    assert after["new.txt"] == {"file": "new.txt", "outlet": "La Nación", "published": "2024-05-06"}
    assert {k: v for k, v in after.items() if k != "new.txt"} == before
    empty = tmp_path / "empty"
    empty.mkdir()
    update_manifest(empty, "a.txt", ArticleMetadata(url="https://x.example/a"))
    assert json.loads((empty / "manifest.json").read_text(encoding="utf-8"))["format"] == "marginalia-manifest"


def test_update_manifest_never_writes_over_an_unreadable_manifest(tmp_path):
    """A damaged manifest raises JsonSyntaxError naming it, and its bytes are left as they were."""
    (tmp_path / "manifest.json").write_bytes(b'{"format": "marginalia-manifest", "articles": [')
    with pytest.raises(JsonSyntaxError) as caught:
        update_manifest(tmp_path, "a.txt", ArticleMetadata(outlet="x"))
    assert caught.value.path == tmp_path / "manifest.json"
    assert (tmp_path / "manifest.json").read_bytes() == b'{"format": "marginalia-manifest", "articles": ['


def test_metadata_values_are_one_line_and_dates_iso():
    """Hostile whitespace collapses to one line; only ISO 8601 dates are dates."""
    meta = ArticleMetadata(outlet="El\n\tPaís\u2028 ", author="  Ana  ")
    assert (meta.outlet, meta.author) == ("El País", "Ana")
    assert normalize_date("2024-05-06T08:30:00+02:00") == "2024-05-06T08:30:00+02:00"
    assert normalize_date("2024-05-06 08:30") == "2024-05-06"
    assert normalize_date("6 de mayo") == "" and normalize_date("2024-5-6") == ""


def test_edited_metadata_overrides_the_file_and_undoes(tmp_path):
    """The user's outlet wins over the page's in the library row, even from the entry cache;
    setting back what was returned restores the page's."""
    files.write_news_page(tmp_path / "a.html")
    cache = tmp_path / "cache"
    corpus = Corpus(tmp_path, cache_dir=cache)
    assert corpus.entries()[0].outlet == files.OUTLET
    previous = set_article_metadata(corpus, tmp_path / "a.html", ArticleMetadata(outlet="Otro", title="Mi título"))
    again = Corpus(tmp_path, cache_dir=cache)
    [entry] = again.entries()
    assert (entry.outlet, entry.title, entry.published) == ("Otro", "Mi título", files.PUBLISHED)
    set_article_metadata(again, tmp_path / "a.html", previous)
    [entry] = Corpus(tmp_path, cache_dir=cache).entries()
    assert (entry.outlet, entry.title) == (files.OUTLET, files.TITLE)


def test_metadata_undo_puts_back_what_the_manifest_held_not_an_older_copy(tmp_path):
    """Another program set the outlet after the corpus was read: the user's edit, set back,
    restores that outlet (the manifest as its owner read it), never the corpus's older copy."""
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    corpus = Corpus(tmp_path)
    update_manifest(tmp_path, "a.txt", ArticleMetadata(outlet="From another program"))
    previous = set_article_metadata(corpus, tmp_path / "a.txt", ArticleMetadata(outlet="Mine"))
    assert previous.outlet == "From another program" and corpus.manifest["a.txt"]["outlet"] == "Mine"
    set_article_metadata(corpus, tmp_path / "a.txt", previous)
    assert read_manifest(tmp_path)["a.txt"] == {"file": "a.txt", "outlet": "From another program"}
