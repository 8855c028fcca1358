"""Reading REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc) into plain records (QDA-XML 1.5)."""

from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.importer.reader import Dropped, ImportFileError

PROJECT_FILE = "project.qde"
# A project's XML or one source larger than this is not a project a person made:
# refuse it rather than fill the memory (a zip bomb expands a thousandfold).
MAX_MEMBER_BYTES = 256 * 1024 * 1024
_CODE_PATH_SEPARATOR = " / "

# Project parts that have no counterpart in a corpus of articles, with why.
_UNKEPT_PARTS = {
    "Cases": "Marginalia has no cases",
    "Sets": "Marginalia has no sets",
    "Links": "Marginalia has no links between items",
    "Graphs": "Marginalia has no graphs",
}
# Source kinds that are not text, and so cannot become articles.


@dataclass(slots=True)
class Code:
    guid: str
    name: str  # the full path for nested codes, "Parent / Child"
    color: str  # "#RRGGBB" or ""
    codable: bool


@dataclass(slots=True)
class Selection:
    guid: str
    where: str
    name: str
    start: int
    end: int
    codes: list[str] = field(default_factory=list)  # code guids
    description: str = ""
    notes: list[str] = field(default_factory=list)  # note guids
    user: str = ""  # user guid
    created: str = ""
    modified: str = ""


@dataclass(slots=True)
class Source:
    guid: str
    where: str
    kind: str  # "TextSource", or the element that holds a text representation
    name: str
    raw: str | None  # the plain text as stored (BOM and line ends as in the file); None if none
    missing: str = ""  # why there is no text: a SkipCode
    missing_facts: dict = field(default_factory=dict)
    description: str = ""
    variables: dict[str, str] = field(default_factory=dict)  # variable guid → value
    selections: list[Selection] = field(default_factory=list)


@dataclass(slots=True)
class Project:
    name: str = ""
    origin: str = ""
    users: dict[str, str] = field(default_factory=dict)  # guid → name
    codes: dict[str, Code] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)  # guid → name
    notes: dict[str, str] = field(default_factory=dict)  # guid → text
    sources: list[Source] = field(default_factory=list)
    skipped: list[tuple[str, SkipCode, dict]] = field(default_factory=list)  # (where, why, facts): not read
    dropped: list[Dropped] = field(default_factory=list)


def guid_of(value: str | None) -> str:
    """A GUID in one spelling (lower case, no braces), whatever the tool wrote."""
    value = (value or "").strip().strip("{}")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in node if _local(child.tag) == name]


def _child(node: ET.Element, name: str) -> ET.Element | None:
    return next(iter(_children(node, name)), None)


def _text(node: ET.Element, name: str) -> str:
    child = _child(node, name)
    return (child.text or "") if child is not None else ""


def parse_xml(data: bytes, path: Path) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise ImportFileError(path, ErrorCode.XML_SYNTAX, line=line, column=column) from exc


def _codes(node: ET.Element, parent: str, into: dict[str, Code]) -> None:
    for code in _children(node, "Code"):
        name = (code.get("name") or "").strip() or "(unnamed code)"
        full = f"{parent}{_CODE_PATH_SEPARATOR}{name}" if parent else name
        color = (code.get("color") or "").strip()
        into[guid_of(code.get("guid"))] = Code(guid_of(code.get("guid")), full,
                                               color.upper() if len(color) == 7 else "",
                                               (code.get("isCodable") or "true").strip().lower() == "true")
        _codes(code, full, into)


def read_codebook(root: ET.Element) -> dict[str, Code]:
    """Every code of a <CodeBook> (of a .qdc, or inside a project), nested ones with their path."""
    codes: dict[str, Code] = {}
    container = _child(root, "Codes")
    if container is not None:
        _codes(container, "", codes)
    return codes


class _Members:
    """The files of a .qdpx, read with size limits; a bare .qde has none."""

    def __init__(self, archive: zipfile.ZipFile | None, folder: Path, path: Path) -> None:
        self.archive, self.folder, self.path = archive, folder, path

    def read(self, reference: str) -> bytes | None:
        """The bytes a plainTextPath names: internal:// in the archive's Sources/,
        relative:// in the archive or in the project's own folder. absolute:// paths
        (and relative ones that climb out of the folder) are not read: a project
        from someone else must not pull this computer's files into the corpus."""
        scheme, _, rest = reference.partition("://")
        if not rest:
            scheme, rest = "relative", reference
        rest = rest.replace("\\", "/")
        if self.archive is not None and scheme in ("internal", "relative"):
            for name in (f"Sources/{rest}", rest, f"Sources/{PurePosixPath(rest).name}"):
                try:
                    info = self.archive.getinfo(name)
                except KeyError:
                    continue
                if info.file_size > MAX_MEMBER_BYTES:
                    raise ImportFileError(self.path, ErrorCode.MEMBER_TOO_LARGE, member=name, size=info.file_size)
                return self.archive.read(info)
        if scheme == "relative":
            candidate = (self.folder / rest).resolve()
            if candidate.is_relative_to(self.folder.resolve()) and candidate.is_file() \
                    and candidate.stat().st_size <= MAX_MEMBER_BYTES:
                return candidate.read_bytes()
        return None


def decode_source(data: bytes) -> str:
    """A source's text as stored: UTF-8 (a BOM kept as U+FEFF) or UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "\ufeff" + data.decode("utf-16")
    try:
        return data.decode("utf-8")  # "utf-8", not "utf-8-sig": the BOM stays visible
    except UnicodeDecodeError:
        from marginalia.core.text import decode_bytes

        return decode_bytes(data, Path("source")).text


def _selection(node: ET.Element, where: str) -> Selection | None:
    try:
        start, end = int(node.get("startPosition", "")), int(node.get("endPosition", ""))
    except ValueError:
        return None
    return Selection(
        guid=guid_of(node.get("guid")), where=where, name=node.get("name") or "", start=start, end=end,
        codes=[guid_of(ref.get("targetGUID")) for coding in _children(node, "Coding")
               for ref in _children(coding, "CodeRef")],
        description=_text(node, "Description"),
        notes=[guid_of(ref.get("targetGUID")) for ref in _children(node, "NoteRef")],
        user=guid_of(node.get("creatingUser")), created=node.get("creationDateTime") or "",
        modified=node.get("modifiedDateTime") or "")


def _text_source(node: ET.Element, where: str, kind: str, members: _Members, project: Project) -> Source:
    name = node.get("name") or node.get("guid") or "(unnamed source)"
    inline = _child(node, "PlainTextContent")
    reference = node.get("plainTextPath")
    raw, missing, facts = None, "", {}
    if inline is not None:
        raw = inline.text or ""
    elif reference:
        data = members.read(reference)
        raw = decode_source(data) if data is not None else None
        if data is None:
            missing = SkipCode.SOURCE_TEXT_NOT_IN_PROJECT
            facts = {"reference": reference, "outside": reference.startswith(("absolute:", "file:"))}
    else:
        missing = SkipCode.SOURCE_RICH_TEXT_ONLY if node.get("richTextPath") else SkipCode.SOURCE_WITHOUT_TEXT
    source = Source(guid_of(node.get("guid")), where, kind, name, raw, missing, facts, _text(node, "Description"))
    for value in _children(node, "VariableValue"):
        ref = _child(value, "VariableRef")
        content = next((c.text or "" for c in value if _local(c.tag).endswith("Value")), "")
        if ref is not None:
            source.variables[guid_of(ref.get("targetGUID"))] = content.strip()
    for j, child in enumerate(_children(node, "PlainTextSelection")):
        here = f"{where}/PlainTextSelection[{j}]"
        selection = _selection(child, here)
        if selection is None:
            project.dropped.append(Dropped(here, "startPosition", "not a whole number"))
        else:
            source.selections.append(selection)
    if _children(node, "Coding"):
        project.dropped.append(Dropped(where, "Coding", "codes on a whole source are not claims on its text"))
    return source


def read_project(data: bytes, path: Path) -> Project:
    """A .qdpx (zip) or a bare .qde (XML) as plain records; ImportFileError if it is neither."""
    archive = None
    if data.startswith(b"PK"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            info = archive.getinfo(PROJECT_FILE)
        except (zipfile.BadZipFile, KeyError) as exc:
            raise ImportFileError(path, ErrorCode.NO_PROJECT_IN_ARCHIVE) from exc
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportFileError(path, ErrorCode.MEMBER_TOO_LARGE, member="project.qde", size=info.file_size)
        data = archive.read(info)
    root = parse_xml(data, path)
    if _local(root.tag) != "Project":
        raise ImportFileError(path, ErrorCode.NOT_REFI_PROJECT, root=_local(root.tag))
    # basePath names a folder on the machine that made the project: not read here.
    members = _Members(archive, Path(path).parent, Path(path))
    project = Project(name=root.get("name") or "", origin=root.get("origin") or "")
    users = _child(root, "Users")
    for user in _children(users, "User") if users is not None else ():
        project.users[guid_of(user.get("guid"))] = (user.get("name") or user.get("id") or "").strip()
    codebook = _child(root, "CodeBook")
    if codebook is not None:
        project.codes = read_codebook(codebook)
    variables = _child(root, "Variables")
    for variable in _children(variables, "Variable") if variables is not None else ():
        project.variables[guid_of(variable.get("guid"))] = (variable.get("name") or "").strip()
    notes = _child(root, "Notes")
    for note in _children(notes, "Note") if notes is not None else ():
        inline = _child(note, "PlainTextContent")
        text = inline.text if inline is not None else None
        if text is None and note.get("plainTextPath"):
            raw = members.read(note.get("plainTextPath"))
            text = decode_source(raw).lstrip("\ufeff") if raw is not None else None
        if text:
            project.notes[guid_of(note.get("guid"))] = text
    for part, reason in _UNKEPT_PARTS.items():
        if _child(root, part) is not None:
            project.dropped.append(Dropped(part, part, reason))
    sources = _child(root, "Sources")
    for i, node in enumerate(list(sources) if sources is not None else ()):
        kind = _local(node.tag)
        where = f"Sources/{kind}[{i}] {node.get('name') or ''}".rstrip()
        if kind == "TextSource":
            project.sources.append(_text_source(node, where, kind, members, project))
        elif kind == "PDFSource":
            representation = _child(node, "Representation")
            if _children(node, "PDFSelection"):
                project.dropped.append(Dropped(where, "PDFSelection",
                                               "areas of a PDF page, not positions in text"))
            if representation is None:
                project.skipped.append((where, SkipCode.PDF_WITHOUT_TEXT, {}))
            else:
                source = _text_source(representation, where, kind, members, project)
                source.name = node.get("name") or source.name
                project.sources.append(source)
        else:
            project.skipped.append((where, SkipCode.NOT_TEXT_SOURCE, {"kind": kind}))
    return project
