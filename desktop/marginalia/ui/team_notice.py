"""What the window says about other writers' work it took in: a sync folder's conflict copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from marginalia.core.errors import MarginaliaError
from marginalia.core.storage.formats import SIDECAR_SUFFIX
from marginalia.ui.error_words import describe
from marginalia.ui.wording import arg


class TeamNotice(QObject):
    """The words; a QObject for its translation context (plural forms need self.tr)."""

    def pending_failed(self, error) -> str:
        return arg(self.tr("Versions a git merge kept could not reach their history yet: %1"), error)

    def merged(self, count: int, clients: str, names: str) -> str:
        return arg(self.tr("Merged %Ln conflict copy(ies) made by %1 into %2; moved to "
                           ".marginalia/merged-conflicts.", "", count), clients, names)

    def conflicts(self, count: int) -> str:
        return self.tr("%Ln record(s) changed on both devices: the later version of each is kept, the other "
                       "is in the history (marginalia history ARTICLE).", "", count)

    def article_copy(self, copy: str, original: str) -> str:
        return arg(self.tr("%1 is a conflict copy of the article %2; compare them and keep one."), copy, original)

    def left_alone(self, copy: str, error) -> str:
        return arg(self.tr("The conflict copy %1 was left where it is: %2"), copy, error)


def take_in_at_open(session) -> str:
    """What other writers left for the corpus `session` opens, taken in before it is
    listed: versions a git merge kept (filed in their history) and a sync folder's
    conflict copies (merged, moved aside). What to tell the user ("" when nothing)."""
    notices = []
    try:
        session.corpus.file_pending_losers()
    except MarginaliaError as exc:
        notices.append(TeamNotice().pending_failed(describe(exc)))
    notices.append(copies_notice(session.merge_conflict_copies(), session.corpus.root))
    return " ".join(n for n in notices if n)


def copies_notice(report, root: Path) -> str:
    """One message for a CopiesReport (teamwork/conflict_copies.py): what was merged, the
    conflicts it decided, and each copy left where it is with why; "" when none."""
    words = TeamNotice()
    parts = []
    if report.merged:
        clients = ", ".join(sorted({m.copy.client for m in report.merged}))
        names = ", ".join(_shown(m.copy.original, root) for m in report.merged[:3])
        parts.append(words.merged(len(report.merged), clients, names + ("…" if len(report.merged) > 3 else "")))
        conflicts = sum(m.conflicts for m in report.merged)
        if conflicts:
            parts.append(words.conflicts(conflicts))
    for left in report.left[:3]:
        copy = left.copy
        if left.error is None:
            parts.append(words.article_copy(_shown(copy.path, root), _shown(copy.original, root)))
        else:
            parts.append(words.left_alone(_shown(copy.path, root), describe(left.error)))
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
