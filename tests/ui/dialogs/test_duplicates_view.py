"""The duplicates view: likely duplicates side by side, merged with the owner's choice
per field, "not the same person" remembered, and undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def twins(crm: Any) -> tuple[Any, Any]:
    """Two records of one person: the same mobile, written down twice."""
    from smallcrm.domain.customers.commands import create_customer

    a = create_customer({"name": "陈静", "phone": "13988887777", "city": "成都市"})
    b = create_customer(
        {"name": "陈 静", "phone": "139-8888-7777", "wechat": "chenjing88", "city": ""}, allow_duplicate=True
    )
    return a, b


def test_duplicates_are_shown_side_by_side_and_merged_with_the_chosen_values(
    qtbot: Any, twins: tuple[Any, Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.lookup import get_customer

    a, b = twins
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.pair_list.count() == 1
    assert "same phone" in dialog.pair_list.item(0).text()
    fields = [r["field"] for r in dialog.rows]
    assert "name" in fields and "wechat" in fields
    # keep A, but take B's spelling of the name; WeChat comes from B by default (A has none)
    name_group = dialog.groups["name"]
    next(button for button in name_group.buttons() if button.property("side") == "b").click()
    assert dialog.choices()["name"] == "other"
    assert dialog.choices()["wechat"] == "other"
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: get_customer(b.id).deleted_at is not None)
    kept = get_customer(a.id)
    assert kept.name == "陈 静"
    assert kept.wechat == "chenjing88"
    assert kept.city == "成都市"
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 0 and dialog.undo_button.isEnabled())


def test_a_merge_can_be_undone(qtbot: Any, twins: tuple[Any, Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.lookup import get_customer

    a, b = twins
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: get_customer(b.id).deleted_at is not None)
    # The merge is in the file before the window hears of it (the worker's result comes
    # through the event loop): Undo is offered only then. Clicking it earlier did nothing,
    # which on a loaded machine made this test time out now and then.
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: get_customer(b.id).deleted_at is None)
    assert get_customer(a.id).wechat == ""
    qtbot.waitUntil(lambda: not dialog.loading and dialog.pair_list.count() == 1)


def test_keeping_the_other_customer_flips_the_choices(qtbot: Any, twins: tuple[Any, Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.lookup import get_customer

    a, b = twins
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.keep_b_button.click()
    assert dialog.choices()["city"] == "other"  # B has no city: A's fills it
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: get_customer(a.id).deleted_at is not None)
    assert get_customer(b.id).city == "成都市"


def test_not_the_same_person_is_remembered_when_the_view_reopens(
    qtbot: Any, twins: tuple[Any, Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.lookup import get_customer

    a, b = twins
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 0)
    assert get_customer(a.id).deleted_at is None and get_customer(b.id).deleted_at is None
    dialog.close()
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.pair_list.count() == 0
    assert dialog.count_label.text().startswith("No likely duplicates")


def test_not_the_same_person_can_be_taken_back_with_undo(
    qtbot: Any, twins: tuple[Any, Any], window: MainWindow
) -> None:
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading)
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 0 and dialog.undo_button.isEnabled())
    assert "Not the Same Person" in dialog.undo_button.text()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.pair_list.count() == 1)
    assert dialog.undo_button.text() == "Undo Last Merge"


def test_the_survivors_empty_second_phone_can_take_the_others_phone(qtbot: Any, crm: Any, window: MainWindow) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.customers.lookup import get_customer

    a = create_customer({"name": "陈静", "phone": "13988887777", "street": "人民路1号"})
    b = create_customer({"name": "陈静", "phone": "13600001111", "street": "人民路1号"}, allow_duplicate=True)
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.pair_list.count() == 1)
    offered = {button.text(): button for button in dialog.groups["phone2"].buttons()}
    assert set(offered) == {"(empty)", "13600001111 (their phone)"}
    assert offered["13600001111 (their phone)"].isChecked()  # no number is lost by default
    offered["(empty)"].click()
    assert dialog.choices()["phone2"] == "keep"
    offered["13600001111 (their phone)"].click()
    assert dialog.choices()["phone2"] == "other_phone"
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: get_customer(b.id).deleted_at is not None)
    assert (get_customer(a.id).phone, get_customer(a.id).phone2) == ("13988887777", "13600001111")


def test_a_pair_that_lost_its_evidence_is_merged_only_when_the_owner_confirms(
    qtbot: Any, twins: tuple[Any, Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.customers.commands import update_customer
    from smallcrm.domain.customers.lookup import get_customer

    a, b = twins
    dialog = window.show_duplicates()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.pair_list.count() == 1)
    update_customer(b.id, {"phone": "13700001111", "name": "王五"})  # meanwhile, in another window
    user.will_click("No")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(user.seen) == 1)
    assert "share no phone number" in user.seen[0] and "Merge them all the same?" in user.seen[0]
    assert get_customer(b.id).deleted_at is None
    user.will_click("Yes")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_customer(b.id).deleted_at is not None)
    assert get_customer(a.id).deleted_at is None
