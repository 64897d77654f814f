"""The built index, kept in the user's cache folder and opened at the next start.

An entry is a folder named by the index format's version and the collection file's
content (SHA-256), so a changed file or a new version of the code never opens a stale
index. It is built in a private temporary folder and renamed into place when complete
(a rename is atomic: a reader sees a whole entry or none; of two processes building at
once, the first rename wins and the other's copy is dropped). Entries used least
recently go first when the cache outgrows its budget. Anything wrong with the cache
(missing, stale, corrupt, unwritable) means a build in memory, never an error. No
pickle: an entry is Tantivy's own files and an empty marker.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from viewer.core.collection import Collection
from viewer.core.search import INDEX_VERSION, SearchIndex

# Must match ui/app.py: Qt's CacheLocation is <cache>/<organization>/<application>.
ORGANIZATION = "ResolutionsViewer"
APPLICATION = "resolutions-viewer"
MAX_CACHE_BYTES = 2 * 2**30  # a 32,000-record index is about 0.3 GB
_COMPLETE = "complete"  # marker: the entry is whole; its mtime is its last use
_TEMP_PREFIX = ".building-"


def cache_dir() -> Path:
    """The folder Qt's ``QStandardPaths.writableLocation(CacheLocation)`` names for this
    app on this platform (core cannot ask Qt)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / ORGANIZATION / APPLICATION / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / ORGANIZATION / APPLICATION
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / ORGANIZATION / APPLICATION


def index_root(root: Path | None = None) -> Path:
    return (root or cache_dir()) / "index"


def content_key(path: Path) -> str:
    with path.open("rb") as file:
        digest = hashlib.file_digest(file, "sha256").hexdigest()
    return f"v{INDEX_VERSION}-{digest}"


class KnownContent:
    """``loader.load(path, trusted=known)``: says whether the cache holds an index of
    these very bytes, which proves they were loaded and validated before. Remembers
    their key, so that ``open_index(..., key=known.key)`` does not read them again."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self.key: str | None = None

    def __call__(self, raw: bytes) -> bool:
        self.key = f"v{INDEX_VERSION}-{hashlib.sha256(raw).hexdigest()}"
        try:
            return (index_root(self.root) / self.key / _COMPLETE).exists()
        except OSError:
            return False


def open_index(
    collection: Collection,
    progress: Callable[[int, int], object] | None = None,
    root: Path | None = None,
    max_bytes: int = MAX_CACHE_BYTES,
    key: str | None = None,
    prepare: bool = True,
) -> tuple[SearchIndex, str]:
    """The collection's index, from the cache or built (and then cached).

    Returns the index and how it was had: ``"opened"``, ``"built"`` (and cached),
    or ``"memory"`` (built in memory: no file, or the cache could not be used).
    ``key``: the file's key if known (see KnownContent); ``prepare``: see SearchIndex."""

    def in_memory() -> SearchIndex:
        return SearchIndex(collection, progress, prepare=prepare)

    if collection.path is None:
        return in_memory(), "memory"
    try:
        key = key or content_key(collection.path)
        entries = index_root(root)
        entry = entries / key
    except OSError:
        return in_memory(), "memory"
    if (entry / _COMPLETE).exists():
        try:
            index = SearchIndex(collection, progress, path=entry, prepare=prepare)
        except (OSError, ValueError):
            _remove(entry)  # corrupt or not this collection's: built again below
        else:
            _touch(entry / _COMPLETE)
            return index, "opened"
    try:
        entries.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX + key, dir=entries))
    except OSError:
        return in_memory(), "memory"
    try:
        index = SearchIndex(collection, progress, path=building, prepare=prepare)
        (building / _COMPLETE).touch()
        os.rename(building, entry)
    except (OSError, ValueError):
        # Unwritable, full, or another process renamed its copy first: ours is
        # dropped (its files stay mapped for this process until it ends).
        _remove(building)
        if "index" not in locals():
            return in_memory(), "memory"
        return index, "memory"
    evict(entries, max_bytes, keep=entry)
    return index, "built"


def evict(entries: Path, max_bytes: int, keep: Path | None = None) -> None:
    """Remove the least recently used entries until the cache fits ``max_bytes``."""
    try:
        found = [(e, _size(e), _last_use(e)) for e in entries.iterdir() if e.is_dir()]
    except OSError:
        return
    total = sum(size for _, size, _ in found)
    for entry, size, _ in sorted(found, key=lambda item: item[2]):
        if total <= max_bytes:
            break
        if entry != keep:
            _remove(entry)
            total -= size


def clear(root: Path | None = None) -> int:
    """Remove every cached index; returns the bytes freed (Help ▸ Clear Cache)."""
    entries = index_root(root)
    if not entries.is_dir():
        return 0
    freed = 0
    for entry in list(entries.iterdir()):
        freed += _size(entry)
        _remove(entry)
    return freed


def _size(folder: Path) -> int:
    try:
        return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    except OSError:
        return 0


def _last_use(entry: Path) -> float:
    try:
        return (entry / _COMPLETE).stat().st_mtime
    except OSError:
        return 0.0  # unfinished or broken: the first to go


def _touch(marker: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only cache still serves
        marker.touch()


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
