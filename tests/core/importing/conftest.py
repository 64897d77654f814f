"""Fixtures of the importer's tests: the 60 official PDFs read once per session."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # made_pdfs, beside these tests

from made_pdfs import UN_PDFS

from viewer.core.importing import runner


@pytest.fixture(scope="session")
def expected() -> dict[str, dict]:
    return json.loads((UN_PDFS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def official() -> runner.ImportReport:
    """The 60 official PDFs, imported as a user would (worker processes)."""
    return runner.import_paths(sorted(UN_PDFS.glob("*.pdf")))
