"""The customer list, driven like a user would: search, sort, filter, select, act."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from smallcrm.ui.models.customer_table import COL_NAME, COL_PHONE, COL_REVENUE, COLUMN_KEYS, FIRST_PAGE, HighlightRole
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import CUSTOMERS, User, button, click_header, click_row, shown_names

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def settled(w: MainWindow) -> bool:
    return not w.customers.model.loading


# -- search --------------------------------------------------------------------------------


def test_the_list_shows_every_customer_by_name(customers: list[Any], window: MainWindow) -> None:
    assert shown_names(window) == ["李四", "王五", "张三", "周松"]  # li, wang, zhang, zhou: A to Z by pinyin
    assert window.pages.currentWidget() is window.body


def test_typing_pinyin_initials_shows_only_the_matching_customers(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "张三"] and settled(window))
    assert window.customers.search_count.text() == "2 found"


def test_typing_a_phone_ending_finds_its_customer(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "2222")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"])


def test_the_matched_part_is_marked_for_the_delegate_to_draw_in_bold(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.search import highlight_spans

    qtbot.keyClicks(window.customers.search_box, "5678")
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))
    cell = window.customers.model.index(0, COL_PHONE)
    assert cell.data(HighlightRole) == "5678"
    assert cell.data() == "138 1234 5678"
    assert highlight_spans(cell.data(), "5678") == [(9, 13)]


def test_the_marked_cell_is_drawn_differently_and_the_others_as_usual(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate

    table = window.customers.table
    qtbot.keyClicks(window.customers.search_box, "5678")
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))
    table.clearSelection()
    model = window.customers.model

    def cells() -> tuple[QImage, QImage]:
        grab = [table.viewport().grab(table.visualRect(model.index(0, c))).toImage() for c in (COL_PHONE, COL_NAME)]
        return grab[0], grab[1]

    marked_phone, marked_name = cells()
    highlight = table.itemDelegate()
    table.setItemDelegate(QStyledItemDelegate(table))
    try:
        plain_phone, plain_name = cells()
    finally:
        table.setItemDelegate(highlight)
    assert marked_phone != plain_phone  # '5678' in bold
    assert marked_name == plain_name  # no match: the style's own painting


def test_work_waiting_for_the_paint_runs_after_the_list_has_painted(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from PySide6.QtCore import QEvent, QObject

    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                order.append("paint")
            return False

    spy = Paints()
    window.customers.table.viewport().installEventFilter(spy)
    window.customers.model.after_paint(lambda: order.append("after"))
    window.customers.table.viewport().update()
    qtbot.waitUntil(lambda: "after" in order)
    assert order[0] == "paint"


def test_clearing_the_search_shows_everyone_again(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 2)
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == len(CUSTOMERS))
    assert window.customers.search_box.text() == ""
    assert not window.customers.search_count.isVisible()


def test_a_search_with_many_hits_shows_the_first_page_then_all_of_them_in_the_same_order(
    qtbot: Any, crm: Path, window: MainWindow
) -> None:
    from smallcrm.domain.customers import search
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.models import Customer
    from smallcrm.ui.shell import changes

    insert_customers([{"name": f"王{i:03d}", "phone": f"1380000{i:04d}"} for i in range(FIRST_PAGE + 50)])
    changes.announce(changes.DATABASE)
    qtbot.waitUntil(lambda: settled(window))
    sizes: list[int] = []
    window.customers.model.reloaded.connect(sizes.append)
    window.customers.search_box.setText("wang")
    window.customers.apply_search()
    qtbot.waitUntil(lambda: settled(window) and window.customers.model.complete)
    assert sizes == [FIRST_PAGE, FIRST_PAGE + 50]
    expected = [
        c.id
        for c in Customer.select(Customer.id).where(search.match_condition("wang")).order_by(*search.list_order("wang"))
    ]
    model = window.customers.model
    assert [model.customer_id(r) for r in range(model.rowCount())] == expected


def test_a_new_search_overtakes_the_one_still_running(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    box = window.customers.search_box
    for text in ("z", "zs", "li", "lis"):
        box.setText(text)
        window.customers.apply_search()
    qtbot.waitUntil(lambda: settled(window))
    assert shown_names(window) == ["李四"]


# -- sorting -----------------------------------------------------------------------------------


def test_clicking_the_phone_header_orders_by_phone_and_again_reverses(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    by_phone = [c["name"] for c in sorted(CUSTOMERS, key=lambda c: c["phone"])]
    click_header(qtbot, window, COL_PHONE)
    qtbot.waitUntil(lambda: shown_names(window) == by_phone)
    click_header(qtbot, window, COL_PHONE)
    qtbot.waitUntil(lambda: shown_names(window) == by_phone[::-1])


def test_sorting_by_total_spent_orders_by_the_purchases_in_sql(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    for c, amount in zip(customers, ["30", "500", "20", "100"], strict=True):
        add_purchase(c.id, {"amount": amount, "item": "茶叶"})
    window.customers.show_column(COL_REVENUE, True)
    click_header(qtbot, window, COL_REVENUE)
    qtbot.waitUntil(lambda: shown_names(window) == ["李四", "张三", "王五", "周松"])
    model = window.customers.model
    assert [model.index(r, COL_REVENUE).data() for r in range(4)] == ["20.00", "30.00", "100.00", "500.00"]


# -- the profile -------------------------------------------------------------------------------


def test_selecting_a_row_shows_the_customers_name_and_phone(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    row = shown_names(window).index("李四")
    click_row(qtbot, window, row)
    profile = window.customers.profile
    qtbot.waitUntil(lambda: profile.name_label.text() == "李四")
    assert profile.fields["phone"].text() == "13700002222"
    assert profile.fields["address"].text() == "上海市 浦东新区"
    assert profile.isVisible()


def test_a_search_shows_the_best_hit_in_the_profile(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "wangwu")
    qtbot.waitUntil(lambda: window.customers.profile.name_label.text() == "王五")


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.customers.table.setFocus()
    qtbot.waitUntil(window.customers.table.hasFocus)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.customers.search_box.hasFocus)


# -- quick filters ----------------------------------------------------------------------------


def test_the_staff_filter_shows_that_staff_members_customers(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.commands import assign_staff
    from smallcrm.ui.shell import changes

    assign_staff([customers[0].id, customers[2].id], "小王")
    changes.announce(changes.STAFF)
    window.customers.filter_bar.choose("staff", "小王")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["张三", "李四"] and settled(window))
    window.customers.filter_bar.choose("staff", "No staff member")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "王五"] and settled(window))
    window.customers.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4 and settled(window))


def test_filters_and_search_narrow_together(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.commands import tag_customers
    from smallcrm.ui.shell import changes

    tag_customers([customers[0].id, customers[3].id], "VIP")
    changes.announce(changes.CUSTOMERS)  # what the command that tags does
    window.customers.filter_bar.choose("tag", "VIP")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["张三", "王五"] and settled(window))
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))


def test_birthday_this_month_finds_solar_and_lunar_birthdays(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from borax.calendars.lunardate import LunarDate

    from smallcrm.domain.customers.commands import update_customer

    today = dt.date.today()
    mid = LunarDate.from_solar_date(today.year, today.month, 15)
    update_customer(customers[0].id, {"birthday": f"{today.month}-3"})  # solar, this month
    update_customer(customers[1].id, {"birthday": f"农历{'闰' if mid.leap else ''}{mid.month}月{mid.day}"})
    other = today.month % 12 + 1
    update_customer(customers[2].id, {"birthday": f"{other}-3"})  # solar, next month
    window.customers.filter_bar.widgets["birthday"].click()
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "张三"] and settled(window))


def test_open_complaints_filter(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.records.interactions import add_interaction

    add_interaction(customers[1].id, {"kind": "complaint", "summary": "茶叶受潮"})
    add_interaction(customers[2].id, {"kind": "complaint", "summary": "送晚了", "status": "resolved"})
    window.customers.filter_bar.widgets["complaint"].click()
    qtbot.waitUntil(lambda: shown_names(window) == ["周松"] and settled(window))


def test_a_filter_added_by_another_area_plugs_into_the_list(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.store.models import Customer
    from smallcrm.ui.widgets.filters import QuickFilter

    window.customers.filter_bar.add_filter(
        QuickFilter("city", "Any city", lambda: [("上海", Customer.city == "上海市")])
    )
    window.customers.filter_bar.choose("city", "上海")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and settled(window))


def test_the_filters_options_are_read_off_the_gui_thread_after_start(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    """Reading the choices (the segment filter scans every customer at 100,000) held the
    freshly shown window for seconds; they are read on a worker, the combo filled after."""
    import threading

    from PySide6.QtWidgets import QComboBox

    from smallcrm.store.models import Customer
    from smallcrm.ui.widgets.filters import QuickFilter

    threads: list[int] = []

    def cities() -> list[tuple[str, Any]]:
        threads.append(threading.get_ident())
        return [("上海", Customer.city == "上海市")]

    bar = window.customers.filter_bar
    bar.add_filter(QuickFilter("city", "Any city", cities))
    bar.fill_all()
    combo = bar.widgets["city"]
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.itemText(1) == "上海"
    assert threads and threading.get_ident() not in threads
    bar.choose("city", "上海")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and settled(window))


# -- selection and bulk actions -------------------------------------------------------------


def select_rows(qtbot: Any, w: MainWindow, names: list[str]) -> None:
    for i, name in enumerate(names):
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        click_row(qtbot, w, shown_names(w).index(name), modifier)


def test_selecting_several_customers_shows_the_bulk_actions(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    select_rows(qtbot, window, ["张三", "王五"])
    assert window.customers.selection_bar.isVisible()
    assert window.customers.selection_label.text() == "Selected: 2"
    assert sorted(window.customers.selected_ids()) == sorted([customers[0].id, customers[3].id])


def test_tagging_the_selection(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    from smallcrm.domain.customers.lookup import tags_of

    select_rows(qtbot, window, ["张三", "王五"])

    def type_tag(dialog: Any) -> None:
        dialog.setTextValue("VIP")
        dialog.accept()

    user.will(type_tag)
    window.customers.tag_action.trigger()
    qtbot.waitUntil(lambda: tags_of(customers[0].id) == ["VIP"] and tags_of(customers[3].id) == ["VIP"])
    assert tags_of(customers[1].id) == []
    qtbot.waitUntil(lambda: window.customers.selection_label.text() == "Selected: 2" and settled(window))


def test_the_selection_may_receive_mail_and_then_may_not(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    """Imported customers have no consent; the owner grants it for many at once."""
    from smallcrm.domain.customers.lookup import get_customer

    messages: list[str] = []
    window.customers.status_message.connect(messages.append)
    select_rows(qtbot, window, ["张三", "王五"])

    user.will_click("May Receive Mail")
    qtbot.mouseClick(button(window.customers.selection_bar, "Mail Consent…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages == ["May receive mail: 2 changed."])
    assert [get_customer(c.id).mail_consent for c in customers[:4]] == [True, False, False, True]
    assert user.seen[-1] == "May the selected customers (2) receive greeting cards and letters by post?"

    user.will_click("May Not Receive Mail")
    window.customers.consent_action.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[-1] == "May not receive mail: 2 changed."
    assert not any(get_customer(c.id).mail_consent for c in customers[:4])
    user.will_click("Cancel")
    window.customers.consent_action.trigger()
    qtbot.waitUntil(lambda: len(user.seen) == 3)
    assert len(messages) == 2  # Cancel changes nothing
    qtbot.waitUntil(lambda: window.customers.selection_label.text() == "Selected: 2" and settled(window))


def test_a_bulk_action_on_many_customers_says_it_has_started(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smallcrm.domain.customers.lookup import tags_of
    from smallcrm.ui.views import customer_bulk

    monkeypatch.setattr(customer_bulk, "BIG_SELECTION", 2)  # as for 1,000 and more
    messages: list[str] = []
    window.customers.status_message.connect(messages.append)
    select_rows(qtbot, window, ["张三", "王五"])
    user.will(lambda dialog: (dialog.setTextValue("VIP"), dialog.accept()))
    window.customers.tag_action.trigger()
    qtbot.waitUntil(lambda: tags_of(customers[3].id) == ["VIP"] and len(messages) == 2)
    assert messages == ["Working on 2 customers…", "Customers tagged: 2."]


def test_taking_a_tag_off_the_selection(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    from smallcrm.domain.customers.commands import update_customer
    from smallcrm.domain.customers.lookup import tags_of

    for c in customers[:2]:
        update_customer(c.id, {"tags": ["VIP", "老客户"]})
    select_rows(qtbot, window, ["张三"])

    def pick(dialog: Any) -> None:
        assert not dialog.isComboBoxEditable()  # only tags that exist
        dialog.setTextValue("VIP")
        dialog.accept()

    user.will(pick)
    window.customers.untag_action.trigger()
    qtbot.waitUntil(lambda: tags_of(customers[0].id) == ["老客户"])
    assert tags_of(customers[1].id) == ["VIP", "老客户"]


def test_taking_a_tag_off_when_there_are_none_says_so(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    messages: list[str] = []
    window.customers.status_message.connect(messages.append)
    select_rows(qtbot, window, ["张三"])
    window.customers.untag_action.trigger()
    assert messages == ["No customer has a tag yet."]


def test_assigning_the_selection_to_a_staff_member(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.customers.lookup import get_customer
    from smallcrm.domain.customers.profile import customer_dict

    select_rows(qtbot, window, ["李四", "周松"])

    def type_staff(dialog: Any) -> None:
        dialog.staff.lineEdit().insert("小李")  # Chinese comes from an input method as committed text
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Return)

    user.will(type_staff)
    window.customers.assign_action.trigger()
    qtbot.waitUntil(lambda: customer_dict(get_customer(customers[2].id))["staff"] == "小李")
    assert customer_dict(get_customer(customers[1].id))["staff"] == "小李"
    assert customer_dict(get_customer(customers[0].id))["staff"] == ""


@pytest.fixture
def wang_leaves(customers: list[Any]) -> list[int]:
    """张三 and 李四 are 老王's, each with an open reminder given to him; 张三 also has a
    follow-up of no one in particular (it follows the customer)."""
    from smallcrm.domain.customers.commands import assign_staff
    from smallcrm.domain.reminders.commands import add_follow_ups, add_reminder

    assign_staff([customers[0].id, customers[2].id], "老王")
    reminders = [
        add_reminder({"customer": customers[0].id, "title": "生日", "due": "2030-05-01", "staff": "老王"}).id,
        add_reminder({"customer": customers[2].id, "title": "回访", "due": "2030-05-01", "staff": "老王"}).id,
    ]
    add_follow_ups([customers[0].id], {"title": "跟进", "due": "2030-05-02"})
    return reminders


def open_reminder_titles(staff: str) -> list[str]:
    from smallcrm.domain.reminders.queries import due_reminders

    return sorted(r["title"] for r in due_reminders("all", staff=staff, today=dt.date(2030, 5, 1)))


def test_reassigning_takes_the_open_reminders_along_and_says_how_many(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User, wang_leaves: list[int]
) -> None:
    messages: list[str] = []
    window.customers.status_message.connect(messages.append)
    select_rows(qtbot, window, ["张三", "李四"])

    def hand_to_xiao_zhang(dialog: Any) -> None:
        assert not dialog.keep.isChecked()  # the reminders go along unless the owner says so
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over 老王
        dialog.staff.lineEdit().insert("小张")  # as an input method commits it
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Return)

    user.will(hand_to_xiao_zhang)
    window.customers.assign_action.trigger()
    qtbot.waitUntil(lambda: any("took over" in m for m in messages))
    assert messages[-1] == "小张 took over 2 customers. 3 open reminders and follow-ups went with the customers."
    assert window.statusBar().currentMessage() == messages[-1]
    assert open_reminder_titles("小张") == ["回访", "生日", "跟进"]
    assert open_reminder_titles("老王") == []


def test_reassigning_can_keep_the_reminders_with_the_previous_staff_member(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User, wang_leaves: list[int]
) -> None:
    messages: list[str] = []
    window.customers.status_message.connect(messages.append)
    select_rows(qtbot, window, ["张三", "李四"])

    def keep_them(dialog: Any) -> None:
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over 老王
        dialog.staff.lineEdit().insert("小张")  # as an input method commits it
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
        assert dialog.hint.text() == "Their open reminders and follow-ups stay with whoever has them now."
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Return)

    user.will(keep_them)
    window.customers.assign_action.trigger()
    qtbot.waitUntil(lambda: any("took over" in m for m in messages))
    assert messages[-1] == "小张 took over 2 customers. 3 open reminders and follow-ups stay with whoever had them."
    assert open_reminder_titles("老王") == ["回访", "生日", "跟进"]
    assert open_reminder_titles("小张") == []


def test_the_assign_dialog_wants_a_name(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    select_rows(qtbot, window, ["张三", "李四"])
    seen: list[bool] = []

    def look(dialog: Any) -> None:
        seen.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    user.will(look)
    window.customers.assign_action.trigger()
    assert seen == [False]


def test_a_follow_up_reminder_for_each_selected_customer(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.reminders.queries import list_reminders

    select_rows(qtbot, window, ["张三", "李四"])
    user.will(lambda dialog: dialog.accept())
    window.customers.follow_up_action.trigger()
    qtbot.waitUntil(lambda: len(list_reminders(customers[0].id)) == 1 and len(list_reminders(customers[2].id)) == 1)
    reminder = list_reminders(customers[0].id)[0]
    assert reminder["title"] == "Follow-up call"
    assert reminder["due"] == (dt.date.today() + dt.timedelta(days=7)).isoformat()
    assert list_reminders(customers[1].id) == []


def test_delete_then_ctrl_z_brings_the_customers_back(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    select_rows(qtbot, window, ["张三", "李四"])
    window.customers.table.setFocus()
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "王五"] and settled(window))
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.customers.undo_action.isEnabled()
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4 and settled(window))
    assert not window.customers.undo_action.isEnabled()
    assert sorted(window.customers.selected_ids()) == sorted([customers[0].id, customers[2].id])


# -- columns ----------------------------------------------------------------------------------


def test_the_owner_chooses_the_columns(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.commands import tag_customers
    from smallcrm.ui.shell import changes

    header = window.customers.table.horizontalHeader()
    tags = COLUMN_KEYS.index("tags")
    assert header.isSectionHidden(tags)
    tag_customers([customers[0].id], "VIP")
    changes.announce(changes.CUSTOMERS, [customers[0].id])
    window.customers.show_column(tags, True)
    qtbot.waitUntil(lambda: settled(window))
    row = shown_names(window).index("张三")
    assert window.customers.model.index(row, tags).data() == "VIP"
    window.customers.show_column(tags, False)
    assert header.isSectionHidden(tags)


def test_the_last_visible_column_cannot_be_hidden(customers: list[Any], window: MainWindow) -> None:
    header = window.customers.table.horizontalHeader()
    for logical in range(header.count()):
        window.customers.show_column(logical, False)
    assert header.count() - header.hiddenSectionCount() == 1
    assert not header.isSectionHidden(COL_NAME) or header.hiddenSectionCount() == header.count() - 1


def test_exporting_the_selection_writes_those_customers(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    import csv

    select_rows(qtbot, window, ["张三", "王五"])
    out = tmp_path / "selection.csv"
    job = window.customers.export_selected(str(out))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    names = {cell for row in rows[1:] for cell in row}
    assert {"张三", "王五"} <= names and "李四" not in names
    assert len(rows) == 3
    assert str(out) in window.statusBar().currentMessage()


# -- names by pinyin, phones in one format, what a search matched --------------------------------

NAMES = ["丁一", "龚二", "王五", "安娜", "章三", "张三", "曾小明", "Zoe Li"]
BY_PINYIN = ["安娜", "丁一", "龚二", "王五", "曾小明", "张三", "章三", "Zoe Li"]  # 张三 and 章三 tie: by name


@pytest.fixture
def named(crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    for name in NAMES:
        create_customer({"name": name})


def test_names_sort_a_to_z_by_pinyin_and_a_click_reverses_them(qtbot: Any, named: None, window: MainWindow) -> None:
    # By code point, 丁 came first and 龚 first of all when reversed.
    qtbot.waitUntil(lambda: shown_names(window) == BY_PINYIN and settled(window))
    click_header(qtbot, window, COL_NAME)
    qtbot.waitUntil(lambda: shown_names(window) == BY_PINYIN[::-1] and settled(window))
    click_header(qtbot, window, COL_NAME)
    qtbot.waitUntil(lambda: shown_names(window) == BY_PINYIN and settled(window))


def test_sorting_by_city_orders_the_customers_of_one_city_by_pinyin(qtbot: Any, crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.ui.models.customer_table import COL_CITY
    from tests.ui.ui_helpers import open_window

    for name in ("张三", "丁一", "安娜"):
        create_customer({"name": name, "city": "成都市"})
    window = open_window(qtbot, crm)
    click_header(qtbot, window, COL_CITY)
    qtbot.waitUntil(lambda: shown_names(window) == ["安娜", "丁一", "张三"] and settled(window))


@pytest.fixture
def phones_typed(crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    for name, phone in (("安娜", "131-5494-4632"), ("丁一", "+8618637004297"), ("龚二", "18929269931")):
        create_customer({"name": name, "phone": phone})


def test_phones_typed_three_ways_are_listed_in_one_format_and_kept_as_typed_in_the_profile(
    qtbot: Any, phones_typed: None, window: MainWindow
) -> None:
    model = window.customers.model
    qtbot.waitUntil(lambda: shown_names(window) == ["安娜", "丁一", "龚二"] and settled(window))
    assert [model.index(r, COL_PHONE).data() for r in range(3)] == ["131 5494 4632", "186 3700 4297", "189 2926 9931"]
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.customers.profile.name_label.text() == "丁一")
    assert window.customers.profile.fields["phone"].text() == "+8618637004297"


def test_a_phone_searched_as_it_was_written_with_its_country_code_finds_the_customer(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.keyClicks(window.customers.search_box, "86 138 1234 5678")  # 张三, stored as +8613812345678
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))


@pytest.fixture
def readings(crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer({"name": "张俊"})  # 'zhang jun'; 'zhang shun' is a rare reading
    create_customer({"name": "张森"})


def test_initials_list_the_usual_reading_before_a_rare_one(qtbot: Any, readings: None, window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: shown_names(window) == ["张森", "张俊"] and settled(window))


@pytest.fixture
def endings(crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer({"name": "李四", "phone": "13900001111", "postcode": "618000"})
    create_customer({"name": "赵六", "phone": "13900002222", "postcode": "518000"})
    create_customer({"name": "王五", "phone": "13812348000"})


def test_digits_ending_a_phone_are_counted_first_and_the_postcodes_holding_them_shown_in_bold(
    qtbot: Any, endings: None, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate

    page, model, table = window.customers, window.customers.model, window.customers.table
    postcode = model.column_of("postcode")
    assert table.isColumnHidden(postcode)
    qtbot.keyClicks(page.search_box, "8000")
    # It said "3 found": as if three customers had a number ending in 8000.
    qtbot.waitUntil(lambda: page.search_count.text().startswith("Phone ending"))
    assert page.search_count.text() == "Phone ending 8000: 1 · other matches: 2, mostly postcode"
    assert "postcode: 2" in page.search_count.toolTip()
    assert shown_names(window) == ["王五", "李四", "赵六"]
    assert not table.isColumnHidden(postcode)  # the postcode hits are seen matching
    table.clearSelection()
    rect = table.visualRect(model.index(1, postcode))
    marked = table.viewport().grab(rect).toImage()
    highlight = table.itemDelegate()
    table.setItemDelegate(QStyledItemDelegate(table))
    try:
        plain = table.viewport().grab(rect).toImage()
    finally:
        table.setItemDelegate(highlight)
    assert marked != plain  # '618000' with its 8000 in bold
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: model.rowCount() == 3 and settled(window))
    assert table.isColumnHidden(postcode)  # the owner's own columns again
    assert page.save_columns() == page.table.horizontalHeader().saveState()


def test_a_street_hit_shows_the_street_column_for_the_while(qtbot: Any, crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from tests.ui.ui_helpers import open_window

    create_customer({"name": "李四", "street": "光华大道54号"})
    create_customer({"name": "赵六", "street": "人民南路1号"})
    window = open_window(qtbot, crm)
    street = window.customers.model.column_of("street")
    window.customers.search_box.setFocus()
    window.customers.search_box.insert("光华")  # Chinese comes from an input method as committed text
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and not window.customers.table.isColumnHidden(street))
    assert window.customers.search_count.text() == "1 found"
    state = window.customers.save_columns()
    window.customers.table.horizontalHeader().restoreState(state)
    assert window.customers.table.isColumnHidden(street)  # what is saved is the owner's choice
