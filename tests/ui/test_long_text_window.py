"""Issue 11, item 5 in the window: a long full text is shown part by part, the parts
are reached from the page's own links, and every part's text is there to read."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl

from viewer.core import loader, markup, resources
from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow

TEXT = " ".join(f"w{i}" for i in range(25_000))  # 163,889 characters: six parts


def test_the_parts_of_a_long_text_are_reached_from_the_page(qtbot, tmp_path: Path) -> None:
    data = json.loads(resources.bundled_collection().read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["resolutions"][0]["text"] = {"en": TEXT}
    symbol = data["resolutions"][0]["symbol"]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        loader.build(data), "en", settings, favourites=FavouritesStore(tmp_path / "f.json")
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_symbol(symbol)
    count = markup.part_count(TEXT)
    assert count == 6
    seen = []
    for k in range(count):
        shown = window.detail.toPlainText().replace(markup.ZERO_WIDTH_SPACE, "")
        assert f"Part {k + 1} of {count}" in shown
        part = markup.text_part(TEXT, k).strip()
        assert part in shown  # every word of the part, in order
        seen.append(part)
        if k + 1 < count:
            window.detail.anchorClicked.emit(QUrl(f"action:text-part/{k + 1}"))
    assert " ".join(seen) == TEXT  # nothing lost between the parts
    assert window.current is not None
    assert window.current.symbol == symbol
    window.open_symbol(data["resolutions"][1]["symbol"])
    window.open_symbol(symbol)  # another resolution's part is not carried over
    assert f"Part 1 of {count}" in window.detail.toPlainText()
