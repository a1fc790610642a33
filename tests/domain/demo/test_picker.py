"""Weighted choice: values come up as often as their weights say, never at weight 0."""

from __future__ import annotations

import random
from collections import Counter

from smallcrm.domain.demo.picker import Picker


def test_values_come_up_in_proportion_to_their_weights() -> None:
    picker = Picker([("a", 1), ("b", 3), ("never", 0)])
    rng = random.Random(1)
    counts = Counter(picker.pick(rng) for _ in range(20000))
    assert set(counts) == {"a", "b"}
    assert 2.7 < counts["b"] / counts["a"] < 3.3


def test_the_same_stream_picks_the_same_values() -> None:
    picker = Picker([(i, i + 1) for i in range(10)])
    assert [picker.pick(random.Random(5)) for _ in range(3)] == [picker.pick(random.Random(5)) for _ in range(3)]
