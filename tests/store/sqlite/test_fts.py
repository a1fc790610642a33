"""The trigram index beside the customer table: in step with the live customers, and
answering any needle of three characters or more."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import delete_customers
from smallcrm.store.db import db
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import fts

pytestmark = pytest.mark.usefixtures("crm")


@pytest.fixture
def three(crm: Path) -> list[int]:
    return insert_customers(
        [
            {"name": "张三", "phone": "13812348000", "street": "人民南路8号"},
            {"name": "李四", "phone": "13912345678", "street": "天府大道"},
            {"name": "王五", "phone": "13712348000"},
        ]
    )


def test_a_needle_finds_every_customer_whose_tokens_hold_it(three: list[int]) -> None:
    assert fts.count(["8000"]) == 2
    assert fts.matching_ids("8000", 10) == [three[0], three[2]]
    assert fts.matching_ids("8000", 1) == [three[0]]
    assert fts.count(["8000", "天府大"]) == 3
    ids = [c.id for c in Customer.select(Customer.id).where(fts.match_any(["人民南"]))]
    assert ids == [three[0]]


def test_the_first_matches_among_customers_a_condition_keeps(three: list[int]) -> None:
    assert fts.first_matching("8000", Customer.name == "王五", 5) == [three[2]]
    assert fts.first_matching(["8000", "天府大"], None, 2) == three[:2]


def test_a_needle_shorter_than_three_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="three characters"):
        fts.count(["80"])


def test_quotes_in_a_needle_are_taken_literally(three: list[int]) -> None:
    assert fts.count(['"80"']) == 0
    assert fts.count(['8" OR "000']) == 0


def test_customers_in_the_trash_are_not_found(three: list[int]) -> None:
    delete_customers([three[0]])
    assert fts.matching_ids("8000", 10) == [three[2]]


def test_a_changed_search_text_is_found_by_its_new_tokens_only(three: list[int]) -> None:
    old = Customer.get_by_id(three[1]).search_text
    with db.atomic():
        Customer.update(search_text=" ^梅花 ").where(Customer.id == three[1]).execute()
        fts.replace(three[1], old, " ^梅花 ")
    assert fts.matching_ids("^梅花", 5) == [three[1]]
    assert fts.count(["天府大"]) == 0
    fts.check()


def test_a_bulk_load_is_indexed_once_at_its_end(three: list[int]) -> None:
    first = three[-1] + 1
    with fts.deferred_from(first):
        ids = insert_customers([{"name": "赵六", "phone": "13612348000"}])
        assert fts.count(["8000"]) == 2  # not in the index yet
    assert ids == [first]
    assert fts.count(["8000"]) == 3
    fts.check()


def test_a_rebuild_holds_exactly_the_live_customers(three: list[int]) -> None:
    delete_customers([three[1]])
    live = [(c.id, c.search_text) for c in Customer.select().where(Customer.deleted_at.is_null())]
    with db.atomic():
        fts.rebuild(live)
    assert fts.count(["138", "139", "137"]) == 2
    fts.check()
