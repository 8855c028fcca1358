"""Clusters in every export: W3C linking annotations, REFI-QDA links and sets, CSV columns, the reports'
"Across outlets"; filters; hostile text inert; and the W3C round trip through import."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from marginalia.core.clusters import RelabelCluster
from marginalia.core.corpus import Corpus
from marginalia.core.export import collect, render
from marginalia.core.export.ids import annotation_iri
from marginalia.core.export.qdpx import selection_guid
from marginalia.core.importer import import_file, import_w3c
from marginalia.core.storage.formats import CLUSTERS_FILE_NAME
from support import SHARED, copy_seeds
from support.clusters import FIRST_CLUSTER, SECOND_CLUSTER, cluster_seeds

EXPORTED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
VALIDATOR = SHARED / "tools" / "validate_w3c.py"
REFI = SHARED / "standards" / "refi-qda"
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> | **x** [l](http://e.x) ="=1+1'
EN, ES = "en-partnership-in-danger.txt", "es-microsoft-openai-relacion-tensa.txt"


@pytest.fixture
def clustered(seed_corpus) -> Corpus:
    return Corpus(cluster_seeds(seed_corpus, label="Ten billion", note="Figures differ"))


def _w3c(corpus: Corpus, **filters) -> dict:
    return json.loads(render("w3c", collect(corpus, **filters), exported=EXPORTED))


def test_w3c_writes_one_linking_annotation_per_cluster(clustered):
    """Each cluster is an annotation motivated by linking, targeting its members' annotation ids,
    with its label and note as bodies."""
    items = _w3c(clustered)["first"]["items"]
    links = {i["id"]: i for i in items if i["motivation"] == "linking"}
    assert set(links) == {annotation_iri(FIRST_CLUSTER), annotation_iri(SECOND_CLUSTER)}
    first = links[annotation_iri(FIRST_CLUSTER)]
    members = clustered.cluster_store.clusters.get(FIRST_CLUSTER).claim_ids
    claims = {i["id"] for i in items if i["motivation"] != "linking"}
    assert sorted(first["target"]) == sorted(annotation_iri(c) for c in members) and set(first["target"]) <= claims
    assert [(b["purpose"], b["value"]) for b in first["body"]] == [("describing", "Ten billion"),
                                                                   ("commenting", "Figures differ")]
    assert first["creator"]["name"] == "ana"


@pytest.mark.skipif(not VALIDATOR.is_file(), reason="the shared W3C validator is absent")
def test_w3c_with_clusters_passes_the_w3c_test_suite(clustered, tmp_path):
    """The collection with its linking annotations passes every MUST of the W3C suite."""
    path = tmp_path / "export.jsonld"
    path.write_bytes(render("w3c", collect(clustered), exported=EXPORTED))
    done = subprocess.run([sys.executable, str(VALIDATOR), str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("VALID - ") == 2 + 10 + 2 and "INVALID" not in done.stdout


def test_filters_export_a_cluster_with_the_members_exported(clustered):
    """Limited to two articles, a cluster keeps only their members; one with none left is not exported."""
    export = collect(clustered, articles=[EN, ES])
    first = next(c for c in export.clusters if c.id == FIRST_CLUSTER)
    assert {m.article.name for m in first.members} == {EN, ES} and first.left_out == 3
    only_it = collect(clustered, articles=["it-microsoft-nuova-direzione-ia.txt"])
    assert [c.id for c in only_it.clusters] == [FIRST_CLUSTER]
    privacy = collect(clustered, topics=["privacy"])  # the second claims: only the second cluster
    assert [c.id for c in privacy.clusters] == [SECOND_CLUSTER]
    items = json.loads(render("w3c", privacy, exported=EXPORTED))["first"]["items"]
    exported_ids = {i["id"] for i in items}
    for link in (i for i in items if i["motivation"] == "linking"):
        assert set(link["target"]) <= exported_ids


@pytest.mark.skipif(not REFI.is_dir(), reason="the shared REFI-QDA schemas are absent")
def test_qdpx_clusters_are_links_between_selections_and_sets_of_sources(clustered):
    """project.qde stays valid with a cluster's links (from its first member's selection to each
    other's), its note and a set of the articles reporting it."""
    xmlschema = pytest.importorskip("xmlschema")
    data = render("qdpx", collect(clustered), exported=EXPORTED)
    project = zipfile.ZipFile(io.BytesIO(data)).read("project.qde")
    xmlschema.XMLSchema(str(REFI / "Project-1.5.xsd")).validate(io.BytesIO(project))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    root = ET.fromstring(project)
    selections = {s.get("guid") for s in root.iterfind(".//q:PlainTextSelection", ns)}
    links = root.findall("q:Links/q:Link", ns)
    assert len(links) == 4 + 1
    assert all(link.get("originGUID") in selections and link.get("targetGUID") in selections for link in links)
    members = clustered.cluster_store.clusters.get(SECOND_CLUSTER).claim_ids
    second = [link for link in links if link.get("name") == "Second"][0]
    assert {second.get("originGUID"), second.get("targetGUID")} == {selection_guid(c) for c in members}
    sets = {s.get("name"): s for s in root.iterfind("q:Sets/q:Set", ns)}
    assert len(sets["Ten billion"].findall("q:MemberSource", ns)) == 5
    assert sets["Ten billion"].find("q:Description", ns).text == "Figures differ"


def test_csv_names_each_claims_cluster(clustered):
    """The cluster columns give the id and label of the claim's cluster, empty for a claim in none."""
    raw = render("csv", collect(clustered), exported=EXPORTED).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    members = set(clustered.cluster_store.clusters.get(FIRST_CLUSTER).claim_ids)
    for row in rows:
        if row["id"] in members:
            assert (row["cluster"], row["cluster_label"]) == (FIRST_CLUSTER, "Ten billion")
    assert sum(row["cluster"] == "" for row in rows) == 3  # the second claims of it, pl, vi


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def test_html_across_outlets_sets_language_and_direction_per_quote_and_inlines_the_chart(clustered):
    """One row per cluster; each article's quotes in a cell carrying its lang and dir; the chart is inline SVG."""
    page = render("html", collect(clustered), exported=EXPORTED).decode("utf-8")
    across = page[page.index('<section class="across">'):page.index("</section>", page.index('class="across"'))]
    parser = _Tags()
    parser.feed(across)
    cells = [attrs for tag, attrs in parser.tags if tag == "td"]
    assert len(cells) == 2 * 5
    assert [(c["lang"], c["dir"]) for c in cells[:5]] == [(t, "ltr") for t in ("en", "es", "it", "pl", "vi")]
    assert "Ten billion" in parser.data and "Figures differ" in parser.data
    links = [attrs["href"] for tag, attrs in parser.tags if tag == "a" and attrs["href"].startswith("#a")]
    assert all(f'id="{href[1:]}"' in page for href in links)
    assert page.count("<svg ") == 1 and 'role="img"' in page and "Claims per topic per article" in page


def test_markdown_across_outlets_tags_quotes_with_their_language(clustered):
    """The Markdown report has the clusters' table (language in each heading and before each quote) and the chart."""
    text = render("markdown", collect(clustered), exported=EXPORTED).decode("utf-8")
    section = text[text.index("## Across outlets"):]
    rows = [line for line in section.splitlines() if line.startswith("| **")]
    assert len(rows) == 2 and rows[1].startswith("| **Ten billion** — Figures differ |")
    assert rows[1].count("*vi* “") == 1 and "(Vietnamese — Tiếng Việt)" in section
    assert re.search(r"!\[Claims per topic per article\]\(data:image/svg\+xml;base64,[A-Za-z0-9+/=]+\)", text)


def test_hostile_labels_notes_and_quotes_stay_inert_in_reports(seed_corpus):
    """Markup in a label, a note or a quote is shown as text: no tag, handler or link gets into either report."""
    corpus = Corpus(cluster_seeds(seed_corpus, label=HOSTILE, note=HOSTILE + "\n# heading\n| a | b |"))
    (seed_corpus / "zz-hostile.txt").write_text(HOSTILE * 3, encoding="utf-8")
    from marginalia.core.annotation import new_annotation
    from marginalia.core.clusters import JoinCluster, member_of
    from marginalia.core.selectors import TextPosition

    document = corpus.open(seed_corpus / "zz-hostile.txt")
    claim = new_annotation(document.text, TextPosition(0, len(HOSTILE)))
    document.add(claim)
    corpus.save(document)
    corpus.cluster_store.apply(JoinCluster(FIRST_CLUSTER, member_of(claim, "zz-hostile.txt", "en")))
    export = collect(corpus)
    page = render("html", export, exported=EXPORTED).decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    assert not [t for t, _a in parser.tags if t in ("script", "img", "iframe", "object")]
    assert not [a for _t, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert not [v for _t, attrs in parser.tags for k, v in attrs.items() if v and "http" in v and k != "xmlns"]
    assert HOSTILE in "".join(parser.data)
    text = render("markdown", export, exported=EXPORTED).decode("utf-8")
    section = text[text.index("## Across outlets"):text.index("\n## ", text.index("## Across outlets"))]
    # Every "<", "[" and "]" of the user's text is backslash-escaped: no tag, no link.
    assert not re.search(r"(?<!\\)[<\[\]]", section) and "\n# heading" not in section
    row = next(line for line in section.splitlines() if line.startswith("| **"))
    assert row.count(" | ") == len(export.clusters[0].articles())  # no stray column from a "|" in the text
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(section)
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "<h1>" not in rendered and rendered.count("<tr>") == 2 + 1


def test_w3c_round_trip_restores_the_clusters(clustered, tmp_path):
    """Export → a fresh copy of the corpus without clusters → import: the same clusters, snapshots included."""
    path = tmp_path / "export.jsonld"
    path.write_bytes(render("w3c", collect(clustered), exported=EXPORTED))
    fresh = Corpus(copy_seeds(tmp_path / "fresh"))
    assert not (fresh.root / CLUSTERS_FILE_NAME).exists()
    report = import_file(fresh, path)
    assert sorted(report.clusters) == [FIRST_CLUSTER, SECOND_CLUSTER] and report.unmatched == []

    def plain(clusters):
        return [(c.id, c.label, c.note, c.author, c.created, c.modified,
                 [(m.claim_id, m.article, m.language, m.quote) for m in c.members]) for c in clusters]

    assert plain(Corpus(fresh.root).cluster_store.clusters) == plain(clustered.cluster_store.clusters)
    again = import_w3c(Corpus(fresh.root), path)
    assert again.clusters == [] and not again.unmatched


def test_import_extends_a_cluster_only_with_a_newer_label(clustered, tmp_path):
    """Importing an older export into the corpus adds nothing and keeps the newer label; the older one is kept
    in the history as an import conflict."""
    path = tmp_path / "export.jsonld"
    path.write_bytes(render("w3c", collect(clustered), exported=EXPORTED))
    clustered.cluster_store.apply(RelabelCluster(FIRST_CLUSTER, "Renamed since"))
    report = import_w3c(Corpus(clustered.root), path)
    assert Corpus(clustered.root).cluster_store.clusters.get(FIRST_CLUSTER).label == "Renamed since"
    assert ([i for _where, i in report.conflicts], report.clusters) == ([FIRST_CLUSTER], [])
    from marginalia.core.storage.history import read_history

    assert "Ten billion" in [e.record["label"] for e in read_history(clustered.root / CLUSTERS_FILE_NAME)
                             if e.reason == "import-conflict"]


def test_import_takes_another_tools_links_between_imported_claims(seed_corpus, tmp_path):
    """A linking annotation from another tool whose targets are annotations of the same file becomes a cluster;
    a target that is no claim here is reported."""
    text = (seed_corpus / EN).read_text(encoding="utf-8")
    items = [{"type": "Annotation", "id": f"https://example.org/a/{n}",
              "target": {"source": EN, "selector": {"type": "TextQuoteSelector", "exact": text[n * 50:n * 50 + 30]}}}
             for n in range(2)]
    items.append({"type": "Annotation", "id": "https://example.org/link", "motivation": "oa:linking",
                  "bodyValue": "Same fact", "target": [{"id": "https://example.org/a/0"},
                                                       "https://example.org/a/1", "https://example.org/a/9"]})
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": items}), encoding="utf-8")
    report = import_w3c(Corpus(seed_corpus), path)
    assert len(report.imported) == 2 and len(report.clusters) == 1
    assert [w for w, _r in report.unmatched] == ["items[2]"]
    cluster = Corpus(seed_corpus).cluster_store.clusters.get(report.clusters[0])
    assert cluster.label == "Same fact" and set(cluster.claim_ids) == set(report.imported)
    assert all(m.article == EN and m.language == "en" and m.quote for m in cluster.members)
