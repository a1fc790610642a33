"""The CLI as scripts use it: exit codes, one JSON object, one-sentence errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from smallcrm.cli import main
from smallcrm.domain.values.birthdays import Birthday
from tests.birthday_forms import stored_birthdays


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    assert out.count("\n") == 1, "exactly one JSON object on one line"
    return json.loads(out)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_customer_add_then_show_returns_the_same_customer(capsys, db_path: Path) -> None:
    added = run_json(
        capsys,
        "--db",
        str(db_path),
        "customer",
        "add",
        "--name",
        "张三",
        "--phone",
        "138 1234 5678",
        "--birthday",
        "农历八月十五",
        "--city",
        "成都市",
        "--tags",
        "VIP,老客户",
    )["customer"]
    shown = run_json(capsys, "--db", str(db_path), "customer", "show", str(added["id"]))["customer"]
    assert shown["name"] == "张三"
    assert shown["phone"] == "138 1234 5678"
    assert shown["phone_norm"] == "+8613812345678"
    assert shown["birthday"]["calendar"] == "lunar"
    assert shown["tags"] == ["VIP", "老客户"]
    assert shown["customer_no"] == "C000001"


def test_db_option_is_accepted_after_the_command_too(capsys, db_path: Path) -> None:
    run_json(capsys, "customer", "add", "--name", "李四", "--db", str(db_path))
    assert run_json(capsys, "stats", "--db", str(db_path))["customers"] == 1


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


POLYPHONE_NAME = ("行长乐重曾传朝调都还" * 20)[:200]


def test_a_200_character_name_of_polyphones_is_added_and_found(capsys, db_path: Path) -> None:
    # Each combination of readings was indexed: the command never came back.
    added = run_json(capsys, "--db", str(db_path), "customer", "add", "--name", POLYPHONE_NAME)["customer"]
    assert added["name"] == POLYPHONE_NAME
    assert [h["id"] for h in run_json(capsys, "--db", str(db_path), "search", "xingzhangle")["hits"]] == [added["id"]]


def test_a_name_too_long_is_one_sentence_and_adds_nobody(capsys, crm: Path) -> None:
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张" * 5000)
    assert code == 1
    assert out == ""
    assert err.strip() == "smallcrm: The text is longer than 200 characters (column name)."
    assert run_json(capsys, "--db", str(crm), "stats")["customers"] == 0


def test_stats_json_has_the_contract_keys(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "¥1,234.50", "--cost", "800")
    run_json(capsys, "--db", str(db_path), "interaction", "add", cid, "--kind", "complaint", "--summary", "茶叶受潮")
    run_json(capsys, "--db", str(db_path), "remind", cid, "--on", "2026-12-01", "--title", "回访")
    stats = run_json(capsys, "--db", str(db_path), "stats")
    assert (stats["customers"], stats["purchases"], stats["interactions"], stats["open_reminders"]) == (1, 1, 1, 1)
    assert stats["revenue_cents"] == 123450 and isinstance(stats["revenue_cents"], int)


def test_a_purchase_by_weight_keeps_its_quantity_and_json_keeps_whole_ones_integers(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])

    tea = run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "120", "--quantity", "1.5")
    cup = run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "30", "--quantity", "2")

    assert tea["purchase"]["quantity"] == 1.5 and cup["purchase"]["quantity"] == 2
    assert isinstance(cup["purchase"]["quantity"], int)  # as before quantities could be decimal
    code, out, _ = run(capsys, "--db", str(db_path), "purchase", "list", cid)
    assert code == 0 and " x1.5 " in out and " x2 " in out


def test_unknown_id_is_one_sentence_on_stderr_and_nonzero(capsys, db_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")
    code, out, err = run(capsys, "--db", str(db_path), "customer", "show", "42")
    assert code == 1
    assert out == ""
    assert err.strip() == "smallcrm: There is no customer with id 42."


def test_malformed_date_is_refused_and_changes_nothing(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    code, _, err = run(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "10", "--date", "2026-02-30")
    assert code == 1
    assert "2026-02-30 is not a valid date" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert run_json(capsys, "--db", str(db_path), "stats")["purchases"] == 0


def test_bad_birthday_in_edit_leaves_the_customer_unchanged(capsys, db_path: Path) -> None:
    cid = str(
        run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五", "--city", "北京市")["customer"][
            "id"
        ]
    )
    code, _, err = run(
        capsys, "--db", str(db_path), "customer", "edit", cid, "--set", "city=上海市", "--set", "birthday=1985年2月30日"
    )
    assert code == 1 and "not a valid date" in err
    assert run_json(capsys, "--db", str(db_path), "customer", "show", cid)["customer"]["city"] == "北京市"


def test_unreadable_database_file_is_refused_and_left_alone(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is a shopping list, not a database\n" * 50, encoding="utf-8")
    before = digest(bad)
    code, out, err = run(capsys, "--db", str(bad), "stats", "--json")
    assert code == 1
    assert out == ""
    assert "not a SmallCRM database" in err and err.count("\n") == 1
    assert digest(bad) == before


def test_usage_mistakes_are_one_sentence_with_exit_2(capsys, db_path: Path) -> None:
    code, _out, err = run(capsys, "--db", str(db_path), "search", "x", "--limit", "many")
    assert code == 2
    assert err.count("\n") == 1 and "--limit" in err and "not a whole number" in err


def test_delete_then_restore_brings_the_customer_back(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "赵六")["customer"]["id"])
    assert run_json(capsys, "--db", str(db_path), "customer", "delete", cid)["deleted"] == [int(cid)]
    assert run_json(capsys, "--db", str(db_path), "search", "赵六")["total"] == 0
    assert [c["name"] for c in run_json(capsys, "--db", str(db_path), "trash")["customers"]] == ["赵六"]
    run_json(capsys, "--db", str(db_path), "customer", "restore", cid)
    assert run_json(capsys, "--db", str(db_path), "search", "赵六")["total"] == 1


def test_duplicate_phone_is_refused_unless_allowed(capsys, db_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--phone", "13812345678")
    code, _, err = run(
        capsys, "--db", str(db_path), "customer", "add", "--name", "张叁", "--phone", "+86 138-1234-5678"
    )
    assert code == 1 and "already exists" in err
    run_json(
        capsys,
        "--db",
        str(db_path),
        "customer",
        "add",
        "--name",
        "张叁",
        "--phone",
        "+86 138-1234-5678",
        "--allow-duplicate",
    )
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 2


def test_reminder_done_logs_outcome_and_schedules_the_next(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")["customer"]["id"])
    rid = str(
        run_json(
            capsys,
            "--db",
            str(db_path),
            "remind",
            cid,
            "--on",
            "2026-01-31",
            "--title",
            "回访",
            "--every",
            "1",
            "months",
        )["reminder"]["id"]
    )
    done = run_json(capsys, "--db", str(db_path), "reminder", "done", rid, "--outcome", "很满意")
    assert done["reminder"]["status"] == "done"
    assert done["next"]["due"] == "2026-02-28"
    logged = run_json(capsys, "--db", str(db_path), "interaction", "list", cid)["interactions"]
    assert "很满意" in logged[0]["summary"]
    due = run_json(capsys, "--db", str(db_path), "reminders", "--today", "2026-02-27")["reminders"]
    assert [r["due"] for r in due] == ["2026-02-28"]


def test_backup_then_restore_returns_to_the_backed_up_state(capsys, db_path: Path, tmp_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    copy = tmp_path / "copy.db"
    assert run_json(capsys, "--db", str(db_path), "backup", str(copy))["backup"] == str(copy)
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "李四")
    restored = run_json(capsys, "--db", str(db_path), "restore", str(copy))
    assert Path(restored["previous_kept_as"]).exists()
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 1


def test_python_dash_m_runs_the_cli(db_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(db_path), "customer", "add", "--name", "张三", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["customer"]["id"] == 1


def test_in_a_chinese_locale_errors_are_chinese_sentences(
    capsys, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMALLCRM_LANG", "zh_CN")
    code, out, err = run(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--birthday", "1985-02-30")
    assert code == 1 and out == ""
    assert err.startswith("smallcrm: ") and err.count("\n") == 1
    message = err.removeprefix("smallcrm: ")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message  # Chinese words, not the English template
    assert "1985-02-30" in message  # what was typed is still quoted back


def test_the_language_follows_the_environment_like_gettext() -> None:
    from smallcrm.cli.i18n import language

    assert language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert language({"LANG": "zh_TW.UTF-8"}) == "zh_CN"  # the only Chinese there is
    assert language({}) == "en"
    assert language({"SMALLCRM_LANG": "zh_CN", "LANG": "C"}) == "zh_CN"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(b=stored_birthdays())
def test_every_stored_birthday_reads_back_through_set_birthday(capsys, db_path: Path, b: Birthday) -> None:
    """Issue 15.1: the text 'customer show' gives for a birthday, set again with
    --set birthday=, stores the same birthday."""
    if not db_path.exists():
        run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", f"birthday={b.to_text()}")
    shown = run_json(capsys, "--db", str(db_path), "customer", "show", "1")["customer"]["birthday"]
    assert Birthday.from_dict(shown) == b
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", "birthday=")
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", f"birthday={shown['text']}")
    again = run_json(capsys, "--db", str(db_path), "customer", "show", "1")["customer"]["birthday"]
    assert Birthday.from_dict(again) == b


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--phone", "12345", "12345 is not a complete phone number for region CN"),
        ("--email", "foo@", "foo@ is not an email address; write it like name@example.com"),
        ("--postcode", "61004", "61004 is not a postcode; a postcode in China has six digits"),
        ("--gender", "xyz", "xyz is not a gender (M or F)"),
    ],
)
def test_a_value_the_form_refuses_is_refused_in_one_sentence_and_nothing_is_added(
    capsys, crm: Path, option: str, value: str, message: str
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张三", option, value)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and message in err
    assert run_json(capsys, "--db", str(crm), "stats")["customers"] == 0


def test_the_cli_stores_what_the_form_stores(capsys, db_path: Path) -> None:
    added = run_json(
        capsys,
        *("--db", str(db_path), "customer", "add", "--name", "张三", "--gender", "男性"),
        *("--email", "ｚｈａｎｇ＠１６３．ｃｏｍ", "--postcode", "610 041", "--income-band", "1万-2万"),
    )["customer"]
    assert (added["gender"], added["email"], added["postcode"], added["income_band"]) == (
        "M",
        "zhang@163.com",
        "610041",
        "1-2万",
    )


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-50", "The amount -50 is negative; to record money paid back, mark the purchase as a refund."),
        ("", "A purchase needs an amount."),  # was " is not an amount of money."
        ("  ", "A purchase needs an amount."),
    ],
)
def test_a_negative_or_empty_amount_is_refused_saying_what_is_wrong(
    capsys, db_path: Path, amount: str, message: str
) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    code, out, err = run(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", amount)
    assert (code, out) == (1, "")
    assert err.startswith("smallcrm: " + message.rstrip("."))
    assert run_json(capsys, "--db", str(db_path), "stats")["purchases"] == 0


def test_a_refund_is_recorded_when_said_so(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    p = run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "50", "--refund")["purchase"]
    assert (p["amount_cents"], p["refund"]) == (-5000, True)
    edited = run_json(capsys, "--db", str(db_path), "purchase", "edit", str(p["id"]), "--set", "refund=no")
    assert (edited["purchase"]["amount_cents"], edited["purchase"]["refund"]) == (5000, False)
