"""``show``'s reading of a text: the JSON of its paragraphs and references, and
``--para N`` (the paragraph and its pinpoint citation). Headless, no Qt."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from viewer.core import citations, pinpoint, reference_index, structure

if TYPE_CHECKING:
    from viewer.core.collection import Collection, Resolution


def _sub_json(sub: structure.Subparagraph) -> dict[str, Any]:
    entry: dict[str, Any] = {"label": sub.label, "text": sub.text}
    if sub.subparagraphs:
        entry["subparagraphs"] = [_sub_json(s) for s in sub.subparagraphs]
    return entry


def record_json(
    res: Resolution, collection: Collection, index: reference_index.ReferenceIndex
) -> dict[str, Any]:
    """The record's fields, then ``paragraphs``, ``references`` and ``cited_by``."""
    out = dict(res.raw)
    text = reference_index.text_of(res)
    parsed = structure.parse(text) if text else None
    out["paragraphs"] = [
        {
            "kind": p.kind,
            "number": p.number,
            "text": p.text,
            "subparagraphs": [_sub_json(s) for s in p.subparagraphs],
        }
        for p in (parsed.paragraphs if parsed else ())
    ]
    out["references"] = [
        {
            "symbol": c.target,
            "paragraph": c.paragraph,
            "target_paragraph": c.target_paragraph,
            "in_collection": c.in_collection,
        }
        for c in index.placed(index.references_of(res), collection)
    ]
    out["cited_by"] = [
        {"symbol": c.source, "paragraph": c.paragraph}
        for c in index.placed(index.citing(res), collection)
    ]
    return out


def paragraph_text(res: Resolution, point: pinpoint.Pinpoint) -> str | None:
    """The paragraphs a locator names, as printed (number, text, sub-paragraphs)."""
    text = reference_index.text_of(res)
    if not text:
        return None
    wanted = _wanted(point)
    chosen = [
        (p, wanted[int(p.number)])
        for p in structure.parse(text).operative
        if p.number and p.number.isdigit() and int(p.number) in wanted
    ]
    if not chosen:
        return None
    lines: list[str] = []
    for paragraph, labels in chosen:
        lines.append(f"{paragraph.number}. {paragraph.text}")
        lines += _sub_lines(paragraph.subparagraphs, labels, 1)
    return "\n".join(lines)


def _wanted(point: pinpoint.Pinpoint) -> dict[int, tuple[str, ...]]:
    """Paragraph number -> the sub-paragraph labels named (none: the whole paragraph)."""
    wanted: dict[int, tuple[str, ...]] = {}
    for span in point.spans:
        if span.end is None:
            wanted[span.start.number] = span.start.labels
        else:  # a range, of paragraphs or of one paragraph's sub-paragraphs: shown whole
            for number in range(span.start.number, span.end.number + 1):
                wanted[number] = ()
    return wanted


def _sub_lines(
    subs: tuple[structure.Subparagraph, ...], labels: tuple[str, ...], depth: int
) -> list[str]:
    lines: list[str] = []
    for sub in subs:
        if labels and sub.label.strip("() ") != labels[0]:
            continue
        lines.append("    " * depth + f"{sub.label} {sub.text}")
        lines += _sub_lines(sub.subparagraphs, labels[1:], depth + 1)
    return lines


def print_paragraph(
    res: Resolution, point: pinpoint.Pinpoint, lang: str, collection: Collection
) -> bool:
    """Prints the paragraph and its citation; False (and a message) when it is not there."""
    text = paragraph_text(res, point)
    citation = citations.cite(citations.DEFAULT_STYLE, res, lang, collection, point).text
    if text is None:
        print(f"{res.symbol} has no paragraph {point} in its text.", file=sys.stderr)
        return False
    print(text)
    print()
    print(citation)
    return True
