"""The Settings dialog's reminder rules as a shop owner sees them: every festival
checkbox readable in English and Chinese, at normal and double-size text, and the
customers to greet chosen by name (a tag, a segment) instead of typed as tag:VIP."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit

from smallcrm.ui.dialogs.settings_dialog import SettingsDialog
from smallcrm.ui.shell import translations
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def smallest(qtbot: Any, scale: float) -> SettingsDialog:
    """The dialog on its Reminders tab, made as small as it lets itself be."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    if scale != 1:
        font = QFont(dialog.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        dialog.setFont(font)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1, 1)  # a small screen: the layout's minimum wins
    qtbot.waitUntil(lambda: dialog.width() > 1)
    return dialog


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_festival_checkboxes_are_never_cut(qtbot: Any, crm: Any, lang: str, scale: float) -> None:

    installed = translations.install(lang)
    try:
        dialog = smallest(qtbot, scale)
        page = dialog.tabs.currentWidget()
        for box in dialog.festival_boxes.values():
            assert box.width() >= box.sizeHint().width(), box.text()
            assert box.height() >= box.sizeHint().height(), box.text()  # not squeezed either
            # Not cut at the right edge (the page may scroll up and down on a short screen).
            left = box.mapTo(page, QPoint(0, 0)).x()
            assert left >= 0 and left + box.sizeHint().width() <= page.width(), box.text()
    finally:
        installed.remove()


def test_the_customers_to_greet_are_chosen_by_name_and_stored_as_before(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm import settings
    from smallcrm.domain.customers.commands import tag_customers

    tag_customers([customers[0].id], "老客户")
    dialog = window.show_settings()
    box = dialog.festival_group
    choices = [box.itemText(i) for i in range(box.count())]
    # The shop's default, VIP, is not on anyone yet: shown by name, and saying so.
    assert box.currentText() == "Tag: VIP (no customer has it yet)"
    assert choices[0] == "All customers"
    assert "Tag: 老客户" in choices
    assert "Profit tier: High profit" in choices
    assert "Lifecycle stage: Long-term customers" in choices
    assert not any(":" in text.split(": ", 1)[0] for text in choices)  # no tag:VIP syntax shown
    shown = [w.text() for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QLabel)]
    assert not any("tag:" in text for text in shown)

    box.setCurrentIndex(box.findText("Profit tier: High profit"))
    with qtbot.waitSignal(dialog.finished):
        dialog.save_settings()
    assert settings.get("rule_festival_group") == "segment:tier:high"  # what the rules and the CLI read

    dialog = window.show_settings()
    assert dialog.festival_group.currentText() == "Profit tier: High profit"
    dialog.reject()


def test_in_chinese_the_groups_are_chinese(qtbot: Any, customers: list[Any], chinese: None) -> None:
    from smallcrm import settings

    settings.put("rule_festival_group", "segment:lifecycle:new")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.festival_group.currentText() == "客户发展阶段：新客户"
    assert dialog.festival_group.itemText(0) == "所有客户"


def test_settings_save_the_shop_details_and_the_window_title_follows(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm import settings

    dialog = window.show_settings()
    # Chinese arrives from an input method as committed text, not key presses.
    dialog.shop_name.insert("老王茶庄")
    dialog.shop_address.insert("成都市武侯区人民南路1号")
    qtbot.keyClicks(dialog.shop_postcode, "610041")
    qtbot.keyClicks(dialog.shop_phone, "028-8888 6666")
    dialog.save_settings()
    qtbot.waitUntil(lambda: window.windowTitle() == "SmallCRM — 老王茶庄")
    assert settings.get("shop_address") == "成都市武侯区人民南路1号"
    assert settings.get("shop_phone") == "028-8888 6666"


def test_changing_the_language_says_it_applies_after_a_restart(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm import settings

    dialog = window.show_settings()
    user.ignore(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    user.will_click("OK")
    dialog.save_settings()
    qtbot.waitUntil(lambda: settings.get("language") == "zh_CN")
    qtbot.waitUntil(lambda: bool(user.seen))
    assert user.seen == ["The new language applies the next time you start SmallCRM."]


def test_staff_can_be_added_renamed_and_deactivated(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.customers.staff import list_staff

    dialog = window.show_settings()
    user.ignore(dialog)

    def type_name(name: str) -> Any:
        def answer(d: Any) -> None:
            d.setTextValue(name)
            d.accept()

        return answer

    user.will(type_name("小王"))
    dialog.add_staff()
    qtbot.waitUntil(lambda: [s["name"] for s in list_staff()] == ["小王"])
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 1)
    dialog.staff_list.setCurrentRow(0)
    user.will(type_name("王小明"))
    dialog.rename_staff()
    qtbot.waitUntil(lambda: [s["name"] for s in list_staff()] == ["王小明"])
    qtbot.waitUntil(lambda: dialog.staff_list.currentRow() == 0 and "王小明" in dialog.staff_list.item(0).text())
    dialog.toggle_active()
    qtbot.waitUntil(lambda: not list_staff()[0]["active"])
    qtbot.waitUntil(lambda: "(left)" in dialog.staff_list.item(0).text())


def test_a_long_shop_address_opens_showing_its_start(qtbot: Any, crm: Any) -> None:
    from smallcrm import settings

    address = "四川省成都市武侯区人民南路四段一号附二号时代广场写字楼二十三层二三零一室（请走北门）"
    settings.put("shop_address", address)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.shop_address.text() == address
    assert dialog.shop_address.cursorPosition() == 0  # the owner reads 四川省…, not …北门）
