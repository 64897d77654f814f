"""Load, index-build and query figures for one collection, through the viewer's API.

Usage: python bench/search_latency.py [--data FILE]
Prints the load + validation time, the index build time, and the median and p95
latency of a fixed list of queries (results and their first screen of snippets).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from viewer.core import loader, resources
from viewer.core.search import SearchIndex

QUERIES = [
    "security",
    "council",
    "Cyprus",
    "Israel",
    "sanctions",
    "peacekeeping",
    "apartheid",
    "Namibia",
    "ceasefire",
    "refugees",
    '"Military Staff Committee"',
    '"Member States"',
    "S/RES/242 (1967)",
    "242",
    "s/res/1(1946)",
    "terror",
    "terrorism financing",
    "a",
    "se",
    "sec",
    "secu",
    "secur",
    "securi",
    "securit",
    "zzzqqq",
    "nuclear weapons",
    "-security",
    '"unbalanced',
    "Congo OR Katanga",
    "Rhodesia sanctions",
    "Secretary-General report",
]
SNIPPETS_PER_SCREEN = 15


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=resources.bundled_collection())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    collection = loader.load(args.data)
    loaded = time.perf_counter()
    index = SearchIndex(collection)
    built = time.perf_counter()

    times = []
    for _ in range(args.repeat):
        for query in QUERIES:
            t0 = time.perf_counter()
            result = index.search(query)
            for hit in result.hits[:SNIPPETS_PER_SCREEN]:
                _ = hit.snippet_html
            times.append(time.perf_counter() - t0)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"collection: {args.data} ({len(collection.resolutions)} resolutions)")
    print(f"load + validate: {(loaded - start) * 1000:.0f} ms")
    print(f"index build:     {(built - loaded) * 1000:.0f} ms")
    print(
        f"query latency over {len(QUERIES)} queries x {args.repeat}: "
        f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms "
        f"(results + first {SNIPPETS_PER_SCREEN} snippets)"
    )


if __name__ == "__main__":
    main()
