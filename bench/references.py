"""Building the reference index (who cites whom) at 800 and at 32,000 records.

Usage: python bench/references.py [--count 32000] [--json]
The 800 are the corpus; the large collection is bench/make_large.py's (the corpus
repeated with new numbers), built in memory. Prints build times and what was found.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from make_large import CORPUS, build
from viewer.core import loader, reference_index


def _measure(path: Path) -> dict[str, float]:
    collection = loader.load(path)
    start, cpu = time.perf_counter(), time.process_time()
    index = reference_index.build(collection)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"{len(collection.resolutions)} records: index built in {elapsed:.2f} s "
        f"({index.total} mentions, {index.resolved} resolved in the collection, "
        f"{len(index.cited_by)} records cited)"
    )
    return {"records": len(collection.resolutions), "build_s": elapsed, "build_cpu_s": used}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=32_000)
    parser.add_argument("--json", action="store_true", help="also a RESULT line (run.py)")
    args = parser.parse_args()
    small = _measure(CORPUS)
    with tempfile.TemporaryDirectory() as folder:
        large = Path(folder) / "large.json"
        large.write_text(json.dumps(build(args.count), ensure_ascii=False), encoding="utf-8")
        big = _measure(large)
    if args.json:
        print("RESULT " + json.dumps({"corpus": small, "large": big}))


if __name__ == "__main__":
    main()
