"""The command line as a user runs it: exit codes, what is printed, and where."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_run import run, usage_error

from factories import document as doc
from factories import record, write
from viewer import __version__
from viewer.core import loader, render

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "resolutions.json"
CORPUS = ROOT.parent / "shared" / "corpora" / "unsc-en.json"


def hit_symbols(out: str) -> list[str]:
    """Symbols of the result lines of a plain-text search (after the count line)."""
    lines = out.splitlines()
    assert re.fullmatch(r"\d+ results?( for .* \(close spelling\))?", lines[0]), lines[0]
    return [line.split("\t")[0] for line in lines[1:]]


def search_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "search", *args, "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert isinstance(hits, list)
    return hits


# --- search ----------------------------------------------------------------------------


def test_search_lists_hits_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "terror")
    assert code == 0
    assert err == ""
    symbols = hit_symbols(out)
    assert "S/RES/2396 (2017)" in symbols
    assert "S/RES/2178 (2014)" in symbols
    assert len(symbols) == len(set(symbols))
    assert out.splitlines()[0] == f"{len(symbols)} results"
    for line in out.splitlines()[1:]:
        symbol, label, snippet = line.split("\t")
        assert symbol.startswith(("A/RES/", "S/RES/"))
        assert label
        assert snippet


def test_search_json_is_ranked(capsys: pytest.CaptureFixture[str]) -> None:
    hits = search_json(capsys, "terror")
    symbols = [hit["symbol"] for hit in hits]
    assert "S/RES/2396 (2017)" in symbols
    assert "S/RES/2178 (2014)" in symbols
    for hit in hits:
        assert isinstance(hit["symbol"], str)
        assert isinstance(hit["score"], (int, float))
        assert isinstance(hit["snippet"], str)
        assert hit["snippet"]
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_json_matches_the_text_listing(capsys: pytest.CaptureFixture[str]) -> None:
    hits = search_json(capsys, "terror")
    _, out, _ = run(capsys, "search", "terror")
    assert [hit["symbol"] for hit in hits] == hit_symbols(out)


def test_search_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(search_json(capsys, "terror")) > 2
    assert len(search_json(capsys, "terror", "--limit", "2")) == 2
    code, out, _ = run(capsys, "search", "terror", "--limit", "2")
    assert code == 0
    assert len(hit_symbols(out)) == 2


def test_search_by_number_puts_the_resolution_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert search_json(capsys, "2396")[0]["symbol"] == "S/RES/2396 (2017)"
    code, out, _ = run(capsys, "search", "2396")
    assert code == 0
    assert hit_symbols(out)[0] == "S/RES/2396 (2017)"


def test_search_by_symbol_puts_the_resolution_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert search_json(capsys, "A/RES/71/19")[0]["symbol"] == "A/RES/71/19"


def test_search_without_hits_says_so_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    # As grep: exit 1 when nothing is found, so a script can tell it from a find.
    code, out, err = run(capsys, "search", "zzqqxxw", "--lang", "en")
    assert code == 1
    assert out == ""
    assert err == "No results for 'zzqqxxw'.\n"


def test_search_without_hits_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "zzqqxxw", "--lang", "fr")
    assert code == 1
    assert out == ""
    assert err == "Aucun résultat pour «\u00a0zzqqxxw\u00a0».\n"


def test_search_json_without_hits_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "zzqqxxw", "--json")
    assert code == 1
    assert json.loads(out) == []


@pytest.mark.parametrize("limit", ["0", "-1", "x", "2.5"])
def test_search_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str], limit: str) -> None:
    err = usage_error(capsys, "search", "terror", "--limit", limit)
    assert "--limit" in err


def test_search_without_query_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "search")
    assert "QUERY" in err


@pytest.mark.parametrize("data_first", [False, True], ids=["data-after", "data-before"])
def test_search_corpus_phrase(capsys: pytest.CaptureFixture[str], data_first: bool) -> None:
    query = '"Military Staff Committee"'
    if data_first:
        args = ["--data", str(CORPUS), "search", query, "--json"]
    else:
        args = ["search", query, "--data", str(CORPUS), "--json"]
    code, out, err = run(capsys, *args)
    assert code == 0, err
    hits = json.loads(out)
    assert hits[0]["symbol"] == "S/RES/1 (1946)"
    assert "Military Staff Committee" in hits[0]["snippet"] or (
        "MILITARY STAFF COMMITTEE" in hits[0]["snippet"]
    )


def test_search_missing_data_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    code, out, err = run(capsys, "search", "terror", "--data", path)
    assert code == 1
    assert out == ""
    assert err == f"{path}: no such file\n"


# --- show ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "symbol"),
    [
        ("71/19", "A/RES/71/19"),
        ("A/RES/71/19", "A/RES/71/19"),
        ("a/res/71/19", "A/RES/71/19"),
        ("S/RES/2396 (2017)", "S/RES/2396 (2017)"),
        ("s/res/2396(2017)", "S/RES/2396 (2017)"),
        ("S/RES/2396", "S/RES/2396 (2017)"),
        ("2396", "S/RES/2396 (2017)"),
        (" 2396 ", "S/RES/2396 (2017)"),
    ],
)
def test_show_any_spelling(capsys: pytest.CaptureFixture[str], typed: str, symbol: str) -> None:
    code, out, err = run(capsys, "show", typed)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == symbol
    assert lines[1] == "=" * len(symbol)


@pytest.mark.parametrize(
    ("lang", "date", "meeting"),
    [("fr", "21 décembre 2017", "8148e séance"), ("en", "21 December 2017", "8148th meeting")],
)
def test_show_text_in_each_language(
    capsys: pytest.CaptureFixture[str], lang: str, date: str, meeting: str
) -> None:
    code, out, _ = run(capsys, "show", "2396", "--lang", lang)
    assert code == 0
    assert date in out
    assert meeting in out
    assert "https://undocs.org/S/RES/2396(2017)" in out


def test_show_lang_before_the_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "fr", "show", "2396")
    assert code == 0
    assert "21 décembre 2017" in out


def test_show_follows_a_french_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run(capsys, "show", "2396")
    assert code == 0
    assert "21 décembre 2017" in out


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("typed", ["71/19", "S/RES/2396 (2017)", "2178"])
def test_show_html_is_the_detail_pane(
    capsys: pytest.CaptureFixture[str], typed: str, lang: str
) -> None:
    collection = loader.load(BUNDLED)
    res = collection.find(typed)
    assert res is not None
    code, out, _ = run(capsys, "show", typed, "--lang", lang, "--format", "html")
    assert code == 0
    assert out == render.resolution_html(collection, res, lang) + "\n"


def test_show_json_is_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "s/res/2396(2017)", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["symbol"] == "S/RES/2396 (2017)"
    assert data["date"] == "2017-12-21"
    assert data["meeting"] == "8148"
    raw = json.loads(BUNDLED.read_text(encoding="utf-8"))
    # The record's fields as in the file, beside what reading its text adds (issue 12).
    added = {key: data.pop(key) for key in ("paragraphs", "references", "cited_by")}
    assert data in raw["resolutions"]
    assert added == {"paragraphs": [], "references": [], "cited_by": []}


def test_show_json_keeps_unknown_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "c.json", doc(resolutions=[record(later="kept")]))
    code, out, _ = run(capsys, "show", "2396", "--data", path, "--format", "json")
    assert code == 0
    assert json.loads(out)["later"] == "kept"


def test_show_from_another_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data", CORPUS, "show", "1", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "S/RES/1 (1946)"
    assert "25 January 1946" in out


@pytest.mark.parametrize("typed", ["S/RES/9999 (2099)", "nope", "72/2"])
def test_show_unknown_symbol(capsys: pytest.CaptureFixture[str], typed: str) -> None:
    code, out, err = run(capsys, "show", typed)
    assert code == 1
    assert out == ""
    assert "Unknown symbol" in err
    assert typed in err
    assert "Traceback" not in err


def test_show_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "show", "2396", "--format", "pdf")
    assert "pdf" in err


def test_show_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, "show", "2396", "--lang", "de")


def test_show_without_symbol_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, "show")


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, "frobnicate")


# --- validate --------------------------------------------------------------------------


def test_validate_bundled(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", BUNDLED)
    assert code == 0
    assert out == f"{BUNDLED}: OK (7 resolutions)\n"
    assert err == ""


def test_validate_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", CORPUS)
    assert code == 0
    assert out == f"{CORPUS}: OK (800 resolutions)\n"
    assert err == ""


def test_validate_one_resolution(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "one.json", doc())
    code, out, _ = run(capsys, "validate", path)
    assert code == 0
    assert out == f"{path}: OK (1 resolution)\n"


def validate_refused(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    code, out, err = run(capsys, "validate", path)
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert err.endswith("\n")
    return err


def test_validate_bad_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "un-resolutions/1",\n  "title": }', encoding="utf-8")
    err = validate_refused(capsys, path)
    assert err.startswith(f"{path}:2:")
    assert re.fullmatch(re.escape(str(path)) + r":2:\d+: invalid JSON: .+\n", err)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            doc(resolutions=[record(date=None)]),
            ['resolutions[0]: missing required field "date"'],
            id="missing-field",
        ),
        pytest.param(
            doc(resolutions=[record(number=2396)]),
            ["resolutions[0].number: ", "must be a string"],
            id="wrong-type",
        ),
        pytest.param(
            doc(resolutions=[record(date="2017-02-30")]),
            ["resolutions[0].date: ", "not a real date"],
            id="impossible-date",
        ),
        pytest.param(
            doc(resolutions=[record(), record(symbol="s/res/2396(2017)")]),
            ["resolutions[1].symbol: ", "same symbol"],
            id="duplicate-symbol",
        ),
        pytest.param(
            doc(resolutions=[record(organ="XX")]),
            ["resolutions[0].organ: ", "unknown organ"],
            id="unknown-organ",
        ),
        pytest.param(
            doc(format="un-resolutions/2"),
            ["format: ", "un-resolutions/1"],
            id="wrong-format",
        ),
        pytest.param(
            doc(resolutions=[record(links=[{"url": "javascript:alert(1)", "label": {"en": "x"}}])]),
            ["resolutions[0].links[0].url: ", "not an http or https address"],
            id="javascript-link",
        ),
    ],
)
def test_validate_refuses_broken_content(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Any, expected: list[str]
) -> None:
    path = write(tmp_path / "broken.json", data)
    err = validate_refused(capsys, path)
    [line] = err.splitlines()
    assert line.startswith(f"{path}: {expected[0]}")
    for fragment in expected[1:]:
        assert fragment in line


def test_validate_missing_field_exact(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", doc(resolutions=[record(date=None)]))
    err = validate_refused(capsys, path)
    assert err == f'{path}: resolutions[0]: missing required field "date"\n'


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    err = validate_refused(capsys, path)
    assert "no such file" in err
    assert err.startswith(f"{path}: ")


def test_validate_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = validate_refused(capsys, tmp_path)
    assert err == f"{tmp_path}: is a folder, not a file\n"


def test_validate_empty_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    assert validate_refused(capsys, path) == f"{path}: file is empty\n"


def test_validate_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(doc(title={"fr": "café"}), ensure_ascii=False).encode("latin-1"))
    err = validate_refused(capsys, path)
    assert re.match(re.escape(str(path)) + r":\d+:\d+: .*UTF-8", err)


def test_validate_reports_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = doc(
        resolutions=[
            record(number=2396, date="2017-02-30"),
            record(symbol="S/RES/2178 (2014)", number="2178", date=None),
        ]
    )
    path = write(tmp_path / "broken.json", data)
    lines = validate_refused(capsys, path).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}: resolutions[0].number: ")
    assert lines[1].startswith(f"{path}: resolutions[0].date: ")
    assert lines[2] == f'{path}: resolutions[1]: missing required field "date"'


def test_validate_dangling_related_is_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "c.json", doc(resolutions=[record(related=["S/RES/9999 (2099)"])]))
    code, out, err = run(capsys, "validate", path)
    assert code == 0
    assert out == f"{path}: OK (1 resolution)\n"
    [warning] = err.splitlines()
    assert warning.startswith(f"{path}: warning: resolutions[0].related[0]")
    assert "S/RES/9999 (2099)" in warning


def test_validate_without_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys, "validate")


# User mistakes that crash today instead of being refused (see the report).


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(json.dumps(doc(resolutions=[record(date="0000-01-01")])), id="year-zero"),
        pytest.param(
            json.dumps(doc(title={"en": "\ud800"})),  # json.dumps writes "\\ud800"
            id="lone-surrogate",
        ),
        pytest.param(
            json.dumps(doc()).replace('"format"', '"n": 1' + "0" * 5000 + ', "format"'),
            id="huge-integer",
        ),
    ],
)
def test_validate_never_crashes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    path = tmp_path / "odd.json"
    path.write_text(text, encoding="ascii")
    err = validate_refused(capsys, path)
    assert err.startswith(f"{path}:")


# --- the real console script -----------------------------------------------------------


def python(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    done = python(tmp_path, "-m", "viewer", "--version")
    assert done.returncode == 0
    assert done.stdout == f"resolutions-viewer {__version__}\n"
    assert re.fullmatch(r"resolutions-viewer \d+\.\d+\.\d+\n", done.stdout)


def test_search_json_from_the_console(tmp_path: Path) -> None:
    done = python(tmp_path, "-m", "viewer", "search", "terror", "--json")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert {"S/RES/2396 (2017)", "S/RES/2178 (2014)"} <= {hit["symbol"] for hit in hits}


def test_user_mistakes_from_the_console(tmp_path: Path) -> None:
    done = python(tmp_path, "-m", "viewer", "show", "nope")
    assert done.returncode == 1
    assert "Unknown symbol" in done.stderr
    assert "Traceback" not in done.stderr
    done = python(tmp_path, "-m", "viewer", "validate", "absent.json")
    assert done.returncode == 1
    assert done.stderr == "absent.json: no such file\n"
    done = python(tmp_path, "-m", "viewer", "search")
    assert done.returncode == 2
    assert "usage:" in done.stderr
    assert "Traceback" not in done.stderr


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from viewer.cli import main\n"
        "assert main(['search', 'terror']) == 0\n"
        "assert main(['show', '71/19']) == 0\n"
        f"assert main(['validate', {str(BUNDLED)!r}]) == 0\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
    )
    done = python(tmp_path, "-c", script)
    assert done.returncode == 0, done.stderr


def test_core_modules_never_import_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import viewer.core.search, viewer.core.render, viewer.core.loader\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
    )
    done = python(tmp_path, "-c", script)
    assert done.returncode == 0, done.stderr


def test_show_html_is_the_window_page_of_a_text(capsys) -> None:
    """The page the window shows: the text by paragraphs, its contents, who cites it."""
    code, out, _ = run(
        capsys, "show", "S/RES/687 (1991)", "--format", "html", "--data", str(CORPUS)
    )
    assert code == 0
    assert re.findall(r'<a name="p(\d+)">', out) == [str(n) for n in range(1, 35)]
    assert '<a href="#p8">8. Decides that Iraq shall' in out
    cited_by = out[out.index("<h2>Cited by</h2>") :]
    assert ">S/RES/689 (1991)</a>: preamble" in cited_by
