"""What to import and where: the inputs (files and folders, added by dialogs or dropped
on the window) and the target, the collection on display when it is a file the user
opened (never the bundled collection) or a new file chosen in a save dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from viewer.ui import plain_text
from viewer.ui.import_job import ImportTarget


class ImportSetupDialog(QDialog):
    def __init__(
        self, paths: list[Path], current_file: Path | None, parent: QWidget | None = None
    ) -> None:
        """``current_file``: the collection on display when it may be written to."""
        super().__init__(parent)
        self.setObjectName("importSetup")
        self.setWindowTitle(self.tr("Import Documents"))
        self.current_file = current_file
        self.target: ImportTarget | None = None  # set when accepted
        intro = QLabel(
            self.tr(
                "Official UN PDFs (English or French), text files and UN Digital Library "
                "exports (MARC XML). Folders are read with everything in them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.inputs = QListWidget(self)  # items are plain text: names are shown as written
        self.inputs.setObjectName("importInputs")
        self.inputs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.inputs.setIconSize(QSize(16, 16))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.inputs, 1)
        layout.addLayout(self._input_buttons())
        layout.addWidget(self._target_box())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importStart")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_paths(paths)
        self.resize(560, 420)

    def _input_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add Files…"), self.choose_files),
            (self.tr("Add Folder…"), self.choose_folder),
            (self.tr("Remove"), self.remove_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _target_box(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Import into:"), box))
        self.into_current = QRadioButton(box)
        self.into_current.setObjectName("importIntoCurrent")
        self.into_new = QRadioButton(self.tr("A new collection file (chosen next)"), box)
        self.into_new.setObjectName("importIntoNew")
        group = QButtonGroup(box)
        group.addButton(self.into_current)
        group.addButton(self.into_new)
        if self.current_file is not None:
            # A name is not markup: QRadioButton shows text as plain text.
            text = self.tr("The collection on display: %1")
            self.into_current.setText(text.replace("%1", self.current_file.name))
            self.into_current.setToolTip(plain_text.tooltip(str(self.current_file)))
            self.into_current.setChecked(True)
        else:
            self.into_current.setText(
                self.tr("The collection on display (the bundled one is never changed)")
            )
            self.into_current.setEnabled(False)
            self.into_new.setChecked(True)
        column.addWidget(self.into_current)
        column.addWidget(self.into_new)
        return box

    # -- the inputs ------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        folder = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        file = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in paths:
            if path not in known:
                self.inputs.addItem(QListWidgetItem(folder if path.is_dir() else file, str(path)))
                known.add(path)
        self.import_button.setEnabled(self.inputs.count() > 0)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add Documents"),
            "",
            self.tr("UN documents (*.pdf *.txt *.xml);;All files (*)"),
        )
        self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder"))
        if folder:
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))
        self.import_button.setEnabled(self.inputs.count() > 0)

    # -- the target ------------------------------------------------------------------

    def accept(self) -> None:
        if not self.paths():
            return
        if self.into_current.isChecked() and self.current_file is not None:
            self.target = ImportTarget(self.current_file, add_to=True)
        else:
            self.target = self.choose_new_file()
            if self.target is None:
                return  # the save dialog was cancelled: the choices stay on screen
        super().accept()

    def choose_new_file(self) -> ImportTarget | None:
        """A new file; the save dialog asks before a file of that name is replaced."""
        start = str(self.current_file.parent) if self.current_file else ""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Collection"),
            str(Path(start) / "imported.json") if start else "imported.json",
            self.tr("Collections (*.json)"),
        )
        if not name:
            return None
        path = Path(name)  # as confirmed: adding a suffix would skip the dialog's question
        return ImportTarget(path, add_to=False, overwrite=path.exists())
