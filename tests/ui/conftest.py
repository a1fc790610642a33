"""Fixtures for driving the real window: a database with a few customers, the window
on it, Chinese, and a stand-in user who answers the modal dialogs the app opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from smallcrm.ui.shell import translations, worker
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import CUSTOMERS, User, open_window


@pytest.fixture(autouse=True)
def window_settings_in_tmp(tmp_path: Path) -> None:
    """Window geometry goes to the test's own folder, not the user's config."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def application_font_restored(qapp: Any) -> Iterator[None]:
    """A test that starts the app (app.main) gives the application the Chinese fallback
    font families, as a real start does; the next test starts from the same font again."""
    font = QGuiApplication.font()
    yield
    QGuiApplication.setFont(font)


@pytest.fixture(autouse=True)
def no_job_outlives_its_test() -> Iterator[None]:
    """The list and the counts load on worker threads; none may run into the next test."""
    yield
    assert worker.shutdown()


@pytest.fixture
def customers(crm: Path) -> list[Any]:
    from smallcrm.domain.customers.commands import create_customer

    return [create_customer(c) for c in CUSTOMERS]


@pytest.fixture
def window(qtbot: Any, crm: Path) -> MainWindow:
    return open_window(qtbot, crm)


@pytest.fixture
def chinese() -> Iterator[None]:
    installed = translations.install("zh_CN")
    yield
    installed.remove()


@pytest.fixture
def user(qtbot: Any) -> Iterator[User]:
    u = User(qtbot)
    yield u
    u.stop()
