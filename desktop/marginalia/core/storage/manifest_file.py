"""The corpus manifest (`manifest.json`: titles and languages by file name) and its owner."""

from __future__ import annotations

from pathlib import Path

from marginalia.core.errors import InputError
from marginalia.core.storage.formats import MANIFEST_FILE_NAME, MANIFEST_FORMAT, MANIFEST_VERSION, MAX_MANIFEST_BYTES
from marginalia.core.storage.record_file import RecordListFile


class ManifestFile(RecordListFile):
    """The owner of a corpus's manifest: its `articles` are records keyed by `file`."""

    def __init__(self, root: Path, name: str = MANIFEST_FILE_NAME) -> None:
        # `name`: another file of this shape beside it (a sync folder's conflict copy).
        super().__init__(Path(root) / name, MANIFEST_FORMAT, MANIFEST_VERSION, "articles",
                         id_key="file", limit=MAX_MANIFEST_BYTES)


def load_manifest(root: Path) -> tuple[ManifestFile, dict[str, dict], InputError | None]:
    """The manifest's owner, its entries by file name ({} without a manifest), and why it
    could not be read (None when it could, or when there is none)."""
    owner = ManifestFile(root)
    try:
        value = owner.read()
    except InputError as exc:
        return owner, {}, exc
    return owner, ({r["file"]: r for r in value.records} if value is not None else {}), None


def read_manifest(root: Path) -> dict[str, dict]:
    """file name → {"title", "language", ...} from the corpus manifest ({} if it has none,
    or one that cannot be read)."""
    return load_manifest(root)[1]
