"""Reading the structure of every text of a collection, and rendering the longest page.

Usage: python bench/structure.py [--data FILE] [--repeat 5] [--json]
Prints the time to parse all texts (budget: 800 corpus texts in 1 s) and the time to
render the longest text's page as HTML (budget: 50 ms), best and median of the repeats.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from viewer.core import loader, reference_index, render_text, structure

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "unsc-en.json"


def _times(action, repeat: int, clock=time.perf_counter) -> list[float]:
    found = []
    for _ in range(repeat):
        start = clock()
        action()
        found.append(clock() - start)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="also a RESULT line (run.py)")
    args = parser.parse_args()
    collection = loader.load(args.data)
    texts = [t for t in map(reference_index.text_of, collection.resolutions) if t]
    parse_all = _times(lambda: [structure.parse(t) for t in texts], args.repeat)
    cpu = _times(lambda: [structure.parse(t) for t in texts], args.repeat, time.process_time)
    # Wall and CPU time: on a shared machine the wall clock also counts others' work.
    print(
        f"structure of {len(texts)} texts: best {min(parse_all):.3f} s, "
        f"median {statistics.median(parse_all):.3f} s wall; best {min(cpu):.3f} s CPU "
        "(budget 1 s for 800)"
    )
    longest = max(collection.resolutions, key=lambda r: len(reference_index.text_of(r) or ""))
    index = reference_index.build(collection)
    cited_by = index.placed(index.citing(longest), collection)
    most_cited = max(index.cited_by.values(), key=len)
    start = time.perf_counter()
    index.placed(most_cited, collection)
    placing = time.perf_counter() - start

    def render() -> str:
        parsed = structure.parse(reference_index.text_of(longest) or "")
        return render_text.page_html(
            parsed, longest.organ, collection, "en", index.references_of(longest), cited_by
        )

    page = _times(render, max(args.repeat, 10))
    print(
        f"longest page {longest.symbol} ({len(reference_index.text_of(longest) or '')} chars, "
        f"{len(render())} chars of HTML): best {min(page) * 1000:.1f} ms, "
        f"median {statistics.median(page) * 1000:.1f} ms (budget 50 ms)"
    )
    if args.json:  # for bench/run.py
        figures = {
            "texts": len(texts),
            "parse_all_s": min(parse_all),
            "parse_all_cpu_s": min(cpu),
            "longest_page_ms": min(page) * 1000,
            "longest_symbol": longest.symbol,
            "place_most_cited_ms": placing * 1000,
        }
        print("RESULT " + json.dumps(figures))
    print(
        f"'Cited by' of the most cited record ({most_cited[0].target}, {len(most_cited)} "
        f"mentions) placed in their paragraphs (the citing texts parsed): {placing * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
