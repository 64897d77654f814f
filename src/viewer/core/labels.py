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
    "not_in_collection": {"en": "not in this collection", "fr": "absente de cette collection"},
    "meeting_number": {"en": "{n}th meeting", "fr": "{n}e séance"},
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


def colon(lang: str) -> str:
    """French sets a (non-breaking) space before a colon."""
    return "\u00a0: " if lang == "fr" else ": "
