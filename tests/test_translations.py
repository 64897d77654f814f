"""The French interface is complete: every string of the code has its translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_french_message_is_translated() -> None:
    unfinished = []
    for (context, source), message in messages(FOLDER / "resolutions-viewer_fr.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {source!r}")
    assert unfinished == []


def test_translation_sources_match_the_code(tmp_path: Path) -> None:
    """A tr() string added to the code without updating the .ts fails here
    (`make translations` refreshes the sources)."""
    fresh = tmp_path / "fresh_fr.ts"
    shutil.copy(FOLDER / "resolutions-viewer_fr.ts", fresh)
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            str(ROOT / "src" / "viewer" / "ui"),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    committed = set(messages(FOLDER / "resolutions-viewer_fr.ts"))
    assert set(messages(fresh)) == committed


def test_plural_forms_in_both_languages() -> None:
    for lang, expected in (("fr", "%n résultats"), ("en", "%n results")):
        found = messages(FOLDER / f"resolutions-viewer_{lang}.ts")
        forms = [f.text for f in found[("SearchPanel", "%n result(s)")].iter("numerusform")]
        assert forms[-1] == expected
