"""Importing REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc) as other QDA tools write them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from marginalia.core.annotation import utc_now
from marginalia.core.corpus import Corpus, read_manifest
from marginalia.core.export import collect, render
from marginalia.core.importer import ImportFileError, import_file
from marginalia.core.importer.refi_offsets import COUNTINGS, Counting
from marginalia.core.storage.documents import read_sidecar
from marginalia.core.storage.sidecar import sidecar_path
from support import annotate_two_claims, copy_seeds

# A source as a Windows tool stores it: a byte-order mark, CRLF line ends, an emoji
# (two UTF-16 units) and a decomposed accent (NFC composes it: one code point fewer).
RAW = ("\ufeffMicrosoft y OpenAI 🤝 firman.\r\nLa nube Azure cre\u0301ce.\r\n"
       "Analistas en Varsovia 😀 dudan de OpenAI.\r\nFin del artículo.\r\n")
CODE_PARENT, CODE_CHILD, CODE_OTHER = ("11111111-1111-4111-8111-111111111111",
                                       "22222222-2222-4222-8222-222222222222",
                                       "33333333-3333-4333-8333-333333333333")
USER = "44444444-4444-4444-8444-444444444444"
NOTE = "55555555-5555-4555-8555-555555555555"
QUOTES = ["Analistas en Varsovia", "dudan de OpenAI", "Fin del artículo"]


def tool_offset(raw: str, index: int, counting: Counting) -> int:
    """Where a tool counting this way puts raw[index] (written independently of the importer)."""
    prefix = raw[:index]
    if prefix.startswith("\ufeff") and not counting.bom:
        prefix = prefix[1:]
    if counting.crlf_as_one:
        prefix = prefix.replace("\r\n", "\n")
    return len(prefix.encode("utf-16-le")) // 2 if counting.utf16 else len(prefix)


def selection_xml(raw: str, quote: str, counting: Counting, guid: str, *, name: str | None = None,
                  code: str = CODE_CHILD, extra: str = "") -> str:
    at = raw.index(quote)
    start, end = tool_offset(raw, at, counting), tool_offset(raw, at + len(quote), counting)
    end -= counting.inclusive_end  # the last character's position (none of the quotes ends in an emoji)
    return (f'<PlainTextSelection guid="{guid}" name="{quote if name is None else name}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}" '
            f'creationDateTime="2024-05-06T07:08:09Z"><Description>Nota sobre {quote}</Description>'
            f'<Coding guid="{guid[:-4]}9999"><CodeRef targetGUID="{code}"/></Coding>{extra}</PlainTextSelection>')


def project_xml(selections: str, *, sources_extra: str = "", origin: str = "QualCoder 3.5") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Estudio" origin="{origin}">
<Users><User guid="{USER}" name="Ana Pérez"/></Users>
<CodeBook><Codes>
  <Code guid="{CODE_PARENT}" name="Economía" isCodable="false" color="#112233">
    <Code guid="{CODE_CHILD}" name="Nube" isCodable="true" color="#AB12CD"/>
  </Code>
  <Code guid="{CODE_OTHER}" name="privacy" isCodable="true" color="#000000"/>
</Codes></CodeBook>
<Variables><Variable guid="66666666-6666-4666-8666-666666666666" name="Outlet" typeOfVariable="Text"/></Variables>
<Sources>
<TextSource guid="77777777-7777-4777-8777-777777777777" name="articulo_es.txt"
            plainTextPath="internal://77777777-7777-4777-8777-777777777777.txt">
{selections}
<VariableValue><VariableRef targetGUID="66666666-6666-4666-8666-666666666666"/><TextValue>El Diario</TextValue>
</VariableValue>
</TextSource>
<PictureSource guid="88888888-8888-4888-8888-888888888888" name="portada.jpg" path="internal://x.jpg"/>
{sources_extra}
</Sources>
<Notes><Note guid="{NOTE}" name="memo"><PlainTextContent>Comparar con la versión polaca.</PlainTextContent></Note>
</Notes>
<Sets><Set guid="99999999-9999-4999-8999-999999999999" name="s"/></Sets>
</Project>"""


def write_qdpx(path: Path, xml: str, raw: str = RAW, encoding: str = "utf-8") -> Path:
    data = raw.encode("utf-16") if encoding == "utf-16" else raw.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/77777777-7777-4777-8777-777777777777.txt", data)
    return path


def claims(corpus_root: Path, name: str):
    data = read_sidecar(sidecar_path(corpus_root / name))
    return [] if data is None else sorted(data.annotations, key=lambda a: a.start)


@pytest.fixture
def corpus(tmp_path) -> Corpus:
    (tmp_path / "corpus").mkdir()
    return Corpus(tmp_path / "corpus")


@pytest.mark.parametrize("counting", COUNTINGS, ids=lambda c: c.describe())
def test_import_qdpx_detects_how_positions_are_counted(corpus, tmp_path, counting):
    """Code points, UTF-16 units, a counted BOM or CRLF as one: every selection lands on its text."""
    guids = [f"aaaaaaaa-0000-4000-8000-00000000000{i}" for i in range(len(QUOTES))]
    xml = project_xml("".join(selection_xml(RAW, q, counting, g) for q, g in zip(QUOTES, guids)))
    report = import_file(corpus, write_qdpx(tmp_path / "p.qdpx", xml))
    assert report.articles_added == ["articulo_es.txt"]
    found = claims(corpus.root, "articulo_es.txt")
    assert [c.quote.exact for c in found] == QUOTES
    assert not any(c.orphaned for c in found)
    assert bool(report.notes and "positions counted in" in report.notes[0][1]) == (counting != Counting())


def test_import_qdpx_utf16_source_file_with_bom(corpus, tmp_path):
    """A source stored as UTF-16 with a BOM is read, and standard offsets still fit."""
    xml = project_xml(selection_xml(RAW, "dudan de OpenAI", Counting(), "aaaaaaaa-0000-4000-8000-000000000001"))
    import_file(corpus, write_qdpx(tmp_path / "p.qdpx", xml, encoding="utf-16"))
    [claim] = claims(corpus.root, "articulo_es.txt")
    assert claim.quote.exact == "dudan de OpenAI"


def test_import_qdpx_brings_codes_notes_authors_and_metadata(corpus, tmp_path):
    """Nested codes become topics named by their path, in their colour; Description and
    NoteRef become the note; the User the author; the Outlet variable the article's outlet."""
    note_ref = f'<NoteRef targetGUID="{NOTE}"/>'
    xml = project_xml(selection_xml(RAW, "dudan de OpenAI", Counting(), "aaaaaaaa-0000-4000-8000-000000000001",
                                    extra=note_ref)
                      + selection_xml(RAW, "Fin del artículo", Counting(), "aaaaaaaa-0000-4000-8000-000000000002",
                                      code=CODE_OTHER))
    report = import_file(corpus, write_qdpx(tmp_path / "p.qdpx", xml))
    first, second = claims(corpus.root, "articulo_es.txt")
    topic = Corpus(corpus.root).codebook.get(first.topics[0])
    assert (topic.name, topic.color) == ("Economía / Nube", "#AB12CD")
    # "privacy" is in the default codebook already: the code maps to it by name.
    assert report.new_topics == ["Economía / Nube"] and second.topics == ("privacy",)
    assert first.note == "Nota sobre dudan de OpenAI\n\nComparar con la versión polaca."
    assert first.author == "Ana Pérez" and first.created.year == 2024
    assert first.id == "aaaaaaaa-0000-4000-8000-000000000001"
    assert read_manifest(corpus.root)["articulo_es.txt"]["outlet"] == "El Diario"
    # Nothing left out in silence: the picture, the set, the grouping code.
    assert ("Sources/PictureSource[1] portada.jpg", "a picture, not text") in [(s.where, s.reason)
                                                                             for s in report.skipped]
    assert any(d.field == "Sets" for d in report.dropped)
    assert any("grouping" in fact for _where, fact in report.notes)


def test_import_qdpx_pdf_source_uses_its_text_representation(corpus, tmp_path):
    """A PDFSource's plain-text Representation becomes the article; its page areas are reported."""
    representation = f"""<PDFSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="informe.pdf" path="x.pdf">
<PDFSelection guid="bbbbbbbb-0000-4000-8000-000000000002" page="1" firstX="1" firstY="1" secondX="2" secondY="2"/>
<Representation guid="bbbbbbbb-0000-4000-8000-000000000003" plainTextPath="internal://rep.txt">
<PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000004" name="nube" startPosition="9"
 endPosition="13"/></Representation></PDFSource>"""
    path = write_qdpx(tmp_path / "p.qdpx", project_xml("", sources_extra=representation))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("Sources/rep.txt", "Informe: nube y datos.")
    report = import_file(corpus, path)
    [claim] = claims(corpus.root, "informe.pdf.txt")
    assert claim.quote.exact == "nube"
    assert any(d.field == "PDFSelection" for d in report.dropped)


def test_import_qdpx_round_trip_gives_identical_sidecars(tmp_path):
    """Marginalia's own .qdpx, imported into a fresh copy of the corpus, gives byte-identical sidecars."""
    source = annotate_two_claims(copy_seeds(tmp_path / "a"), "una nota", "", author="Ana")
    exported = tmp_path / "x.qdpx"
    exported.write_bytes(render("qdpx", collect(Corpus(source)), exported=utc_now(), name="x"))
    fresh = copy_seeds(tmp_path / "b")
    report = import_file(Corpus(fresh), exported)
    assert len(report.imported) == 10 and not report.articles_added and not report.dropped
    for sidecar in sorted(source.glob("*.annotations.json")):
        assert (fresh / sidecar.name).read_bytes() == sidecar.read_bytes(), sidecar.name
    again = import_file(Corpus(fresh), exported)
    assert again.imported == [] and all(not s.fault for s in again.skipped)


def test_import_qdc_codebook_adds_topics_with_paths_and_colours(corpus, tmp_path):
    """A .qdc adds its codable codes as topics; a second import adds nothing."""
    path = tmp_path / "c.qdc"
    path.write_text(f"""<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">
<Codes><Code guid="{CODE_PARENT}" name="Economía" isCodable="true" color="#112233">
<Code guid="{CODE_CHILD}" name="Nube" isCodable="true" color="#AB12CD"/></Code></Codes></CodeBook>""",
                    encoding="utf-8")
    report = import_file(corpus, path)
    assert report.new_topics == ["Economía", "Economía / Nube"]
    topics = {t.name: t.color for t in Corpus(corpus.root).codebook}
    assert topics["Economía"] == "#112233" and topics["Economía / Nube"] == "#AB12CD"
    assert import_file(Corpus(corpus.root), path).new_topics == []


@pytest.mark.parametrize("content, reason", [
    (b"PK\x05\x06" + bytes(18), "without project.qde"),
    (b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>', "not well-formed XML"),
])
def test_import_refi_refuses_damaged_projects_naming_them(corpus, tmp_path, content, reason):
    """A damaged project raises ImportFileError with the file and what is wrong."""
    path = tmp_path / "bad.qdpx"
    if content.startswith(b"<"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("project.qde", content)
        content = buffer.getvalue()
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=reason) as caught:
        import_file(corpus, path)
    assert caught.value.path == path


def test_import_qdpx_names_cut_short_with_an_ellipsis_still_count_as_evidence(corpus, tmp_path):
    """Tools shorten long names ("Analistas en Var…", as the standard's own example does):
    such a name still tells UTF-16 counting from code points."""
    counting = Counting(utf16=True)
    quotes = ["Analistas en Varsovia 😀 dudan", "dudan de OpenAI.\r\nFin"]
    xml = project_xml("".join(selection_xml(RAW, q, counting, f"cccccccc-0000-4000-8000-00000000000{i}",
                                            name=q[:12] + "…") for i, q in enumerate(quotes)))
    report = import_file(corpus, write_qdpx(tmp_path / "p.qdpx", xml))
    found = claims(corpus.root, "articulo_es.txt")
    assert [c.quote.exact for c in found] == ["Analistas en Varsovia 😀 dudan", "dudan de OpenAI.\nFin"]
    assert "UTF-16" in report.notes[0][1]


def test_import_qde_never_reads_files_outside_the_project(corpus, tmp_path):
    """A project naming absolute:// or ../ paths gets none of this machine's files; the sources are reported."""
    secret = tmp_path / "secret.txt"
    secret.write_text("private diary", encoding="utf-8")
    (tmp_path / "project").mkdir()
    sources = (f'<TextSource guid="dddddddd-0000-4000-8000-000000000001" name="a" plainTextPath="absolute://{secret}"/>'
               '<TextSource guid="dddddddd-0000-4000-8000-000000000002" name="b" plainTextPath="relative://../secret.txt"/>')
    path = tmp_path / "project" / "p.qde"
    path.write_text(f'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x" basePath="{tmp_path}">'
                    f"<Sources>{sources}</Sources></Project>", encoding="utf-8")
    report = import_file(corpus, path)
    assert report.articles_added == []
    assert [s.reason.startswith("not imported: its text") for s in report.skipped] == [True, True]
    assert not any("private" in p.read_text(encoding="utf-8") for p in corpus.root.glob("*.txt"))
