"""The import's speed against pdftotext on the same files (issue 13).

    .venv/bin/python bench/import_pdfs.py [--runs 3] [--copies 15]

1. ``pdftotext`` (poppler-utils) on each of the 60 official PDFs of
   ``../shared/corpora/un-pdfs``, one process per file, as a user's script would;
2. the whole ``resolutions-viewer import FOLDER -o NEW.json`` process on the same files
   (reading, layout, merging, validation, writing);
alternated, ``--runs`` times each, medians and their ratio (budget: 3).
3. With ``--copies N``: a folder of N x 60 PDFs (symbolic links) imported in-process
   with a progress callback: files per second, the longest gap between two progress
   calls, and how long a cancel takes to stop the import.
The app never runs pdftotext; only this script does.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT.parent / "shared" / "corpora" / "un-pdfs"
BUDGET = 3.0


def time_pdftotext(files: list[Path]) -> float:
    start = time.perf_counter()
    for pdf in files:
        subprocess.run(["pdftotext", str(pdf), "/dev/null"], check=True)
    return time.perf_counter() - start


def time_import(folder: Path) -> float:
    viewer = Path(sys.executable).parent / "resolutions-viewer"
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "new.json"
        start = time.perf_counter()
        subprocess.run(
            [str(viewer), "import", str(folder), "-o", str(target)],
            check=False,
            stdout=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - start
        if not target.exists():
            raise SystemExit("the import wrote nothing")
    return elapsed


def progress_and_cancel(copies: int) -> None:
    from viewer.core.importing import runner

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for copy in range(copies):
            sub = folder / f"batch-{copy:02d}"
            sub.mkdir()
            for pdf in sorted(PDFS.glob("*.pdf")):
                (sub / pdf.name).symlink_to(pdf)
        stamps: list[float] = []
        start = time.perf_counter()
        runner.import_paths([folder], progress=lambda *_: stamps.append(time.perf_counter()))
        total = time.perf_counter() - start
        gaps = [b - a for a, b in zip([start, *stamps], stamps, strict=False)]
        print(
            f"{len(stamps)} files: {total:.1f} s, {len(stamps) / total:.0f} files/s, "
            f"longest gap between progress calls {max(gaps) * 1000:.0f} ms"
        )
        stop = threading.Event()
        asked: list[float] = []

        def cancel_at_100(done: int, _total: int, _path: str) -> None:
            if done == 100:
                asked.append(time.perf_counter())
                stop.set()

        try:
            runner.import_paths([folder], progress=cancel_at_100, cancel=stop)
        except runner.ImportCancelledError:
            late = (time.perf_counter() - asked[0]) * 1000
            print(f"cancel at file 100: stopped {late:.0f} ms later")


def _list(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=0, help="also a folder of N x 60 PDFs")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is missing: apt-get install poppler-utils")
    files = sorted(PDFS.glob("*.pdf"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for pdf in files:
            (folder / pdf.name).symlink_to(pdf)
        poppler, ours = [], []
        for _ in range(args.runs):
            poppler.append(time_pdftotext(files))
            ours.append(time_import(folder))
    a, b = statistics.median(poppler), statistics.median(ours)
    print(f"{len(files)} official PDFs, medians of {args.runs} runs")
    print(f"pdftotext, one process per file: {a:.2f} s   (runs: {_list(poppler)})")
    print(f"resolutions-viewer import:       {b:.2f} s   (runs: {_list(ours)})")
    verdict = "PASS" if b / a <= BUDGET else "FAIL"
    print(f"ratio import / pdftotext: {b / a:.2f} (budget {BUDGET}) {verdict}")
    if args.copies:
        progress_and_cancel(args.copies)
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
