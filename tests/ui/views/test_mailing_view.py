"""The Mailing area: starting a mailing, its recipients and those left out, marking it sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from smallcrm.store.models import Customer
from smallcrm.ui.shell import fonts
from smallcrm.ui.views.mailing_view import MailingView
from tests.ui.ui_helpers import double_click_index
from tests.ui.views.mailing_area import HOME, _cell, _count, _names, _pdf_words, _start

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_mailing_from_a_tag_edited_previewed_saved_and_sent(qtbot: Any, view: MailingView, tmp_path: Path) -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    qtbot.keyClicks(view.title_edit, "New Year cards")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    assert sorted(_names(view.recipients)) == ["张户", "李女", "王长见"]
    assert view.heading.text() == "New Year cards"
    assert _names(view.excluded) == ["赵无"]  # no consent: shown, not silently dropped
    assert _cell(view.excluded, 0, 1) == "No consent to be mailed"

    # A double-click on the one left out opens their profile, to fix the consent.
    view.tabs.setCurrentIndex(1)
    double_click_index(qtbot, view.excluded, view.excluded.model().index(0, 0))
    window = view.window()
    qtbot.waitUntil(lambda: window.current_area() == "customers" and window.customers.editing)
    assert window.customers.editor.customer_id == Customer.get(Customer.name == "赵无").id
    assert window.customers.editor.isVisible()
    assert window.customers.editor.close_editor()
    window.show_area("mailing")
    view.tabs.setCurrentIndex(0)

    row = _names(view.recipients).index("王长见")
    view.recipients.selectRow(row)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 2)
    assert "王长见" not in _names(view.recipients)

    preview = view.printing.show_preview(run=False)
    assert preview is not None
    preview.dialog.show()
    qtbot.waitUntil(lambda: preview.report is not None)
    preview.dialog.close()
    assert preview.report.items == 2

    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(view.printing.save_pdf(str(out)).finished, timeout=20_000):
        pass
    import pdfplumber

    with pdfplumber.open(str(out)) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    assert words.count("张户") == 1 and words.count("李女") == 1 and "王长见" not in words

    view.mark_sent(confirm=False)
    qtbot.waitUntil(lambda: "Sent on" in view.summary.text(), timeout=10_000)
    assert not view.sent_button.isEnabled() and not view.remove_button.isEnabled()
    from smallcrm.store.models import Interaction

    assert Interaction.select().where(Interaction.kind == "greeting").count() == 2


def test_a_mailing_from_the_list_selection(qtbot: Any, view: MailingView) -> None:
    window = view.window()
    window.customers.table.selectAll()
    view.pick_by.setCurrentIndex(view.pick_by.findData("selection"))
    view.one_per_household.setChecked(False)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 4)
    assert "赵无" not in _names(view.recipients)


def test_a_second_mailing_for_the_same_occasion_asks_first(qtbot: Any, view: MailingView, user: Any) -> None:
    from smallcrm.domain import mailing

    view.occasion.setCurrentIndex(view.occasion.findData("spring_festival"))
    _start(qtbot, view)
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    first = view.mailing_id

    user.will_click("Open It")
    _start(qtbot, view)
    qtbot.waitUntil(lambda: bool(user.seen))
    assert "There is already a mailing for this occasion" in user.seen[0]
    assert len(mailing.list_mailings()) == 1 and view.mailing_id == first

    user.will_click("Start Another")
    _start(qtbot, view)
    qtbot.waitUntil(lambda: view.mailing_id not in (None, first))
    assert len(mailing.list_mailings()) == 2


def test_one_card_per_household_can_go_to_the_family(qtbot: Any, view: MailingView, tmp_path: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer(
        {"name": "张太", "street": "人民南路1号", **HOME, "district": "武侯区", "mail_consent": True, "tags": ["VIP"]},
        allow_duplicate=True,
    )
    assert view.one_per_household.isChecked()
    qtbot.mouseClick(view.to_family, Qt.MouseButton.LeftButton, pos=view.to_family.rect().topLeft() + QPoint(8, 8))
    assert view.to_family.isChecked()
    _start(qtbot, view, "Family cards")
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    assert "张户 全家" in _names(view.recipients)  # 张太 shares the address: one card, to the family
    assert "李女" in _names(view.recipients)  # alone at her address: her own card

    out = tmp_path / "envelopes.pdf"
    with qtbot.waitSignal(view.printing.save_pdf(str(out)).finished, timeout=20_000):
        pass
    assert "全家" in _pdf_words(out)

    view.one_per_household.setChecked(False)
    assert not view.to_family.isEnabled()


def test_the_recipient_list_gets_the_height_of_the_area(qtbot: Any, view: MailingView) -> None:
    """At 1280 x 800 the owner sees well over the 6-8 recipients the area used to show,
    in the font a real start gives the window (with the Chinese fallback families, whose
    taller lines leave 12 rows where Qt's bare default font leaves 14)."""
    fonts.ensure_chinese_font()
    window = view.window()
    window.resize(1280, 800)
    _start(qtbot, view, "New Year cards")
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    qtbot.wait(50)
    rows_visible = view.recipients.viewport().height() // view.recipients.rowHeight(0)
    assert rows_visible >= 12
    assert not view.printing.greeting.isVisible() and view.printing.skip.isVisible()  # labels: the sheet's options only
    view.printing.output.setCurrentIndex(view.printing.output.findText("Greeting inserts"))
    assert view.printing.greeting.isVisible() and not view.printing.skip.isVisible()


def test_a_mailing_in_the_list_shows_its_title_and_state_whole(qtbot: Any, view: MailingView) -> None:
    _start(qtbot, view, "春节贺卡 2027")
    qtbot.waitUntil(lambda: view.mailing_list.count() == 1)
    item = view.mailing_list.item(0)
    assert item.text() == "春节贺卡 2027\n3 recipients, not sent yet"
    # The title is drawn in the (taller) Chinese font; the item must hold two such lines
    # or Qt elides it to one ('春节贺卡 2027…').
    chinese_lines = view.mailing_list.fontMetrics().boundingRect(QRect(0, 0, 10_000, 1_000), 0, "春\n春").height()
    assert view.mailing_list.visualItemRect(item).height() >= chinese_lines
