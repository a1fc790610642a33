"""One shop, several processes, as the database meets them: a write that waits for
another process's short write, and one that waits in vain told which work holds the shop.

Each test has a real second process on the database (tests/other_process.py): what a
shop owner meets when they type a command while the window imports.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.store.sqlite import failures
from tests.other_process import OtherProcess


def _names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]


@pytest.fixture
def shop(crm: Path) -> Path:
    create_customer({"name": "张三", "phone": "13812345678"})
    return crm


@pytest.fixture
def short_wait(shop: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shop reopened with a 1 s busy timeout, so that waiting in vain is quick to test."""
    monkeypatch.setattr(failures, "BUSY_TIMEOUT_S", 1.0)
    open_crm(shop)
    return shop


# --- a write while another process writes --------------------------------------------------------


def test_a_customer_added_while_another_process_makes_a_short_write_waits_for_it(shop: Path) -> None:
    """A deferred transaction that read before the other process committed could not
    write afterwards and failed at once ("database is locked" after 1.5 s here)."""
    with OtherProcess(shop, hold_s=1.5) as other:
        added = create_customer({"name": "李四", "phone": "13900001111"})
        other.wait_released()

    assert added.name == "李四"
    assert _names_in(shop) == ["张三", "李四"]


HOLDERS = {
    "an import from the command line": (
        {"program": "smallcrm", "role": "command", "detail": "smallcrm import", "doing": "import"},
        "Another SmallCRM is importing into this shop; try again when it finishes.",
    ),
    "another command": (
        {"program": "smallcrm", "role": "command", "detail": "smallcrm customer assign", "doing": ""},
        "Another SmallCRM ('smallcrm customer assign') is writing to this shop; try again when it finishes.",
    ),
    "a window": (
        {"program": "smallcrm", "role": "window", "detail": "", "doing": ""},
        "A SmallCRM window is busy writing to this shop; try again when it finishes.",
    ),
    "a program that says nothing": (
        {"program": "sqlite", "role": "", "detail": "", "doing": ""},
        "Another SmallCRM is writing to this shop; try again when it finishes.",
    ),
}


@pytest.mark.parametrize("holder", list(HOLDERS))
def test_a_write_that_waits_in_vain_says_which_work_holds_the_shop(short_wait: Path, holder: str) -> None:
    options, sentence = HOLDERS[holder]
    with OtherProcess(short_wait, **options), pytest.raises(UserError) as raised:
        create_customer({"name": "李四", "phone": "13900001111"})

    assert raised.value.render().startswith(sentence.rstrip("."))
    assert _names_in(short_wait) == ["张三"]


def test_a_busy_write_is_still_an_operational_error_for_code_that_retries(short_wait: Path) -> None:
    from peewee import OperationalError

    with OtherProcess(short_wait), pytest.raises(OperationalError):
        create_customer({"name": "李四", "phone": "13900001111"})


def test_the_marker_of_a_killed_process_is_not_taken_for_a_live_one(short_wait: Path) -> None:
    from smallcrm.store.sqlite import activity

    other = OtherProcess(short_wait)
    markers = list(short_wait.parent.glob(f"shop.db-activity-{other.proc.pid}"))
    assert any(a.kind == activity.IMPORT for a in activity.others(short_wait))
    other.stop()  # SIGKILL: its marker stays on disk

    assert markers and all(m.exists() for m in markers)
    assert activity.others(short_wait) == []
    assert not [m for m in markers if m.exists()]  # and it is swept away
