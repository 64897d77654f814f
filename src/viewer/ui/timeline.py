"""The overview's timeline: the collection's resolutions along a time axis, one lane
per organ. Each resolution is a mark to hover (tooltip) and click (opens it); a large
collection shows counts per year instead, as bars."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.core.collection import Collection
from viewer.core.dates import long_date
from viewer.ui import plain_text

MARKS_UP_TO = 300  # above this, counts per year
LANE_HEIGHT = 30
TOP, BOTTOM, RIGHT = 10, 26, 30
MARK_RADIUS = 5.5
MAX_TICKS = 10
# The day after 9999-12-31: the end of the axis when the last year is 9999 (a date
# cannot hold it, its ordinal can).
END_OF_TIME = dt.date.max.toordinal() + 1


def year_start(year: int) -> int:
    """The ordinal of 1 January of ``year``; the end of time for the year after 9999."""
    return dt.date(year, 1, 1).toordinal() if year <= dt.MAXYEAR else END_OF_TIME


def tick_step(years: int) -> int:
    """Years between two labelled ticks: 1, 2, 5, 10, 20, 50… so that at most
    ``MAX_TICKS`` fit, whatever the span (a collection may run from year 1 to 9999)."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if years / (factor * magnitude) <= MAX_TICKS:
                return factor * magnitude
        magnitude *= 10


@dataclass(frozen=True)
class _Mark:
    centre: QPointF
    symbol: str
    tooltip: str


@dataclass(frozen=True)
class _Bar:
    rect: QRectF
    tooltip: str


class Timeline(QWidget):
    resolution_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collection: Collection | None = None
        self._lang = "en"
        self._marks: list[_Mark] = []
        self._bars: list[_Bar] = []
        self._counts: Counter[tuple[int, int]] | None = None  # (lane, year) -> records
        self.setMouseTracking(True)
        self.setObjectName("timeline")
        self.setMinimumHeight(TOP + LANE_HEIGHT + BOTTOM)

    def set_collection(self, collection: Collection | None, lang: str) -> None:
        self._collection = collection
        self._counts = None
        self._lang = lang
        lanes = len(collection.organs) if collection else 1
        self.setFixedHeight(TOP + LANE_HEIGHT * max(lanes, 1) + BOTTOM)
        self.setAccessibleName(self.tr("Timeline of the resolutions"))
        self.update()

    @property
    def shows_counts(self) -> bool:
        return self._collection is not None and len(self._collection.resolutions) > MARKS_UP_TO

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    # -- geometry --------------------------------------------------------------------

    def _span(self) -> tuple[int, int]:
        """The axis, as day ordinals: from 1 January of the first year to 1 January
        after the last (ordinals, because that day is not a date after 9999)."""
        assert self._collection is not None
        dates = [r.date for r in self._collection.resolutions]
        first, last = min(dates), max(dates)
        return year_start(first.year), year_start(last.year + 1)

    def _label_width(self) -> int:
        assert self._collection is not None
        metrics = QFontMetrics(self.font())
        names = [organ.name.get(self._lang) for organ in self._collection.organs]
        return min(max((metrics.horizontalAdvance(n) for n in names), default=40) + 16, 220)

    def _x(self, day: int, start: int, end: int, left: float, width: float) -> float:
        return left + (day - start) / (end - start) * width

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._marks.clear()
        self._bars.clear()
        try:
            if self._collection is not None and self._collection.resolutions:
                self._paint(painter)
        except Exception:
            # An exception leaving a paint with the painter open kills the process:
            # report it (stderr, or the test's hook) and leave the timeline blank.
            sys.excepthook(*sys.exc_info())
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        assert self._collection is not None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        start, end = self._span()
        left = float(self._label_width())
        width = max(self.width() - left - RIGHT, 10.0)
        axis_y = TOP + LANE_HEIGHT * len(self._collection.organs)

        # lanes and their names
        painter.setPen(text_colour)
        for lane, organ in enumerate(self._collection.organs):
            y = TOP + lane * LANE_HEIGHT
            if lane % 2:
                painter.fillRect(
                    QRectF(left, y, width, LANE_HEIGHT),
                    palette.color(palette.ColorRole.AlternateBase),
                )
            painter.drawText(
                QRectF(4, y, left - 10, LANE_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                organ.name.get(self._lang),
            )

        self._paint_axis(painter, start, end, left, width, axis_y, text_colour)
        if self.shows_counts:
            self._paint_counts(painter, start, end, left, width)
        else:
            self._paint_marks(painter, start, end, left, width)

    def _paint_axis(
        self,
        painter: QPainter,
        start: int,
        end: int,
        left: float,
        width: float,
        axis_y: float,
        colour: QColor,
    ) -> None:
        painter.setPen(QPen(colour, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        first_year = dt.date.fromordinal(start).year
        last_year = dt.date.fromordinal(end - 1).year + 1  # the year the axis ends on
        step = tick_step(last_year - first_year)
        metrics = QFontMetrics(self.font())
        first_tick = -(-first_year // step) * step  # the first multiple of the step
        for year in range(first_tick, last_year + 1, step):
            x = self._x(year_start(year), start, end, left, width)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            label = str(year)
            half = metrics.horizontalAdvance(label) / 2
            left_edge = min(x - half, self.width() - 2 * half - 2)  # never cut at the right
            painter.drawText(QPointF(left_edge, axis_y + 6 + metrics.ascent()), label)

    def _paint_marks(
        self, painter: QPainter, start: int, end: int, left: float, width: float
    ) -> None:
        assert self._collection is not None
        lane_of = {organ.id: i for i, organ in enumerate(self._collection.organs)}
        accent = self.palette().color(self.palette().ColorRole.Highlight)
        outline = self.palette().color(self.palette().ColorRole.Base)
        painter.setPen(QPen(outline, 1.5))
        painter.setBrush(accent)
        last_x: dict[int, float] = {}
        nudge: dict[int, int] = {}
        for res in self._collection.by_date():
            lane = lane_of.get(res.organ, 0)
            x = self._x(res.date.toordinal(), start, end, left, width)
            # Marks closer than their width go up and down in turn, so each can be hit.
            close = x - last_x.get(lane, -1e9) < 2 * MARK_RADIUS + 1
            nudge[lane] = -nudge.get(lane, 1) if close else 0
            if close and nudge[lane] == 0:
                nudge[lane] = 1
            last_x[lane] = x
            offset = nudge[lane] * (MARK_RADIUS - 1)
            centre = QPointF(x, TOP + (lane + 0.5) * LANE_HEIGHT + offset)
            painter.drawEllipse(centre, MARK_RADIUS, MARK_RADIUS)
            tooltip = f"{res.symbol}\n{long_date(res.date, self._lang)}\n{res.label(self._lang)}"
            self._marks.append(_Mark(centre, res.symbol, tooltip))

    def _paint_counts(
        self, painter: QPainter, start: int, end: int, left: float, width: float
    ) -> None:
        assert self._collection is not None
        counts = self._lane_year_counts(self._collection)
        highest = max(counts.values())
        years = dt.date.fromordinal(end - 1).year + 1 - dt.date.fromordinal(start).year
        year_width = width / max(years, 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(self.palette().ColorRole.Highlight))
        for (lane, year), count in sorted(counts.items()):
            height = max(2.0, (LANE_HEIGHT - 6) * count / highest)
            x = self._x(year_start(year), start, end, left, width)
            bottom = TOP + (lane + 1) * LANE_HEIGHT - 3
            rect = QRectF(x + 0.5, bottom - height, max(year_width - 1, 1.0), height)
            painter.drawRect(rect)
            organ = self._collection.organs[lane].name.get(self._lang)
            tip = self.tr("%n resolution(s)", "", count)
            self._bars.append(
                _Bar(rect.adjusted(0, -(LANE_HEIGHT - height), 0, 0), f"{organ}, {year}: {tip}")
            )

    def _lane_year_counts(self, collection: Collection) -> Counter[tuple[int, int]]:
        """Counted once per collection: a paint over 30,000 records took 30 ms."""
        if self._counts is None:
            lane_of = {organ.id: i for i, organ in enumerate(collection.organs)}
            self._counts = Counter(
                (lane_of.get(r.organ, 0), r.date.year) for r in collection.resolutions
            )
        return self._counts

    # -- interaction -----------------------------------------------------------------

    def mark_at(self, point: QPointF) -> _Mark | None:
        best: _Mark | None = None
        best_distance = (MARK_RADIUS + 3) ** 2
        for mark in self._marks:
            dx, dy = mark.centre.x() - point.x(), mark.centre.y() - point.y()
            distance = dx * dx + dy * dy
            if distance <= best_distance:
                best, best_distance = mark, distance
        return best

    def mark_position(self, symbol: str) -> QPointF | None:
        return next((m.centre for m in self._marks if m.symbol == symbol), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            mark = self.mark_at(point)
            text = (
                mark.tooltip
                if mark
                else next((bar.tooltip for bar in self._bars if bar.rect.contains(point)), "")
            )
            if text:
                QToolTip.showText(event.globalPos(), plain_text.tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.mark_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.resolution_clicked.emit(mark.symbol)
            return
        super().mousePressEvent(event)
