"""The generator's promises: the same seed and day give the same shop, another seed
another one, the counts it returns are the rows it wrote, and a cancelled run leaves
nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peewee import fn

from smallcrm import jobs
from smallcrm.domain.demo import generate
from smallcrm.domain.session import open_crm
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    Interaction,
    Product,
    Purchase,
    Reminder,
    Sale,
    Staff,
    Tag,
    UncountedLine,
)
from tests.domain.demo.conftest import TODAY, N

SNAPSHOT_COLUMNS = (
    Customer.customer_no, Customer.name, Customer.gender, Customer.phone, Customer.phone_norm, Customer.birth_calendar,
    Customer.birth_year, Customer.birth_month, Customer.birth_day, Customer.city, Customer.street, Customer.staff,
    Customer.churn_status, Customer.churned_on, Customer.created_at,
)  # fmt: skip


def snapshot() -> dict[str, Any]:
    """Everything the owner would see, without the ids of staff and tags' creation times."""
    return {
        "customers": list(Customer.select(*SNAPSHOT_COLUMNS).order_by(Customer.id).tuples()),
        "purchase_sums": list(
            Purchase.select(Purchase.customer, fn.SUM(Purchase.amount_cents), fn.SUM(Purchase.cost_cents))
            .group_by(Purchase.customer)
            .order_by(Purchase.customer)
            .tuples()
        ),
        "purchases": list(
            Purchase.select(Purchase.customer, Purchase.date, Purchase.item, Purchase.amount_cents)
            .order_by(Purchase.id)
            .tuples()
        ),
        "interactions": list(
            Interaction.select(Interaction.customer, Interaction.at, Interaction.kind, Interaction.summary)
            .order_by(Interaction.id)
            .tuples()
        ),
        "reminders": list(
            Reminder.select(Reminder.customer, Reminder.due_date, Reminder.title).order_by(Reminder.id).tuples()
        ),
        "sales": list(
            Sale.select(
                Sale.number,
                Sale.sold_at,
                Sale.customer,
                Sale.payment,
                Sale.total_cents,
                Sale.returns_sale,
                Sale.voided_at,
                Sale.void_reason,
                Sale.created_at,
            )
            .order_by(Sale.id)
            .tuples()
        ),
        "counter_lines": list(
            Purchase.select(
                Purchase.sale,
                Purchase.product,
                Purchase.quantity,
                Purchase.unit_price_cents,
                Purchase.discount_cents,
                Purchase.cost_cents,
                Purchase.returns_line,
                Purchase.created_at,
            )
            .where(Purchase.sale.is_null(False))
            .order_by(Purchase.id)
            .tuples()
        ),
        "uncounted": list(
            UncountedLine.select(
                UncountedLine.reason,
                UncountedLine.sale,
                UncountedLine.purchase_id,
                UncountedLine.item,
                UncountedLine.quantity,
                UncountedLine.amount_cents,
                UncountedLine.created_at,
            )
            .order_by(UncountedLine.id)
            .tuples()
        ),
        "products": list(
            Product.select(Product.name, Product.barcode, Product.created_at).order_by(Product.id).tuples()
        ),
        "tags": list(
            CustomerTag.select(CustomerTag.customer, Tag.name)
            .join(Tag)
            .order_by(CustomerTag.customer, Tag.name)
            .tuples()
        ),
    }


def test_same_seed_and_day_give_the_same_shop(crm: Path, tmp_path: Path) -> None:
    generate(300, seed=5, today=TODAY)
    first = snapshot()
    open_crm(tmp_path / "again.db")
    generate(300, seed=5, today=TODAY)
    assert snapshot() == first
    assert first["purchases"] and first["interactions"] and first["reminders"] and first["tags"]
    assert first["sales"] and first["counter_lines"] and first["uncounted"] and first["products"]


def test_another_seed_gives_another_shop(crm: Path, tmp_path: Path) -> None:
    generate(300, seed=5, today=TODAY)
    names = [c.name for c in Customer.select(Customer.name).order_by(Customer.id)]
    phones_ = [c.phone_norm for c in Customer.select(Customer.phone_norm).order_by(Customer.id)]
    open_crm(tmp_path / "other.db")
    generate(300, seed=6, today=TODAY)
    other = [c.name for c in Customer.select(Customer.name).order_by(Customer.id)]
    same = sum(a == b for a, b in zip(names, other, strict=True))
    assert same < 30
    assert not set(phones_) & {c.phone_norm for c in Customer.select(Customer.phone_norm)}


def test_returned_counts_are_the_rows_in_the_tables(demo: dict[str, int]) -> None:
    assert demo == {
        "customers": Customer.select().count(),
        "purchases": Purchase.select().count(),
        "interactions": Interaction.select().count(),
        "reminders": Reminder.select().count(),
        "staff": Staff.select().count(),
        "tags": Tag.select().count(),
        "products": Product.select().count(),
        "sales": Sale.select().count(),
    }
    assert demo["customers"] == N
    assert 3 <= demo["staff"] <= 4


def test_no_customers_adds_nothing_at_all(crm: Path) -> None:
    assert generate(0, seed=1, today=TODAY) == dict.fromkeys(
        ("customers", "purchases", "interactions", "reminders", "staff", "tags", "products", "sales"), 0
    )
    assert_empty()


def test_a_negative_number_of_customers_is_refused(crm: Path) -> None:
    with pytest.raises(ValueError, match="negative"):
        generate(-1, seed=1, today=TODAY)


def test_a_second_run_adds_customers_and_sales_and_reuses_the_staff_tags_and_catalogue(crm: Path) -> None:
    first = generate(100, seed=1, today=TODAY)
    again = generate(100, seed=2, today=TODAY)
    assert again["customers"] == 100 and again["staff"] == 0 and again["tags"] == 0 and again["products"] == 0
    assert Sale.select().count() == first["sales"] + again["sales"] > first["sales"]
    numbers = [n for (n,) in Sale.select(Sale.number).tuples()]
    assert len(numbers) == len(set(numbers))  # the second run's receipts follow the first's on each day
    assert Customer.select().count() == 200
    assert Customer.select(fn.COUNT(fn.DISTINCT(Customer.customer_no))).scalar() == 200


def assert_empty() -> None:
    for model in (Customer, CustomerTag, Purchase, Interaction, Reminder, Staff, Tag, Product, Sale, UncountedLine):
        assert model.select().count() == 0, model.__name__


def test_cancel_at_the_first_progress_report_leaves_the_database_empty(crm: Path) -> None:
    token = jobs.CancelToken()
    calls: list[int] = []

    def progress(done: int, total: int, message: str = "") -> None:
        calls.append(done)
        token.cancel()

    with pytest.raises(jobs.Cancelled):
        generate(300, seed=1, today=TODAY, progress=progress, cancel=token)
    assert len(calls) == 1
    assert_empty()


def test_cancel_after_purchases_are_written_rolls_everything_back(crm: Path) -> None:
    token = jobs.CancelToken()
    n = 300

    def progress(done: int, total: int, message: str = "") -> None:
        if done > 2 * n:  # the purchases of the first batch are in the database by now
            assert Purchase.select().count() > 0
            token.cancel()

    with pytest.raises(jobs.Cancelled):
        generate(n, seed=1, today=TODAY, progress=progress, cancel=token)
    assert_empty()


def test_progress_runs_from_zero_to_total(crm: Path) -> None:
    seen: list[tuple[int, int]] = []
    generate(50, seed=1, today=TODAY, progress=lambda done, total, message="": seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
