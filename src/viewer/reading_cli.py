"""``show``'s reading of a text: the JSON of its paragraphs and references, and
``--para N`` (the paragraph and its pinpoint citation). Headless, no Qt."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from viewer.core import pinpoint, reference_index, structure

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
    parsed = structure.parse(text)
    last = int(point.last or point.first)
    chosen = [
        p
        for p in parsed.operative
        if p.number and p.number.isdigit() and int(point.first) <= int(p.number) <= last
    ]
    if not chosen:
        return None
    lines: list[str] = []
    for paragraph in chosen:
        lines.append(f"{paragraph.number}. {paragraph.text}")
        lines += _sub_lines(paragraph.subparagraphs, point.labels, 1)
    return "\n".join(lines)


def _sub_lines(
    subs: tuple[structure.Subparagraph, ...], labels: tuple[str, ...], depth: int
) -> list[str]:
    lines: list[str] = []
    for sub in subs:
        if labels and sub.label != labels[0]:
            continue
        lines.append("    " * depth + f"{sub.label} {sub.text}")
        lines += _sub_lines(sub.subparagraphs, labels[1:], depth + 1)
    return lines


def print_paragraph(
    res: Resolution, point: pinpoint.Pinpoint, lang: str, collection: Collection
) -> bool:
    """Prints the paragraph and its citation; False (and a message) when it is not there."""
    text = paragraph_text(res, point)
    citation = pinpoint.cite_paragraph(res, point, lang, collection)
    if text is None:
        print(f"{res.symbol} has no paragraph {point.text()} in its text.", file=sys.stderr)
        return False
    print(text)
    print()
    print(citation)
    return True
