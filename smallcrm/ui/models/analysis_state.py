"""One analysis of the open file, shared by the Analysis area and the list's segment
filters, computed on worker threads and kept until the data changes.

Why not ``domain.analysis.current``: its cache is keyed on the SQLite connection's
change counters, and every worker job opens and closes its own connection, so from
the GUI it would never hit. Here the change hub (``ui.shell.changes``) says when the data
changed: any change to customers, purchases, interactions, staff, settings or the
whole file forgets every result.

Light at import (no numpy): the customer list imports it at start.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from smallcrm.domain.analysis import segments
from smallcrm.ui.shell import changes

# Change kinds that alter what the analysis computes (a reminder does not).
RELEVANT = (
    changes.CUSTOMERS,
    changes.PURCHASES,
    changes.INTERACTIONS,
    changes.STAFF,
    changes.SETTINGS,
    changes.DATABASE,
)


KEEP = 2  # analyses kept (today's and one other day): at 100,000 customers each holds ~100 MB of arrays


class AnalysisCache:
    """Analyses by as-of day. ``get`` runs on worker threads; ``forget`` on the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = 0
        self._results: dict[dt.date, Any] = {}
        self._watching = False

    @property
    def generation(self) -> int:
        """Moves on every change: a result made before it is stale."""
        return self._generation

    def watch(self) -> None:
        """Forget the results whenever the hub announces a relevant change (once)."""
        if not self._watching:
            self._watching = True
            changes.hub().changed.connect(self._changed)

    def _changed(self, kind: str, _ids: Any) -> None:
        if kind in RELEVANT:
            self.forget()

    def forget(self) -> None:
        with self._lock:
            self._generation += 1
            self._results.clear()

    def cached(self, as_of: dt.date) -> Any:
        """The analysis as of that day if it is still valid, else None (no work)."""
        with self._lock:
            return self._results.get(as_of)

    def get(self, as_of: dt.date | None = None) -> Any:
        """The analysis as of ``as_of`` (default today), computed if needed. A result
        that the data outran while it was computed is returned but not kept."""
        as_of = as_of or dt.date.today()
        with self._lock:
            hit = self._results.get(as_of)
            generation = self._generation
        if hit is not None:
            return hit
        # domain.analysis.result (numpy, the fits): ~250 ms at import, on the worker when first asked.
        from smallcrm.domain.analysis import result as analysis

        result = analysis.analyse(as_of)
        with self._lock:
            if generation == self._generation:
                self._results.pop(as_of, None)
                self._results[as_of] = result  # the newest last
                while len(self._results) > KEEP:
                    del self._results[next(iter(self._results))]
        return result

    def segment_ids(self, name: str) -> list[int]:
        """The customers in a computed segment today (for the list's filters)."""
        return [int(i) for i in segments.members(name, self.get())]


_shared = AnalysisCache()


def shared() -> AnalysisCache:
    return _shared
