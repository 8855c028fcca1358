"""In-process window measurements: opening the long article, adding one claim to it, and the Compare view."""

from __future__ import annotations

import json
import re
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView

from marginalia.core.corpus import Corpus
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.main_window import MainWindow
from marginalia.ui.settings import Settings

from datagen import ReadingCorpus
from figures import Figure, Result, sample_pairs
from paint_wait import PaintWatch, settle, wait_idle, wait_until
from profiling import section

WINDOW_SIZE = (1440, 900)  # what `marginalia --screenshot` renders
_WORD = re.compile(r"\S+")


def application() -> QApplication:
    return QApplication.instance() or QApplication(["marginalia-bench"])


def make_window(corpus: ReadingCorpus) -> MainWindow:
    """The real window on the reading corpus, showing the small article."""
    application()
    window = MainWindow(Settings())
    window._confirm_discard = lambda _message: True  # a modal question would stall the run
    window._ask_reviewer_name = lambda _current: None  # and so would asking the reviewer's name
    window.resize(*WINDOW_SIZE)
    window.open_corpus(corpus.folder, corpus.small_article)
    window.show()
    settle(0.3)
    return window


def close_window(window: MainWindow) -> None:
    """Close and really delete `window`: processEvents() outside an event loop never
    runs deferred deletes, and a hidden window's widgets would linger."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(0.05)


def measure_open(corpus: ReadingCorpus, runs: int) -> tuple[Result, MainWindow]:
    """From open_article(long article) until the reader (text, highlights) and notes have painted.

    Each run builds a new window showing the small article, as a user's session
    would be just before choosing the long one; its document is read, decoded
    and placed afresh (a window keeps the documents it opened, so a second open
    in the same window would measure nothing). The last window is returned,
    with the long article open, for the next measure.
    The floor: the same files read, the sidecar json.loads-ed and the text put
    in a plain QPlainTextEdit of the reader's size, until it has painted.
    """
    application()
    windows: list[MainWindow] = []
    plain = QPlainTextEdit()
    plain_watch = PaintWatch(plain.viewport())
    core_ms: list[float] = []
    # From choosing the article until the notes list has measured every card: those in
    # view first, the others while the window is idle, after the first paint.
    measured_ms: list[float] = []
    busy_ms: list[float] = []  # then, until the event loop is idle

    def app_run() -> float:
        if windows:
            close_window(windows.pop())
        window = make_window(corpus)
        windows.append(window)
        watch = PaintWatch(window.reader.viewport(), window.notes.viewport())
        wait_idle()
        with section():
            start = time.perf_counter()
            window.open_article(corpus.long_article)
            watch.wait()
            elapsed = (time.perf_counter() - start) * 1000
        wait_until(window.notes.all_cards_measured)
        measured_ms.append((time.perf_counter() - start) * 1000)
        busy_ms.append(wait_idle())
        watch.close()
        return elapsed

    def floor_run() -> float:
        plain.resize(windows[-1].reader.size())
        plain.show()
        plain.setPlainText("")
        settle(0.05)
        wait_idle()
        plain_watch.arm()
        start = time.perf_counter()
        text = corpus.long_article.read_bytes().decode("utf-8")
        json.loads(sidecar_path(corpus.long_article).read_bytes())
        plain.setPlainText(text)
        plain_watch.wait()
        return (time.perf_counter() - start) * 1000

    def core_run() -> None:  # the core's share of the open (read, decode, place), for the details
        start = time.perf_counter()
        Corpus(corpus.folder).open(corpus.long_article)
        core_ms.append((time.perf_counter() - start) * 1000)

    measured, floor = sample_pairs(app_run, floor_run, runs)
    for _ in range(runs):
        core_run()
    plain_watch.close()
    plain.close()
    window = windows[-1]
    settle(0.3)
    document = window.session.current
    result = Result("open_1mb_10k_ms", "open long article: text, highlights and notes painted", 300,
                    measured, floor, "read + json.loads + QPlainTextEdit.setPlainText + paint", "value",
                    details={"claims": len(document), "code_points": len(document.text),
                             "core_open_document": Figure(tuple(core_ms)).as_dict(),
                             "all_cards_measured": Figure(tuple(measured_ms)).as_dict(),
                             "busy_after_all_cards_measured": Figure(tuple(busy_ms)).as_dict()})
    return result, window


def _span_near(text: str, fraction: float) -> tuple[int, int]:
    """About eight words starting at the first word after `fraction` of the text."""
    words = _WORD.finditer(text, int(len(text) * fraction))
    chosen = [next(words) for _ in range(8)]
    return chosen[0].start(), chosen[-1].end()


def _repaint_ms(watch: PaintWatch, *widgets) -> float:
    """Milliseconds to repaint `widgets` (viewports) when nothing changed."""
    wait_idle()
    watch.arm()
    start = time.perf_counter()
    for widget in widgets:
        widget.update()
    watch.wait()
    return (time.perf_counter() - start) * 1000


def measure_add_claim(window: MainWindow, runs: int) -> Result:
    """Select a span and trigger Highlight, until the reader and notes have repainted.

    Each run starts as a user's add does: the reader has the focus (selecting with
    the mouse gives it), the span is selected and the window has been idle for a
    moment, so the margin notes have followed the text and their cards have been
    drawn ahead. Spans are spread over the text, so the notes panel shows a new
    stretch of cards each time. The card's note editor that the new claim opens is
    closed, and the autosave run, between runs and outside the timing, so a
    deferred save never lands inside a measured add. The floor: a plain
    QPlainTextEdit of the reader's size, holding the same text at the same place,
    repainted. The app's own repaint with nothing changed is in the details: the
    part of an add that is painting rather than adding.
    """
    reader, notes = window.reader, window.notes
    watch = PaintWatch(reader.viewport(), notes.viewport())
    document = window.session.current
    spans = iter([_span_near(document.text, (i + 0.5) / runs) for i in range(runs)])
    added_before = len(document)
    plain = QPlainTextEdit()
    plain.setPlainText(document.text)
    plain.resize(reader.size())
    plain.show()
    plain_watch = PaintWatch(plain.viewport())
    repaint_ms: list[float] = []
    # From the add until every card of the list is measured (the new one is measured at
    # once; the list's scroll range is then exact), then until the loop is idle.
    measured_ms: list[float] = []
    busy_ms: list[float] = []

    def app_run() -> float:
        reader.setFocus()  # as selecting with the mouse gives it: the margin notes follow the text again
        reader.select_span(*next(spans))
        reader.centerCursor()
        settle(0.15)
        wait_until(notes.all_cards_measured)  # the previous add's measuring is not this add's work
        wait_idle()
        watch.arm()
        with section():
            start = time.perf_counter()
            window.actions.highlight.trigger()
            watch.wait()
            elapsed = (time.perf_counter() - start) * 1000
        wait_until(notes.all_cards_measured)
        measured_ms.append((time.perf_counter() - start) * 1000)
        busy_ms.append(wait_idle())
        editor = notes.indexWidget(notes.currentIndex())
        if editor is not None:
            QTest.keyClick(editor, Qt.Key.Key_Escape)
        window.session.save_all()
        repaint_ms.append(_repaint_ms(watch, reader.viewport(), notes.viewport()))
        return elapsed

    def floor_run() -> float:
        bar = plain.verticalScrollBar()
        bar.setValue(bar.maximum() * reader.verticalScrollBar().value() // max(1, reader.verticalScrollBar().maximum()))
        _repaint_ms(plain_watch, plain.viewport())  # lays the newly shown lines out, as the reader's are
        return _repaint_ms(plain_watch, plain.viewport())

    measured, floor = sample_pairs(app_run, floor_run, runs)
    watch.close()
    plain_watch.close()
    plain.close()
    added = len(document) - added_before
    if added != runs:
        raise RuntimeError(f"{added} claims were added in {runs} runs")
    return Result("add_claim_10k_ms", "one new claim: Highlight until reader and notes repainted", 16,
                  measured, floor, "repaint of a plain QPlainTextEdit with the same text", "value",
                  details={"claims_after": len(document),
                           "app_repaint_nothing_changed": Figure(tuple(repaint_ms)).as_dict(),
                           "all_cards_measured_after_add": Figure(tuple(measured_ms)).as_dict(),
                           "busy_after_all_cards_measured": Figure(tuple(busy_ms)).as_dict()})


class _PlainTable(QAbstractTableModel):
    """The floor's model: a short string in every cell of a rows × columns table."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self.shape = (rows, columns)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shape[0]

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shape[1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def measure_compare(library, runs: int) -> Result:
    """View ▸ Compare Articles on a library of 5,000 articles with 10,000 claims, until the
    table and the chart have painted: the window made, every article's claims read (the
    annotated ones' files opened, as nothing is cached between opens), the matrix built.

    The window shows the library as a user's would, its scan finished, and is idle.
    Each run closes the Compare window first, so each is a first open. The floor: the
    same articles' bytes read and their sidecars json.loads-ed, then a plain QTableView
    of the same rows × columns over a model of short strings, until it has painted.
    """
    from marginalia.core.compare import read_columns

    application()
    window = MainWindow(Settings())
    window._confirm_discard = lambda _message: True
    window._ask_reviewer_name = lambda _current: None
    window.resize(*WINDOW_SIZE)
    count = len(Corpus(library).article_paths())
    window.open_corpus(library)
    window.show()
    wait_until(lambda: window.library.model.rowCount() == count, timeout=600)
    settle(0.3)
    launcher = window.compare
    annotated = [p for p in Corpus(library).article_paths() if sidecar_path(p).exists()]
    core_ms: list[float] = []
    plain = QTableView()
    plain.resize(*WINDOW_SIZE)

    def app_run() -> float:
        launcher.close_view()
        wait_idle()
        with section():
            start = time.perf_counter()
            window.actions.compare.trigger()
            view = launcher.view
            watch = PaintWatch(view.table.viewport(), view.chart.canvas)
            watch.wait()
            elapsed = (time.perf_counter() - start) * 1000
        watch.close()
        return elapsed

    def floor_run() -> float:
        plain.setModel(None)
        plain.show()
        settle(0.05)
        wait_idle()
        watch = PaintWatch(plain.viewport())
        start = time.perf_counter()
        for path in annotated:
            path.read_bytes()
            json.loads(sidecar_path(path).read_bytes())
        plain.setModel(_PlainTable(*shape))
        watch.wait()
        elapsed = (time.perf_counter() - start) * 1000
        watch.close()
        return elapsed

    window.actions.compare.trigger()  # the first open reads the files into the page cache
    settle(0.3)
    matrix = launcher.view.table.source.matrix
    shape = (len(matrix.rows), len(matrix.columns))
    measured, floor = sample_pairs(app_run, floor_run, runs)
    session = window.session
    entries = [window.library.model.entry(r) for r in range(window.library.model.rowCount())]
    for _ in range(runs):
        start = time.perf_counter()
        found = read_columns(session.corpus, entries, session.open_documents())
        core_ms.append((time.perf_counter() - start) * 1000)
    clusters_ms, clusters_core_ms = _cluster_rows_ms(launcher, session, found.columns, runs)
    claims = sum(len(c.claims) for c in found.columns)
    plain.close()
    close_window(window)
    return Result("compare_5k_ms", "Compare Articles: table and chart painted (claims read from the files)", 500,
                  measured, floor, "read the files + json.loads + plain QTableView of the same shape, painted",
                  "value", details={"articles": len(found.columns), "annotated_articles": len(annotated),
                                    "claims": claims, "rows": shape[0],
                                    "core_read_columns": Figure(tuple(core_ms)).as_dict(),
                                    "clusters": len(session.clusters),
                                    "clusters_rows_painted": Figure(tuple(clusters_ms)).as_dict(),
                                    "core_cluster_matrix": Figure(tuple(clusters_core_ms)).as_dict()})


def _cluster_rows_ms(launcher, session, columns, runs: int) -> tuple[list[float], list[float]]:
    """The open view switched from topics to clusters as rows, until table and chart have
    painted; and the cluster matrix alone (each claim filed under its cluster)."""
    from marginalia.core.compare import ClusterRows, build_matrix

    launcher.open()
    view = launcher.view
    chosen = view.rows_choice.findText("Clusters")
    painted, core = [], []
    for _ in range(runs):
        view.rows_choice.setCurrentIndex(0)
        wait_idle()
        watch = PaintWatch(view.table.viewport(), view.chart.canvas)
        start = time.perf_counter()
        view.rows_choice.setCurrentIndex(chosen)
        watch.wait()
        painted.append((time.perf_counter() - start) * 1000)
        watch.close()
        start = time.perf_counter()
        build_matrix(columns, ClusterRows(session.clusters))
        core.append((time.perf_counter() - start) * 1000)
    view.rows_choice.setCurrentIndex(0)
    return painted, core
