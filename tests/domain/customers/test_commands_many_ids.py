"""Every bulk command on more customers than one statement may bind (tests/many_ids.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import (
    assign_staff,
    delete_customers,
    purge_customers,
    restore_customers,
    set_mail_consent,
    tag_customers,
)
from smallcrm.store.models import Customer, CustomerTag
from tests.many_ids import MANY, many_customers


@pytest.fixture
def everyone(crm: Path) -> Iterator[list[int]]:
    with many_customers() as ids:
        yield ids


def test_the_limit_is_real(everyone: list[int]) -> None:
    with pytest.raises(Exception, match="too many SQL variables"):
        list(Customer.select().where(Customer.id.in_(everyone)))


def test_bulk_actions_on_every_customer(everyone: list[int]) -> None:
    assert tag_customers(everyone, "春节") == MANY
    assert CustomerTag.select().count() == MANY
    assert tag_customers(everyone, "春节", remove=True) == MANY
    assert assign_staff(everyone, "小王") == MANY
    assert set_mail_consent(everyone, False) == MANY
    assert delete_customers(everyone) == everyone
    assert restore_customers(everyone) == everyone
    assert delete_customers(everyone) == everyone
    assert purge_customers(everyone) == MANY
