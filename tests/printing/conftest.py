"""The recipients the printing tests print."""

from __future__ import annotations

from typing import Any

import pytest
from pdf_helpers import NAMES, person


@pytest.fixture
def people() -> list[dict[str, Any]]:
    return [person(i, n) for i, n in enumerate(NAMES)]


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> Any:
    """pytest-qt's QApplication, so rendering does not make a QGuiApplication of its own
    that the widget tests later in the same run could not use."""
    return qapp
