"""Stable identifiers for exports: IRIs for W3C annotations and GUIDs for REFI-QDA."""

from __future__ import annotations

import uuid
from urllib.parse import quote, unquote

# Every identifier is derived from what it names (an annotation id, a topic id,
# an article's text), never from a clock, a random source or a file path, so
# the same annotations export to the same bytes on any machine.
# The root of every derived GUID (uuid5 of Marginalia's URN). Changing it would
# give every exported object a new identity, so it is fixed forever.
MARGINALIA_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:marginalia")

# Articles are named by their canonical text rather than their path: a file: URI
# differs per machine and per folder, a relative IRI is not allowed as a W3C
# source, and the text's SHA-256 is what the sidecar already records. Two
# copies of one article in different corpora therefore share one source IRI.
ARTICLE_IRI_PREFIX = "urn:marginalia:article:"
ANNOTATION_IRI_PREFIX = "urn:marginalia:annotation:"
UUID_IRI_PREFIX = "urn:uuid:"


def derived_guid(kind: str, *parts: str) -> str:
    """A GUID that depends only on `kind` and `parts` (uuid5 in Marginalia's namespace)."""
    # "\x1f" (unit separator) cannot occur in ids, so ("a", "bc") ≠ ("ab", "c").
    return str(uuid.uuid5(MARGINALIA_NAMESPACE, "\x1f".join((kind,) + parts)))


def article_iri(sha256: str) -> str:
    return ARTICLE_IRI_PREFIX + sha256


def sha256_from_iri(iri: str) -> str | None:
    if iri.startswith(ARTICLE_IRI_PREFIX):
        return iri[len(ARTICLE_IRI_PREFIX):].lower() or None
    return None


def annotation_iri(annotation_id: str) -> str:
    """`urn:uuid:` for the UUIDs Marginalia makes; a URN of our own for any other id."""
    try:
        if str(uuid.UUID(annotation_id)) == annotation_id.lower() and len(annotation_id) == 36:
            return UUID_IRI_PREFIX + annotation_id
    except ValueError:
        pass
    return ANNOTATION_IRI_PREFIX + quote(annotation_id, safe="")


def annotation_id_from_iri(iri: str) -> str:
    """The model id an imported annotation keeps.

    Our own IRIs give back the id they were made from, so a round trip keeps
    ids. Any other IRI (Hypothesis's https://hypothes.is/a/…) becomes a UUID
    derived from it: importing the same annotation again then finds the same id.
    """
    if iri.startswith(UUID_IRI_PREFIX):
        return iri[len(UUID_IRI_PREFIX):]
    if iri.startswith(ANNOTATION_IRI_PREFIX):
        return unquote(iri[len(ANNOTATION_IRI_PREFIX):])
    return str(uuid.uuid5(MARGINALIA_NAMESPACE, "annotation\x1f" + iri))
