"""Build a large collection from the real corpus: 800 texts repeated with new numbers.

Usage: python bench/make_large.py [--count 32000] [--out FILE]
Each copy gets a fresh Security Council number and symbol (S/RES/<n> (<year>)), so the
file has the size and shape of the whole body of UN resolutions (about 80 MB).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "unsc-en.json"


def build(count: int, corpus: Path = CORPUS) -> dict:
    source = json.loads(corpus.read_text(encoding="utf-8"))
    originals = source["resolutions"]
    resolutions = []
    for n in range(1, count + 1):
        record = dict(originals[(n - 1) % len(originals)])
        year = record["date"][:4]
        record["number"] = str(n)
        record["symbol"] = f"S/RES/{n} ({year})"
        record["links"] = [
            {"url": f"https://undocs.org/S/RES/{n}({year})", "label": {"en": "Official document"}}
        ]
        resolutions.append(record)
    return {
        **source,
        "title": {"en": f"{count} resolutions (benchmark)"},
        "resolutions": resolutions,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=32_000)
    parser.add_argument("--out", type=Path, default=Path("bench/results/large.json"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(build(args.count), ensure_ascii=False), encoding="utf-8")
    print(f"{args.out}: {args.count} resolutions, {args.out.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
