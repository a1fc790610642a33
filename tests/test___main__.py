"""``python -m smallcrm`` is the same entry as the ``smallcrm`` script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import smallcrm

REPO = Path(__file__).resolve().parent.parent


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "smallcrm", *argv], capture_output=True, text=True, env=env, timeout=120
    )


def test_python_m_smallcrm_runs_the_command_line() -> None:
    done = _run("--version")
    assert done.returncode == 0
    assert smallcrm.__version__ in done.stdout


def test_a_mistyped_command_exits_with_the_command_lines_code() -> None:
    done = _run("custmer", "list")
    assert done.returncode == 2
    assert done.stderr.strip() and "Traceback" not in done.stderr
