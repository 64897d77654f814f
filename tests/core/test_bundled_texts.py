"""The bundled texts say what facts.md says, in the UN's English and in good French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.core.collection import Collection
from viewer.core.labels import ordinal_meeting
from viewer.core.localized import Localized

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT.parent / "shared" / "facts.md"
NBSP = "\u00a0"

# The verbs facts.md uses for what a resolution does for INTERPOL, as the UN writes them
# (-ize) and in French. A summary must not say more ("invites", "welcomes") or less.
VERBS = {
    "recognises": ("recognizes", "reconnaît"),
    "reaffirms": ("reaffirms", "réaffirme"),
    "encourages": ("encourages", "encourage"),
}


def texts(collection: Collection, lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the collection in ``lang``."""
    values: list[tuple[str, Localized | None]] = [
        ("title", collection.title),
        ("description", collection.description),
    ]
    values += [(f"topic {t.id}", t.label) for t in collection.topics]
    for res in collection.resolutions:
        for field in ("title", "agenda_item", "summary", "relevance", "adoption", "text"):
            values.append((f"{res.symbol} {field}", getattr(res, field)))
    for where, value in values:
        if value is not None and lang in value.values:
            yield where, value.values[lang]


def facts_verbs() -> dict[str, str]:
    """symbol number -> the verb facts.md gives for what it does for INTERPOL."""
    found = {}
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"- (\d+(?:/\d+)?)(?: \(\d{4}\))?: (\w+)", line)
        if match and match.group(2) in VERBS:
            found[match.group(1)] = match.group(2)
    return found


def test_facts_name_a_verb_for_most_resolutions() -> None:
    assert len(facts_verbs()) >= 6  # the test below checks something


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_relevance_uses_the_verb_of_the_facts(bundled: Collection, lang: str) -> None:
    for number, verb in facts_verbs().items():
        [res] = bundled.resolve(number)
        expected = VERBS[verb][0 if lang == "en" else 1]
        relevance = res.relevance.values[lang]
        assert re.search(rf"\b{expected}\b", relevance), (res.symbol, relevance)
        summary = res.summary.values[lang]
        assert re.search(rf"\b{expected}\b", summary), (res.symbol, summary)


def test_english_follows_un_spelling(bundled: Collection) -> None:
    # The UN writes -ize (recognize, organization), as the Oxford spelling does.
    ise = re.compile(r"\b(?:recogni|organi|summari|emphasi|reali|authori|prioriti)s\w*", re.I)
    for where, text in texts(bundled, "en"):
        assert not ise.search(text), (where, ise.search(text))


def test_french_has_one_term_for_trafficking_in_persons(bundled: Collection) -> None:
    for where, text in texts(bundled, "fr"):
        assert "êtres humains" not in text, where
        assert not re.search(r"\btraite\b(?! des personnes)", text), (where, text)
        assert not re.search(r"\btraite de la traite\b", text), where


def test_french_typography(bundled: Collection) -> None:
    for where, text in texts(bundled, "fr"):
        for match in re.finditer(r".[:;?!]", text):
            assert match.group()[0] == NBSP, (where, match.group())
        assert not re.search(r"«[^\u00a0]|[^\u00a0]»", text), where
        assert "'" not in text, where  # the French apostrophe is ’


def test_meetings_in_summaries_match_the_meeting_field(bundled: Collection) -> None:
    for res in bundled.resolutions:
        if res.meeting is None or res.summary is None:
            continue
        for lang in ("en", "fr"):
            ordinal = ordinal_meeting(res.meeting, lang, res.plenary)
            assert ordinal in res.summary.values[lang], (res.symbol, lang)


def test_72_1_was_adopted_at_a_plenary_meeting(bundled: Collection) -> None:
    [res] = bundled.resolve("72/1")
    assert res.meeting == "24"
    assert res.plenary
    assert not any(other.plenary for other in bundled.resolutions if other is not res)
