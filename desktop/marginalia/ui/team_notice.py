"""What the window says about other writers' work it took in: a sync folder's conflict copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from marginalia.core.errors import MarginaliaError
from marginalia.core.storage.formats import SIDECAR_SUFFIX
from marginalia.ui.error_words import describe
from marginalia.ui.wording import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamNotice", text)


def take_in_at_open(session) -> str:
    """What other writers left for the corpus `session` opens, taken in before it is
    listed: versions a git merge kept (filed in their history) and a sync folder's
    conflict copies (merged, moved aside). What to tell the user ("" when nothing)."""
    notices = []
    try:
        session.corpus.file_pending_losers()
    except MarginaliaError as exc:
        notices.append(_tr("Versions a git merge kept could not reach their history yet: %1").replace("%1", describe(exc)))
    notices.append(copies_notice(session.merge_conflict_copies(), session.corpus.root))
    return " ".join(n for n in notices if n)


def copies_notice(report, root: Path) -> str:
    """One message for a CopiesReport (teamwork/conflict_copies.py): what was merged, the
    conflicts it decided, and each copy left where it is with why; "" when none."""
    parts = []
    if report.merged:
        clients = ", ".join(sorted({m.copy.client for m in report.merged}))
        names = ", ".join(_shown(m.copy.original, root) for m in report.merged[:3])
        parts.append(plural(len(report.merged), _tr("Merged a conflict copy made by %2 into %3"),
                            _tr("Merged {n} conflict copies made by %2 into %3"))
                     .replace("%2", clients).replace("%3", names + ("…" if len(report.merged) > 3 else ""))
                     + _tr("; moved to .marginalia/merged-conflicts."))
        conflicts = sum(m.conflicts for m in report.merged)
        if conflicts:
            parts.append(plural(conflicts, _tr("1 record was changed on both devices: the later version is kept, "
                                               "the other is in the history (marginalia history ARTICLE)."),
                                _tr("{n} records were changed on both devices: the later version of each is "
                                    "kept, the others are in the history (marginalia history ARTICLE).")))
    for left in report.left[:3]:
        copy = left.copy
        if left.error is None:
            parts.append(_tr("%1 is a conflict copy of the article %2; compare them and keep one.")
                         .replace("%1", _shown(copy.path, root)).replace("%2", _shown(copy.original, root)))
        else:
            parts.append(_tr("The conflict copy %1 was left where it is: %2")
                         .replace("%1", _shown(copy.path, root)).replace("%2", describe(left.error)))
    return " ".join(parts)


def merged_articles(report) -> list[Path]:
    """The articles whose sidecar took in a conflict copy."""
    return [m.copy.original.with_name(m.copy.original.name[:-len(SIDECAR_SUFFIX)]) for m in report.merged
            if m.copy.original.name.endswith(SIDECAR_SUFFIX)]


def _shown(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).name
