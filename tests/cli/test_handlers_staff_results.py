"""staff-results and commission as scripts use them (cli/handlers_staff_results): one
JSON object with the month, every staff member's figures and commission, and the
totals; mistakes as one sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm.domain.analysis.staff_results import FIGURES
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.recording import record_sale
from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db
from tests.cli.cli_runs import run, run_json

KEYS = {"staff_id", "staff", "active", *FIGURES}


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    db = str(db_path)
    run_json(capsys, "--db", db, "staff", "--add", "陈静")
    run_json(capsys, "--db", db, "staff", "--add", "刘强")
    run_json(capsys, "--db", db, "customer", "add", "--name", "张三", "--phone", "13812345678")
    run_json(capsys, "--db", db, "purchase", "add", "1", "--amount", "50", "--date", "2026-10-02")
    return db_path


def sell(db: Path, *argv: str) -> None:
    """A sale as the counter stores it (the sale command is another helper's): straight
    through the domain. ``argv``: customer id or 'walk-in', staff, item, price, quantity, time."""
    open_crm(db)
    customer = None if argv[0] == "walk-in" else int(argv[0])
    lines = [LineInput(text=argv[2], unit_price_cents=int(argv[3]), quantity=Decimal(argv[4]))]
    record_sale(customer, lines, staff=argv[1], sold_at=dt.datetime.fromisoformat(argv[5]))
    close_db()


def test_staff_results_json_has_the_month_every_staff_member_and_the_totals(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    sell(shop, "1", "陈静", "铁观音", "16000", "0.5", "2026-11-03 10:00")
    sell(shop, "walk-in", "刘强", "瓜子", "1800", "2", "2026-11-04 15:00")
    sell(shop, "walk-in", "刘强", "瓜子", "1800", "1", "2026-12-01 15:00")  # another month
    run_json(capsys, "--db", str(shop), "commission", "--staff", "陈静", "--percent", "5", "--of", "sales")
    data = run_json(capsys, "--db", str(shop), "staff-results", "--month", "2026-11")
    assert (data["month"], data["from"], data["to"]) == ("2026-11", "2026-11-01", "2026-11-30")
    rows = {r["staff"]: r for r in data["staff"]}
    assert set(rows) == {"陈静", "刘强"} and all(set(r) == KEYS for r in data["staff"])
    assert (rows["陈静"]["sales_cents"], rows["陈静"]["sales"], rows["陈静"]["customers"]) == (8000, 1, 1)
    assert rows["陈静"]["new_customers"] == 0  # 张三 bought in October already
    assert rows["陈静"]["commission_cents"] == 400
    assert (rows["刘强"]["sales_cents"], rows["刘强"]["walk_in_sales"], rows["刘强"]["customers"]) == (3600, 1, 0)
    assert data["totals"]["sales_cents"] == 11600 and data["totals"]["commission_cents"] == 400
    assert data["rules"] == [{"staff_id": 1, "staff": "陈静", "category": "", "percent": "5", "of": "sales"}]


def test_staff_results_as_text_is_a_table_with_the_totals(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    sell(shop, "1", "陈静", "铁观音", "16000", "1", "2026-11-03 10:00")
    code, out, _ = run(capsys, "--db", str(shop), "staff-results", "--month", "2026年11月")
    assert code == 0
    assert "Staff results 2026-11" in out and "160.00" in out and "Total" in out and "No commission rules." in out


def test_staff_results_as_text_speak_chinese_in_columns_that_line_up(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    sell(shop, "1", "陈静", "铁观音", "16000", "1", "2026-11-03 10:00")
    code, out, _ = run(capsys, "--lang", "zh_CN", "--db", str(shop), "staff-results", "--month", "2026-11")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("员工业绩 2026-11") and "合计" in out and "没有提成规则。" in out

    # Each figure ends where its Chinese header ends (a Chinese character is two columns wide).
    def shown(text: str) -> int:
        return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in text)

    assert shown(lines[1]) == shown(lines[2]) == shown(lines[3])  # header, 陈静, 合计


@pytest.mark.parametrize("month", ["2026-13", "11/2026", "next month"])
def test_a_month_that_is_not_one_is_one_sentence_and_exit_1(
    capsys: pytest.CaptureFixture[str], shop: Path, month: str
) -> None:
    code, out, err = run(capsys, "--db", str(shop), "staff-results", "--month", month)
    assert (code, out) == (1, "")
    assert err.startswith("smallcrm: ") and "is not a month such as 2026-11" in err and err.count("\n") == 1


def test_commission_rules_are_listed_set_and_removed(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    db = str(shop)
    assert run_json(capsys, "--db", db, "commission")["rules"] == []
    run_json(capsys, "--db", db, "commission", "--category", "茶叶", "--percent", "2.5", "--of", "profit")
    rules = run_json(capsys, "--db", db, "commission", "--staff", "刘强", "--percent", "3", "--of", "sales")["rules"]
    assert [(r["staff"], r["category"], r["percent"], r["of"]) for r in rules] == [
        ("", "茶叶", "2.5", "profit"),
        ("刘强", "", "3", "sales"),
    ]
    assert len(run_json(capsys, "--db", db, "commission", "--category", "茶叶", "--remove")["rules"]) == 1
    code, out, _ = run(capsys, "--db", db, "commission")
    assert code == 0 and "刘强, every category: 3 % of sales" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--percent", "5"], 2, "--percent and --of go together"),
        (["--percent", "5", "--of", "sales", "--remove"], 2, "--remove takes no --percent"),
        (["--percent", "150", "--of", "sales"], 1, "from 0 to 100"),
        (["--staff", "小李", "--percent", "5", "--of", "sales"], 1, "There is no staff member 小李"),
        (["--staff", "陈静", "--remove"], 1, "no such commission rule"),
    ],
)
def test_a_bad_commission_rule_is_one_sentence_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], shop: Path, argv: list[str], code: int, message: str
) -> None:
    got, out, err = run(capsys, "--db", str(shop), "commission", *argv)
    assert (got, out) == (code, "") and message in err
    assert run_json(capsys, "--db", str(shop), "commission")["rules"] == []
