"""Choosing who gets a card, keeping the list, and what "mark as sent" does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from smallcrm.domain import mailing
from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.customers.staff import add_staff
from smallcrm.errors import UserError
from smallcrm.store.models import Customer, Interaction, MailingRecipient, Reminder

HOME = {"province": "四川省", "city": "成都市", "district": "武侯区", "postcode": "610041"}


def add(name: str, **fields: Any) -> int:
    data = {"name": name, "mail_consent": True, "street": f"{name}路1号", **HOME, **fields}
    return int(create_customer(data, allow_duplicate=True).id)


def stored_before_postcodes_were_checked(cid: int, postcode: str) -> int:
    """A postcode the form and the import now refuse, as older versions stored it."""
    Customer.update(postcode=postcode).where(Customer.id == cid).execute()
    return cid


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    return {
        "ok": add("张伟", tags=["VIP"]),
        "no_consent": add("李娜", mail_consent=False, tags=["VIP"]),
        "no_street": add("王芳", street="", tags=["VIP"]),
        "bad_postcode": stored_before_postcodes_were_checked(add("刘洋"), "6100"),
        "churned": add("陈静", churn_status="churned", tags=["VIP"]),
        "spouse": add("张太太", street="张伟路1号", tags=["VIP"]),
        "abroad": add("John Smith", country="GB", province="", district="", city="London", postcode="NW1 6XE"),
    }


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
    from smallcrm.jobs import Cancelled, CancelToken

    mid, _ = mailing.create_mailing("custom", "Anniversary", tag="VIP")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        mailing.mark_sent(mid, cancel=token)
    assert Interaction.select().count() == 0
    assert mailing.mailing_dict(mid)["sent_at"] is None


def test_the_kept_copy_survives_the_customer_being_deleted(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("mid_autumn", ids=[shop["ok"]])
    mailing.mark_sent(mid)
    delete_customers([shop["ok"]])
    assert mailing.recipient_ids(mid) == []
    assert [c["name"] for c in mailing.sent_copies(mid)] == ["张伟"]
    assert MailingRecipient.select().count() == 1


def test_the_xlsx_list_keeps_phones_as_text_and_formulas_inert(shop: dict[str, int], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    tricky = add("=HYPERLINK(1)", phone="13800138000")
    out = tmp_path / "list.xlsx"
    assert mailing.export_list(out, [shop["ok"], tricky], language="en") == 2
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Customer No.", "Name", "Honorific")
    assert rows[2][1] == "=HYPERLINK(1)" and sheet.cell(3, 2).data_type == "s"
    assert rows[2][-1] == "13800138000"
    assert rows[1][8] == "610041 四川省成都市武侯区张伟路1号"


def test_vcards_carry_name_phone_and_address(shop: dict[str, int], tmp_path: Path) -> None:
    cid = add("周杰, 周", phone="13800138000", email="z@example.com")
    out = tmp_path / "contacts.vcf"
    assert mailing.export_vcards(out, [cid, shop["abroad"]]) == 2
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "\r\n" in text
    assert "FN:周杰\\, 周\r\n" in text and "TEL;TYPE=CELL:13800138000" in text
    assert "ADR;TYPE=HOME:;;周杰\\, 周路1号;成都市武侯区;四川省;610041;\r\n" in text
    assert "London;;NW1 6XE;GB" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


# -- consent withdrawn after the list was made (issue 15, point 30) ---------------------


def _withdraw(cid: int) -> None:
    from smallcrm.domain.customers.commands import update_customer

    update_customer(cid, {"mail_consent": False})


def test_a_consent_withdrawn_after_the_list_was_made_is_honoured_by_every_export(
    shop: dict[str, int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 10))
    _withdraw(shop["spouse"])

    current = mailing.mailable(mid)
    assert current.included == [shop["ok"]] and current.excluded["no_consent"] == [shop["spouse"]]
    ids = mailing.recipient_ids(mid)  # the saved list still names both
    assert [a.name for a in mailing.addresses(ids)] == ["张伟"]
    assert mailing.export_list(tmp_path / "list.xlsx", ids, language="en") == 1
    assert [r[1] for r in load_workbook(tmp_path / "list.xlsx").active.iter_rows(min_row=2, values_only=True)] == [
        "张伟"
    ]
    assert mailing.export_vcards(tmp_path / "c.vcf", ids) == 1
    assert "张太太" not in (tmp_path / "c.vcf").read_text(encoding="utf-8")


def test_marking_sent_logs_no_greeting_for_who_withdrew_consent_and_takes_them_off_the_list(
    shop: dict[str, int],
) -> None:
    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 10))
    _withdraw(shop["spouse"])

    sent = mailing.mark_sent(mid)

    assert sent.as_dict() == {"greetings": 1, "reminders_closed": 0, "no_consent": 1}
    greeted = {i.customer_id for i in Interaction.select().where(Interaction.kind == "greeting")}
    assert greeted == {shop["ok"]}
    assert mailing.recipient_ids(mid) == [shop["ok"]]
    assert [c["name"] for c in mailing.sent_copies(mid)] == ["张伟"]


def test_a_mailing_where_everyone_withdrew_cannot_be_marked_sent(shop: dict[str, int]) -> None:
    mid, _ = mailing.create_mailing("custom", "Anniversary", ids=[shop["ok"]])
    _withdraw(shop["ok"])
    with pytest.raises(UserError, match="nobody on it"):
        mailing.mark_sent(mid)
    assert mailing.mailing_dict(mid)["sent_at"] is None


# -- vCards cannot carry more than the customer's own data (point 34) -------------------


def _parse_vcard_lines(text: str) -> list[str]:
    """Content lines as a vCard reader sees them: unfolded, split at any line break."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    return [line for line in unfolded.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line]


def test_a_line_break_or_control_character_in_a_name_cannot_add_a_property(shop: dict[str, int]) -> None:
    row = {"id": 1, "name": "张伟\rTEL:999\x00\x1b", "phone": "13800138000", **HOME, "street": "人民路1号\r\n2栋"}
    lines = _parse_vcard_lines(mailing.vcard(row))
    assert [line for line in lines if line.startswith("TEL")] == ["TEL;TYPE=CELL:13800138000"]
    assert "FN:张伟\\nTEL:999" in lines
    assert not any(ch in "".join(lines) for ch in "\x00\x1b")
    assert not any(line.startswith("2栋") for line in lines)
