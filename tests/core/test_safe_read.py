"""Issue 11, item 3: only regular files are read, within the size limit. ``validate``
on /dev/zero or /dev/urandom grew memory at 350 MB/s until MemoryError, and on a FIFO
with no writer it hung forever; now each is refused at once with a clear message."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core import loader, safe_read

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")

# A hang guard, not a measure: a refused path answers in well under a second.
HANG_GUARD_S = 60


def limited_memory() -> None:
    # Before the fix, reading /dev/zero would take all memory: cap the child at 1 GB.
    resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))


def validate(path: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "viewer", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        preexec_fn=limited_memory,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "collection.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_validate_refuses_an_endless_device(device: str) -> None:
    done = validate(device)
    assert done.returncode == 1
    assert done.stdout + done.stderr == f"{device}: is a device, not a file\n"


def test_validate_refuses_a_fifo_without_waiting_for_a_writer(fifo: Path) -> None:
    done = validate(fifo)
    assert done.returncode == 1
    assert f"{fifo}: is a named pipe (FIFO), not a file" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_a_fifo_with_an_endless_writer_is_refused_and_nothing_read(fifo: Path) -> None:
    writer = subprocess.Popen(["sh", "-c", f"yes '{{}}' > '{fifo}'"])
    try:
        with pytest.raises(loader.CollectionError) as refusal:
            loader.load(fifo)
        assert refusal.value.lines() == [f"{fifo}: is a named pipe (FIFO), not a file"]
    finally:
        writer.kill()
        writer.wait()


def test_a_folder_a_missing_file_and_a_file_in_place_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    cases = {
        tmp_path: "is a folder, not a file",
        tmp_path / "missing.json": "no such file",
        tmp_path / "plain" / "inside.json": "a part of its path is a file, not a folder",
    }
    for path, expected in cases.items():
        with pytest.raises(safe_read.ReadRefusedError) as refusal:
            safe_read.read_bytes(path, 100)
        assert expected in refusal.value.reason


def test_the_limit_is_held_and_a_file_within_it_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(b"x" * 5000)
    assert safe_read.read_bytes(path, 5000) == b"x" * 5000
    with pytest.raises(safe_read.ReadRefusedError) as refusal:
        safe_read.read_bytes(path, 4999)
    assert refusal.value.reason == "file is 5,000 bytes, larger than the limit of 4,999 bytes"


def test_a_file_that_reports_no_size_is_still_bounded() -> None:
    # /proc files say size 0 and hold more: the read stops at the limit all the same.
    with pytest.raises(safe_read.ReadRefusedError) as refusal:
        safe_read.read_bytes("/proc/self/maps", 10)
    assert "larger than the limit of 10 bytes" in refusal.value.reason


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "secret.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(safe_read.ReadRefusedError) as refusal:
        safe_read.read_bytes(path, 100)
    assert refusal.value.reason == "cannot be read: Permission denied"
