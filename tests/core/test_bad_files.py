"""Every bad file of issue 7 gets a clear refusal naming the file and the place, through
`validate` (exit 1, no traceback); the accepted variants load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import document, sc_record
from viewer.cli import main
from viewer.core import loader

VALID = document(
    sc_record(1, 1946, links=[{"url": "https://undocs.org/S/RES/1(1946)", "label": {"en": "Doc"}}])
)


def text_of(document: dict) -> str:
    return json.dumps(document, indent=2)


def with_link(url: str) -> str:
    document = json.loads(json.dumps(VALID))
    document["resolutions"][0]["links"][0]["url"] = url
    return text_of(document)


def with_date(date: str) -> str:
    document = json.loads(json.dumps(VALID))
    document["resolutions"][0]["date"] = date
    return text_of(document)


def with_summary(value: object) -> str:
    document = json.loads(json.dumps(VALID))
    document["resolutions"][0]["summary"] = value
    return text_of(document)


BAD: list[tuple[str, bytes, str]] = [
    ("not utf-8", text_of(VALID).replace("T", "\u00e9").encode("latin-1"), "not valid UTF-8"),
    ("nan", text_of(VALID).replace('"1946-01-25"', '"1946-01-25", "x": NaN').encode(), "NaN"),
    ("infinity", b'{"format": Infinity}', "Infinity"),
    ("duplicate key", b'{"format": "un-resolutions/1",\n "format": "x"}', "given twice"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("truncated", text_of(VALID)[:-40].encode(), "the file ends too soon (truncated?)"),
    ("empty", b"", "file is empty"),
    ("blank", b"  \n\t ", "file is empty"),
    ("top level list", b"[1, 2]", "must be an object"),
    ("top level string", b'"un-resolutions/1"', "must be an object"),
    ("other format", text_of({**VALID, "format": "un-resolutions/2"}).encode(), "format must be"),
    ("javascript link", with_link("javascript:alert(1)").encode(), "not an http or https"),
    ("file link", with_link("file:///etc/passwd").encode(), "not an http or https"),
    ("data link", with_link("data:text/html,<b>x</b>").encode(), "not an http or https"),
    ("empty localized", with_summary({}).encode(), "at least one language"),
    ("empty string", with_summary({"en": ""}).encode(), "must not be empty"),
    ("blank string", with_summary({"en": "   "}).encode(), "must not be empty"),
    ("impossible date", with_date("2017-02-30").encode(), "not a real date"),
    ("month 13", with_date("2017-13-01").encode(), "not a real date"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_refused_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert captured.err.startswith(str(path))
    assert "Traceback" not in captured.err


def test_duplicate_key_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text('{"format": "un-resolutions/1",\n "title": {"en": "a", "en": "b"}}')
    with pytest.raises(loader.CollectionError) as caught:
        loader.load(path)
    assert caught.value.lines() == [f'{path}:2:11: the key "en" is given twice in one object']


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("byte-order mark", b"\xef\xbb\xbf" + text_of(VALID).encode()),
        ("windows line endings", text_of(VALID).replace("\n", "\r\n").encode()),
        ("both", b"\xef\xbb\xbf" + text_of(VALID).replace("\n", "\r\n").encode()),
    ],
)
def test_accepted_variants_load(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(content)
    assert len(loader.load(path).resolutions) == 1


def test_too_large_file_is_refused_from_its_size(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: instant, and never read
        handle.truncate(loader.MAX_FILE_BYTES + 1)
    assert main(["validate", str(path)]) == 1
    assert "larger than the limit of 512 MB" in capsys.readouterr().err


def test_validate_lists_reference_problems_beside_schema_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(json.dumps(VALID))
    second = dict(document["resolutions"][0], symbol="S/RES/2 (1946)", number="2", organ="XX")
    document["resolutions"].append(second)
    document["resolutions"][0]["date"] = "1946-02-30"  # a schema problem too
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert any("resolutions[0].date" in line for line in lines)
    assert any('resolutions[1].organ: unknown organ "XX"' in line for line in lines)
