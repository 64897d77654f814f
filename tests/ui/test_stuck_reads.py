"""Issue 11, item 3 in the window: a FIFO is refused at once (the window no longer
sits on "Loading the collection…"), and quitting never waits on a read that does not
end (a stalled network disk): before, shutdown waited on the loader thread forever."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from viewer.core import loader
from viewer.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")


def test_a_fifo_is_refused_with_its_reason(qtbot, window: MainWindow, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    shown = window.collection
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.load_file(str(fifo))
    assert failed.args[0].lines() == [f"{fifo}: is a named pipe (FIFO), not a file"]
    assert window.collection is shown  # the collection on display stays
    assert not window.sidebar._loading


def test_quitting_does_not_wait_on_a_read_that_never_ends(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = threading.Event()
    release = threading.Event()
    real_load = loader.load

    def stalled_disk(path, **options):  # a read that blocks until released, as on a dead NFS mount
        reading.set()
        release.wait()
        return real_load(path, **options)

    monkeypatch.setattr(loader, "load", stalled_disk)
    stuck = tmp_path / "stuck.json"
    stuck.write_text("{}", encoding="utf-8")
    window.load_file(str(stuck))
    assert reading.wait(10)
    loader_thread = window.opening._loader
    assert loader_thread is not None

    window.shutdown()  # before the fix: blocked here for as long as the read
    assert not release.is_set()
    assert loader_thread.isRunning()  # still reading, and nobody waited on it

    release.set()  # the disk answers: the late result is dropped, nothing shown
    qtbot.waitUntil(lambda: not loader_thread.isRunning(), timeout=10_000)


def test_an_unexpected_failure_while_loading_is_a_refusal_not_a_hang(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_memory(path, **_options):  # what a huge file can do on a small machine
        raise MemoryError

    monkeypatch.setattr(loader, "load", out_of_memory)
    path = tmp_path / "huge.json"
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.load_file(str(path))
    assert failed.args[0].lines() == [f"{path}: cannot be opened: MemoryError"]
    assert not window.sidebar._loading
