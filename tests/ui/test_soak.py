"""Issue 11, item 1: PySide6/shiboken6 6.12.0 on CPython 3.11 dropped a reference to
True or None at each Signal.emit(), and the window aborted (none_dealloc, exit 134)
after a few hundred actions. These tests fail on that release and pass on 6.11.3."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
EMITS = 50_000
# Counts move a little as objects come and go; lost references fall by one per emit.
TOLERANCE = 100

immortal = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True and None are immortal from Python 3.12"
)


EMITTER = """
import sys
from PySide6.QtCore import QObject, Signal

class Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    value = Signal(object)

sender = Sender()
received = []
sender.plain.connect(lambda: received.append(0))  # a slot returning None
sender.flag.connect(lambda on: received.append(int(on)))
sender.value.connect(lambda v: received.append(v is None))
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(int(sys.argv[1]) // 3 + 1):
    sender.plain.emit()
    sender.flag.emit(True)
    sender.value.emit(None)
count = len(received)
received.clear()
print(count, sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


@immortal
def test_fifty_thousand_emits_keep_true_and_none_counts() -> None:
    # A child process: on a broken release None's count reaches zero and Python
    # aborts (none_dealloc), which must fail this test, not end the test run.
    process = subprocess.run(
        [sys.executable, "-c", EMITTER, str(EMITS)], capture_output=True, text=True, timeout=120
    )
    assert process.returncode == 0, f"exit {process.returncode}: {process.stderr[-1500:]}"
    count, true_drift, none_drift = map(int, process.stdout.split())
    assert count == 3 * (EMITS // 3 + 1)
    assert abs(true_drift) < TOLERANCE
    assert abs(none_drift) < TOLERANCE


@immortal
def test_soak_the_window_through_tree_moves_and_searches() -> None:
    # A child process: a broken release aborts it (exit 134), not the test run.
    process = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--moves", "400", "--searches", "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 0, process.stderr[-2000:]
    figures = json.loads(process.stdout.strip().splitlines()[-1].removeprefix("RESULT "))
    assert figures["moves"] == 400
    assert figures["searches"] == 60
    assert figures["true_drift"] > -TOLERANCE
    assert figures["none_drift"] > -TOLERANCE
