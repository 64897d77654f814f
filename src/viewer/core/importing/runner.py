"""Read many inputs, in worker processes, with progress and cancellation.

The one entry point of the command line and the window: :func:`import_paths`. Inputs
are read in small chunks by a pool of processes (pdfium is not thread-safe, and each
process uses one core); between chunks the caller hears of each file (``progress``)
and may stop the import (``cancel``).
"""

from __future__ import annotations

import concurrent.futures
import importlib.util
import os
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from viewer.core.importing import model
from viewer.core.importing.merge import Merged
from viewer.core.importing.model import Outcome, ReadResult

# Files read per task: small enough for steady progress and a prompt cancel, large
# enough that a task's overhead (pickling, a round trip) stays small beside reading.
CHUNK = 2
# Fewer files than this are read in the calling process (no pool to start).
IN_PROCESS_BELOW = 6

ProgressCallback = Callable[[int, int, str], None]  # (files done, files in all, file)


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class ImportCancelledError(Exception):
    """The import was cancelled: nothing is to be written."""


@dataclass
class ImportReport:
    """What an import read: the records made, and every input's outcome."""

    merged: Merged = field(default_factory=Merged)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.skipped]

    @property
    def record_count(self) -> int:
        return len(self.merged.records)

    def as_json(self) -> dict[str, Any]:
        return {
            "records": self.record_count,
            "inputs": len(self.outcomes),
            "skipped": len(self.skipped),
            "outcomes": [o.as_json() for o in self.outcomes],
        }


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Outcome]]:
    """Files to read (folders walked recursively, in name order), and missing paths."""
    files: list[Path] = []
    missing: list[Outcome] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Outcome(str(path), model.UNREADABLE, "no such file or folder"))
    return files, missing


def read_file(path: Path) -> ReadResult:
    """Read one input of any kind; never raises (a surprise is reported, not thrown)."""
    from viewer.core.importing import marc_reader, pdf_reader, text_reader

    source = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        suffix = path.suffix.lower()
        if suffix == ".pdf" or head.lstrip().startswith(b"%PDF-"):
            return pdf_reader.read(path, source)
        if suffix == ".xml" or marc_reader.looks_like_marcxml(head):
            return marc_reader.read(path, source)
        if suffix in (".txt", ".text"):
            return text_reader.read(path, source)
        detail = f"{suffix or 'no extension'}: not a PDF, text file or MARC XML export"
        return ReadResult([], [Outcome(source, model.NOT_SUPPORTED, detail)])
    except OSError as error:
        return ReadResult([], [Outcome(source, model.UNREADABLE, error.strerror or str(error))])
    except Exception as error:  # a reader's bug must not lose the other files
        detail = f"unexpected {type(error).__name__}: {error}"
        return ReadResult([], [Outcome(source, model.DAMAGED, detail)])


def _read_chunk(paths: list[Path]) -> list[ReadResult]:
    return [read_file(path) for path in paths]


def import_paths(
    paths: Iterable[Path],
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Read every input under ``paths``; raise ImportCancelledError if ``cancel`` is set."""
    files, missing = collect(paths)
    report = ImportReport(outcomes=list(missing))
    results = _results(files, cancel, workers)
    try:
        for done, (path, result) in enumerate(results, start=1):
            if cancel is not None and cancel.is_set():
                raise ImportCancelledError
            _take(report, result)
            if progress is not None:
                progress(done, len(files), str(path))
    finally:
        results.close()  # a cancel or a callback's error shuts the workers down now
    return report


def _take(report: ImportReport, result: ReadResult) -> None:
    drafts = {d.source: d for d in result.drafts}
    for outcome in result.outcomes:
        draft = drafts.get(outcome.source)
        if draft is not None and not outcome.skipped:
            report.merged.add(draft, outcome, from_marc=draft.catalogue)
        report.outcomes.append(outcome)


def _results(
    files: list[Path], cancel: CancelFlag | None, workers: int | None
) -> Generator[tuple[Path, ReadResult], None, None]:
    """(path, result) per file, in the order of ``files``, read in worker processes."""
    count = workers or min(os.cpu_count() or 1, 4)
    if len(files) < IN_PROCESS_BELOW or count <= 1 or not _can_spawn():
        for path in files:
            if cancel is not None and cancel.is_set():
                raise ImportCancelledError
            yield path, read_file(path)
        return
    import concurrent.futures.process
    import multiprocessing

    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    # spawn: a fork of a process that runs Qt threads may deadlock in the child.
    context = multiprocessing.get_context("spawn")
    pool = concurrent.futures.ProcessPoolExecutor(count, mp_context=context)
    finished = False
    try:
        futures = [pool.submit(_read_chunk, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            yield from zip(chunk, _wait(future, chunk, cancel), strict=True)
        finished = True
    finally:
        # Cancelled (or the caller stopped early): return at once; the workers finish
        # the chunk they hold, take no other, and exit on their own.
        pool.shutdown(wait=finished, cancel_futures=True)


def _can_spawn() -> bool:
    """Worker processes need multiprocessing; the standalone app leaves it out (its
    run-time hook would cost every start), so there the files are read in-process."""
    return importlib.util.find_spec("multiprocessing") is not None


def _wait(future: concurrent.futures.Future, chunk: list[Path], cancel: CancelFlag | None):
    """A chunk's results, checking ``cancel`` ten times a second meanwhile."""
    while True:
        if cancel is not None and cancel.is_set():
            raise ImportCancelledError
        try:
            return future.result(timeout=0.1)
        except concurrent.futures.TimeoutError:
            continue
        except concurrent.futures.process.BrokenProcessPool:
            # A worker died (out of memory, killed): read this chunk here instead.
            return _read_chunk(chunk)
