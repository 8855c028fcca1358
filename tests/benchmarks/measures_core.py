"""Measurements of the Qt-free core: saving, re-anchoring, a corpus search baseline, and agreement."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from pathlib import Path

from marginalia.core.corpus import Corpus
from marginalia.core.services import services
from marginalia.core.storage.documents import open_document, read_sidecar, save_document
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.core.anchoring import reanchor_all
from marginalia.core.text import read_article_text

import datagen
from figures import Figure, Result, sample_pairs, timed_ms
from profiling import section
from vocabulary import SEARCH_PHRASE


def _copy_with_sidecar(article: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(article, folder / article.name)
    shutil.copy2(sidecar_path(article), sidecar_path(folder / article.name))
    return folder / article.name


def measure_save(article: Path, scratch: Path, runs: int) -> Result:
    """save_document of the open document after one note was edited, vs json.dumps +
    write + fsync of the same data: the autosave that follows each change.

    A scratch copy keeps the backups and temp files away from the other measures.
    The floor's dict is the sidecar as json.loads reads it back: the same
    structure, so the difference is what the app adds (encoding the edited claim,
    sorting, the lock, the check for another writer's change, atomic replace, backup,
    folder fsync, the history of the version replaced). A sidecar's owner keeps the records
    of its last save, so the first save, which encodes every claim, is reported
    apart (`details.first_save_ms`; it also allocates the files' blocks).
    """
    path = _copy_with_sidecar(article, scratch / "save")
    document, file = open_document(path)
    data = json.loads(sidecar_path(path).read_bytes())
    floor_target = path.with_name("floor.json")
    edited = document.ordered_ids()[len(document) // 2]
    edits = iter(range(10**6))

    def app_run() -> float:
        claim = document.get(edited)
        document.update(claim.with_changes(note=f"{claim.note.split(' #')[0]} #{next(edits)}"))
        return timed_ms(lambda: save_document(document, file))

    def floor_run() -> float:
        def write() -> None:
            with open(floor_target, "wb") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        return timed_ms(write, profiled=False)

    first_save_ms = app_run()
    floor_run()  # its first write allocates the file's blocks; not what is measured
    measured, floor = sample_pairs(app_run, floor_run, runs)
    return Result("save_10k_ratio", "save sidecar after an edit (atomic, fsync, backup) / json.dumps+write+fsync",
                  2.0, measured, floor, "json.dumps(indent=2)+write+fsync", "ratio",
                  details={"sidecar_bytes": sidecar_path(path).stat().st_size, "claims": len(document),
                           "first_save_ms": round(first_save_ms, 1)})


def measure_reanchor(article: Path, scratch: Path, runs: int, rng: random.Random, language: str) -> Result:
    """open_document of the article after a paragraph was inserted in its middle.

    The floor opens the unedited copy (same reading and decoding, every claim
    exact). The language cache is cleared before each run because an edited
    article is a text detection has not seen; the model itself stays loaded.
    """
    unedited = _copy_with_sidecar(article, scratch / "unedited")
    edited = _copy_with_sidecar(article, scratch / "edited")
    original = read_article_text(article).text
    new_text, at = datagen.insert_paragraph(original, rng, language)
    edited.write_bytes(new_text.encode("utf-8"))

    def app_run() -> float:
        services().detector.forget()
        return timed_ms(lambda: open_document(edited))

    def floor_run() -> float:
        return timed_ms(lambda: open_document(unedited), profiled=False)

    document, _file = open_document(edited)  # loads the language model; shows how claims were placed
    open_document(unedited)
    measured, floor = sample_pairs(app_run, floor_run, runs)

    # The engine alone, on every claim (open_document only re-anchors those the edit moved).
    data = read_sidecar(sidecar_path(article))
    items = [(a.quote, a.position) for a in data.annotations]
    engine_runs = max(1, runs // 2)
    engine = Figure(tuple(timed_ms(lambda: reanchor_all(new_text, items), profiled=False) for _ in range(engine_runs)))
    return Result("reanchor_10k_ms", "open_document after a paragraph inserted mid-text (re-anchors)", 1000,
                  measured, floor, "open_document of the unedited text", "value",
                  details={"edit_at": at, "inserted_chars": len(new_text) - len(original),
                           "statuses": dict(document.anchors.counts()),
                           "reanchor_all_every_claim_ms": engine.as_dict()})


def measure_search(library: Path, scratch: Path, runs: int) -> Result:
    """Corpus full-text search as the window does it: the SQLite FTS5 index in the
    cache folder, brought up to date (nothing to re-read on a second open), then the
    query. The build of the index from nothing is in the details. The floor reads
    the raw bytes of every article and looks for the phrase: the scan an index
    spares.
    """
    from marginalia.core.search import SearchIndex, index_path

    corpus = Corpus(library)
    paths = corpus.article_paths()
    needle_bytes = SEARCH_PHRASE.encode("utf-8")
    cache = scratch / "search-cache"  # in the suite's folder, removed with it
    build_start = time.perf_counter()
    builder = SearchIndex(index_path(cache, corpus.root), corpus.root)
    builder.update(paths, corpus.title_for)
    builder.close()
    build_ms = (time.perf_counter() - build_start) * 1000
    hit_counts: list[int] = []

    def app_run() -> float:
        with section():
            start = time.perf_counter()
            index = SearchIndex(index_path(cache, corpus.root), corpus.root)
            index.update(paths, corpus.title_for)  # a second open: checks, reads nothing
            hits = index.search(SEARCH_PHRASE)
            elapsed = (time.perf_counter() - start) * 1000
            index.close()
        hit_counts.append(len(hits))
        return elapsed

    def floor_run() -> float:
        return timed_ms(lambda: [p for p in paths if p.read_bytes().find(needle_bytes) >= 0], profiled=False)

    measured, floor = sample_pairs(app_run, floor_run, runs)
    return Result("search_5k_ms", "corpus full-text search (FTS5 index, second open)", 300,
                  measured, floor, "read the raw bytes of every article + bytes.find", "value",
                  details={"articles": len(paths), "query": SEARCH_PHRASE, "hits": hit_counts[-1],
                           "index_build_ms": round(build_ms, 1)})


def measure_agreement(folder: Path, runs: int) -> Result:
    """`marginalia agreement` of a corpus with one long article coded by two reviewers:
    reading the article and its sidecar (re-anchoring included), then every figure per
    topic. The floor opens the same document, which the command must do anyway; the
    computation alone, on claims already read, is in the details.
    """
    from marginalia.core.agreement import corpus_agreement, read_claims
    from marginalia.core.agreement import measure_agreement as compute

    corpus = Corpus(folder)
    path = corpus.article_paths()[0]
    claims = read_claims(corpus)
    reviewers = sorted({c.reviewer for c in claims.articles[0].claims})
    topics = [t.id for t in corpus.codebook.topics]
    reports = []

    def app_run() -> float:
        return timed_ms(lambda: reports.append(corpus_agreement(corpus).report))

    def floor_run() -> float:
        return timed_ms(lambda: corpus.open(path, identify_language=False), profiled=False)

    app_run()  # the first run reads the files into the page cache
    measured, floor = sample_pairs(app_run, floor_run, runs)
    computation = Figure(tuple(timed_ms(lambda: compute(claims.articles, reviewers, topics), profiled=False)
                               for _ in range(max(1, runs))))
    report = reports[-1]
    return Result("agreement_10k_ms", "agreement of two reviewers, 10,000 claims each, on a 1 MB article", 1000,
                  measured, floor, "open_document of that article (identification off)", "value",
                  details={"claims_per_reviewer": {r: sum(c.reviewer == r for c in claims.articles[0].claims)
                                                   for r in reviewers},
                           "code_points": report.units, "computation_only_ms": computation.as_dict(),
                           "figures": {t: report.pooled[t].as_json() for t in report.topics}})
def measure_adjudication(folder: Path, runs: int) -> Result:
    """Reviewers ▸ Adjudicate… on the agreement's long article (two reviewers, 10,000
    claims each): pairing the claims into agreements and disagreements and finding those
    settled, on the document already open, as the window does at each change. The floor
    sorts the claims in reading order, which any pairing must do at least."""
    from marginalia.core import adjudication

    corpus = Corpus(folder)
    document = corpus.open(corpus.article_paths()[0], identify_language=False)
    claims = list(document.claims())
    reviewers = sorted({c.author for c in claims})[:2]
    found = []

    def app_run() -> float:
        def run():
            items = adjudication.compare(claims, *reviewers)
            found.append((len(items), len(adjudication.settled_items(items, claims))))
        return timed_ms(run)

    def floor_run() -> float:
        return timed_ms(lambda: sorted(claims, key=lambda c: c.sort_key()), profiled=False)

    measured, floor = sample_pairs(app_run, floor_run, runs)
    return Result("adjudicate_10k_ms", "adjudication pairing of two reviewers, 10,000 claims each, on a 1 MB article",
                  1000, measured, floor, "sorting the claims in reading order", "value",
                  details={"claims": len(claims), "reviewers": reviewers, "passages": found[-1][0]})


def measure_suggest(library: Path, scratch: Path, runs: int, rng: random.Random) -> Result:
    """Suggestions for one claim across a library: the index as the window keeps it (features
    of every article in memory, brought up to date from the cache), then one claim ranked
    against every other article. Building from nothing and from the feature cache are in the
    details. The floor lower-cases every article's text and counts the claim's words in it:
    the least a per-article look at the claim has to do.
    """
    from marginalia.core.suggest.store import CorpusSuggestions

    corpus = Corpus(library)
    cache = scratch / "suggest-cache"
    build_start = time.perf_counter()
    builder = CorpusSuggestions(corpus, cache)
    builder.refresh()
    build_ms = (time.perf_counter() - build_start) * 1000
    builder.close()
    reopen_start = time.perf_counter()
    suggestions = CorpusSuggestions(corpus, cache)
    suggestions.refresh()  # every article's features from the cache
    reopen_ms = (time.perf_counter() - reopen_start) * 1000
    index = suggestions.index
    names = index.names()
    source = names[rng.randrange(len(names))]
    sentences = index.features(source).sentences
    start, end = sentences[rng.randrange(len(sentences))]
    claim_words = index.text(source)[start:end].lower().split()
    texts = [index.text(name) for name in names]
    answered: list[int] = []

    def app_run() -> float:
        with section():
            begin = time.perf_counter()
            found = index.query_span(source, start, end, 5)
            elapsed = (time.perf_counter() - begin) * 1000
        answered.append(len(found))
        return elapsed

    def floor_run() -> float:
        return timed_ms(lambda: [sum(t.lower().count(w) for w in claim_words) for t in texts], profiled=False)

    measured, floor = sample_pairs(app_run, floor_run, max(runs, 5))
    suggestions.close()
    return Result("suggest_1k_ms", "suggestions for one claim across the library (index in memory)", 300,
                  measured, floor, "lower-case each article and count the claim's words", "value",
                  details={"articles": len(names), "other_articles_answered": answered[-1],
                           "claim_chars": end - start, "index_build_ms": round(build_ms, 1),
                           "index_from_cache_ms": round(reopen_ms, 1)})
