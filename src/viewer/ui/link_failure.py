"""When no browser opens a link (QDesktopServices.openUrl returns False): say so, show
the address, and offer to copy it, so the reader can open it by hand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.ui import clipboard, plain_text


def tell(parent: QWidget, address: str) -> QMessageBox:
    """A window-modal note with the address (selectable) and a Copy Address button."""
    box = QMessageBox(parent)
    box.setObjectName("linkFailureBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LinkFailure", "The link cannot be opened"))
    box.setText(
        QCoreApplication.translate("LinkFailure", "No web browser could open this address:")
    )
    box.setInformativeText(plain_text.tooltip(address))  # an address is shown as written
    copy = box.addButton(
        QCoreApplication.translate("LinkFailure", "Copy Address"), QMessageBox.ButtonRole.ActionRole
    )
    copy.setObjectName("copyAddress")
    copy.clicked.connect(lambda: clipboard.copy_text(address))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
