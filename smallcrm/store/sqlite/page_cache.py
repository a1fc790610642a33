"""The page cache of one thread's connection, sized for what that thread does.

``store.db`` gives every connection a 64 MiB page cache (``PRAGMA cache_size``), right
for the connection that writes. A thread that only reads a page of rows at a time (the
window's GUI thread, the worker threads that run one query and end) keeps whatever its
cache once took, so the window sizes those connections down: see
``smallcrm.ui.shell.worker.READ_CACHE_KIB`` for the figures.

SQLite only: a server database has one cache for every connection (PostgreSQL's
``shared_buffers``), so a port would make this a no-op.
"""

from __future__ import annotations

from smallcrm.store.db import db


def limit_page_cache(kib: int) -> None:
    """Give the calling thread's connection a page cache of ``kib`` KiB (opening the
    connection if this thread has none yet); other threads' connections keep theirs."""
    # A negative cache_size counts KiB; a positive one would count pages.
    db.connection().execute(f"PRAGMA cache_size = -{int(kib)}")
