"""Python's cyclic garbage collector paused while an import runs.

An import allocates millions of small containers (a list per row, a dict of fields,
the strings of its tokens) that reference counting frees as soon as they are done
with; the cyclic collector finds nothing among them, yet it runs every 700
allocations and walks the young ones: a profile with native stacks (issue 17) put 14 %
of a 100,000-row import's samples in it (16 % on the openpyxl path), none of it seen by
cProfile. While paused, everything the app already holds is frozen out of the
collector's view too (``gc.freeze``), so the first collection afterwards does not
walk the whole app again.

The collector is global to the process (the window's thread keeps running during an
import): the pauses are counted, so overlapping imports in two threads leave it
enabled again only when the last one ends, and only if it was enabled before the
first began. Restored in ``finally``: a cancel or an error restores it too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector disabled and the objects alive at its
    start frozen (see the module docstring); both restored when the last pause ends."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            gc.freeze()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
