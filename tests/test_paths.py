"""Every file location in one place: SMALLCRM_HOME moves them all, --db or SMALLCRM_DB
picks the database, the resources are found wherever SmallCRM runs from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from smallcrm import paths

REPO = Path(__file__).resolve().parent.parent


def test_smallcrm_home_holds_the_database_backups_and_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLCRM_HOME", str(tmp_path / "shop"))
    assert paths.home() == tmp_path / "shop"
    assert paths.default_db_path() == tmp_path / "shop" / "smallcrm.db"
    assert paths.backup_dir() == tmp_path / "shop" / "backups"
    assert paths.log_dir() == tmp_path / "shop" / "logs"


def test_smallcrm_db_names_the_database_and_a_tilde_means_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMALLCRM_DB", "~/茶庄/shop.db")
    assert paths.default_db_path() == Path.home() / "茶庄" / "shop.db"


def test_without_an_override_the_platforms_data_folder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMALLCRM_HOME")
    assert paths.home().name == "SmallCRM"
    assert paths.home() != Path.cwd()


def test_a_checkout_finds_its_own_resources() -> None:
    assert paths.in_checkout()
    assert paths.resource_root() == REPO / "resources"
    assert paths.resource_path("translations", "smallcrm_zh_CN.ts").is_file()


def test_the_frozen_app_finds_the_resources_beside_its_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_root() == tmp_path / "resources"
    assert not paths.in_checkout()
