"""The index cache: hit, stale, corrupt, read-only, two processes at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core import index_cache, loader

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "resolutions.json"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "collection.json"
    shutil.copy(BUNDLED, copy)
    return copy


def _symbols(index, query: str) -> list[str]:
    return sorted(h.resolution.symbol for h in index.search(query).hits)


def test_second_open_reads_the_cache_and_finds_the_same(tmp_path: Path, data: Path) -> None:
    collection = loader.load(data)
    built, how = index_cache.open_index(collection, root=tmp_path / "cache")
    assert how == "built"
    opened, how = index_cache.open_index(collection, root=tmp_path / "cache")
    assert how == "opened"
    for query in ("terror", "traite", "organ:SC year:2016", "2396"):
        assert _symbols(opened, query) == _symbols(built, query)


def test_a_changed_file_is_not_served_a_stale_index(tmp_path: Path, data: Path) -> None:
    index_cache.open_index(loader.load(data), root=tmp_path / "cache")
    text = data.read_text(encoding="utf-8").replace("foreign terrorist fighters", "zanzibarian")
    data.write_text(text, encoding="utf-8")
    index, how = index_cache.open_index(loader.load(data), root=tmp_path / "cache")
    assert how == "built"
    assert _symbols(index, "zanzibarian")


def test_a_corrupt_entry_means_a_rebuild(tmp_path: Path, data: Path) -> None:
    collection = loader.load(data)
    index_cache.open_index(collection, root=tmp_path / "cache")
    entry = next((tmp_path / "cache" / "index").iterdir())
    for file in entry.iterdir():
        if file.name != "complete":
            file.write_bytes(b"\x00garbage" * 10)
    index, how = index_cache.open_index(collection, root=tmp_path / "cache")
    assert how in ("built", "memory")
    assert _symbols(index, "terror")
    assert index_cache.open_index(collection, root=tmp_path / "cache")[1] == "opened"


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder no one may write in: chmod for a user; for root (who ignores modes),
    a place in /proc, which refuses every new file."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    return Path("/proc/resolutions-viewer-cache")


def test_a_read_only_cache_folder_means_an_index_in_memory(tmp_path: Path, data: Path) -> None:
    root = _read_only_folder(tmp_path)
    try:
        index, how = index_cache.open_index(loader.load(data), root=root)
    finally:
        if root.is_relative_to(tmp_path):
            root.chmod(0o700)
    assert how == "memory"
    assert _symbols(index, "terror")
    assert not list(tmp_path.glob("**/meta.json"))


def test_an_unwritable_cache_path_means_an_index_in_memory(tmp_path: Path, data: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    index, how = index_cache.open_index(loader.load(data), root=blocker)
    assert how == "memory"
    assert _symbols(index, "terror")


def test_two_processes_at_once(tmp_path: Path, data: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    command = [sys.executable, "-m", "viewer", "search", "terror", "--data", str(data), "--json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert outputs[0] == outputs[1]
    assert b"S/RES/2396" in outputs[0]
    entries = list(
        (tmp_path / "xdg" / "ResolutionsViewer" / "resolutions-viewer" / "index").iterdir()
    )
    assert len(entries) == 1
    assert (entries[0] / "complete").exists()
    again = subprocess.run(command, env=env, capture_output=True, check=True)
    assert again.stdout == outputs[0]


def test_no_cache_writes_nothing(tmp_path: Path, data: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    command = [
        sys.executable,
        "-m",
        "viewer",
        "search",
        "terror",
        "--data",
        str(data),
        "--no-cache",
    ]
    subprocess.run(command, env=env, capture_output=True, check=True)
    assert not (tmp_path / "xdg").exists()


def test_least_recently_used_entries_go_first(tmp_path: Path, data: Path) -> None:
    root = tmp_path / "cache"
    index_cache.open_index(loader.load(data), root=root)
    first = next((root / "index").iterdir())
    os.utime(first / "complete", (1, 1))
    data.write_text(data.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    index_cache.open_index(loader.load(data), root=root, max_bytes=1)
    remaining = list((root / "index").iterdir())
    assert first not in remaining
    assert len(remaining) == 1


def test_clear_removes_every_entry(tmp_path: Path, data: Path) -> None:
    index_cache.open_index(loader.load(data), root=tmp_path / "cache")
    assert index_cache.clear(tmp_path / "cache") > 0
    assert not list((tmp_path / "cache" / "index").iterdir())


def test_bytes_the_cache_holds_skip_the_schema_and_load_the_same(tmp_path: Path, data) -> None:
    root = tmp_path / "cache"
    first = index_cache.KnownContent(root)
    fresh = loader.load(data, trusted=first)
    assert first.key is not None
    index_cache.open_index(fresh, root=root, key=first.key)
    known = index_cache.KnownContent(root)
    again = loader.load(data, trusted=known)
    assert known(data.read_bytes())
    assert [r.raw for r in again.resolutions] == [r.raw for r in fresh.resolutions]
    assert again.warnings == fresh.warnings
    assert again.title == fresh.title


def test_changed_bytes_are_validated_again(tmp_path: Path, data) -> None:
    root = tmp_path / "cache"
    known = index_cache.KnownContent(root)
    index_cache.open_index(loader.load(data, trusted=known), root=root, key=known.key)
    text = data.read_text(encoding="utf-8").replace('"2017-12-21"', '"2017-02-30"', 1)
    assert text != data.read_text(encoding="utf-8")
    data.write_text(text, encoding="utf-8")
    with pytest.raises(loader.CollectionError, match="not a real date"):
        loader.load(data, trusted=index_cache.KnownContent(root))
