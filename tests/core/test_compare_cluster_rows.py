"""Clusters as the comparison's rows: one row per cluster, each cell that article's members, missing ones listed."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.clusters import EMPTY_CLUSTERS, CreateCluster, Member
from marginalia.core.compare import ArticleColumn, ClusterRows, CompareFilter, build_matrix, read_columns
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition, TextQuote
from support.clusters import FIRST_CLUSTER, SECOND_CLUSTER, cluster_seeds

MOMENT = datetime(2026, 3, 2, tzinfo=timezone.utc)


def _claim(claim_id: str, start: int) -> Annotation:
    return Annotation(claim_id, TextPosition(start, start + 10), TextQuote(f"q{claim_id}"), (),
                      created=MOMENT, modified=MOMENT)


def _member(claim_id: str, article: str) -> Member:
    return Member(claim_id, article, "en", f"q{claim_id}", MOMENT)


def _column(key: str, *claims: Annotation, language: str = "en") -> ArticleColumn:
    return ArticleColumn(key, Path(key), key, language, 100, tuple(claims))


def test_cluster_rows_file_each_claim_under_its_cluster():
    """Rows are the clusters by label; a cell holds that article's members (two from one article both listed)."""
    clusters = CreateCluster("b fact", (_member("a1", "es.txt"), _member("a2", "es.txt"), _member("v1", "vi.txt")),
                             cluster_id="k1").apply(EMPTY_CLUSTERS).clusters
    clusters = CreateCluster("A fact", (_member("v2", "vi.txt"),), note="why", cluster_id="k2").apply(clusters).clusters
    es = _column("es.txt", _claim("a1", 0), _claim("a2", 30), _claim("free", 60), language="es")
    vi = _column("vi.txt", _claim("v1", 0), _claim("v2", 50), language="vi")
    matrix = build_matrix([es, vi], ClusterRows(clusters))
    assert [(r.id, r.label, r.note) for r in matrix.rows] == [("k2", "A fact", "why"), ("k1", "b fact", "")]
    assert len({r.color for r in matrix.rows}) == 2
    assert [c.id for c in matrix.cell(1, 0).claims] == ["a1", "a2"]
    assert [c.id for c in matrix.cell(1, 1).claims] == ["v1"] and [c.id for c in matrix.cell(0, 1).claims] == ["v2"]
    assert matrix.cell(0, 0).count == 0
    hidden = build_matrix([es, vi], ClusterRows(clusters), CompareFilter(hidden_languages=frozenset({"vi"})))
    assert [c.key for c in hidden.columns] == ["es.txt"]


def test_cluster_rows_list_members_whose_claims_were_not_read():
    """A member whose claim is not in its article's column (unreadable, deleted) is listed with its snapshot."""
    clusters = CreateCluster("fact", (_member("a1", "es.txt"), _member("gone", "es.txt"), _member("x", "other.txt")),
                             cluster_id="k1").apply(EMPTY_CLUSTERS).clusters
    missing = ClusterRows(clusters).missing([_column("es.txt", _claim("a1", 0))])
    assert [m.claim_id for m in missing["k1"]] == ["gone"] and missing["k1"][0].quote == "qgone"


def test_cluster_rows_over_the_seeds_read_from_disk(seed_corpus):
    """The seeds' two clusters as rows: five languages in the first row, two in the second."""
    cluster_seeds(seed_corpus)
    corpus = Corpus(seed_corpus)
    columns = read_columns(corpus).columns
    matrix = build_matrix(columns, ClusterRows(corpus.cluster_store.clusters))
    rows = {r.id: i for i, r in enumerate(matrix.rows)}
    assert matrix.row_articles(rows[FIRST_CLUSTER]) == 5 and matrix.row_articles(rows[SECOND_CLUSTER]) == 2


def test_chart_of_many_clusters_draws_those_with_most_claims_and_says_how_many_it_left_out():
    """Hundreds of clusters: the chart draws the MAX_ROWS rows with the most claims, in row order, and a
    sentence counts the others (the table has them all)."""
    from marginalia.core.compare import ChartWords, chart_layout
    from marginalia.core.compare.chart import MAX_ROWS

    clusters, claims = EMPTY_CLUSTERS, []
    for n in range(60):
        size = 3 if n % 7 == 0 else 1  # every seventh cluster has three claims
        ids = [f"c{n}-{i}" for i in range(size)]
        claims += [_claim(i, 10 * len(claims) + 10 * k) for k, i in enumerate(ids)]
        clusters = CreateCluster(f"fact {n:02d}", tuple(_member(i, "es.txt") for i in ids),
                                 cluster_id=f"k{n:02d}").apply(clusters).clusters
    matrix = build_matrix([_column("es.txt", *claims)], ClusterRows(clusters))
    words = ChartWords("t", "claims", "-", "{n} more articles", "empty", "{n} more rows")
    layout = chart_layout(matrix, words)
    legend = [label.text for label in layout.labels if label.text.startswith("fact ")]
    big = [f"fact {n:02d}" for n in range(60) if n % 7 == 0]
    ties = [f"fact {n:02d}" for n in range(60) if n % 7][:MAX_ROWS - len(big)]  # the earliest of one claim
    assert legend == sorted(big + ties)
    assert f"{60 - MAX_ROWS} more rows" in [label.text for label in layout.labels]
