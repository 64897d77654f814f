"""The command line: no subcommand opens the window; the others run headless.

The headless commands (search, show, validate) never import Qt: they start fast and
run anywhere. They call the same core as the window, so what they print is what the
window shows.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import __version__
from viewer.core import labels, resources

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without its commands, the window's options alone."""
    parser = argparse.ArgumentParser(
        prog="resolutions-viewer",
        description="Browse, search and cite the UN resolutions concerning INTERPOL. "
        "Without a command, opens the window.",
        # parse_args: the window's parser hands mistakes on, and takes no abbreviations
        # (--he would be its own --help, without the commands).
        exit_on_error=with_commands,
        allow_abbrev=with_commands,
    )
    _add_data(parser)
    _add_lang(parser)
    parser.add_argument("--open", metavar="SYMBOL", help="open the window on this resolution")
    parser.add_argument(
        "--reset-settings",
        action="store_true",
        help="start the window with default settings (language, layout, zoom, style…)",
    )
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="all",
        choices=("all", "first-paint"),
        metavar="MODE",
        help="check that this copy works: open the window offscreen, load --data or the "
        "bundled collection, index, search, render, cite; print each step's time, exit 0, "
        "or 1 naming the failed step (MODE first-paint: quit at the window's first paint)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from viewer.core import citations  # the styles --style lists

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search the collection")
    _add_data(search)
    _add_lang(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON array in rank order")

    show = commands.add_parser("show", help="print one resolution")
    _add_data(show)
    _add_lang(show)
    show.add_argument("symbol", metavar="SYMBOL")
    show.add_argument("--format", choices=("text", "html", "json"), default="text")

    cite = commands.add_parser(
        "cite",
        help="cite resolutions in a citation style",
        description="Print one citation per SYMBOL, in the order given (a resolution named "
        "twice is cited once). BibTeX, RIS and CSL-JSON print one file of all the entries. "
        "If a SYMBOL names no resolution, or several, nothing is printed and the exit "
        "status is 1.",
    )
    _add_data(cite)
    _add_lang(cite)
    cite.add_argument(
        "symbols", metavar="SYMBOL", nargs="+", help="a symbol, in any usual spelling"
    )
    cite.add_argument(
        "--style",
        choices=tuple(citations.STYLES),
        default=citations.DEFAULT_STYLE,
        help=f"citation style (default: {citations.DEFAULT_STYLE})",
    )
    cite.add_argument("--format", choices=("text", "html"), default="text")

    validate = commands.add_parser("validate", help="check a collection file")
    _add_lang(validate)
    validate.add_argument("file", metavar="FILE", type=Path)
    return parser


def _add_data(parser: argparse.ArgumentParser) -> None:
    # --data is accepted before or after the subcommand; SUPPRESS keeps a subcommand's
    # absent --data from erasing one given before it. (Added to each parser rather than
    # through parents=: two parsers fewer to build on the way to the window.)
    parser.add_argument(
        "--data",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="a collection file (default: the bundled collection)",
    )


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=labels.LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of the content and messages (default: the system's)",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments, parsed as ``build_parser()`` parses them.

    A start of the window (no command, no mistake, no --help) is parsed by the window's
    options alone: the commands' parsers, and the citation registry that ``cite --style``
    lists, are not built on the way to the window's first paint. Anything else (a
    command, --help, an unknown or wrong argument) goes to the whole command line, so
    that its help and its error messages are the only ones a user sees.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(arguments):
        try:
            args, rest = build_parser(with_commands=False).parse_known_args(arguments)
        except argparse.ArgumentError:
            rest = arguments
        if not rest:
            return args
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        from viewer import selftest

        return selftest.run(args)
    if args.command is None:
        from viewer.ui.app import run_window  # Qt is imported only for the window

        return run_window(args)
    from viewer.core import loader  # the window loads on a thread, after its first paint

    try:
        return {
            "search": cmd_search,
            "show": cmd_show,
            "cite": cmd_cite,
            "validate": cmd_validate,
        }[args.command](args)
    except loader.CollectionError as error:
        for line in error.lines(language(args)):
            print(line, file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `resolutions-viewer search x | head`
        sys.stderr.close()
        return EXIT_OK


def default_language() -> str:
    """The content language from the environment's locale: French or English."""
    import locale
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    current = locale.getlocale()[0] or ""
    return "fr" if current.lower().startswith("fr") else "en"


def language(args: argparse.Namespace) -> str:
    """--lang, else the system locale's language."""
    return getattr(args, "lang", None) or default_language()


def load_collection(args: argparse.Namespace) -> Collection:
    from viewer.core import loader

    return loader.load(getattr(args, "data", None) or resources.bundled_collection())


def cmd_search(args: argparse.Namespace) -> int:
    import json

    from viewer.core.search import SearchIndex

    collection = load_collection(args)
    lang = language(args)
    result = SearchIndex(collection).search(args.query, limit=args.limit, lang=lang)
    if args.json:
        hits = [
            {
                "symbol": hit.resolution.symbol,
                "score": round(hit.score, 4),
                "label": hit.resolution.label(lang),
                "date": hit.resolution.date.isoformat(),
                "snippet": hit.snippet,
                "snippet_html": hit.snippet_html,
            }
            for hit in result.hits
        ]
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return EXIT_OK if hits else EXIT_FAILURE
    if not result.hits:
        # Exit 1 as grep does: a script can tell "nothing found" from "found".
        query = labels.quoted(args.query, lang)
        print(labels.label("no_results", lang, query=query), file=sys.stderr)
        return EXIT_FAILURE
    note = labels.label("close_spellings", lang) if result.approximate else ""
    count = (
        labels.label("one_result", lang)
        if result.total == 1
        else labels.label("n_results", lang, n=str(result.total))
    )
    print(f"{count}{note}")
    for hit in result.hits:
        text, used = hit.resolution.label_pick(lang)
        shown = labels.with_fallback_note(text, used, lang)
        print(f"{hit.resolution.symbol}\t{shown}\t{hit.snippet}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    import json

    from viewer.core import render

    collection = load_collection(args)
    lang = language(args)
    found = collection.resolve(args.symbol)
    if len(found) != 1:
        print(_not_one(collection, args.symbol, found, lang), file=sys.stderr)
        return EXIT_FAILURE
    res = found[0]
    if args.format == "html":
        sys.stdout.write(render.resolution_html(collection, res, lang))
        sys.stdout.write("\n")
    elif args.format == "json":
        print(json.dumps(res.raw, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(render.resolution_text(collection, res, lang))
    return EXIT_OK


def _not_one(collection: Collection, symbol: str, found: list[Resolution], lang: str) -> str:
    """Why a symbol names no resolution (and which close ones it may mean), or several."""
    from viewer.core.suggestions import close_symbols

    typed = labels.quoted(symbol, lang)
    if found:
        names = ", ".join(r.symbol for r in found)
        return labels.label("several", lang, symbol=typed, names=names)
    where = _collection_name(collection, lang)
    message = labels.label("unknown_symbol", lang, symbol=typed, where=where)
    close = [r.symbol for r in close_symbols(collection, symbol)]
    if close:
        message += "\n" + labels.label("did_you_mean", lang, choices=labels.one_of(close, lang))
    return message


def _collection_name(collection: Collection, lang: str) -> str:
    """The file a user named, or words for the bundled collection (its path inside an
    installed or frozen app means nothing to a reader)."""
    if collection.path is None:
        return labels.label("the_collection", lang)
    if collection.path.resolve() == resources.bundled_collection().resolve():
        return labels.label("the_bundled_collection", lang)
    return str(collection.path)


def cmd_cite(args: argparse.Namespace) -> int:
    from viewer.core import citations

    collection = load_collection(args)
    lang = language(args)
    found: dict[str, Resolution] = {}  # in the order given, each resolution once
    problems: list[str] = []
    for symbol in args.symbols:
        matches = collection.resolve(symbol)
        if len(matches) == 1:
            found.setdefault(matches[0].key, matches[0])
        else:
            problems.append(_not_one(collection, symbol, matches, lang))
    if problems:
        # Nothing on stdout: a script must not take half a bibliography for a whole one.
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILURE
    cited = [citations.cite(args.style, r, lang, collection) for r in found.values()]
    result = citations.join(args.style, cited)
    sys.stdout.write((result.html if args.format == "html" else result.text) + "\n")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from viewer.core import loader
    from viewer.core.messages import warning_line

    lang = language(args)
    collection = loader.load(args.file)
    for warning in collection.warning_problems:
        print(warning_line(str(args.file), warning, lang), file=sys.stderr)
    count = len(collection.resolutions)
    noun = labels.label("resolution" if count == 1 else "resolutions", lang)
    print(f"{args.file}: {labels.label('valid_file', lang, n=str(count), noun=noun)}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
