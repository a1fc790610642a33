"""A mailing keeps its list, which can be edited until the cards go out, and checks
consent again (domain/mailing/mailings)."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm.domain import mailing
from smallcrm.domain.customers.commands import delete_customers
from smallcrm.errors import UserError
from smallcrm.store.models import MailingRecipient


def test_a_mailing_keeps_its_list_which_can_be_edited(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 10))
    assert mailing.mailing_dict(mid)["title"] == "Spring Festival 2027"
    assert sorted(mailing.recipient_ids(mid)) == sorted([shop["ok"], shop["spouse"]])
    assert mailing.remove_recipients(mid, [shop["spouse"]]) == 1
    added = mailing.add_recipients(mid, [shop["abroad"], shop["no_consent"]])
    assert added.excluded["no_consent"] == [shop["no_consent"]]
    assert sorted(mailing.recipient_ids(mid)) == sorted([shop["ok"], shop["abroad"]])


def test_an_unknown_occasion_is_refused(shop: dict[str, int]) -> None:
    with pytest.raises(UserError, match="not an occasion"):
        mailing.create_mailing("christmas")


def test_the_kept_copy_survives_the_customer_being_deleted(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("mid_autumn", ids=[shop["ok"]])
    mailing.mark_sent(mid)
    delete_customers([shop["ok"]])
    assert mailing.recipient_ids(mid) == []
    assert [c["name"] for c in mailing.sent_copies(mid)] == ["张伟"]
    assert MailingRecipient.select().count() == 1
