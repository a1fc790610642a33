"""Sales as scripts record them (cli/handlers_sales): a sale in one command, shown,
listed, returned and voided; every bad input one sentence with nothing stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.staff import add_staff
from smallcrm.store.models import Purchase, Sale, UncountedLine
from tests.cli.cli_runs import run, run_json


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], crm: Path) -> Any:
    """A customer (id 1), a staff member, three products; ``shop(*argv)`` runs a command
    with --json and returns its object."""
    create_customer({"name": "张三", "phone": "13812345678"})
    add_staff("小李")
    add_product({"name": "铁观音", "price": "68", "cost": "40", "unit": "盒", "barcode": "6901234567892"})
    add_product({"name": "瓜子", "price": "33.33", "cost": "20", "unit": "斤"})
    add_product({"name": "理发", "price": "30", "cost": "0", "kind": "service"})

    def call(*argv: str) -> dict[str, Any]:
        return run_json(capsys, "--db", str(crm), *argv)

    return call


def counts() -> tuple[int, int, int]:
    """Sales, counted lines and uncounted lines stored."""
    return Sale.select().count(), Purchase.select().count(), UncountedLine.select().count()


THREE_LINES = ["--line", "铁观音:2", "--line", "瓜子:1.5", "--line", "修拉链:1:15"]


def test_a_three_line_sale_prints_its_id_lines_total_and_profit(shop: Any) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES, "--pay", "wechat", "--staff", "小李", "--note", "熟客")
    # 2 x 68.00 + 1.5 x 33.33 (49.995 -> 50.00) + 15.00; cost 2 x 40 + 1.5 x 20
    assert [line["amount_cents"] for line in sale["lines"]] == [13600, 5000, 1500]
    assert (sale["total_cents"], sale["profit_cents"], sale["lines_without_cost"]) == (20100, 9100, 1)
    assert all(isinstance(line["id"], int) for line in sale["lines"])
    assert [line["quantity"] for line in sale["lines"]] == [2, 1.5, 1]
    assert (sale["customer_id"], sale["payment"], sale["staff"], sale["note"]) == (1, "wechat", "小李", "熟客")
    assert sale["number"].endswith("-0001") and not sale["walk_in"] and not sale["voided"]
    assert counts() == (1, 3, 0)  # the customer's purchases at once
    assert [p.id for p in Purchase.select().order_by(Purchase.id)] == [line["id"] for line in sale["lines"]]


def test_a_walk_in_sale_is_kept_but_counts_in_no_customers_analysis(shop: Any) -> None:
    sale = shop("sale", "add", "--walk-in", "--line", "6901234567892", "--line", "理发", "--pay", "支付宝")
    assert sale["walk_in"] and sale["customer_id"] is None and sale["payment"] == "alipay"
    assert sale["total_cents"] == 9800 and counts() == (1, 0, 2)


def test_a_discount_on_the_sale_is_spread_over_its_lines(shop: Any) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES, "--discount", "¥1.00")
    assert sale["discount_cents"] == 100 and sale["total_cents"] == 20000
    assert sum(line["discount_cents"] for line in sale["lines"]) == 100


def test_the_sale_reads_well_for_a_person(capsys: pytest.CaptureFixture[str], crm: Path, shop: Any) -> None:
    code, out, err = run(capsys, "--db", str(crm), "sale", "add", "1", *THREE_LINES, "--staff", "小李")
    assert (code, err) == (0, "")
    assert "Recorded sale" in out and "张三" in out and "x1.5 at 33.33 = 50.00" in out
    assert "Total 201.00, paid by Cash; gross profit 91.00" in out and "Sold by 小李" in out


def test_the_sale_speaks_chinese_when_asked(capsys: pytest.CaptureFixture[str], crm: Path, shop: Any) -> None:
    code, out, _ = run(capsys, "--lang", "zh_CN", "--db", str(crm), "sale", "add", "1", *THREE_LINES, "--pay", "微信")
    assert code == 0 and "已记录销售" in out and "合计 201.00，微信支付；毛利 91.00" in out


def test_show_and_list_find_the_sale(shop: Any) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES)
    walk_in = shop("sale", "add", "--walk-in", "--line", "理发")
    assert shop("sale", "show", str(sale["id"])) == sale
    today = dt.date.today().isoformat()
    assert [s["id"] for s in shop("sale", "list", "--day", today)["sales"]] == [walk_in["id"], sale["id"]]
    assert [s["id"] for s in shop("sale", "list", "--customer", "1")["sales"]] == [sale["id"]]
    assert shop("sale", "list", "--day", "2020-01-01") == {"sales": [], "count": 0}


def test_a_return_of_part_of_a_line_is_a_sale_of_its_own(shop: Any) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES)
    tea, nuts = sale["lines"][0]["id"], sale["lines"][1]["id"]
    back = shop("sale", "return", str(sale["id"]), "--line", f"{tea}:1", "--line", str(nuts), "--reason", "受潮")
    assert back["returns_sale_id"] == sale["id"] and back["reason"] == "受潮"
    assert [line["returns_line"] for line in back["lines"]] == [tea, nuts]
    assert back["total_cents"] == -(6800 + 5000)
    shown = shop("sale", "show", str(sale["id"]))
    assert [line["returned_quantity"] for line in shown["lines"]] == [1, 1.5, 0]
    assert shown["total_cents"] == 20100  # the sale itself is never changed
    rest = shop("sale", "return", str(sale["id"]), "--reason", "不要了")  # everything left
    assert rest["total_cents"] == -(6800 + 1500)


def test_a_voided_sale_stays_visible_and_voiding_it_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any
) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES)
    voided = shop("sale", "void", str(sale["id"]), "--reason", "收银员按错了")
    assert voided["voided"] and voided["void_reason"] == "收银员按错了" and voided["total_cents"] == 20100
    assert counts() == (1, 0, 3)  # its lines set aside: no analysis counts them
    code, out, err = run(capsys, "--db", str(crm), "sale", "void", str(sale["id"]), "--reason", "again")
    assert (code, out) == (1, "") and "already voided" in err and err.count("\n") == 1
    assert shop("sale", "show", str(sale["id"])) == voided


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["1", "--line", "普洱:1"], "There is no product 普洱"),
        (["1", "--line", "#99"], "There is no product #99"),
        (["99", "--line", "铁观音"], "There is no customer with id 99"),
        (["1", "--line", "铁观音:0"], "The quantity must be more than 0"),
        (["1", "--line", "铁观音:-2"], "The quantity must be more than 0"),
        (["1", "--line", "修拉链:0:15"], "The quantity must be more than 0"),
        (["1", "--line", "铁观音:1.2345"], "more than three decimal places"),
        (["1", "--line", "铁观音:2:abc"], "abc is not an amount of money"),
        (["1", "--line", "铁观音:2:1.234"], "more than two decimal places"),
        (["1", "--line", "铁观音:2:-5"], "A price cannot be below zero"),
        (["1", "--line", "修拉链"], "give its price"),
        (["1", "--line", ""], "Name a product"),
        (["1", "--line", "铁观音", "--discount", "68.01"], "more than the sale's total 68.00"),
        (["1", "--line", "铁观音", "--discount", "abc"], "abc is not an amount of money"),
        (["1", "--line", "铁观音", "--discount", "-1"], "A discount cannot be below zero"),
        (["1", "--line", "铁观音", "--pay", "bitcoin"], "not a payment method"),
        (["1", "--line", "铁观音", "--pay", "储值"], "not a payment method the counter takes"),
        (["1", "--line", "铁观音", "--staff", "nobody"], "There is no staff member nobody"),
        (["1", "--line", "铁观音", "--line", "普洱:1"], "There is no product 普洱"),  # a good line is not kept either
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "sale", "add", *argv)
    assert (code, out) == (1, ""), err
    assert err.startswith("smallcrm: ") and message in err and err.count("\n") == 1
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--line", "铁观音"], "Give the customer's id, or --walk-in"),
        (["1", "--walk-in", "--line", "铁观音"], "not both"),
        (["1"], "--line"),
        (["x", "--line", "铁观音"], "not an id"),
    ],
)
def test_a_malformed_sale_command_line_exits_2_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "sale", "add", *argv)
    assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    ("lines", "message", "code"),
    [
        (["999"], "has no line 999", 1),
        (["{tea}:3"], "Only 2 of line", 1),
        (["{tea}:0"], "The quantity must be more than 0", 1),
        (["{tea}:abc"], "abc is not a quantity", 1),
        (["{tea}:1", "{tea}:1"], "named twice", 1),
        (["x:1"], "--line needs a line id", 2),
    ],
)
def test_a_bad_return_is_one_sentence_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any, lines: list[str], message: str, code: int
) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES)
    tea = sale["lines"][0]["id"]
    argv = [arg for line in lines for arg in ("--line", line.format(tea=tea))]
    got, out, err = run(capsys, "--db", str(crm), "sale", "return", str(sale["id"]), *argv, "--reason", "坏了")
    assert (got, out) == (code, "") and message in err and err.count("\n") == 1
    assert counts() == (1, 3, 0)


def test_returns_and_voids_need_a_reason_and_a_sale_that_exists(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any
) -> None:
    sale = shop("sale", "add", "1", *THREE_LINES)
    for argv, message in [
        (["return", str(sale["id"]), "--reason", " "], "Give a reason"),
        (["void", str(sale["id"]), "--reason", ""], "Give a reason"),
        (["return", "99", "--reason", "x"], "There is no sale with id 99"),
        (["void", "99", "--reason", "x"], "There is no sale with id 99"),
        (["show", "99"], "There is no sale with id 99"),
    ]:
        code, out, err = run(capsys, "--db", str(crm), "sale", *argv)
        assert (code, out) == (1, "") and message in err, argv
    assert counts() == (1, 3, 0)


line_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=10)
line_spec = st.one_of(
    st.sampled_from(["铁观音", "瓜子", "理发", "#1", "6901234567892", "修拉链"]),
    line_text,
).flatmap(
    lambda name: st.one_of(
        st.just(name),
        st.tuples(st.just(name), line_text).map(":".join),
        st.tuples(st.just(name), line_text, line_text).map(":".join),
    )
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line_spec, min_size=1, max_size=4), discount=st.none() | line_text)
def test_any_lines_are_recorded_whole_or_refused_in_one_sentence_with_nothing_stored(
    capsys: pytest.CaptureFixture[str], crm: Path, shop: Any, lines: list[str], discount: str | None
) -> None:
    before = counts()
    argv = ["--db", str(crm), "sale", "add", "1", *[arg for line in lines for arg in ("--line", line)]]
    if discount is not None:
        argv += ["--discount", discount]
    code, out, err = run(capsys, *argv, "--json")
    assert code in (0, 1, 2), err
    if code:
        assert out == "" and err.startswith("smallcrm: ") and err.count("\n") == 1
        assert counts() == before
    else:
        assert counts() == (before[0] + 1, before[1] + len(lines), before[2])
