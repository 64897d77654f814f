"""Issue 11, item 4: text from a file or a path is shown as written, never as HTML. The
refusal dialog used Qt's automatic format: a link value ``javascript:<img src=…>``
naming a local image showed the image, a file named ``<h1>BIG <font color=red>RED.json``
a red heading. Tooltips, which have no format setting, go through ui/plain_text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel

from viewer.core import loader
from viewer.ui import app as app_module
from viewer.ui import plain_text
from viewer.ui.main_window import MainWindow

# Qt's own guess at whether a string is HTML (what tooltips and labels go by).
might_be_rich_text = QtGui.Qt.mightBeRichText
HOSTILE_NAME = "<h1>BIG <font color=red>RED.json"


def refused_file(tmp_path: Path) -> Path:
    """A file whose name is markup, refused for a link that is markup naming an image."""
    image = tmp_path / "secret.png"
    QImage(8, 8, QImage.Format.Format_RGB32).save(str(image))
    data = json.loads(loader.resources.bundled_collection().read_text(encoding="utf-8"))
    data["resolutions"][0]["links"] = [
        {"url": f"javascript:<img src={image}>", "label": {"en": "<b>bold</b>"}}
    ]
    path = tmp_path / HOSTILE_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def shown_as_plain_text(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText


def test_the_refusal_dialog_shows_the_file_as_written(qtbot, tmp_path: Path) -> None:
    path = refused_file(tmp_path)
    with pytest.raises(loader.CollectionError) as refusal:
        loader.load(path)
    box = app_module.show_refusal(None, refusal.value, "en", fallback=False)
    qtbot.addWidget(box)
    labels = {label.objectName(): label for label in box.findChildren(QLabel)}
    title, details = labels["qt_msgbox_label"], labels["qt_msgbox_informativelabel"]
    assert shown_as_plain_text(title)
    assert shown_as_plain_text(details)
    assert title.text().startswith(f"{path} cannot be opened.")
    assert "javascript:<img src=" in details.text()
    box.close()


@pytest.mark.parametrize(
    "text",
    [HOSTILE_NAME, "S/RES/1\n<img src=/etc/x.png>", "a & b", "plain", "<b>x</b>\n  two"],
)
def test_a_tooltip_reads_exactly_as_the_text(text: str) -> None:
    # A tooltip is rich text when Qt thinks it looks so: what the user reads is then
    # the document's plain text, which must be the text itself.
    shown = plain_text.tooltip(text)
    if might_be_rich_text(shown):
        document = QTextDocument()
        document.setHtml(shown)
        assert document.toPlainText() == text
    else:
        assert shown == text


def test_the_recent_files_tooltip_shows_a_hostile_path_as_written(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    hostile = str(tmp_path / HOSTILE_NAME)
    window.preferences.recent_files = [hostile]
    window.opening.fill_recent_menu()
    action = window.opening.recent_menu.actions()[0]
    document = QTextDocument()
    document.setHtml(action.toolTip())
    assert might_be_rich_text(action.toolTip())
    assert document.toPlainText() == hostile
