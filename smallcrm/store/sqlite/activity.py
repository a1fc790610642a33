"""Which other SmallCRM processes use a shop right now, and for what.

SQLite's locks say only *that* someone holds the database. When a write waits in vain,
or a restore finds the file open elsewhere, the owner needs to hear *what* holds it:
"another SmallCRM is importing into this shop". So every process that opens a shop
leaves a small marker beside it, ``shop.db-activity-PID`` (named like SQLite's own
``-wal`` and ``-shm``), saying what it is doing: the window, an import, a command of
the command line. The marker is removed when the database is closed.

A process that is killed cannot remove its marker, so the marker's owner keeps it
locked while it lives (``flock`` on POSIX; on Windows an open file cannot be deleted):
a marker that can be locked, or deleted, belongs to a process that has gone, and is
ignored and swept away. The markers only ever choose the words of a message; whether
the database is in use is always decided by SQLite's own locks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from smallcrm.store import privacy

log = logging.getLogger(__name__)

SUFFIX = "-activity-"

# What a process is (its role)...
WINDOW = "window"  # a SmallCRM window has the shop open
COMMAND = "command"  # a command of the command line (``detail`` names it: 'smallcrm import')
# ...and the long work it may be doing, which holds the database for minutes.
IMPORT = "import"
RESTORE = "restore"
UPGRADE = "upgrade"  # migrating the schema to this version of SmallCRM


@dataclass(frozen=True)
class Activity:
    pid: int
    role: str  # WINDOW or COMMAND
    kind: str  # what it does now: its role, or IMPORT, RESTORE, UPGRADE
    detail: str = ""


class _State:
    """This process's marker: what it is (its role) and what it is doing now (a stack)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.role = COMMAND
        self.detail = ""
        self.doing: list[str] = []
        self.path: Path | None = None
        self.handle: IO[bytes] | None = None


_state = _State()


def matching(folder: Path, pattern: str) -> list[Path]:
    """The files in ``folder`` whose names match the glob ``pattern``: one listing of the
    folder (pathlib's glob costs a quarter of a millisecond more, on every open)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / name for name in fnmatch.filter(names, pattern)]


def _markers(db_path: Path) -> list[Path]:
    """The markers beside ``db_path`` (``shop.db-activity-PID``)."""
    found = matching(db_path.parent, f"{db_path.name}{SUFFIX}*")
    return [m for m in found if m.name.rpartition("-")[2].isdigit()]


def set_role(kind: str, detail: str = "") -> None:
    """What this process is: the window, or a command (``detail``: its name, e.g. 'import').
    Set before the database is opened; the marker is rewritten if it exists already."""
    with _state.lock:
        _state.role, _state.detail = kind, detail
        _write()


@contextlib.contextmanager
def doing(kind: str) -> Iterator[None]:
    """Say what this process does for the length of the block (an import, say), so a
    writer waiting in another process can tell the owner."""
    with _state.lock:
        _state.doing.append(kind)
        _write()
    try:
        yield
    finally:
        with _state.lock:
            _state.doing.remove(kind)
            _write()


def attach(db_path: Path) -> None:
    """Leave this process's marker beside the database just opened (and sweep away the
    markers of processes that have gone). A folder that cannot take it goes without."""
    with _state.lock:
        detach()
        db_path = Path(db_path)
        for other in _markers(db_path):
            _read_live(other)  # removes it when its process has gone
        path = db_path.with_name(f"{db_path.name}{SUFFIX}{os.getpid()}")
        try:
            handle = _open_locked(path)
        except OSError as exc:
            log.debug("no activity marker beside %s: %s", db_path, exc)
            return
        _state.path, _state.handle = path, handle
        _write()


def attach_if_detached(db_path: Path) -> bool:
    """Attach to ``db_path`` unless this process has a marker already; True if it did
    (a restore, which runs while the database is closed, says so this way)."""
    with _state.lock:
        if _state.handle is not None:
            return False
        attach(db_path)
        return _state.handle is not None


def detach() -> None:
    """Remove this process's marker (the database is being closed)."""
    with _state.lock:
        handle, path = _state.handle, _state.path
        _state.handle = _state.path = None
        if handle is None or path is None:
            return
        # POSIX: unlinked while still locked, so no other process ever finds it unlocked
        # (and takes it for a dead one's). Windows: an open file cannot be deleted.
        if os.name == "posix":
            with contextlib.suppress(OSError):
                path.unlink()
            handle.close()
        else:
            handle.close()
            with contextlib.suppress(OSError):
                path.unlink()


def others(db_path: Path) -> list[Activity]:
    """What the other live processes on this database are doing (this one excluded)."""
    db_path = Path(db_path)
    found = []
    for marker in _markers(db_path):
        if marker == _state.path:
            continue
        activity = _read_live(marker)
        if activity is not None and activity.pid != os.getpid():
            found.append(activity)
    return found


# -- the marker file ------------------------------------------------------------------------------


def _write() -> None:
    handle = _state.handle
    if handle is None:
        return
    record = {
        "pid": os.getpid(),
        "role": _state.role,
        "kind": _state.doing[-1] if _state.doing else _state.role,
        "detail": _state.detail,
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }
    data = json.dumps(record).encode()
    try:
        handle.seek(0)
        handle.write(data)
        handle.truncate()
        handle.flush()
    except OSError as exc:
        log.debug("cannot update the activity marker: %s", exc)


def _read_live(marker: Path) -> Activity | None:
    """The marker's activity if its process still runs; a dead process's marker is removed."""
    try:
        data = marker.read_bytes()
    except OSError:
        return None
    if not _held(marker):
        with contextlib.suppress(OSError):
            marker.unlink()
        return None
    try:
        record: dict[str, Any] = json.loads(data)
        role = str(record.get("role", COMMAND))
        return Activity(int(record["pid"]), role, str(record.get("kind", role)), str(record.get("detail", "")))
    except (ValueError, KeyError, TypeError):
        # Being written this very moment: alive, doing something unknown.
        return Activity(int(marker.name.rpartition("-")[2]), COMMAND, COMMAND)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (for files named after
    the process writing them, such as a backup's ``.part-PID``)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform != "win32":  # not os.name: mypy reads sys.platform and checks each half on its own system
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # another user's process
        return True
    import ctypes  # Windows only (os.kill would end the process there); 3 ms at every start (measured)

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _open_file(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), privacy.OWNER_ONLY)
    return os.fdopen(fd, "r+b")


if sys.platform != "win32":  # not os.name: mypy reads sys.platform (see pid_alive)
    import fcntl

    def _open_locked(path: Path) -> IO[bytes]:
        """Made under a name no reader looks at, locked, then renamed into place: no
        other process ever sees this marker unlocked and takes it for a dead one's."""
        new = path.with_name(path.name.replace(SUFFIX, ".activity-new-"))
        handle = _open_file(new)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.replace(new, path)
        except OSError:
            handle.close()
            with contextlib.suppress(OSError):
                new.unlink()
            raise
        return handle

    def _held(marker: Path) -> bool:
        try:
            with open(marker, "rb") as probe:
                try:
                    fcntl.flock(probe.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError:
                    return True  # its owner holds the lock: alive
                fcntl.flock(probe.fileno(), fcntl.LOCK_UN)
                return False
        except OSError:
            return False

else:  # Windows

    def _open_locked(path: Path) -> IO[bytes]:
        return _open_file(path)  # holding the file open is the lock

    def _held(marker: Path) -> bool:
        # WORKAROUND: Python opens files without FILE_SHARE_DELETE, so the marker of a
        # running process cannot be deleted; one that can was left by a process that
        # has gone (and deleting it is the sweeping we want anyway).
        try:
            marker.unlink()
        except PermissionError:
            return True
        except OSError:
            return False
        return False


# -- files being written ---------------------------------------------------------------------------


def part_name(dest: Path) -> Path:
    """Where a copy to ``dest`` is written before it is renamed into place:
    ``dest.part-PID``, so that a later sweep can tell the leftover of a killed process
    (a 126 MB pre-migration copy, a half backup) from a copy still being written."""
    return dest.with_name(f"{dest.name}.part-{os.getpid()}")


def remove_dead_parts(folder: Path, pattern: str) -> list[Path]:
    """Delete the ``pattern`` files in ``folder`` (a glob ending in ``.part*``) whose
    writing process has gone: killed or crashed mid-copy. The bare ``.part`` of older
    versions of SmallCRM, which named no process, counts as left behind."""
    removed: list[Path] = []
    for leftover in matching(folder, pattern):
        base, _dot, tail = leftover.name.rpartition(".part")
        for sqlite_file in ("-journal", "-wal", "-shm"):  # SQLite's own files beside the copy
            tail = tail.removesuffix(sqlite_file)
        if not base or (tail and not (tail[0] == "-" and tail[1:].isdigit())):
            continue  # not a copy in progress: a name that only looks alike
        if tail and pid_alive(int(tail[1:])):
            continue  # still being written
        try:
            leftover.unlink()
        except OSError as exc:
            log.debug("cannot remove %s: %s", leftover, exc)
            continue
        removed.append(leftover)
    return removed
