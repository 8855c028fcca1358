"""Placing a sidecar's claims in the article's text: exact where they are, re-anchored where it moved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import Annotation
from marginalia.core.document import AnchorSummary
from marginalia.core.errors import SidecarError
from marginalia.core.storage.jsonio import dump_json_item
from marginalia.core.storage.sidecar import BadRecord, encode_annotation

EXACT = "exact"  # AnchorStatus.EXACT, without importing the anchoring engine at start-up


def place_annotations(
    text: str, annotations: Iterable[Annotation], path: Path, hash_matches: bool,
) -> tuple[list[Annotation], list[BadRecord], AnchorSummary]:
    """Check every annotation against `text` and re-anchor those whose quote moved.

    With a matching hash an offset beyond the text is corruption (reported as a bad
    record, kept verbatim); with another text it is simply an edit, so re-anchor.
    """
    placed: list[Annotation] = []
    bad: list[BadRecord] = []
    summary = AnchorSummary()
    pending: list[Annotation] = []
    for i, a in enumerate(annotations):
        if hash_matches and not a.orphaned and a.end > len(text):
            # Named by id: the records' places in the file are not known here.
            error = SidecarError(path, f'annotations[?(@.id=="{a.id}")].position.end',
                                 ErrorCode.OFFSET_BEYOND_TEXT, value=a.end, length=len(text))
            bad.append(BadRecord(i, dump_json_item(encode_annotation(a)), error))
        elif not a.orphaned and text[a.start:a.end] == a.quote.exact:
            placed.append(a)
            summary.statuses[a.id] = EXACT
        else:
            pending.append(a)
    if pending:
        from marginalia.core.anchoring import reanchor_all  # only paid for when text moved

        anchors = reanchor_all(text, [(a.quote, a.position) for a in pending])
        for a, anchor in zip(pending, anchors):
            summary.statuses[a.id] = anchor.status.value
            summary.scores[a.id] = anchor.score
            if anchor.position is None:
                placed.append(a if a.orphaned else replace(a, orphaned=True))
            else:
                placed.append(a.reanchored(text, anchor.position))
    return placed, bad, summary
