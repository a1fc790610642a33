"""Shared fixtures: every test gets its own SMALLCRM_HOME and a fresh file database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Headless Qt for every test, set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the environment's language; tests expect English unless they ask.
os.environ["SMALLCRM_LANG"] = "en"

# In CI, hypothesis draws the same examples every run, so a red run is reproducible
# and a green one is not luck; locally it keeps exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def smallcrm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("SMALLCRM_HOME", str(home))
    monkeypatch.delenv("SMALLCRM_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, built once and copied for each test."""
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    path = tmp_path_factory.mktemp("template") / "shop.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMALLCRM_HOME", str(path.parent / "home"))
        open_crm(path)
        close_db()
    return path


@pytest.fixture
def crm(db_path: Path, template_db: Path) -> Iterator[Path]:
    """An opened, migrated, empty database; closed after the test.

    Copied from the template rather than migrated anew, and without an fsync per
    commit: several times faster, and these tests are not about durability (the
    store tests open real files the app's way).
    """
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    shutil.copy(template_db, db_path)
    database = open_crm(db_path)
    database.execute_sql("PRAGMA synchronous = OFF")
    yield db_path
    close_db()
