"""REFI-QDA project export (.qdpx): a zip of project.qde and the articles' canonical texts."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import datetime, timezone

from marginalia.core.annotation import Annotation, format_time
from marginalia.core.export.ids import derived_guid
from marginalia.core.export.qdc import ORIGIN, code_guid, codes_element, element, serialize
from marginalia.core.export.selection import ExportedArticle, ExportSet

PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "Sources"
_NAME_LENGTH = 60  # selection names are labels in a QDA tool's list, not the quote itself


def source_guid(article: ExportedArticle) -> str:
    # By file name, not text hash: an edited article stays the same source.
    return derived_guid("source", article.name)


def selection_guid(annotation_id: str) -> str:
    """The claim's own id when it is a UUID (so an import brings back the same claim),
    else one derived from it."""
    try:
        if str(uuid.UUID(annotation_id)) == annotation_id:
            return annotation_id
    except ValueError:
        pass
    return derived_guid("selection", annotation_id)


def user_guid(author: str) -> str:
    return derived_guid("user", author)


LANGUAGE_VARIABLE_GUID = derived_guid("variable", "language")
# The article's metadata as source variables, named as a QDA tool's user would.
METADATA_VARIABLES = (("title", "Title"), ("outlet", "Outlet"), ("author", "Author"),
                      ("published", "Published"), ("url", "URL"))


def variable_guid(name: str) -> str:
    return LANGUAGE_VARIABLE_GUID if name == "language" else derived_guid("variable", name)


def _label(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= _NAME_LENGTH else flat[:_NAME_LENGTH - 1] + "…"


def _selection(a: Annotation) -> object:
    node = element("PlainTextSelection", {
        "guid": selection_guid(a.id),
        "name": _label(a.quote.exact),
        # Code points, end exclusive: the positions index the UTF-8 source file
        # decoded as text, which is exactly the canonical text.
        "startPosition": str(a.position.start),
        "endPosition": str(a.position.end),
    })
    if a.author:
        node.set("creatingUser", user_guid(a.author))
    node.set("creationDateTime", format_time(a.created))
    if a.author:
        node.set("modifyingUser", user_guid(a.author))
    node.set("modifiedDateTime", format_time(a.modified))
    if a.note:
        node.append(element("Description", text=a.note))
    for topic_id in a.topics:
        coding = element("Coding", {"guid": derived_guid("coding", a.id, topic_id)})
        if a.author:
            coding.set("creatingUser", user_guid(a.author))
        coding.set("creationDateTime", format_time(a.created))
        coding.append(element("CodeRef", {"targetGUID": code_guid(topic_id)}))
        node.append(coding)
    return node


def build_project(export: ExportSet, *, exported: datetime, name: str = "Marginalia export") -> bytes:
    """The project.qde document (REFI-QDA 1.5)."""
    stamp = format_time(exported)
    root = element("Project", {"name": name, "origin": ORIGIN,
                               "creationDateTime": stamp, "modifiedDateTime": stamp})
    authors = sorted({a.author for art in export.articles for a in art.placed() if a.author})
    if authors:  # <Users> must hold at least one <User> when present
        users = element("Users")
        for author in authors:
            users.append(element("User", {"guid": user_guid(author), "name": author}))
        root.append(users)
    topics = export.topics()
    if topics:
        codebook = element("CodeBook")
        codebook.append(codes_element(topics))
        root.append(codebook)
    variables = element("Variables")
    variables.append(element("Variable", {"guid": LANGUAGE_VARIABLE_GUID, "name": "Language",
                                          "typeOfVariable": "Text"}))
    for key, label in METADATA_VARIABLES:
        variables.append(element("Variable", {"guid": variable_guid(key), "name": label, "typeOfVariable": "Text"}))
    root.append(variables)
    if export.articles:
        sources = element("Sources")
        for article in export.articles:
            guid = source_guid(article)
            source = element("TextSource", {"guid": guid, "name": article.name,
                                            "plainTextPath": f"internal://{guid}.txt"})
            source.append(element("Description", text=article.title))
            # Orphaned claims are left out: their offsets point at text that is
            # no longer there, and a QDA tool would code the wrong passage.
            for a in article.placed():
                source.append(_selection(a))
            values = [("language", article.language)] + [
                (key, getattr(article.metadata, key) or (article.title if key == "title" else ""))
                for key, _ in METADATA_VARIABLES]
            for key, text in values:
                if text:
                    value = element("VariableValue")
                    value.append(element("VariableRef", {"targetGUID": variable_guid(key)}))
                    value.append(element("TextValue", text=text))
                    source.append(value)
            sources.append(source)
        root.append(sources)
    _append_clusters(root, export)
    return serialize(root, PROJECT_NAMESPACE)


def cluster_note_guid(cluster_id: str) -> str:
    return derived_guid("cluster-note", cluster_id)


def _append_clusters(root, export: ExportSet) -> None:
    """Each cluster as REFI-QDA sees such a thing: a <Note> holding its label and note;
    <Link>s from its first member's selection to each other's (Associative, named by
    the label, referring to the note); and a <Set> of the articles reporting it (a
    QDA tool's document group). A member left out of the selections (an orphan) is
    left out of the links; a cluster with fewer than two placed members links nothing
    but keeps its note and set."""
    if not export.clusters:
        return
    notes, links, groups = element("Notes"), element("Links"), element("Sets")
    for cluster in export.clusters:
        note_guid = cluster_note_guid(cluster.id)
        note = element("Note", {"guid": note_guid, "name": cluster.label})
        if cluster.cluster.author:
            note.set("creatingUser", user_guid(cluster.cluster.author))
        note.set("creationDateTime", format_time(cluster.cluster.created))
        note.set("modifiedDateTime", format_time(cluster.cluster.modified))
        note.append(element("PlainTextContent", text="\n\n".join(t for t in (cluster.label, cluster.note) if t)))
        notes.append(note)
        placed = [m for m in cluster.members if not m.claim.orphaned]
        for member in placed[1:]:
            link = element("Link", {"guid": derived_guid("cluster-link", cluster.id, member.claim.id),
                                    "name": cluster.label, "direction": "Associative",
                                    "originGUID": selection_guid(placed[0].claim.id),
                                    "targetGUID": selection_guid(member.claim.id)})
            link.append(element("NoteRef", {"targetGUID": note_guid}))
            links.append(link)
        group = element("Set", {"guid": derived_guid("cluster-set", cluster.id), "name": cluster.label})
        if cluster.note:
            group.append(element("Description", text=cluster.note))
        for article in cluster.articles():
            group.append(element("MemberSource", {"targetGUID": source_guid(article)}))
        group.append(element("MemberNote", {"targetGUID": note_guid}))
        groups.append(group)
    root.append(notes)
    if len(links):
        root.append(links)
    root.append(groups)


def _zip_entry(name: str, moment: datetime) -> zipfile.ZipInfo:
    # Fixed metadata so the archive depends only on its content and `moment`:
    # ZipInfo otherwise records the host system and the file mode of the day.
    utc = moment.astimezone(timezone.utc)
    info = zipfile.ZipInfo(name, date_time=(max(utc.year, 1980), utc.month, utc.day,
                                            utc.hour, utc.minute, utc.second))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, whatever the platform
    info.external_attr = 0o644 << 16
    return info


def export_qdpx(export: ExportSet, *, exported: datetime, name: str = "Marginalia export") -> bytes:
    """The REFI-QDA project as .qdpx bytes; `exported` dates the project and its entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_zip_entry(PROJECT_FILE, exported), build_project(export, exported=exported, name=name))
        for article in export.articles:
            path = f"{SOURCES_FOLDER}/{source_guid(article)}.txt"
            archive.writestr(_zip_entry(path, exported), article.text.encode("utf-8"))
    return buffer.getvalue()
