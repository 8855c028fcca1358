"""REFI-QDA codebook export (.qdc): the topics as codes, plus the XML helpers qdpx shares."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from marginalia import __version__
from marginalia.core.error_codes import ErrorCode
from marginalia.core.codebook import Topic
from marginalia.core.export.ids import derived_guid
from marginalia.core.export.selection import ExportError, ExportSet

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"Marginalia {__version__}"

# Characters XML 1.0 cannot carry at all (not even as references): most C0
# controls, lone surrogates and the two non-characters. A note or an article
# may hold them (a form feed from a PDF copy); U+FFFD keeps the place visible.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def code_guid(topic_id: str) -> str:
    return derived_guid("code", topic_id)


def element(tag: str, attributes: dict[str, str] | None = None, text: str | None = None) -> ET.Element:
    """An element whose attribute values and text are made XML-safe."""
    node = ET.Element(tag, {k: xml_text(v) for k, v in (attributes or {}).items()})
    if text is not None:
        node.text = xml_text(text)
    return node


def codes_element(topics: Iterable[Topic]) -> ET.Element:
    """<Codes> with one codable <Code> per topic; the same shape in both schemas."""
    codes = element("Codes")
    for topic in topics:
        codes.append(element("Code", {
            "guid": code_guid(topic.id),
            "name": topic.name,
            "isCodable": "true",
            "color": topic.color.upper(),
        }))
    return codes


def serialize(root: ET.Element, namespace: str) -> bytes:
    """Indented UTF-8 XML with `namespace` as the default namespace.

    The namespace is written as a plain xmlns attribute on the root instead of
    through ElementTree's global prefix registry, which other code shares.
    """
    root.set("xmlns", namespace)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def export_qdc(export: ExportSet) -> bytes:
    """The codebook as a REFI-QDA 1.5 .qdc file. Carries no timestamp."""
    topics = export.topics()
    if not topics:
        # The schema requires at least one <Code>: an empty codebook has no valid form.
        raise ExportError(ErrorCode.EMPTY_CODEBOOK)
    root = element("CodeBook", {"origin": ORIGIN})
    root.append(codes_element(topics))
    return serialize(root, CODEBOOK_NAMESPACE)
