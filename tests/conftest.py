"""Shared fixtures: every test gets its own SMALLCRM_HOME and a fresh file database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless Qt for every test, set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def smallcrm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("SMALLCRM_HOME", str(home))
    monkeypatch.delenv("SMALLCRM_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def crm(db_path: Path) -> Iterator[Path]:
    """An opened, migrated, empty database; closed after the test."""
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    open_crm(db_path)
    yield db_path
    close_db()
