"""Odd arguments are clean mistakes (exit 1 or 2, one sentence), never internal errors:
the cases a fuzzer found, each as it was reported, and the help, --version and stats
a person reads."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smallcrm.cli import build_parser
from tests.cli.cli_runs import run


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], crm: Path) -> Path:
    """Customer 1 (with a purchase) and customer 2."""
    for name in ("张三", "李四"):
        assert run(capsys, "--db", str(crm), "customer", "add", "--name", name)[0] == 0
    assert run(capsys, "--db", str(crm), "purchase", "add", "1", "--amount", "1234.50", "--cost", "800")[0] == 0
    return crm


def _one_sentence(err: str) -> None:
    assert err.startswith("smallcrm: ") and err.count("\n") == 1, err
    assert "Internal error" not in err


@pytest.mark.parametrize("typed", ["١", "+5", "1_000", " 7", "7 ", "-1", "1.0", "٣", "99999999999999999999"])
def test_an_id_is_ascii_digits_only(capsys: pytest.CaptureFixture[str], shop: Path, typed: str) -> None:
    code, out, err = run(capsys, "--db", str(shop), "customer", "delete", typed)
    assert code == 2 and out == ""
    _one_sentence(err)
    assert json.loads(run(capsys, "--db", str(shop), "trash", "--json")[1])["customers"] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["customer", "show", "99999999999999999999"],
        ["purchase", "list", "99999999999999999999"],
        ["reminder", "done", "9223372036854775808"],
        ["mailing-list", "x.csv", "--mailing", "99999999999999999999"],
        ["export", "x.csv", "--ids", "1,99999999999999999999"],
        ["search", "x", "--limit", "99999999999999999999"],
        ["imports", "--limit", "99999999999999999999"],
        ["duplicates", "--limit", "-1"],
        ["demo", "--customers", "99999999999999999999"],
        ["import", "x.csv", "--header-row", "-1"],
        ["import", "x.csv", "--header-row", "0"],
        ["labels", "x.pdf", "--template", "Avery L7160", "--skip", "+1"],
    ],
)
def test_a_number_beyond_its_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", str(shop), *argv)
    assert code == 2 and out == ""
    _one_sentence(err)


@pytest.mark.parametrize(
    "argv",
    [
        ["segments", "--as-of", "9999-12-31"],
        ["segments", "--as-of", "0001-01-01"],
        ["clv", "--as-of", "9999-12-31"],
        ["segment", "show", "tier:high", "--as-of", "9999-12-31"],
        ["reminders", "--today", "9999-12-31"],
        ["reminders", "--today", "0001-01-01"],
        ["remind", "1", "--on", "tomorrow", "--title", "x", "--today", "9999-12-31"],
    ],
)
def test_a_day_at_the_calendars_end_is_one_sentence(
    capsys: pytest.CaptureFixture[str], shop: Path, argv: list[str]
) -> None:
    code, out, err = run(capsys, "--db", str(shop), *argv)
    assert code == 1 and out == ""
    _one_sentence(err)
    assert "calendar" in err


def test_a_deeply_nested_filter_is_refused_not_a_recursion_error(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    deep = '{"not": ' * 5000 + '{"tag": "VIP"}' + "}" * 5000
    code, _, err = run(capsys, "--db", str(shop), "segment", "save", "deep", "--filter", deep)
    assert code == 2
    _one_sentence(err)
    assert "nests deeper" in err
    nested = "[" * 100 + "]" * 100
    code, _, err = run(capsys, "--db", str(shop), "labels", "--save-template", nested)
    assert code == 2 and "nests deeper" in err


def test_a_filter_a_few_levels_deep_is_still_saved(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    filter_json = json.dumps({"all": [{"not": {"not": {"tag": "VIP"}}}, {"field": "city", "op": "empty"}]})
    code, _, err = run(capsys, "--db", str(shop), "segment", "save", "plain", "--filter", filter_json)
    assert code == 0, err


@pytest.mark.parametrize("command", ["labels", "envelopes", "mailing-list"])
@pytest.mark.parametrize("target", ["folder", "device", "/proc/smallcrm-test.pdf"])
def test_printing_to_a_folder_a_device_or_proc_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
    shop: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    command: str,
    target: str,
) -> None:
    if target.startswith("/") and not Path(target).parent.exists():
        pytest.skip("no such system folder here")
    if target == "device":
        target = str(request.getfixturevalue("device"))
    run(capsys, "--db", str(shop), "customer", "edit", "1", "--set", "city=成都市", "--set", "street=人民路1号",
        "--set", "postcode=610041", "--set", "mail_consent=yes")  # fmt: skip
    out = str(tmp_path) if target == "folder" else target
    extra = {"labels": ["--template", "Avery L7160"], "envelopes": ["--size", "DL"], "mailing-list": []}[command]
    if command == "mailing-list" and target == "folder":
        out = str(tmp_path / "list.pdf")
        (tmp_path / "list.pdf").mkdir()
    code, _, err = run(capsys, "--db", str(shop), command, out, *extra)
    assert code in (1, 2)  # 2: mailing-list's file must end in .xlsx, .csv, .vcf or .pdf
    _one_sentence(err)
    if target.endswith("device"):
        assert stat.S_ISCHR(os.stat(out).st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
@pytest.mark.parametrize(
    "argv",
    [
        ["import", "FIFO"],
        ["backup", "FIFO"],
        ["export", "FIFO.csv"],
        ["labels", "FIFO.pdf", "--template", "Avery L7160"],
    ],
)
def test_a_pipe_is_refused_at_once_and_stays_a_pipe(shop: Path, tmp_path: Path, argv: list[str]) -> None:
    """In a subprocess with a timeout: opening a FIFO waits for a writer for ever."""
    fifo = tmp_path / argv[1].replace("FIFO", "pipe")
    os.mkfifo(fifo)
    argv = [argv[0], str(fifo), *argv[2:]]
    env = {**os.environ, "SMALLCRM_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(shop), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 1, done.stderr
    _one_sentence(done.stderr)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_reader_that_stops_reading_ends_the_command_quietly(shop: Path) -> None:
    """``smallcrm duplicates | head``: the pipe is closed before the output is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "smallcrm", "--db", str(shop), "search", "张"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "SMALLCRM_LANG": "en"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert err == ""


def test_a_staff_member_typed_in_other_digits_is_a_name_not_an_id(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path
) -> None:
    """Staff 1 (小王, customer 2's) is not '١'."""
    run(capsys, "--db", str(shop), "customer", "edit", "2", "--set", "staff=小王")
    code, _, err = run(capsys, "--db", str(shop), "mailing-list", str(tmp_path / "list.csv"), "--staff", "١")
    assert code == 1 and "There is no staff member ١" in err
    code, _, err = run(capsys, "--db", str(shop), "reminders", "--staff", "99999999999999999999")
    assert code == 1 and "There is no staff member" in err


@pytest.mark.parametrize(
    "failure",
    [
        "database or disk is full",
        "attempt to write a readonly database",
        "disk I/O error",
    ],
)
def test_the_database_failing_under_a_command_is_one_sentence(
    capsys: pytest.CaptureFixture[str], shop: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """As a full disk fails a COMMIT: SQLite rolls back by itself, and peewee's own
    ROLLBACK then fails too, hiding the first error under "no transaction is active"."""
    import sqlite3

    import peewee

    from smallcrm.domain.customers import commands

    def fails(*args: Any, **kwargs: Any) -> Any:
        try:
            raise sqlite3.OperationalError(failure)
        except sqlite3.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active") from None

    monkeypatch.setattr(commands, "create_customer", fails)
    code, out, err = run(capsys, "--db", str(shop), "customer", "add", "--name", "赵六")
    assert code == 1 and out == ""
    _one_sentence(err)
    assert str(shop) in err


def test_an_import_that_fills_the_database_changes_nothing_and_says_so(
    capsys: pytest.CaptureFixture[str], shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own limit on the file's size (max_page_count) gives the real SQLITE_FULL
    a full disk gives, half way through the import's transaction."""
    from smallcrm.domain import session

    sheet = tmp_path / "many.csv"
    rows = [f"顾客{i},139{i:08d},成都市,{'备注' * 40}" for i in range(3000)]
    sheet.write_text("姓名,手机,城市,备注\n" + "\n".join(rows) + "\n", encoding="utf-8")
    opened = session.open_crm

    def nearly_full(path: Any, **kwargs: Any) -> Any:
        database = opened(path, **kwargs)
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
        return database

    monkeypatch.setattr(session, "open_crm", nearly_full)
    code, out, err = run(capsys, "--db", str(shop), "import", str(sheet))
    assert code == 1 and out == ""
    _one_sentence(err)
    assert "disk is full" in err
    monkeypatch.setattr(session, "open_crm", opened)
    assert json.loads(run(capsys, "--db", str(shop), "stats", "--json")[1])["customers"] == 2


@pytest.mark.parametrize("command", [["backup"], ["export"], ["labels", "--template", "Avery L7160"]])
def test_a_device_is_never_replaced_by_a_file(
    capsys: pytest.CaptureFixture[str], shop: Path, device: Path, command: list[str]
) -> None:
    run(capsys, "--db", str(shop), "customer", "edit", "1", "--set", "city=成都市", "--set", "street=人民路1号",
        "--set", "postcode=610041", "--set", "mail_consent=yes")  # fmt: skip
    code, _, err = run(capsys, "--db", str(shop), command[0], str(device), *command[1:])
    assert code == 1
    _one_sentence(err)
    if command[0] != "export":  # export refuses the name first: it does not end in .xlsx or .csv
        assert "not a regular file" in err
    assert stat.S_ISCHR(os.stat(device).st_mode)


# -- what a person reads ---------------------------------------------------------------------


def test_stats_shows_money_in_yuan_under_a_label_that_says_so(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "stats")
    assert code == 0
    assert "Revenue (CNY): ¥1,234.50" in out and "Profit (CNY): ¥434.50" in out
    assert "_cents" not in out and "None" not in out
    data = json.loads(run(capsys, "--db", str(shop), "stats", "--json")[1])
    assert data["revenue_cents"] == 123450  # the JSON keeps its contract: integer cents


def test_stats_of_an_empty_shop_has_no_rate_of_none(capsys: pytest.CaptureFixture[str], crm: Path) -> None:
    code, out, _ = run(capsys, "--db", str(crm), "stats")
    assert code == 0 and "None" not in out and "rate" not in out
    assert "0 new, 0 lost" in out


def test_in_chinese_stats_and_help_are_chinese(
    capsys: pytest.CaptureFixture[str], shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMALLCRM_LANG", "zh_CN")
    out = run(capsys, "--db", str(shop), "stats")[1]
    assert "客户：2" in out and "收入（CNY）：¥1,234.50" in out
    out = run(capsys, "--help")[1]
    assert "用法：" in out and "添加一位客户" not in out and "查找客户" in out
    out = run(capsys, "customer", "add", "--help")[1]
    assert "添加一位客户。" in out and "显示这份帮助后退出" in out


def test_lang_chooses_the_language_of_the_command_line(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    assert "客户：2" in run(capsys, "--lang", "zh_CN", "--db", str(shop), "stats")[1]
    assert "Customers: 2" in run(capsys, "--lang", "en", "--db", str(shop), "stats")[1]


def _help_texts(parser: Any) -> list[str]:
    import argparse

    from smallcrm.cli import Phrases

    texts: list[str] = []
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            texts.extend(action.help.parts if isinstance(action.help, Phrases) else [action.help])
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts.extend(choice.help.parts if isinstance(choice.help, Phrases) else [choice.help])
            for sub in set(action.choices.values()):
                texts.extend(_help_texts(sub))
    if parser.description:
        d = parser.description
        texts.extend(d.parts if isinstance(d, Phrases) else [d])
    return texts


def test_every_help_text_has_its_chinese_translation() -> None:
    from smallcrm.cli import i18n

    translate = i18n.translator({"SMALLCRM_LANG": "zh_CN"})
    missing = sorted({t for t in _help_texts(build_parser()) if translate("CLI", t) == t and t.strip()})
    assert missing == [], "mark the help with QT_TRANSLATE_NOOP('CLI', ...) and translate it (README: Translations)"


def test_help_names_the_window_options_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    from smallcrm import __version__

    code, out, _ = run(capsys, "--help")
    assert code == 0
    for option in ("--demo", "--lang", "--self-test", "--quit-after-show", "--version"):
        assert option in out
    assert run(capsys, "--version")[:2] == (0, f"SmallCRM {__version__}\n")


def test_a_window_option_with_a_command_is_a_usage_error(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    code, _, err = run(capsys, "--db", str(shop), "--demo", "stats")
    assert code == 2 and "--demo is for the window" in err


def test_smallcrm_version_through_the_launcher(capsys: pytest.CaptureFixture[str]) -> None:
    from smallcrm import __version__
    from smallcrm.launch import main as launch

    assert launch(["--version"]) == 0
    assert capsys.readouterr().out == f"SmallCRM {__version__}\n"
