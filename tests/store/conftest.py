"""Store tests share one rule: whatever a test opened, the database is closed after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from smallcrm.store.db import close_db


@pytest.fixture(autouse=True)
def _close_db_after_test() -> Iterator[None]:
    yield
    close_db()
