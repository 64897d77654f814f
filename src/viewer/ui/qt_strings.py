"""Qt's own strings that Qt's French catalogue (qtbase_fr.qm, as PySide6 ships it) lacks.

Qt 6 renamed some of its file dialog's texts ("Look in:" became "&Look in:"), and the
catalogue still holds the old sources, so a French window showed "Look in:", "Files of
type:" and "Folder". Written here in Qt's own contexts, ``make translations`` puts them
in our catalogue, which Qt asks when its own has no answer (``ui/i18n.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def file_dialog_texts() -> list[str]:
    """The file dialog's texts Qt's catalogue misses, in the interface language."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        # The type of a folder in the dialog's detail view, with Qt's disambiguation.
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
