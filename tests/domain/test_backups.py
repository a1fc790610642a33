"""Automatic backups: in the data folder, and copied to a second folder (a USB drive)
when it is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm import paths, settings
from smallcrm.domain import backups
from smallcrm.domain.customers.commands import create_customer

pytestmark = pytest.mark.usefixtures("crm")

NOON = dt.datetime(2026, 12, 7, 12, 0, 0)


def test_a_backup_is_made_in_the_data_folder_when_no_second_folder_is_set() -> None:
    create_customer({"name": "张三", "phone": "13812345678"})
    made = backups.automatic_backup(now=NOON)
    assert made.made.parent == paths.backup_dir() and made.made.is_file()
    assert made.second is None and made.second_folder is None and not made.second_missing
    assert backups.last_copy_in(paths.backup_dir()) == NOON


def test_a_backup_is_copied_to_the_second_folder_when_it_is_there(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.put("backup_second_folder", str(usb))
    made = backups.automatic_backup(now=NOON)
    assert made.second == usb / made.made.name
    assert made.second.read_bytes() == made.made.read_bytes()
    assert backups.last_copy_in(usb) == NOON


def test_a_second_folder_that_is_not_plugged_in_is_said_not_an_error(tmp_path: Path) -> None:
    settings.put("backup_second_folder", str(tmp_path / "unplugged"))
    made = backups.automatic_backup(now=NOON)
    assert made.made.is_file() and made.second is None
    assert made.second_missing and made.second_folder == tmp_path / "unplugged"


def test_a_folder_without_backups_has_no_last_copy(tmp_path: Path) -> None:
    assert backups.last_copy_in(tmp_path) is None
    assert backups.second_folder() is None
