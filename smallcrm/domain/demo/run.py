"""What every part of one demo run shares: the random stream, the calendar, the shop's
opening hours and the phone numbers handed out so far."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from smallcrm.domain.demo.shop_calendar import ShopCalendar


@dataclass(slots=True)
class Run:
    """One run's shared state.

    Everything is drawn from the one ``rng``, in a fixed order of phases (customers,
    then purchases and contacts per batch, reminders, tags): that order is what makes
    a seed reproduce the shop, so a new draw goes at the end of its phase, never
    between two existing ones.
    """

    rng: random.Random
    cal: ShopCalendar
    times: list[dt.timedelta]  # times of day the shop is open, as offsets from midnight
    used_phones: set[str] = field(default_factory=set)  # E.164 numbers handed out

    @classmethod
    def start(cls, seed: int, today: dt.date) -> Run:
        rng = random.Random(seed)
        cal = ShopCalendar(today)
        times = sorted(
            dt.timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            for _ in range(97)
        )
        return cls(rng, cal, times)
