"""The app speaks the system's language: started in a Chinese locale, everything the
main window shows (menus, toolbar, navigation, status bar, buttons) is Chinese;
numbers, money and dates follow the locale; Qt's own dialogs are Chinese too."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from smallcrm.ui.shell import help as guide
from smallcrm.ui.shell import translations
from smallcrm.ui.shell.main_window import MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words that stay as they are in Chinese: the product's name, keys, language names.
NOT_TRANSLATED = {"SmallCRM", "English", "简体中文", "Qt"}

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def system_chinese() -> Iterator[str]:
    """The language the app picks on a Chinese system, installed as the app does."""
    lang = translations.language_for(None, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = translations.install(lang)
    yield lang
    installed.remove()
    translations.install("en").remove()


def _is_chinese(text: str) -> bool:
    plain = re.sub(r"\(&\w\)|&", "", text).strip(" …:：")
    return not plain or plain in NOT_TRANSLATED or bool(CJK.search(plain)) or not re.search(r"[A-Za-z]{2}", plain)


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu()))
    return texts


def _visible_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root) and w.text()]
    return texts


def test_a_chinese_system_gets_the_chinese_app() -> None:
    assert translations.language_for(None, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert translations.language_for(None, QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert translations.language_for(None, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_started_in_chinese_the_main_window_is_chinese(
    qtbot: Any, system_chinese: str, customers: list[Any], crm: Path
) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(w.counts.text()))
    texts = [a.text() for a in w.menuBar().actions()]
    for top in w.menuBar().actions():
        texts += _menu_texts(top.menu())
    texts += [a.text() for a in w.toolbar.actions() if not a.isSeparator()]
    if w.nav is not None:
        texts += [w.nav.item(i).text() for i in range(w.nav.count())]
    texts += [w.counts.text(), w.windowTitle()]
    texts += _visible_texts(w)
    english = [t for t in texts if not _is_chinese(t)]
    assert english == []
    assert len(texts) > 30  # menus, toolbar, list and profile were all looked at


def test_started_in_chinese_the_welcome_page_buttons_are_chinese(qtbot: Any, system_chinese: str, crm: Path) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    w.show()
    english = [t for t in _visible_texts(w.welcome) if not _is_chinese(t) and not t.startswith("数据库")]
    assert english == []


def test_qts_own_dialog_buttons_are_chinese(system_chinese: str) -> None:
    # QPlatformTheme's button texts come from qtbase_zh_CN: "&Cancel" in context QPlatformTheme.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_money_numbers_and_dates_follow_the_locale(system_chinese: str, crm: Path) -> None:
    from smallcrm import settings

    assert translations.format_money(123456) == "¥1,234.56"
    assert translations.format_money(-5) == "-¥0.05"
    assert translations.format_number(1234567) == "1,234,567"
    assert translations.format_date(dt.date(2025, 6, 30)) == "2025/6/30"
    settings.put("currency", "hkd")
    translations.forget_currency()
    assert translations.format_money(100) == "HK$1.00"
    translations.forget_currency()


def test_taking_the_chinese_translation_off_leaves_english_behind(qtbot: Any, crm: Path) -> None:
    """The guide, the dates and current_language() follow the strings: once Chinese is
    taken off, a window opened next is English throughout (the guide was Chinese)."""
    translations.install("zh_CN").remove()
    assert translations.current_language() == "en"
    assert translations.format_date(dt.date(2025, 6, 30)) == "6/30/2025"
    window = MainWindow(crm)
    qtbot.addWidget(window)
    window.help_action.trigger()
    dialog = window.findChild(guide.HelpDialog)
    assert "Bring in your customers" in dialog.guide.toPlainText()
    dialog.close()


def test_in_english_dates_keep_a_four_digit_year(crm: Path) -> None:
    installed = translations.install("en")
    try:
        assert "2025" in translations.format_date(dt.date(2025, 6, 30))
        assert translations.format_money(100) == "¥1.00"
    finally:
        installed.remove()
        translations.forget_currency()


def test_the_currency_is_a_setting_in_the_settings_dialog(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm import settings

    dialog = window.show_settings()
    assert dialog.currency.currentText() == "CNY"
    dialog.currency.setCurrentText("HKD")
    dialog.save_settings()
    qtbot.waitUntil(lambda: settings.get("currency") == "HKD")
    qtbot.waitUntil(lambda: translations.format_money(250) == "HK$2.50")
    translations.forget_currency()


def test_the_profile_shows_amounts_in_the_shops_currency(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm import settings
    from smallcrm.domain.records.purchases import add_purchase

    cid = customers[0].id
    add_purchase(cid, {"date": dt.date(2026, 1, 5), "item": "茶叶", "amount_cents": 12345, "cost_cents": 10000})
    settings.put("currency", "HKD")
    translations.forget_currency()
    try:
        window.customers.profile.show_customer(cid)
        assert window.customers.profile.fields["revenue"].text() == "HK$123.45"
        assert window.customers.profile.fields["profit"].text().startswith("HK$23.45")
    finally:
        translations.forget_currency()


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    found = re.search(r"(?<!&)&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(window: MainWindow) -> list[str]:
    clashes = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text())
            if letter is None:
                continue
            if letter in seen and seen[letter] != action.text():
                clashes.append(f"{menu_action.text()}: {seen[letter]!r} and {action.text()!r}")
            seen.setdefault(letter, action.text())
    return clashes


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_menu_item_has_its_own_key(qtbot: Any, crm: Path, language: str, request: pytest.FixtureRequest) -> None:
    if language == "zh":
        request.getfixturevalue("system_chinese")  # installed before the window is built
    window = MainWindow(crm)
    qtbot.addWidget(window)
    assert _clashes(window) == []
