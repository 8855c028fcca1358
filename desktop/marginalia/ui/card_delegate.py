"""Draws one claim as a card (quote, topic chips, note, author and date) and edits its note."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap, QTextOption
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from marginalia.ui.card_cluster import ClusterBlock, block_height, member_rects
from marginalia.ui.contrast import readable_tint
from marginalia.ui.document_status import status_words
from marginalia.core.reviewers import initials
from marginalia.ui.highlight_painter import NO_TOPIC_COLOR
from marginalia.ui.models.annotation_list_model import AnnotationListModel
from marginalia.ui.text_offsets import OffsetMap
from marginalia.ui.wording import arg, date_time

PAD = 10
EDITOR_MARGIN = 2  # the note editor's document margin
GAP = 6
STRIPE = 4
CHIP_H = 18
CHIP_ALPHA = 45  # a chip's tint behind its topic's name (fainter where the name would lose contrast)
GLOW_ALPHA = 28  # the chosen card's tint of the highlight colour
QUOTE_LINES = 3
EDIT_MIN_LINES = 3  # room to write in a note's editor, however short the note
EDIT_MAX_LINES = 12  # beyond this the editor scrolls: the card stays a card, not a page
PICTURE_BYTES = 32 * 2**20  # card pictures kept, the least recently used dropped: screens of cards
ADVANCES_KEPT = 20000  # texts whose advance a font keeps (each version of a note typed is one)
CLOSING_QUOTES = ("”", "»", "“", "’", "›")  # a quote's last mark, in the languages of the interface
Role = AnnotationListModel.Role
ANNOTATION = int(Role.Annotation)  # a plain int: a list of thousands asks for it at every layout


class NoteEditor(QPlainTextEdit):
    """The in-place note editor; Escape or Ctrl+Enter closes it, text is kept as typed.
    It tells the height its text needs (`content_height`) when that changes, so the
    card grows with the note instead of the note scrolling out of sight."""

    content_resized = Signal()
    finished = Signal()  # Ctrl+Enter
    left = Signal()  # Tab or Shift+Tab: out of the note, onto its card

    def __init__(self, claim_id: str, parent=None) -> None:
        super().__init__(parent)
        self.claim_id = claim_id
        self.placed = False  # given its width in the card: its height means something from then on
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Note"))
        self.setPlaceholderText(self.tr("Write a note… (Esc when done)"))
        # The text wraps at the note's width, as the card measures it: no scroll bar takes
        # a part of it until the note is taller than the card lets it be.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = 0
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_document_size_changed)

    def content_height(self) -> int:
        """Pixels the text needs, without margins: its lines as laid out at the editor's width."""
        layout = self.document().documentLayout()
        block, height = self.document().begin(), 0.0
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        return math.ceil(height)

    def _on_layout_document_size_changed(self, _size) -> None:
        if self.placed:
            content = self.content_height()
            if content != self._content:
                self._content = content
                tall = content > EDIT_MAX_LINES * self.fontMetrics().lineSpacing()
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if tall
                                                else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.content_resized.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Before QWidget's own Tab handling, which would move the focus to the next
        # widget of the window and leave the card behind.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.left.emit()
            return True
        return super().event(event)


class _Font:
    """A font with its metrics and the height of one wrapped line, made once."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetrics(font)
        self.one_line = self.metrics.boundingRect(QRect(0, 0, 1000, 100000), Qt.TextFlag.TextWordWrap, " ").height()
        self.slack = self.metrics.averageCharWidth()
        self.line_spacing = self.metrics.lineSpacing()
        # Text → its advance, which does not depend on the card's width: shaping a
        # quote again for each new width of the list would cost as much as the first time.
        self._advances: dict[str, int] = {}

    def advance(self, text: str) -> int:
        advance = self._advances.get(text)
        if advance is None:
            if len(self._advances) >= ADVANCES_KEPT:
                self._advances.clear()
            advance = self._advances[text] = self.metrics.horizontalAdvance(text)
        return advance


class _Fonts:
    """The card's three fonts, derived from the view's: body, italic quote, small meta line."""

    def __init__(self, font: QFont) -> None:
        base = QFont(font)
        quote = QFont(base)
        quote.setItalic(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        self.base, self.quote, self.small = _Font(base), _Font(quote), _Font(small)


class CardDelegate(QStyledItemDelegate):
    """Paints cards and measures them; heights are cached per (id, width), since a new
    width or font has every card measured again."""

    note_editor_resized = Signal(str)  # claim id: its open editor's text needs another height

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._editing: dict[str, int] = {}  # claim id → pixels its open note editor's text needs
        # (claim id, width) → (the Annotation measured, height, its cluster as measured);
        # both are immutable, so an identity check tells whether either changed since.
        self._heights: dict[tuple[str, int], tuple[object, int]] = {}
        self.gaps: dict[str, int] = {}  # claim id → space above its card (margin-note alignment)
        self.clusters: dict = {}  # claim id → its CardCluster (ui.cluster_cards), for claims in one
        self.cluster_block = ClusterBlock(self)
        self.read_only = False  # cards shown, not written (the reader beside): no hints about keys that edit
        self._font_sets: dict[str, _Fonts] = {}
        # (claim id, size, state, status, pixel ratio) → (the Annotation and codebook drawn,
        # its picture): the cards last painted, the oldest dropped first.
        self._pictures: dict[tuple, tuple] = {}
        self._picture_bytes = 0
        self._last_font: QFont | None = None
        self._last_fonts: _Fonts | None = None

    def invalidate(self) -> None:
        """Forget heights and pictures: a new width, font or palette."""
        self._heights.clear()
        self.forget_pictures()

    def forget_pictures(self) -> None:
        self._pictures.clear()
        self._picture_bytes = 0

    # -- geometry --------------------------------------------------------
    def _fonts(self, option) -> _Fonts:
        font = option.font
        if font == self._last_font:  # nearly always: comparing is cheaper than QFont.key()
            return self._last_fonts
        key = font.key()
        fonts = self._font_sets.get(key)
        if fonts is None:
            fonts = self._font_sets[key] = _Fonts(font)
        self._last_font, self._last_fonts = QFont(font), fonts
        return fonts

    @staticmethod
    def _text_height(font: _Font, text: str, width: int, max_lines: int | None = None) -> int:
        """Height of `text` wrapped at `width`, at most `max_lines` lines. Laying text
        out is most of the cost of a card's size, so two cases are answered from the
        advance alone: text that clearly fits on one line, and text too long for
        `max_lines` lines when no word is wider than a line."""
        width = max(10, width)
        cap = 1 << 30 if max_lines is None else font.line_spacing * max_lines
        if not text:
            return min(font.one_line, cap)
        if "\n" not in text:
            advance = font.advance(text)
            # The layout wraps a little before the advance reaches the width (it
            # counts bearings): only a clear fit is taken as one line.
            if advance + font.slack <= width:
                return min(font.one_line, cap)
            if advance > width * (max_lines or cap) and \
                    max(map(len, text.split())) * font.metrics.maxWidth() <= width:
                return cap  # no word overflows a line, so each holds at most `width`
        height = font.metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()
        return min(height, cap)

    def _layout(self, option, index, annotation=None, gap: int | None = None) -> dict[str, QRect]:
        annotation = annotation or index.data(ANNOTATION)
        fonts = self._fonts(option)
        # A gap above the card lets it sit level with its highlight in the text.
        gap = self.gaps.get(annotation.id, 0) if gap is None else gap
        r = option.rect.adjusted(4, 3 + gap, -4, -3)
        inner = r.adjusted(PAD + STRIPE, PAD, -PAD, -PAD)
        width = inner.width()
        y = inner.top()
        quote_h = self._text_height(fonts.quote, annotation.quote.exact, width, QUOTE_LINES)
        rects = {"card": r, "quote": QRect(inner.left(), y, width, quote_h)}
        y += quote_h + GAP
        rects["chips"] = QRect(inner.left(), y, width, CHIP_H)
        y += CHIP_H + GAP
        note_h = self._note_height(fonts, annotation, width)
        rects["note"] = QRect(inner.left(), y, width, note_h)
        y += note_h + GAP
        cluster_h = block_height(fonts.small, self.clusters.get(annotation.id))
        if cluster_h:
            rects["cluster"] = QRect(inner.left(), y, width, cluster_h)
            y += cluster_h + GAP
        rects["meta"] = QRect(inner.left(), y, width, fonts.small.line_spacing)
        rects["card"].setBottom(rects["meta"].bottom() + PAD)
        return rects

    def _measure_card(self, fonts: _Fonts, annotation, width: int) -> int:
        """The height _layout gives the card in a row `width` wide, without making its
        rectangles: a list of thousands asks for it of every card at each new width."""
        inner = width - 8 - 2 * PAD - STRIPE
        quote_h = self._text_height(fonts.quote, annotation.quote.exact, inner, QUOTE_LINES)
        note_h = self._note_height(fonts, annotation, inner)
        cluster_h = block_height(fonts.small, self.clusters.get(annotation.id))
        return 2 * PAD + quote_h + CHIP_H + note_h + fonts.small.line_spacing + 3 * GAP + \
            (cluster_h + GAP if cluster_h else 0)

    def _note_height(self, fonts: _Fonts, annotation, width: int) -> int:
        """The note's height: its wrapped text; while its editor is open, what the editor's
        text needs, between a few lines and a sensible most (then the editor scrolls)."""
        line = fonts.base.line_spacing
        editing = self._editing.get(annotation.id)
        if editing is not None:
            return max(EDIT_MIN_LINES * line, min(EDIT_MAX_LINES * line, editing))
        return max(line, self._text_height(fonts.base, annotation.note, width))
    def sizeHint(self, option, index) -> QSize:
        return QSize(option.rect.width(), self.row_height(option, index.data(ANNOTATION)))

    def row_height(self, option, annotation) -> int:
        """The height of the card's row at the option's width: the card and the gap above it."""
        return self.card_height(option, annotation) + self.gaps.get(annotation.id, 0)

    def cached_row_height(self, option, annotation) -> int | None:
        """row_height if the card was measured at this width since it last changed, else None."""
        cached = self._heights.get((annotation.id, option.rect.width()))
        if cached is None or cached[0] is not annotation or cached[2] is not self.clusters.get(annotation.id) \
                or annotation.id in self._editing:
            return None
        return cached[1] + self.gaps.get(annotation.id, 0)

    def card_height(self, option, annotation) -> int:
        """The card's own height (without the gap above it) at the option's width,
        measured once per claim and width."""
        width = option.rect.width()
        if annotation.id in self._editing:  # grows and shrinks as the note is typed: not kept
            return self._measure_card(self._fonts(option), annotation, width) + 6
        cached = self._heights.get((annotation.id, width))
        cluster = self.clusters.get(annotation.id)
        if cached is None or cached[0] is not annotation or cached[2] is not cluster:
            cached = self._heights[(annotation.id, width)] = \
                (annotation, self._measure_card(self._fonts(option), annotation, width) + 6, cluster)
        return cached[1]

    # -- painting --------------------------------------------------------
    def paint(self, painter: QPainter, option, index) -> None:
        annotation = index.data(ANNOTATION)
        # The gap above the card (margin notes) is the list's background: not in the picture.
        top_left = option.rect.topLeft() + QPoint(0, self.gaps.get(annotation.id, 0))
        painter.drawPixmap(top_left, self.picture(option, index, painter.device().devicePixelRatioF(), annotation))

    def picture(self, option, index, ratio: float, annotation=None) -> QPixmap:
        """The card drawn at the option's width and state, made when first asked for.
        Antialiased rounded cards and wrapped text cost about a millisecond each: a claim
        added among those in view would otherwise draw them all again."""
        annotation = annotation or index.data(ANNOTATION)
        codebook = index.data(Role.Codebook)
        status = index.data(Role.Status)
        width, height = option.rect.width(), self.card_height(option, annotation)
        state = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Editing
                                | QStyle.StateFlag.State_HasFocus)
        key = (annotation.id, width, height, state, status, ratio, option.palette.currentColorGroup())
        cluster = self.clusters.get(annotation.id)
        kept = self._pictures.pop(key, None)  # popped and put back: the last used go last
        if kept is None or kept[0] is not annotation or kept[1] is not codebook or kept[3] is not cluster:
            if kept is not None:
                self._picture_bytes -= _bytes_of(kept[2])
            picture = QPixmap(QSize(width, height) * ratio)
            picture.setDevicePixelRatio(ratio)
            # The list's own background, not a transparent one: text keeps its subpixel smoothing.
            picture.fill(option.palette.color(QPalette.ColorRole.Base))
            card_painter = QPainter(picture)
            card_option = QStyleOptionViewItem(option)
            card_option.rect = QRect(0, 0, width, height)
            self._paint_card(card_painter, card_option, annotation, codebook, status)
            card_painter.end()
            kept = (annotation, codebook, picture, cluster)
            self._picture_bytes += _bytes_of(picture)
        self._pictures[key] = kept
        while self._picture_bytes > PICTURE_BYTES and len(self._pictures) > 1:
            self._picture_bytes -= _bytes_of(self._pictures.pop(next(iter(self._pictures)))[2])
        return kept[2]

    def _paint_card(self, painter: QPainter, option, annotation, codebook, status) -> None:
        rects = self._layout(option, None, annotation, gap=0)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fonts = self._fonts(option)
        base, quote_font = fonts.base.font, fonts.quote.font
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(rects["card"])
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        topic_ids = codebook.in_order(annotation.topics)
        topics = [codebook.get(t) for t in topic_ids]
        stripe_colors = [QColor(t.color) for t in topics if t] or [palette.color(QPalette.ColorRole.Mid)]
        band = (card.height() - 8) / len(stripe_colors)
        for i, color in enumerate(stripe_colors):
            painter.fillRect(QRectF(card.left() + 3, card.top() + 4 + i * band, STRIPE, band), color)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(readable_tint(palette.color(QPalette.ColorRole.Highlight), GLOW_ALPHA, background,
                                           palette.color(QPalette.ColorRole.Text)))
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)
            if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is on this card
                from PySide6.QtGui import QPen

                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        # quote
        painter.setFont(quote_font)
        painter.setPen(text_color)
        quoted = arg(self.tr("“%1”", "a quotation, in the language's quotation marks"),
                     annotation.quote.exact.replace("\n", " "))
        _draw_elided(painter, rects["quote"], quoted, fonts.quote)
        # chips
        self._paint_chips(painter, rects["chips"], topic_ids, codebook, fonts.small, palette)
        # note (hidden while the editor is open over it)
        if not (option.state & QStyle.StateFlag.State_Editing):
            painter.setFont(base)
            if annotation.note:
                painter.setPen(text_color)
                painter.drawText(rects["note"], Qt.TextFlag.TextWordWrap, annotation.note)
            else:
                painter.setPen(muted)
                hint = self.tr("No note") if self.read_only else self.tr("No note — press N to write one")
                painter.drawText(rects["note"], Qt.TextFlag.TextSingleLine, fonts.base.metrics.elidedText(
                    hint, Qt.TextElideMode.ElideRight, rects["note"].width()))
        cluster = self.clusters.get(annotation.id)
        if cluster is not None:
            self.cluster_block.paint(painter, rects["cluster"], cluster, fonts.small, palette)
        # author, date, anchoring status; and the "Link…" control at the end of the line
        link = self.cluster_block.link_rect(rects["meta"], fonts.small)
        self.cluster_block.paint_link_control(painter, link, fonts.small, palette)
        painter.setFont(fonts.small.font)
        painter.setPen(muted)
        meta = " · ".join(p for p in (annotation.author, date_time(annotation.modified)) if p)
        if status and status != "exact":
            meta += " · " + status_words(status)
        room = rects["meta"].adjusted(0, 0, -link.width() - GAP, 0)
        if annotation.author:  # the reviewer's initials in a box: whose claim, without relying on colour
            room.setLeft(room.left() + self._paint_badge(painter, room, annotation.author, fonts.small))
            painter.setPen(muted)
        painter.drawText(room, Qt.TextFlag.TextSingleLine,
                         fonts.small.metrics.elidedText(meta, Qt.TextElideMode.ElideRight, room.width()))
        painter.restore()

    def hit(self, option, index, point: QPoint):
        """What of the card in `option.rect` (a row of the list) is at `point`: ("member",
        CardMember) on a member's line, ("link", None) on the "Link…" control, else None."""
        annotation = index.data(ANNOTATION)
        rects = self._layout(option, index, annotation)
        if not rects["card"].contains(point):
            return None
        fonts = self._fonts(option)
        if self.cluster_block.link_rect(rects["meta"], fonts.small).contains(point):
            return ("link", None)
        cluster = self.clusters.get(annotation.id)
        if cluster is not None:
            for line, member in member_rects(rects["cluster"], cluster, fonts.small):
                if line.contains(point):
                    return ("member", member)
        return None

    def _paint_badge(self, painter, rect: QRect, author: str, font: _Font) -> int:
        """The reviewer's initials boxed at the start of `rect`; the width it took."""
        text = initials(author)
        bold = QFont(font.font)
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(text) + 8
        height = min(rect.height(), font.metrics.height() + 1)
        box = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(bold)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(font.font)
        return width + 5

    def _paint_chips(self, painter, rect: QRect, topic_ids, codebook, font: _Font, palette) -> None:
        painter.setFont(font.font)
        metrics = font.metrics
        x = rect.left()
        if not topic_ids:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter,
                             self.tr("No topic") if self.read_only else self.tr("No topic — press 1, 2, 3…"))
            return
        for topic_id in topic_ids:
            topic = codebook.get(topic_id)
            label = topic.name if topic else arg(self.tr("%1 (not in the codebook)"), topic_id)
            color = QColor(topic.color if topic else NO_TOPIC_COLOR)
            width = metrics.horizontalAdvance(label) + 18
            chip = QRectF(x, rect.top(), width, CHIP_H)
            painter.setPen(color)
            painter.setBrush(readable_tint(color, CHIP_ALPHA, palette.color(QPalette.ColorRole.Base),
                                           palette.color(QPalette.ColorRole.Text)))
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), CHIP_H / 2, CHIP_H / 2)
            painter.setBrush(color)
            painter.drawEllipse(QRectF(chip.left() + 6, chip.center().y() - 3, 6, 6))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(chip.adjusted(14, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, label)
            x += width + 4

    # -- editing the note ------------------------------------------------
    def createEditor(self, parent, option, index):
        editor = NoteEditor(index.data(Role.Id), parent)
        editor.setFont(option.font)
        editor.document().setDocumentMargin(EDITOR_MARGIN)
        editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        editor.content_resized.connect(lambda: self._on_editor_content_resized(editor))
        editor.finished.connect(lambda: self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint))
        editor.left.connect(lambda: self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem))
        return editor

    def _on_editor_content_resized(self, editor: NoteEditor) -> None:
        self._editing[editor.claim_id] = editor.content_height()
        self.note_editor_resized.emit(editor.claim_id)

    def destroyEditor(self, editor, index) -> None:
        claim_id = getattr(editor, "claim_id", None)
        super().destroyEditor(editor, index)
        if self._editing.pop(claim_id, None) is not None:
            self.note_editor_resized.emit(claim_id)  # the card shrinks back to its note

    def setEditorData(self, editor, index) -> None:
        note = index.data(Role.Note) or ""
        if editor.toPlainText() != note:  # an undo while editing: follow it, keep the cursor at the end
            # Not a change to commit back (and the view may not know the editor yet).
            blocked = editor.blockSignals(True)
            editor.setPlainText(note)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            editor.blockSignals(blocked)

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.toPlainText(), Role.Note)

    def updateEditorGeometry(self, editor, option, index) -> None:
        """Over the note, with the editor's frame and margin outside it: the text wraps at
        the note's width, as it is measured, and its lines fit the note's height."""
        note = self._layout(option, index)["note"]
        edge = editor.frameWidth() + EDITOR_MARGIN
        editor.setGeometry(note.adjusted(-edge, -edge, edge, edge + 2))
        if not editor.placed:
            editor.placed = True
            self._on_editor_content_resized(editor)


def _bytes_of(picture: QPixmap) -> int:
    return picture.width() * picture.height() * 4


def elide_lines(text: str, font: _Font, width: int, most: int) -> list[str]:
    """`text` wrapped at `width` into at most `most` lines; when some is left over, the
    last line ends in "…" (before the closing quotation mark the text ends with)."""
    from PySide6.QtGui import QTextLayout  # not at start-up: only cards with quotes need it

    layout = QTextLayout(text, font.font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans = []
    while len(spans) < max(1, most):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    # The layout counts UTF-16 units: an emoji before a break would shift a slice of code points.
    offsets = OffsetMap(text)
    spans = [(offsets.to_cp(a), offsets.to_cp(b)) for a, b in spans]
    lines = [text[a:b] for a, b in spans]
    if spans and spans[-1][1] < len(text):
        closing = text[-1] if text.endswith(CLOSING_QUOTES) else ""
        rest = text[spans[-1][0]:len(text) - len(closing)]
        lines[-1] = font.metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - font.advance(closing)) + closing
    return lines


def _draw_elided(painter: QPainter, rect: QRect, text: str, font: _Font) -> None:
    """`text` in `rect`, as many lines as fit, the last ending in "…" if some is left over."""
    ascent, spacing = font.metrics.ascent(), font.line_spacing
    for i, line in enumerate(elide_lines(text, font, rect.width(), rect.height() // spacing)):
        painter.drawText(QPointF(rect.left(), rect.top() + i * spacing + ascent), line.rstrip())
