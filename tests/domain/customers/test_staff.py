"""Staff members: renamed, refused without a name or under a taken one, and kept with
their customers after they leave (``customers.staff``)."""

from __future__ import annotations

import pytest

from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.profile import customer_dict

pytestmark = pytest.mark.usefixtures("crm")


def test_staff_can_be_renamed_and_keep_their_customers() -> None:
    from smallcrm.domain.customers.staff import list_staff, rename_staff

    c = create_customer({"name": "张三", "staff": "小王"})
    staff_id = list_staff()[0]["id"]
    rename_staff(staff_id, "王小明")
    assert customer_dict(get_customer(c.id))["staff"] == "王小明"


def test_a_staff_name_is_unique_and_not_empty() -> None:
    from smallcrm.domain.customers.staff import add_staff, rename_staff
    from smallcrm.errors import ValidationError

    a = add_staff("小王")
    add_staff("小李")
    with pytest.raises(ValidationError, match="already a staff member called 小李"):
        rename_staff(a.id, "小李")
    with pytest.raises(ValidationError, match="needs a name"):
        rename_staff(a.id, " ")


def test_a_staff_member_who_left_is_not_offered_but_keeps_their_customers() -> None:
    from smallcrm.domain.customers.staff import set_staff_active

    c = create_customer({"name": "张三", "staff": "小王"})
    staff_id = c.staff_id
    set_staff_active(staff_id, False)
    assert cf.staff_choices(include_inactive=False) == []
    assert cf.staff_choices() == [(staff_id, "小王", False)]
    assert get_customer(c.id).staff_id == staff_id
