"""Another SmallCRM on the same shop, as its activity marker shows it: a marker file
beside the database, held locked as a live process holds its own (flock locks belong
to an open file, so this process's lock reads as another's to the code under test)."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from smallcrm.store.sqlite import activity


@pytest.fixture
def other_smallcrm() -> Iterator[Callable[..., Path]]:
    """``other_smallcrm(db_path, role, kind, detail="", pid=None, locked=True)``: the
    marker of another process (by default this test's parent process, which lives)."""
    held: list[IO[bytes]] = []

    def make(
        db_path: Path, role: str, kind: str, detail: str = "", pid: int | None = None, locked: bool = True
    ) -> Path:
        pid = os.getppid() if pid is None else pid
        marker = db_path.with_name(f"{db_path.name}{activity.SUFFIX}{pid}")
        marker.write_text(json.dumps({"pid": pid, "role": role, "kind": kind, "detail": detail}))
        if locked:
            handle = open(marker, "rb")  # noqa: SIM115 - held open (and locked) until the test ends
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            held.append(handle)
        return marker

    yield make
    for handle in held:
        handle.close()
