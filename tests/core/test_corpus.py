"""A corpus folder: listing articles, opening them with their sidecars, topics and seeds."""

import json
import os
import shutil

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus, seed_library
from marginalia.core.errors import TopicInUseError
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from support import SEEDS


def _annotate(corpus, name, phrase, topics=("compute",), note=""):
    document = corpus.open(corpus.root / name)
    start = document.text.index(phrase)
    annotation = new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=topics, note=note)
    document.add(annotation)
    corpus.save(document)
    return annotation


def test_entries_list_seeds_with_manifest_titles_and_languages(seed_corpus):
    """The five seeds are listed with their headlines, language tags and sizes."""
    entries = {e.name: e for e in Corpus(seed_corpus).entries()}
    assert len(entries) == 5
    english = entries["en-partnership-in-danger.txt"]
    assert english.title == "Is the partnership between Microsoft and OpenAI in danger? Analysts speak out"
    assert {e.language for e in entries.values()} == {"en", "es", "it", "pl", "vi"}
    assert entries["vi-microsoft-openai-noi-lo-an-giau.txt"].title.startswith("Microsoft và OpenAI tưởng như")
    assert all(e.size > 1000 and e.annotation_count == 0 and e.error is None for e in entries.values())


def test_title_is_first_non_empty_line_else_file_name(tmp_path):
    """Without a manifest the title is the first non-empty line; an empty file uses its name."""
    (tmp_path / "a.md").write_text("\n\n# Tiêu đề bài viết\n\nThân bài.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    titles = {e.name: e.title for e in Corpus(tmp_path).entries()}
    assert titles == {"a.md": "Tiêu đề bài viết", "empty.txt": "empty.txt"}


def test_bad_article_is_reported_and_the_rest_open(seed_corpus):
    """A binary file named .txt gets an error naming it; the other articles still list and open."""
    (seed_corpus / "photo.txt").write_bytes(bytes(range(256)) * 64)
    corpus = Corpus(seed_corpus)
    entries = {e.name: e for e in corpus.entries()}
    assert entries["photo.txt"].error is not None and "photo.txt" in str(entries["photo.txt"].error)
    assert sum(e.error is None for e in entries.values()) == 5
    assert corpus.open(seed_corpus / "pl-openai-moc-obliczeniowa.txt").text.startswith("OpenAI potrzebuje")


def test_counts_come_from_the_sidecar(seed_corpus):
    """Annotation counts per article and per topic are read from the sidecars."""
    corpus = Corpus(seed_corpus)
    _annotate(corpus, "pl-openai-moc-obliczeniowa.txt", "mocy obliczeniowej", ("compute", "competition"))
    entry = corpus.entry(seed_corpus / "pl-openai-moc-obliczeniowa.txt")
    assert entry.annotation_count == 1 and entry.topic_counts == {"compute": 1, "competition": 1}


def test_unreadable_sidecar_opens_read_only_and_is_never_overwritten(seed_corpus):
    """A sidecar with invalid JSON: the article opens read-only with the problem, the file is untouched."""
    article = seed_corpus / "it-microsoft-nuova-direzione-ia.txt"
    broken = b'{"format": "marginalia-sidecar", "version": 1, "annotations": [ oops'
    sidecar_path(article).write_bytes(broken)
    corpus = Corpus(seed_corpus)
    document = corpus.open(article)
    assert document.read_only and corpus.file_of(document).read_only_error.path == sidecar_path(article)
    document.revision += 1  # even if something tried to save
    assert corpus.save(document).wrote is False
    assert sidecar_path(article).read_bytes() == broken
    assert corpus.entry(article).problems


def test_edited_article_reanchors_and_keeps_orphans(seed_corpus):
    """After the article is edited, claims move with their text; a claim whose text is gone is
    kept as an orphan, and the next save records the new text's hash."""
    corpus = Corpus(seed_corpus)
    name = "es-microsoft-openai-relacion-tensa.txt"
    moved = _annotate(corpus, name, "Databricks ofrece soluciones analíticas")
    gone = _annotate(corpus, name, "Una vez desplegado en Azure")
    path = seed_corpus / name
    text = path.read_text(encoding="utf-8")
    text = "Nota del editor: texto revisado.\n" + text.replace("Una vez desplegado en Azure, ", "")
    path.write_text(text, encoding="utf-8")
    document = corpus.open(path)
    assert document.anchors.statuses[moved.id] == "moved"
    placed = document.get(moved.id)
    assert document.text[placed.start:placed.end] == "Databricks ofrece soluciones analíticas"
    assert document.anchors.statuses[gone.id] == "orphaned" and document.get(gone.id).orphaned
    assert corpus.file_of(document).needs_saving(document) and corpus.save(document).wrote
    stored = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    assert stored["article"]["sha256"] == document.article.sha256
    assert any(r["orphaned"] and r["quote"]["exact"] == "Una vez desplegado en Azure" for r in stored["annotations"])


def test_language_override_is_stored(seed_corpus):
    """A user's language choice is written to the sidecar and wins over detection next time."""
    corpus = Corpus(seed_corpus)
    path = seed_corpus / "en-partnership-in-danger.txt"
    document = corpus.open(path)
    assert document.language == "en"
    document.set_language("en-GB", "user")
    corpus.save(document)
    assert corpus.open(path).language == "en-GB"
    assert corpus.entry(path).language == "en-GB"


def test_codebook_lives_in_the_corpus_and_removal_is_never_silent(seed_corpus):
    """Topic edits are saved in the folder; removing a used topic is refused unless stripping is asked."""
    corpus = Corpus(seed_corpus)
    corpus.save_codebook(corpus.codebook.add("regulation"))
    assert Corpus(seed_corpus).codebook.get("regulation") is not None
    claim = _annotate(corpus, "vi-microsoft-openai-noi-lo-an-giau.txt", "sức mạnh tính toán", ("privacy",))
    with pytest.raises(TopicInUseError) as info:
        corpus.remove_topic("privacy")
    assert info.value.count == 1
    assert Corpus(seed_corpus).codebook.get("privacy") is not None
    corpus.remove_topic("privacy", strip=True)
    reopened = Corpus(seed_corpus)
    assert reopened.codebook.get("privacy") is None
    assert reopened.open(seed_corpus / "vi-microsoft-openai-noi-lo-an-giau.txt").get(claim.id).topics == ()


def test_seed_library_copies_once(tmp_path):
    """First run copies the bundled seeds into the user library; later runs leave it alone."""
    library = tmp_path / "Library"
    assert seed_library(SEEDS, library) is True
    assert sorted(p.name for p in library.glob("*.txt")) == sorted(p.name for p in SEEDS.glob("*.txt"))
    (library / "mine.txt").write_text("my own article", encoding="utf-8")
    assert seed_library(SEEDS, library) is False
    assert (library / "mine.txt").exists()


def test_seed_texts_are_unchanged_copies():
    """The bundled seeds keep the original texts byte for byte, as the manifest records."""
    from support import SHARED

    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    for article in manifest["articles"]:
        assert (SEEDS / article["file"]).read_bytes() == (SHARED / "seeds" / article["original_file"]).read_bytes()


def test_entry_cache_serves_unchanged_articles_and_notices_changes(seed_corpus, tmp_path, monkeypatch):
    """A second listing reads nothing it already knows; an edited article or sidecar is re-read."""
    import marginalia.core.corpus as corpus_module

    cache = tmp_path / "cache"
    first = {e.name: e for e in Corpus(seed_corpus, cache_dir=cache).entries()}
    reads = []
    real_load = corpus_module.load_article
    monkeypatch.setattr(corpus_module, "load_article", lambda *a, **k: reads.append(a[0]) or real_load(*a, **k))
    again = {e.name: e for e in Corpus(seed_corpus, cache_dir=cache).entries()}
    assert reads == [] and again == first
    _annotate(Corpus(seed_corpus), "pl-openai-moc-obliczeniowa.txt", "mocy obliczeniowej")
    edited = seed_corpus / "es-microsoft-openai-relacion-tensa.txt"
    edited.write_text("Un titular nuevo\n" + edited.read_text(encoding="utf-8"), encoding="utf-8")
    third = {e.name: e for e in Corpus(seed_corpus, cache_dir=cache).entries()}
    assert sorted(p.name for p in reads) == ["es-microsoft-openai-relacion-tensa.txt", "pl-openai-moc-obliczeniowa.txt"]
    assert third["pl-openai-moc-obliczeniowa.txt"].annotation_count == 1
    assert third["es-microsoft-openai-relacion-tensa.txt"].size == edited.stat().st_size \
        != first["es-microsoft-openai-relacion-tensa.txt"].size


def _write(path, text="An article.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_articles_are_listed_from_nested_folders_without_hidden_files_or_sidecars(tmp_path):
    """Articles in nested folders are listed by relative name ignoring case; hidden files and
    folders, sidecars, other files and links to folders are left out; a link to a file is listed."""
    root = tmp_path / "library"
    for name in ("b.txt", "A.md", "c.TXT", "folder.txt/in.txt", "sub/Deep.txt", "sub/inner/x.md"):
        _write(root / name)
    for name in ("notes.rtf", "README", ".hidden.txt", ".git/y.txt", "sub/.cache/z.txt", "b.txt.annotations.json",
                 "outside.md"):
        _write(root / name if name != "outside.md" else tmp_path / name)
    (root / "link").symlink_to(root / "sub", target_is_directory=True)
    (root / "alias.txt").symlink_to(root / "b.txt")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    expected = ["A.md", "alias.txt", "b.txt", "c.TXT", "folder.txt/in.txt", "sub/Deep.txt", "sub/inner/x.md"]
    corpus = Corpus(root)
    assert [corpus.relative_name(p) for p in corpus.article_paths()] == expected
    assert corpus.article_paths() == [corpus.root / name for name in expected]
    cached = Corpus(root, cache_dir=tmp_path / "cache")
    assert [e.path for e in cached.entries()] == [e.path for e in corpus.entries()] == corpus.article_paths()
    assert [e.path for e in Corpus(root, cache_dir=tmp_path / "cache").entries()] == corpus.article_paths()


def test_entries_from_the_listing_match_entries_of_the_paths(seed_corpus, tmp_path):
    """Listing the folder and being given its paths give the same rows, cached or not, and tell progress."""
    _write(seed_corpus / "nested" / "deeper" / "note.md", "# Một ghi chú\n\nNội dung.")
    _annotate(Corpus(seed_corpus), "pl-openai-moc-obliczeniowa.txt", "mocy obliczeniowej", ("compute", "privacy"))
    plain = Corpus(seed_corpus).entries()
    told = []
    cache = tmp_path / "cache"
    first = Corpus(seed_corpus, cache_dir=cache).entries(progress=lambda done, total: told.append((done, total)))
    second = Corpus(seed_corpus, cache_dir=cache).entries()
    given = Corpus(seed_corpus, cache_dir=cache).entries(Corpus(seed_corpus).article_paths())
    assert plain == first == second == given
    assert len(plain) == 6 and told == [(n, 6) for n in range(1, 7)]
    assert {e.name: e.title for e in second}["note.md"] == "Một ghi chú"


def test_entry_cache_is_keyed_by_size_and_mtime_of_article_and_sidecar(tmp_path, monkeypatch):
    """A row is re-read when its article or sidecar changes size or modification time (each alone),
    or the sidecar appears or goes; rows of unchanged files, nested ones included, are not."""
    import marginalia.core.corpus as corpus_module

    root = tmp_path / "library"
    article = _write(root / "sub" / "article.txt", "Alpha\n\nBody text of the article.\n")
    _write(root / "other.txt", "Other\n")
    cache = tmp_path / "cache"
    reads = []
    real_load = corpus_module.load_article
    monkeypatch.setattr(corpus_module, "load_article", lambda *a, **k: reads.append(a[0].name) or real_load(*a, **k))

    def listing(given=False):
        reads.clear()
        corpus = Corpus(root, cache_dir=cache)
        entries = corpus.entries(corpus.article_paths() if given else None)
        return {e.name: e for e in entries}

    assert listing()["article.txt"].title == "Alpha" and sorted(reads) == ["article.txt", "other.txt"]
    assert listing() and reads == []
    assert listing(given=True) and reads == []
    before = article.stat()
    article.write_text("Omega\n\nBody text of the article.\n", encoding="utf-8")  # same size
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))
    assert listing()["article.txt"].title == "Omega" and reads == ["article.txt"]
    before = article.stat()
    article.write_text("Omega!\n\nBody text of the article.\n", encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # same time, another size
    assert listing(given=True)["article.txt"].title == "Omega!" and reads == ["article.txt"]
    _annotate(Corpus(root), "sub/article.txt", "Body text")  # the sidecar appears
    assert listing()["article.txt"].annotation_count == 1 and reads == ["article.txt"]
    assert listing() and reads == []
    sidecar = sidecar_path(article)
    before = sidecar.stat()
    os.utime(sidecar, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))  # touched only
    assert listing() and reads == ["article.txt"]
    sidecar.unlink()  # and goes
    assert listing(given=True)["article.txt"].annotation_count == 0 and reads == ["article.txt"]
    assert listing() and reads == []


def test_languages_are_identified_once_per_text(tmp_path, monkeypatch):
    """A touched, copied or renamed article is read again but its language is not
    identified again, also in a later run; a changed text is identified afresh."""
    from marginalia.core.language import LanguageDetector
    from marginalia.core.services import CoreServices

    root = tmp_path / "library"
    article = _write(root / "a.txt", "Wiadomość\n\nMicrosoft i OpenAI negocjują nowe warunki współpracy.\n")
    cache = tmp_path / "cache"
    identified = []

    class Counting(LanguageDetector):
        def detect(self, text):
            identified.append(text[:9])
            return super().detect(text)

    services = CoreServices(detector=Counting())

    def languages():
        identified.clear()
        return {e.name: e.language for e in Corpus(root, cache_dir=cache, services=services).entries()}

    assert languages() == {"a.txt": "pl"} and identified == ["Wiadomość"]
    before = article.stat()
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))  # touched
    shutil.copy(article, root / "copy.txt")
    assert languages() == {"a.txt": "pl", "copy.txt": "pl"} and identified == []
    (root / "copy.txt").rename(root / "renamed.txt")
    assert languages() == {"a.txt": "pl", "renamed.txt": "pl"} and identified == []
    article.write_text("Headline\n\nMicrosoft and OpenAI are negotiating new terms.\n", encoding="utf-8")
    assert languages() == {"a.txt": "en", "renamed.txt": "pl"} and identified == ["Headline\n"]


def test_a_language_tag_that_is_not_bcp47_reads_as_unknown(seed_corpus, tmp_path):
    """A hand-edited sidecar or manifest with a nonsense language tag does not stop the
    library from listing: that article shows an unknown language, the others theirs."""
    name = "pl-openai-moc-obliczeniowa.txt"
    _annotate(Corpus(seed_corpus), name, "OpenAI")
    sidecar = sidecar_path(seed_corpus / name)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data["article"].update(language="pl!!", language_source="user")
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    manifest = json.loads((seed_corpus / "manifest.json").read_text(encoding="utf-8"))
    next(a for a in manifest["articles"] if a["file"].startswith("vi-"))["language"] = "not a tag"
    (seed_corpus / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    for cache in (None, tmp_path / "cache"):
        languages = {e.name[:2]: e.language for e in Corpus(seed_corpus, cache_dir=cache).entries()}
        assert languages == {"en": "en", "es": "es", "it": "it", "pl": "und", "vi": "und"}


def test_an_article_gone_since_the_listing_is_a_row_with_its_error(tmp_path):
    """A file deleted between listing the folder and reading it does not stop the listing."""
    root = tmp_path / "library"
    _write(root / "kept.txt", "Kept\n\nStill here.\n")
    gone = _write(root / "gone.txt", "Gone\n\nDeleted meanwhile.\n")
    corpus = Corpus(root, cache_dir=tmp_path / "cache")
    paths = corpus.article_paths()
    gone.unlink()
    entries = {e.name: e for e in corpus.entries(paths)}
    assert entries["kept.txt"].error is None and entries["kept.txt"].title == "Kept"
    assert entries["gone.txt"].error is not None and entries["gone.txt"].size == 0


@pytest.mark.parametrize("language, source, text_changed, expected", [
    ("de", "user", True, "de"),  # the user's choice holds whatever the text
    ("de", "detected", False, "de"),  # an identified language holds while the text is the same
    ("de", "detected", True, "pl"),  # the text changed: the manifest's language again
    ("", "user", False, "pl"),  # an empty choice is no choice
])
def test_library_and_document_agree_on_the_language(seed_corpus, language, source, text_changed, expected):
    """The library row and the opened document take the language by the same rule."""
    name = "pl-openai-moc-obliczeniowa.txt"
    _annotate(Corpus(seed_corpus), name, "OpenAI")
    sidecar = sidecar_path(seed_corpus / name)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data["article"].update(language=language, language_source=source)
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    if text_changed:
        article = seed_corpus / name
        article.write_text(article.read_text(encoding="utf-8") + "\nDopisek.\n", encoding="utf-8")
    corpus = Corpus(seed_corpus)
    row = next(e for e in corpus.entries() if e.name == name)
    assert row.language == corpus.open(seed_corpus / name).language == expected


def test_checking_a_corpus_identifies_no_language(tmp_path, monkeypatch):
    """`marginalia check` reports claims and problems, never languages: articles nobody
    named a language for are not run through the language model (seconds for thousands)."""
    from marginalia.core import checking
    from marginalia.core.storage import documents

    (tmp_path / "a.txt").write_text("Microsoft i OpenAI negocjują umowę od nowa.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Microsoft và OpenAI đàm phán lại hợp đồng.", encoding="utf-8")
    monkeypatch.setattr(documents, "detect_language", lambda text: pytest.fail("a language was identified"))
    report = checking.check_corpus(Corpus(tmp_path))
    assert report.ok and [a.name for a in report.articles] == ["a.txt", "b.txt"]
    monkeypatch.undo()
    assert Corpus(tmp_path).open(tmp_path / "a.txt").language == "pl"  # the window still identifies it
