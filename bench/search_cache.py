"""The index cache, filters and paging at scale: figures printed, never asserted.

Usage: python bench/search_cache.py [--data FILE] [--repeat 5]

In a fresh temporary cache folder: the first start (load and validate, build and write
the index), then a second start as a new process would do it (the bytes recognised,
parsed by orjson without the schema, the index opened from the cache), each timed from
the call; then the latency of filter-only queries and of paging deep into a result.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from viewer.core import index_cache, loader, resources

FILTER_QUERIES = [
    "organ:SC",
    "year:1990",
    "year:1990..1991",
    "year:1960s has:text",
    "organ:SC year:1970..1979",
    "has:text",
]


def _start(data: Path, root: Path) -> tuple[float, float, str, object]:
    begin = time.perf_counter()
    known = index_cache.KnownContent(root)
    collection = loader.load(data, trusted=known)
    loaded = time.perf_counter()
    # As the search command does: the look-up by number waits for a symbol typed.
    index, how = index_cache.open_index(collection, root=root, key=known.key, prepare=False)
    return loaded - begin, time.perf_counter() - loaded, how, index


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=resources.bundled_collection())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="search-cache-") as folder:
        root = Path(folder)
        load_s, index_s, how, _ = _start(args.data, root)
        print(f"first start:  load {load_s * 1000:.0f} ms, index {index_s * 1000:.0f} ms ({how})")
        load_s, index_s, how, index = _start(args.data, root)
        print(f"second start: load {load_s * 1000:.0f} ms, index {index_s * 1000:.0f} ms ({how})")
        begin = time.perf_counter()
        index.collection.resolve("")  # type: ignore[attr-defined]
        lookup_ms = (time.perf_counter() - begin) * 1000
        print(f"look-up by number (built at the first symbol typed): {lookup_ms:.0f} ms")
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
        print(f"cache size: {size / 2**20:.1f} MiB")
        samples = []
        for _ in range(args.repeat):
            for query in FILTER_QUERIES:
                begin = time.perf_counter()
                result = index.search(query)  # type: ignore[attr-defined]
                for hit in result.hits[:15]:
                    _ = hit.snippet_html
                samples.append(time.perf_counter() - begin)
        print(
            f"filter-only queries ({len(FILTER_QUERIES)} x {args.repeat}): median "
            f"{statistics.median(samples) * 1000:.1f} ms, p95 {_p95(samples) * 1000:.1f} ms"
        )
        result = index.search("council ")  # type: ignore[attr-defined]
        pages = []
        for start in range(0, min(result.total, 5000), 50):
            begin = time.perf_counter()
            page = result.page(start, start + 50)
            for hit in page[:15]:
                _ = hit.snippet_html
            pages.append(time.perf_counter() - begin)
        print(
            f"paging 'council' ({result.total} results, {len(pages)} pages of 50): median "
            f"{statistics.median(pages) * 1000:.1f} ms, worst {max(pages) * 1000:.1f} ms"
        )
        begin = time.perf_counter()
        facets = result.facets()
        print(
            f"counts per organ and year of all {result.total}: "
            f"{(time.perf_counter() - begin) * 1000:.1f} ms ({len(facets.years)} years)"
        )


if __name__ == "__main__":
    main()
