"""Reading a text in the window (issue 12): the real 687 (1991) of the shared corpus as a
document, its table of contents, Go ▸ Paragraph, the paragraph's menu, cross-references,
Back to the paragraph left, "Cited by", --open at a paragraph, a search hit's paragraph."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QInputDialog

from viewer.core.collection import Collection
from viewer.ui import app
from viewer.ui.main_window import MainWindow
from viewer.ui.results_model import SNIPPET_ROLE
from viewer.ui.tree_model import SYMBOL_ROLE

IRAQ = "S/RES/687 (1991)"


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp):
    """Rich text left on the offscreen clipboard crashes the interpreter at its exit
    (Qt frees the QMimeData after PySide): each test leaves it empty."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def reader(qtbot, corpus: Collection, settings, favourites) -> MainWindow:
    window = MainWindow(corpus, "en", settings, favourites=favourites)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.reading.references is not None, timeout=30_000)
    return window


def anchors(window: MainWindow) -> list[str]:
    """Every anchor name of the page on display, in order."""
    names: list[str] = []
    block = window.detail.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            names += iterator.fragment().charFormat().anchorNames()
            iterator += 1
        block = block.next()
    return names


def anchor_top(window: MainWindow, name: str) -> int:
    """Where the paragraph with this anchor begins, in the view's coordinates."""
    block = window.detail.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if name in fragment.charFormat().anchorNames():
                cursor = QTextCursor(window.detail.document())
                cursor.setPosition(fragment.position())
                return window.detail.cursorRect(cursor).top()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no anchor {name}")


def shown(window: MainWindow, name: str) -> bool:
    return 0 <= anchor_top(window, name) < window.detail.viewport().height() // 2


def point_of(window: MainWindow, text: str, href_end: str = "") -> QPoint:
    """The middle of the first piece of ``text`` on the page (whose link ends so)."""
    document = window.detail.document()
    cursor = document.find(text)
    while href_end and not cursor.isNull():
        if cursor.charFormat().anchorHref().endswith(href_end):
            break
        cursor = document.find(text, cursor)
    assert not cursor.isNull(), text
    window.detail.setTextCursor(cursor)
    window.detail.ensureCursorVisible()
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    return window.detail.cursorRect(middle).center()


def test_687_reads_as_34_operative_paragraphs_with_anchors(reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    names = anchors(reader)
    assert [f"p{n}" for n in range(1, 35)] == [n for n in names if re.fullmatch(r"p\d+", n)]
    text = reader.detail.toPlainText()
    assert "Operative paragraphs" in text
    assert "8. Decides that Iraq shall unconditionally accept" in text  # its TOC entry


def test_a_table_of_contents_entry_scrolls_to_its_paragraph(qtbot, reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    assert not shown(reader, "p8")
    entry = point_of(reader, "8. Decides that Iraq", href_end="#p8")
    qtbot.mouseClick(reader.detail.viewport(), Qt.MouseButton.LeftButton, pos=entry)
    assert shown(reader, "p8")


def test_ctrl_g_goes_to_a_paragraph_and_says_when_there_is_none(qtbot, reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    qtbot.waitUntil(lambda: bool(reader.action("goParagraph").shortcuts()))
    for number, found in (("8", True), ("99", False)):
        reader.activateWindow()  # back from the dialog
        qtbot.waitUntil(reader.isActiveWindow)
        reader.detail.setFocus()
        qtbot.keySequence(reader.detail, "Ctrl+G")  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: reader.findChild(QInputDialog, "paragraphDialog") is not None)
        dialog = reader.findChild(QInputDialog, "paragraphDialog")
        assert dialog.isVisible()
        dialog.setTextValue(number)
        dialog.accept()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: reader.findChild(QInputDialog, "paragraphDialog") is None)
        if found:
            assert shown(reader, "p8")
        else:
            assert "has no paragraph 99" in reader.statusBar().currentMessage()


def test_the_paragraph_menu_copies_it_with_its_pinpoint_citation(reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    reader.reading.go_to_paragraph("8")
    point = point_of(reader, "unconditionally accept the destruction")
    menu = reader.reading.paragraph_menu(point)
    entries = {action.text(): action for action in menu.actions()}
    assert "Copy Citation to Paragraph 8" in entries
    entries["Copy Paragraph with Citation"].trigger()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text().startswith("8. Decides that Iraq shall unconditionally accept")
    assert "(a) All chemical and biological weapons" in data.text()
    assert data.text().endswith(
        "paragraph 8 of Security Council resolution 687 (1991) of 3 April 1991"
    )
    assert "paragraph 8 of Security Council <a href=" in data.html()
    entries["Copy Link to Paragraph"].trigger()
    assert QGuiApplication.clipboard().text() == (
        "S/RES/687 (1991), para 8: https://undocs.org/S/RES/687(1991)"
    )
    menu.deleteLater()


def test_cite_paragraph_by_number_for_a_record_without_text(
    reader: MainWindow, bundled: Collection
) -> None:
    reader.set_collection(bundled)
    reader.open_symbol("S/RES/2396 (2017)")
    assert reader.current is not None
    assert reader.current.text is None
    assert reader.reading.copy_citation_to("5-7")
    assert QGuiApplication.clipboard().text().startswith("paragraphs 5 to 7 of Security Council")
    assert not reader.reading.copy_citation_to("5 (")
    assert reader.statusBar().currentMessage()  # what is wrong with it


def test_a_cross_reference_opens_the_paragraph_and_back_returns(qtbot, reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    link = point_of(reader, "678 (1990)", href_end="#p2")
    left_from = reader.reading.anchor_at(link)
    assert left_from is not None
    assert left_from.startswith("pp")
    qtbot.mouseClick(reader.detail.viewport(), Qt.MouseButton.LeftButton, pos=link)
    assert reader.current is not None
    assert reader.current.symbol == "S/RES/678 (1990)"
    assert 0 <= anchor_top(reader, "p2") < reader.detail.viewport().height()
    reader.action("back").trigger()
    assert reader.current is not None
    assert reader.current.symbol == IRAQ
    assert shown(reader, left_from)


def test_cited_by_lists_the_citing_records_with_their_paragraphs(reader: MainWindow) -> None:
    reader.open_symbol(IRAQ)
    text = reader.detail.toPlainText()
    cited_by = text[text.index("Cited by") :]
    assert "S/RES/689 (1991): preamble 1" in cited_by
    assert "Cites" in text
    assert text.index("Cites") < text.index("Cited by")


def test_open_at_a_paragraph(reader: MainWindow) -> None:
    assert app.open_at_start(reader, "S/RES/687 (1991) para 8")
    assert reader.current is not None
    assert reader.current.symbol == IRAQ
    assert shown(reader, "p8")


def test_a_search_hit_names_its_paragraph_and_opens_there(qtbot, reader: MainWindow) -> None:
    box = reader.sidebar.search_box
    box.setFocus()
    qtbot.keyClicks(box, "repudiating")
    qtbot.waitUntil(reader.sidebar.is_answered)
    model = reader.sidebar.results_model
    rows = {model.index(r, 0).data(SYMBOL_ROLE): model.index(r, 0) for r in range(model.rowCount())}
    # 687's text is long: the row names its paragraph once the list is idle.
    qtbot.waitUntil(lambda: "<i>para 17</i>" in rows[IRAQ].data(SNIPPET_ROLE))
    reader.sidebar.results.setCurrentIndex(rows[IRAQ])
    qtbot.keyClick(reader.sidebar.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current is not None and reader.current.symbol == IRAQ)
    assert shown(reader, "p17")


def test_a_text_shown_in_parts_says_it_has_no_paragraph_view(reader: MainWindow) -> None:
    reader.open_symbol("S/RES/1454 (2002)")  # the corpus's longest text (40,000 characters)
    assert reader.reading.ask_paragraph() is None
    assert "too long to be shown by paragraphs" in reader.statusBar().currentMessage()


def test_another_collection_gets_its_own_reference_index(
    qtbot, reader: MainWindow, bundled: Collection
) -> None:
    reader.set_collection(bundled)
    assert reader.reading.references is None  # the corpus's is dropped at once
    qtbot.waitUntil(lambda: reader.reading.references is not None, timeout=30_000)
    keys = {res.key for res in bundled.resolutions}
    assert set(reader.reading.references.cites) <= keys
