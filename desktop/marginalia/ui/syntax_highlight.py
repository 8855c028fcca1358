"""Pygments → Qt: a read-only code pane coloured in a pygments style that suits the palette."""

from __future__ import annotations

import re
import time
from array import array
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

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

from marginalia.ui.text_offsets import OffsetMap, utf16_length

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
# Pygments is pure Python (about 1 s for a 4 MB sidecar), so lexing runs in slices
# of this many milliseconds between events and the pane stays responsive.
SLICE_MS = 12
_CLOCK_EVERY = 256  # tokens between looks at the clock
_BREAKS = "\r\u2029\ufdd0\ufdd1"  # QTextDocument starts a new block at these as at "\n"
_LINE_BREAK = re.compile(f"[{_BREAKS}\n]")


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
        self._lexed_to = 0
        self._line_starts = [0]
        self._starts, self._lengths, self._ids = array("q"), array("q"), array("i")
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
        # QTextDocument splits blocks at each of these, and makes "\r\n" one separator;
        # one "\n" for all keeps the text's lines and offsets in step with the blocks.
        if any(mark in text for mark in _BREAKS):
            text = _LINE_BREAK.sub("\n", text.replace("\r\n", "\n"))
        if text == self._text and language == self._language:
            return
        self._timer.stop()
        self._tokens, self._lexed_to, self._line_starts = None, 0, []  # nothing coloured from stale lexing
        if keep_scroll and self._text and language == self._language:
            self._replace_changed_lines(text)
        else:
            self.setPlainText(text)
            self.verticalScrollBar().setValue(0)
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
        qt_start = utf16_length(old[:start])
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_start + utf16_length(old[start:len(old) - tail]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start:len(text) - tail])
        # The replaced lines keep their old layout formats until lexed again; clear them.
        block = self.document().findBlock(qt_start)
        end = self.document().findBlock(qt_start + utf16_length(text[start:len(text) - tail]))
        while block.isValid() and block.blockNumber() <= end.blockNumber():
            block.layout().clearFormats()
            block = block.next()

    # -- lexing --------------------------------------------------------------
    def _restart(self) -> None:
        self._timer.stop()
        self._applied = set()
        # Tokens are kept as code point spans and turned into Qt positions only for the
        # lines put on screen: the per-token work stays small enough for MB-sized texts.
        self._starts, self._lengths, self._ids = array("q"), array("q"), array("i")
        self._lexed_to = 0  # code points fully lexed
        # Each line starts one past the end of the previous one (C-speed for 100k lines).
        self._line_starts = list(accumulate(map((1).__add__, map(len, self._text.split("\n"))), initial=0))[:-1]
        if not self._text:
            self._tokens = None
            self.highlighted.emit()
            return
        self._tokens = make_lexer(self._language).get_tokens_unprocessed(self._text)
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
        known, tokens = self._format_ids, self._tokens
        starts, lengths, ids = self._starts.append, self._lengths.append, self._ids.append
        end = self._lexed_to
        try:
            while time.perf_counter() < deadline:
                for _ in range(_CLOCK_EVERY):
                    index, token, value = next(tokens)
                    end = index + len(value)
                    format_id = known.get(token)
                    if format_id is None:
                        format_id = self._format_id(token)
                    if format_id >= 0 and not value.isspace():
                        starts(index)
                        lengths(len(value))
                        ids(format_id)
        except StopIteration:
            self._tokens = None
            self._lexed_to = len(self._text)
            self._colour_visible()
            self.highlighted.emit()
            return
        self._lexed_to = end
        self._colour_visible()
        self._timer.start()

    # -- colouring -----------------------------------------------------------
    def _colour_block(self, block: QTextBlock) -> None:
        number = block.blockNumber()
        if number in self._applied or number >= len(self._line_starts):
            return
        line_start = self._line_starts[number]
        line_end = self._line_starts[number + 1] - 1 if number + 1 < len(self._line_starts) else len(self._text)
        if line_end > self._lexed_to:
            return  # not lexed yet
        line = self._text[line_start:line_end]
        to_qt = (lambda cp: cp) if line.isascii() else OffsetMap(line).to_qt
        # Tokens do not overlap, so only the one just before the line can reach into it.
        i = max(0, bisect_right(self._starts, line_start) - 1)
        ranges = []
        while i < len(self._starts) and self._starts[i] < line_end:
            start = max(self._starts[i], line_start)
            stop = min(self._starts[i] + self._lengths[i], line_end)
            if stop > start:
                piece = QTextLayout.FormatRange()
                piece.start = to_qt(start - line_start)
                piece.length = to_qt(stop - line_start) - piece.start
                piece.format = self._format_list[self._ids[i]]
                ranges.append(piece)
            i += 1
        # Layout formats, as QSyntaxHighlighter uses: display only, not document content.
        block.layout().setFormats(ranges)
        self._applied.add(number)

    def _colour_visible(self, *_args) -> None:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        while block.isValid():
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
