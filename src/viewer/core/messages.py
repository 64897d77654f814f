"""What is wrong with a refused file, in the reader's language.

A :class:`Problem` keeps a message id and its parameters; :func:`problem_text` writes it
out in English or French, at the moment it is shown (the window's refusal dialog, the
command line). The English text is the one README's troubleshooting table quotes.
French follows French typography: a non-breaking space before : ; ? ! and inside « ».
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

NBSP = "\u00a0"

# message id -> language -> template (str.format with the problem's parameters)
_MESSAGES: dict[str, dict[str, str]] = {
    "no_such_file": {"en": "no such file", "fr": "fichier introuvable"},
    "is_folder": {"en": "is a folder, not a file", "fr": "est un dossier, pas un fichier"},
    "unreadable": {"en": "cannot be read: {reason}", "fr": f"illisible{NBSP}: {{reason}}"},
    "too_large": {
        "en": "file is {size} MB, larger than the limit of {limit} MB",
        "fr": f"le fichier fait {{size}}{NBSP}Mo, plus que la limite de {{limit}}{NBSP}Mo",
    },
    "too_large_sized": {  # sizes already written out: "600 MB", "1,234 bytes"
        "en": "file is {size}, larger than the limit of {limit}",
        "fr": "le fichier fait {size}, plus que la limite de {limit}",
    },
    "not_a_file": {"en": "is {kind}, not a file", "fr": "est {kind}, pas un fichier"},
    "no_such_path": {
        "en": "no such file (a part of its path is a file, not a folder)",
        "fr": "fichier introuvable (une partie de son chemin est un fichier, pas un dossier)",
    },
    "number_too_long": {
        "en": "invalid JSON: a number of more than {limit:,} digits",
        "fr": f"JSON non valide{NBSP}: un nombre de plus de {{limit}} chiffres",
    },
    "duplicate_topic": {
        "en": 'topic "{topic}" is given twice',
        "fr": f"le thème «{NBSP}{{topic}}{NBSP}» figure deux fois",
    },
    "empty": {"en": "file is empty", "fr": "le fichier est vide"},
    "not_utf8": {
        "en": "not valid UTF-8 text (the file must be UTF-8)",
        "fr": "texte UTF-8 non valide (le fichier doit être en UTF-8)",
    },
    "truncated": {
        "en": "the file ends too soon (truncated?)",
        "fr": f"le fichier s’arrête trop tôt (tronqué{NBSP}?)",
    },
    "invalid_json": {"en": "invalid JSON: {detail}", "fr": f"JSON non valide{NBSP}: {{detail}}"},
    "not_a_number": {
        "en": "invalid JSON: {name} is not a JSON number",
        "fr": f"JSON non valide{NBSP}: {{name}} n’est pas un nombre JSON",
    },
    "too_deep": {
        "en": "invalid JSON: nested too deeply",
        "fr": f"JSON non valide{NBSP}: imbrication trop profonde",
    },
    "duplicate_key": {
        "en": 'the key "{key}" is given twice in one object',
        "fr": f"la clé «{NBSP}{{key}}{NBSP}» figure deux fois dans le même objet",
    },
    "surrogate": {
        "en": "holds a lone surrogate escape (such as \\ud800): not valid text",
        "fr": "contient un demi-caractère d’échappement isolé (comme \\ud800)"
        f"{NBSP}: ce n’est pas du texte valide",
    },
    "missing_field": {
        "en": 'missing required field "{name}"',
        "fr": f"champ obligatoire «{NBSP}{{name}}{NBSP}» manquant",
    },
    "wrong_type": {
        "en": "must be {expected}, not {actual}",
        "fr": "doit être {expected}, pas {actual}",
    },
    "wrong_format": {
        "en": 'format must be "{expected}", not {value}',
        "fr": f"le format doit être «{NBSP}{{expected}}{NBSP}», pas {{value}}",
    },
    "unreal_date_format": {
        "en": "{value} is not a real date (YYYY-MM-DD)",
        "fr": "{value} n’est pas une date réelle (AAAA-MM-JJ)",
    },
    "empty_text": {"en": "must not be empty", "fr": "ne doit pas être vide"},
    "not_web_address": {
        "en": "{value} is not an http or https address",
        "fr": "{value} n’est pas une adresse http ou https",
    },
    "date_pattern": {
        "en": "{value} is not a date written YYYY-MM-DD",
        "fr": "{value} n’est pas une date écrite AAAA-MM-JJ",
    },
    "not_a_symbol": {
        "en": "{value} is not a document symbol (such as S/RES/2396 (2017))",
        "fr": "{value} n’est pas une cote de document (comme S/RES/2396 (2017))",
    },
    "not_an_identifier": {
        "en": "{value} is not a valid identifier (letters, digits, - _ .)",
        "fr": "{value} n’est pas un identifiant valide (lettres, chiffres, - _ .)",
    },
    "no_language": {
        "en": "must give the text in at least one language",
        "fr": "doit donner le texte dans au moins une langue",
    },
    "no_entry": {"en": "must hold at least one entry", "fr": "doit contenir au moins une entrée"},
    "not_language_code": {
        "en": "has a key that is not a language code (such as en, fr)",
        "fr": "a une clé qui n’est pas un code de langue (comme en, fr)",
    },
    "too_long": {"en": "is too long", "fr": "est trop long"},
    "duplicate_organ": {
        "en": 'organ "{organ}" is given twice',
        "fr": f"l’organe «{NBSP}{{organ}}{NBSP}» figure deux fois",
    },
    "unreal_date": {
        "en": '"{value}" is not a real date',
        "fr": f"«{NBSP}{{value}}{NBSP}» n’est pas une date réelle",
    },
    "duplicate_symbol": {
        "en": '"{symbol}" is the same symbol as {other_place} ("{other}")',
        "fr": f"«{NBSP}{{symbol}}{NBSP}» est la même cote que {{other_place}} "
        f"(«{NBSP}{{other}}{NBSP}»)",
    },
    "unknown_organ": {
        "en": 'unknown organ "{organ}" (the file defines: {known})',
        "fr": f"organe inconnu «{NBSP}{{organ}}{NBSP}» (le fichier définit{NBSP}: {{known}})",
    },
    "unknown_topic": {
        "en": 'unknown topic "{topic}"',
        "fr": f"thème inconnu «{NBSP}{{topic}}{NBSP}»",
    },
    "dangling_related": {
        "en": '"{symbol}" is not in this collection',
        "fr": f"«{NBSP}{{symbol}}{NBSP}» n’est pas dans cette collection",
    },
}

# JSON value types, as the schema names them, in words.
_TYPE_NAMES = {
    "string": {"en": "a string", "fr": "une chaîne"},
    "object": {"en": "an object", "fr": "un objet"},
    "array": {"en": "a list", "fr": "une liste"},
    "integer": {"en": "an integer", "fr": "un entier"},
    "number": {"en": "a number", "fr": "un nombre"},
    "boolean": {"en": "true or false", "fr": "true ou false"},
    "null": {"en": "null", "fr": "null"},
}
_OR = {"en": " or ", "fr": " ou "}

# The JSON parser's own words in French: Python's json module, then orjson's (the faster
# parser a collection may be read with); any other is kept as the parser wrote it.
_PARSER_DETAILS_FR = {
    "Expecting ',' delimiter": "une virgule est attendue",
    "Expecting ':' delimiter": "un deux-points est attendu",
    "Expecting value": "une valeur est attendue",
    "Expecting property name enclosed in double quotes": (
        "un nom de clé entre guillemets droits est attendu"
    ),
    "Extra data": "des données suivent la fin du document",
    "Invalid control character at": "caractère de contrôle interdit dans une chaîne",
    "Invalid \\escape": "séquence d’échappement non valide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX non valide",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l’objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin de la liste",
    "unexpected character, expected ',' or '}'": "caractère inattendu, «\u00a0,\u00a0» ou "
    "«\u00a0}\u00a0» attendu",
    "unexpected character, expected ',' or ']'": "caractère inattendu, «\u00a0,\u00a0» ou "
    "«\u00a0]\u00a0» attendu",
    "unexpected character, expected ':' after key": "caractère inattendu, un deux-points est "
    "attendu après la clé",
    "unexpected character, expected a JSON value": "caractère inattendu, une valeur JSON est "
    "attendue",
    "unexpected character, expected a string key": "caractère inattendu, une clé entre "
    "guillemets droits est attendue",
    "unexpected content after document": "des données suivent la fin du document",
    "unexpected control character in string": "caractère de contrôle interdit dans une chaîne",
    "trailing comma is not allowed": "virgule en trop avant la fin",
    "invalid escaped sequence in string": "séquence d’échappement non valide dans une chaîne",
    "number with leading zero is not allowed": "nombre commençant par un zéro",
    "no digit after sign": "pas de chiffre après le signe",
    "no digit after exponent sign": "pas de chiffre après l’exposant",
    "no low surrogate in string": "demi-caractère d’échappement isolé dans une chaîne",
    "number is infinity when parsed as double": "nombre trop grand",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file: where, and what.

    ``message`` is the English text (what logs and older callers read); ``key`` and
    ``params`` let :func:`problem_text` write it in another language. A problem made
    with a message alone (no key) reads the same in every language.
    """

    where: str  # "12:5" (line:column) or "resolutions[3].date"; "" for the whole file
    message: str
    key: str = ""
    # Not compared: ``message`` already says the same in English; Problems stay hashable.
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, where: str, message_id: str, **params: Any) -> Problem:
        return cls(where, _render(message_id, "en", params), message_id, params)

    def text(self, lang: str) -> str:
        """The message in ``lang`` (English when it has no translation)."""
        return _render(self.key, lang, self.params) if self.key in _MESSAGES else self.message

    def format(self, path: str, lang: str = "en") -> str:
        """``FILE:LINE:COL: message`` for a place in the text, ``FILE: path: message`` for
        a place in the data, ``FILE: message`` for the whole file. The prefix keeps the
        compiler convention in every language, so editors and scripts can parse it."""
        message = self.text(lang)
        if self.where and self.where[0].isdigit():
            return f"{path}:{self.where}: {message}"
        if self.where:
            return f"{path}: {self.where}: {message}"
        return f"{path}: {message}"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def problem_lines(path: str, problems: list[Problem], lang: str = "en") -> list[str]:
    """Every problem of a refused file as a line, in ``lang``: what ``validate`` prints
    and what the window's refusal dialog lists."""
    return [problem.format(path, lang) for problem in problems]


def warning_line(path: str, warning: Problem, lang: str = "en") -> str:
    """``FILE: warning: resolutions[0].related[0]: …`` in ``lang``."""
    word = "avertissement" + NBSP if lang == "fr" else "warning"
    return f"{path}: {word}: {warning.where}: {warning.text(lang)}"


def _render(key: str, lang: str, params: Mapping[str, Any]) -> str:
    templates = _MESSAGES[key]
    template = templates.get(lang, templates["en"])
    values = dict(params)
    if key == "wrong_type":
        values["expected"] = type_names(params["expected"], lang)
        values["actual"] = type_names((params["actual"],), lang)
    if lang == "fr" and key in ("not_a_file", "too_large_sized"):
        values = {name: _french_words(str(value)) for name, value in values.items()}
    if key == "invalid_json" and lang == "fr":
        values["detail"] = _PARSER_DETAILS_FR.get(params["detail"], params["detail"])
    return template.format(**values)


# What safe_read names in English: a kind of file, a unit of size.
_FRENCH_WORDS = {
    "a folder": "un dossier",
    "a named pipe (FIFO)": "un tube nommé (FIFO)",
    "a device": "un périphérique",
    "a socket": "une socket",
    "not a regular file": "un fichier spécial",
}


def _french_words(text: str) -> str:
    if text in _FRENCH_WORDS:
        return _FRENCH_WORDS[text]
    number, _, unit = text.partition(" ")
    unit = {"MB": "Mo", "bytes": "octets"}.get(unit, unit)
    return f"{number.replace(',', NBSP)}{NBSP}{unit}" if unit else text


def type_names(types: tuple[str, ...] | list[str], lang: str) -> str:
    """``("string", "null")`` -> "a string or null" / "une chaîne ou null"."""
    names = [
        _TYPE_NAMES[t][lang if lang in ("en", "fr") else "en"] if t in _TYPE_NAMES else t
        for t in types
    ]
    return _OR.get(lang, _OR["en"]).join(names)
