"""The threading helper: results and errors come back on the GUI thread; cancel rolls back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from smallcrm import jobs
from smallcrm.ui.shell import worker

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change; it is a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _wait_for(qtbot: Any, job: worker.Job, timeout: int = 10_000) -> tuple[Any, Any]:
    if not job.done:
        with qtbot.waitSignal(job.finished, timeout=timeout):
            pass
    return job.result, job.error


def test_result_is_delivered_on_the_gui_thread(qtbot: Any) -> None:
    gui_thread = QCoreApplication.instance().thread()
    seen: dict[str, Any] = {}

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> str:
        seen["ran_on_gui_thread"] = QThread.currentThread() is gui_thread
        return "done"

    def finished(result: Any, error: Any) -> None:
        seen["delivered_on_gui_thread"] = QThread.currentThread() is gui_thread
        seen["result"], seen["error"] = result, error

    job = worker.start(work, on_finished=finished)
    _wait_for(qtbot, job)
    assert seen == {"ran_on_gui_thread": False, "delivered_on_gui_thread": True, "result": "done", "error": None}


def test_progress_reaches_the_gui_thread(qtbot: Any) -> None:
    gui_thread = QCoreApplication.instance().thread()
    reports: list[tuple[int, int, bool]] = []

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        progress(5, 5, "all")  # the last report always gets through the throttle

    job = worker.start(work, on_progress=lambda d, t, _m: reports.append((d, t, QThread.currentThread() is gui_thread)))
    _wait_for(qtbot, job)
    assert reports == [(5, 5, True)]


def test_an_exception_is_delivered_as_the_error(qtbot: Any) -> None:
    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        raise ValueError("broken")

    result, error = _wait_for(qtbot, worker.start(work))
    assert result is None
    assert isinstance(error, ValueError)
    assert str(error) == "broken"


def test_cancel_rolls_back_what_the_job_wrote(qtbot: Any, crm: Path) -> None:
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.models import Customer

    ui_cancelled = threading.Event()
    rows = [{"name": f"客户{i}", "phone": f"1380000{i:04d}"} for i in range(40)]

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        def report(done: int, total: int, message: str = "") -> None:
            progress(done, total, message)
            ui_cancelled.wait(5)  # hold the writer until the user has pressed Cancel

        return insert_customers(rows, progress=report, cancel=cancel, chunk=10)

    def on_progress(done: int, total: int, _message: str) -> None:
        job.cancel()  # what the progress dialog's Cancel button does
        ui_cancelled.set()

    job = worker.start(work, write=True, on_progress=on_progress)
    _result, error = _wait_for(qtbot, job)
    assert isinstance(error, jobs.Cancelled)
    assert Customer.select().count() == 0  # the first chunk was written, then rolled back


def test_a_finished_job_has_written_its_rows(qtbot: Any, crm: Path) -> None:
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.models import Customer

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        return insert_customers([{"name": "张三"}, {"name": "李四"}], progress=progress, cancel=cancel)

    result, error = _wait_for(qtbot, worker.start(work, write=True))
    assert error is None
    assert len(result) == 2
    assert {c.name for c in Customer.select()} == {"张三", "李四"}


def test_write_jobs_run_one_at_a_time(qtbot: Any) -> None:
    lock = threading.Lock()
    running = 0
    most = 0

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1

    started = [worker.start(work, write=True) for _ in range(3)]
    for job in started:
        _wait_for(qtbot, job)
    assert most == 1


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_the_worker_thread_closes_its_database_connection(qtbot: Any, crm: Path, write: bool) -> None:
    from smallcrm.store.db import db
    from smallcrm.store.models import Customer

    used: list[sqlite3.Connection] = []

    def work(progress: jobs.Progress, cancel: jobs.CancelToken) -> int:
        used.append(db.connection())
        return Customer.select().count()

    _result, error = _wait_for(qtbot, worker.start(work, write=write))
    assert error is None
    # in_transaction is one of the few things a connection answers from any thread;
    # a closed one refuses.
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        _ = used[0].in_transaction


def test_emitting_thousands_of_signals_does_not_crash_the_interpreter() -> None:
    """PySide6 6.12.0 drops a reference to True on every emit(); on Python 3.11 the
    interpreter aborts after about a thousand (pyproject excludes that release)."""
    script = (
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class Source(QObject):\n    ping = Signal(int)\n"
        "app = QCoreApplication([])\nsource = Source()\nsource.ping.connect(lambda v: None)\n"
        "for i in range(5000):\n    source.ping.emit(i)\nprint('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "ok"
