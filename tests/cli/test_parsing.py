"""The window's start parses with the window's options alone (no command parsers, no
citation registry on the way to the first paint); every other command line goes to
the whole parser. Both must read a window's command line the same way."""

from __future__ import annotations

import subprocess
import sys

import pytest

from viewer import cli

WINDOW_LINES = [
    [],
    ["--lang", "fr"],
    ["--data", "some.json", "--open", "S/RES/2396 (2017)"],
    ["--open", "search"],  # a value that is also a command's name
    ["--reset-settings", "--lang=en"],
    ["--self-test"],
    ["--self-test", "first-paint", "--data", "x.json"],
    ["--lan", "fr", "--op", "71/19"],  # abbreviations, as argparse allows them
]


@pytest.mark.parametrize("argv", WINDOW_LINES)
def test_a_window_line_reads_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    assert cli.parse_args(argv) == cli.build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "terrorism", "--limit", "3"],
        ["--lang", "fr", "cite", "71/19", "--style", "apa"],
        ["validate", "x.json"],
    ],
)
def test_a_command_line_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert cli.parse_args(argv) == cli.build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [["--lang", "de"], ["--bogus"], ["stray"], ["--self-test", "sometimes"], ["--data"]],
)
def test_mistakes_get_the_whole_parsers_usage_and_message(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.parse_args(argv)
    ours = capsys.readouterr().err
    with pytest.raises(SystemExit) as expected:
        cli.build_parser().parse_args(argv)
    assert raised.value.code == expected.value.code == 2
    assert ours == capsys.readouterr().err
    assert "{search,show,cite,validate}" in ours or "COMMAND" in ours


@pytest.mark.parametrize("asked", ["--help", "-h", "--he"])
def test_help_lists_the_commands(asked: str, capsys) -> None:
    with pytest.raises(SystemExit):
        cli.parse_args([asked])
    out = capsys.readouterr().out
    for command in ("search", "show", "cite", "validate"):
        assert command in out


def test_the_window_path_does_not_import_the_citation_registry() -> None:
    probe = (
        "import sys; from viewer import cli; cli.parse_args(['--lang', 'en']); "
        "import viewer.ui.app, viewer.ui.main_window; "
        "print('viewer.core.citations' in sys.modules, 'viewer.core.collection' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
