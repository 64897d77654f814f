"""Load + validation time, index build time and peak memory, in a fresh process.

Run by ``bench/run.py`` (one fresh interpreter per run, so nothing is cached or shared
with another measurement):

    python bench/load_index.py FILE

Times ``viewer.core.loader.load(FILE)`` (read, JSON parse, JSON Schema validation,
cross-checks, model), then ``SearchIndex(collection)``, as the window's loader thread
does them (``gc.freeze()`` between the two, as it does). The index's progress callback
timestamps cut the build in two: until the last progress report (all documents but
the last ``_PROGRESS_EVERY`` added: the Python loop and Tantivy's ``add_document``), and
the tail (the last documents, ``commit``, merging, reload). Then, for the
breakdown only, the JSON parse and the schema validation are timed again alone. Prints
``RESULT <json>`` with the peak RSS of the process (``ru_maxrss``).
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from pathlib import Path

from viewer.core import loader
from viewer.core.search import SearchIndex


def main() -> None:
    path = Path(sys.argv[1])
    start = time.perf_counter()
    collection = loader.load(path)
    loaded = time.perf_counter()
    gc.freeze()

    marks: list[tuple[int, float]] = []
    index_start = time.perf_counter()
    index = SearchIndex(
        collection, progress=lambda done, _t: marks.append((done, time.perf_counter()))
    )
    built = time.perf_counter()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    last_batch = max((t for done, t in marks if done < len(index)), default=index_start)
    parse_start = time.perf_counter()
    data = loader.read_json(path)
    parsed = time.perf_counter()
    loader.validate(data)
    validated = time.perf_counter()
    result = {
        "records": len(collection.resolutions),
        "load_s": loaded - start,
        "index_s": built - index_start,
        "index_until_last_progress_s": last_batch - index_start,
        "index_tail_s": built - last_batch,
        "parse_s": parsed - parse_start,
        "validate_s": validated - parsed,
        "peak_rss_mb": rss_mb,
    }
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
