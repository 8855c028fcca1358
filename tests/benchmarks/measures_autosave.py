"""How long an autosave blocks the window's UI thread, the write itself being on the files' thread."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from figures import Figure, Result, sample_pairs
from paint_wait import wait_idle
from profiling import section


def measure_save_ui_block(window, runs: int) -> Result:
    """The UI thread's share of one autosave of the long article after one note was
    edited: the slot that takes the document's snapshot and hands it to the files'
    thread, plus taking the result in once the write has landed. Between the two
    the UI thread is free (the measure waits without running the event loop, so
    nothing else is counted in).

    The floor is the same save made on the UI thread from start to end (what every
    autosave cost the window before saving moved off it): save_all of one edit.
    """
    session = window.session
    document = session.current
    edited = document.ordered_ids()[len(document) // 2]
    edits = iter(range(10**6))
    handing: list[float] = []
    taking: list[float] = []
    writing: list[float] = []

    def edit() -> None:
        claim = document.get(edited)
        session.update(document, claim.with_changes(note=f"{claim.note.split(' #')[0]} #{next(edits)}"))
        wait_idle()  # the views' repaint of the edit is not the save's

    def app_run() -> float:
        edit()
        with section():
            start = time.perf_counter()
            session.save_in_background()
            handed = time.perf_counter()
        # The save may take more than one trip to the files' thread, and on a loaded
        # machine a result can reach the event loop a moment after the thread is idle:
        # the event loop runs until the document is saved, each run counted as blocking.
        taken_in, landed, deadline = 0.0, handed, handed + 60
        while True:
            while not session.files_idle():
                if time.perf_counter() > deadline:
                    raise RuntimeError("the autosave did not land")
                time.sleep(0.0005)
            landed = time.perf_counter()
            with section():
                QApplication.processEvents()  # delivers the result: the session takes it in
                taken_in += time.perf_counter() - landed
            if not session.unsaved(document):
                break
            if time.perf_counter() > deadline:
                raise RuntimeError("the autosave did not land")
        handing.append((handed - start) * 1000)
        taking.append(taken_in * 1000)
        writing.append((landed - handed) * 1000)
        return (handed - start + taken_in) * 1000

    def floor_run() -> float:
        edit()
        start = time.perf_counter()
        session.save_all()
        return (time.perf_counter() - start) * 1000

    measured, floor = sample_pairs(app_run, floor_run, runs)
    gaps = [_longest_wait(session, edit, saving=True) for _ in range(runs)]
    idle_gaps = [_longest_wait(session, edit, saving=False) for _ in range(runs)]
    return Result("save_ui_block_10k_ms", "UI thread blocked by one autosave (hand over + take in)", 2,
                  measured, floor, "the same save on the UI thread (save_all)", "value",
                  details={"claims": len(document), "hand_over": Figure(tuple(handing)).as_dict(),
                           "take_in": Figure(tuple(taking)).as_dict(),
                           "write_on_files_thread": Figure(tuple(writing)).as_dict(),
                           "longest_event_wait_while_saving": Figure(tuple(gaps)).as_dict(),
                           "longest_event_wait_idle": Figure(tuple(idle_gaps)).as_dict()})


def _longest_wait(session, edit, *, saving: bool) -> float:
    """The longest wait between two ticks of a 1 ms timer on the UI thread while an
    autosave is written (or, for comparison, for as long with none): what the user's
    events wait for, the write's share of the interpreter included."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    edit()
    ticks: list[int] = []
    clock = QElapsedTimer()
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(clock.nsecsElapsed()))
    clock.start()
    timer.start()
    if saving:
        session.save_in_background()
    deadline = time.perf_counter() + 2.0
    while (session.busy if saving else time.perf_counter() < deadline - 1.8) and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # idle in Qt, not in Python
    timer.stop()
    session.save_all()
    return max((b - a for a, b in zip(ticks, ticks[1:])), default=0) / 1e6
