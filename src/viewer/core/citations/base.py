"""What every style is made of: the citation (text and HTML built from one list of
pieces), the resolution being cited with its pinpoint, and the per-style organ names."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from viewer.core import symbols

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution
    from viewer.core.pinpoint import Pinpoint


@dataclass(frozen=True)
class Citation:
    """One citation (or a joined bibliography) as plain text and as HTML."""

    text: str
    html: str


@dataclass(frozen=True)
class Italic:
    """A piece set in italics (a title, where the style italicises titles)."""

    text: str


@dataclass(frozen=True)
class Link:
    """A piece that links, in the HTML form, to the official document."""

    text: str
    url: str


Piece = str | Italic | Link

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line: a citation never carries the record's line breaks."""
    return _SPACES.sub(" ", text).strip()


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def compose(*pieces: Piece) -> Citation:
    """The one place where text becomes HTML: data escaped, italics and links marked."""
    text: list[str] = []
    marked: list[str] = []
    for piece in pieces:
        if isinstance(piece, Italic):
            text.append(piece.text)
            marked.append(f"<i>{esc(piece.text)}</i>")
        elif isinstance(piece, Link):
            text.append(piece.text)
            marked.append(f'<a href="{esc(piece.url)}">{esc(piece.text)}</a>')
        else:
            text.append(piece)
            marked.append(esc(piece))
    return Citation("".join(text), "".join(marked))


def preformatted(text: str) -> Citation:
    """A file format (BibTeX, RIS, CSL-JSON): shown as it is, escaped, in a <pre>."""
    return Citation(text, f"<pre>{esc(text)}</pre>")


@dataclass(frozen=True)
class Cited:
    """The resolution being cited, in the language asked for, with its pinpoint."""

    res: Resolution
    lang: str = "en"
    collection: Collection | None = None
    pinpoint: Pinpoint | None = None

    @property
    def designation(self) -> str:
        """How the UN names the resolution: "71/19"; an SC resolution's year follows its
        number in parentheses, "2396 (2017)" (Editorial Manual; facts.md)."""
        year = self.symbol_year
        number = self.res.number
        if year and not number.rstrip().endswith(f"({year})"):
            return f"{number} ({year})"
        return number

    @property
    def symbol_year(self) -> str | None:
        match = re.search(r"\((\d{4})\)\s*$", self.res.symbol)
        return match.group(1) if match else None

    @property
    def short_symbol(self) -> str:
        """The symbol without the year (S/RES/2396), as OSCOLA and the Bluebook print it,
        and where the year would otherwise stand twice in one citation."""
        return symbols.without_year(self.res.symbol)

    @property
    def url(self) -> str:
        """The official document on undocs.org, in the citation's language for French."""
        return symbols.official_url(self.res.symbol, "fr" if self.lang == "fr" else None)

    @property
    def title(self) -> str | None:
        """The GA title (English is the only official language the data has)."""
        title = self.res.title
        return clean(title.get("en")) if title is not None else None

    def organ_name(self, lang: str = "en") -> str:
        """The organ's own name from the collection, for organs no style table knows."""
        collection = self.collection
        organ = collection.organ(self.res.organ) if collection is not None else None
        return organ.name.get(lang) if organ is not None else self.res.organ


@dataclass(frozen=True)
class Naming:
    """How a style names the organ: a table for the organs it knows, a rule for others."""

    known: Mapping[str, str]
    other: Callable[[str], str] = field(default=lambda name: name)
    lang: str = "en"  # the language of the collection's organ name the rule is given

    def __call__(self, cited: Cited) -> str:
        found = self.known.get(cited.res.organ)
        return found if found is not None else self.other(cited.organ_name(self.lang))


def prefixed(prefix: str, *also: str) -> Callable[[str], str]:
    """A rule for other organs: ``prefix`` + name, unless the name already starts so."""
    starts = (prefix, *also)
    return lambda name: name if name.startswith(starts) else f"{prefix}{name}"


_ARTICLES = ("a ", "an ", "the ")


def title_sort(title: str) -> str:
    """Alphabetical order of titles, an initial article ignored (Chicago, MLA)."""
    folded = title.casefold()
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded
