"""Issue 11, item 7: the command line as a tester attacked it. Limits too large for the
engine, a lone surrogate, an integer of thousands of digits, duplicate topic ids, and
ESC/BEL in the data reaching the terminal raw."""

from __future__ import annotations

import copy
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from viewer.core import loader, resources, terminal

BUNDLED = json.loads(resources.bundled_collection().read_text(encoding="utf-8"))
HANG_GUARD_S = 120  # a guard, not a measure


def limited_memory() -> None:
    # Before the fix a limit of 2**32 asked for 64 GB: cap the child at 2 GB.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """A real process with a strict UTF-8 stdout, as a terminal has."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", LANG="en_US.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "viewer", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        env=env,
        timeout=HANG_GUARD_S,
        preexec_fn=limited_memory,
    )


def write(tmp_path: Path, document: dict, name: str = "c.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("limit", ["4294967295", "9223372036854775807", str(10**30)])
def test_a_huge_limit_is_clamped_to_the_collection(limit: str) -> None:
    done = cli("search", "interpol", "--limit", limit, "--json")
    assert done.returncode == 0, done.stderr[-1500:]
    hits = json.loads(done.stdout)
    assert 0 < len(hits) <= len(BUNDLED["resolutions"])
    assert "Traceback" not in done.stderr


def test_a_lone_surrogate_in_an_unknown_field_prints_as_json(tmp_path: Path) -> None:
    document = copy.deepcopy(BUNDLED)
    record = document["resolutions"][0]
    # json.dumps writes the escape itself: the file holds "\ud800", valid JSON text.
    path = tmp_path / "c.json"
    record["x-note"] = "before\ud800after"
    path.write_text(json.dumps(document), encoding="utf-8")
    done = cli("show", record["symbol"], "--data", path, "--format", "json")
    assert done.returncode == 0, done.stderr[-1500:]
    assert json.loads(done.stdout)["x-note"] == "before\ud800after"  # the same value
    text = cli("show", record["symbol"], "--data", path)
    assert text.returncode == 0, text.stderr[-1500:]


def test_a_huge_integer_is_named_without_python_advice(tmp_path: Path, capsys) -> None:
    # {"x-count": 777…: the number starts on column 13.
    body = json.dumps(BUNDLED).replace('"format"', '"x-count": ' + "7" * 5000 + ', "format"', 1)
    path = tmp_path / "big.json"
    path.write_text(body, encoding="utf-8")
    code, _out, err = run(capsys, "validate", path)
    assert code == 1
    assert err == f"{path}:1:13: invalid JSON: a number of more than 4,300 digits\n"
    assert "set_int_max_str_digits" not in err


def test_duplicate_topic_ids_are_refused(tmp_path: Path) -> None:
    document = copy.deepcopy(BUNDLED)
    first = document["topics"][0]
    document["topics"].append(dict(first, label={"en": "Another"}))
    with pytest.raises(loader.CollectionError) as refusal:
        loader.build(document, "c.json")
    index = len(document["topics"]) - 1
    assert f'c.json: topics[{index}].id: topic "{first["id"]}" is given twice' in (
        refusal.value.lines()
    )


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    document = copy.deepcopy(BUNDLED)
    record = document["resolutions"][0]
    record["title"] = {"en": "Bell\a and \x1b]0;pwned\a\x1b[31mred\u202eevil"}
    path = write(tmp_path, document)
    shown = cli("show", record["symbol"], "--data", path, "--lang", "en")
    found = cli("search", "bell", "--data", path, "--lang", "en")
    for done in (shown, found):
        assert done.returncode == 0, done.stderr[-1500:]
        assert "\x1b" not in done.stdout
        assert "\a" not in done.stdout
        assert "\u202e" not in done.stdout
    assert "Bell\\x07 and \\x1b]0;pwned\\x07\\x1b[31mred\\u202eevil" in shown.stdout
    assert "Bell\\x07" in found.stdout


def test_safe_text_keeps_what_a_reader_needs() -> None:
    text = "Résolution 2396\tS/RES/2396 (2017)\nligne 2 « citée » — 日本"
    assert terminal.safe_text(text) == text
