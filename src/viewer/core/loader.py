"""Read a collection file, validate it against the shipped schema, build the model.

A refused file raises :class:`CollectionError` listing every problem with the file and
the place (``FILE:LINE:COL`` for a syntax error, ``resolutions[3].date`` for content).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import json.scanner
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from viewer.core import resources, safe_read, symbols
from viewer.core.collection import Collection, Organ, Resolution, Source, Topic
from viewer.core.localized import Localized
from viewer.core.messages import Problem, problem_lines

__all__ = ["FORMAT", "CollectionError", "Problem", "build", "load", "parse_json", "validate"]

FORMAT = "un-resolutions/1"
# Refused from its size, before it is read: 30,000 resolutions with full texts in
# two languages take about 200 MB; anything far larger is not a collection.
MAX_FILE_BYTES = 512 * 1024 * 1024


class CollectionError(Exception):
    """A file that cannot be opened as a collection, with every problem found."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self, lang: str = "en") -> list[str]:
        """Each problem as ``FILE:LINE:COL: message`` or ``FILE: path: message``, in
        ``lang`` (see :func:`viewer.core.messages.problem_lines`)."""
        return problem_lines(self.path, self.problems, lang)


# Says whether a file's bytes were loaded and validated before (the index cache keeps
# the proof): such a file is parsed by orjson and not validated against the schema again.
Trusted = Callable[[bytes], bool]


def load(path: Path | str, trusted: Trusted | None = None) -> Collection:
    """Load and validate a collection file, or raise :class:`CollectionError`."""
    path = Path(path)
    # Parsing makes millions of containers and none is garbage: the collector's passes
    # over them (a quarter of the load of 30,000 records) find nothing to free.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = read_json(path, trusted)
        return build(data, path, validated=isinstance(data, _Trusted))
    finally:
        if was_enabled:
            gc.enable()


def read_json(path: Path, trusted: Trusted | None = None) -> Any:
    try:
        # A regular file only, within the limit: never a device, never a pipe.
        raw = safe_read.read_bytes(path, MAX_FILE_BYTES)
    except safe_read.ReadRefusedError as refusal:
        problem = (
            Problem.of("", refusal.key, **refusal.params)
            if refusal.key
            else Problem("", refusal.reason)
        )
        raise CollectionError(path, [problem]) from None
    if trusted is not None and trusted(raw):
        fast = _parse_known(raw)
        if fast is not None:
            return fast
    return parse_json(raw, path)


class _Trusted(dict):  # type: ignore[type-arg]
    """A document parsed from bytes validated before: the schema is not run again."""

    __slots__ = ()


def _parse_known(raw: bytes) -> _Trusted | None:
    """orjson's parse (four times the stdlib's) of bytes known to be a valid collection;
    None sends them to the stdlib parser, whose messages say what is wrong and where."""
    import orjson

    try:
        data = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError:
        return None
    return _Trusted(data) if isinstance(data, dict) else None


def parse_json(raw: bytes, path: Path | str) -> Any:
    if not raw.strip():
        raise CollectionError(path, [Problem.of("", "empty")])
    try:
        # utf-8-sig accepts (and drops) a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CollectionError(path, [_undecodable(raw, error)]) from None
    try:
        return json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_refuse_duplicate_keys
        )
    except _ConstantError as error:
        raise CollectionError(path, [Problem.of("", "not_a_number", name=error.name)]) from None
    except _DuplicateKeyError as error:
        where = _locate_duplicate(text)
        raise CollectionError(path, [Problem.of(where, "duplicate_key", key=error.key)]) from None
    except json.JSONDecodeError as error:
        raise CollectionError(path, [_syntax_problem(text, error)]) from None
    except RecursionError:
        raise CollectionError(path, [Problem.of("", "too_deep")]) from None
    except ValueError as error:  # Python's own limits, e.g. an integer of 5,000 digits
        raise CollectionError(path, [_python_limit(error, text)]) from None


def _python_limit(error: ValueError, text: str) -> Problem:
    """A limit of Python's own in the user's terms (its message names a function to
    call, which a user of the app cannot), at the place it was met when it can be found."""
    if "integer string conversion" in str(error):
        limit = sys.get_int_max_str_digits()
        found = re.search(rf"\d{{{limit + 1},}}", text)
        where = ""
        if found:
            line = text.count("\n", 0, found.start()) + 1
            where = f"{line}:{found.start() - (text.rfind(chr(10), 0, found.start()) + 1) + 1}"
        return Problem.of(where, "number_too_long", limit=limit)
    return Problem.of("", "invalid_json", detail=str(error))


def _undecodable(raw: bytes, error: UnicodeDecodeError) -> Problem:
    if error.reason == "unexpected end of data":  # cut inside a multi-byte character
        return Problem.of(_line_col(raw, len(raw)), "truncated")
    return Problem.of(_line_col(raw, error.start), "not_utf8")


def _line_col(raw: bytes, offset: int) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


# A string from its opening quote: any character but a quote, a backslash or a control
# character, or an escape. A string this matches up to the end of the text never closes.
_OPEN_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*\\?', re.DOTALL)


def _syntax_problem(text: str, error: json.JSONDecodeError) -> Problem:
    """A syntax error; one that comes from the text stopping short (a download or a copy
    cut off) says so, wherever the parser placed it."""
    end = len(text.rstrip())
    at_end = error.pos >= end
    if not at_end and text.startswith('"', error.pos):
        string = _OPEN_STRING.match(text, error.pos)
        at_end = string is not None and string.end() >= end  # a string cut off
    if at_end:
        return Problem.of(_text_line_col(text, end), "truncated")
    detail = error.msg
    return Problem.of(f"{error.lineno}:{error.colno}", "invalid_json", detail=detail)


def _text_line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


class _ConstantError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"invalid JSON: {name} is not a JSON number")
        self.name = name


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str, position: int | None = None) -> None:
        super().__init__(f'the key "{key}" is given twice in one object')
        self.key = key
        self.position = position


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Python keeps the last of two equal keys silently; a collection file must not.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _locate_duplicate(text: str) -> str:
    """LINE:COL of the object holding a duplicate key, found by a second, slower parse
    with Python's own scanner (only when a duplicate was found)."""

    def parse_object(s_and_end: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        start = s_and_end[1]
        pairs, end = json.decoder.JSONObject(  # type: ignore[attr-defined]
            s_and_end, True, scanner, None, lambda p: p, {}
        )
        try:
            return _refuse_duplicate_keys(pairs), end
        except _DuplicateKeyError as error:
            raise _DuplicateKeyError(error.key, start) from None

    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object  # type: ignore[assignment]
    scanner = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    decoder.scan_once = scanner
    try:
        decoder.decode(text)
    except _DuplicateKeyError as error:
        if error.position is not None:
            line = text.count("\n", 0, error.position) + 1
            column = error.position - (text.rfind("\n", 0, error.position) + 1)
            return f"{line}:{column}"
    except (ValueError, RecursionError):
        pass
    return ""


def _reject_constant(name: str) -> Any:
    raise _ConstantError(name)


@cache
def _validator() -> Any:
    import jsonschema_rs  # 15 MB of compiled code: loaded when a file is, not at start

    schema = json.loads(resources.schema_path().read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def validate(data: Any) -> list[Problem]:
    """Problems against the shipped JSON Schema, one per place, in document order."""
    validator = _validator()
    try:
        if validator.is_valid(data):
            return []
    except UnicodeEncodeError:
        # "\ud800" parses in Python but is not text: the validator cannot encode it.
        return [Problem.of(_first_surrogate(data) or "", "surrogate")]
    seen: dict[tuple[str, str], Problem] = {}
    for error in validator.iter_errors(data):
        where = json_path(error.instance_path)
        problem = _friendly(error, where)
        # One message per place (a bad date fails both its pattern and its format),
        # but every missing field of an object.
        kind = type(error.kind).__name__
        seen.setdefault((where, problem.message if kind == "Required" else ""), problem)
    return list(seen.values())


def _first_surrogate(value: Any, path: tuple[Any, ...] = ()) -> str | None:
    """The JSON path of the first string (or key) that is not encodable text."""
    if isinstance(value, str):
        return None if _encodable(value) else json_path(path)
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        if isinstance(key, str) and not _encodable(key):
            return json_path(path)
        found = _first_surrogate(item, (*path, key))
        if found is not None:
            return found
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def json_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _friendly(error: Any, where: str) -> Problem:
    """Say what is wrong in the user's terms rather than the validator's."""
    kind = type(error.kind).__name__
    value = error.instance
    if kind == "Required":
        return Problem.of(where, "missing_field", name=error.kind.property)
    if kind == "Type":
        expected = tuple(str(t).lower().rsplit(".", 1)[-1] for t in error.kind.types)
        return Problem.of(where, "wrong_type", expected=expected, actual=_json_type(value))
    if kind == "Constant" and where == "format":
        shown = json.dumps(value, ensure_ascii=False)[:60]
        return Problem.of(where, "wrong_format", expected=FORMAT, value=shown)
    if kind == "Format":
        shown = json.dumps(value, ensure_ascii=False)[:40]
        return Problem.of(where, "unreal_date_format", value=shown)
    if kind in ("MinLength", "Pattern") and isinstance(value, str) and not value.strip():
        return Problem.of(where, "empty_text")
    if kind == "Pattern":
        return Problem.of(
            where, _pattern_key(where), value=json.dumps(value, ensure_ascii=False)[:60]
        )
    simple = {
        "MinProperties": "no_language",
        "MinItems": "no_entry",
        "PropertyNames": "not_language_code",
        "MaxLength": "too_long",
    }
    if kind in simple:
        return Problem.of(where, simple[kind])
    return Problem(where, str(error.message))  # the validator's words, in English


def _pattern_key(where: str) -> str:
    if where.endswith(".url"):
        return "not_web_address"
    if where.endswith(("date", "retrieved")):
        return "date_pattern"
    if where.endswith(".symbol"):
        return "not_a_symbol"
    return "not_an_identifier"


def _json_type(value: Any) -> str:
    """The JSON type of a parsed value, as the schema names types."""
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (int, float)):
        return "number"
    return "array" if isinstance(value, list) else "object"


def build(data: Any, path: Path | str | None = None, validated: bool = False) -> Collection:
    """Validate a parsed document and build the collection, or raise CollectionError.
    ``validated``: the same bytes passed the schema before; the cross-checks still run."""
    where = path if path is not None else "<collection>"
    problems = [] if validated else validate(data)
    resolutions: list[Resolution] = []
    warnings: list[Problem] = []
    if isinstance(data, dict):
        # Checked even when the schema already refused the file: `validate` lists
        # every problem at once (records too malformed to check are skipped).
        resolutions, more, warnings = _check_and_build(data, validated or not problems)
        places = {problem.where for problem in problems}
        problems += [problem for problem in more if problem.where not in places]
    if problems:
        raise CollectionError(where, problems)
    return Collection(
        title=Localized.from_json(data["title"]),
        description=_localized(data.get("description")),
        source=_source(data.get("source")),
        organs=tuple(Organ(o["id"], Localized.from_json(o["name"])) for o in data["organs"]),
        topics=tuple(
            Topic(t["id"], Localized.from_json(t["label"])) for t in data.get("topics", [])
        ),
        resolutions=tuple(resolutions),
        path=Path(path) if path is not None else None,
        warnings=tuple(str(warning) for warning in warnings),
        warning_problems=tuple(warnings),
    )


def _check_and_build(
    data: dict[str, Any], validated: bool = False
) -> tuple[list[Resolution], list[Problem], list[Problem]]:
    """What the schema cannot say (unique ids and symbols, dates Python can hold,
    references that resolve), checked while the resolutions are built: one pass.
    ``validated``: the schema passed, so every record is an object with its required
    strings (a record the schema refused is skipped here, not checked twice)."""
    well_formed = _always if validated else _well_formed
    problems: list[Problem] = []
    organ_ids: dict[str, int] = {}
    for i, organ in enumerate(_items(data, "organs")):
        if not isinstance(organ, dict) or not isinstance(organ.get("id"), str):
            continue
        if organ["id"] in organ_ids:
            problems.append(Problem.of(f"organs[{i}].id", "duplicate_organ", organ=organ["id"]))
        organ_ids.setdefault(organ["id"], i)
    problems += _duplicate_topics(data)
    source = data.get("source")
    retrieved = source.get("retrieved") if isinstance(source, dict) else None
    if isinstance(retrieved, str) and not _real_date(retrieved):
        problems.append(Problem.of("source.retrieved", "unreal_date", value=retrieved))

    resolutions: list[Resolution] = []
    first_of: dict[str, int] = {}
    for i, raw in enumerate(_items(data, "resolutions")):
        if not well_formed(raw):
            continue
        key = symbols.normalise(raw["symbol"])
        if key in first_of:
            other = data["resolutions"][first_of[key]]["symbol"]
            problems.append(
                Problem.of(
                    f"resolutions[{i}].symbol",
                    "duplicate_symbol",
                    symbol=raw["symbol"],
                    other_place=f"resolutions[{first_of[key]}]",
                    other=other,
                )
            )
        else:
            first_of[key] = i
        if raw["organ"] not in organ_ids:
            known = ", ".join(organ_ids)
            problems.append(
                Problem.of(
                    f"resolutions[{i}].organ", "unknown_organ", organ=raw["organ"], known=known
                )
            )
        try:
            date = dt.date.fromisoformat(raw["date"])
        except ValueError:  # the schema checks the calendar; Python also refuses year 0
            problems.append(Problem.of(f"resolutions[{i}].date", "unreal_date", value=raw["date"]))
            continue
        if not problems:
            resolutions.append(Resolution(raw, key, date))

    return resolutions, problems, _dangling_references(data, first_of, well_formed)


def _dangling_references(
    data: dict[str, Any], symbols_held: dict[str, int], well_formed: Callable[[Any], bool]
) -> list[Problem]:
    """Topics and related symbols the file does not hold: warnings, the file opens."""
    warnings: list[Problem] = []
    topic_ids = {t["id"] for t in _items(data, "topics") if isinstance(t, dict) and "id" in t}
    for i, raw in enumerate(_items(data, "resolutions")):
        # Most records name neither (a quarter of this pass over 32,000 records).
        if not isinstance(raw, dict) or not (raw.get("topics") or raw.get("related")):
            continue
        if not well_formed(raw):
            continue
        for j, topic in enumerate(_items(raw, "topics")):
            if isinstance(topic, str) and topic not in topic_ids:
                warnings.append(
                    Problem.of(f"resolutions[{i}].topics[{j}]", "unknown_topic", topic=topic)
                )
        for j, other in enumerate(_items(raw, "related")):
            if isinstance(other, str) and symbols.normalise(other) not in symbols_held:
                warnings.append(
                    Problem.of(f"resolutions[{i}].related[{j}]", "dangling_related", symbol=other)
                )
    return warnings


def _duplicate_topics(data: dict[str, Any]) -> list[Problem]:
    """Each topic id once, as for organs: a resolution's topic must name one."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, topic in enumerate(_items(data, "topics")):
        if isinstance(topic, dict) and isinstance(topic.get("id"), str):
            if topic["id"] in seen:
                problems.append(Problem.of(f"topics[{i}].id", "duplicate_topic", topic=topic["id"]))
            seen.add(topic["id"])
    return problems


_REQUIRED = ("symbol", "organ", "number", "date")


def _items(container: dict[str, Any], key: str) -> list[Any]:
    value = container.get(key)
    return value if isinstance(value, list) else []


def _well_formed(raw: Any) -> bool:
    return isinstance(raw, dict) and all(isinstance(raw.get(k), str) for k in _REQUIRED)


def _always(_raw: Any) -> bool:
    return True


def _real_date(text: str) -> bool:
    """The schema checks the calendar; Python also refuses year 0."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _localized(data: dict[str, str] | None) -> Localized | None:
    return Localized.from_json(data) if data else None


def _source(data: dict[str, Any] | None) -> Source | None:
    if not data:
        return None
    retrieved = data.get("retrieved")
    return Source(
        name=data["name"],
        url=data.get("url"),
        retrieved=dt.date.fromisoformat(retrieved) if retrieved else None,
    )
