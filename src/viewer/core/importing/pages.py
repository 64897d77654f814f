"""The printed furniture of a UN document's pages, taken off to leave its text.

A page of an official PDF carries, besides the text: the masthead (first page: "United
Nations A/RES/78/101", "General Assembly Distr.: General", the date of issue, the job
number "23-24977 (E) 201223" and its barcode "*2324977*"), running heads (the symbol,
the title, "2/4 23-24977") and footnotes under a rule of underscores. This module
splits each page into its body lines and its footnote lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "23-24977 (E) 201223", "25-18686 (F)": the job number, with the language letter.
JOB_NUMBER = re.compile(r"^\d{2}-\d{4,6}\s*\(([A-Z])\)(?:\s+\d{6})?\s*$")
BARCODE = re.compile(r"^\*\d{6,}\*")
RECYCLE = re.compile(r"^(?:\*\d+\*\s*)?(?:Please recycle|Merci de recycler|Veuillez recycler)\b")
# "2/4 23-24977" on even pages, "23-24977 3/4" on odd pages, "2/2" alone on older ones.
PAGE_NUMBER = re.compile(
    r"^(?:(?P<a>\d+)/\d+(?:\s+\d{2}-\d{4,6})?|\d{2}-\d{4,6}\s+(?P<b>\d+)/\d+)$"
)
FOOTNOTE_RULE = re.compile(r"^_{5,}\s*$")
MASTHEAD = re.compile(r"^(?:United Nations|Nations Unies)\b")
# "Distr.: General", "Distr. générale", "Distr.: Limited", "Distr. limitée".
DISTRIBUTION = re.compile(r"\bDistr\.\s*(?::|g[ée]n[ée]rale|limit[ée]e|restreinte)", re.I)
# How many lines a running head takes at most (symbol, two lines of title, page number).
RUNNING_HEAD_LINES = 8


@dataclass
class Page:
    body: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)


def clean_lines(text: str) -> list[str]:
    """Lines of a page's text layer, right-trimmed, empty ones dropped.

    pdfium marks a hyphen at the end of a printed line as U+FFFE; UN documents hyphenate
    only compounds ("Non-Self-Governing", "case-by-case"), so it is a hyphen.
    """
    text = text.replace("\ufffe", "-").replace("\u00ad", "-").replace("\r\n", "\n")
    text = text.replace("\r", "\n").replace("\x0c", "\n")
    return [line.rstrip() for line in text.split("\n") if line.strip()]


def split_page(text: str, number: int, symbol: str) -> Page:
    """Page ``number``'s body and footnotes (from 1), without masthead, running head,
    job number and barcode."""
    lines = clean_lines(text)
    if number == 1:
        lines = _without_masthead(lines)
    else:
        lines = _without_running_head(lines, symbol, number)
    page = Page()
    target = page.body
    for line in lines:
        if JOB_NUMBER.match(line.strip()) or BARCODE.match(line.strip()):
            continue
        if RECYCLE.match(line.strip()) or _page_number(line) == number:
            continue
        if FOOTNOTE_RULE.match(line):
            target = page.footnotes
            continue
        target.append(line)
    return page


def _without_masthead(lines: list[str]) -> list[str]:
    """Drop "United Nations SYMBOL", "ORGAN Distr.: General" and the date of issue."""
    out: list[str] = []
    after_distribution = False
    for index, line in enumerate(lines):
        if index < 6 and MASTHEAD.match(line):
            continue
        if index < 6 and DISTRIBUTION.search(line):
            after_distribution = True
            continue
        if after_distribution:
            after_distribution = False
            # The date of issue (and, on some, "Original: English").
            if re.match(r"^\d{1,2}(?:er)?\s+\S+\s+\d{4}$", line.strip()):
                continue
        if index < 10 and re.match(r"^Original\s*:", line.strip()):
            continue
        out.append(line)
    return out


def _page_number(line: str) -> int | None:
    match = PAGE_NUMBER.match(line.strip())
    return int(match.group("a") or match.group("b")) if match else None


def _without_running_head(lines: list[str], symbol: str, number: int) -> list[str]:
    """Drop the head of a page after the first: everything down to its page number
    (the number must be this page's: "2/4" on page 2, so a line of text is never taken).

    When no page number is found near the top (an unusual layout), only a line that is
    the symbol alone is dropped.
    """
    for index, line in enumerate(lines[:RUNNING_HEAD_LINES]):
        if _page_number(line) == number:
            return lines[index + 1 :]
    compact = symbol.replace(" ", "")
    return [line for line in lines[:2] if line.replace(" ", "") != compact] + lines[2:]


def job_language(text: str) -> str | None:
    """ "en" or "fr" from the job number's letter on the first page, if printed."""
    for line in clean_lines(text)[:15]:
        match = JOB_NUMBER.match(line.strip())
        if match:
            return {"E": "en", "F": "fr"}.get(match.group(1))
    return None
