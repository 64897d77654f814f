"""Building the reference index (who cites whom) at 800 and at 32,000 records.

Usage: python bench/references.py [--count 32000]
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


def _measure(path: Path) -> None:
    collection = loader.load(path)
    start = time.perf_counter()
    index = reference_index.build(collection)
    elapsed = time.perf_counter() - start
    print(
        f"{len(collection.resolutions)} records: index built in {elapsed:.2f} s "
        f"({index.total} mentions, {index.resolved} resolved in the collection, "
        f"{len(index.cited_by)} records cited)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=32_000)
    args = parser.parse_args()
    _measure(CORPUS)
    with tempfile.TemporaryDirectory() as folder:
        large = Path(folder) / "large.json"
        large.write_text(json.dumps(build(args.count), ensure_ascii=False), encoding="utf-8")
        _measure(large)


if __name__ == "__main__":
    main()
