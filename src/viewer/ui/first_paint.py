"""Work that waits until a window has painted: the user sees the window first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

NO_PAINT_FALLBACK_MS = 500  # a window that never paints (started minimised) still gets on


class AfterFirstPaint(QObject):
    """Runs a callback once, in the event loop's turn after the window's first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)  # this window's events only: see MainWindow
        QTimer.singleShot(NO_PAINT_FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._callback is not None:
            callback, self._callback = self._callback, None
            # Done watching: the window's later events no longer pass through Python.
            self._window.removeEventFilter(self)
            callback()
