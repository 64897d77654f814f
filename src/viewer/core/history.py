"""Back and forward through what the reader looked at, as in a browser."""

from __future__ import annotations

from typing import NamedTuple

MAX_ENTRIES = 200


class Place(NamedTuple):
    """A page of the detail pane: the overview (no symbol) or a resolution, and the
    search it was opened from (its matches are highlighted again on return).

    A NamedTuple rather than a dataclass: the window makes its history before its first
    paint, and importing ``dataclasses`` there would cost more than the rest of it."""

    symbol: str | None = None
    query: str = ""
    anchor: str = ""  # the paragraph read ("p8"): where Back and Forward return to


class History:
    def __init__(self) -> None:
        self._places: list[Place] = []
        self._at = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._at] if self._at >= 0 else None

    def visit(self, place: Place) -> None:
        """A new page: forward entries are dropped, as in every browser."""
        if place == self.current:
            return
        del self._places[self._at + 1 :]
        self._places.append(place)
        if len(self._places) > MAX_ENTRIES:
            del self._places[0]
        self._at = len(self._places) - 1

    def remember_anchor(self, anchor: str) -> None:
        """The paragraph the reader is at on the current page, for a return to it."""
        if self._at >= 0:
            self._places[self._at] = self._places[self._at]._replace(anchor=anchor)

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self._places[self._at]

    def clear(self) -> None:
        self._places.clear()
        self._at = -1
