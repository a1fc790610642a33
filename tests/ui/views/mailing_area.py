"""What the tests of the Mailing area share: a shop with addresses, the area, its tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.views.mailing_view import MailingView
from tests.ui.ui_helpers import open_window

# Where every test customer lives; each test adds what it needs (district, consent, tags).
HOME = {"province": "四川省", "city": "成都市", "postcode": "610041"}


@pytest.fixture
def view(qtbot: Any, crm: Path) -> MailingView:
    from smallcrm.domain.customers.commands import create_customer

    home = {**HOME, "district": "武侯区", "mail_consent": True}
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
    qtbot.waitUntil(lambda: widget.printing.output.count() > 0 and widget.occasion.count() > 0)
    return widget


def _count(table: Any) -> int:
    return int(table.model().rowCount())


def _cell(table: Any, row: int, column: int) -> str:
    """What the table shows in that cell."""
    return str(table.model().index(row, column).data())


def _names(table: Any) -> list[str]:
    return [_cell(table, r, 0) for r in range(_count(table))]


def _start(qtbot: Any, view: MailingView, title: str = "") -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    if title:
        view.title_edit.clear()
        if title.isascii():
            qtbot.keyClicks(view.title_edit, title)
        else:  # Chinese comes from an input method, which commits the text whole
            view.title_edit.insert(title)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)


def _pdf_words(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [w["text"] for page in pdf.pages for w in page.extract_words()]
