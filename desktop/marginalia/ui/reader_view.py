"""The article text, read-only, with claims painted under it; only what is visible is painted."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from marginalia.core.codebook import Codebook
from marginalia.core.document import ArticleDocument, Changes
from marginalia.core.reviewers import ReviewerView, reviewer_patterns
from marginalia.ui.contrast import readable_tint
from marginalia.ui.highlight_painter import NO_TOPIC_COLOR, Segment, assign_lanes, paint_segments
from marginalia.ui.text_offsets import OffsetMap, snap_to_words
from marginalia.ui.widgets import know_viewport

# About 70 characters a line reads best; wider windows get margins instead.
MEASURE_CHARS = 72
MIN_MARGIN = 24
# Holding one of these while dragging selects letter by letter instead of word by word.
PRECISE = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
FIND_COLOR = QColor(255, 200, 0)


class ReaderView(QPlainTextEdit):
    """Shows one ArticleDocument. All positions in its API are code points.

    Tab and Shift+Tab step through the claims (`claim_stepper`, set by the window,
    chooses the next one and says whether there was one); past the last, the focus
    moves on. A mouse drag that reaches past one word selects whole words."""

    claim_clicked = Signal(str)  # annotation id
    visible_range_changed = Signal()
    resized = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        know_viewport(self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("The article, read-only, with its claims highlighted: select text and "
                                              "press H to highlight a claim; Tab goes from claim to claim"))
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = QFont("Noto Serif")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        font.setPointSizeF(12.5)
        self.setFont(font)
        # A column of text narrower than this reads a word a line: other panes give way first.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24 + 2 * MIN_MARGIN)
        self.document().setDocumentMargin(12)
        self._doc: ArticleDocument | None = None
        self._codebook = Codebook()
        self._offsets = OffsetMap("")
        self._selected_id: str | None = None
        self._topic_filter: frozenset[str] = frozenset()
        self._reviewers = ReviewerView()  # whose claims are painted
        self._find: list[tuple[int, int]] = []
        self._find_current = -1
        self._painted_lanes: dict[str, int] = {}  # as last painted (see refresh)
        self._press_cp: int | None = None  # where a mouse drag began, while it goes on
        self._resizing = False
        self.claim_stepper = None  # callable(forward: bool) -> bool
        self.verticalScrollBar().valueChanged.connect(self.visible_range_changed)

    # -- content ---------------------------------------------------------
    def set_document(self, document: ArticleDocument | None, codebook: Codebook, right_to_left: bool = False) -> None:
        self._doc, self._codebook = document, codebook
        text = document.text if document is not None else ""
        self._offsets = OffsetMap(text)
        self._selected_id = None
        self._find, self._find_current = [], -1
        self.setPlainText(text)
        option = QTextOption(self.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        self.viewport().update()

    def set_codebook(self, codebook: Codebook) -> None:
        self._codebook = codebook
        self.viewport().update()

    def set_topic_filter(self, topic_ids) -> None:
        self._topic_filter = frozenset(topic_ids)
        self.viewport().update()

    def set_reviewer_view(self, view: ReviewerView) -> None:
        """Paint only the claims of the reviewers `view` shows (the others stay in the document)."""
        self._reviewers = view
        self.viewport().update()

    def set_selected_claim(self, annotation_id: str | None) -> None:
        previous, self._selected_id = self._selected_id, annotation_id
        self._update_claims([i for i in (previous, annotation_id) if i])

    def refresh(self, changes: Changes | None = None) -> None:
        """Paint again what `changes` touched (all when not given)."""
        if changes is not None and changes.added and not (changes.removed or changes.updated or changes.reloaded
                                                          or changes.text or changes.language):
            # A new claim can move the bars of claims elsewhere in view to other lanes.
            _claims, lanes = self._claims_in_view()
            moved = [i for i, lane in lanes.items() if self._painted_lanes.get(i, lane) != lane]
            self._update_claims([*changes.added, *moved], overlapping=True)
        else:
            self.viewport().update()

    def _claims_in_view(self) -> tuple[list, dict[str, int]]:
        """The claims in view, and each one's overlap lane, counted over all of them."""
        claims = self._visible_claims(*self.visible_span())
        return claims, assign_lanes([(a.start, a.end, a.id) for a in claims])

    def _update_claims(self, annotation_ids, overlapping: bool = False) -> None:
        """Paint again the lines of these claims in view; with `overlapping`, also those of
        the claims they overlap (whose bars may change lane). A claim no longer in the
        document, whose place is unknown, has the whole view painted again."""
        if self._doc is None:
            return
        start, end = self.visible_span()
        spans = []
        for annotation_id in annotation_ids:
            claim = self._doc.get(annotation_id) if annotation_id in self._doc else None
            if claim is None:
                self.viewport().update()
                return
            spans.append((claim.start, claim.end))
            if overlapping:
                spans.extend((a.start, a.end) for a in self._doc.overlapping(claim.start, claim.end))
        width = self.viewport().width()
        for span_start, span_end in spans:
            for rect in self._span_rects(max(span_start, start), min(span_end, end)):
                # The whole line, and a little more: bars and outlines reach past the text.
                self.viewport().update(QRect(0, int(rect.top()) - 2, width, int(rect.height()) + 5))

    def set_find_matches(self, matches: list[tuple[int, int]], current: int = -1) -> None:
        self._find, self._find_current = matches, current
        self.viewport().update()

    # -- positions (code points) -----------------------------------------
    def selection_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self._offsets.to_cp(cursor.selectionStart()), self._offsets.to_cp(cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal(self, start: int) -> None:
        """Put the cursor at `start` (dropping any selection) and centre that line."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.viewport().update()

    def reveal_at(self, start: int, y: int) -> None:
        """Put the cursor at `start` and scroll so that its line is as near viewport
        height `y` as whole lines allow (a card's place, when its claim is chosen there)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        self.setTextCursor(cursor)
        self._scroll_line_to(start, y)
        self.viewport().update()

    def _scroll_line_to(self, start: int, y: float) -> None:
        """Scroll so that the line where `start` is comes as near viewport height `y` as
        whole lines allow (the text scrolls by lines, whose heights vary a little)."""
        bar = self.verticalScrollBar()
        step = max(1, self.fontMetrics().lineSpacing())
        for _ in range(4):
            lines = round((self.span_top(start) - y) / step)
            target = min(bar.maximum(), max(bar.minimum(), bar.value() + lines))
            if target == bar.value():
                break
            bar.setValue(target)

    def _place_to_keep(self) -> tuple[int, float] | None:
        """The chosen claim's start if it is in view, else the first character in view;
        and its line's height in the view: what a new width must not move."""
        if self._doc is None:
            return None
        if self._selected_id and self._selected_id in self._doc:
            start = self._doc.get(self._selected_id).start
            if self.shows(start):
                return start, self.span_top(start)
        first = self._offsets.to_cp(self.cursorForPosition(self.viewport().rect().topLeft()).position())
        return first, self.span_top(first)

    def shows(self, start: int) -> bool:
        """Whether the line where `start` is lies within the view."""
        top = self.span_top(start)
        return top is not None and 0 <= top <= self.viewport().height() - self.fontMetrics().height()

    def span_top(self, start: int) -> float | None:
        """Viewport y of the line where `start` is, or None when not laid out/visible."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        return float(self.cursorRect(cursor).top())

    def visible_span(self, rect: QRect | None = None, whole_blocks: bool = False) -> tuple[int, int]:
        """Code points of the first and past-the-last characters visible (in `rect` of the
        viewport); with `whole_blocks`, from the start of the first paragraph shown (a
        line's left edge is its logical end in right-to-left text)."""
        rect = rect or self.viewport().rect()
        first = self.cursorForPosition(rect.topLeft()).position()
        if whole_blocks:
            first = self.document().findBlock(first).position()
        last = self.cursorForPosition(rect.bottomRight()).position()
        block = self.document().findBlock(last)
        last = block.position() + block.length()
        return self._offsets.to_cp(first), min(self._offsets.length, self._offsets.to_cp(last))

    # -- painting --------------------------------------------------------
    def resizeEvent(self, event) -> None:
        if self._resizing:
            # New margins resized this view again from within (the window's layout answering
            # them): margins that follow that width would resize it back, for ever. This
            # width keeps the margins just set; the next resize from outside sets them again.
            super().resizeEvent(event)
            return
        self._resizing = True
        try:
            self._resize_with_margins(event)
        finally:
            self._resizing = False

    def _resize_with_margins(self, event) -> None:
        # Margins first, so the layout that follows wraps at the final column width.
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS
        scrollbar = self.verticalScrollBar().sizeHint().width()
        margin = max(MIN_MARGIN, int((event.size().width() - scrollbar - measure) / 2))
        rewrapped = event.size().width() != event.oldSize().width() and self._doc is not None
        keep = self._place_to_keep() if rewrapped and self.isVisible() else None
        if self.viewportMargins().left() != margin:
            self.setViewportMargins(margin, 8, margin, 8)
        super().resizeEvent(event)
        if keep is not None:  # the text rewrapped: what was in view stays where it was
            self._scroll_line_to(*keep)
        self.resized.emit()

    def paintEvent(self, event) -> None:
        if self._doc is not None and len(self._doc):
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            start, end = self.visible_span(event.rect(), whole_blocks=True)  # often a few lines
            self._paint_claims(painter, start, end)
            self._paint_find(painter, start, end)
            painter.end()
        elif self._find:
            painter = QPainter(self.viewport())
            self._paint_find(painter, *self.visible_span())
            painter.end()
        super().paintEvent(event)

    def _visible_claims(self, start: int, end: int):
        claims = [a for a in self._doc.overlapping(start, end) if not a.orphaned]
        if self._topic_filter:
            claims = [a for a in claims if self._topic_filter.intersection(a.topics)]
        return self._reviewers.visible(claims)

    def _paint_claims(self, painter: QPainter, start: int, end: int) -> None:
        """Paint the claims' parts in [start, end); their lanes are those of the whole
        view, so a part painted again matches the rest."""
        claims, lanes = self._claims_in_view()
        self._painted_lanes = lanes
        colors_of = {t.id: t.color for t in self._codebook}
        segments = []
        tops: dict = {}
        patterns = reviewer_patterns(self._doc.reviewers(), self._reviewers)
        for a in claims:
            if a.end <= start or a.start >= end:
                continue
            colors = tuple(colors_of.get(t, NO_TOPIC_COLOR) for t in self._codebook.in_order(a.topics))
            pattern = patterns.get(a.author, -1)
            for rect in self._span_rects(max(a.start, start), min(a.end, end), tops):
                segments.append(Segment(rect, colors, lanes[a.id], a.id == self._selected_id, pattern))
        palette = self.palette()
        paint_segments(painter, segments, palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))

    def _paint_find(self, painter: QPainter, start: int, end: int) -> None:
        base, ink = self.palette().color(QPalette.ColorRole.Base), self.palette().color(QPalette.ColorRole.Text)
        for i, (s, e) in enumerate(self._find):
            if e <= start or s >= end:
                continue
            color = readable_tint(FIND_COLOR, 200 if i == self._find_current else 90, base, ink)
            for rect in self._span_rects(s, e):
                painter.fillRect(rect, color)

    def _span_rects(self, start: int, end: int, tops: dict | None = None) -> list[QRectF]:
        """One rectangle per visual line that [start, end) covers (viewport coordinates).
        `tops` keeps each block's top-left for the rest of one paint: the claims in
        view share a few blocks."""
        if end <= start:
            return []
        q_start, q_end = self._offsets.to_qt(start), self._offsets.to_qt(end)
        block = self.document().findBlock(q_start)
        if tops is None:
            tops = {}
        rects = []
        while block.isValid() and block.position() <= q_end:
            if block.isVisible():
                number = block.blockNumber()
                top_left = tops.get(number)
                if top_left is None:
                    top_left = tops[number] = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
                layout = block.layout()
                base = block.position()
                # Only the lines the span reaches: a paragraph can hold dozens.
                first = layout.lineForTextPosition(max(0, q_start - base))
                last = layout.lineForTextPosition(min(q_end - base, block.length() - 1))
                lines = range(first.lineNumber() if first.isValid() else 0,
                              (last.lineNumber() if last.isValid() else layout.lineCount() - 1) + 1)
                for i in lines:
                    line = layout.lineAt(i)
                    line_start = base + line.textStart()
                    line_end = line_start + line.textLength()
                    s, e = max(q_start, line_start), min(q_end, line_end)
                    if s >= e and not (s == e == line_end and q_start < line_end < q_end):
                        continue
                    x1, x2 = line.cursorToX(s - base)[0], line.cursorToX(e - base)[0]
                    left, right = min(x1, x2), max(x1, x2)
                    r = line.rect()
                    rects.append(QRectF(top_left.x() + left, top_left.y() + r.top(), max(2.0, right - left), r.height()))
            block = block.next()
        return rects

    # -- interaction -----------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.hasFocus() and self.claim_stepper is not None and self.claim_stepper(forward):
            return True
        return super().focusNextPrevChild(forward)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        plain = not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        self._press_cp = self._offsets.to_cp(self.textCursor().position()) \
            if event.button() == Qt.MouseButton.LeftButton and plain else None

    def mouseDoubleClickEvent(self, event) -> None:
        self._press_cp = None  # Qt selects word by word after a double click already
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press_cp is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._snap_selection(event.modifiers())

    def _snap_selection(self, modifiers) -> None:
        """Whole words once the drag reaches past the word it began in, unless a
        PRECISE modifier is held: the drag's own ends otherwise."""
        if self._doc is None:
            return
        cursor = self.textCursor()
        position = self._offsets.to_cp(cursor.position())
        anchor, position = (self._press_cp, position) if modifiers & PRECISE \
            else snap_to_words(self._doc.text, self._press_cp, position)
        if (self._offsets.to_qt(anchor), self._offsets.to_qt(position)) != (cursor.anchor(), cursor.position()):
            cursor.setPosition(self._offsets.to_qt(anchor))
            cursor.setPosition(self._offsets.to_qt(position), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event) -> None:
        dragged = self._press_cp is not None and event.button() == Qt.MouseButton.LeftButton
        super().mouseReleaseEvent(event)
        if dragged and self.textCursor().hasSelection():
            self._snap_selection(event.modifiers())
        self._press_cp = None
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection() or self._doc is None:
            return
        position = self._offsets.to_cp(self.cursorForPosition(event.position().toPoint()).position())
        hits = self._visible_claims(position, position + 1)
        if hits:  # the innermost claim under the pointer
            self.claim_clicked.emit(min(hits, key=lambda a: (a.end - a.start, a.start)).id)
