"""Bounded reads of regular files: the only way the app reads a file a user names.

``Path.read_bytes()`` reads until the end, and some paths have none: ``/dev/zero`` and
``/dev/urandom`` grow memory until MemoryError, a named pipe (FIFO) with no writer
blocks the open itself, forever. So the file is opened without blocking
(``O_NONBLOCK``: opening a FIFO returns at once), refused unless it is a regular file,
and read to at most ``limit`` bytes: a file that grows while it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

# Not on Windows, where opening never waits on a pipe's writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 20


class ReadRefusedError(Exception):
    """A file that is not read: ``reason`` says why in the user's words."""

    def __init__(self, path: Path | str, reason: str, key: str = "", **params: object) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        # The message's id and parameters in core/messages.py: the reason in French too.
        self.key = key
        self.params = params


def kind_of(mode: int) -> str | None:
    """What a path is when it is not a regular file ("a folder", "a named pipe (FIFO)"…),
    None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def size_text(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size:,} bytes"


def read_bytes(path: Path | str, limit: int) -> bytes:
    """The whole content of the regular file ``path``, at most ``limit`` bytes, or
    :class:`ReadRefusedError` (never blocks on a pipe, never reads a device)."""
    try:
        kind = kind_of(os.stat(path).st_mode)  # refused before any open
        if kind is not None:
            raise ReadRefusedError(path, f"is {kind}, not a file", "not_a_file", kind=kind)
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ReadRefusedError(path, "no such file", "no_such_file") from None
    except NotADirectoryError:
        raise ReadRefusedError(
            path, "no such file (a part of its path is a file, not a folder)", "no_such_path"
        ) from None
    except OSError as error:
        raise ReadRefusedError(
            path, f"cannot be read: {error.strerror}", "unreadable", reason=error.strerror
        ) from None
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        return _read_open(file, path, limit)


def _read_open(file: BinaryIO, path: Path | str, limit: int) -> bytes:
    # Checked again on what was opened: the path may have been swapped since the stat.
    status = os.fstat(file.fileno())
    kind = kind_of(status.st_mode)
    if kind is not None:
        raise ReadRefusedError(path, f"is {kind}, not a file", "not_a_file", kind=kind)
    if status.st_size > limit:
        raise _too_large_error(path, status.st_size, limit)
    chunks: list[bytes] = []
    total = 0
    # The size the file says first, in one read (no chunks to join: a 80 MB file
    # costs one copy, not two); then on in chunks, in case it grew since.
    want = min(status.st_size + 1, limit + 1)
    try:
        while chunk := file.read(want):
            want = min(_CHUNK, limit + 1 - total - len(chunk))
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise _too_large_error(path, total, limit)
    except OSError as error:
        raise ReadRefusedError(
            path, f"cannot be read: {error.strerror}", "unreadable", reason=error.strerror
        ) from None
    return b"".join(chunks)


def _too_large_error(path: Path | str, size: int, limit: int) -> ReadRefusedError:
    return ReadRefusedError(
        path,
        too_large(size, limit),
        "too_large_sized",
        size=size_text(size),
        limit=size_text(limit),
    )


def too_large(size: int, limit: int) -> str:
    return f"file is {size_text(size)}, larger than the limit of {size_text(limit)}"
