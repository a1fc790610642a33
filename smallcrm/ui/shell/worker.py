"""The one threading helper: run a long domain function off the GUI thread.

A job is a plain function ``fn(progress, cancel)`` (see :mod:`smallcrm.jobs`). It runs
on a ``QThreadPool``: writes go to a pool with a single thread, so two writers never
wait on SQLite's lock against each other; reads may run side by side. The function
never sees Qt: ``progress`` is a callable that emits a signal and ``cancel`` is a
:class:`~smallcrm.jobs.CancelToken`.

Results come back on the main thread. The worker thread emits private signals of a
:class:`Job`, a QObject living in the main thread, connected with
``Qt.QueuedConnection`` to the job's own slots; those re-emit the public
``progress`` and ``finished`` signals from the main thread. So whatever a caller
connects (a lambda, a widget's method) runs on the GUI thread whatever PySide6
would decide for a plain callable, and no widget is ever touched from a worker.

peewee keeps one connection per thread; a pool thread's connection is closed in
``finally`` so no file handle outlives its job.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import Any

import peewee
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from smallcrm import jobs
from smallcrm.store.db import db
from smallcrm.store.sqlite.page_cache import limit_page_cache

log = logging.getLogger(__name__)

JobFunction = Callable[[jobs.Progress, jobs.CancelToken], Any]

# A progress bar does not need more than ~20 updates a second; a function that
# reports every row would otherwise flood the event queue.
PROGRESS_INTERVAL_S = 0.05
# SQLite asks whether to go on every this many virtual-machine steps (microseconds).
SQL_CHECK_STEPS = 1000
# Page cache of a reading connection, KiB. store.db gives every connection 64 MiB,
# right for the writer; but a reader here lives for one job (its cache starts cold
# anyway), and each reader thread keeps what its cache once took in its own malloc
# arena: with two readers and the GUI thread at 64 MiB each, the window measured
# 385 MB after some searching and scrolling at 100,000 customers, 190 MB with this.
READ_CACHE_KIB = 8 * 1024


_pools: dict[str, QThreadPool] = {}
_live: set[Job] = set()  # jobs kept alive until their result is delivered
_writes_started = 0  # write jobs started so far (changes.ExternalChangeWatcher)


def pool(kind: str) -> QThreadPool:
    """The pool for ``'write'`` (one thread) or ``'read'`` jobs, created on first use."""
    if kind not in ("read", "write"):
        raise ValueError(f"unknown pool {kind!r}")
    if kind not in _pools:
        p = QThreadPool()
        p.setObjectName(f"smallcrm-{kind}")
        p.setMaxThreadCount(1 if kind == "write" else max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        if not _pools:
            # A script or test that never calls shutdown() must not leave jobs running
            # into interpreter shutdown, when their Job objects are being destroyed.
            atexit.register(shutdown)
        _pools[kind] = p
    return _pools[kind]


class Job(QObject):
    """One run of a function on a pool; emits ``finished(result, error)`` once.

    ``error`` is None on success, else the exception (``jobs.Cancelled`` when the
    user cancelled; the function's transaction has then been rolled back).
    """

    progress = Signal(int, int, str)
    finished = Signal(object, object)

    # Emitted from the worker thread; queued to this object's (the main) thread.
    _progress_from_thread = Signal(int, int, str)
    _done_from_thread = Signal(object, object)

    def __init__(self, fn: JobFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancel_token = jobs.CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.write = False  # runs on the write pool
        self._last_progress = 0.0
        self._progress_from_thread.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._done_from_thread.connect(self._relay_done, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the function to stop at its next ``cancel.check()``; safe from any thread."""
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    # -- worker thread -------------------------------------------------------------

    def _report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._progress_from_thread.emit(int(done), int(total), str(message))

    def _run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn(self._report, self.cancel_token)
        except jobs.Cancelled as exc:
            error = exc
        except Exception as exc:  # delivered to the caller, who decides how to show it
            error = exc
            log.debug("job %r failed", self._fn, exc_info=exc)
        finally:
            try:
                if not db.is_closed():
                    db.close()
            except Exception:  # a failed close must not hide the job's own outcome
                log.exception("closing the worker thread's database connection failed")
            try:
                self._done_from_thread.emit(result, error)
            except RuntimeError:  # the job was deleted (the app is shutting down): nobody waits
                log.debug("job %r finished after its owner was deleted", self._fn)

    # -- main thread -----------------------------------------------------------------

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progress.emit(done, total, message)

    @Slot(object, object)
    def _relay_done(self, result: Any, error: Any) -> None:
        self.done = True
        self.result, self.error = result, error
        _live.discard(self)
        self.finished.emit(result, error)


def limit_cache(kib: int = READ_CACHE_KIB) -> None:
    """Give this thread's database connection a small page cache (see READ_CACHE_KIB)."""
    limit_page_cache(kib)


def reading(fn: JobFunction) -> JobFunction:
    """A read job that works with a small page cache (see READ_CACHE_KIB): the list's
    queries, the counts, the checks that read the whole file."""

    def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        limit_cache()
        return fn(progress, cancel)

    return run


@contextlib.contextmanager
def sql_cancellable(cancel: jobs.CancelToken) -> Iterator[None]:
    """Inside this block, cancelling the job stops a running SQLite query within
    microseconds (raising :class:`~smallcrm.jobs.Cancelled`), instead of the job
    running on to the end of a sort nobody waits for. For read jobs: a superseded
    list query, or one still running when the app quits."""
    connection = db.connection()
    connection.set_progress_handler(lambda: 1 if cancel.cancelled else 0, SQL_CHECK_STEPS)
    try:
        cancel.check()
        yield
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:  # peewee wraps SQLite's
        if cancel.cancelled and "interrupt" in str(exc).lower():
            raise jobs.Cancelled() from exc
        raise
    finally:
        connection.set_progress_handler(None, 0)


def start(
    fn: JobFunction,
    *,
    write: bool = False,
    on_finished: Callable[[Any, BaseException | None], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Job:
    """Run ``fn(progress, cancel)`` on the read or write pool; returns the :class:`Job`.

    Connect to the job's signals (or pass ``on_finished``/``on_progress``); both are
    called on the main thread. The job keeps itself alive until it has finished.
    """
    job = Job(fn)
    job.write = write
    if on_progress is not None:
        job.progress.connect(on_progress)
    if on_finished is not None:
        job.finished.connect(on_finished)
    _live.add(job)
    if write:
        global _writes_started
        _writes_started += 1
    pool("write" if write else "read").start(job._run)
    return job


def writes_started() -> int:
    """How many write jobs this process has started: a change in the number between
    two looks at the database means some of its writes were the window's own."""
    return _writes_started


def writing() -> bool:
    """A write job is running (or its result is still on its way to the GUI thread)."""
    return any(j.write for j in _live if not j.done)


def running_jobs() -> list[Job]:
    return [j for j in _live if not j.done]


def shutdown(timeout_ms: int = 10_000) -> bool:
    """Cancel every running job and wait for the pools; True when all have stopped.

    Called when the app quits, so a half-done write rolls back instead of being cut
    off by the process ending.
    """
    for job in list(_live):
        job.cancel()
    return all(p.waitForDone(timeout_ms) for p in _pools.values())
