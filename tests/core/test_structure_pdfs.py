"""The structure of official UN PDFs as pdftotext extracts them (with and without
-layout), checked against what ../shared/corpora/un-pdfs/expected.json says each prints.

expected.json gives the last operative paragraph of the resolution; three files are
read differently here, on purpose (checked by eye against the PDFs):
- A/RES/78/247 and A/RES/79/258 are in sections whose numbering starts again at 1;
  expected.json gives one section's last number. Here each section is numbered 1..N.
- A/RES/79/172 prints paragraphs up to 48 (page 11); expected.json says 44.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from tests.conftest import ROOT

from viewer.core import structure

PDFS = ROOT.parent / "shared" / "corpora" / "un-pdfs"
RESTARTS_BY_SECTION = {"A_RES_78_247.pdf", "A_RES_79_258.pdf"}
EXPECTED_IS_WRONG = {"A_RES_79_172.pdf": 48}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@cache
def expected() -> dict[str, dict]:
    return json.loads((PDFS / "expected.json").read_text(encoding="utf-8"))


def extract(name: str, layout: bool) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), str(PDFS / name), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _in_order_by_section(parsed: structure.Structure) -> bool:
    runs: list[list[int]] = []
    for paragraph in parsed.operative:
        if paragraph.number is None:
            continue
        number = int(paragraph.number)
        if number == 1 or not runs:
            runs.append([])
        runs[-1].append(number)
    return all(run == list(range(1, len(run) + 1)) for run in runs)


@pytest.mark.parametrize("layout", [True, False], ids=["layout", "plain"])
def test_every_pdf_reads_its_operative_paragraphs(layout: bool) -> None:
    wrong: list[str] = []
    for name, facts in expected().items():
        parsed = structure.parse(extract(name, layout))
        numbers = [int(p.number) for p in parsed.operative if p.number]
        last = numbers[-1] if numbers else 0
        want = EXPECTED_IS_WRONG.get(name, facts["last_operative_paragraph"])
        if name in RESTARTS_BY_SECTION:
            ok = _in_order_by_section(parsed) and max(numbers) >= want
        else:
            ok = last == want and numbers == list(range(1, len(numbers) + 1))
        if not ok or parsed.heading.symbol is None or facts["symbol"] not in parsed.heading.symbol:
            wrong.append(f"{name}: last {last}, want {want}, heading {parsed.heading.symbol}")
    assert wrong == []


def test_the_security_council_pdf_has_its_annex_apart() -> None:
    parsed = structure.parse(extract("S_RES_2803_2025.pdf", layout=True))
    assert [p.number for p in parsed.operative] == [str(n) for n in range(1, 12)]
    assert parsed.annexes
    assert parsed.annexes[0].startswith("ANNEX 1")
    assert parsed.heading.adoption.startswith(
        "Adopted by the Security Council at its 10046th meeting"
    )


def test_running_heads_and_job_numbers_are_gone() -> None:
    parsed = structure.parse(extract("A_RES_78_101.pdf", layout=True))
    text = " ".join(p.full_text() for p in parsed.paragraphs)
    for furniture in ("23-24977", "*2324977*", "A/RES/78/101"):
        assert furniture not in text
    assert [n.number for n in parsed.footnotes][:3] == ["1", "2", "3"]
    assert parsed.closing[0].startswith("45th plenary meeting")


def test_paths() -> None:
    assert Path(PDFS / "expected.json").exists()
