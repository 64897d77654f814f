"""The command line speaks the reader's language: --lang on every command, else the
locale; close symbols offered for an unknown one."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run

from viewer.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "resolutions.json"
NBSP = "\u00a0"


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "terror"],
        ["show", "2396"],
        ["cite", "2396"],
        ["validate", str(BUNDLED)],
    ],
)
def test_every_command_takes_lang(argv: list[str]) -> None:
    assert build_parser().parse_args([*argv, "--lang", "fr"]).lang == "fr"


def test_show_an_unknown_symbol_offers_the_close_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "71/1", "--lang", "en")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == "Unknown symbol: '71/1' is not in the bundled collection."
    assert lines[1].startswith("Did you mean A/RES/71/19")
    assert lines[1].endswith("?")


def test_show_an_unknown_symbol_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "71/1", "--lang", "fr")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == (
        f"Cote inconnue{NBSP}: «{NBSP}71/1{NBSP}» n’est pas dans la collection fournie avec "
        "l’application."
    )
    assert lines[1].startswith("Vouliez-vous dire A/RES/71/19")
    assert lines[1].endswith(f"{NBSP}?")


def test_nothing_close_offers_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "S/RES/9999 (2099)")
    assert code == 1
    assert err == "Unknown symbol: 'S/RES/9999 (2099)' is not in the bundled collection.\n"


def test_a_file_given_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy = tmp_path / "mine.json"
    copy.write_bytes(BUNDLED.read_bytes())
    code, _, err = run(capsys, "show", "71/1", "--data", copy)
    assert code == 1
    assert err.startswith(f"Unknown symbol: '71/1' is not in {copy}.\n")


def test_cite_offers_close_symbols_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "2396", "2369", "--lang", "fr")
    assert (code, out) == (1, "")
    assert f"Vouliez-vous dire S/RES/2396 (2017){NBSP}?" in err.splitlines()


def test_search_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "terrorisme", "--lang", "fr")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith("résultats")
    # The bundled agenda items are in English only: each says so.
    sc_rows = [line for line in lines[1:] if line.startswith("S/RES/")]
    assert sc_rows
    assert all("(en anglais)\t" in row for row in sc_rows)


def test_locale_chooses_the_language_of_the_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    code, out, _ = run(capsys, "show", "72/1")
    assert code == 0
    assert "24e séance plénière" in out
    monkeypatch.setenv("LC_ALL", "C")
    code, out, _ = run(capsys, "show", "72/1")
    assert "24th plenary meeting" in out
