"""Find in page (Ctrl+F): a bar under the detail pane, F3 / Shift+F3, Esc to close.

Every match is marked (extra selections of the browser, so the page's HTML is never
touched) and the bar says which one is selected: "3 of 12".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_MARKED = 2000  # beyond this, matches are counted as "2000+" (a word like "the")
FIELD_WIDTH_CHARS = 28  # the field keeps this width whatever the status says
MATCH_COLOUR = "#f5d76e"  # the other matches: a yellow any theme shows, with dark text


class FindBar(QWidget):
    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self._matches: list[QTextCursor] = []
        browser.textChanged.connect(self.forget)  # another page: its marks are stale
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setFixedWidth(self.field.fontMetrics().averageCharWidth() * FIELD_WIDTH_CHARS)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(lambda _text: self.find(from_start=True))
        self.field.returnPressed.connect(self.find_next)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.previous_button = QToolButton(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QToolButton(self)
        self.next_button.clicked.connect(self.find_next)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status, 1)  # the status takes the room left, not the field
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.forget()  # a status in the former language would stay otherwise

    def open_bar(self) -> None:
        self.forget()  # the last search's "Not found" is about another page
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.forget()
        self._browser.setFocus()

    def forget(self) -> None:
        """No status and no marks: the page may have changed since they were made."""
        self.status.clear()
        self._matches = []
        self._browser.setExtraSelections([])

    def find_next(self) -> bool:
        return self.find()

    def find_previous(self) -> bool:
        return self.find(backward=True)

    def find(self, backward: bool = False, from_start: bool = False) -> bool:
        text = self.field.text()
        if not text:
            self.forget()
            return False
        if not self.isVisible():
            self.show()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self._browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._browser.setTextCursor(cursor)
        found = self._browser.find(text, flags)
        if not found:  # wrap around, as every browser does
            cursor = self._browser.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self._browser.setTextCursor(cursor)
            found = self._browser.find(text, flags)
        self._mark_all(text)
        self._show_status(found)
        return found

    def _mark_all(self, text: str) -> None:
        """Find every match of the page (as the browser's find does: no case) and mark them."""
        document = self._browser.document()
        self._matches = []
        cursor = document.find(text, 0)
        while not cursor.isNull() and len(self._matches) < MAX_MARKED:
            self._matches.append(cursor)
            cursor = document.find(text, cursor)
        selections = []
        for match in self._matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format.setBackground(QColor(MATCH_COLOUR))
            selection.format.setForeground(QColor("black"))
            selections.append(selection)
        self._browser.setExtraSelections(selections)

    def _show_status(self, found: bool) -> None:
        if not found:
            self.status.setText(self.tr("Not found"))
            return
        start = self._browser.textCursor().selectionStart()
        place = next(
            (n for n, match in enumerate(self._matches, 1) if match.selectionStart() == start), 0
        )
        total = str(len(self._matches)) + ("+" if len(self._matches) >= MAX_MARKED else "")
        self.status.setText(
            self.tr("%1 of %2").replace("%1", str(place) if place else "?").replace("%2", total)
        )

    def match_count(self) -> int:
        return len(self._matches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
