"""The analysis commands as scripts use them (cli/handlers_analysis): segments, clv and the
grown stats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.cli import main
from tests.cli.cli_runs import run, run_json


@pytest.fixture
def shop(capsys, db_path: Path) -> Path:
    run_json(capsys, "--db", str(db_path), "demo", "--customers", "200", "--seed", "4")
    return db_path


def test_segments_json_counts_every_customer_once_per_dimension(capsys, shop: Path) -> None:
    data = run_json(capsys, "--db", str(shop), "segments")
    assert set(data["segments"]) == {"tier", "rfm", "age", "income", "lifecycle", "churn"}
    for dimension in ("tier", "age", "income", "lifecycle"):
        assert sum(row["count"] for row in data["segments"][dimension].values()) == data["customers"] == 200
    tiers = data["segments"]["tier"]
    assert list(tiers) == ["high", "medium", "none", "loss"]
    assert sum(row["profit_cents"] for row in tiers.values()) == data["profit_cents"]
    assert {"name", "label", "count", "profit_cents", "revenue_cents", "profit_share"} <= set(tiers["high"])


def test_clv_json_has_the_contract_keys(capsys, shop: Path) -> None:
    data = run_json(capsys, "--db", str(shop), "clv")
    assert {"params", "gamma_gamma", "log_likelihood"} <= set(data)
    assert "customers" not in data
    assert set(data["params"]) == {"r", "alpha", "a", "b", "time_unit"}
    assert data["params"]["time_unit"] == "days"
    assert {"p", "q", "gamma"} <= set(data["gamma_gamma"])
    assert all(v > 0 for k, v in data["params"].items() if k != "time_unit")
    assert data["log_likelihood"] < 0
    assert data["basis"] == "model"


def test_clv_customers_follow_the_conventions(capsys, shop: Path) -> None:
    as_of = dt.date.today() - dt.timedelta(days=30)
    data = run_json(capsys, "--db", str(shop), "clv", "--customers", "--as-of", as_of.isoformat(), "--days", "30")
    rows = data["customers"]
    assert rows and len(rows) == data["customers_fitted"]
    first = rows[0]
    assert {"id", "x", "t_x", "T", "p_alive", "expected_purchases", "clv"} <= set(first)
    for row in rows:
        assert 0 <= row["t_x"] <= row["T"]
        assert 0 <= row["p_alive"] <= 1
        assert row["expected_purchases"] >= 0
        assert isinstance(row["clv"], int)  # cents
        if row["x"] == 0:
            assert row["t_x"] == 0 and row["p_alive"] == 1.0
    # T runs from the first purchase day to --as-of: check one customer against his purchases.
    shown = run_json(capsys, "--db", str(shop), "customer", "show", str(first["id"]))
    days = sorted({p["date"] for p in shown.get("purchases", []) if p["date"] <= as_of.isoformat()})
    if days:
        assert first["T"] == (as_of - dt.date.fromisoformat(days[0])).days


def test_clv_without_history_says_it_used_rules(capsys, db_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    data = run_json(capsys, "--db", str(db_path), "clv")
    assert data["params"] is None and data["gamma_gamma"] is None and data["log_likelihood"] is None
    assert data["basis"] == "rule"
    assert "Too little history" in data["basis_reason"]


def test_stats_json_keeps_its_keys_and_grows_segments_and_kpis(capsys, shop: Path) -> None:
    data = run_json(capsys, "--db", str(shop), "stats")
    assert {"customers", "purchases", "interactions", "open_reminders"} <= set(data)
    assert data["customers"] == 200
    assert sum(data["segments"]["tier"].values()) == 200
    months = data["kpis"]["months"]
    assert len(months) == 12
    assert {"new", "new_rate", "churned", "churn_rate", "upgraded", "downgraded", "avg_profit_cents"} <= set(months[0])
    assert set(data["kpis"]["by_tier"]) == {"high", "medium", "none", "loss"}


def test_help_states_the_conventions(capsys) -> None:
    assert main(["clv", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "calendar day" in text and "first purchase day is not a repeat" in text
    assert "up to and including --as-of" in text and "alpha is in days" in text
    assert "mean spend per repeat purchase day" in text


def test_a_bad_as_of_date_is_one_sentence(capsys, shop: Path) -> None:
    code, out, err = run(capsys, "--db", str(shop), "clv", "--as-of", "yesterday")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "2024-03-01" in err
