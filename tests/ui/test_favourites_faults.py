"""Issue 11, item 6: the favourites file as a tester attacked it. A deeply nested file,
a FIFO in its place, a file where its folder should be, three processes adding at
once, and a failed save's warning replaced at once by "Added to favourites"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.ui.favourites import FavouritesStore
from viewer.ui.main_window import MainWindow

HANG_GUARD_S = 120  # a guard against a hang, not a measure


def store_at(path: Path) -> tuple[FavouritesStore, list[str]]:
    warnings: list[str] = []
    store = FavouritesStore(path)
    store.warning.connect(warnings.append)
    return store, warnings


def test_a_deeply_nested_file_is_kept_aside_and_favourites_work(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "favourites.json"
    nested = "[" * 200_000 + "]" * 200_000
    path.write_text(nested, encoding="utf-8")
    store, warnings = store_at(path)
    assert store.symbols == []  # before: RecursionError out of the first look
    assert warnings == [
        f"Favourites could not be read (nested too deeply); the file was kept as {path}.bak."
    ]
    assert (tmp_path / "favourites.json.bak").read_text(encoding="utf-8") == nested
    store.add("S/RES/2396 (2017)")
    assert json.loads(path.read_text(encoding="utf-8")) == {"favourites": ["S/RES/2396 (2017)"]}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_a_fifo_in_place_of_the_file_never_blocks(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "favourites.json"
    os.mkfifo(path)
    store, warnings = store_at(path)
    assert store.symbols == []  # before: blocked here, in the UI thread, for good
    assert "is a named pipe (FIFO), not a file" in warnings[0]
    store.add("A/RES/71/19")
    assert path.is_file()
    assert store.symbols == ["A/RES/71/19"]


def test_a_file_where_the_folder_should_be_gives_a_message(tmp_path: Path, qtbot) -> None:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    store, warnings = store_at(tmp_path / "data" / "favourites.json")
    assert store.symbols == []
    assert store.toggle("A/RES/71/19") is True  # before: FileExistsError
    assert store.contains("A/RES/71/19")  # kept for this session at least
    assert store.last_error is not None
    assert warnings == [store.last_error]
    assert warnings[0].startswith("Favourites could not be saved: ")
    assert str(tmp_path / "data") in warnings[0]
    assert (tmp_path / "data").read_text(encoding="utf-8") == "not a folder"


ADDER = """
import sys
from pathlib import Path
from viewer.ui.favourites import FavouritesStore
store = FavouritesStore(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    store.add(f"{sys.argv[2]}/{i}")
    if store.last_error:
        sys.exit(store.last_error)
"""


def test_three_processes_adding_at_once_keep_every_addition(tmp_path: Path) -> None:
    path = tmp_path / "favourites.json"
    each = 100
    adders = [
        subprocess.Popen([sys.executable, "-c", ADDER, str(path), name, str(each)])
        for name in ("A", "B", "C")
    ]
    assert [adder.wait(HANG_GUARD_S) for adder in adders] == [0, 0, 0]
    kept = json.loads(path.read_text(encoding="utf-8"))["favourites"]
    assert len(kept) == 3 * each  # before, without a lock: 401 of 900 were kept
    assert set(kept) == {f"{name}/{i}" for name in "ABC" for i in range(each)}


def test_a_failed_save_warning_is_not_replaced_by_added(
    qtbot, window: MainWindow, favourites: FavouritesStore, tmp_path: Path
) -> None:
    # The store's folder is a file: the save fails, and the status bar says so.
    if favourites.path.parent.is_dir():
        favourites.path.parent.rmdir()
    favourites.path.parent.write_text("in the way", encoding="utf-8")
    window.open_symbol("S/RES/2396 (2017)")
    window.starring.toggle()
    message = window.statusBar().currentMessage()
    assert message.startswith("Favourites could not be saved: ")
    assert "Added to favourites" not in message
