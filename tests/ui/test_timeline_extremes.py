"""Issue 11, item 2: every date the format allows draws on the timeline, and nothing
escapes a paint (an exception inside paintEvent with a QPainter open killed the
process with exit 139)."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtGui import QImage

from viewer.core import loader
from viewer.ui.timeline import Timeline, tick_step

BASE = json.loads((loader.resources.bundled_collection()).read_text(encoding="utf-8"))


def collection_with_dates(*dates: str):
    data = copy.deepcopy(BASE)
    records = data["resolutions"]
    for record, date in zip(records, dates, strict=False):
        record["date"] = date
    return loader.build(data)


def painted(qtbot, collection) -> Timeline:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_collection(collection, "en")
    timeline.resize(700, timeline.height())
    timeline.show()
    qtbot.waitExposed(timeline)
    image = QImage(timeline.size(), QImage.Format.Format_ARGB32)
    timeline.render(image)  # a paint now, under pytest-qt's exception capture
    return timeline


@pytest.mark.parametrize(
    "dates",
    [
        ("0900-01-01", "2017-12-21"),  # a span of 1,118 years
        ("9999-12-31", "2017-12-21"),  # the last day a date can hold
        ("0001-01-01", "9999-12-31"),  # the whole calendar
        ("9999-01-01", "9999-12-31"),  # one year, the last
    ],
)
def test_extreme_dates_paint_every_mark(qtbot, dates: tuple[str, ...]) -> None:
    collection = collection_with_dates(*dates)
    timeline = painted(qtbot, collection)
    for res in collection.resolutions:
        position = timeline.mark_position(res.symbol)
        assert position is not None, res.symbol
        assert 0 <= position.x() <= timeline.width()


def test_ticks_stay_few_whatever_the_span() -> None:
    for years in (1, 9, 11, 99, 1_118, 9_999):
        assert years / tick_step(years) <= 10
    assert tick_step(1) == 1
    assert tick_step(1_118) == 200
