"""The marker each SmallCRM leaves beside a shop it has open: what it is doing, and
swept away when its process has gone."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from smallcrm.store.sqlite import activity


@pytest.fixture
def marker(tmp_path: Path) -> Iterator[Path]:
    """This process attached to a shop as a command; detached and back to its role after."""
    shop = tmp_path / "shop.db"
    activity.set_role(activity.COMMAND, "smallcrm import")
    activity.attach(shop)
    yield shop.with_name(f"shop.db{activity.SUFFIX}{os.getpid()}")
    activity.detach()
    activity.set_role(activity.COMMAND)


def _record(path: Path) -> dict[str, object]:
    return dict(json.loads(path.read_text()))


def test_an_open_shop_has_this_processs_marker_saying_what_it_is(marker: Path) -> None:
    record = _record(marker)
    assert record["pid"] == os.getpid()
    assert (record["role"], record["kind"], record["detail"]) == ("command", "command", "smallcrm import")


def test_the_marker_says_what_long_work_runs_while_it_runs(marker: Path) -> None:
    with activity.doing(activity.IMPORT):
        assert _record(marker)["kind"] == activity.IMPORT
    assert _record(marker)["kind"] == activity.COMMAND


def test_closing_the_shop_removes_the_marker(marker: Path) -> None:
    activity.detach()
    assert not marker.exists()


def test_this_process_is_not_among_the_others(marker: Path) -> None:
    assert activity.others(marker.parent / "shop.db") == []


def test_a_live_process_is_seen_and_a_dead_ones_marker_is_swept_away(
    tmp_path: Path, other_smallcrm: Callable[..., Path]
) -> None:
    shop = tmp_path / "shop.db"
    other_smallcrm(shop, activity.WINDOW, activity.WINDOW)
    dead = other_smallcrm(shop, activity.COMMAND, activity.IMPORT, pid=99_999_999, locked=False)
    assert [(a.pid, a.kind) for a in activity.others(shop)] == [(os.getppid(), activity.WINDOW)]
    assert not dead.exists()


def test_a_shop_in_a_folder_that_takes_no_marker_still_opens(tmp_path: Path) -> None:
    activity.attach(tmp_path / "no such folder" / "shop.db")  # nothing to write into: goes without
    activity.detach()


def test_processes_alive_and_gone() -> None:
    assert activity.pid_alive(os.getpid()) and activity.pid_alive(os.getppid())
    assert not activity.pid_alive(0) and not activity.pid_alive(-5) and not activity.pid_alive(99_999_999)


def test_a_copy_is_written_under_a_name_with_the_writers_process(tmp_path: Path) -> None:
    assert activity.part_name(tmp_path / "b.db") == tmp_path / f"b.db.part-{os.getpid()}"


def test_half_written_copies_of_gone_processes_are_removed_and_copies_in_progress_stay(tmp_path: Path) -> None:
    names = ["b.db.part-99999999", "b.db.part-99999999-journal", "b.db.part", f"b.db.part-{os.getpid()}", "b.db.party"]
    for name in names:
        (tmp_path / name).write_text("x")
    removed = activity.remove_dead_parts(tmp_path, "b.db.part*")
    assert sorted(p.name for p in removed) == ["b.db.part", "b.db.part-99999999", "b.db.part-99999999-journal"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"b.db.part-{os.getpid()}", "b.db.party"]
