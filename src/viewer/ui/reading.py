"""Reading a text by its paragraphs: Go ▸ Paragraph… (Ctrl+G), the right-click menu of a
paragraph (copy it with its citation, copy a citation to it, copy a link), Cite ▸ Cite
Paragraph… (by number, for records without a text), and which paragraph the reader is
at (for Back to return to it).

The page's paragraphs carry anchors ("p8", "pp3": core/render_text.py); the paragraph
under a point is the last anchor at or before it in the document.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QInputDialog, QMenu

from viewer.ui import clipboard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QTextBlock
    from PySide6.QtWidgets import QWidget

    from viewer.core import structure
    from viewer.core.collection import Collection, Resolution
    from viewer.core.reference_index import Citation, ReferenceIndex
    from viewer.core.search import SearchResult
    from viewer.ui.detail_view import DetailView
    from viewer.ui.navigation import Navigation
    from viewer.ui.reference_worker import ReferenceWorker


class Reading(QObject):
    """Made with the window, it imports the core's reading modules only when first used
    (after the first paint: see viewer/ui/__init__.py)."""

    message = Signal(str, int)  # for the status bar: text, milliseconds
    references_ready = Signal()  # "Cites" and "Cited by" can be shown

    def __init__(
        self,
        window: QWidget,
        detail: DetailView,
        on_display: Callable[[], tuple[Collection | None, Resolution | None, str, str]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._detail = detail
        self._on_display = on_display  # collection, resolution, language, citation style
        self._parsed: tuple[str, str, structure.Structure] | None = None  # symbol, lang
        self.references: ReferenceIndex | None = None  # who cites whom, once built
        self._worker: ReferenceWorker | None = None
        self._placed: dict[str, list[Citation]] = {}  # "Cited by" placed, by record key
        self.text_part: tuple[str, int] | None = None  # a long text's part shown: symbol, n
        detail.menu_for = self.paragraph_menu

    # -- the text on display ---------------------------------------------------------

    def structure(self) -> structure.Structure | None:
        """The structure of the text on display (parsed once per page and language)."""
        _collection, res, lang, _style = self._on_display()
        if res is None or res.text is None:
            return None
        if self._parsed is None or self._parsed[:2] != (res.symbol, lang):
            from viewer.core import markup, structure

            text = res.text.pick(lang)[0]
            if markup.part_count(text) > 1:  # shown in parts of lines: no paragraphs
                return None
            self._parsed = (res.symbol, lang, structure.parse(text))
        return self._parsed[2]

    def anchor_at(self, point: QPoint) -> str | None:
        """The anchor of the paragraph at ``point`` (viewport coordinates), if any."""
        from viewer.core.render_text import END_ANCHOR

        parsed = self.structure()
        if parsed is None:
            return None
        block = self._detail.cursorForPosition(point).block()
        while block.isValid():
            for name in reversed(_anchor_names(block)):
                if name == END_ANCHOR:
                    return None
                if parsed.by_anchor(name) is not None:
                    return name
            block = block.previous()
        return None

    def where(self) -> str:
        """The paragraph the reader is at: the one clicked last on this page (a link
        followed), else the one at the top of the view."""
        point = self._detail.pressed_at or QPoint(8, 8)
        return self.anchor_at(point) or ""

    def scroll_to_place(self, navigation: Navigation) -> None:
        """After a move: to the paragraph the place names, else to the paragraph of the
        search hit it was opened from (remembered, for Back)."""
        anchor, result, res = navigation.anchor, navigation.result, navigation.current
        if not anchor and result is not None and res is not None:
            anchor = navigation.anchor = self.hit_anchor(res, result)
        self.scroll_to(anchor)

    def hit_anchor(self, res: Resolution, result: SearchResult) -> str:
        """The paragraph a search's match is in, in ``res``'s full text, or ""."""
        from viewer.core import hit_place
        from viewer.core.highlight import make_snippet

        snippet = make_snippet(res, result.highlighter, self._on_display()[2])
        paragraph = hit_place.paragraph_of(res, snippet)
        return paragraph.anchor if paragraph is not None else ""

    def scroll_to(self, anchor: str) -> None:
        if anchor:
            self._detail.scrollToAnchor(anchor)

    # -- a long text, shown in parts (core/markup.py) ---------------------------------

    def text_part_of(self, res: Resolution) -> int:
        """The part of ``res``'s long text to show: the one asked last, else the first."""
        symbol, part = self.text_part or ("", 0)
        return part if symbol == res.symbol else 0

    def choose_text_part(self, action: str, res: Resolution | None) -> bool:
        """A page's "text-part/N" link: that part is the one to show (True), else False."""
        if not action.startswith("text-part/") or res is None:
            return False
        self.text_part = (res.symbol, int(action.split("/", 1)[1]))
        return True

    # -- "Cites" and "Cited by" ------------------------------------------------------

    def index_references(self, collection: Collection) -> None:
        """Build who cites whom on a thread (after the search index: see the window)."""
        if self._worker is None:
            from viewer.ui.reference_worker import ReferenceWorker

            self._worker = ReferenceWorker(self)
            self._worker.built.connect(self._on_built)
        self._worker.build(collection)

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.shutdown()

    def forget_references(self) -> None:
        """Another collection: the index under way, or built, is not its."""
        self.references = None
        self._placed.clear()
        if self._worker is not None:
            self._worker.cancel()

    def _on_built(self, collection: Collection, index: ReferenceIndex) -> None:
        if collection is self._on_display()[0]:
            self.references = index
            self.references_ready.emit()

    def citations_of(self, res: Resolution) -> tuple[list[Citation], list[Citation]]:
        """What ``res`` cites and what cites it, the citing paragraphs named; empty
        until the index is built."""
        collection = self._on_display()[0]
        if self.references is None or collection is None:
            return [], []
        cited_by = self._placed.get(res.key)
        if cited_by is None:  # the citing texts parsed: up to ~160 ms, once per record
            cited_by = self.references.placed(self.references.citing(res), collection)
            self._placed[res.key] = cited_by
        return self.references.references_of(res), cited_by

    # -- Go ▸ Paragraph… -------------------------------------------------------------

    def ask_paragraph(self) -> QInputDialog | None:
        """Ctrl+G: a dialog asking for a paragraph number; opened, not run (no nested
        event loop)."""
        if self._refuse_without_text():
            return None
        dialog = self._number_dialog(self.tr("Go to Paragraph"))
        dialog.textValueSelected.connect(self.go_to_paragraph)
        dialog.open()
        return dialog

    def go_to_paragraph(self, value: str) -> bool:
        """Scroll to an operative paragraph by its number ("8", "8 (a)" -> paragraph 8)."""
        from viewer.core import pinpoint

        parsed = self.structure()
        _collection, res, _lang, _style = self._on_display()
        if parsed is None or res is None:
            return False
        try:
            anchor = pinpoint.parse(value).anchor
        except pinpoint.PinpointError as error:
            self.message.emit(str(error), 8000)
            return False
        if parsed.by_anchor(anchor) is None:
            missing = self.tr("%1 has no paragraph %2").replace("%1", res.symbol)
            self.message.emit(missing.replace("%2", value.strip()), 8000)
            return False
        self.scroll_to(anchor)
        return True

    def _refuse_without_text(self) -> bool:
        if self.structure() is not None:
            return False
        res = self._on_display()[1]
        if res is None or res.text is None:
            self.message.emit(self.tr("This resolution's text is not in the collection"), 8000)
        else:
            self.message.emit(
                self.tr(
                    "This text is too long to be shown by paragraphs: use Find in Page (Ctrl+F)"
                ),
                8000,
            )
        return True

    def _number_dialog(self, title: str) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setObjectName("paragraphDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Paragraph (5, 8(a), 5-7):"))
        return dialog

    # -- Cite ▸ Cite Paragraph… ------------------------------------------------------

    def ask_citation(self) -> QInputDialog | None:
        """A citation to paragraphs by their numbers: for any record, text or none."""
        if self._on_display()[1] is None:
            self.message.emit(self.tr("Nothing to cite: open a resolution first"), 5000)
            return None
        dialog = self._number_dialog(self.tr("Cite Paragraph"))
        dialog.textValueSelected.connect(self.copy_citation_to)
        dialog.open()
        return dialog

    def copy_citation_to(self, locator: str) -> bool:
        """The citation of the resolution on display, to these paragraphs."""
        from viewer.core import citations, pinpoint

        collection, res, lang, style = self._on_display()
        if res is None:
            return False
        try:
            citation = citations.cite(style, res, lang, collection, locator)
        except pinpoint.PinpointError as error:
            self.message.emit(str(error), 8000)
            return False
        clipboard.copy_rich(citation.text, citation.html)
        self.message.emit(self.tr("Copied %1").replace("%1", citation.text), 8000)
        return True

    # -- the right-click menu of a paragraph -----------------------------------------

    def paragraph_menu(self, point: QPoint) -> QMenu:
        """The page's own menu (Copy, Select All), led by the paragraph's entries when
        ``point`` is in one."""
        menu = self._detail.createStandardContextMenu(point)
        menu.setObjectName("paragraphMenu")
        anchor = self.anchor_at(point)
        parsed = self.structure()
        paragraph = parsed.by_anchor(anchor) if parsed and anchor else None
        if paragraph is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        entries = [(self.tr("Copy Paragraph with Citation"), self.copy_paragraph)]
        if paragraph.number:
            text = self.tr("Copy Citation to Paragraph %1").replace("%1", paragraph.number)
            entries.append((text, lambda a=anchor: self.copy_citation_to(paragraph.number or "")))
        entries.append((self.tr("Copy Link to Paragraph"), self.copy_link))
        for text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, s=slot, a=anchor: s(a))
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        return menu

    def copy_paragraph(self, anchor: str) -> bool:
        """The paragraph's text, then its citation (to it, when numbered): rich and plain."""
        from viewer.core import citations

        parsed = self.structure()
        collection, res, lang, style = self._on_display()
        paragraph = parsed.by_anchor(anchor) if parsed else None
        if paragraph is None or res is None:
            return False
        citation = citations.cite(style, res, lang, collection, paragraph.number)
        head = f"{paragraph.number}. " if paragraph.number else ""
        text = head + paragraph.full_text()
        rich = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
        clipboard.copy_rich(f"{text}\n\n{citation.text}", f"{rich}<p>{citation.html}</p>")
        self.message.emit(self.tr("Copied %1").replace("%1", _where(res, paragraph, lang)), 8000)
        return True

    def copy_link(self, anchor: str) -> bool:
        """The official document's address with the paragraph named beside it (undocs.org
        has no paragraph anchors): "S/RES/687 (1991), para 8: https://undocs.org/…"."""
        parsed = self.structure()
        _collection, res, lang, _style = self._on_display()
        paragraph = parsed.by_anchor(anchor) if parsed else None
        if paragraph is None or res is None:
            return False
        from viewer.core import render

        url, name = render.official_url(res), _where(res, paragraph, lang)
        rich = f'<a href="{html.escape(url)}">{html.escape(name)}</a>'
        clipboard.copy_rich(f"{name}: {url}", rich)
        self.message.emit(self.tr("Copied %1").replace("%1", name), 8000)
        return True


def _where(res: Resolution, paragraph: structure.Paragraph, lang: str) -> str:
    from viewer.core import render_text

    if not paragraph.number:
        return res.symbol
    return f"{res.symbol}, {render_text.words(lang)['para']} {paragraph.number}"


def _anchor_names(block: QTextBlock) -> list[str]:
    """The anchor names in a block of the page, in order."""
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names
