"""Purchases and interactions as scripts use them (cli/handlers_records)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_runs import run, run_json


def test_a_purchase_by_weight_keeps_its_quantity_and_json_keeps_whole_ones_integers(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])

    tea = run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "120", "--quantity", "1.5")
    cup = run_json(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "30", "--quantity", "2")

    assert tea["purchase"]["quantity"] == 1.5 and cup["purchase"]["quantity"] == 2
    assert isinstance(cup["purchase"]["quantity"], int)  # as before quantities could be decimal
    code, out, _ = run(capsys, "--db", str(db_path), "purchase", "list", cid)
    assert code == 0 and " x1.5 " in out and " x2 " in out


def test_malformed_date_is_refused_and_changes_nothing(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")["customer"]["id"])
    code, _, err = run(capsys, "--db", str(db_path), "purchase", "add", cid, "--amount", "10", "--date", "2026-02-30")
    assert code == 1
    assert "2026-02-30 is not a valid date" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert run_json(capsys, "--db", str(db_path), "stats")["purchases"] == 0


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
