"""Another process on the same shop, for the tests of what happens when two share it.

``OtherProcess`` starts a real second Python process that opens the database the way
SmallCRM does (or as a plain SQLite program), says what it is doing (an import from
the command line, a window), optionally takes the write lock, and keeps all that until
the test releases it. A kill in a test's teardown never leaves it running.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = r"""
import sqlite3, sys, time
from contextlib import nullcontext

path, program, role, detail, doing, hold, hold_s = sys.argv[1:8]
if program == "smallcrm":
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import db

    try:
        from smallcrm.store.sqlite import activity
    except ImportError:
        try:
            from smallcrm.store import activity  # before store/sqlite/
        except ImportError:  # a SmallCRM from before the activity markers
            activity = None
    if activity is not None:
        activity.set_role(role, detail)
    open_crm(path)
    execute = db.execute_sql
    busy = activity.doing(doing) if activity is not None and doing else nullcontext()
else:  # another program: plain SQLite, no SmallCRM marker
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    execute = con.execute
    busy = nullcontext()
with busy:
    if hold == "write":
        execute("BEGIN IMMEDIATE")
        execute("UPDATE setting SET value = value")
    print("holding", flush=True)
    if float(hold_s) > 0:
        time.sleep(float(hold_s))
    else:
        sys.stdin.readline()
    if hold == "write":
        execute("COMMIT")
print("released", flush=True)
sys.stdin.readline()  # stays open (idle) until told to go
"""


class OtherProcess:
    """A second process on ``db``: ``program`` 'smallcrm' (with an activity marker saying
    ``role``/``detail``/``doing``) or 'sqlite' (another program); ``hold`` 'write' takes the
    write lock, 'open' only keeps a connection. ``hold_s`` > 0 releases the write lock by
    itself after that many seconds; otherwise :meth:`release` does."""

    def __init__(
        self,
        db: Path,
        *,
        program: str = "smallcrm",
        role: str = "command",
        detail: str = "smallcrm import",
        doing: str = "import",
        hold: str = "write",
        hold_s: float = 0,
    ) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SCRIPT, str(db), program, role, detail, doing, hold, str(hold_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "holding":
            self.proc.kill()
            _out, err = self.proc.communicate()
            raise AssertionError(f"the other process did not start: {line!r} {err}")

    def release(self) -> None:
        """Commit (let go of the write lock) but stay open, idle."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "released"

    def wait_released(self, timeout_s: float = 30) -> None:
        """For ``hold_s``: wait until it has let go by itself."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.stdout.readline().strip() == "released":
                return
        raise AssertionError("the other process kept the lock")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()

    def __enter__(self) -> OtherProcess:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


def dead_pid() -> int:
    """The id of a process that has ended (for files named after their writer)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid
