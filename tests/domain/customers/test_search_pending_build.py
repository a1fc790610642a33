"""Search while a big import's index entries are still being written after its commit
(store.sqlite.fts.indexed_after_commit): the customers not indexed yet are found by
their stored tokens, so every answer is the one the finished index gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import delete_customers, restore_customers, update_customer
from smallcrm.domain.customers.search import first_list_page, list_order, match_condition, match_kinds, search
from smallcrm.store.db import db
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import fts

pytestmark = pytest.mark.usefixtures("crm")

customer = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["张三", "张三丰", "李四", "王芳", "欧阳修", "Anna Li", "张俊", "王"]),
        "phone": st.sampled_from(["13812348000", "13900005678", "028-8555 1234", "+86 138 0000 6100", ""]),
        "city": st.sampled_from(["成都市", "武汉市", ""]),
        "street": st.sampled_from(["人民南路8号", "天府大道", "", "路8000号"]),
    }
)
terms = st.one_of(
    st.sampled_from(["张三", "zs", "zhang", "8000", "5678", "成都", "路", "138", "anna", "王芳", "wf", "c00", "ls"]),
    st.text(alphabet="张三李四王芳成都市路0123456789zsawng ", min_size=1, max_size=5),
)


def answers(term: str) -> tuple[Any, ...]:
    """Everything the search box and the list show for ``term``."""
    result = search(term, limit=100)
    cond = match_condition(term)
    listed = (
        [] if cond is None else [c.id for c in Customer.select(Customer.id).where(cond).order_by(*list_order(term))]
    )
    return (
        result.total,
        [(h["id"], h["rank"], h["match"]) for h in result.hits],
        first_list_page(term, limit=3),
        first_list_page(term, Customer.city == "成都市", limit=2),
        match_kinds(term),
        listed,
    )


def empty_the_shop() -> None:
    Customer.delete().execute()
    fts.rebuild([])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    before=st.lists(customer, max_size=5),
    imported=st.lists(customer, min_size=1, max_size=8),
    trashed=st.lists(st.integers(0, 12), max_size=3),
    edited=st.lists(st.tuples(st.integers(0, 12), customer), max_size=2),
    queries=st.lists(terms, min_size=1, max_size=4),
)
def test_search_during_a_pending_build_finds_what_the_built_index_finds(
    crm: Path,
    before: list[dict[str, str]],
    imported: list[dict[str, str]],
    trashed: list[int],
    edited: list[tuple[int, dict[str, str]]],
    queries: list[str],
) -> None:
    empty_the_shop()
    earlier = insert_customers(before) if before else []
    with db.atomic():
        first = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
        with fts.indexed_after_commit(first):
            added = insert_customers(imported)
    assert fts.is_pending()
    # The owner keeps working meanwhile: customers edited, moved to the trash and back.
    ids = earlier + added
    for i, fields in edited:
        update_customer(ids[i % len(ids)], {k: v for k, v in fields.items() if v}, allow_duplicate=True)
    gone = sorted({ids[i % len(ids)] for i in trashed})
    delete_customers(gone)
    restore_customers(gone[:1])

    while_pending = [answers(q) for q in queries]
    assert fts.build_pending(str(db.database), step=3)
    assert not fts.is_pending()
    assert [answers(q) for q in queries] == while_pending
    fts.check()  # and the built index is the one the table's rows make


def test_a_just_imported_customer_is_found_at_once(crm: Path) -> None:
    with db.atomic(), fts.indexed_after_commit(1):
        insert_customers([{"name": "张三丰", "phone": "13812348000"}, {"name": "李四", "street": "天府大道"}])
    assert fts.is_pending() and fts.count(["张三丰"]) == 1
    assert [h["name"] for h in search("zsf").hits] == ["张三丰"]
    assert [h["name"] for h in search("8000").hits] == ["张三丰"]
    assert search("天府").total == 1
    thread = fts.build_in_background()
    assert thread is not None
    fts.wait_for_builds()
    assert not fts.is_pending() and fts.count(["张三丰"]) == 1 and search("天府").total == 1


def test_a_second_big_import_first_finishes_the_build_the_first_left(crm: Path) -> None:
    with db.atomic(), fts.indexed_after_commit(1):
        first = insert_customers([{"name": "张三丰"}, {"name": "李四"}])
    update_customer(first[0], {"name": "张三"})  # while pending: only its column changes
    with db.atomic(), fts.indexed_after_commit(first[-1] + 1):
        insert_customers([{"name": "王芳"}])
    assert fts._pending() == (first[-1] + 1, first[-1] + 2)  # one range: the earlier one was indexed
    assert fts.count([" ^张三 "]) == 1 and fts.count(["张三丰"]) == 0 and fts.count([" ^王芳"]) == 1
    fts.check()


def test_rebuilding_the_whole_index_leaves_nothing_pending(crm: Path) -> None:
    from smallcrm.domain.customers.search_text import reindex_all

    with db.atomic(), fts.indexed_after_commit(1):
        insert_customers([{"name": "张三丰"}])
    reindex_all()
    assert not fts.is_pending() and fts.count(["张三丰"]) == 1
    fts.check()
