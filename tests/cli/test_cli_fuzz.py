"""Every subcommand, driven with generated arguments, ends cleanly: exit 0 (it worked),
1 (the user's input or file is wrong) or 2 (a malformed command line), and never
"Internal error".

The commands and their options are read from the CLI's own parser, so a command added
later is fuzzed too. Arguments mix values a command expects (ids of existing records,
dates, files of the right kind) with the odd ones a fuzzer found (ids beyond SQLite's
integers, digits of other scripts, dates at the calendar's end, deep JSON, folders,
devices and /proc paths as output files). Each example runs in-process on a fresh copy
of a small shop, for speed; the cases that could hang (pipes) are in
test_cli_odd_arguments.py, in subprocesses with a timeout.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.cli import build_parser, main

# Values that broke commands before, and their neighbours.
ODD = [
    "",
    " ",
    "0",
    "1",
    "2",
    "-1",
    "١",
    "+5",
    "1_000",
    " 7",
    "1.5",
    "1e999",
    "NaN",
    "99999999999999999999",
    "9223372036854775807",
    "9223372036854775808",
    "9999-12-31",
    "0001-01-01",
    "2024-02-30",
    "2024-03-01",
    "农历八月十五",
    "tomorrow",
    "+99999999",
    "tier:high",
    "custom:",
    "a=b",
    "=",
    "'; DROP TABLE customer; --",
    "\udcff\udcfe",  # bytes that are not UTF-8, as Python hands them over from argv
    "张三" * 40,
]
DAYS = ["2024-03-01", "2026-09-22", "9999-12-31", "0001-01-01", "1900-12-31", "2099-01-01", "2024-02-30", "x"]
DEEP = ['{"not": ' * 3000 + '{"tag": "VIP"}' + "}" * 3000, "[" * 50000 + "]" * 50000]
JSON = [
    '{"tag": "VIP"}',
    '{"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"}]}',
    '{"field": "city", "op": "in", "value": 5}',
    '{"name": "S", "paper": "A4", "rows": 7, "columns": 3, "label_width": 63.5, "label_height": 38.1, '
    '"top": 15, "left": 7, "pitch_x": 66, "pitch_y": 38.1}',
    '{"name": "S", "rows": 99999999999999999999}',
    '{"name": "S", "label_width": NaN}',
    "[]",
    "null",
    "{",
    *DEEP,
]
DAY_OPTIONS = {"--today", "--as-of", "--date", "--on", "--to", "--at", "--year", "--churned-on", "--birthday", "--day"}
JSON_OPTIONS = {"--filter", "--save-template"}
PATH_NAMES = {"out", "file"}
ID_NAMES = {"id", "ids", "customer_id", "keep_id", "other_id", "a_id", "b_id", "merge_id", "batch", "--ids",
            "--mailing", "--customer", "sale_id"}  # fmt: skip
NUMBER_OPTIONS = {"--limit", "--offset", "--skip", "--days", "--header-row", "--seed"}
# The counter's values: money in yuan, sale lines (a product, a quantity, a price), the
# lines of a sale coming back, payment methods, barcodes.
MONEY_OPTIONS = {"--price", "--cost", "--discount"}
MONEY = ["68", "¥1,234.50", "0", "0.01", "-1", "1.234", "1e999", "(5)", "abc", "99999999999999999999"]
SALE_LINES = ["铁观音", "铁观音:2", "6901234567892:1.5", "#1", "#2:3:10", "瓜子::30", "修拉链:1:15", "修拉链",
              "铁观音:0", "铁观音:-1", "铁观音:2:abc", "铁观音:1.2345", "#99", "a:b:c", ":", "1", "1:1", "2:0.5",
              "3:abc", "1:99999999999", "铁观音:1e999:1e999"]  # fmt: skip
PAYMENTS = ["cash", "wechat", "微信", "alipay", "card", "other", "储值", "stored_value", "bitcoin"]
BARCODES = ["6901234567892", "6901", "ABC-1", "条码", "0" * 49]


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Command]:
    sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if sub is None:
        actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
        yield Command(
            path,
            tuple(a for a in actions if not a.option_strings),
            tuple(a for a in actions if a.option_strings and a.dest not in ("db", "json")),
        )
        return
    for name, child in sub.choices.items():
        yield from _commands(child, (*path, name))


COMMANDS = sorted(_commands(build_parser()), key=lambda c: c.path)


@dataclass(frozen=True)
class Place:
    """The example's folder: the shop, files to import, places to write to."""

    folder: Path

    @property
    def paths(self) -> list[str]:
        f = self.folder
        return [
            str(f / "out.pdf"),
            str(f / "out.xlsx"),
            str(f / "out.csv"),
            str(f / "out.vcf"),
            str(f / "out.db"),
            str(f / "customers.csv"),
            str(f / "purchases.csv"),
            str(f / "shop.db"),
            str(f / "a-folder"),
            str(f / "missing" / "out.pdf"),
            str(f / "device"),  # a device node of its own when run as root (never the system's /dev/null)
            "/proc/smallcrm-fuzz.pdf",
        ]


def _value(action: argparse.Action, place: Place) -> st.SearchStrategy[str]:
    name = action.option_strings[0] if action.option_strings else action.dest
    odd = st.sampled_from(ODD) | st.text(max_size=12)
    if action.choices:
        return st.sampled_from([str(c) for c in action.choices]) | odd
    if name in JSON_OPTIONS:
        return st.sampled_from(JSON) | odd
    if name in DAY_OPTIONS:
        return st.sampled_from(DAYS) | odd
    if name in PATH_NAMES or name == "--report":
        return st.sampled_from(place.paths) | odd.filter(lambda t: "/" not in t)
    if name in ID_NAMES:
        return st.sampled_from(["1", "2", "3", "1,2", "99", "1,99999999999999999999"]) | odd
    if name in MONEY_OPTIONS:
        return st.sampled_from(MONEY) | odd
    if name == "--line":
        return st.sampled_from(SALE_LINES) | odd
    if name == "--pay":
        return st.sampled_from(PAYMENTS) | odd
    if name == "--barcode":
        return st.sampled_from(BARCODES) | odd
    if name in NUMBER_OPTIONS or name == "--customers":
        # Small valid numbers only: `demo --customers 900000` is legal and merely slow.
        return st.integers(0, 30).map(str) | st.sampled_from(ODD)
    return odd


@st.composite
def _argv(draw: Any, command: Command, place: Place, complete: bool = False) -> list[str]:
    """A command line for ``command``; ``complete``: with every required option, and an
    option that may be repeated (a sale's --line) given up to three times, so that more
    of the lines reach the command itself rather than argparse."""
    argv = list(command.path)
    for action in command.positionals:
        if action.nargs == "?" and draw(st.booleans()):
            continue
        count = draw(st.integers(1, 3)) if action.nargs in ("+", "*") else 1
        argv += [draw(_value(action, place)) for _ in range(count)]
    for action in draw(st.lists(st.sampled_from(command.options), max_size=4, unique_by=id)) if command.options else []:
        option = action.option_strings[-1]
        if action.nargs == 0:
            argv.append(option)
        elif action.nargs == "+":
            argv += [option, *draw(st.lists(_value(action, place), min_size=1, max_size=2))]
        else:
            repeats = draw(st.integers(1, 3)) if complete and isinstance(action, argparse._AppendAction) else 1
            for _ in range(repeats):
                argv += [option, draw(_value(action, place))]
    # Required options a command cannot do without, given half the time, so that the
    # command itself (not only argparse) meets the odd values.
    for action in command.options:
        if action.required and action.option_strings[-1] not in argv and (complete or draw(st.booleans())):
            argv += [action.option_strings[-1], draw(_value(action, place))]
    if draw(st.booleans()):
        argv.append("--json")
    return argv


@pytest.fixture(scope="module")
def shop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small shop with a record of every kind, so ids 1 and 2 exist."""
    folder = tmp_path_factory.mktemp("fuzz-template")
    db = folder / "shop.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMALLCRM_HOME", str(folder / "home"))
        steps = [
            ["customer", "add", "--name", "张三", "--phone", "13812345678", "--city", "成都市", "--street", "人民路1号",
             "--postcode", "610041", "--mail-consent", "yes", "--tags", "VIP", "--birthday", "农历八月十五"],
            ["customer", "add", "--name", "李四", "--phone", "13912345678", "--staff", "小王"],
            ["customer", "add", "--name", "王五", "--phone", "13712345678"],
            ["purchase", "add", "1", "--amount", "1234.50", "--cost", "800", "--date", "2024-03-01"],
            ["purchase", "add", "2", "--amount", "99", "--date", "2025-06-01"],
            ["interaction", "add", "1", "--kind", "complaint", "--summary", "受潮"],
            ["remind", "1", "--on", "2026-12-01", "--title", "回访", "--every", "1", "months"],
            ["remind", "2", "--on", "2026-12-02", "--title", "问候"],
            ["festival", "add", "--name", "店庆", "--on", "11-11"],
            ["segment", "save", "vip", "--filter", '{"tag": "VIP"}'],
            ["product", "add", "--name", "铁观音", "--price", "68", "--cost", "40", "--unit", "盒",
             "--barcode", "6901234567892", "--category", "茶叶"],
            ["product", "add", "--name", "瓜子", "--price", "33.33", "--cost", "20", "--unit", "斤"],
            ["product", "add", "--name", "理发", "--price", "30", "--cost", "0", "--kind", "service"],
            ["product", "retire", "3"],
            ["sale", "add", "1", "--line", "铁观音:2", "--line", "瓜子:1.5", "--line", "修拉链:1:15",
             "--pay", "wechat"],
            ["sale", "add", "--walk-in", "--line", "#1", "--staff", "小王"],
            ["sale", "return", "1", "--line", "3:1", "--reason", "受潮"],
            ["sale", "add", "2", "--line", "瓜子"],
            ["sale", "void", "4", "--reason", "按错"],
            ["customer", "delete", "3"],
        ]  # fmt: skip
        for argv in steps:
            assert main(["--db", str(db), *argv]) == 0, argv
    (folder / "customers.csv").write_text("姓名,手机,城市\n赵六,13612345678,成都市\n", encoding="utf-8")
    (folder / "purchases.csv").write_text("手机,日期,金额\n13812345678,2024-05-01,¥88\n", encoding="utf-8")
    return folder


def _one_example(
    place: Place, command: Command, data: st.DataObject, capsys: pytest.CaptureFixture[str], complete: bool = False
) -> None:
    """Run one generated command line on a fresh copy of the shop and check how it ended."""
    argv = data.draw(_argv(command, place, complete), label="argv")

    code = main(["--db", str(place.folder / "shop.db"), *argv])

    _, err = capsys.readouterr()
    device = place.folder / "device"
    assert not device.exists() or stat.S_ISCHR(device.stat().st_mode), "a device was replaced by a file"
    assert code in (0, 1, 2), err
    assert "Internal error" not in err
    if code:
        assert err.startswith("smallcrm: ")


@pytest.fixture
def place(tmp_path: Path) -> Place:
    """Where the examples run, each on a fresh copy of the shop (:func:`fresh_place`)."""
    return Place(tmp_path / "work")


def fresh_place(place: Place, shop_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh copy of the small shop, a folder and a device to write to, for one example."""
    if place.folder.exists():
        shutil.rmtree(place.folder)
    shutil.copytree(shop_template, place.folder, ignore=shutil.ignore_patterns("home"))
    (place.folder / "a-folder").mkdir()
    with contextlib.suppress(AttributeError, OSError):
        os.mknod(place.folder / "device", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    monkeypatch.chdir(place.folder)  # a generated relative file name lands here


FUZZ_SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@settings(FUZZ_SETTINGS, max_examples=120)
@given(data=st.data())
def test_every_command_ends_with_exit_0_1_or_2_and_never_an_internal_error(
    capsys: pytest.CaptureFixture[str],
    place: Place,
    shop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: Any,
    data: st.DataObject,
) -> None:
    fresh_place(place, shop_template, monkeypatch)
    command = data.draw(st.sampled_from(COMMANDS), label="command")
    _one_example(place, command, data, capsys)


COUNTER = [c for c in COMMANDS if c.path[0] in ("product", "sale")]


@settings(FUZZ_SETTINGS, max_examples=200)
@given(data=st.data())
def test_every_counter_command_ends_with_exit_0_1_or_2_and_never_an_internal_error(
    capsys: pytest.CaptureFixture[str],
    place: Place,
    shop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: st.DataObject,
) -> None:
    """The counter's commands, more often than among all the others: their values
    (money, sale lines, lines coming back) are the ones a cashier's script types."""
    fresh_place(place, shop_template, monkeypatch)
    command = data.draw(st.sampled_from(COUNTER), label="command")
    _one_example(place, command, data, capsys, complete=True)


def test_the_fuzzer_knows_every_command() -> None:
    names = {" ".join(c.path) for c in COMMANDS}
    assert {"customer add", "import", "labels", "segment save", "reminder done", "festival add"} <= names
    assert {"product add", "product edit", "product retire", "sale add", "sale return", "sale void"} <= names
