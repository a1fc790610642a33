"""The Mailing area driven like the owner does: a mailing from a tag, one person
removed, the preview, a PDF, and "mark as sent"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import open_window

from smallcrm.ui.mailing_view import MailingView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def view(qtbot: Any, crm: Path) -> MailingView:
    from smallcrm.domain.customers import create_customer

    home = {"province": "四川省", "city": "成都市", "district": "武侯区", "postcode": "610041", "mail_consent": True}
    for i, (name, extra) in enumerate(
        [("张户", {}), ("李女", {"gender": "F"}), ("王长见", {}), ("赵无", {"mail_consent": False}), ("钱外", None)]
    ):
        data = {"name": name, "street": f"人民南路{i + 1}号", **home, **(extra or {})}
        if extra is not None:
            data["tags"] = ["VIP"]
        create_customer(data, allow_duplicate=True)
    window = open_window(qtbot, crm)
    window.show_area("mailing")
    widget = window.areas["mailing"][0]
    assert isinstance(widget, MailingView)
    qtbot.waitUntil(lambda: widget.output.count() > 0 and widget.occasion.count() > 0)
    return widget


def _names(table: Any) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_mailing_from_a_tag_edited_previewed_saved_and_sent(qtbot: Any, view: MailingView, tmp_path: Path) -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    qtbot.keyClicks(view.title_edit, "New Year cards")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.recipients.rowCount() == 3)
    assert sorted(_names(view.recipients)) == ["张户", "李女", "王长见"]
    assert view.heading.text() == "New Year cards"
    assert _names(view.excluded) == ["赵无"]  # no consent: shown, not silently dropped
    assert view.excluded.item(0, 1).text() == "No consent to be mailed"

    row = _names(view.recipients).index("王长见")
    view.recipients.selectRow(row)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.recipients.rowCount() == 2)
    assert "王长见" not in _names(view.recipients)

    preview = view.show_preview(run=False)
    assert preview is not None
    preview.dialog.show()
    qtbot.waitUntil(lambda: preview.report is not None)
    preview.dialog.close()
    assert preview.report.items == 2

    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(view.save_pdf(str(out)).finished, timeout=20_000):
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
    qtbot.waitUntil(lambda: view.recipients.rowCount() == 4)
    assert "赵无" not in _names(view.recipients)


def test_a_custom_sheet_is_measured_saved_and_chosen(qtbot: Any, view: MailingView) -> None:
    dialog = view.custom_sheet(run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Shop sheet")
    dialog.rows.setValue(9)  # 15.15 + 8 x 38.1 + 38.1 mm: past the bottom of A4
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "beyond the 210 x 297 mm page" in dialog.error.text()
    dialog.rows.setValue(7)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert view.output.currentText() == "Labels: Shop sheet"
    assert view.skip.maximum() == 20
