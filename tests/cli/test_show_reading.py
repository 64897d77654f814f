"""`show` reads a text: several symbols, JSON paragraphs and references, --para."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run, usage_error

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "unsc-en.json"


def test_show_json_of_one_symbol_has_paragraphs_references_and_cited_by(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "show", "S/RES/687 (1991)", "--data", CORPUS, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["symbol"] == "S/RES/687 (1991)"
    operative = [p for p in data["paragraphs"] if p["kind"] == "operative"]
    assert [p["number"] for p in operative] == [str(n) for n in range(1, 35)]
    eight = operative[7]
    assert [s["label"] for s in eight["subparagraphs"]] == ["(a)", "(b)"]
    assert set(eight) == {"kind", "number", "text", "subparagraphs"}
    first = data["references"][0]
    assert first == {
        "symbol": "S/RES/660 (1990)",
        "paragraph": "pp1",
        "target_paragraph": None,
        "in_collection": True,
    }
    assert {
        "symbol": "S/RES/678 (1990)",
        "paragraph": "pp3",
        "target_paragraph": "2",
        "in_collection": True,
    } in data["references"]
    assert {"symbol": "S/RES/689 (1991)", "paragraph": "pp1"} in data["cited_by"]


def test_show_json_of_several_symbols_is_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "687", "678", "--data", CORPUS, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["symbol"] for d in data] == ["S/RES/687 (1991)", "S/RES/678 (1990)"]
    # 687 recalls 678: the link shows from both ends.
    assert {"symbol": "S/RES/687 (1991)", "paragraph": "pp1"} in data[1]["cited_by"]


def test_show_para_prints_the_paragraph_and_its_citation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "show", "687", "--data", CORPUS, "--para", "8(a)")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("8. Decides that Iraq shall unconditionally accept")
    assert lines[1].strip().startswith("(a) All chemical and biological weapons")
    assert not any(line.strip().startswith("(b)") for line in lines)
    # The citation is in the default style, as `cite` prints it (UN usage).
    assert lines[-1] == (
        "paragraph 8 (a) of Security Council resolution 687 (1991) of 3 April 1991"
    )


def test_show_para_range(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "687", "--data", CORPUS, "--para", "5-7")
    assert code == 0
    assert [line[:2] for line in out.splitlines() if line[:1].isdigit()] == ["5.", "6.", "7."]
    assert out.rstrip().endswith(
        "paragraphs 5 to 7 of Security Council resolution 687 (1991) of 3 April 1991"
    )


def test_show_para_absent_from_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "687", "--data", CORPUS, "--para", "99")
    assert code == 1
    assert out == ""
    assert "no paragraph 99" in err


@pytest.mark.parametrize("locator", ["x9", "5-3", "", "8(a", "para"])
def test_a_malformed_paragraph_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], locator: str
) -> None:
    err = usage_error(capsys, "show", "687", "--data", CORPUS, "--para", locator)
    assert "--para" in err
