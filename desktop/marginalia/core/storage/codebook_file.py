"""The corpus codebook file: topics as JSON inside the corpus folder."""

from __future__ import annotations

from pathlib import Path

from marginalia.core.codebook import Codebook, Topic
from marginalia.core.errors import SidecarError
from marginalia.core.storage.atomic import atomic_write
from marginalia.core.storage.jsonio import Fields, dump_json, load_json

CODEBOOK_FILE_NAME = "codebook.marginalia.json"
FORMAT_NAME = "marginalia-codebook"
FORMAT_VERSION = 1


def encode_codebook(codebook: Codebook) -> bytes:
    return dump_json({
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "topics": [{"id": t.id, "name": t.name, "color": t.color.upper(), "shortcut": t.shortcut}
                   for t in codebook],
    })


def decode_codebook(data: bytes, path: Path) -> Codebook:
    root = Fields(load_json(data, path), path, "")
    if root.get("format", str) != FORMAT_NAME:
        raise SidecarError(path, "format", f"not a Marginalia codebook (expected {FORMAT_NAME!r})")
    version = root.get("version", int)
    if version > FORMAT_VERSION:
        raise SidecarError(path, "version", f"written by a newer Marginalia (format {version})")
    codebook = Codebook()
    for i, raw in enumerate(root.get("topics", list)):
        where = f"topics[{i}]"
        record = Fields(raw, path, where)
        try:
            topic = Topic(record.get("id", str), record.get("name", str), record.get("color", str),
                          record.get("shortcut", str, ""))
            codebook = codebook.insert(len(codebook), topic)
        except ValueError as exc:
            raise SidecarError(path, where, str(exc)) from exc
    return codebook


def read_codebook(path: Path) -> Codebook:
    return decode_codebook(Path(path).read_bytes(), Path(path))


def write_codebook(path: Path, codebook: Codebook) -> None:
    atomic_write(Path(path), encode_codebook(codebook), backup=True)
