"""Choosing who gets a card, and who is set aside and why (domain/mailing/recipients)."""

from __future__ import annotations

import pytest

from smallcrm.domain import mailing
from smallcrm.domain.customers.staff import add_staff
from smallcrm.errors import UserError
from tests.domain.mailing.shop import add


def test_the_default_choice_sets_aside_each_customer_under_its_reason(shop: dict[str, int]) -> None:
    choice = mailing.choose()
    assert sorted(choice.included) == sorted([shop["ok"], shop["spouse"], shop["abroad"]])
    assert choice.excluded["no_consent"] == [shop["no_consent"]]
    assert sorted(choice.excluded["no_address"]) == sorted([shop["no_street"], shop["bad_postcode"]])
    assert choice.excluded["churned"] == [shop["churned"]]


def test_one_card_per_household_and_churned_customers_on_request(shop: dict[str, int]) -> None:
    choice = mailing.choose(tag="VIP", one_per_household=True, include_churned=True)
    assert sorted(choice.included) == sorted([shop["ok"], shop["churned"]])
    assert choice.excluded["same_household"] == [shop["spouse"]]


def test_the_address_problem_says_what_to_fix(shop: dict[str, int]) -> None:
    rows = {r["id"]: r["problem"] for r in mailing.people(list(shop.values()))}
    assert rows[shop["no_street"]] == "street" and rows[shop["bad_postcode"]] == "postcode"
    assert rows[shop["ok"]] == ""


def test_choosing_by_staff_and_by_ids(shop: dict[str, int]) -> None:
    staff = add_staff("小王")
    mine = add("赵敏", staff=staff.id)
    assert mailing.choose(staff="小王").included == [mine]
    assert mailing.choose(ids=[shop["ok"], shop["no_consent"]]).included == [shop["ok"]]
    with pytest.raises(UserError, match="no staff member 小李"):
        mailing.choose(staff="小李")
