"""Pygments → Qt: a read-only code pane coloured in a pygments style that suits the palette."""

from __future__ import annotations

import time
from array import array
from functools import lru_cache

from pygments.lexer import RegexLexer
from pygments.lexers import get_lexer_by_name
from pygments.styles import get_style_by_name
from pygments.token import Name, Number, Punctuation, String, Text, Whitespace
from pygments.util import ClassNotFound
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QPalette, QTextBlock, QTextCharFormat, QTextCursor, QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from marginalia.ui.text_offsets import OffsetMap

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
# Pygments is pure Python (about 1 s for a 4 MB sidecar), so lexing runs in slices
# of this many milliseconds between events and the pane stays responsive.
SLICE_MS = 12
_CLOCK_EVERY = 256  # tokens between looks at the clock


class CsvLexer(RegexLexer):
    """RFC 4180 CSV: a header row of names, then fields; quoted fields may span lines."""

    name = "CSV"
    aliases = ["csv"]
    tokens = {
        "root": [
            (r'"(?:[^"]|"")*"', Name.Tag),
            (r"[^,\"\n]+", Name.Tag),
            (r",", Punctuation),
            (r"\n", Whitespace, "rows"),
        ],
        "rows": [
            (r'"(?:[^"]|"")*"', String),
            (r"(?:(?<=,)|^)-?\d+(?:\.\d+)?(?=,|$)", Number),
            (r"[^,\"\n]+", Text),
            (r",", Punctuation),
            (r"\n", Whitespace),
        ],
    }


def style_for(palette: QPalette) -> str:
    """The pygments style for this palette: a dark style on a dark window, else a light one."""
    return DARK_STYLE if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5 else LIGHT_STYLE


def make_lexer(language: str):
    """A lexer that leaves the text as given (no stripping, no added newline), so its
    token offsets index the text shown."""
    options = {"stripnl": False, "stripall": False, "ensurenl": False}
    if language == "csv":
        return CsvLexer(**options)
    try:
        return get_lexer_by_name(language, **options)
    except ClassNotFound:
        return get_lexer_by_name("text", **options)


@lru_cache(maxsize=8)
def style_colors(style_name: str) -> tuple[QColor, QColor, dict]:
    """(background, plain text colour, {token type: QTextCharFormat}) of a pygments style."""
    style = get_style_by_name(style_name)
    background = QColor(style.background_color or "#ffffff")
    plain = style.style_for_token(Text)["color"]
    foreground = QColor("#" + plain) if plain else QColor("#1f1f1f" if background.lightnessF() >= 0.5 else "#e6e6e6")
    formats = {}
    for token, spec in style:
        if not (spec["color"] or spec["bgcolor"] or spec["bold"] or spec["italic"] or spec["underline"]):
            continue
        fmt = QTextCharFormat()
        if spec["color"]:
            fmt.setForeground(QColor("#" + spec["color"]))
        if spec["bgcolor"]:
            fmt.setBackground(QColor("#" + spec["bgcolor"]))
        if spec["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontItalic(spec["italic"])
        fmt.setFontUnderline(spec["underline"])
        formats[token] = fmt
    return background, foreground, formats


def _utf16_length(text: str) -> int:
    # The codec counts at C speed; text_offsets.OffsetMap walks the characters in
    # Python, which is right for an article but too slow for MB-sized panes per edit.
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # slices compare at C speed; O(n log n) beats a Python loop by far
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, min(len(a), len(b)) - limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class CodeView(QPlainTextEdit):
    """Read-only, monospace, unwrapped text coloured by pygments.

    A new text replaces only the lines that differ, so the scroll position holds and a
    multi-megabyte pane updates in milliseconds. Lexing runs top down in time slices;
    colours are put on the lines in view, and on others as they scroll into view."""

    highlighted = Signal()  # the whole text has been lexed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._text = ""
        self._language = "text"
        self._style_name = ""
        self._tokens = None  # the running lexer, None when idle
        self._lexed: dict[int, array] = {}  # block number → (start, length, format id) triples
        self._lexed_blocks = 0  # blocks below this number are completely lexed
        self._applied: set[int] = set()  # blocks whose layout shows the current lexing
        self._format_ids: dict = {}
        self._format_list: list[QTextCharFormat] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._lex_some)
        self.verticalScrollBar().valueChanged.connect(self._colour_visible)
        self._apply_style()

    # -- public ------------------------------------------------------------
    @property
    def style_name(self) -> str:
        return self._style_name

    @property
    def language(self) -> str:
        return self._language

    def text(self) -> str:
        """The text shown, with line breaks as "\\n"."""
        return self._text

    def show_code(self, text: str, language: str, *, keep_scroll: bool = True) -> None:
        """Show `text` coloured as `language` (a pygments alias, or "csv")."""
        # QTextDocument turns "\r\n" into one block separator; normalising first keeps
        # the text's offsets and the document's positions in step.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text == self._text and language == self._language:
            return
        if keep_scroll and self._text and language == self._language:
            self._replace_changed_lines(text)
        else:
            self.setPlainText(text)
        self._text, self._language = text, language
        self._restart()

    def is_highlighting(self) -> bool:
        return self._tokens is not None

    def format_at(self, position: int) -> QTextCharFormat | None:
        """The colouring shown on the character at code point `position`, None where plain."""
        qt = OffsetMap(self._text).to_qt(position)
        block = self.document().findBlock(qt)
        self._colour_block(block)
        offset = qt - block.position()
        for piece in block.layout().formats():
            if piece.start <= offset < piece.start + piece.length:
                return QTextCharFormat(piece.format)
        return None

    # -- text ----------------------------------------------------------------
    def _replace_changed_lines(self, text: str) -> None:
        old = self._text
        start = _common_prefix(old, text)
        start = old.rfind("\n", 0, start) + 1  # whole lines: stale colours never straddle an edit
        tail = _common_suffix(old, text, start)
        qt_start = _utf16_length(old[:start])
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_start + _utf16_length(old[start:len(old) - tail]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start:len(text) - tail])
        # The replaced lines keep their old layout formats until lexed again; clear them.
        block = self.document().findBlock(qt_start)
        end = self.document().findBlock(qt_start + _utf16_length(text[start:len(text) - tail]))
        while block.isValid() and block.blockNumber() <= end.blockNumber():
            block.layout().clearFormats()
            block = block.next()

    # -- lexing --------------------------------------------------------------
    def _restart(self) -> None:
        self._timer.stop()
        self._lexed, self._lexed_blocks, self._applied = {}, 0, set()
        if not self._text:
            self._tokens = None
            self.highlighted.emit()
            return
        self._tokens = make_lexer(self._language).get_tokens_unprocessed(self._text)
        self._cp = self._qt = 0
        self._block = self.document().firstBlock()
        self._block_start = 0
        self._block_end = self._block.length() - 1  # without the separator
        self._pending = array("i")
        self._timer.start()

    def _format_id(self, token) -> int:
        # Styles list some token types; the rest take the colours of their parent type.
        found = self._format_ids.get(token)
        if found is None:
            formats = style_colors(self._style_name)[2]
            kind, fmt = token, None
            while kind is not None and fmt is None:
                fmt, kind = formats.get(kind), kind.parent
            found = -1
            if fmt is not None:
                found = len(self._format_list)
                self._format_list.append(fmt)
            self._format_ids[token] = found
        return found

    def _lex_some(self) -> None:
        if self._tokens is None:
            return
        deadline = time.perf_counter() + SLICE_MS / 1000
        text = self._text
        try:
            while time.perf_counter() < deadline:
                for _ in range(_CLOCK_EVERY):
                    index, token, value = next(self._tokens)
                    if index != self._cp:  # lexers that skip or repeat text (rare)
                        self._qt = _utf16_length(text[:index])
                    start = self._qt
                    self._qt += _utf16_length(value)
                    self._cp = index + len(value)
                    format_id = self._format_id(token)
                    if format_id >= 0 and value:
                        self._record(start, self._qt, format_id)
        except StopIteration:
            self._end_block(last=True)
            self._tokens = None
            self._colour_visible()
            self.highlighted.emit()
            return
        self._colour_visible()
        self._timer.start()

    def _record(self, start: int, end: int, format_id: int) -> None:
        """Note `format_id` on Qt positions [start, end), split at block boundaries."""
        while start < end:
            if start >= self._block_end:
                if not self._end_block():
                    return
                start = max(start, self._block_start)
                continue
            stop = min(end, self._block_end)
            self._pending.extend((start - self._block_start, stop - start, format_id))
            start = stop

    def _end_block(self, last: bool = False) -> bool:
        number = self._block.blockNumber()
        if self._pending:
            self._lexed[number] = self._pending
            self._pending = array("i")
        self._lexed_blocks = number + 1
        if last:
            self._lexed_blocks = self.document().blockCount()
            return False
        self._block = self._block.next()
        if not self._block.isValid():
            return False
        self._block_start = self._block.position()
        self._block_end = self._block_start + self._block.length() - 1
        return True

    # -- colouring -----------------------------------------------------------
    def _colour_block(self, block: QTextBlock) -> None:
        number = block.blockNumber()
        if number in self._applied or number >= self._lexed_blocks:
            return
        ranges = []
        triples = self._lexed.get(number, ())
        for i in range(0, len(triples), 3):
            piece = QTextLayout.FormatRange()
            piece.start, piece.length = triples[i], triples[i + 1]
            piece.format = self._format_list[triples[i + 2]]
            ranges.append(piece)
        # Layout formats, as QSyntaxHighlighter uses: display only, not document content.
        block.layout().setFormats(ranges)
        self._applied.add(number)

    def _colour_visible(self, *_args) -> None:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        while block.isValid() and block.blockNumber() < self._lexed_blocks:
            if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                break
            self._colour_block(block)
            block = block.next()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._colour_visible()

    # -- palette -------------------------------------------------------------
    def _apply_style(self) -> None:
        name = style_for(self.palette())
        if name == self._style_name:
            return
        self._style_name = name
        self._format_ids, self._format_list = {}, []
        background, foreground, _formats = style_colors(name)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, background)
        palette.setColor(QPalette.ColorRole.Text, foreground)
        self.setPalette(palette)  # leaves Window inherited, so the next theme change is seen
        if self._text:
            block = self.document().firstBlock()
            while block.isValid():
                block.layout().clearFormats()
                block = block.next()
            self._restart()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
