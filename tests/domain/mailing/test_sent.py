"""What "mark as sent" does: greetings logged, reminders closed, the list frozen, all or
nothing (domain/mailing/sent)."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm.domain import mailing
from smallcrm.errors import UserError
from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.store.models import Interaction, Reminder
from tests.domain.mailing.shop import withdraw


def test_marking_sent_logs_greetings_closes_festival_reminders_and_freezes_the_list(shop: dict[str, int]) -> None:
    spring = dt.date(2027, 2, 6)  # 春节 2027
    for cid in (shop["ok"], shop["spouse"]):
        Reminder.create(customer=cid, due_date=spring - dt.timedelta(days=7), title="春节问候", kind="festival",
                        origin="rule:festival", rule_key=f"festival:{cid}:{spring.isoformat()}")  # fmt: skip
    other = Reminder.create(customer=shop["ok"], due_date=spring, title="回访", origin="manual")
    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 20))
    mailing.remove_recipients(mid, [shop["spouse"]])

    sent = mailing.mark_sent(mid, at=dt.datetime(2027, 1, 25, 10, 0))

    assert sent.as_dict() == {"greetings": 1, "reminders_closed": 1, "no_consent": 0}
    greeting = Interaction.get(Interaction.customer == shop["ok"])
    assert greeting.kind == "greeting" and "Spring Festival 2027" in greeting.summary
    assert greeting.at == dt.datetime(2027, 1, 25, 10, 0) and greeting.staff_id is None
    statuses = {r.customer_id: r.status for r in Reminder.select().where(Reminder.origin == "rule:festival")}
    assert statuses == {shop["ok"]: "done", shop["spouse"]: "open"}  # the one removed from the list stays open
    assert Reminder.get_by_id(other.id).status == "open"
    assert mailing.sent_copies(mid)[0]["address"].startswith("610041\n四川省成都市武侯区")
    with pytest.raises(UserError, match="already sent"):
        mailing.remove_recipients(mid, [shop["ok"]])
    with pytest.raises(UserError, match="already sent"):
        mailing.mark_sent(mid)


def test_marking_sent_is_all_or_nothing(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("custom", "Anniversary", tag="VIP")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        mailing.mark_sent(mid, cancel=token)
    assert Interaction.select().count() == 0
    assert mailing.mailing_dict(mid)["sent_at"] is None


def test_marking_sent_logs_no_greeting_for_who_withdrew_consent_and_takes_them_off_the_list(
    shop: dict[str, int],
) -> None:
    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 10))
    withdraw(shop["spouse"])

    sent = mailing.mark_sent(mid)

    assert sent.as_dict() == {"greetings": 1, "reminders_closed": 0, "no_consent": 1}
    greeted = {i.customer_id for i in Interaction.select().where(Interaction.kind == "greeting")}
    assert greeted == {shop["ok"]}
    assert mailing.recipient_ids(mid) == [shop["ok"]]
    assert [c["name"] for c in mailing.sent_copies(mid)] == ["张伟"]


def test_a_mailing_where_everyone_withdrew_cannot_be_marked_sent(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("custom", "Anniversary", ids=[shop["ok"]])
    withdraw(shop["ok"])
    with pytest.raises(UserError, match="nobody on it"):
        mailing.mark_sent(mid)
    assert mailing.mailing_dict(mid)["sent_at"] is None
