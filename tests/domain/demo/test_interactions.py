"""The demo customers' contacts with the shop."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.demo.interactions import FIELDS, interaction_rows
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.records import interactions
from smallcrm.store.models import Interaction
from tests.domain.demo.conftest import TODAY


def test_interactions_cover_every_kind_with_chinese_summaries(demo: dict[str, int]) -> None:
    rows = list(Interaction.select())
    assert {i.kind for i in rows} <= set(interactions.KINDS)
    assert {"visit", "call", "message", "complaint", "feedback", "greeting"} <= {i.kind for i in rows}
    assert all(i.summary and any("\u4e00" <= ch <= "\u9fff" for ch in i.summary) for i in rows)
    assert all(1 <= i.satisfaction <= 5 for i in rows if i.kind == "feedback")
    complaints = [i for i in rows if i.kind == "complaint"]
    assert {i.status for i in complaints} == {"open", "resolved"}
    assert all((i.resolved_at is not None) == (i.status == "resolved") for i in complaints)
    assert all(i.at.date() <= TODAY for i in rows)


def _contacts(plan: Plan, seed: int) -> list[dict[str, Any]]:
    out: list[tuple[Any, ...]] = []
    interaction_rows(Run.start(seed, TODAY), plan, 7, [1, 2, 3], out)
    return [dict(zip((f.name for f in FIELDS), row, strict=True)) for row in out]


def test_customers_far_away_call_instead_of_visiting() -> None:
    far = Plan("regular", 0, 1000, 30, 1, "微信", 0, "张伟", "张", "M", True, local=False)
    kinds = {row["kind"] for seed in range(60) for row in _contacts(far, seed)}
    assert "call" in kinds and "visit" not in kinds


def test_a_customer_lost_by_the_shops_fault_complained_shortly_before_leaving() -> None:
    lost = Plan("regular", 0, 500, 10, 1, "门店", 0, "张伟", "张", "M", True, churned=True, churn_reason="fault")
    for seed in range(20):
        complaints = [row for row in _contacts(lost, seed) if row["kind"] == "complaint"]
        assert complaints
        assert all(row["resolved_at"] is None or row["resolved_at"] >= row["at"] for row in complaints)


def test_a_potential_customer_only_asked_a_question() -> None:
    potential = Plan("potential", 900, 900, 0, None, "微信", 0, "张伟", "张", "M", False)
    rows = [row for seed in range(30) for row in _contacts(potential, seed)]
    assert rows and {row["kind"] for row in rows} <= {"message", "call"}
    assert all(row["staff"] in (1, 2, 3) for row in rows)
