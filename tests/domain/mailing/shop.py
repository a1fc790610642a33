"""A small shop for the mailing tests: customers with and without consent, a usable
address, a household, one abroad (the ``shop`` fixture in conftest.py)."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.customers.commands import create_customer, update_customer
from smallcrm.store.models import Customer

HOME = {"province": "四川省", "city": "成都市", "district": "武侯区", "postcode": "610041"}


def add(name: str, **fields: Any) -> int:
    data = {"name": name, "mail_consent": True, "street": f"{name}路1号", **HOME, **fields}
    return int(create_customer(data, allow_duplicate=True).id)


def stored_before_postcodes_were_checked(cid: int, postcode: str) -> int:
    """A postcode the form and the import now refuse, as older versions stored it."""
    Customer.update(postcode=postcode).where(Customer.id == cid).execute()
    return cid


def make_shop() -> dict[str, int]:
    return {
        "ok": add("张伟", tags=["VIP"]),
        "no_consent": add("李娜", mail_consent=False, tags=["VIP"]),
        "no_street": add("王芳", street="", tags=["VIP"]),
        "bad_postcode": stored_before_postcodes_were_checked(add("刘洋"), "6100"),
        "churned": add("陈静", churn_status="churned", tags=["VIP"]),
        "spouse": add("张太太", street="张伟路1号", tags=["VIP"]),
        "abroad": add("John Smith", country="GB", province="", district="", city="London", postcode="NW1 6XE"),
    }


def withdraw(cid: int) -> None:
    """The customer withdraws their consent to be mailed (as the form records it)."""
    update_customer(cid, {"mail_consent": False})
