"""The order of the results: by relevance, newest first or oldest first (the core's
``results.SORTS``). Its choice is remembered (``Preferences.search_sort``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

# (the core's sort, its label): in the order the box lists them.
CHOICES = (
    ("relevance", QT_TRANSLATE_NOOP("SortBox", "Most relevant first")),
    ("-date", QT_TRANSLATE_NOOP("SortBox", "Newest first")),
    ("date", QT_TRANSLATE_NOOP("SortBox", "Oldest first")),
)


class SortBox(QComboBox):
    sort_changed = Signal(str)  # "relevance", "-date" or "date"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sortBox")
        for sort, _label in CHOICES:
            self.addItem("", sort)
        self.retranslate()
        self.currentIndexChanged.connect(lambda _i: self.sort_changed.emit(self.sort))

    @property
    def sort(self) -> str:
        return str(self.currentData() or "relevance")

    def set_sort(self, sort: str) -> None:
        """Show ``sort`` without saying so (the remembered choice, at start)."""
        index = max(self.findData(sort), 0)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def retranslate(self) -> None:
        for row, (_sort, label) in enumerate(CHOICES):
            self.setItemText(row, QCoreApplication.translate("SortBox", label))
        self.setToolTip(QCoreApplication.translate("SortBox", "Order of the results"))
        self.setAccessibleName(self.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
