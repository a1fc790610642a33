"""reminders-run-rules as scripts use it (cli/handlers_rules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_runs import run


def add_customer(shop: Any, name: str = "张三", *extra: str) -> str:
    return str(shop("customer", "add", "--name", name, *extra)["customer"]["id"])


def test_run_rules_prints_created_and_by_rule_and_makes_nothing_twice(shop: Any) -> None:
    add_customer(shop, "张三", "--birthday", "农历八月十五", "--tags", "VIP")
    first = shop("reminders-run-rules", "--today", "2026-09-22")
    assert first["created"] == 2
    assert first["by_rule"] == {"birthday": 1, "festival": 1, "complaint": 0, "new_customer": 0, "reengage": 0}
    again = shop("reminders-run-rules", "--today", "2026-09-22")
    assert (again["created"], set(again["by_rule"].values())) == (0, {0})
    due = shop("reminders", "--due", "today", "--today", "2026-09-22")["reminders"]
    assert sorted(r["kind"] for r in due) == ["birthday", "festival"]


def test_run_rules_without_json_says_what_it_made(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "reminders-run-rules", "--today", "2026-09-22")
    assert code == 0
    assert out.startswith("Made 0 reminders for 2026-09-22: birthday 0, festival 0,")


def test_switched_off_rules_are_listed(shop: Any) -> None:
    shop("settings", "--set", "rule_reengage=off")
    assert shop("reminders-run-rules", "--today", "2026-09-22")["disabled"] == ["reengage"]


def test_rule_reminders_made_from_the_command_line_are_titled_in_the_shops_language(shop: Any) -> None:
    """The terminal speaks English (the tests' SMALLCRM_LANG), the shop Chinese: the
    reminders are the shop's to read in its window, so they are Chinese."""
    add_customer(shop, "张三", "--birthday", "农历八月十五", "--tags", "VIP")
    shop("settings", "--set", "language=zh_CN")
    shop("reminders-run-rules", "--today", "2026-09-22")
    titles = [r["title"] for r in shop("reminders", "--due", "today", "--today", "2026-09-22")["reminders"]]
    assert len(titles) == 2
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t.replace("张三", "")) for t in titles), titles
