"""The table of styles: one row per style, in the order the window's menu and
``cite --style`` list them. Adding a style is one row and its formatter."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from viewer.core.citations import academic, exports, legal
from viewer.core.citations.base import Citation, Cited

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution

Formatter = Callable[[Cited], Citation]
OrderKey = Callable[["Resolution", "Collection | None"], tuple[Any, ...]]
Joiner = Callable[[Sequence[Citation]], Citation]


def join_lines(citations: Sequence[Citation]) -> Citation:
    """Prose styles: one citation per line; in HTML one paragraph each."""
    return Citation(
        "\n".join(c.text for c in citations), "\n".join(f"<p>{c.html}</p>" for c in citations)
    )


@dataclass(frozen=True)
class Style:
    id: str
    names: Mapping[str, str]  # display name per interface language ("en" always given)
    # One citation: Chicago's full note; APA's and MLA's in-text citation for a pinpoint.
    format: Formatter
    order: OrderKey  # sort key of a bibliography, in the style's order
    has_french: bool = False  # False: French gets the English form (the window says so)
    entry: Formatter | None = None  # bibliography entry, where it differs from `format`
    join: Joiner = join_lines  # how several citations make one text
    extension: str | None = None  # file suffix of a data format (BibTeX, RIS, CSL-JSON)

    @property
    def name(self) -> str:
        """The English display name."""
        return self.names["en"]

    @property
    def data(self) -> bool:
        """A file format rather than prose: shown preformatted, saved as a file."""
        return self.extension is not None

    def display_name(self, lang: str) -> str:
        return self.names.get(lang, self.name)

    def language(self, lang: str) -> str:
        """The language a citation is given in: French only where the style has it."""
        return "fr" if (lang == "fr" and self.has_french) else "en"


def _file_format(
    style_id: str, name: str, formatter: Formatter, join: Joiner, extension: str
) -> Style:
    """A file format: one name in every language, its items in order of adoption."""
    names = {"en": name, "fr": name}
    return Style(style_id, names, formatter, exports.date_order, join=join, extension=extension)


TABLE = (
    Style(
        "un",
        {"en": "UN Editorial Manual", "fr": "Usage de l’ONU (Editorial Manual)"},
        legal.un_style,
        legal.un_order,
        has_french=True,
    ),
    Style(
        "oscola",
        {"en": "OSCOLA (4th ed.)", "fr": "OSCOLA (4e éd.)"},
        legal.oscola,
        legal.oscola_order,
    ),
    Style(
        "bluebook",
        {"en": "The Bluebook (rule 21.7)", "fr": "The Bluebook (règle 21.7)"},
        legal.bluebook,
        legal.oscola_order,  # G.A. before S.C., as UNGA before UNSC
    ),
    Style("apa", {"en": "APA (7th ed.)", "fr": "APA (7e éd.)"}, academic.apa, academic.apa_order),
    Style(
        "chicago",
        {
            "en": "Chicago (17th ed., notes and bibliography)",
            "fr": "Chicago (17e éd., notes et bibliographie)",
        },
        academic.chicago_note,
        academic.chicago_order,
        entry=academic.chicago_entry,
    ),
    Style("mla", {"en": "MLA (9th ed.)", "fr": "MLA (9e éd.)"}, academic.mla, academic.mla_order),
    _file_format("bibtex", "BibTeX (biblatex-oscola)", exports.bibtex, exports.join_blocks, ".bib"),
    _file_format("ris", "RIS", exports.ris, exports.join_blocks, ".ris"),
    _file_format("csl-json", "CSL-JSON", exports.csl_json, exports.join_csl, ".json"),
)
