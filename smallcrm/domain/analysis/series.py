"""Rows of one kind per customer, sorted by (customer, day), and sums over any window of
days found by binary search: the numpy toolkit every analysis computes with.

Days are whole days since 1970-01-01 (``day_number``), what ``store.sqlite.columns``
reads from the file; ``NO_DAY`` is "never", later than any real day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


NO_DAY = 1 << 40  # "never": later than any real day


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 (what ``store.sqlite.columns.epoch_day`` computes in SQL)."""
    return day.toordinal() - EPOCH_ORDINAL


def day_date(number: int) -> dt.date:
    return dt.date.fromordinal(int(number) + EPOCH_ORDINAL)


class Series:
    """Rows of one kind for n customers, sorted by (customer, day), with per-customer
    counts and sums over day windows found by binary search on one combined key.

    ``pos(d)`` is, for every customer, the index just past their last row on or before
    day ``d`` (``d`` a scalar, a per-customer array, or any array broadcasting against
    the customers); their rows on days in (a, b] are ``pos(a):pos(b)``.
    """

    def __init__(self, cust: np.ndarray, day: np.ndarray, n: int, **values: np.ndarray) -> None:
        key_base = int(day.min()) if len(day) else 0
        span = (int(day.max()) - key_base + 2) if len(day) else 2
        key = cust.astype(np.int64) * span + (day - key_base)
        if len(key) > 1 and not bool(np.all(key[1:] >= key[:-1])):
            order = np.argsort(key, kind="stable")  # stable: same-day rows keep their id order
            key, cust, day = key[order], cust[order], day[order]
            values = {k: v[order] for k, v in values.items()}
        self.n = n
        self.cust = cust
        self.day = day
        self.values = values
        self._base = key_base
        self._span = span
        self._key = key
        self._rows = np.arange(n, dtype=np.int64) * span
        self._cums: dict[str, np.ndarray] = {}
        self._pos: dict[int, np.ndarray] = {}  # by scalar day: the analysis asks for the as-of day often
        rows_per_customer = np.bincount(cust, minlength=n) if len(cust) else np.zeros(n, dtype=np.int64)
        self.end = np.cumsum(rows_per_customer)
        self.start = self.end - rows_per_customer

    def __len__(self) -> int:
        return len(self.day)

    def pos(self, day: Any) -> np.ndarray:
        if np.ndim(day) == 0:
            d = int(day)
            if d < self._base:
                return self.start
            if d >= self._base + self._span - 2:  # on or after the last day
                return self.end
            if d not in self._pos:
                self._pos[d] = np.searchsorted(self._key, self._rows + (d - self._base), side="right")
            return self._pos[d]
        rel = np.clip(np.asarray(day, dtype=np.int64) - self._base, -1, self._span - 1)
        return np.searchsorted(self._key, self._rows + rel, side="right")

    def cum(self, name: str) -> np.ndarray:
        if name not in self._cums:
            self._cums[name] = np.concatenate(([0], np.cumsum(self.values[name], dtype=np.int64)))
        return self._cums[name]

    def count(self, after: Any, upto: Any) -> np.ndarray:
        """Rows on days in (after, upto], per customer."""
        return self.pos(upto) - self.pos(after)

    def sum(self, name: str, after: Any, upto: Any) -> np.ndarray:
        c = self.cum(name)
        return c[self.pos(upto)] - c[self.pos(after)]

    def last(self, name: str, upto: Any, missing: int) -> np.ndarray:
        """The value of each customer's last row on or before ``upto`` (``missing`` if none)."""
        p = self.pos(upto)
        has = p > self.start
        src = self.day if name == "day" else self.values[name]
        return np.where(has, src[np.maximum(p - 1, 0)] if len(src) else missing, missing)

    def cumulative(self, days: np.ndarray, *names: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Per customer and each of the ascending ``days``: the number of rows on or
        before that day, and the sums of the named values (customers × days). One pass
        over the rows (a bincount) instead of a search per day."""
        days = np.asarray(days, dtype=np.int64)
        key, early = self._slots(days)
        counted = _running(key, None, self.n, len(days))
        sums = {name: _running(key, self.values[name][early], self.n, len(days)) for name in names}
        return counted, sums

    def _slots(self, days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's slot in a days × customers table (its day's bin: the first of the
        ascending ``days`` on or after it), for the rows on or before the last day; and
        which rows those are."""
        # The bins from a table over the rows' days.
        by_day = np.searchsorted(days, np.arange(self._base, self._base + self._span), side="left")
        bins = by_day[self.day - self._base] if len(self.day) else np.zeros(0, dtype=np.int64)
        early = bins < len(days)  # rows after the last day count nowhere
        # Day-major layout: the running sum adds whole rows of n customers at a time.
        return bins[early] * self.n + self.cust[early], early

    def first_day(self) -> np.ndarray:
        """Each customer's first day (NO_DAY if none)."""
        has = self.end > self.start
        return np.where(has, self.day[np.minimum(self.start, max(len(self.day) - 1, 0))] if len(self) else 0, NO_DAY)


def _running(key: np.ndarray, weights: np.ndarray | None, n: int, k: int) -> np.ndarray:
    """Customers × days running counts (``weights`` None) or sums over rows in the
    day-major slots ``key`` (:meth:`Series._slots`)."""
    out = np.bincount(key, weights=None if weights is None else weights.astype(np.float64), minlength=n * k)
    out = out.reshape(k, n)
    np.cumsum(out, axis=0, out=out)
    if weights is not None:
        out = np.rint(out).astype(np.int64)  # sums of cents: exact below 2^53
    return out.T  # customers × days (a view)


def running_total(days: Any, *terms: tuple[Series, str, int]) -> np.ndarray:
    """Customers × ascending ``days``: the sum over ``terms`` (series, value name, factor)
    of factor × the value on the series' rows on or before each day. One bincount and one
    running sum for all the terms instead of one each (the KPIs' profit: purchase days'
    profit minus the service cost of each contact); exact below 2^53 like ``cumulative``."""
    days = np.asarray(days, dtype=np.int64)
    slots = [series._slots(days) for series, _, _ in terms]
    key = np.concatenate([slot for slot, _ in slots])
    weights = np.concatenate(
        [series.values[name][early] * factor for (series, name, factor), (_, early) in zip(terms, slots, strict=True)]
    )
    return _running(key, weights, terms[0][0].n, len(days))
