"""Each export format on small hand-made inputs: mapping, escaping and edge cases."""

from __future__ import annotations

import io
import json
import zipfile
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st

from marginalia.core.annotation import new_annotation
from marginalia.core.article import text_sha256
from marginalia.core.codebook import DEFAULT_CODEBOOK, Codebook
from marginalia.core.export import ExportedArticle, ExportError, ExportSet, render, resolve_topics
from marginalia.core.export.csv_table import FORMULA_TRIGGERS, neutralise, restore
from marginalia.core.export.html_report import render_text
from marginalia.core.export.markdown_report import escape_markdown
from marginalia.core.export.qdc import xml_text
from marginalia.core.export.w3c import build_collection, motivation_of
from marginalia.core.selectors import TextPosition

EXPORTED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
TEXT = "Alpha beta gamma delta epsilon zeta eta theta."


def _article(claims, text=TEXT, language="en", name="a.txt", statuses=None) -> ExportedArticle:
    return ExportedArticle(name, "Title", language, text, text_sha256(text), tuple(claims), statuses or {})


def _claim(start, end, text=TEXT, **kw):
    return new_annotation(text, TextPosition(start, end), **kw)


@given(st.text())
def test_csv_neutralise_is_inert_and_reversible(cell):
    """A neutralised cell never starts a formula, and restore gives the original back."""
    safe = neutralise(cell)
    assert not safe.startswith(FORMULA_TRIGGERS)
    assert restore(safe) == cell


def test_csv_neutralise_marks_each_trigger():
    """=, +, -, @, tab and CR at the start get one apostrophe; ordinary text is untouched."""
    assert [neutralise(c) for c in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")] == \
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]
    assert neutralise("a=b") == "a=b" and neutralise("") == ""


def test_markdown_escape_neutralises_markup():
    """Emphasis, links, HTML, headings and list markers in user text stay literal."""
    assert escape_markdown("*bold* _it_ [x](y) <b>") == r"\*bold\* \_it\_ \[x\](y) \<b\>"
    assert escape_markdown("# title") == r"\# title"
    assert escape_markdown("- item\n+ item\n1. first\n2) second") == "\\- item\n\\+ item\n1\\. first\n2\\) second"
    assert escape_markdown("a & b | c ~ d `e`") == r"a \& b \| c \~ d \`e\`"


def test_markdown_groups_by_topic_then_article_with_language_label():
    """Each topic gets a section; a claim with two topics appears under both; untagged last."""
    claims = [_claim(0, 5, topics=("compute",)), _claim(6, 10, topics=("compute", "privacy")), _claim(11, 16)]
    export = ExportSet(DEFAULT_CODEBOOK, (_article(claims, language="vi"),))
    text = render("markdown", export, exported=EXPORTED).decode("utf-8")
    assert text.index("## compute (2)") < text.index("## privacy (1)") < text.index("## Untagged (1)")
    assert "Vietnamese — Tiếng Việt" in text and "Exported 2026-01-02T03:04:05.000Z" in text
    assert "competition" not in text  # topics without claims get no section


def test_markdown_limited_to_a_topic_has_only_its_section():
    """With a topic filter the report has that topic's section; other topics are only named."""
    claims = [_claim(0, 5, topics=("compute", "privacy"))]
    export = ExportSet(DEFAULT_CODEBOOK, (_article(claims),), focus=("privacy",))
    text = render("markdown", export, exported=EXPORTED).decode("utf-8")
    assert "## privacy (1)" in text and "## compute" not in text and "also: compute" in text


def test_w3c_motivation_follows_content():
    """A note makes a comment, topics alone a tag, and nothing at all a highlight."""
    assert motivation_of(_claim(0, 5, note="n", topics=("compute",))) == "commenting"
    assert motivation_of(_claim(0, 5, topics=("compute",))) == "tagging"
    assert motivation_of(_claim(0, 5)) == "highlighting"


def test_w3c_annotation_maps_the_model():
    """Tags by topic name, the note as a comment, creator as a Person, code-point selectors."""
    text = "x 😀 y"
    claim = _claim(2, 3, text=text, topics=("privacy",), note="why", author="Ann")
    collection = build_collection(ExportSet(DEFAULT_CODEBOOK, (_article([claim], text=text),)), exported=EXPORTED)
    item = collection["first"]["items"][0]
    assert item["body"] == [
        {"type": "TextualBody", "purpose": "tagging", "value": "privacy"},
        {"type": "TextualBody", "purpose": "commenting", "value": "why", "format": "text/plain"},
    ]
    assert item["creator"] == {"type": "Person", "name": "Ann"}
    assert item["target"]["source"]["id"] == "urn:marginalia:article:" + text_sha256(text)
    assert item["target"]["selector"][1] == {"type": "TextPositionSelector", "start": 2, "end": 3}
    assert "@context" not in item and collection["@context"] == "http://www.w3.org/ns/anno.jsonld"


def test_w3c_empty_export_is_a_collection_without_pages():
    """No claims: a valid empty collection (total 0, no first page)."""
    data = json.loads(render("w3c", ExportSet(DEFAULT_CODEBOOK, ()), exported=EXPORTED))
    assert data["total"] == 0 and "first" not in data


def test_html_overlaps_are_split_at_every_boundary():
    """Two overlapping claims give three pieces; the shared one is banded in both colours."""
    a, b = _claim(0, 10, topics=("compute",)), _claim(6, 16, topics=("privacy",))
    export = ExportSet(DEFAULT_CODEBOOK, (_article([a, b]),))
    html = render_text(export, export.articles[0], 0, {a.id: 1, b.id: 2})
    assert html.count("<mark") == 3
    shared = html.split("<mark")[2]
    assert 'class="claim overlap"' in shared and "rgba(0, 114, 178" in shared and "rgba(230, 159, 0" in shared
    assert '<sup class="ref"><a href="#a0-c1">1</a></sup>' in html


def test_html_sets_language_and_direction_per_article():
    """An Arabic article is marked lang="ar" dir="rtl"; the page has no script and no remote URL."""
    text = "هذا نص عربي قصير للتجربة"
    export = ExportSet(DEFAULT_CODEBOOK, (_article([_claim(0, 3, text=text)], text=text, language="ar"),))
    html = render("html", export, exported=EXPORTED).decode("utf-8")
    assert '<article id="a0" lang="ar" dir="rtl">' in html
    assert "<script" not in html and "http://" not in html.replace('"http://www.w3.org', "")
    assert "Content-Security-Policy" in html and "@media print" in html


def test_qdc_refuses_an_empty_codebook():
    """REFI-QDA requires at least one code, so an empty codebook is a typed error."""
    with pytest.raises(ExportError):
        render("qdc", ExportSet(Codebook(), ()), exported=EXPORTED)


def test_qdpx_leaves_out_orphans_and_links_users():
    """Orphaned claims get no selection; every creatingUser names a declared User."""
    placed = _claim(0, 5, topics=("compute",), author="Ann")
    orphan = replace(_claim(6, 10, author="Bob"), orphaned=True)
    export = ExportSet(DEFAULT_CODEBOOK, (_article([placed, orphan]),))
    archive = zipfile.ZipFile(io.BytesIO(render("qdpx", export, exported=EXPORTED)))
    root = ET.fromstring(archive.read("project.qde"))
    ns = "{urn:QDA-XML:project:1.0}"
    selections = list(root.iter(ns + "PlainTextSelection"))
    users = {u.get("guid"): u.get("name") for u in root.iter(ns + "User")}
    assert len(selections) == 1 and users == {selections[0].get("creatingUser"): "Ann"}
    codes = {c.get("guid") for c in root.iter(ns + "Code")}
    assert {r.get("targetGUID") for r in root.iter(ns + "CodeRef")} <= codes


def test_unknown_topic_ids_still_export():
    """A claim whose topic left the codebook exports it under its id, in grey."""
    export = ExportSet(DEFAULT_CODEBOOK, (_article([_claim(0, 5, topics=("gone",))]),))
    assert export.topic("gone").name == "gone" and export.topics()[-1].color == "#999999"
    assert b"gone" in render("csv", export, exported=EXPORTED)


def test_resolve_topics_accepts_ids_and_names():
    """Topic filters take ids or names in any case, and name the unknown one."""
    codebook = DEFAULT_CODEBOOK.add("Économie")
    assert resolve_topics(codebook, ["compute", "ÉCONOMIE"]) == ("compute", "economie")
    with pytest.raises(ExportError, match="nope"):
        resolve_topics(codebook, ["nope"])


def test_xml_text_replaces_characters_xml_cannot_carry():
    """Control characters become U+FFFD; tabs, newlines and emoji pass."""
    assert xml_text("a\x0cb\x00c\td\n😀") == "a\ufffdb\ufffdc\td\n😀"
