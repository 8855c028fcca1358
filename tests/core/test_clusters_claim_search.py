"""The corpus-wide claim search behind "Link to…": words folded, every field searched, kept up to date."""

from __future__ import annotations

from datetime import datetime, timezone

from marginalia.core.annotation import new_annotation
from marginalia.core.clusters import ClusterSet, CreateCluster, Member
from marginalia.core.clusters.claim_search import ClaimCatalog, prepare_article, read_prepared
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition

VI = "Microsoft đầu tư 10 tỷ đô la vào OpenAI. Các nhà quản lý lo ngại."
ES = "Microsoft invirtió 10.000 millones de dólares. La relación está tensa."
PL = "Łączna moc obliczeniowa rośnie. Regulatorzy pytają o prywatność."


def _claim(text: str, part: str, note: str = ""):
    start = text.index(part)
    return new_annotation(text, TextPosition(start, start + len(part)), note=note)


def _catalog():
    vi = [_claim(VI, "Microsoft đầu tư 10 tỷ đô la"), _claim(VI, "Các nhà quản lý lo ngại", note="regulators")]
    es = [_claim(ES, "La relación está tensa", note="Tensión <b>alta</b>")]
    pl = [_claim(PL, "Łączna moc obliczeniowa rośnie")]
    catalog = ClaimCatalog()
    catalog.put(prepare_article("vi/noi-lo.txt", "Nỗi lo ẩn giấu", "vi", vi))
    catalog.put(prepare_article("es-tensa.txt", "Relación tensa", "es", es))
    catalog.put(prepare_article("pl.txt", "Moc obliczeniowa", "pl", pl))
    return catalog, vi, es, pl


def _ids(result):
    return [c.claim_id for c in result.claims]


def test_claim_catalog_ignores_accents_and_case_in_quotes_notes_and_titles():
    """"ty" finds "tỷ", "LACZNA" finds "Łączna", a note's words and a title's are found."""
    catalog, vi, es, pl = _catalog()
    assert _ids(catalog.search("ty do")) == [vi[0].id]
    assert _ids(catalog.search("LACZNA")) == [pl[0].id]
    assert _ids(catalog.search("regulators")) == [vi[1].id]
    assert _ids(catalog.search("tension")) == [es[0].id]
    assert set(_ids(catalog.search("noi lo an giau"))) == {vi[0].id, vi[1].id}  # the title


def test_claim_catalog_finds_articles_by_language_tag_and_names():
    """A language's tag, English name or own name narrows to that article's claims."""
    catalog, vi, es, _pl = _catalog()
    assert set(_ids(catalog.search("vietnamese"))) == {vi[0].id, vi[1].id}
    assert set(_ids(catalog.search("tiếng việt"))) == {vi[0].id, vi[1].id}
    assert _ids(catalog.search("spanish tensa")) == [es[0].id]
    assert _ids(catalog.search("es")) == [es[0].id]


def test_claim_catalog_requires_every_term_and_matches_word_starts():
    """All terms must match, each at the start of a word; the own words rank first."""
    catalog, vi, _es, _pl = _catalog()
    assert _ids(catalog.search("micro")) == [vi[0].id]
    assert _ids(catalog.search("crosoft")) == []
    assert _ids(catalog.search("microsoft ngai")) == []
    assert _ids(catalog.search("vietnamese microsoft")) == [vi[0].id]


def test_claim_catalog_searches_cluster_labels_as_they_are_now():
    """A claim is found by its cluster's label, read at search time."""
    catalog, vi, es, _pl = _catalog()
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    members = (Member(vi[0].id, "vi/noi-lo.txt", "vi", "q", now), Member(es[0].id, "es-tensa.txt", "es", "q", now))
    clusters = CreateCluster("Inversión de Microsoft", members, cluster_id="c1").apply(ClusterSet(), now).clusters
    assert set(_ids(catalog.search("inversion", clusters))) == {vi[0].id, es[0].id}
    assert _ids(catalog.search("inversion")) == []
    assert _ids(catalog.search("inversion", clusters, exclude=[vi[0].id])) == [es[0].id]


def test_claim_catalog_replaces_and_removes_articles():
    """Putting an article again forgets its old claims; removing it forgets them all."""
    catalog, vi, _es, _pl = _catalog()
    kept = vi[1]
    catalog.put(prepare_article("vi/noi-lo.txt", "Nỗi lo ẩn giấu", "vi", [kept]))
    assert _ids(catalog.search("microsoft")) == []
    assert _ids(catalog.search("ngai")) == [kept.id]
    catalog.remove("vi/noi-lo.txt")
    assert _ids(catalog.search("ngai")) == [] and len(catalog) == 2
    assert catalog.search("").total == 2


def test_claim_catalog_limits_results_but_counts_them_all():
    """A common word among many claims gives the first `limit` and the full count."""
    text = "compute " * 600
    claims = [new_annotation(text, TextPosition(i * 8, i * 8 + 7)) for i in range(500)]
    catalog = ClaimCatalog()
    catalog.put(prepare_article("big.txt", "Big", "en", claims))
    result = catalog.search("comp", limit=20)
    assert len(result.claims) == 20 and result.total == 500
    assert [c.start for c in result.claims] == sorted(c.start for c in result.claims)


def test_claim_catalog_stops_counting_a_word_found_everywhere():
    """A search matching more claims than are worth counting stops there and says so."""
    from marginalia.core.clusters.claim_search import MOST_COUNTED

    text = "compute " * 3000
    catalog = ClaimCatalog()
    for part in range(3):
        claims = [new_annotation(text, TextPosition(i * 8, i * 8 + 7)) for i in range(1000)]
        catalog.put(prepare_article(f"part{part}.txt", f"Part {part}", "en", claims))
    result = catalog.search("compute")
    assert result.more and MOST_COUNTED <= result.total < 3000 and len(result.claims) == 200
    assert not catalog.search("part1 compute").more  # the title narrows it to one article


def test_read_prepared_reads_changed_sidecars_and_reports_unreadable_ones(tmp_path):
    """Sidecars are read when their stamp changed; a damaged one is named, not fatal."""
    (tmp_path / "a.txt").write_text(ES, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PL, encoding="utf-8")
    corpus = Corpus(tmp_path)
    document = corpus.open(tmp_path / "a.txt")
    document.add(_claim(document.text, "La relación está tensa"))
    corpus.save(document)
    (tmp_path / "b.txt.annotations.json").write_bytes(b"{\"annotations\": [oops")
    articles = [("a.txt", "A", "es"), ("b.txt", "B", "pl")]
    prepared, empty, problems = read_prepared(tmp_path, articles, {})
    assert [p.article for p in prepared] == ["a.txt"] and len(prepared[0].claims) == 1
    assert set(problems) == {"b.txt"} and "b.txt.annotations.json" in str(problems["b.txt"])
    assert read_prepared(tmp_path, articles, {"a.txt": prepared[0].stamp})[0] == []
