"""The shop's files are the owner's alone: created so, tightened when found otherwise."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from smallcrm.store import privacy


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_is_readable_and_writable_by_the_owner_only(tmp_path: Path) -> None:
    privacy.create_private(tmp_path / "shop.db")
    assert _mode(tmp_path / "shop.db") == 0o600


def test_an_existing_file_is_left_as_it_is(tmp_path: Path) -> None:
    (tmp_path / "shop.db").write_text("the shop")
    privacy.create_private(tmp_path / "shop.db")
    assert (tmp_path / "shop.db").read_text() == "the shop"


def test_a_file_others_could_read_is_tightened_and_nothing_is_ever_added(tmp_path: Path) -> None:
    shared, read_only = tmp_path / "shared.db", tmp_path / "read-only.db"
    shared.write_text("x")
    read_only.write_text("x")
    shared.chmod(0o664)
    read_only.chmod(0o444)
    privacy.tighten(shared)
    privacy.tighten(read_only)
    assert _mode(shared) == 0o660 & ~0o077
    assert _mode(read_only) == 0o400


def test_a_file_that_is_gone_is_no_error(tmp_path: Path) -> None:
    privacy.tighten(tmp_path / "gone.db")


def test_a_new_folder_is_the_owners_and_an_existing_one_is_left_alone(tmp_path: Path) -> None:
    privacy.private_folder(tmp_path / "new" / "backups")
    assert _mode(tmp_path / "new" / "backups") == 0o700
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    documents.chmod(0o755)
    privacy.private_folder(documents)
    assert _mode(documents) == 0o755
