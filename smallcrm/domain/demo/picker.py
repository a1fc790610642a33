"""Weighted choice for the demo shop's many draws."""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable
from typing import Any


class Picker:
    """Weighted choice by bisecting cumulative weights: fast for many draws."""

    def __init__(self, pairs: Iterable[tuple[Any, float]]) -> None:
        self.values: list[Any] = []
        self.cum: list[float] = []
        total = 0.0
        for value, w in pairs:
            if w > 0:
                total += w
                self.values.append(value)
                self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> Any:
        i = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.values[min(i, len(self.values) - 1)]
