"""Fixtures for the mailing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.domain.mailing.shop import make_shop


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    return make_shop()
