"""The analysis of the shop as of one day: facts, segments and (on first use) the churn
model and the KPIs, computed once and reused until the data or the settings change.

This is what the screens, ``smallcrm stats`` and the reminders' tiers ask for
(:func:`current`); :func:`analyse` is a fresh one, for a model refitted on purpose.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from typing import Any

from smallcrm.domain.analysis import churn, kpis
from smallcrm.domain.analysis.blas import one_blas_thread
from smallcrm.domain.analysis.config import Config
from smallcrm.domain.analysis.facts import Facts, load_facts
from smallcrm.domain.analysis.segment_table import TIERS, SegmentTable, segment_table
from smallcrm.store.sqlite import columns


@dataclass(eq=False)
class Analysis:
    """Facts, segments and (on first use) the churn model and KPIs, as of one day."""

    facts: Facts
    config: Config
    segments: SegmentTable
    model: Any = None  # a churn.ChurnModel fitted earlier, to reuse instead of fitting
    _churn: Any = None
    _kpis: dict[int, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def as_of(self) -> dt.date:
        return self.facts.as_of

    @property
    def churn(self) -> Any:
        """The fitted churn model and every customer's status (``domain.churn.ChurnResult``)."""
        with self._lock:
            if self._churn is None:
                self._churn = churn.analyse(self.facts, self.config, self.model)
            return self._churn

    def kpis(self, months: int = 12) -> Any:
        """KPIs for the ``months`` calendar months up to the as-of day (``domain.kpis.Kpis``)."""
        churn_result = self.churn
        with self._lock:
            if months not in self._kpis:
                self._kpis[months] = kpis.compute(self, churn_result, months)
            return self._kpis[months]


def analyse(as_of: dt.date | None = None, config: Config | None = None, model: Any = None) -> Analysis:
    """A fresh analysis of the open database (no cache). ``model``: a churn model fitted
    before (``Analysis.churn.model``) to reuse, e.g. after a small change to the data."""
    one_blas_thread()  # for this and the churn fit, whichever thread runs them (analysis.blas)
    config = config or Config.from_settings()
    facts = load_facts(as_of)
    return Analysis(facts=facts, config=config, segments=segment_table(facts, config), model=model)


_cache_lock = threading.Lock()


_cache: dict[str, tuple[Any, Analysis]] = {}


def current(as_of: dt.date | None = None) -> Analysis:
    """The analysis as of ``as_of`` (default today), reused until the data or the
    settings change (any write moves ``store.sqlite.columns.change_stamp``)."""
    as_of = as_of or dt.date.today()
    key = (as_of, columns.change_stamp())
    with _cache_lock:
        hit = _cache.get("last")
        if hit is not None and hit[0] == key:
            return hit[1]
    result = analyse(as_of)
    # Reading may have stored the packed history (analysis.history), which moves this
    # connection's own count of changes; no other connection wrote meanwhile if the data
    # version has not moved (and this thread was reading), so the result is the data's
    # as it is now.
    after = (as_of, columns.change_stamp())
    if after[1][:2] == key[1][:2]:
        key = after
    with _cache_lock:
        _cache["last"] = (key, result)
    return result


def customer_tiers(customer_ids: list[int], today: dt.date) -> dict[int, str]:
    """The profit tier (``segments`` key: high, medium, none, loss) of each customer, from
    the current analysis: the whole shop's profit decides a tier, so this costs about a
    second at 100,000 customers; the Reminders area asks after showing its list."""
    result = current(today)
    ids = result.facts.ids
    if not len(ids):
        return {}
    tiers: dict[int, str] = {}
    wanted = sorted(set(customer_ids))
    positions = ids.searchsorted(wanted)
    for cid, i in zip(wanted, positions, strict=True):
        if i < len(ids) and ids[i] == cid and result.segments.known[i] and result.segments.tier[i] >= 0:
            tiers[cid] = TIERS[int(result.segments.tier[i])]
    return tiers
