"""Finding and restoring the earlier versions of an article's claims that its history keeps."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import Annotation, utc_now
from marginalia.core.corpus import Corpus
from marginalia.core.document import Changes
from marginalia.core.errors import SidecarError
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.history import HistoryEntry, read_history
from marginalia.core.storage.sidecar import decode_strictly


def claim_versions(article: Path) -> list[HistoryEntry]:
    """The claim versions the history of `article`'s sidecar keeps, oldest first, then those
    a git merge left out and that are still on their way there (teamwork/pending_losers.py)."""
    from marginalia.core.teamwork.pending_losers import pending_versions

    side = sidecar_path(article)
    return [e for e in read_history(side) + pending_versions(side)
            if e.kind == "annotation" and isinstance(e.record, dict)]


def as_claim(entry: HistoryEntry, article: Path) -> Annotation:
    """The claim an entry keeps; SidecarError if the record is not a claim any more."""
    import orjson

    wrapped = orjson.dumps({"format": "marginalia-sidecar", "version": 1, "article": {"file": article.name},
                            "annotations": [entry.record]})
    data = decode_strictly(wrapped, sidecar_path(article))
    if data.bad_records:
        raise data.bad_records[0].error
    if not data.annotations:
        raise SidecarError(sidecar_path(article), "record", ErrorCode.NOT_A_CLAIM)
    return data.annotations[0]


def restore_claim(corpus: Corpus, article: Path, entry: HistoryEntry) -> Changes:
    """Make the version `entry` keeps the claim's current one (an edit made now, so it
    wins over the versions that replaced it), placed in the article's text as it is
    now, and save. The version it replaces goes to the history in turn."""
    document = corpus.open(article)
    claim = as_claim(entry, article)
    claim = replace(claim, modified=max(utc_now(), claim.modified))
    from marginalia.core.storage.placement import place_annotations

    placed, _misplaced, _summary = place_annotations(document.text, [claim], corpus.file_of(document).path, False)
    claim = placed[0] if placed else replace(claim, orphaned=True)
    changes = document.update(claim) if claim.id in document else document.add(claim)
    corpus.save(document)
    return changes
