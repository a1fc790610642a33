"""The cyclic garbage collector paused during an import, and restored after it."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from smallcrm.sheets.importer import collector, run_import
from tests.sheets.conftest import write_csv


def test_the_collector_is_off_inside_and_back_after() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # the app's objects are out of the collector's view
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_an_error_inside_restores_the_collector() -> None:
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("boom")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_in_two_threads_enable_it_once_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with collector.paused():
        thread.start()
        inside.wait(5)
    assert not gc.isenabled()  # the other thread's import is still running
    release.set()
    thread.join(5)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_an_import_runs_with_the_collector_paused(crm: Path, tmp_path: Path) -> None:
    seen: list[bool] = []
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机"], ["张三", "13812345678"]])
    result = run_import(path, progress=lambda done, total, message="": seen.append(gc.isenabled()))
    assert result.added == 1 and seen and not any(seen) and gc.isenabled()
