"""One window per database: a second launch brings the running window to the front.

Two windows on one file would be two writers whose lists go stale behind each other's
back. The first process to start on a database holds a ``QLockFile`` beside it and
listens on a ``QLocalServer`` named after it; a second one finds the lock taken, sends
"activate" to that server and exits. A crashed first process leaves a lock file that
QLockFile recognises as stale (its process is gone) and a socket file that
``removeServer`` cleans up, so a crash never locks the owner out.

One database can have many names: a symbolic link (resolved away) or a hard link,
which no path comparison sees. So an existing file is also claimed by its identity
(device and inode number) with a second lock file in the temporary folder, and the
server is named after that identity; the lock beside the file covers a database that
does not exist yet.
"""

from __future__ import annotations

import getpass
import logging
import os
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Signal

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000
# The first process starts listening once its window is up; a second launch in that
# moment retries for this long.
ANSWER_WAIT_S = 3.0


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _server_name(key: str) -> str:
    data = key.encode()
    return f"smallcrm-{zlib.crc32(data):08x}-{zlib.adler32(data):08x}"


def _lock_file(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


def _try(lock: QLockFile) -> bool:
    """Take the lock: False when another process holds it; True also when it cannot be
    made at all (a read-only folder: then there is nothing to protect against)."""
    if lock.tryLock(100):
        return True
    if lock.error() == QLockFile.LockError.LockFailedError:
        return False
    log.info("no single-instance lock (%s); running without one", lock.error())
    return True


class SingleInstance(QObject):
    """Claim a database for this process; ``activation_requested`` fires when another
    launch on the same database asks this one to come to the front."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(db_path).expanduser().resolve()
        self.lock = _lock_file(self.path.with_name(self.path.name + ".lock"))
        self.identity_lock: QLockFile | None = None
        self.server_name = _server_name(f"{_user()}:{self.path}")
        self._claim_identity()
        self.server: Any = None  # QLocalServer, once listening

    def claim(self) -> bool:
        """True when this process is the first on the database (or the lock cannot be
        made at all, a read-only folder: then there is nothing to protect against).
        Call :meth:`listen` once the window is up."""
        if not _try(self.lock):
            return False
        if self.identity_lock is not None and not _try(self.identity_lock):
            self.lock.unlock()
            return False
        return True

    def _claim_identity(self) -> bool:
        """Make (not yet take) the lock of the file's identity, if the file exists;
        the server is named after the identity too. True if there was a file."""
        try:
            info = os.stat(self.path)
        except OSError:
            return False
        self.server_name = _server_name(f"{_user()}:{info.st_dev:x}-{info.st_ino:x}")
        self.identity_lock = _lock_file(Path(tempfile.gettempdir()) / f"{self.server_name}.lock")
        return True

    def listen(self) -> None:
        """Answer later launches, once the window has been shown."""
        from PySide6.QtNetwork import QLocalServer  # 8 ms at start-up: after the first paint

        if not self.lock.isLocked() or self.server is not None:
            return
        if self.identity_lock is None and self._claim_identity():
            # The database was made by this start: from now on its identity is claimed too.
            assert self.identity_lock is not None
            _try(self.identity_lock)
        server = QLocalServer(self)
        QLocalServer.removeServer(self.server_name)  # a socket left by a crash
        if server.listen(self.server_name):
            server.newConnection.connect(self._incoming)
            self.server = server
        else:
            log.info("cannot listen on %s: %s", self.server_name, server.errorString())

    def activate_running(self) -> bool:
        """Ask the process holding the database to show its window; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket  # 8 ms: only a second launch asks the first

        deadline = time.monotonic() + ANSWER_WAIT_S
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            # WORKAROUND: blocking waits are fine here: no window exists yet in this
            # process, and the other process answers within milliseconds.
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(MESSAGE)
                sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return sent
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)  # the other window is still on its way up

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        for lock in (self.lock, self.identity_lock):
            if lock is not None and lock.isLocked():
                lock.unlock()

    def _incoming(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: Any) -> None:
        data = bytes(socket.readAll().data())
        if MESSAGE.strip() in data:
            self.activation_requested.emit()
