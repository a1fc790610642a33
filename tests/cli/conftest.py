"""Fixtures for the command-line tests."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from smallcrm.cli import main
from tests.cli.cli_runs import run_json


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


@pytest.fixture
def card_shop(capsys: pytest.CaptureFixture[str], crm: Path, qapp: Any) -> Any:
    """Five customers, one per way of getting (or not getting) a card; then
    ``card_shop(*argv)`` runs a command with --json on that database and returns the object."""
    from smallcrm.domain.customers.commands import create_customer

    base = {"city": "成都市", "postcode": "610041", "mail_consent": True}
    for name, extra in [
        ("张户", {"tags": ["VIP"]}),
        ("李女", {}),
        ("王无", {"mail_consent": False, "tags": ["VIP"]}),
        ("赵流", {"churn_status": "churned"}),
        ("钱空", {"street": ""}),
    ]:
        create_customer({"name": name, "street": f"{name}路8号", **base, **extra}, allow_duplicate=True)

    def call(*argv: str) -> dict[str, Any]:
        code = main(["--db", str(crm), *argv, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert out.count("\n") == 1
        result: dict[str, Any] = json.loads(out)
        return result

    return call


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], crm: Path) -> Any:
    """``shop(*argv)``: run a command on this test's (empty) database, --json, and return the
    object (a test module may define its own ``shop`` with customers in it)."""

    def call(*argv: str) -> dict[str, Any]:
        return run_json(capsys, "--db", str(crm), *argv)

    return call
