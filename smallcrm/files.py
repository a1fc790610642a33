"""Writing a user's file so that it is either whole or not there.

Exports, contact files and PDFs are written to a temporary file beside the target and
moved over it only when complete: a cancelled job, a full disk or a crash never leaves
a half-written file under the name the owner chose (nor a stray temporary one).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from smallcrm.errors import UserError


@contextlib.contextmanager
def replaced_when_done(out: Path, *, no_folder: str, failed: str) -> Iterator[Path]:
    """Yield a temporary path in ``out``'s folder; when the block ends normally it
    becomes ``out``. ``no_folder`` and ``failed`` are the UserError templates for a
    missing folder and for an OSError (``failed`` gets ``{reason}``)."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(no_folder, file=str(out))
    fd, name = tempfile.mkstemp(prefix=".smallcrm-", suffix=out.suffix, dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        try:
            yield tmp
            os.replace(tmp, out)
        except OSError as exc:
            raise UserError(failed, file=str(out), reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
