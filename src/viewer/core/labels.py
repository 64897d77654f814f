"""The few words the rendered pages and the command line need, in French and English.

The window's own interface goes through Qt's translation system; these are the words
of the content pages, which the core renders without Qt.
"""

from __future__ import annotations

LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

_LABELS: dict[str, dict[str, str]] = {
    "organ": {"en": "Organ", "fr": "Organe"},
    "date": {"en": "Adopted", "fr": "Adoptée le"},
    "meeting": {"en": "Meeting", "fr": "Séance"},
    "adoption": {"en": "Adoption", "fr": "Adoption"},
    "title": {"en": "Title", "fr": "Titre"},
    "agenda_item": {"en": "Agenda item", "fr": "Point de l’ordre du jour"},
    "summary": {"en": "Summary", "fr": "Résumé"},
    "relevance": {"en": "What it says of INTERPOL", "fr": "Ce qu’elle dit d’INTERPOL"},
    "topics": {"en": "Topics", "fr": "Thèmes"},
    "related": {"en": "Related resolutions", "fr": "Résolutions liées"},
    "links": {"en": "Official documents", "fr": "Documents officiels"},
    "text": {"en": "Full text", "fr": "Texte intégral"},
    "source": {"en": "Source", "fr": "Source"},
    "retrieved": {"en": "retrieved", "fr": "consulté le"},
    "by_organ": {"en": "Resolutions by organ", "fr": "Résolutions par organe"},
    "by_date": {"en": "All resolutions by date", "fr": "Toutes les résolutions par date"},
    "resolutions": {"en": "resolutions", "fr": "résolutions"},
    "cite": {"en": "Cite", "fr": "Citer"},
    "copy": {"en": "Copy", "fr": "Copier"},
    "style": {"en": "Style", "fr": "Style"},
    "per_year": {"en": "Resolutions per year", "fr": "Résolutions par année"},
    "latest": {"en": "The {n} latest", "fr": "Les {n} plus récentes"},
    "resolution": {"en": "resolution", "fr": "résolution"},
    # Marks a text shown in another language than the reader's: short, it follows the text.
    "fallback": {"en": "in {language}", "fr": "en {language}"},
    # Said once above a list whose every label is in another language.
    "labels_in": {"en": "Titles and descriptions {note}.", "fr": "Titres et descriptions {note}."},
    "not_in_collection": {"en": "not in this collection", "fr": "absente de cette collection"},
    "meeting_number": {"en": "{n}th meeting", "fr": "{n}e séance"},
    "plenary_meeting_number": {"en": "{n}th plenary meeting", "fr": "{n}e séance plénière"},
    # The command line's messages (French typography: a non-breaking space before : ? and
    # inside « »).
    "no_results": {"en": "No results for {query}.", "fr": "Aucun résultat pour {query}."},
    "one_result": {"en": "1 result", "fr": "1 résultat"},
    "n_results": {"en": "{n} results", "fr": "{n} résultats"},
    "close_spellings": {
        "en": " for {query} (close spelling)",
        "fr": " pour {query} (orthographe proche)",
    },
    "matched_in": {"en": "[matched in {language}] ", "fr": "[trouvé en {language}] "},
    "unknown_symbol": {
        "en": "Unknown symbol: {symbol} is not in {where}.",
        "fr": "Cote inconnue\u00a0: {symbol} n’est pas dans {where}.",
    },
    "did_you_mean": {"en": "Did you mean {choices}?", "fr": "Vouliez-vous dire {choices}\u00a0?"},
    "or": {"en": " or ", "fr": " ou "},
    "several": {
        "en": "{symbol} names several resolutions: {names}",
        "fr": "{symbol} désigne plusieurs résolutions\u00a0: {names}",
    },
    "the_collection": {"en": "the collection", "fr": "la collection"},
    "the_bundled_collection": {
        "en": "the bundled collection",
        "fr": "la collection fournie avec l’application",
    },
    "valid_file": {"en": "OK ({n} {noun})", "fr": "OK ({n}\u00a0{noun})"},
    # Keys an import adds (docs/importing.md): as the official documents print them.
    "session": {"en": "Session", "fr": "Session"},
    "origin": {"en": "Origin", "fr": "Origine"},
    "footnotes": {"en": "Notes", "fr": "Notes"},
    "annex": {"en": "Annex", "fr": "Annexe"},
}

_LANGUAGE_IN = {
    "en": {"en": "English", "fr": "French"},
    "fr": {"en": "anglais", "fr": "français"},
}


def label(key: str, lang: str, **values: str) -> str:
    entry = _LABELS[key]
    text = entry.get(lang, entry["en"])
    return text.format(**values) if values else text


def language_name(code: str, in_lang: str) -> str:
    """The name of language ``code`` written in ``in_lang`` ("anglais")."""
    return _LANGUAGE_IN.get(in_lang, _LANGUAGE_IN["en"]).get(code, code)


def ordinal_meeting(number: str, lang: str, plenary: bool = False, resumed: bool = False) -> str:
    """``8148`` -> "8148th meeting" / "8148e séance"; a GA plenary meeting as the
    resolution prints it: "45th plenary meeting", "50th (resumed) plenary meeting",
    "45e séance plénière", "50e séance plénière (reprise)"."""
    if lang == "fr":
        text = "1re séance" if number == "1" else label("meeting_number", lang, n=number)
        return text + (" plénière" if plenary else "") + (" (reprise)" if resumed else "")
    if number.isdigit():
        n = int(number)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        ordinal = f"{n}{suffix}"
    else:
        ordinal = f"{number}th"
    return f"{ordinal}{' (resumed)' if resumed else ''}{' plenary' if plenary else ''} meeting"


def fallback_note(used: str, lang: str) -> str:
    """Marks a text shown in ``used`` to a reader of ``lang``: "in English", "en anglais"."""
    return label("fallback", lang, language=language_name(used, lang))


def with_fallback_note(text: str, used: str, lang: str) -> str:
    """Plain text followed by its fallback mark when it is not in the reader's language."""
    return text if used == lang else f"{text} ({fallback_note(used, lang)})"


def quoted(text: str, lang: str) -> str:
    """A name the user typed, quoted: '71/1' in English, « 71/1 » in French."""
    return f"«\u00a0{text}\u00a0»" if lang == "fr" else repr(text)


def one_of(choices: list[str], lang: str) -> str:
    """ "A", "A or B", "A, B or C" / "A, B ou C"."""
    if len(choices) < 2:
        return "".join(choices)
    return ", ".join(choices[:-1]) + label("or", lang) + choices[-1]


def colon(lang: str) -> str:
    """French sets a (non-breaking) space before a colon."""
    return "\u00a0: " if lang == "fr" else ": "
