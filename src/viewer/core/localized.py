"""Localized texts: one string per language, with an honest fallback."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

# When the wanted language is missing, these come next, in this order.
FALLBACK_ORDER = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in one or more languages (``{"fr": "…", "en": "…"}``)."""

    values: Mapping[str, str]

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> Localized:
        # NFC so that a decomposed "é" in a file indexes and highlights like a composed one.
        return cls({lang: unicodedata.normalize("NFC", text) for lang, text in data.items()})

    def pick(self, lang: str) -> tuple[str, str]:
        """The text in ``lang``, else in a fallback language: ``(text, language used)``."""
        if lang in self.values:
            return self.values[lang], lang
        for other in FALLBACK_ORDER:
            if other in self.values:
                return self.values[other], other
        first = next(iter(self.values))
        return self.values[first], first

    def get(self, lang: str) -> str:
        return self.pick(lang)[0]

    def items(self) -> Iterator[tuple[str, str]]:
        return iter(self.values.items())
