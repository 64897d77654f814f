"""`resolutions-viewer cite`: one citation per symbol, in the order given, in any style."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bibtexparser
import jsonschema_rs
import pytest
import rispy
from cli_run import run, usage_error

from viewer.cli import main
from viewer.core import citations, loader

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "resolutions.json"
CSL_SCHEMA = ROOT / "tests" / "data" / "csl-data.json"


def test_default_style_is_un_usage_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "S/RES/2396 (2017)")
    assert (code, err) == (0, "")
    assert out == "Security Council resolution 2396 (2017) of 21 December 2017\n"


def test_french_where_the_style_has_a_french_form(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "71/19", "--lang", "fr")
    assert code == 0
    assert out == "résolution 71/19 de l’Assemblée générale en date du 21 novembre 2016\n"


def test_english_where_the_style_has_none(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "s/res/2396(2017)", "--style", "oscola", "--lang", "fr")
    assert code == 0
    assert out == "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396\n"


def test_lang_follows_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run(capsys, "cite", "2396")
    assert code == 0
    assert out.startswith("résolution 2396 (2017) du Conseil de sécurité")


def test_one_citation_per_symbol_in_the_order_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "2396", "a/res/71/19", "S/RES/2178", "--style", "bluebook")
    assert code == 0
    assert out.splitlines() == [
        "S.C. Res. 2396, U.N. Doc. S/RES/2396 (Dec. 21, 2017)",
        "G.A. Res. 71/19, U.N. Doc. A/RES/71/19 (Nov. 21, 2016)",
        "S.C. Res. 2178, U.N. Doc. S/RES/2178 (Sept. 24, 2014)",
    ]


def test_a_resolution_named_twice_is_cited_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "2396", "S/RES/2396 (2017)", "--style", "bibtex")
    assert code == 0
    assert out.count("@misc{") == 1


@pytest.mark.parametrize("style", list(citations.STYLES))
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_every_style_prints_what_the_core_gives(
    capsys: pytest.CaptureFixture[str], style: str, fmt: str
) -> None:
    collection = loader.load(BUNDLED)
    res = collection.find("A/RES/72/1")
    assert res is not None
    expected = citations.cite(style, res, "en", collection)
    code, out, err = run(capsys, "cite", "72/1", "--style", style, "--format", fmt)
    assert (code, err) == (0, "")
    assert out == (expected.html if fmt == "html" else expected.text) + "\n"


def test_html_of_several_is_one_paragraph_each(capsys: pytest.CaptureFixture[str]) -> None:
    # The SC resolution is described in roman (APA 7: untitled work) and its symbol does
    # not repeat the year; the URL links to the official document (issue 15).
    code, out, _ = run(capsys, "cite", "71/19", "2396", "--style", "apa", "--format", "html")
    assert code == 0
    assert out.splitlines() == [
        "<p>United Nations General Assembly. (2016). <i>Cooperation between the United Nations "
        "and the International Criminal Police Organization (INTERPOL)</i> (A/RES/71/19). "
        '<a href="https://undocs.org/A/RES/71/19">https://undocs.org/A/RES/71/19</a></p>',
        "<p>United Nations Security Council. (2017). [Resolution 2396] (S/RES/2396). "
        '<a href="https://undocs.org/S/RES/2396(2017)">https://undocs.org/S/RES/2396(2017)</a></p>',
    ]


ALL = ("2396", "2331", "2322", "2178", "73/11", "72/1", "71/19")


def test_bibtex_of_several_is_one_file_bibtex_reads(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", *ALL, "--style", "bibtex")
    assert code == 0
    library = bibtexparser.parse_string(out)
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == [
        "unsc-res-2396-2017",
        "unsc-res-2331-2016",
        "unsc-res-2322-2016",
        "unsc-res-2178-2014",
        "unga-res-73-11",
        "unga-res-72-1",
        "unga-res-71-19",
    ]


def test_ris_of_several_is_one_file_rispy_reads(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", *ALL, "--style", "ris")
    assert code == 0
    entries = rispy.loads(out)
    assert [entry["issn"] for entry in entries] == [
        "S/RES/2396 (2017)",
        "S/RES/2331 (2016)",
        "S/RES/2322 (2016)",
        "S/RES/2178 (2014)",
        "A/RES/73/11",
        "A/RES/72/1",
        "A/RES/71/19",
    ]
    assert {entry["type_of_reference"] for entry in entries} == {"GOVDOC"}


def test_csl_json_of_several_is_one_valid_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "2396", "71/19", "--style", "csl-json")
    assert code == 0
    items = json.loads(out)
    assert [item["id"] for item in items] == ["unsc-res-2396-2017", "unga-res-71-19"]
    schema = json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))
    jsonschema_rs.validator_for(schema).validate(items)


def test_an_unknown_symbol_prints_nothing_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "2396", "S/RES/9999 (2099)", "71/19")
    assert code == 1
    assert out == ""
    assert err.startswith("Unknown symbol: 'S/RES/9999 (2099)' is not in ")
    assert "Traceback" not in err


def test_each_unknown_symbol_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "nope", "2396", "99/99")
    assert (code, out) == (1, "")
    assert [line.split(" is not in ")[0] for line in err.splitlines()] == [
        "Unknown symbol: 'nope'",
        "Unknown symbol: '99/99'",
    ]


def test_an_unknown_style_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "cite", "2396", "--style", "harvard")
    assert "invalid choice: 'harvard'" in err


def test_an_unknown_format_and_no_symbol_are_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "invalid choice" in usage_error(capsys, "cite", "2396", "--format", "json")
    assert "SYMBOL" in usage_error(capsys, "cite")


def test_help_lists_the_styles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["cite", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "{un,oscola,bluebook,apa,chicago,mla,bibtex,ris,csl-json}" in out
    assert "nothing is printed" in out
    assert "--para PARAGRAPH" in out


# --- --style in any case, --para ---------------------------------------------------------


@pytest.mark.parametrize("name", ["OSCOLA", "Oscola", "oscola"])
def test_the_style_is_named_in_any_case(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, err = run(capsys, "cite", "2396", "--style", name)
    assert (code, err) == (0, "")
    assert out == "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396\n"


@pytest.mark.parametrize(
    ("para", "style", "expected"),
    [
        ("5", "oscola", "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 5"),
        ("8(a)", "oscola", "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 8(a)"),
        ("8 (a)", "oscola", "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 8(a)"),
        ("5-7", "oscola", "UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, paras 5–7"),
        ("5–7", "bluebook", "S.C. Res. 2396, ¶¶ 5–7, U.N. Doc. S/RES/2396 (Dec. 21, 2017)"),
        ("5", "un", "paragraph 5 of Security Council resolution 2396 (2017) of 21 December 2017"),
        ("5", "apa", "(United Nations Security Council, 2017, para. 5)"),
        ("5", "mla", "(United Nations, Security Council, Resolution 2396, par. 5)"),
    ],
)
def test_para_cites_a_paragraph(
    capsys: pytest.CaptureFixture[str], para: str, style: str, expected: str
) -> None:
    code, out, err = run(capsys, "cite", "S/RES/2396 (2017)", "--style", style, "--para", para)
    assert (code, err) == (0, "")
    assert out == expected + "\n"


def test_para_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "2396", "--para", "8(a)", "--lang", "fr")
    assert code == 0
    assert out == (
        "paragraphe 8 a) de la résolution 2396 (2017) du Conseil de sécurité "
        "en date du 21 décembre 2017\n"
    )


def test_para_with_bibtex_says_how_to_cite(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "2396", "--style", "bibtex", "--para", "5-7")
    assert code == 0
    assert out.startswith("% \\footcite[5--7]{unsc-res-2396-2017}\n@misc{unsc-res-2396-2017,")
    assert [entry.key for entry in bibtexparser.parse_string(out).entries] == ["unsc-res-2396-2017"]


@pytest.mark.parametrize(
    ("para", "message"),
    [
        ("8(a", "cannot read '(a' at character 2"),
        ("7-5", "a range must go up"),
        ("0", "0 is not a paragraph number"),
        ("five", "cannot read 'five' at character 1"),
        ("", "no paragraph given"),
        ("5 5", "expected ',' or 'and' between paragraphs"),
    ],
)
def test_a_malformed_paragraph_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], para: str, message: str
) -> None:
    err = usage_error(capsys, "cite", "2396", "--para", para)
    assert "argument --para" in err
    assert message in err


def test_para_with_several_symbols_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "2396", "71/19", "--para", "5")
    assert (code, out) == (2, "")
    assert err == "--para names paragraphs of one resolution: give one SYMBOL\n"


@pytest.fixture
def with_ecosoc(tmp_path: Path) -> Path:
    """The bundled collection plus an ECOSOC resolution whose number 71/19 is also a GA one."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["organs"].append(
        {
            "id": "ECOSOC",
            "name": {"en": "Economic and Social Council", "fr": "Conseil économique et social"},
        }
    )
    data["resolutions"].append(
        {"symbol": "E/RES/71/19", "organ": "ECOSOC", "number": "71/19", "date": "1971-07-30"}
    )
    path = tmp_path / "with-ecosoc.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_data_option_and_organs_named_by_the_collection(
    capsys: pytest.CaptureFixture[str], with_ecosoc: Path
) -> None:
    code, out, _ = run(capsys, "cite", "E/RES/71/19", "--data", with_ecosoc, "--lang", "fr")
    assert code == 0
    assert out == "résolution 71/19 du Conseil économique et social en date du 30 juillet 1971\n"


def test_a_symbol_naming_several_resolutions_exits_1(
    capsys: pytest.CaptureFixture[str], with_ecosoc: Path
) -> None:
    code, out, err = run(capsys, "--data", with_ecosoc, "cite", "71/19")
    assert (code, out) == (1, "")
    assert err == "'71/19' names several resolutions: A/RES/71/19, E/RES/71/19\n"


def test_a_broken_collection_file_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "cite", "2396", "--data", broken)
    assert (code, out) == (1, "")
    assert err


def test_the_installed_command_writes_utf8_and_exit_codes() -> None:
    env = {**os.environ, "LANG": "en_US.UTF-8", "PYTHONIOENCODING": "utf-8"}
    ok = subprocess.run(
        [sys.executable, "-m", "viewer", "cite", "2396", "--lang", "fr"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert ok.returncode == 0
    assert ok.stdout.decode("utf-8").strip() == (
        "résolution 2396 (2017) du Conseil de sécurité en date du 21 décembre 2017"
    )
    unknown = subprocess.run(
        [sys.executable, "-m", "viewer", "cite", "nope"], capture_output=True, env=env, check=False
    )
    assert (unknown.returncode, unknown.stdout) == (1, b"")
