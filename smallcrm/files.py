"""Writing a user's file so that it is either whole or not there.

Exports, contact files and PDFs are written to a temporary file beside the target and
moved over it only when complete: a cancelled job, a full disk or a crash never leaves
a half-written file under the name the owner chose (nor a stray temporary one).

"Complete" is checked, not assumed: libraries that write files (Qt's PDF writer,
zipfile under xlsxwriter) can lose a failed write in a buffer or a destructor, so
the temporary file is flushed to the disk (``fsync``, where a full disk that the
writes got past still shows) before the rename, and a failure at any step becomes
one sentence naming the file and the cause ("the disk is full").

Only a regular file (or a name that does not exist yet) is ever replaced: a device
node, a pipe or a folder given as the target is refused, so ``backup /dev/null`` run
as root cannot turn /dev/null into a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

NOT_A_FILE = QT_TRANSLATE_NOOP(
    "UserError", "This is not a regular file but a device, a pipe or a socket; choose a file name."
)
IS_A_FOLDER = QT_TRANSLATE_NOOP("UserError", "This is a folder; choose a file name.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder to save the file in is not a folder.")
READ_ONLY_FILE = QT_TRANSLATE_NOOP("UserError", "The file is read-only, so it was not replaced.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "UserError", "The disk is full, so the file was not saved; free some space and try again."
)
READ_ONLY_DISK = QT_TRANSLATE_NOOP("UserError", "The disk is read-only, so the file was not saved.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "UserError", "You may not write there (permission denied), so the file was not saved."
)
DISK_FAILED = QT_TRANSLATE_NOOP(
    "UserError", "The disk could not be written to (an input/output error), so the file was not saved."
)
TOO_LARGE = QT_TRANSLATE_NOOP("UserError", "The file is too large for this disk, so it was not saved.")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_error(out: Path, exc: OSError, failed: str) -> UserError:
    """The sentence for a failed write of ``out``: the common causes in words the owner
    knows (each translated), anything else through the caller's ``failed`` template
    with the system's own reason."""
    template = {
        errno.EROFS: READ_ONLY_DISK,
        errno.EACCES: NO_PERMISSION,
        errno.EPERM: NO_PERMISSION,
        errno.EISDIR: IS_A_FOLDER,
        errno.EIO: DISK_FAILED,
        errno.EFBIG: TOO_LARGE,
    }.get(exc.errno or 0)
    if exc.errno in _FULL:
        template = DISK_FULL
    if template is not None:
        return UserError(template, file=str(out))
    return UserError(failed, file=str(out), reason=exc.strerror or str(exc))


def check_replaceable(out: Path) -> Path:
    """``out`` as it will be written (a symbolic link: the file it points to), or a
    UserError when what is there must not be replaced: a folder, a device, a pipe or
    a read-only file. A pipe is refused before anything opens it, so a write never
    waits forever for a reader."""
    out = Path(out)
    if out.is_symlink():
        out = Path(os.path.realpath(out))
    try:
        mode = out.stat().st_mode
    except FileNotFoundError:
        return out
    except OSError as exc:
        raise write_error(out, exc, QT_TRANSLATE_NOOP("UserError", "The file cannot be used: {reason}.")) from exc
    if stat.S_ISDIR(mode):
        raise UserError(IS_A_FOLDER, file=str(out))
    if not stat.S_ISREG(mode):
        raise UserError(NOT_A_FILE, file=str(out))
    if not os.access(out, os.W_OK):
        raise UserError(READ_ONLY_FILE, file=str(out))
    return out


def check_target(out: Path, *, no_folder: str) -> Path:
    """:func:`check_replaceable`, and the folder to write in must exist (``no_folder``
    is the sentence when it does not)."""
    out = check_replaceable(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.exists():
        raise UserError(no_folder, file=str(out))
    if not folder.is_dir():
        raise UserError(NOT_A_FOLDER, file=str(out))
    return out


@contextlib.contextmanager
def replaced_when_done(out: Path, *, no_folder: str, failed: str) -> Iterator[Path]:
    """Yield a temporary path in ``out``'s folder; when the block ends normally it is
    flushed to the disk and becomes ``out``. ``no_folder`` and ``failed`` are the
    UserError templates for a missing folder and for an OSError without a sentence of
    its own (``failed`` gets ``{reason}``). On any failure the temporary file is
    removed and ``out`` is as it was."""
    out = check_target(Path(out), no_folder=no_folder)
    tmp: Path | None = None
    try:
        try:
            fd, name = tempfile.mkstemp(prefix=".smallcrm-", suffix=out.suffix, dir=out.parent)
            os.close(fd)
            tmp = Path(name)
            yield tmp
            _commit(tmp, out)
        except OSError as exc:
            raise write_error(out, exc, failed) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _commit(tmp: Path, out: Path) -> None:
    """Put ``tmp`` in place of ``out`` for good: its data on the disk first (a write the
    disk could not hold fails here on file systems that allocate late), then one
    atomic rename, then the folder's entry on the disk."""
    fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, out)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself is durable once the folder is synced
        try:
            dir_fd = os.open(out.parent, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            # Some file systems cannot sync a folder (EINVAL); the file's data is already safe.
            with contextlib.suppress(OSError):
                os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class CheckedFile:
    """A binary file for libraries that write through a file object (zipfile under
    xlsxwriter). The first failed write is raised and kept in ``error``; after it, the
    file acts as a sink that only keeps count of the position. Without that, zipfile's
    destructor retries writing its directory to the full disk and Python prints a
    traceback ("Exception ignored in ZipFile.__del__") after the one-sentence error."""

    def __init__(self, path: Path) -> None:
        self._fh = Path(path).open("wb")  # noqa: SIM115 - closed by close(), as a file object is
        self._pos = 0
        self.error: OSError | None = None

    @property
    def _dead(self) -> bool:
        return self.error is not None or self._fh.closed

    def write(self, data: Any) -> int:
        size = len(data)
        if not self._dead:
            try:
                self._fh.write(data)
            except OSError as exc:
                self.error = exc
                raise
        self._pos += size
        return size

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._dead:
            self._pos = offset if whence == os.SEEK_SET else self._pos + offset
        else:
            self._pos = self._fh.seek(offset, whence)
        return self._pos

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        if self._dead:
            return
        try:
            self._fh.flush()
        except OSError as exc:
            self.error = exc
            raise

    def close(self) -> None:
        """Close the file; raises the first write error, if there was one."""
        try:
            self._fh.close()
        except OSError as exc:
            self.error = self.error or exc
        if self.error is not None:
            raise self.error

    def __enter__(self) -> CheckedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh.closed:
            return
        try:
            self.close()
        except OSError:
            if exc[0] is None:
                raise  # otherwise the block's own error is already on its way
