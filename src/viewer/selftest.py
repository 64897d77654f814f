"""``resolutions-viewer --self-test``: does this copy of the app work, here and now?

Runs the app's whole path once, offscreen, and times each step: the bundled files are
there, the window's Qt starts (platform plugin, SVG icon engine), the translations load,
a collection (``--data`` or the bundled one) loads and validates, its index builds, a
search finds something, a detail page renders, a citation formats, and the main window
paints. Exit 0 when all pass; on the first failure it prints
``self-test failed at step '<name>': <error>`` and exits 1. Made for the frozen build
(CI runs it from a copy outside the source tree, in an empty environment) but works from
a source checkout or an installed wheel too.

``--self-test first-paint`` instead opens the real window (``ui.app.run_window``, on the
platform of the environment) and quits at its first paint, printing ``PAINTED <ms>
qt-namespace=deferred`` (or ``built``: see viewer/ui/__init__.py): the probe
``bench/startup_frozen.py`` times from outside.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from viewer import __version__
from viewer.core import resources

EXIT_OK, EXIT_FAILURE = 0, 1
BUNDLED_QUERY = "INTERPOL"  # in every record of the bundled collection
WINDOW_TIMEOUT_S = 60.0


class StepError(Exception):
    """A check that did not hold, said in a sentence."""


def run(args: argparse.Namespace) -> int:
    mode = getattr(args, "self_test", None) or "all"
    if mode == "first-paint":
        return first_paint(args)
    return SelfTest(getattr(args, "data", None)).run()


def describe_build() -> str:
    if not getattr(sys, "frozen", False):
        return "from source" if (resources.bundle_root() / "src").is_dir() else "installed"
    meipass = Path(getattr(sys, "_MEIPASS", "."))
    onedir = meipass.parent == Path(sys.executable).resolve().parent
    return "frozen, one folder" if onedir else "frozen, one file"


class SelfTest:
    def __init__(self, data: Path | None) -> None:
        self.data = data
        self.state: dict[str, Any] = {}
        self.qt_messages: list[str] = []

    def run(self) -> int:
        print(
            f"self-test: resolutions-viewer {__version__} ({describe_build()}), "
            f"files in {resources.bundle_root()}",
            flush=True,
        )
        steps: list[tuple[str, Callable[[], str]]] = [
            ("bundle", self.step_bundle),
            ("window", self.step_window),
            ("translations", self.step_translations),
            ("load", self.step_load),
            ("index", self.step_index),
            ("search", self.step_search),
            ("render", self.step_render),
            ("citation", self.step_citation),
            ("window paint", self.step_window_paint),
            ("pdf", self.step_pdf),
        ]
        total = time.perf_counter()
        for name, step in steps:
            start = time.perf_counter()
            seen = len(self.qt_messages)
            try:
                detail = step()
            except Exception as error:  # any failure names its step
                message = str(error) or type(error).__name__
                if not isinstance(error, StepError):
                    message = f"{type(error).__name__}: {message}"
                lines = getattr(error, "lines", None)
                if callable(lines):  # a CollectionError: each problem on its line
                    message = "; ".join(lines()[:5])
                for qt_message in self.qt_messages[seen:]:
                    message += f"\n  Qt: {qt_message}"
                print(f"self-test failed at step '{name}': {message}", file=sys.stderr)
                sys.stdout.flush()
                sys.stderr.flush()
                # Skip Qt's and Python's teardown (threads, a half-made window): the
                # verdict is out, nothing may turn it into a crash.
                os._exit(EXIT_FAILURE)
            elapsed = (time.perf_counter() - start) * 1000
            print(f"  {name:<13} {elapsed:8.1f} ms  {detail}", flush=True)
        for qt_message in self.qt_messages:
            print(f"  (Qt said: {qt_message})")
        elapsed = (time.perf_counter() - total) * 1000
        print(f"self-test passed: {len(steps)} steps in {elapsed:.0f} ms", flush=True)
        window = self.state.pop("window", None)
        if window is not None:
            window.close()
            window.deleteLater()
            self.state["app"].processEvents()
        return EXIT_OK

    # -- the steps -------------------------------------------------------------------

    def step_bundle(self) -> str:
        wanted = [
            resources.bundled_collection(),
            resources.schema_path(),
            resources.resource_path("icons", "resolutions-viewer.svg"),
        ]
        if getattr(sys, "frozen", False):
            wanted.append(resources.bundle_root() / "licenses" / "README.txt")
        missing = [str(path) for path in wanted if not path.is_file()]
        if missing:
            raise StepError("missing: " + ", ".join(missing))
        licences = resources.bundle_root() / "licenses"
        count = len(list(licences.rglob("*"))) if licences.is_dir() else 0
        return f"data, schema, icon{f', {count} licence files' if count else ''}"

    def step_window(self) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QLibraryInfo, QtMsgType, qInstallMessageHandler

        platform = os.environ["QT_QPA_PLATFORM"].split(":")[0]
        if sys.platform.startswith("linux"):
            # Qt aborts the process when the platform plugin is missing: look first.
            folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
            folders += [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(":") if p]
            plugin = f"libq{platform}.so"
            if not any((folder / "platforms" / plugin).is_file() for folder in folders):
                raise StepError(f"Qt's {platform} platform plugin ({plugin}) is missing")

        def on_message(kind: QtMsgType, _context: object, text: str) -> None:
            if kind != QtMsgType.QtDebugMsg and len(self.qt_messages) < 50:
                self.qt_messages.append(text)

        self.state["handler"] = on_message  # keep it alive
        qInstallMessageHandler(on_message)

        from viewer.ui.app import create_application

        app = create_application([sys.argv[0]])
        self.state["app"] = app
        icon = app.windowIcon()
        if icon.isNull() or icon.pixmap(32, 32).isNull():
            raise StepError("the window icon (resources/icons/resolutions-viewer.svg) did not load")
        return f"Qt {_qt_version()} on {app.platformName()}, SVG window icon"

    def step_translations(self) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from viewer.ui import i18n

        frozen = getattr(sys, "frozen", False)
        done = []
        for lang in ("fr",):
            qm = Path(i18n.qm_path(lang))
            if i18n.install(lang):
                done.append(qm.name)
            elif frozen or qm.exists() or not qm.with_suffix(".ts").exists():
                raise StepError(f"{qm} did not load")
            else:
                done.append(f"{qm.with_suffix('.ts').name} not compiled (make translations)")
            qt = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if not qt.load(f"qtbase_{lang}", folder):
                raise StepError(f"Qt's own qtbase_{lang}.qm is not in {folder}")
            done.append(f"qtbase_{lang}.qm")
        i18n.install("en")
        return ", ".join(done)

    def step_load(self) -> str:
        from viewer.core import loader

        path = self.data or resources.bundled_collection()
        collection = loader.load(path)
        if not collection.resolutions:
            raise StepError(f"{path} holds no resolution")
        self.state["collection"] = collection
        count = len(collection.resolutions)
        return f"{count} resolution{'s' if count != 1 else ''} from {Path(path).name}"

    def step_index(self) -> str:
        from viewer.core.search import SearchIndex

        index = SearchIndex(self.state["collection"])
        self.state["index"] = index
        return f"{len(index)} documents"

    def step_search(self) -> str:
        query = BUNDLED_QUERY if self.data is None else _word_of(self.state["collection"])
        result = self.state["index"].search(query, limit=10, lang="en")
        if not result.hits:
            raise StepError(f"no hit for {query!r}")
        self.state["hit"] = result.hits[0]
        snippet = result.hits[0].snippet  # made by the highlighter: exercise it too
        return f"{result.total} hits for {query!r}, first {result.hits[0].resolution.symbol}" + (
            "" if snippet else " (no snippet)"
        )

    def step_render(self) -> str:
        from viewer.core import render

        resolution = self.state["hit"].resolution
        page = render.resolution_html(self.state["collection"], resolution, "en")
        if "<h1>" not in page:
            raise StepError(f"the page of {resolution.symbol} has no heading")
        text = render.resolution_text(self.state["collection"], resolution, "fr")
        return f"{len(page)} characters of HTML, {len(text)} of text"

    def step_citation(self) -> str:
        from viewer.core import citations

        resolution = self.state["hit"].resolution
        cited = citations.cite(citations.DEFAULT_STYLE, resolution, "en", self.state["collection"])
        if resolution.symbol not in cited.text and str(resolution.number) not in cited.text:
            raise StepError(f"the citation does not name {resolution.symbol}: {cited.text!r}")
        return f"{citations.DEFAULT_STYLE}: {_short(cited.text)}"

    def step_window_paint(self) -> str:
        from PySide6.QtCore import QDeadlineTimer

        from viewer.ui.main_window import MainWindow

        app = self.state["app"]
        window = MainWindow(self.state["collection"], "en", None)
        self.state["window"] = window  # closed once every step has passed
        window.resize(1000, 700)
        window.show()
        deadline = QDeadlineTimer(int(WINDOW_TIMEOUT_S * 1000))
        while window.sidebar.index is None and not deadline.hasExpired():
            app.processEvents()
            time.sleep(0.005)
        if window.sidebar.index is None:
            raise StepError(f"the window's index was not ready after {WINDOW_TIMEOUT_S:.0f} s")
        symbol = self.state["hit"].resolution.symbol
        if not window.open_symbol(symbol):
            raise StepError(f"the window could not open {symbol}")
        app.processEvents()
        pixmap = window.grab()
        if pixmap.isNull() or pixmap.width() == 0:
            raise StepError("grabbing the window gave no image")
        image = pixmap.toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 40))
            for y in range(0, image.height(), max(1, image.height() // 40))
        }
        if len(colours) < 3:
            raise StepError("the window painted a blank image")
        return f"{pixmap.width()}x{pixmap.height()} px, {symbol} shown, {len(colours)} colours"

    def step_pdf(self) -> str:
        """The page on display, printed to PDF as File ▸ Export PDF does (Qt Print
        Support, fonts embedded, the citation at the foot)."""
        import tempfile

        window = self.state["window"]
        with tempfile.TemporaryDirectory(prefix="rv-self-test-") as folder:
            target = Path(folder) / "page.pdf"
            window.printing.export_pdf(str(target))
            data = target.read_bytes() if target.exists() else b""
        window.shutdown()
        if not data.startswith(b"%PDF") or len(data) < 1000:
            raise StepError(f"printing the page to PDF gave {len(data)} bytes")
        return f"{len(data) // 1024} KB"


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def _word_of(collection: Any) -> str:
    """A word of the first record's label (title, agenda item or summary), to search a
    collection we know nothing of; its symbol when the label has no plain word."""
    first = collection.resolutions[0]
    for lang in ("en", "fr"):
        for word in re.findall(r"[^\W\d_]{4,}", first.label(lang)):
            return word
    return first.symbol


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- first paint, for the start-up bench -----------------------------------------------


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux; 10 ms resolution), else None."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return (uptime - int(stat[19]) / ticks) * 1000
    except (OSError, ValueError, IndexError):
        return None


def first_paint(args: argparse.Namespace) -> int:
    """The real window (run_window) on this environment's platform; at the main window's
    first paint, prints ``PAINTED <ms since process start>`` and exits 0.

    The filter watches the main window alone, as the bench's bare window does: an
    application-wide one would make PySide wrap every object that gets an event, a cost
    the app itself does not pay before its first paint (see Navigation.watch_mouse_buttons).
    """
    from PySide6 import QtCore
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    from viewer.ui.app import create_application, run_window

    create_application()

    qt_namespace = "?"

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            nonlocal qt_namespace
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                # PySide builds a class on first use: is Qt's namespace built yet?
                qt_namespace = "built" if "Qt" in vars(QtCore) else "deferred"
                QTimer.singleShot(0, painted)  # once this paint event has been handled
            return False

    def painted() -> None:
        age = _process_age_ms()
        when = f" {age:.0f}" if age is not None else ""
        print(f"PAINTED{when} qt-namespace={qt_namespace}", flush=True)
        # The probe is over: leave at once, before the collection starts loading on its
        # thread (a quit now would race that thread's start).
        os._exit(EXIT_OK)

    def watch(window: QWidget) -> None:
        window.installEventFilter(FirstPaint(window))

    return run_window(args, before_show=watch)
