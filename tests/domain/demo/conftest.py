"""One generated demo shop shared by the read-only tests of the demo package:
generating it is the slow part."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallcrm.domain.demo import generate
from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db

TODAY = dt.date(2025, 6, 15)  # Spring Festival 2025 was on 29 January, Mid-Autumn 2024 on 17 September
N = 1500


@pytest.fixture(scope="session")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The shop's file and the counts ``generate`` returned."""
    path = tmp_path_factory.mktemp("demo") / "shop.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMALLCRM_HOME", str(path.parent / "home"))
        open_crm(path)
        try:
            counts = generate(N, seed=3, today=TODAY)
        finally:
            close_db()
    return path, counts


@pytest.fixture
def demo(demo_shop: tuple[Path, dict[str, int]]) -> Iterator[dict[str, int]]:
    """The shared demo shop, opened for one test (which must not change it)."""
    open_crm(demo_shop[0])
    yield demo_shop[1]
    close_db()
