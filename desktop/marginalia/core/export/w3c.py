"""W3C Web Annotation export: an AnnotationCollection (JSON-LD) with one embedded page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marginalia import __version__
from marginalia.core.annotation import Annotation, format_time
from marginalia.core.export.ids import annotation_iri, article_iri, derived_guid
from marginalia.core.export.clusters import ExportedCluster
from marginalia.core.export.selection import ExportedArticle, ExportSet
from marginalia.core.storage.jsonio import dump_json

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEDIA_TYPE = "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\""


def motivation_of(annotation: Annotation) -> str:
    """The one motivation that says what the claim mostly is (model §3.3.5).

    A note makes it a comment even when it also carries topics, because the
    note is the part a reader of another tool would want to see first.
    """
    if annotation.note:
        return "commenting"
    if annotation.topics:
        return "tagging"
    return "highlighting"


def encode_annotation(export: ExportSet, article: ExportedArticle, a: Annotation) -> dict[str, Any]:
    """One claim as a W3C Annotation, without "@context" (it sits in a collection)."""
    record: dict[str, Any] = {
        "id": annotation_iri(a.id),
        "type": "Annotation",
        "motivation": motivation_of(a),
        "created": format_time(a.created),
        "modified": format_time(a.modified),
    }
    if a.author:
        record["creator"] = {"type": "Person", "name": a.author}
    if a.derived_from:
        # An adjudicator's decision names the reviewers' annotations it was settled
        # from: "via" is the model's link from an annotation to those it derives from.
        record["via"] = [annotation_iri(i) for i in a.derived_from]
    bodies: list[dict[str, Any]] = []
    for topic_id in a.topics:
        # No body id: the test suite reads a body with an id and a purpose as an
        # External Web Resource, which may not have a purpose (model §3.3.5).
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": export.topic(topic_id).name})
    if a.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": a.note,
                       "format": "text/plain"})
    if bodies:
        record["body"] = bodies
    page = article.page(a)
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": a.quote.exact}
    if a.quote.prefix:
        quote["prefix"] = a.quote.prefix
    if a.quote.suffix:
        quote["suffix"] = a.quote.suffix
    record["target"] = {
        "source": source_description(article),
        "selector": [
            quote,
            # Code points, as the model defines TextPositionSelector offsets.
            {"type": "TextPositionSelector", "start": a.position.start, "end": a.position.end},
        ],
    }
    if page is not None:
        # The PDF page the claim starts on, as a PDF fragment (RFC 3778): what a
        # PDF viewer opens, while the text selectors above place it in the text.
        record["target"]["selector"].append({"type": "FragmentSelector", "value": f"page={page}",
                                             "conformsTo": "http://tools.ietf.org/rfc/rfc3778"})
    return record


# The article's metadata in schema.org terms (the "schema" prefix of the
# annotation context), on the source as an External Web Resource (model §3.2.1).
_SCHEMA_TERMS = (("title", "schema:headline"), ("outlet", "schema:publisher"), ("author", "schema:author"),
                 ("published", "schema:datePublished"), ("url", "schema:url"))


def source_description(article: ExportedArticle) -> dict[str, Any] | str:
    """The target's source: the article's IRI, described by its language and metadata."""
    source: dict[str, Any] = {"id": article_iri(article.sha256), "type": "Text", "format": "text/plain"}
    if article.language and article.language != "und":
        source["language"] = article.language
    for key, term in _SCHEMA_TERMS:
        value = getattr(article.metadata, key) or (article.title if key == "title" else "")
        if value:
            source[term] = value
    return source


def encode_cluster(cluster: ExportedCluster) -> dict[str, Any]:
    """A cluster as one linking annotation (model §3.3.5): its targets the members'
    annotations, by the ids their own annotations carry; its label a describing body,
    its note a commenting one."""
    record: dict[str, Any] = {
        "id": annotation_iri(cluster.id),
        "type": "Annotation",
        "motivation": "linking",
        "created": format_time(cluster.cluster.created),
        "modified": format_time(cluster.cluster.modified),
    }
    if cluster.cluster.author:
        record["creator"] = {"type": "Person", "name": cluster.cluster.author}
    bodies = [{"type": "TextualBody", "purpose": "describing", "value": cluster.label, "format": "text/plain"}]
    if cluster.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": cluster.note, "format": "text/plain"})
    record["body"] = bodies
    record["target"] = [annotation_iri(m.claim.id) for m in cluster.members]
    return record


def build_collection(export: ExportSet, *, exported: datetime) -> dict[str, Any]:
    """The export as a JSON-ready AnnotationCollection: the claims, then one linking
    annotation per cluster."""
    items = [encode_annotation(export, article, a)
             for article in export.articles for a in article.annotations]
    items += [encode_cluster(cluster) for cluster in export.clusters]
    # Identified by its content: the same claims give the same collection id.
    ids = sorted(a.id for article in export.articles for a in article.annotations)
    ids += sorted(c.id for c in export.clusters)
    collection_id = "urn:uuid:" + derived_guid("w3c-collection", *ids)
    label = "Marginalia annotations"
    collection: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "generator": {"type": "Software", "name": f"Marginalia {__version__}"},
        "generated": format_time(exported),
        "total": len(items),
    }
    if items:
        page_id = "urn:uuid:" + derived_guid("w3c-page", collection_id, "0")
        collection["first"] = {
            "id": page_id,
            "type": "AnnotationPage",
            # An object, as in the model's own example (§5.2), so the page read
            # on its own still says which collection it belongs to and its size.
            "partOf": {"id": collection_id, "label": label, "total": len(items)},
            "startIndex": 0,
            "items": items,
        }
        collection["last"] = page_id  # one page: it is also the last
    return collection


def export_w3c(export: ExportSet, *, exported: datetime) -> bytes:
    """UTF-8 JSON-LD bytes; `exported` is the only thing that varies between runs."""
    return dump_json(build_collection(export, exported=exported))
