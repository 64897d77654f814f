"""Small statistics shared by the benchmark scripts."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable


def p95(values: Iterable[float]) -> float:
    """The 95th percentile, nearest-rank: the smallest value that at least 95% of the
    values do not exceed."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def median(values: Iterable[float]) -> float:
    listed = list(values)
    return statistics.median(listed) if listed else math.nan
