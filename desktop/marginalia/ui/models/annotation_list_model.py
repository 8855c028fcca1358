"""The claims of the open article, in reading order, as a Qt list model."""

from __future__ import annotations

from enum import IntEnum

from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook
from marginalia.core.document import ArticleDocument, Changes
from marginalia.core.reviewers import ReviewerView
from marginalia.ui.document_status import status_words
from marginalia.ui.wording import arg, date_time


CHANGED_ONE_BY_ONE = 50  # more claims changed together than this are announced as one range


class AnnotationListModel(QAbstractListModel):
    """One row per claim. Changes arrive as core `Changes`, so only the rows
    concerned are inserted, removed, moved or repainted."""

    class Role(IntEnum):
        Id = Qt.ItemDataRole.UserRole + 1
        Annotation = Qt.ItemDataRole.UserRole + 2
        Note = Qt.ItemDataRole.UserRole + 3
        Topics = Qt.ItemDataRole.UserRole + 4
        Status = Qt.ItemDataRole.UserRole + 5
        Codebook = Qt.ItemDataRole.UserRole + 6
        TopicKey = Qt.ItemDataRole.UserRole + 7  # the topic ids, each between TOPIC_SEPARATORs
        # TopicKey, then the claim's reviewer between REVIEWER_SEPARATORs: what the filter matches
        FilterKey = Qt.ItemDataRole.UserRole + 8

    TOPIC_SEPARATOR = "\x1f"  # a control character no topic id contains
    REVIEWER_SEPARATOR = "\x1e"  # and one no reviewer's name contains (see set_reviewer_view)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._doc: ArticleDocument | None = None
        self._ids: list[str] = []
        # The model's own snapshot: views may ask for a row's data while it is being
        # removed, after the document has already dropped it.
        self._items: dict = {}
        self._codebook = Codebook()
        self.note_edited = None  # callable(annotation_id, text), set by the window
        self.editable = True  # False: notes are shown, not written (the reader beside)
        self.clusters: dict = {}  # claim id → its cluster as its card shows it (ui.cluster_cards)

    def set_document(self, document: ArticleDocument | None) -> None:
        self.beginResetModel()
        self._doc = document
        self._ids = document.ordered_ids() if document is not None else []
        self._items = {i: document.get(i) for i in self._ids} if document is not None else {}
        self.endResetModel()

    def set_codebook(self, codebook: Codebook) -> None:
        self._codebook = codebook
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    @property
    def document(self) -> ArticleDocument | None:
        return self._doc

    def apply(self, changes: Changes) -> None:
        if self._doc is None:
            return
        if changes.reloaded:
            self.set_document(self._doc)
            return
        for annotation_id in changes.removed:
            row = self._ids.index(annotation_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
            self._items.pop(annotation_id, None)
        for annotation_id in changes.added:
            row = self._doc.rank(annotation_id)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, annotation_id)
            self._items[annotation_id] = self._doc.get(annotation_id)
            self.endInsertRows()
        for annotation_id in changes.updated:
            self._items[annotation_id] = self._doc.get(annotation_id)
            old, new = self._ids.index(annotation_id), self._doc.rank(annotation_id)
            if old != new:  # the span moved past a neighbour
                self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new + (new > old))
                self._ids.insert(new, self._ids.pop(old))
                self.endMoveRows()
            self.dataChanged.emit(self.index(new), self.index(new))

    def claims_changed(self, annotation_ids) -> None:
        """What these claims' cards show changed (their cluster): they are drawn again. Many
        at once are announced as one range (the notes then measure them while idle)."""
        rows = sorted(row for row in map(self.row_of, annotation_ids) if row >= 0)
        if len(rows) > CHANGED_ONE_BY_ONE:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row), self.index(row))

    def claim_at(self, row: int) -> Annotation:
        return self._items[self._ids[row]]

    def row_of(self, annotation_id: str) -> int:
        if self._doc is not None and annotation_id in self._items:
            try:  # the document's index finds the rank in O(log n), as the rows are ordered
                row = self._doc.rank(annotation_id)
                if row < len(self._ids) and self._ids[row] == annotation_id:
                    return row
            except KeyError:
                pass  # being removed: the document no longer has it, the rows still do
        try:
            return self._ids.index(annotation_id)
        except ValueError:
            return -1

    # -- Qt model interface ----------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._doc is None or not 0 <= index.row() < len(self._ids):
            return None
        annotation = self._items[self._ids[index.row()]]
        if role == _ANNOTATION_ROLE:  # first, as a plain int: each card's size asks, at every layout
            return annotation
        if role == Qt.ItemDataRole.DisplayRole:
            return annotation.quote.exact
        if role == Qt.ItemDataRole.EditRole or role == self.Role.Note:
            return annotation.note
        if role == Qt.ItemDataRole.ToolTipRole:  # as plain text: a note may look like markup
            return QtGui.Qt.convertFromPlainText(annotation.note or annotation.quote.exact)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(annotation)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._spoken_details(annotation)
        if role == self.Role.Id:
            return annotation.id
        if role == self.Role.Topics:
            return list(annotation.topics)
        if role == self.Role.Status:
            return "orphaned" if annotation.orphaned else self._doc.anchors.statuses.get(annotation.id, "exact")
        if role == self.Role.Codebook:
            return self._codebook
        if role == self.Role.TopicKey or role == self.Role.FilterKey:
            separator = self.TOPIC_SEPARATOR
            key = separator + separator.join(annotation.topics) + separator
            if role == self.Role.FilterKey:
                name = annotation.author.replace(self.REVIEWER_SEPARATOR, " ")
                key += self.REVIEWER_SEPARATOR + name + self.REVIEWER_SEPARATOR
            return key
        return None

    def _spoken(self, annotation: Annotation) -> str:
        """A card's accessible name: its quote, topics and note, each announced as such."""
        names = [t.name for t in map(self._codebook.get, annotation.topics) if t]
        topics = arg(self.tr("Topics: %1."), ", ".join(names)) if names else self.tr("No topic.")
        note = arg(self.tr("Note: %1"), annotation.note) if annotation.note else self.tr("No note.")
        spoken = arg(self.tr("Claim “%1”. %2 %3"), annotation.quote.exact, topics, note)
        spoken += " " + (arg(self.tr("By %1."), annotation.author) if annotation.author else self.tr("No reviewer."))
        cluster = self.clusters.get(annotation.id)
        if cluster is not None:
            linked = "; ".join(arg(self.tr("%1 (%2): %3"), m.title, m.language_name, m.quote) for m in cluster.others)
            spoken += " " + arg(self.tr("Cluster “%1”, linked with: %2."), cluster.label,
                                linked or self.tr("no other claim yet"))
        return spoken

    def _spoken_details(self, annotation: Annotation) -> str:
        """A card's accessible description: who made the claim and when, and where it stands in the text."""
        when = date_time(annotation.modified)
        words = arg(self.tr("By %1, %2."), annotation.author, when) if annotation.author \
            else arg(self.tr("Made %1."), when)
        status = "orphaned" if annotation.orphaned else self._doc.anchors.statuses.get(annotation.id, "exact")
        if status != "exact":
            words += " " + arg(self.tr("Placed: %1."), status_words(status))
        return words + " " + self.tr("Enter goes to the claim in the text; N writes its note.")

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, self.Role.Note) or self._doc is None:
            return False
        annotation_id = self._ids[index.row()]
        if self._items[annotation_id].note == value or self.note_edited is None or self._doc.read_only:
            return False
        self.note_edited(annotation_id, str(value))  # an undoable command updates the document
        return True

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid() and self._doc is not None and not self._doc.read_only and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def roleNames(self):
        names = super().roleNames()
        for role in self.Role:
            names[int(role)] = role.name.lower().encode()
        return names


_ANNOTATION_ROLE = int(AnnotationListModel.Role.Annotation)


class AnnotationFilterProxyModel(QSortFilterProxyModel):
    """Shows only claims carrying one of the chosen topics (all when none chosen), of
    the reviewers shown (see core.reviewers).

    The filter is a regular expression over the FilterKey role that Qt applies: with no
    topic chosen and every reviewer shown (the usual case) no Python runs per row; else
    each row's key is asked for once per change of the filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._topics: frozenset[str] = frozenset()
        self._reviewers = ReviewerView()
        self.setFilterRole(AnnotationListModel.Role.FilterKey)

    def set_topic_filter(self, topic_ids) -> None:
        self._topics = frozenset(topic_ids)
        self._set_pattern()

    def set_reviewer_view(self, view: ReviewerView) -> None:
        self._reviewers = view
        self._set_pattern()

    def reviewer_view(self) -> ReviewerView:
        return self._reviewers

    def _set_pattern(self) -> None:
        escape = QRegularExpression.escape
        parts = []
        if self._topics:
            separator = escape(AnnotationListModel.TOPIC_SEPARATOR)
            alternatives = "|".join(escape(t) for t in sorted(self._topics))
            parts.append(f"(?=.*{separator}(?:{alternatives}){separator})")
        names = self._reviewers.reviewers()
        if names is not None:
            separator = escape(AnnotationListModel.REVIEWER_SEPARATOR)
            alternatives = "|".join(escape(n.replace(AnnotationListModel.REVIEWER_SEPARATOR, " "))
                                    for n in sorted(names))
            parts.append(f"(?=.*{separator}(?:{alternatives}){separator})" if names else "(?!)")
        pattern = "^" + "".join(parts) if parts else ""
        expression = QRegularExpression(pattern, QRegularExpression.PatternOption.DotMatchesEverythingOption)
        self.setFilterRegularExpression(expression)

    def topic_filter(self) -> frozenset[str]:
        return self._topics
