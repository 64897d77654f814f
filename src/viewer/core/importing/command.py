"""``resolutions-viewer import PATH... (-o NEW.json | --add-to FILE.json) [--json]``.

Exit 0 when every input came in, 1 when some were skipped (the rest are written) or
nothing could be written, 2 for a usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2

_MESSAGES = {
    "en": {
        "wrote": "{target}: {n} resolution(s) written ({added} new, {updated} updated)",
        "nothing": "Nothing to write: no input was a resolution.",
        "skipped": "{n} of {total} input(s) skipped.",
    },
    "fr": {
        "wrote": "{target} : {n} résolution(s) écrite(s) ({added} nouvelle(s), "
        "{updated} mise(s) à jour)",
        "nothing": "Rien à écrire : aucune entrée n'était une résolution.",
        "skipped": "{n} entrée(s) sur {total} ignorée(s).",
    },
}


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """The ``import`` subcommand, added to the main parser's subparsers."""
    parser = commands.add_parser(
        "import",
        help="import official PDFs, text files or UN Digital Library exports",
        description="Read UN resolutions from official PDFs (English or French), text "
        "files (CR-UNSC layout or the official wording) and UN Digital Library MARC 21 XML "
        "exports (files or folders, read recursively) into a collection. Exit 0 when all "
        "came in, 1 when some were skipped (the rest are written).",
    )
    parser.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", metavar="NEW.json", type=Path, help="write a new collection"
    )
    target.add_argument(
        "--add-to",
        metavar="FILE.json",
        type=Path,
        help="add to an existing collection in place (nothing it holds is lost)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run(args: argparse.Namespace, lang: str) -> int:
    from viewer.core import loader
    from viewer.core.importing import merge, runner, writing

    words = _MESSAGES.get(lang, _MESSAGES["en"])
    if args.output is not None and args.output.exists():
        print(f"{args.output}: already exists; choose a new name or use --add-to", file=sys.stderr)
        return EXIT_USAGE
    existing = None
    if args.add_to is not None:
        loader.load(args.add_to)  # refuses a broken target before any work (CollectionError)
        existing = loader.read_json(args.add_to)
    report = runner.import_paths(args.paths, progress=_progress_printer())
    summary: dict[str, Any] = report.as_json()
    status = EXIT_SKIPPED if report.skipped else EXIT_OK
    try:
        if existing is not None:
            data, added, updated = merge.add_to(existing, report.merged)
            target = args.add_to if added or updated else None
            if target is not None:
                writing.write(data, target, overwrite=True)
        elif report.record_count:
            data, added, updated = merge.new_collection(report.merged), report.record_count, 0
            writing.write(data, args.output, overwrite=False)
            target = args.output
        else:
            target, added, updated = None, 0, 0
    except (writing.WriteError, loader.CollectionError) as error:
        print(error, file=sys.stderr)
        return EXIT_SKIPPED
    summary.update(written=str(target) if target else None, added=added, updated=updated)
    _print(report, summary, words, args.json)
    return status


def _progress_printer():
    """Progress on stderr when it is a terminal (a pipe or a log gets the report only)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        end = "\n" if done == total else ""
        print(f"\r[{done}/{total}] {Path(path).name[:60]:<60}", end=end, file=sys.stderr)

    return show


def _print(report: Any, summary: dict[str, Any], words: dict[str, str], as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    for outcome in report.outcomes:
        what = ", ".join(outcome.symbols)
        lang = f" ({outcome.lang})" if outcome.lang else ""
        detail = f": {outcome.detail}" if outcome.detail else ""
        if outcome.skipped:
            print(f"{outcome.source}: skipped, {outcome.status}{detail}")
        else:
            print(f"{outcome.source}: {outcome.status} {what}{lang}{detail}")
    if summary["written"]:
        count = summary["added"] + summary["updated"]
        print(
            words["wrote"].format(
                target=summary["written"],
                n=count,
                added=summary["added"],
                updated=summary["updated"],
            )
        )
    else:
        print(words["nothing"], file=sys.stderr)
    if report.skipped:
        print(words["skipped"].format(n=len(report.skipped), total=len(report.outcomes)))
