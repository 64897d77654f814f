"""Start-up of the frozen app against a frozen bare PySide6 window, in one run.

Usage: .venv/bin/python bench/startup_frozen.py [--runs N] [--platform offscreen|xcb]
                                               [--rebuild] [--onefile] [--chrome]

Budget (issue 4): the frozen one-folder app reaches its first paint in at most 1.3
times the time a frozen bare PySide6 window (QApplication + an empty QMainWindow) takes,
both built by the same spec (build_spec/resolutions-viewer.spec: same PyInstaller,
same exclusions, same plugin and library trimming, same stripping).

How it is timed: from just before the process is spawned to the moment it prints
``PAINTED`` on stdout. The app runs its real window path (``ui.app.run_window``: settings,
translations, the main window, the bundled collection queued to load) through
``resolutions-viewer --self-test first-paint``, which prints ``PAINTED`` once the main
window's first paint event has been handled and exits; the bare window does the same
with the same event filter (on the main window alone, in both). --chrome adds a third
program: the app's window chrome without the app (see CHROME_SCRIPT), the floor of any
window of this shape. Runs alternate app / bare after one unmeasured warm-up of
each (so both are timed with their files in the page cache: a user's second start);
medians are compared. `make dist` first: the app is taken from dist/; the bare window is
built once into build/bench-bare/ (about 40 s) and reused while the spec is unchanged.
Figures are printed, never asserted (exit 0), unless --check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "resolutions-viewer.spec"
APP = ROOT / "dist" / "resolutions-viewer" / "resolutions-viewer"
ONEFILE = ROOT / "dist" / "resolutions-viewer-portable"
BARE_DIR = ROOT / "build" / "bench-bare"
BARE = BARE_DIR / "dist" / "bare-window" / "bare-window"
CHROME = BARE_DIR / "dist" / "chrome-window" / "chrome-window"
BUDGET = 1.3

BARE_SCRIPT = '''"""A bare PySide6 window that exits at its first paint (bench/startup_frozen)."""
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, painted)
        return False


def painted():
    print("PAINTED", flush=True)
    os._exit(0)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.installEventFilter(FirstPaint(window))  # the window's events only, as the app's probe
window.resize(1120, 720)
window.show()
app.exec()
'''


# --chrome: the app's window chrome and nothing else (menu titles, the toolbar and its SVG
# icons, a search field, a tree, a text pane with one line, a status bar), built the same
# way. What it costs over the bare window is the floor any window of this shape pays
# (Qt's widgets, fonts, the SVG icon engine); what the app costs over it is the app's.
CHROME_SCRIPT = BARE_SCRIPT.replace(
    "window.resize(1120, 720)",
    """from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QLineEdit, QSplitter, QTextBrowser, QToolBar, QTreeView, QVBoxLayout, QWidget,
)

ICONS = "@ICONS@"
for title in ("File", "Edit", "View", "Go", "Favourites", "Cite", "Help"):
    window.menuBar().addMenu(title)
toolbar = QToolBar(window)
toolbar.setIconSize(QSize(20, 20))
for name in ("back", "forward", "home", "search", "star", "copy", "print"):
    toolbar.addAction(QAction(QIcon(f"{ICONS}/{name}.svg"), name, window))
window.addToolBar(toolbar)
side = QWidget()
layout = QVBoxLayout(side)
layout.addWidget(QLineEdit(placeholderText="Search"))
layout.addWidget(QTreeView())
splitter = QSplitter()
splitter.addWidget(side)
page = QTextBrowser()
page.setHtml("<p>Loading the collection…</p>")
splitter.addWidget(page)
window.setCentralWidget(splitter)
window.statusBar()
window.resize(1120, 720)""".replace("@ICONS@", str(ROOT / "resources" / "icons")),
)


def build_probe(path: Path, source: str, rebuild: bool) -> None:
    """Freeze a probe window with the app's spec (same PyInstaller, trimming, stripping)."""
    inputs = [SPEC, SPEC.parent / "bundle.py", Path(__file__)]
    if (
        not rebuild
        and path.exists()
        and path.stat().st_mtime > max(p.stat().st_mtime for p in inputs)
    ):
        return
    BARE_DIR.mkdir(parents=True, exist_ok=True)
    script = BARE_DIR / f"{path.name.replace('-', '_')}.py"
    script.write_text(source, encoding="utf-8")
    print(f"building the frozen {path.name} (same spec, same trimming)…", flush=True)
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(BARE_DIR / "dist"),
            "--workpath",
            str(BARE_DIR / "work"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "RV_FREEZE_SCRIPT": str(script), "RV_FREEZE_NAME": path.name},
    )


def one_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
            break
    else:
        process.wait()
        raise SystemExit(f"{command[0]} never painted (exit {process.returncode})")
    process.wait(timeout=60)
    return elapsed


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str]:
    if os.environ.get("DISPLAY"):
        return None, os.environ["DISPLAY"]
    if shutil.which("Xvfb") is None:
        raise SystemExit("--platform xcb needs a DISPLAY or Xvfb (apt-get install xvfb)")
    for number in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            server = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, display
                time.sleep(0.05)
            server.terminate()
    raise SystemExit("could not start Xvfb")


def summary(name: str, times: list[float]) -> str:
    return (
        f"{name:<28} median {statistics.median(times) * 1000:6.0f} ms   "
        f"min {min(times) * 1000:5.0f}   max {max(times) * 1000:5.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each (default 21)")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the bare window")
    parser.add_argument("--onefile", action="store_true", help="also time the one-file app")
    parser.add_argument(
        "--chrome", action="store_true", help="also time the app's window chrome alone"
    )
    parser.add_argument("--check", action="store_true", help=f"exit 1 over {BUDGET}x")
    args = parser.parse_args()
    if not APP.exists():
        raise SystemExit(f"{APP} is missing: run `make dist` first")
    build_probe(BARE, BARE_SCRIPT, args.rebuild)
    if args.chrome:
        build_probe(CHROME, CHROME_SCRIPT, args.rebuild)

    server, display = (None, "")
    if args.platform == "xcb":
        server, display = start_xvfb()
    home = tempfile.mkdtemp(prefix="startup-frozen-")
    # The same empty environment for both, as CI runs the frozen app.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": home,
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": args.platform,
    }
    if display:
        env["DISPLAY"] = display
    commands = {
        "bare PySide6 window": [str(BARE)],
        "resolutions-viewer (folder)": [str(APP), "--self-test", "first-paint"],
    }
    if args.chrome:
        commands["window chrome alone"] = [str(CHROME)]
    if args.onefile and ONEFILE.exists():
        commands["resolutions-viewer (1 file)"] = [str(ONEFILE), "--self-test", "first-paint"]
    try:
        for command in commands.values():  # warm-up: page cache, fontconfig cache
            one_run(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(one_run(command, env))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)

    print(f"\nstart to first paint, frozen, {args.platform}, {args.runs} runs each:")
    for name, values in times.items():
        print("  " + summary(name, values))
    bare = statistics.median(times["bare PySide6 window"])
    app = statistics.median(times["resolutions-viewer (folder)"])
    ratio = app / bare
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"  ratio app / bare: {ratio:.2f} ({verdict} the {BUDGET} budget)")
    if args.chrome:
        chrome = statistics.median(times["window chrome alone"])
        print(f"  ratio chrome / bare: {chrome / bare:.2f}, app / chrome: {app / chrome:.2f}")
    return 1 if args.check and ratio > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
