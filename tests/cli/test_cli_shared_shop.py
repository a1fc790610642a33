"""The command line on a shop that another SmallCRM is using, and its backups: busy
sentences instead of internal errors, a refused restore, the second backup folder, and
a missing database whose restore copy waits beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.store.sqlite import failures
from tests.cli.cli_runs import run
from tests.other_process import OtherProcess


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--phone", "13812345678")
    return db_path


IMPORTING = "Another SmallCRM is importing into this shop; try again when it finishes"


@pytest.mark.parametrize(
    "command",
    [
        ["customer", "add", "--name", "李四", "--phone", "13900001111"],
        ["customer", "edit", "1", "--set", "city=成都市"],
        ["customer", "tag", "1", "--tag", "VIP"],
        ["purchase", "add", "1", "--amount", "12.50"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_write_while_another_smallcrm_imports_is_one_sentence_and_exit_1(
    capsys: pytest.CaptureFixture[str], shop: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """They ended in "Internal error (OperationalError: database is locked)", exit 70."""
    monkeypatch.setattr(failures, "BUSY_TIMEOUT_S", 1.0)  # instead of waiting 10 s
    with OtherProcess(shop, detail="smallcrm import", doing="import"):
        code, out, err = run(capsys, "--db", str(shop), *command)

    assert code == 1
    assert err.startswith(f"smallcrm: {IMPORTING}")
    assert err.count("\n") == 1
    assert "Internal error" not in err and out == ""


def test_a_write_goes_through_once_the_other_smallcrm_lets_go(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    with OtherProcess(shop, hold_s=1.0) as other:
        added = run_json(capsys, "--db", str(shop), "customer", "add", "--name", "李四", "--phone", "13900001111")
        other.wait_released()

    assert added["customer"]["name"] == "李四"


def test_restore_while_another_smallcrm_imports_is_refused_with_a_sentence(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    run_json(capsys, "--db", str(shop), "backup", str(copy))
    with OtherProcess(shop, detail="smallcrm import", doing="import"):
        code, _out, err = run(capsys, "--db", str(shop), "restore", str(copy))

    assert code == 1
    assert err.startswith("smallcrm: Another SmallCRM is importing into this shop; let it finish, then restore again")
    assert not list(shop.parent.glob("shop.before-restore-*"))


def test_restore_says_where_the_previous_database_was_kept(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    run_json(capsys, "--db", str(shop), "backup", str(copy))
    run_json(capsys, "--db", str(shop), "customer", "add", "--name", "李四")

    restored = run_json(capsys, "--db", str(shop), "restore", str(copy))

    kept = Path(restored["previous_kept_as"])
    assert kept.parent == shop.parent and kept.name.startswith("shop.before-restore-")
    assert run_json(capsys, "--db", str(shop), "stats")["customers"] == 1


def test_a_missing_database_whose_restore_copy_waits_beside_it_is_not_made_anew(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    run_json(capsys, "--db", str(shop), "backup", str(copy))
    kept = Path(run_json(capsys, "--db", str(shop), "restore", str(copy))["previous_kept_as"])
    shop.unlink()

    code, out, err = run(capsys, "--db", str(shop), "customer", "add", "--name", "李四")

    assert code == 1 and out == ""
    assert str(kept) in err and f"smallcrm restore {kept}" in err
    assert not shop.exists()
    put_back = run_json(capsys, "--db", str(shop), "restore", str(kept))
    assert put_back["database"] == str(shop)
    assert run_json(capsys, "--db", str(shop), "stats")["customers"] == 1


# --- the second folder for automatic backups ---------------------------------------------------------


def test_automatic_backups_are_copied_to_the_second_folder(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path, smallcrm_home: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    run_json(capsys, "--db", str(shop), "settings", "--set", f"backup_second_folder={usb}")

    made = run_json(capsys, "--db", str(shop), "backup", "--auto")

    first, second = Path(made["backup"]), Path(made["second_backup"])
    assert first.parent == smallcrm_home / "backups"
    assert second == usb / first.name
    assert second.read_bytes() == first.read_bytes()


def test_a_second_folder_that_is_not_there_is_skipped_and_said(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path
) -> None:
    unplugged = tmp_path / "usb-drive-not-plugged-in"
    run_json(capsys, "--db", str(shop), "settings", "--set", f"backup_second_folder={unplugged}")

    code, out, err = run(capsys, "--db", str(shop), "backup", "--auto")

    assert code == 0, err
    assert "is not there (is the drive plugged in?)" in out
    assert not unplugged.exists()
    made = run_json(capsys, "--db", str(shop), "backup", "--auto")
    assert made["second_backup"] is None and made["second_folder_missing"] == str(unplugged)


def test_the_second_folder_must_be_a_full_path(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    code, _out, err = run(capsys, "--db", str(shop), "settings", "--set", "backup_second_folder=usb/backups")

    assert code == 1
    assert "full path" in err
