"""A refused file's problems in the reader's language, and a cut-off file said to be so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_bad_files import BAD, VALID, text_of

from viewer.cli import main
from viewer.core import loader
from viewer.core.messages import Problem

NBSP = "\u00a0"


def refused(raw: bytes) -> loader.CollectionError:
    with pytest.raises(loader.CollectionError) as caught:
        loader.build(loader.parse_json(raw, "x.json"), "x.json")
    return caught.value


def french_typography_faults(text: str) -> list[str]:
    """Places where French text breaks its typography: : ; ? ! without a non-breaking
    space before them, « » without one inside. A path's or a place's colons
    (x.json:3:5:) come before the message and are not looked at, nor are values quoted
    as the file writes them ("javascript:alert(1)")."""
    text = re.sub(r'"[^"]*"', '""', text)
    faults = [m.group() for m in re.finditer(r"(?:^|.)[;?!:]", text) if m.group()[0] != NBSP]
    faults += [m.group() for m in re.finditer(r"«[^\u00a0]|[^\u00a0]»", text)]
    return faults


def message_part(line: str, path: str) -> str:
    """The message of a ``validate`` line, without the file and the place."""
    rest = line.removeprefix(path)
    return re.sub(r"^:(?:\d+:\d+:|\s[\w\[\].]+:)?\s", "", rest, count=1)


# -- every refusal in French ---------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "english"), BAD, ids=[b[0] for b in BAD])
def test_every_refusal_is_said_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, english: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main(["validate", str(path), "--lang", "en"]) == 1
    in_english = capsys.readouterr().err.splitlines()
    assert main(["validate", str(path), "--lang", "fr"]) == 1
    captured = capsys.readouterr()
    in_french = captured.err.splitlines()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert len(in_french) == len(in_english)
    for fr_line, en_line in zip(in_french, in_english, strict=True):
        # Same file and same place, other words.
        assert fr_line.startswith(str(path))
        assert fr_line.split(" ", 1)[0] == en_line.split(" ", 1)[0]
        message = message_part(fr_line, str(path))
        assert message != message_part(en_line, str(path))
        assert french_typography_faults(message) == [], fr_line


def test_english_text_is_the_documented_one() -> None:
    # README's troubleshooting table quotes these words.
    error = refused(json.dumps({**VALID, "format": "x"}).encode())
    assert error.lines() == ['x.json: format: format must be "un-resolutions/1", not "x"']
    assert error.lines("fr") == [
        f'x.json: format: le format doit être «{NBSP}un-resolutions/1{NBSP}», pas "x"'
    ]


def test_wrong_type_names_both_types_in_each_language() -> None:
    document = json.loads(json.dumps(VALID))
    document["resolutions"][0]["number"] = 2396
    error = refused(json.dumps(document).encode())
    assert error.lines("en") == ["x.json: resolutions[0].number: must be a string, not a number"]
    assert error.lines("fr") == [
        "x.json: resolutions[0].number: doit être une chaîne, pas un nombre"
    ]


def test_warnings_are_said_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(json.dumps(VALID))
    document["resolutions"][0]["related"] = ["S/RES/9999 (2099)"]
    path = tmp_path / "dangling.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "fr"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{path}: OK (1{NBSP}résolution)\n"
    assert captured.err == (
        f"{path}: avertissement{NBSP}: resolutions[0].related[0]: "
        f"«{NBSP}S/RES/9999 (2099){NBSP}» n’est pas dans cette collection\n"
    )
    assert main(["validate", str(path), "--lang", "en"]) == 0
    assert capsys.readouterr().err == (
        f'{path}: warning: resolutions[0].related[0]: "S/RES/9999 (2099)" is not in this '
        "collection\n"
    )


def test_system_locale_chooses_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err == f"{path}: le fichier est vide\n"
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # LC_MESSAGES outranks LANG
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err == f"{path}: file is empty\n"
    assert main(["validate", str(path), "--lang", "fr"]) == 1  # --lang outranks both
    assert capsys.readouterr().err == f"{path}: le fichier est vide\n"


def test_a_problem_without_an_id_reads_the_same_in_every_language() -> None:
    # A message added elsewhere without a translation is still shown, in English.
    problem = Problem("", "is not a regular file")
    assert problem.text("fr") == problem.text("en") == "is not a regular file"
    assert problem.format("x.json", "fr") == "x.json: is not a regular file"


# -- a file cut off ------------------------------------------------------------------

WHOLE = text_of(VALID)


@pytest.mark.parametrize(
    "cut",
    [
        WHOLE.index('"Security Council"') + 5,  # inside a string
        WHOLE.index('"organs"') - 1,  # after a comma
        WHOLE.index('"1946-01-25"') + len('"1946-01-25"'),  # after a value
        WHOLE.index('"organs"') + len('"organs"'),  # after a key
        len(WHOLE) - 1,  # the last brace missing
        WHOLE.index("[") + 1,  # just after an opening bracket
    ],
)
def test_a_cut_off_file_ends_too_soon(cut: int) -> None:
    raw = WHOLE[:cut].encode() + b"\n  \n"
    [problem] = refused(raw).problems
    assert problem.message == "the file ends too soon (truncated?)"
    assert problem.text("fr") == f"le fichier s’arrête trop tôt (tronqué{NBSP}?)"
    # The place is the end of the text, where something is missing.
    line = WHOLE[:cut].rstrip().count("\n") + 1
    assert problem.where.split(":")[0] == str(line)


def test_a_file_cut_inside_a_character_ends_too_soon() -> None:
    raw = json.dumps({**VALID, "title": {"fr": "Sécurité"}}, ensure_ascii=False).encode()
    cut = raw.index("é".encode()) + 1  # half of a two-byte character
    [problem] = refused(raw[:cut]).problems
    assert problem.message == "the file ends too soon (truncated?)"


@pytest.mark.parametrize(
    ("raw", "detail_en", "detail_fr"),
    [
        (b'{"format": "un-resolutions/1" "title": {}}', "Expecting ',' delimiter", "une virgule"),
        (b'{"format": }\n', "Expecting value", "une valeur est attendue"),
        (b'{"a": 1}\n{"b": 2}', "Extra data", "des données suivent la fin du document"),
    ],
)
def test_a_mistake_inside_the_text_is_not_called_a_cut(
    raw: bytes, detail_en: str, detail_fr: str
) -> None:
    [problem] = refused(raw).problems
    assert problem.message == f"invalid JSON: {detail_en}"
    assert problem.text("fr").startswith(f"JSON non valide{NBSP}: {detail_fr}")


def test_an_unclosed_string_inside_the_text_is_not_a_cut() -> None:
    # A line break inside a string is a mistake at that place, not the end of the file.
    [problem] = refused(b'{"format": "un-res\nolutions/1", "title": {"en": "T"}}').problems
    assert "ends too soon" not in problem.message
    assert problem.where.startswith("1:")


@pytest.mark.parametrize(
    ("detail", "french"),
    [
        ("Expecting ',' delimiter", "une virgule est attendue"),  # Python's json
        ("unexpected content after document", "des données suivent la fin du document"),  # orjson
        ("some parser's own words", "some parser's own words"),  # unknown: kept as written
    ],
)
def test_the_parsers_words_in_french(detail: str, french: str) -> None:
    problem = Problem.of("3:7", "invalid_json", detail=detail)
    assert problem.message == f"invalid JSON: {detail}"
    assert problem.text("fr") == f"JSON non valide{NBSP}: {french}"


def test_problems_stay_hashable_and_comparable() -> None:
    error = refused(b"")
    assert len(set(error.problems)) == 1
    assert error.problems[0] == Problem("", "file is empty", "empty")
