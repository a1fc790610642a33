"""search and stats as scripts use them (cli/handlers_data)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_runs import run, run_json


def test_search_json_has_total_and_hits_best_first(capsys, db_path: Path) -> None:
    for name, phone in (("张三丰", "13900001111"), ("张三", "13812348000"), ("李四", "13700000000")):
        run_json(capsys, "--db", str(db_path), "customer", "add", "--name", name, "--phone", phone)
    result = run_json(capsys, "--db", str(db_path), "search", "zs")
    assert result["total"] == 2
    assert [h["name"] for h in result["hits"]] == ["张三", "张三丰"]
    assert {"id", "customer_no", "name", "phone", "city"} <= result["hits"][0].keys()
    tail = run_json(capsys, "--db", str(db_path), "search", "8000")
    assert [h["name"] for h in tail["hits"]] == ["张三"]


def test_search_says_how_many_phones_end_in_the_digits_and_what_else_matched(capsys, db_path: Path) -> None:
    for name, phone, postcode in (("张三", "13812348000", ""), ("李四", "13700000000", "618000")):
        run_json(
            capsys, "--db", str(db_path), "customer", "add", "--name", name, "--phone", phone, "--postcode", postcode
        )
    code, out, _ = run(capsys, "--db", str(db_path), "search", "8000")
    assert code == 0
    assert out.splitlines()[0] == "2 found (phone ending 1, postcode 1)"
    result = run_json(capsys, "--db", str(db_path), "search", "8000")
    assert result["matched"] == {"phone_tail": 1, "postcode": 1}
    assert [(h["name"], h["match"]) for h in result["hits"]] == [("张三", "phone_tail"), ("李四", "postcode")]


def test_stats_json_has_the_contract_keys(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "¥1,234.50", "--cost", "800")
    run_json(capsys, "--db", str(db_path), "interaction", "add", cid, "--kind", "complaint", "--summary", "茶叶受潮")
    run_json(capsys, "--db", str(db_path), "remind", cid, "--on", "2026-12-01", "--title", "回访")
    stats = run_json(capsys, "--db", str(db_path), "stats")
    assert (stats["customers"], stats["purchases"], stats["interactions"], stats["open_reminders"]) == (1, 1, 1, 1)
    assert stats["revenue_cents"] == 123450 and isinstance(stats["revenue_cents"], int)
