"""A thread's connection gets the page cache it asks for, and only that connection."""

from __future__ import annotations

import threading
from pathlib import Path

from smallcrm.store.db import PRAGMAS, db
from smallcrm.store.sqlite.page_cache import limit_page_cache


def _cache_size() -> int:
    (size,) = db.connection().execute("PRAGMA cache_size").fetchone()
    return int(size)


def test_the_calling_threads_connection_gets_the_smaller_cache(crm: Path) -> None:
    assert _cache_size() == PRAGMAS["cache_size"]  # 64 MiB, as every connection opens
    limit_page_cache(8 * 1024)
    assert _cache_size() == -8 * 1024  # negative: KiB, not pages


def test_another_threads_connection_keeps_the_cache_it_opened_with(crm: Path) -> None:
    seen: list[int] = []

    def reader() -> None:
        try:
            limit_page_cache(2 * 1024)
            seen.append(_cache_size())
        finally:
            db.close()

    thread = threading.Thread(target=reader)
    thread.start()
    thread.join()
    assert seen == [-2 * 1024]
    assert _cache_size() == PRAGMAS["cache_size"]
