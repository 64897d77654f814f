"""The window's start-up path, run as a user starts it: in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys


def test_first_paint_comes_before_the_qt_namespace_is_built(tmp_path) -> None:
    """See viewer/ui/__init__.py: building PySide's Qt namespace costs about 25 ms, so
    the window paints first. The probe reports the state at the start of the first paint
    of the real window (settings, translations, the main window, the collection queued)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--self-test", "first-paint"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    painted = [line for line in done.stdout.splitlines() if line.startswith("PAINTED")]
    assert painted, done.stdout
    assert painted[0].endswith("qt-namespace=deferred"), painted[0]


def test_shortcuts_are_bound_once_the_window_has_painted(qtbot, bundled, settings) -> None:
    """Key sequences are given after the first paint (no key can come before it); the
    platform's standard keys that repeat a listed one are bound once."""
    from PySide6.QtGui import QKeySequence

    from viewer.ui.main_window import MainWindow

    window = MainWindow(bundled, "en", settings)
    qtbot.addWidget(window)
    assert window.action("open").shortcuts() == []
    window.show()
    qtbot.waitUntil(lambda: bool(window.action("open").shortcuts()))
    assert QKeySequence("Ctrl+O") in window.action("open").shortcuts()
    back = [s.toString() for s in window.action("back").shortcuts()]
    assert back.count("Alt+Left") == 1
    assert QKeySequence("Ctrl+K") in window.action("search").shortcuts()
