"""File ▸ Import Documents… and dropped documents: real official PDFs from
../shared/corpora/un-pdfs imported through the window's import part, with progress,
cancel, the report and the collection opened after."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

import factories
from factories import document, sc_record
from viewer.core import loader, resources
from viewer.ui.import_job import ImportJob, ImportTarget
from viewer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UN_PDFS = ROOT.parent / "shared" / "corpora" / "un-pdfs"
PDFS = [UN_PDFS / name for name in ("A_RES_78_101.pdf", "A_RES_73_7.pdf", "S_RES_2803_2025.pdf")]
USER = document(sc_record(1, 1946), title={"en": "My resolutions"})


@pytest.fixture(autouse=True)
def real_pdfs() -> None:
    missing = [p for p in PDFS if not p.exists()]
    if missing:
        pytest.fail(f"the shared PDFs are missing: {missing}")


def bad_file(tmp_path: Path) -> Path:
    """A 'PDF' that is not one, whose name looks like HTML (shown as written)."""
    path = tmp_path / "<b>notes.pdf"
    path.write_text("these are my notes, not a PDF\n")
    return path


def run_import(qtbot, window: MainWindow, paths: list[Path], target: ImportTarget) -> None:
    """Start an import through the part (the dialogs' choice given); wait for its end."""
    assert window.importing.start(paths, target) is not None
    wait_report(qtbot, window)


def wait_report(qtbot, window: MainWindow) -> None:
    """The import's end as the user sees it: the report dialog (or the warning)."""
    qtbot.waitUntil(lambda: window.importing.report is not None, timeout=120_000)


def wait_ended(qtbot, window: MainWindow) -> None:
    """The import's thread is over (its panel gone)."""
    qtbot.waitUntil(lambda: window.importing.job is None, timeout=120_000)


def wait_opened(qtbot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(
        lambda: (
            window.collection.path is not None
            and Path(window.collection.path) == path
            and window.sidebar.index is not None
        ),
        timeout=30_000,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_real_pdfs_into_a_new_file_then_the_report_and_the_collection(
    qtbot, window: MainWindow, tmp_path: Path, qtmodeltester
) -> None:
    target = tmp_path / "imported.json"
    bad = bad_file(tmp_path)
    run_import(qtbot, window, [*PDFS, bad], ImportTarget(target, add_to=False))
    report = window.importing.report
    assert report is not None
    assert report.isVisible()
    assert report.headline.text() == f"3 resolutions written to {target}"
    assert report.counts.text() == "Imported: 3 · Merged: 0 · Skipped: 1"
    table = report.table
    qtmodeltester.check(table.model())
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) == {p.name for p in [*PDFS, bad]}
    row = rows["<b>notes.pdf"]  # the name as written, not as bold HTML
    assert row == 0  # the skipped first: what needs attention
    assert table.item(row, 1).text().startswith("skipped: ")
    assert table.item(row, 3).text()  # why, in the core's words
    assert table.item(rows["A_RES_78_101.pdf"], 2).text() == "A/RES/78/101 (en)"
    # Copy: the whole report as text, every input with its full path.
    report.copy_button.click()
    copied = QApplication.clipboard().text()
    assert str(bad) in copied
    assert "A/RES/78/101 (en)" in copied
    # Then the collection written is opened, and the status bar says so.
    wait_opened(qtbot, window, target)
    assert window.windowTitle() == "Imported resolutions"
    qtbot.waitUntil(lambda: "imported into" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == f"3 resolutions imported into {target}"
    assert window.open_symbol("A/RES/78/101")
    page = window.detail.toPlainText()
    assert "Implementation of the Declaration on the Granting of Independence" in page
    assert loader.load(target).find("S/RES/2803 (2025)") is not None
    report.close()


def test_progress_arrives_for_every_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    texts: list[str] = []
    part = window.importing
    part.progressed.connect(lambda d, t, p: seen.append((d, t, Path(p).name)))
    part.progressed.connect(lambda *_: texts.append(part.panel.status.text()))
    part.start(PDFS, ImportTarget(tmp_path / "new.json", add_to=False))
    panel = part.panel
    assert panel.isVisible()
    assert not panel.isModal()
    # The window stays usable meanwhile: reading goes on while the user reads.
    assert window.open_symbol("S/RES/2396 (2017)")
    assert window.detail.toPlainText().startswith("S/RES/2396 (2017)")
    wait_report(qtbot, window)
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert [s[2] for s in seen] == [p.name for p in PDFS]
    assert texts[-1] == "3 of 3 — S_RES_2803_2025.pdf"
    qtbot.waitUntil(lambda: window.importing.panel is None)  # gone when done
    window.importing.report.close()


def test_cancel_leaves_the_collection_on_display_untouched(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    mine = factories.write(folder / "mine.json", USER)
    window.load_file(str(mine))
    wait_opened(qtbot, window, mine)
    before = digest(mine)
    target = ImportTarget(mine, add_to=True)
    job = window.importing.start([*PDFS, *PDFS], target)
    # Cancelled from the worker thread at the first file read: deterministic.
    job.progress.connect(lambda *_: job.cancel(), Qt.ConnectionType.DirectConnection)
    wait_ended(qtbot, window)
    assert digest(mine) == before
    assert [p.name for p in folder.iterdir()] == ["mine.json"]  # no temporary file left
    assert window.statusBar().currentMessage() == "Import cancelled: no file was changed."
    assert window.importing.report is None


def test_cancel_of_a_new_file_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    job = window.importing.start(PDFS, ImportTarget(folder / "new.json", add_to=False))
    job.progress.connect(lambda *_: job.cancel(), Qt.ConnectionType.DirectConnection)
    wait_ended(qtbot, window)
    assert list(folder.iterdir()) == []


def test_the_panel_cancel_button_cancels(qtbot, window: MainWindow, tmp_path: Path) -> None:
    job = window.importing.start(PDFS, ImportTarget(tmp_path / "new.json", add_to=False))
    panel = window.importing.panel
    assert isinstance(job, ImportJob)
    panel.cancel_button.click()
    assert job.cancel_requested
    assert panel.status.text() == "Cancelling: nothing will be written…"
    assert not panel.cancel_button.isEnabled()
    wait_ended(qtbot, window)
    assert window.importing.report is None
    assert not (tmp_path / "new.json").exists()


def test_import_into_the_collection_on_display_keeps_what_it_held(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    mine = factories.write(tmp_path / "mine.json", USER)
    window.load_file(str(mine))
    wait_opened(qtbot, window, mine)
    setup = window.importing.choose()
    assert setup.into_current.isEnabled()
    assert setup.into_current.isChecked()
    setup.add_paths(PDFS[:1])
    setup.import_button.click()
    assert window.importing.job.target == ImportTarget(mine, add_to=True)
    wait_report(qtbot, window)
    report = window.importing.report
    assert report.headline.text() == f"1 resolution written to {mine} (1 new, 0 updated)"
    qtbot.waitUntil(lambda: len(window.collection.resolutions) == 2, timeout=30_000)
    held = loader.load(mine)
    assert held.find("S/RES/1 (1946)") is not None
    assert held.find("A/RES/78/101") is not None
    report.close()


def test_the_bundled_collection_is_never_written(qtbot, window: MainWindow) -> None:
    bundled = resources.bundled_collection()
    before = digest(bundled)
    setup = window.importing.choose(PDFS[:1])
    # On display: the bundled collection; only a new file can be chosen.
    assert not setup.into_current.isEnabled()
    assert setup.into_new.isChecked()
    setup.reject()
    assert window.importing.start(PDFS[:1], ImportTarget(bundled, add_to=True)) is None
    assert (
        window.importing.start(PDFS[:1], ImportTarget(bundled, add_to=False, overwrite=True))
        is None
    )
    box = window.findChild(QMessageBox, "importWarning")
    assert box is not None
    assert "bundled collection is never changed" in box.text()
    assert window.importing.job is None
    assert digest(bundled) == before


def test_the_menu_action_and_the_file_dialogs_are_wired(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:
    action = window.action("importDocuments")
    assert action in window.menu("file").actions()
    assert action.text() == "&Import Documents…"
    target = tmp_path / "chosen.json"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in PDFS[:2]], "")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(UN_PDFS))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action.trigger()
    setup = window.importing.setup
    assert setup.isVisible()
    assert not setup.import_button.isEnabled()  # nothing to import yet
    buttons = {b.text(): b for b in setup.findChildren(QPushButton)}
    buttons["Add Files…"].click()
    buttons["Add Folder…"].click()
    assert setup.paths() == [*PDFS[:2], UN_PDFS]
    qtmodeltester.check(setup.inputs.model())
    setup.inputs.setCurrentRow(2)
    buttons["Remove"].click()  # the folder of 60: not for this test
    assert setup.paths() == PDFS[:2]
    setup.import_button.click()
    assert window.importing.job.target == ImportTarget(target, add_to=False, overwrite=False)
    wait_report(qtbot, window)
    wait_opened(qtbot, window, target)
    window.importing.report.close()


def test_a_confirmed_overwrite_replaces_the_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = factories.write(tmp_path / "old.json", USER)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    setup = window.importing.choose(PDFS[:1])
    setup.import_button.click()
    job = window.importing.job
    assert job.target.overwrite  # the save dialog asked before: the user said yes
    wait_report(qtbot, window)
    wait_opened(qtbot, window, target)
    assert [r.symbol for r in loader.load(target).resolutions] == ["A/RES/78/101"]
    window.importing.report.close()


def drop(window: MainWindow, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_a_pdf_starts_an_import(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dropped.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    drop(window, PDFS[:1])
    setup = window.importing.setup
    assert setup.isVisible()
    assert setup.paths() == PDFS[:1]
    setup.import_button.click()
    wait_report(qtbot, window)
    wait_opened(qtbot, window, target)
    assert window.collection.find("A/RES/78/101") is not None
    window.importing.report.close()


def test_what_a_drop_does(tmp_path: Path, window: MainWindow) -> None:
    urls = [QUrl.fromLocalFile(str(p)) for p in (tmp_path / "c.json", PDFS[0])]
    assert window.opening.dropped(urls) == ("import", [str(tmp_path / "c.json"), str(PDFS[0])])
    assert window.opening.dropped(urls[:1]) == ("open", [str(tmp_path / "c.json")])
    assert window.opening.dropped([QUrl.fromLocalFile(str(tmp_path))]) == (
        "import",
        [str(tmp_path)],
    )
    assert window.opening.dropped([QUrl.fromLocalFile(str(tmp_path / "a.png"))]) is None


def test_in_french(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.set_language("fr")
    target = tmp_path / "importées.json"
    bad = bad_file(tmp_path)
    texts: list[str] = []
    part = window.importing
    part.progressed.connect(lambda *_: texts.append(part.panel.status.text()))
    part.start([PDFS[0], bad], ImportTarget(target, add_to=False))
    assert part.panel.windowTitle() == "Importation de documents"
    wait_report(qtbot, window)
    assert texts[0] == "1 sur 2 — A_RES_78_101.pdf"
    report = window.importing.report
    assert report.windowTitle() == "Rapport d’importation"
    assert report.headline.text() == f"1 résolution écrite dans {target}"
    assert report.counts.text() == "Importés\u00a0: 1 · Fusionnés\u00a0: 0 · Ignorés\u00a0: 1"
    statuses = {report.table.item(r, 1).text() for r in range(2)}
    assert "importé" in statuses
    assert any(s.startswith("ignoré\u00a0: ") for s in statuses)
    wait_opened(qtbot, window, target)
    report.close()


def test_nothing_to_write_says_so_and_opens_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "none.json"
    run_import(qtbot, window, [bad_file(tmp_path)], ImportTarget(target, add_to=False))
    report = window.importing.report
    assert report.headline.text() == "Nothing was written: no input was a UN resolution."
    assert report.counts.text() == "Imported: 0 · Merged: 0 · Skipped: 1"
    assert not target.exists()
    assert window.statusBar().currentMessage() == "Nothing was imported."
    assert window.windowTitle() == "UN resolutions concerning INTERPOL"
    report.close()


def test_a_broken_target_is_refused_and_left_as_it_was(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "un-resolutions/1", "resolutions": [')
    window.importing.start(PDFS[:1], ImportTarget(broken, add_to=True))
    wait_ended(qtbot, window)
    assert broken.read_text() == '{"format": "un-resolutions/1", "resolutions": ['
    box = window.findChild(QMessageBox, "importWarning")
    assert box.text().startswith("Nothing was imported, and no file was changed.")
    assert str(broken) in box.text()
    assert window.statusBar().currentMessage() == "Import failed: no file was changed."


def test_one_import_at_a_time(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.importing.start(PDFS, ImportTarget(tmp_path / "a.json", add_to=False))
    assert window.importing.start(PDFS, ImportTarget(tmp_path / "b.json", add_to=False)) is None
    assert window.importing.choose() is None
    assert window.statusBar().currentMessage() == "An import is already running."
    wait_report(qtbot, window)
    assert not (tmp_path / "b.json").exists()
    window.importing.report.close()
