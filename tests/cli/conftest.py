"""Fixtures for the command-line tests."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A character device of the test's own (a copy of /dev/null's node), to give a
    command as a file to write. Never the system's /dev/null: run as root against a
    regression, the command would replace it with a regular file for the whole machine
    (the very bug these tests guard against). Needs root to make; skipped otherwise
    (pipes, which anyone can make, test the same refusal)."""
    node = tmp_path / "device"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (AttributeError, OSError, PermissionError):
        pytest.skip("making a device node needs root")
    return node
