"""Read a UN resolution in its official layout, English or French, into a Draft.

The same reader serves the official PDFs (page by page) and text files whose opening
names the resolution in the UN's words. What it reads, from the head of the first
page: the symbol, the session ("Seventy-eighth session"), the agenda item, the adoption
("Resolution adopted by the General Assembly on 7 December 2023", "Adopted by the
Security Council at its 8148th meeting, on 21 December 2017", and their French forms),
the draft it came from ("[on the report of the Fifth Committee (A/79/652, para. 58)]")
and the title ("78/101. Title"); from its end: the meeting ("45th plenary meeting");
then the text, its footnotes and its annexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.importing import dates, paragraphs
from viewer.core.importing.model import Draft
from viewer.core.importing.pages import job_language, split_page

SYMBOL = re.compile(r"\b([A-Z]{1,2}/RES/[A-Z0-9][A-Z0-9./-]*[A-Z0-9](?:\s*\(\d{4}\))?)")
# The masthead of any UN document: "United Nations A/78/429", "Nations Unies S/2024/1".
_OTHER_DOCUMENT = re.compile(r"(?:United Nations|Nations Unies)\s+([A-Z]{1,2}/[A-Z0-9][\w./()-]*)")
_GA_ADOPTED = re.compile(
    r"(?P<en>Resolution adopted by the General Assembly)|"
    r"(?P<fr>R[ée]solution adopt[ée]e par l[’']Assembl[ée]e g[ée]n[ée]rale)",
    re.IGNORECASE,
)
_SC_ADOPTED = re.compile(
    r"(?P<en>Adopted by the Security Council at its (?P<n_en>\d+)\s*(?:st|nd|rd|th)\s+meeting)|"
    r"(?P<fr>Adopt[ée]e par le Conseil de s[ée]curit[ée] [àa] sa (?P<n_fr>\d+)\s*(?:e|re|ème)"
    r"\s+s[ée]ance)",
    re.IGNORECASE,
)
# "45th plenary meeting", "45e séance plénière", "1re séance plénière".
# "50th (resumed) plenary meeting", "50e séance plénière (reprise)".
PLENARY = re.compile(
    r"^\s*(\d+)\s*(?:st|nd|rd|th)\s+(\(resumed\)\s+)?plenary meeting\s*$|"
    r"^\s*(\d+)\s*(?:e|re|ère|ème)\s+s[ée]ance pl[ée]ni[èe]re\s*(\(reprise\))?\s*$",
    re.IGNORECASE,
)
OPENING = re.compile(
    r"^\s*(?:The General Assembly|The Security Council|L[’']Assembl[ée]e g[ée]n[ée]rale|"
    r"Le Conseil de s[ée]curit[ée])\s*,?\s*$"
)
ANNEX = re.compile(r"^\s*(?:ANNEXE?|Annexe?)(?:\s+[IVXLC\d]+)?\b(?!\s+(?:to|of|à|de)\b)")
AGENDA = re.compile(
    r"^\s*(?:Agenda items?\s+(?P<en>.+)|Points?\s+(?P<fr>.+?)\s+de l[’']ordre du jour)\s*$"
)
SESSION = re.compile(r"^\s*(.*\bsession)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Plenary:
    number: str
    resumed: bool


class NotAResolutionError(ValueError):
    """The text does not open as a UN resolution does."""


@dataclass
class Head:
    """What the first page says before the text."""

    organ: str
    lang: str
    date: str
    meeting: str | None
    session: str | None
    agenda_number: str | None
    agenda_title: str | None
    origin: str | None
    title: str | None


def read_pages(texts: list[str], source: str, symbol_hint: str | None = None) -> Draft:
    """A Draft from the text of each page, or NotAResolutionError."""
    if not texts:
        raise NotAResolutionError("no text")
    symbol = find_symbol(texts[0], symbol_hint)
    pages = [split_page(text, index, symbol) for index, text in enumerate(texts, start=1)]
    head_lines, body = _split_head(pages[0].body)
    head = read_head(head_lines, symbol, job_language(texts[0]))
    for page in pages[1:]:
        body.append(paragraphs.PAGE_BREAK)
        body.extend(page.body)
    text_lines, meeting, annexes = _split_end(body)
    draft = Draft(symbol=symbol, lang=head.lang, source=source)
    _fill(draft, head, meeting)
    draft.texts["text"] = paragraphs.reflow(text_lines)
    notes = [line for page in pages for line in page.footnotes]
    if notes:
        draft.lists["footnotes"] = paragraphs.footnotes(notes)
    if annexes:
        draft.lists["annexes"] = annexes
    draft.fields["last_operative_paragraph"] = paragraphs.last_operative(text_lines)
    return draft


def find_symbol(first_page: str, hint: str | None) -> str:
    match = SYMBOL.search(first_page[:600])
    if match:
        return " ".join(match.group(1).split()).replace("/RES/", "/RES/")
    if hint:
        return hint
    other = _OTHER_DOCUMENT.search(first_page[:300])
    if other:  # a report, a letter, a draft: say what it is
        raise NotAResolutionError(f"{other.group(1)}: a UN document that is not a resolution")
    raise NotAResolutionError("no resolution symbol (such as A/RES/78/101) on its first page")


def _split_head(lines: list[str]) -> tuple[list[str], list[str]]:
    """The first page's lines before "The General Assembly," and from it on."""
    for index, line in enumerate(lines):
        if OPENING.match(line):
            return lines[:index], lines[index:]
    raise NotAResolutionError(
        'does not open as a resolution ("The General Assembly," or "The Security Council,")'
    )


def read_head(lines: list[str], symbol: str, job_lang: str | None) -> Head:
    joined = " ".join(line.strip() for line in lines)
    ga, sc = _GA_ADOPTED.search(joined), _SC_ADOPTED.search(joined)
    adopted = ga or sc
    if adopted is None:
        raise NotAResolutionError("no line saying when and by whom it was adopted")
    lang = "fr" if adopted.group("fr") else "en"
    lang = job_lang or lang
    date = dates.parse(joined[adopted.end() : adopted.end() + 60])
    if date is None:
        raise NotAResolutionError("no date of adoption after the words of adoption")
    meeting = None
    if sc:
        meeting = sc.group("n_en") or sc.group("n_fr")
    session, agenda_number, agenda_title = _session_and_agenda(lines)
    origin = re.search(r"\[([^\]]+)\]", joined[adopted.end() :])
    return Head(
        organ="GA" if ga else "SC",
        lang=lang,
        date=date.isoformat(),
        meeting=meeting,
        session=session,
        agenda_number=agenda_number,
        agenda_title=agenda_title,
        origin=" ".join(origin.group(1).split()) if origin else None,
        title=_title(lines, symbol) if ga else None,
    )


def _session_and_agenda(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    session = agenda_number = None
    agenda: list[str] = []
    in_agenda = False
    for line in lines:
        if _GA_ADOPTED.search(line) or _SC_ADOPTED.search(line) or line.lstrip().startswith("["):
            break
        agenda_match = AGENDA.match(line)
        if agenda_match:
            agenda_number = (agenda_match.group("en") or agenda_match.group("fr")).strip()
            in_agenda = True
        elif session is None and SESSION.match(line) and not in_agenda:
            session = line.strip()
        elif in_agenda:
            agenda.append(line.strip())
    return session, agenda_number, " ".join(agenda) or None


def _title(lines: list[str], symbol: str) -> str | None:
    """The "78/101. Title" line (and its continuation) after the draft's brackets."""
    number = symbol.split("/RES/", 1)[-1]
    start = re.compile(rf"^\s*{re.escape(number)}\s*\.\s+(.*)$")
    for index, line in enumerate(lines):
        match = start.match(line)
        if match:
            parts = [match.group(1).strip(), *(rest.strip() for rest in lines[index + 1 :])]
            return " ".join(part for part in parts if part) or None
    return None


def _split_end(body: list[str]) -> tuple[list[str], Plenary | None, list[dict[str, str]]]:
    """The resolution's own lines, its plenary meeting, and its annexes."""
    meeting = None
    end = len(body)
    for index, line in enumerate(body):
        match = PLENARY.match(line)
        if match:
            meeting = Plenary(
                match.group(1) or match.group(3), bool(match.group(2) or match.group(4))
            )
            end = index
            break
    annex_start = _annex_start(body, end if meeting else 0)
    if meeting is None:
        end = annex_start
    own = body[:end]
    return own, meeting, _annexes(body[annex_start:]) if annex_start < len(body) else []


def _annex_start(body: list[str], after: int) -> int:
    """Where the annexes begin: an "Annex" heading after the meeting line, or at the
    top of a page (a Security Council resolution has no meeting line at its end)."""
    for index in range(after, len(body)):
        if not ANNEX.match(body[index]):
            continue
        at_page_top = index > 0 and body[index - 1] == paragraphs.PAGE_BREAK
        if after or at_page_top:
            return index
    return len(body)


def _annexes(lines: list[str]) -> list[dict[str, str]]:
    annexes: list[dict[str, str]] = []
    current: list[str] = []
    for line in lines:
        if ANNEX.match(line) and current and _has_text(current):
            annexes.append(_annex(current))
            current = []
        current.append(line)
    if current and _has_text(current):
        annexes.append(_annex(current))
    return annexes


def _has_text(lines: list[str]) -> bool:
    return any(line != paragraphs.PAGE_BREAK for line in lines)


def _annex(lines: list[str]) -> dict[str, str]:
    # The heading runs until its paragraph ends ("ANNEX 1 - … Plan to / End the … Conflict").
    title, _, text = paragraphs.reflow(lines).partition("\n\n")
    return {"title": title, "text": text} if text else {"title": title}


def _fill(draft: Draft, head: Head, plenary: Plenary | None) -> None:
    number = draft.symbol.split("/RES/", 1)[-1]
    if head.organ == "SC":
        number = re.sub(r"\s*\(\d{4}\)$", "", number)
    draft.fields.update(organ=head.organ, number=number, date=head.date)
    if head.meeting:
        draft.fields["meeting"] = head.meeting
    elif plenary:
        # The number stays a number (format.md); the kind lets pages and citations say
        # "45th plenary meeting" / "45e séance plénière" in either language.
        draft.fields["meeting"] = plenary.number
        draft.fields["meeting_kind"] = "plenary"
        if plenary.resumed:
            draft.fields["meeting_resumed"] = True
    if head.origin:
        draft.texts["origin"] = head.origin
        symbols = re.findall(r"\(([A-Z]/[A-Z0-9./-]+)", head.origin)
        if symbols:
            draft.fields["draft_symbol"] = symbols[0].rstrip(".,")
    for key, value in (
        ("title", head.title),
        ("session", head.session),
        ("agenda_item", head.agenda_title),
    ):
        if value:
            draft.texts[key] = value
    if head.agenda_number:
        draft.fields["agenda_number"] = head.agenda_number
