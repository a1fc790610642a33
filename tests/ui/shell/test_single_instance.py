"""One window per database: a second launch brings the first window to the front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smallcrm.ui.shell.single_instance import SingleInstance

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first(qtbot: Any, db_path: Path) -> Any:
    instance = SingleInstance(db_path)
    assert instance.claim()
    instance.listen()
    yield instance
    instance.release()


def test_a_second_claim_on_the_same_database_is_refused(first: SingleInstance, db_path: Path) -> None:
    assert not SingleInstance(db_path).claim()


def test_another_database_can_be_open_at_the_same_time(first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other.db")
    assert other.claim()
    other.release()


def test_once_the_first_has_quit_the_database_is_free_again(first: SingleInstance, db_path: Path) -> None:
    first.release()
    again = SingleInstance(db_path)
    assert again.claim()
    again.release()


def test_a_second_launch_asks_the_first_to_come_to_the_front_and_exits(
    qtbot: Any, first: SingleInstance, db_path: Path, smallcrm_home: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMALLCRM_HOME": str(smallcrm_home)}
    with qtbot.waitSignal(first.activation_requested, timeout=30_000):
        proc = subprocess.Popen(
            [sys.executable, "-m", "smallcrm", "--db", str(db_path), "--lang", "en"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err  # no second window, no second writer
    assert not db_path.exists()  # the second launch did not even open the database


def test_the_running_window_comes_to_the_front(qtbot: Any, customers: list[Any], window: Any) -> None:
    window.showMinimized()
    window.bring_to_front()
    assert not window.isMinimized()
    assert window.isVisible()


def test_a_hard_link_to_the_open_database_is_the_same_database(tmp_path: Path) -> None:
    """Another name for the same file (made with ln, or by a backup tool) must not get
    past the lock: two windows on one file are two writers with stale lists."""
    shop = tmp_path / "shop.db"
    shop.write_bytes(b"")
    linked = tmp_path / "elsewhere" / "same-shop.db"
    linked.parent.mkdir()
    os.link(shop, linked)
    first = SingleInstance(shop)
    assert first.claim()
    try:
        assert not SingleInstance(linked).claim()
    finally:
        first.release()


@pytest.fixture
def first_on_a_file(qtbot: Any, db_path: Path) -> Any:
    """The first launch, on a database file that exists."""
    db_path.write_bytes(b"")
    instance = SingleInstance(db_path)
    assert instance.claim()
    instance.listen()
    yield instance
    instance.release()


def test_a_launch_on_a_hard_link_brings_the_running_window_to_the_front(
    qtbot: Any, first_on_a_file: SingleInstance, db_path: Path, tmp_path: Path, smallcrm_home: Path
) -> None:
    linked = tmp_path / "same-shop.db"
    os.link(db_path, linked)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMALLCRM_HOME": str(smallcrm_home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "smallcrm", "--db", str(linked), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitSignal(first_on_a_file.activation_requested, timeout=30_000).wait()
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:  # a second window after all: not left running
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert db_path.read_bytes() == b""  # the second launch did not open the database


def test_a_database_made_by_the_first_launch_is_claimed_by_its_identity_once_listening(
    qtbot: Any, tmp_path: Path
) -> None:
    shop = tmp_path / "shop.db"
    first = SingleInstance(shop)
    assert first.claim()
    shop.write_bytes(b"")  # the first launch opened (created) the database
    first.listen()
    linked = tmp_path / "same-shop.db"
    os.link(shop, linked)
    try:
        assert not SingleInstance(linked).claim()
    finally:
        first.release()
