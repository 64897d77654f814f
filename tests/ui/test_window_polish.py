"""Issue 15's window items, driven as a user drives them: the find bar, the tree's rows,
the window's title and tooltips, widths, the shortcuts dialog and Qt's own French."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from viewer.core.collection import Collection
from viewer.ui import qt_strings
from viewer.ui.main_splitter import PAGE_MIN_WIDTH
from viewer.ui.main_window import MainWindow
from viewer.ui.tree_model import SYMBOL_ROLE, TreeModel

ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = ROOT / "resources" / "translations" / "resolutions-viewer_fr.ts"


def open_find_bar(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    window.detail.setFocus()
    qtbot.keySequence(window.detail, "Ctrl+F")  # type: ignore[attr-defined]
    bar = window.pane.find_bar
    bar.field.clear()
    qtbot.keyClicks(bar.field, text)
    return bar


# -- the find bar ---------------------------------------------------------------------


def test_find_bar_counts_and_marks_every_match(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    expected = window.detail.toPlainText().lower().count("terrorist")
    assert expected > 2
    bar = open_find_bar(qtbot, window, "terrorist")
    assert bar.status.text() == f"1 of {expected}"
    marked = window.detail.extraSelections()
    assert len(marked) == expected
    assert {m.cursor.selectedText().lower() for m in marked} == {"terrorist"}
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert bar.status.text() == f"2 of {expected}"
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == f"{expected} of {expected}"  # wrapped to the last
    window.set_language("fr")
    bar.find_next()
    assert re.fullmatch(r"\d+ sur \d+", bar.status.text())


def test_find_bar_forgets_not_found_on_reopen_language_and_page(qtbot, window) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    bar = open_find_bar(qtbot, window, "zzzz")
    assert bar.status.text() == "Not found"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    qtbot.keySequence(window.detail, "Ctrl+F")  # type: ignore[attr-defined]
    assert bar.status.text() == ""
    bar.find_next()
    assert bar.status.text() == "Not found"
    window.set_language("fr")
    assert bar.status.text() == ""  # not a stale English "Not found"
    bar.find_next()
    assert bar.status.text() == "Introuvable"
    window.open_symbol("A/RES/72/1")
    assert bar.status.text() == ""
    assert window.detail.extraSelections() == []


def test_find_field_keeps_its_width(qtbot, window: MainWindow) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    bar = open_find_bar(qtbot, window, "terrorist")
    width = bar.field.width()
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zzzz")
    QApplication.processEvents()
    assert bar.field.width() == width
    window.set_language("fr")
    QApplication.processEvents()
    assert bar.field.width() == width


# -- the tree's rows ------------------------------------------------------------------


def row_texts(model: TreeModel) -> dict[str, str]:
    texts = {}
    for organ_row in range(1, model.rowCount()):
        organ = model.index(organ_row, 0)
        for row in range(model.rowCount(organ)):
            index = model.index(row, 0, organ)
            if model.rowCount(index):  # a year: its resolutions
                for inner in range(model.rowCount(index)):
                    child = model.index(inner, 0, index)
                    texts[child.data(SYMBOL_ROLE)] = child.data()
            else:
                texts[index.data(SYMBOL_ROLE)] = index.data()
    return texts


def test_rows_sharing_an_agenda_item_read_differently(bundled: Collection) -> None:
    texts = row_texts(TreeModel(bundled, "en"))
    sc = [texts[s] for s in texts if s.startswith("S/RES/")]
    assert len(sc) == 4
    # the three on terrorist acts share their agenda item: each row shows its date
    assert "S/RES/2396 (2017)  21 December 2017 · Threats to international" in "".join(sc)
    labels = [text.split("  ", 1)[1] for text in sc]
    assert len(set(labels)) == len(labels)
    assert texts["S/RES/2331 (2016)"] == (
        "S/RES/2331 (2016)  Maintenance of international peace and security"
    )


def test_rows_of_a_collection_without_titles_show_symbol_and_date(corpus: Collection) -> None:
    texts = row_texts(TreeModel(corpus, "en"))
    assert texts["S/RES/1 (1946)"] == "S/RES/1 (1946)  25 January 1946"
    assert not any("UNITED NATIONS" in t or "MILITARY STAFF" in t for t in texts.values())


# -- title, tooltips, widths -----------------------------------------------------------


def test_window_title_names_the_resolution_on_display(qtbot, window: MainWindow) -> None:
    collection_title = window.collection.title.get("en")
    assert window.windowTitle() == collection_title
    window.open_symbol("A/RES/72/1")
    assert window.windowTitle() == f"A/RES/72/1 — {collection_title}"
    window.navigation.go_overview()
    assert window.windowTitle() == collection_title


def test_toolbar_tooltips_give_the_shortcut(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.action("back").shortcut().isEmpty())
    tips = {a.objectName(): a.toolTip() for a in window.toolbar.actions() if a.objectName()}
    assert tips["back"] == "Back (Alt+Left)"
    assert tips["search"] == "Search (Ctrl+K)"
    assert tips["copyCitation"] == "Copy Citation (Ctrl+Shift+C)"
    window.set_language("fr")
    assert window.action("copyCitation").toolTip().endswith("(Ctrl+Maj+C)")
    assert window.action("back").toolTip().endswith("(Alt+Gauche)")


def test_narrow_window_keeps_the_page_readable_and_wide_grows_the_sidebar(
    qtbot, window: MainWindow
) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.resize(700, 500)
    QApplication.processEvents()
    window.splitter.setSizes([600, 100])  # the reader drags the handle far right
    assert window.pane.width() >= PAGE_MIN_WIDTH
    window.resize(800, 600)
    QApplication.processEvents()
    narrow = window.sidebar.width()
    window.resize(1600, 900)
    QApplication.processEvents()
    assert window.sidebar.width() > narrow


def test_the_text_keeps_clear_of_the_star(qtbot, window: MainWindow) -> None:
    window.open_symbol("A/RES/72/1")  # a long title
    star = window.starring.star
    margin = window.detail.document().rootFrame().frameFormat().rightMargin()
    assert margin >= star.width()


# -- the shortcuts dialog and Qt's own French -------------------------------------------


def test_shortcuts_dialog_in_french_says_maj_and_lists_each_action_once(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.action("back").shortcut().isEmpty())
    window.set_language("fr")
    dialog = window.help.show_shortcuts()
    rows = [
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    ]
    keys = " ".join(k for _what, k in rows)
    assert "Maj+F3" in keys
    assert "Ctrl+Maj+C" in keys
    assert "Shift" not in keys
    names = [what for what, _keys in rows]
    assert len(names) == len(set(names))
    every_key = [k.strip() for _what, keys in rows for k in keys.split(",")]
    assert every_key.count("Maj+F3") == 1  # F3 and Maj+F3 are in the Find rows only
    dialog.close()


def test_file_dialog_is_french_also_after_switching_language(qtbot, window) -> None:
    dialog = QFileDialog(window, "", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)

    def labels() -> set[str]:
        return {label.text() for label in dialog.findChildren(QLabel)}

    assert "&Look in:" in labels()
    window.set_language("fr")
    QApplication.processEvents()  # the LanguageChange event reaches the open dialog
    french = labels()
    assert "&Chercher dans\u00a0:" in french
    assert "Fichiers de &type\u00a0:" in french
    assert not any("Look in" in t or "Files of" in t for t in french)
    assert qt_strings.file_dialog_texts()[2] == "Dossier"


# -- French typography ------------------------------------------------------------------


def test_every_french_translation_has_non_breaking_spaces() -> None:
    """Before : ; ? ! and inside « »: U+00A0, as core/labels.py writes them."""
    wrong = []
    for message in ET.parse(FRENCH_TS).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] if len(translation) else [translation.text]
        for text in filter(None, forms):
            # an address's colon, a file filter's ";;" and the search filters' syntax
            # (organ:SC, year:2016) are no punctuation
            text = re.sub(r"(?<=\w):(?=\w)", "", text.replace("://", "").replace(";;", ""))
            if re.search(r"[^\u00a0][;:?!»]|«[^\u00a0]", text):
                wrong.append(text)
    assert wrong == []


def test_copied_html_citation_links_the_official_document(qtbot, window) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.citing.copy_citation()
    html = QGuiApplication.clipboard().mimeData().html()
    assert 'href="https://undocs.org/' in html
    assert "S/RES/2396" in html


# -- the exported PDF -------------------------------------------------------------------


def pdf_pages(path: Path) -> tuple[dict[str, str], list[str]]:
    import pypdfium2 as pdfium  # reads what was written, as a PDF reader does

    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
        return pdf.get_metadata_dict(), texts
    finally:
        pdf.close()


def is_subsequence(wanted: str, text: str) -> bool:
    letters = iter(text)
    return all(letter in letters for letter in wanted)


def test_pdf_has_a_title_a_running_head_and_the_citation_first(
    qtbot, corpus: Collection, settings, favourites, tmp_path: Path
) -> None:
    window = MainWindow(corpus, "en", settings, favourites=favourites)
    qtbot.addWidget(window)
    longest = max(corpus.resolutions, key=lambda r: len(r.text.get("en")) if r.text else 0)
    window.open_symbol(longest.symbol)
    target = tmp_path / "long.pdf"
    window.printing.export_pdf(str(target))
    metadata, pages = pdf_pages(target)
    assert metadata["Title"] == f"{longest.symbol} — {corpus.title.get('en')}"
    assert len(pages) > 2
    for number, text in enumerate(pages, 1):
        # The head is the top line; a paragraph cut by the page before is drawn clipped
        # there too (as QTextDocument.print_ does), and the PDF's text interleaves it.
        top = "".join(text.split())[:120]
        assert is_subsequence(f"{longest.symbol}{number}/{len(pages)}".replace(" ", ""), top)
    first = " ".join(pages[0].split())
    assert "Cite " in first
    assert "Cite" not in " ".join(pages[-1].split()[-40:])  # no longer at the foot
    assert window.statusBar().currentMessage() == f"Saved {target}"


def test_a_pdf_that_cannot_be_written_is_said(qtbot, window: MainWindow, tmp_path) -> None:
    window.open_symbol("S/RES/2322 (2016)")
    target = tmp_path / "no such folder" / "x.pdf"
    window.printing.export_pdf(str(target))
    assert window.statusBar().currentMessage().startswith(f"{target} cannot be written: ")
    assert not target.parent.exists()


# -- citing -----------------------------------------------------------------------------


def test_a_style_link_on_the_page_says_it_changed_the_default(qtbot, window) -> None:
    window.open_symbol("S/RES/2396 (2017)")
    window.detail.action_requested.emit("style/apa")
    assert window.citation_style == "apa"
    assert window.statusBar().currentMessage().startswith("Default citation style: APA")
    assert "United Nations Security Council" in window.detail.toPlainText()


# -- a link no browser opens ------------------------------------------------------------


def test_a_link_no_browser_opens_is_said_with_a_copy_button(qtbot, window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.set_language("fr")
    window.open_symbol("A/RES/71/19")
    window.detail.anchorClicked.emit(QUrl("https://undocs.org/A/RES/71/19"))
    box = window.detail.link_failure
    assert box is not None
    assert box.isVisible()
    assert box.text() == "Aucun navigateur web n’a pu ouvrir cette adresse\u00a0:"
    assert box.informativeText() == "https://undocs.org/A/RES/71/19"
    copy = box.findChild(QPushButton, "copyAddress")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://undocs.org/A/RES/71/19"


# -- opening: the bundled collection, the folder a dialog starts in -----------------------


def test_open_recent_offers_the_bundled_collection(qtbot, window, tmp_path: Path) -> None:
    import json

    from viewer.core import resources

    other = tmp_path / "other.json"
    data = json.loads(resources.bundled_collection().read_text(encoding="utf-8"))
    data["title"] = {"en": "Another collection"}
    other.write_text(json.dumps(data), encoding="utf-8")
    window.load_file(str(other))
    qtbot.waitUntil(lambda: window.collection.title.get("en") == "Another collection")
    menu = window.menu("recent")
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "other.json"
    assert "Bundled Collection" in texts
    bundled = next(a for a in menu.actions() if a.objectName() == "recentBundled")
    bundled.trigger()
    qtbot.waitUntil(lambda: window.collection.title.get("en") != "Another collection")
    assert window.collection.path == resources.bundled_collection()
    assert [a.text() for a in window.menu("file").actions()][:3] == [
        "&Open…",
        "Open &Recent",
        "Open &Bundled Collection",
    ]


def test_dialogs_start_in_the_last_folder_else_documents(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QStandardPaths

    from viewer.ui import folders

    start = folders.start_folder(window.preferences)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert start in (documents, str(Path.home()))
    assert not start.startswith(str(ROOT))  # never the source checkout
    chosen = tmp_path / "exports" / "x.pdf"
    chosen.parent.mkdir()
    folders.remember(window.preferences, str(chosen))
    assert folders.start_folder(window.preferences) == str(chosen.parent)
    chosen.parent.rmdir()  # a folder gone since: back to Documents
    assert folders.start_folder(window.preferences) == start


# -- language and looks -----------------------------------------------------------------


def test_language_menu_follows_the_system(qtbot, window, settings) -> None:
    from viewer.ui import i18n

    window.set_language("fr" if i18n.system_language() == "en" else "en")
    assert settings.value("language") in ("fr", "en")
    window.appearance.language_actions["system"].trigger()
    assert window.lang == i18n.system_language()
    assert not settings.value("language")  # none chosen: the system's at the next start
    assert window.appearance.language_actions["system"].isChecked()
    names = [a.text() for a in window.menu("language").actions() if a.text()]
    assert names == ["Follow the &System", "English", "Français"]


def lightness(icon, mode) -> float:  # type: ignore[no-untyped-def]
    image = icon.pixmap(20, 20, mode).toImage()
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alphaF() > 0.5
    ]
    return sum(values) / len(values)


def test_enabled_toolbar_icons_look_enabled_in_the_dark(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QIcon

    window.appearance.set_theme("dark")
    try:
        for name in ("back", "overview", "search", "copyCitation"):
            icon = window.action(name).icon()
            normal = lightness(icon, QIcon.Mode.Normal)
            assert normal > lightness(icon, QIcon.Mode.Disabled), name
            assert normal > 0.6, name  # light on a dark toolbar
    finally:
        window.appearance.set_theme("light")


def test_keyboard_focus_is_framed(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    window._after_first_paint()  # the style sheet comes after the first paint
    window.activateWindow()
    qtbot.waitActive(window)
    highlight = window.palette().color(QPalette.ColorRole.Highlight)

    def edge(widget) -> object:  # type: ignore[no-untyped-def]
        return widget.grab().toImage().pixelColor(0, widget.height() // 2)

    window.sidebar.tree.setFocus()
    qtbot.waitUntil(window.sidebar.tree.hasFocus)
    assert edge(window.detail) != highlight
    window.detail.setFocus()
    qtbot.waitUntil(window.detail.hasFocus)
    assert edge(window.detail) == highlight


def test_results_of_a_collection_without_titles_show_symbol_and_date(corpus_index) -> None:
    from viewer.ui.results_model import ResultsModel

    model = ResultsModel()
    model.set_result(corpus_index.search("military staff committee"), "en")
    assert model.rowCount() > 0
    first = model.index(0, 0)
    symbol = first.data(SYMBOL_ROLE)
    assert first.data().startswith(f"{symbol}  ")
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert not any("MILITARY STAFF" in row or "UNITED NATIONS" in row for row in rows)
    assert re.search(r"\d{4}$", rows[0])  # "S/RES/1 (1946)  25 January 1946"
