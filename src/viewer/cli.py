"""The command line: no subcommand opens the window; the others run headless.

The headless commands (search, show, validate) never import Qt: they start fast and
run anywhere. They call the same core as the window, so what they print is what the
window shows.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from viewer import __version__
from viewer.core import labels, resources, terminal

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution
    from viewer.core.pinpoint import Pinpoint
    from viewer.core.results import SearchResult

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser(with_commands: bool = True, styles: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without its commands, the window's options alone.
    ``styles``: list the citation styles ``cite --style`` takes (importing the citation
    registry, 50 ms, which another command does without)."""
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
    parser.add_argument(
        "--open",
        metavar="SYMBOL",
        help='open the window on this resolution ("S/RES/687 (1991) para 8": at that paragraph)',
    )
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
    _add_no_cache(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_search(commands)
    _add_show(commands)
    _add_cite(commands, styles)
    validate = commands.add_parser("validate", help="check a collection file")
    _add_lang(validate)
    validate.add_argument("file", metavar="FILE", type=Path)

    from viewer.core.importing import command as import_command

    _add_lang(import_command.add_parser(commands))  # --lang: the report's language
    return parser


Commands = Any  # argparse's _SubParsersAction, private to argparse


def _add_search(commands: Commands) -> None:
    search = commands.add_parser("search", help="search the collection")
    _add_data(search)
    _add_lang(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON array in rank order")
    search.add_argument(
        "--sort",
        choices=("relevance", "date", "-date"),
        default="relevance",
        help="relevance (default), date (oldest first) or -date (newest first)",
    )
    _add_no_cache(search)


def _add_show(commands: Commands) -> None:
    show = commands.add_parser("show", help="print one resolution")
    _add_data(show)
    _add_lang(show)
    show.add_argument("symbols", metavar="SYMBOL", nargs="+")
    show.add_argument("--format", choices=("text", "html", "json"), default="text")
    show.add_argument(
        "--para",
        metavar="N",
        type=_pinpoint,
        help="print this paragraph (5, 8(a), 5-7) and its citation",
    )


def _add_cite(commands: Commands, styles: bool = True) -> None:
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
    if not styles:
        return  # not the command run: its options are not needed
    from viewer.core import citations  # the styles --style lists

    cite.add_argument(
        "--style",
        type=str.lower,  # OSCOLA, Oscola and oscola are one style
        choices=tuple(citations.STYLES),
        default=citations.DEFAULT_STYLE,
        help=f"citation style, in any case (default: {citations.DEFAULT_STYLE})",
    )
    cite.add_argument("--format", choices=("text", "html"), default="text")
    cite.add_argument(
        "--para",
        type=_pinpoint,
        metavar="PARAGRAPH",
        help="cite a paragraph of the resolution: 5, 8(a), 9(b)(i), 5-7, '5, 7' "
        "(APA and MLA give the in-text citation)",
    )


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


def _add_no_cache(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-cache",
        action="store_true",
        default=argparse.SUPPRESS,
        help="build the search index afresh, neither reading nor writing the cache",
    )


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=labels.LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of the content and messages (default: the system's)",
    )


def _pinpoint(value: str) -> Pinpoint:
    from viewer.core import pinpoint

    try:
        return pinpoint.parse(value)
    except pinpoint.PinpointError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
    helped = bool({"-h", "--help"} & set(arguments))
    if not helped:
        try:
            args, rest = build_parser(with_commands=False).parse_known_args(arguments)
        except argparse.ArgumentError:
            rest = arguments
        if not rest:
            return args
    # The citation styles only for `cite` (or help): `search` starts 50 ms sooner.
    return build_parser(styles=helped or "cite" in arguments).parse_args(arguments)


# A command run as its own process keeps what it loaded until it ends: frozen out of
# the garbage collector's passes (set by ``run``; not when a test calls ``main``).
_KEEP_LOADED = False


def _loaded(collection: Collection) -> Collection:
    """The collector's first pass after a load walked all it made (the load runs with
    the collector off): 80 ms for 32,000 records that are garbage to nobody."""
    if _KEEP_LOADED:
        gc.freeze()
    return collection


def run() -> NoReturn:
    """The console entry point (``resolutions-viewer``, ``python -m viewer``, the
    standalone app). A command's process ends once its output is written: tearing down
    a loaded collection object by object (30,000 records) took 70 ms more, for nothing."""
    global _KEEP_LOADED
    _KEEP_LOADED = True
    code = main(fast_exit=True)
    sys.exit(code)


def main(argv: Sequence[str] | None = None, fast_exit: bool = False) -> int:
    """Run the command line; ``fast_exit``: a command ends the process when done."""
    args = parse_args(argv)
    if args.self_test:
        from viewer import selftest

        return selftest.run(args)
    if args.command is None:
        from viewer.ui.app import run_window  # Qt is imported only for the window

        return run_window(args)
    from viewer.core import loader  # the window loads on a thread, after its first paint

    code = _command(args, loader)
    if fast_exit:
        _end_now(code)
    return code


def _command(args: argparse.Namespace, loader: ModuleType) -> int:
    try:
        return {
            "search": cmd_search,
            "show": cmd_show,
            "cite": cmd_cite,
            "validate": cmd_validate,
            "import": cmd_import,
        }[args.command](args)
    except loader.CollectionError as error:
        for line in error.lines(language(args)):
            print(line, file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `resolutions-viewer search x | head`
        sys.stderr.close()
        return EXIT_OK


def _end_now(code: int) -> NoReturn:
    """Flush what was printed and end the process without tearing objects down (files
    a command writes are closed, and renamed into place, before it returns)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe, a closed stream
            stream.flush()
    os._exit(code)


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

    return _loaded(loader.load(getattr(args, "data", None) or resources.bundled_collection()))


def cmd_search(args: argparse.Namespace) -> int:
    import json

    lang = language(args)
    result = _search(args, lang)
    for problem in result.query.filters.problems:
        print(terminal.safe_text(f"warning: {problem}"), file=sys.stderr)
    if args.json:
        hits = [
            {
                "symbol": hit.resolution.symbol,
                "score": round(hit.score, 4),
                "label": hit.resolution.label(lang),
                "date": hit.resolution.date.isoformat(),
                "snippet": hit.snippet,
                "snippet_html": hit.snippet_html,
                "matched_lang": hit.matched_lang,
            }
            for hit in result.hits
        ]
        print(terminal.printable_json(json.dumps(hits, ensure_ascii=False, indent=2)))
        return EXIT_OK if hits else EXIT_FAILURE
    if not result.hits:
        # Exit 1 as grep does: a script can tell "nothing found" from "found".
        query = labels.quoted(args.query, lang)
        print(terminal.safe_text(labels.label("no_results", lang, query=query)), file=sys.stderr)
        return EXIT_FAILURE
    _print_hits(result, lang)
    return EXIT_OK


def _search(args: argparse.Namespace, lang: str) -> SearchResult:
    """The search as the window runs it: the index from the cache unless --no-cache."""
    if getattr(args, "no_cache", False):
        from viewer.core.search import SearchIndex

        collection = load_collection(args)
        index = SearchIndex(collection, prepare=False)
    else:
        from viewer.core import index_cache, loader

        known = index_cache.KnownContent()  # bytes the cache holds skip the schema
        path = getattr(args, "data", None) or resources.bundled_collection()
        collection = _loaded(loader.load(path, trusted=known))
        index, _how = index_cache.open_index(collection, key=known.key, prepare=False)
    # Never more than there are records: the engine allocates for the limit asked.
    limit = min(args.limit, max(len(collection.resolutions), 1))
    return index.search(args.query, limit=limit, lang=lang, sort=args.sort)


def _print_hits(result: SearchResult, lang: str) -> None:
    """The count (and the close spelling used), then a line per hit."""
    note = ""
    if result.approximate:
        note = labels.label(
            "close_spellings", lang, query=labels.quoted(result.correction_text, lang)
        )
    count = (
        labels.label("one_result", lang)
        if result.total == 1
        else labels.label("n_results", lang, n=str(result.total))
    )
    print(terminal.safe_text(f"{count}{note}"))
    for hit in result.hits:
        text, used = hit.resolution.label_pick(lang)
        shown = labels.with_fallback_note(text, used, lang)
        other = ""
        if hit.matched_lang:
            other = labels.label(
                "matched_in", lang, language=labels.language_name(hit.matched_lang, lang)
            )
        line = f"{hit.resolution.symbol}\t{shown}\t{other}{hit.snippet}"
        print(terminal.safe_text(line))  # the file's text never drives the terminal


def cmd_show(args: argparse.Namespace) -> int:
    import json

    from viewer import reading_cli
    from viewer.core import reference_index, render

    point = args.para  # a pinpoint.Pinpoint, read by the parser
    collection = load_collection(args)
    lang = language(args)
    found: list[Resolution] = []
    for symbol in args.symbols:
        matches = collection.resolve(symbol)
        if len(matches) == 1:
            found.append(matches[0])
        else:
            print(_not_one(collection, symbol, matches, lang), file=sys.stderr)
    if len(found) != len(args.symbols):
        return EXIT_FAILURE
    if point is not None:
        shown = [reading_cli.print_paragraph(r, point, lang, collection) for r in found]
        return EXIT_OK if all(shown) else EXIT_FAILURE
    if args.format == "json":
        index = reference_index.build(collection)
        records = [reading_cli.record_json(r, collection, index) for r in found]
        shown = records[0] if len(records) == 1 else records
        print(terminal.printable_json(json.dumps(shown, ensure_ascii=False, indent=2)))
        return EXIT_OK
    # The page as the window shows it, its "Cites" and "Cited by" too.
    index = reference_index.build(collection) if args.format == "html" else None
    for res in found:
        if index is not None:
            cited_by = index.placed(index.citing(res), collection)
            cites = index.references_of(res)
            page = render.resolution_html(collection, res, lang, cites=cites, cited_by=cited_by)
            sys.stdout.write(page + "\n")
        else:
            sys.stdout.write(terminal.safe_text(render.resolution_text(collection, res, lang)))
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
    if args.para is not None and len(found) > 1:
        print("--para names paragraphs of one resolution: give one SYMBOL", file=sys.stderr)
        return EXIT_USAGE
    style = citations.get_style(args.style)
    cited = [citations.cite(style, r, lang, collection, args.para) for r in found.values()]
    result = citations.join(style, cited)
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


def cmd_import(args: argparse.Namespace) -> int:
    from viewer.core.importing import command

    return command.run(args, getattr(args, "lang", None) or default_language())


if __name__ == "__main__":
    run()
