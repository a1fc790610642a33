"""One demo run's shared state: the same seed gives the same stream and hours."""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.demo.run import Run


def test_the_same_seed_gives_the_same_stream_and_opening_hours() -> None:
    a, b = Run.start(9, dt.date(2025, 6, 15)), Run.start(9, dt.date(2025, 6, 15))
    assert a.times == b.times and a.rng.random() == b.rng.random()
    assert Run.start(10, dt.date(2025, 6, 15)).times != a.times


def test_the_shop_is_open_from_nine_to_nine() -> None:
    run = Run.start(1, dt.date(2025, 6, 15))
    assert len(run.times) == 97 and run.times == sorted(run.times)
    assert dt.timedelta(hours=9) <= run.times[0] and run.times[-1] < dt.timedelta(hours=21)
    assert not run.used_phones
