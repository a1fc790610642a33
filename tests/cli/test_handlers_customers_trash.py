"""customer delete / restore / purge: the JSON keys and sentences scripts rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.cli import main


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str]:
    code = main(["--db", str(db_path), *argv])
    out, _err = capsys.readouterr()
    return code, out


def test_delete_restore_and_purge_report_what_they_did(capsys, db_path: Path) -> None:
    _, out = run(capsys, db_path, "customer", "add", "--name", "张三", "--json")
    cid = str(json.loads(out)["customer"]["id"])
    assert run(capsys, db_path, "customer", "delete", cid) == (0, "Moved 1 customer(s) to the trash.\n")
    restored = json.dumps({"restored": [int(cid)]}) + "\n"
    assert run(capsys, db_path, "customer", "restore", cid, "--json") == (0, restored)
    run(capsys, db_path, "customer", "delete", cid)
    assert run(capsys, db_path, "customer", "purge", cid, "--json") == (0, '{"purged": 1}\n')
    assert run(capsys, db_path, "customer", "purge", cid) == (1, "")  # gone: one sentence on stderr


@pytest.mark.parametrize(
    "argv",
    [
        ("purchase", "add", "{id}", "--amount", "12"),
        ("remind", "{id}", "--on", "2030-12-01", "--title", "回访"),
        ("customer", "assign", "{id}", "--staff", "小王"),
    ],
)
def test_a_customer_in_the_trash_is_said_to_be_there_with_the_way_back(
    capsys, db_path: Path, argv: tuple[str, ...]
) -> None:
    _, out = run(capsys, db_path, "customer", "add", "--name", "张三", "--json")
    cid = str(json.loads(out)["customer"]["id"])
    run(capsys, db_path, "customer", "delete", cid)
    code = main(["--db", str(db_path), *(a.format(id=cid) for a in argv)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == (
        f"smallcrm: Customer {cid} (张三) is in the trash; restore it first "
        f"(Customers ▸ Trash in the window, or: smallcrm customer restore {cid}).\n"
    )
    assert run(capsys, db_path, "customer", "restore", cid)[0] == 0
    assert main(["--db", str(db_path), *(a.format(id=cid) for a in argv)]) == 0
