"""A demo customer's hidden story, decided before any of their rows is written: what
kind of customer they are, when they bought first and last, how often, and whether
they left."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from smallcrm.domain.demo.goods import KIND_RATE, MAX_PURCHASES, RATE_MU, RATE_SIGMA
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS


@dataclass(slots=True)
class Plan:
    """One customer's hidden story, decided before any row is written."""

    kind: str
    start: int  # day index of the first purchase (or first contact)
    end: int  # day index of the last purchase
    purchases: int
    staff: int | None
    channel: str
    favourite: int  # index into ITEMS
    name: str
    surname: str
    gender: str
    mail_consent: bool
    churned: bool = False
    churn_reason: str = ""
    birthday: tuple[int, int, str] | None = None  # month, day, calendar
    local: bool = True  # lives near the shop, so comes in person
    revenue: int = 0
    tags: list[str] = field(default_factory=list)


def buying_window(run: Run, kind: str) -> tuple[int, int, int]:
    """First and last purchase day and how many purchases: the customer's story."""
    rng = run.rng
    last = HISTORY_DAYS
    if kind == "potential":
        day = last - rng.randint(0, 700)
        return day, day, 0
    start = 0 if rng.random() < 0.22 else int(last * rng.random() ** 0.8)
    r = rng.random()
    if r >= 0.8 and start <= last - 366:  # lapsed: nothing for over a year
        end = start + int(rng.random() * (last - 366 - start))
    elif r >= 0.66 and start <= last - 120:  # cooling off
        end = max(start, last - rng.randint(120, 365))
    else:
        end = last - min(int(rng.expovariate(1 / 30)), 119, last - start)
    years = (end - start + 1) / 365
    rate = math.exp(rng.gauss(RATE_MU, RATE_SIGMA)) * KIND_RATE[kind]
    purchases = max(1, min(MAX_PURCHASES, round(rate * years)))
    return start, end, purchases
