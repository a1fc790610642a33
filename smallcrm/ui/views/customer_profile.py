"""The selected customer's profile beside the list: who they are, how to reach them,
what they bought. With nobody selected, the shop's day (``ui.views.shop_today``).

The birthday lines are the editor's too: '1985-03-12 (age 40)', '2026-09-25, in 34 days'.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import UserError
from smallcrm.ui.shell import translations
from smallcrm.ui.views.shop_today import ShopToday
from smallcrm.ui.widgets.labels import muted, value_label


def birthday_line(c: dict[str, Any]) -> str:
    """'1985-03-12 (age 40)' or '农历八月十五' for the profile and the editor."""
    b = c.get("birthday")
    if not b:
        return ""
    if b["calendar"] == "lunar":
        text = b["text"]  # 农历二月初二: the form the owner writes
    elif b["year"]:
        text = f"{b['year']:04d}-{b['month']:02d}-{b['day']:02d}"
    else:
        text = QCoreApplication.translate("Birthday", "{month}/{day}").format(month=b["month"], day=b["day"])
    if c.get("age") is not None:
        text = QCoreApplication.translate("Birthday", "%1 (age %2)").replace("%1", text).replace("%2", str(c["age"]))
    return text


def next_birthday_line(when: str | None) -> str:
    """'2026-09-25, in 34 days'."""
    if not when:
        return ""
    days = (dt.date.fromisoformat(when) - dt.date.today()).days
    if days == 0:
        return QCoreApplication.translate("Birthday", "%1, today").replace("%1", when)
    if days == 1:
        return QCoreApplication.translate("Birthday", "%1, tomorrow").replace("%1", when)
    # days >= 2 here, so one plural form is enough even in English.
    return QCoreApplication.translate("Birthday", "%1, in %2 days").replace("%1", when).replace("%2", str(days))


class CustomerProfile(QWidget):
    """Read-only profile of the selected customer; with none selected, the shop's day
    (``ui.views.shop_today``) instead of an empty third of the screen."""

    open_requested = Signal(int)
    sale_requested = Signal(int)  # "New Sale": the sale screen, with this customer chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.today = ShopToday()
        self._stack.addWidget(self.today)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(self._build_header())
        layout.addSpacing(10)
        layout.addLayout(self._build_form())
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        # The profile sits on the same white "paper" as the list beside it.
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setBackgroundRole(QPalette.ColorRole.Base)
        body.setBackgroundRole(QPalette.ColorRole.Base)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._stack.addWidget(scroll)
        self.clear()

    def _build_header(self) -> QHBoxLayout:
        """The name in large type, the customer number under it, and Open beside them."""
        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = muted(QLabel())
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Edit this customer, with purchases, contacts and history (Enter)"))
        self.open_button.clicked.connect(self._open)
        self.sale_button = QPushButton(self.tr("New Sale…"))
        self.sale_button.setToolTip(self.tr("Record a sale to this customer at the counter (记一笔)"))
        self.sale_button.clicked.connect(self._sale)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.number_label)
        top.addLayout(names, 1)
        top.addWidget(self.sale_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _build_form(self) -> QFormLayout:
        """A muted name and a value for each line of the profile."""
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.fields: dict[str, QLabel] = {}
        self._names: list[QLabel] = []
        for key, label in [
            ("phone", self.tr("Phone")),
            ("wechat", self.tr("WeChat")),
            ("birthday", self.tr("Birthday")),
            ("next_birthday", self.tr("Next birthday")),
            ("address", self.tr("Address")),
            ("staff", self.tr("Staff")),
            ("tags", self.tr("Tags")),
            ("purchases", self.tr("Purchases")),
            ("revenue", self.tr("Total spent")),
            ("profit", self.tr("Profit")),
            ("last_purchase", self.tr("Last purchase")),
            ("notes", self.tr("Notes")),
        ]:
            value = value_label()
            self.fields[key] = value
            name = muted(QLabel(label))
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._names.append(name)
            self.form.addRow(name, value)
        return self.form

    def _open(self) -> None:
        if self.customer_id:
            self.open_requested.emit(self.customer_id)

    def _sale(self) -> None:
        if self.customer_id:
            self.sale_requested.emit(self.customer_id)

    def clear(self) -> None:
        self.customer_id = None
        self._stack.setCurrentWidget(self.today)

    def show_customer(self, customer_id: int) -> None:
        # domain.customers.profile: 4-10 ms at import, not needed before a customer is chosen.
        from smallcrm.domain.customers.lookup import get_customer
        from smallcrm.domain.customers.profile import customer_dict

        try:
            c = customer_dict(get_customer(customer_id))
        except UserError:  # purged meanwhile: nothing to show
            self.clear()
            return
        self.customer_id = customer_id
        if self._names:
            # The label sits beside the first line of its value, also when the value
            # wraps. WORKAROUND: a line holding Chinese is taller than a Latin one (the
            # CJK fallback font), so the label is centred in a box one such line high
            # instead of top-aligned, which would put English labels a little high.
            # Measured here, not at start: measuring Chinese loads the CJK font.
            line_height = max(QLabel("Ag").sizeHint().height(), QLabel("王").sizeHint().height())
            for name in self._names:
                name.setFixedHeight(line_height)
            self._names = []
        dash = "—"
        self.name_label.setText(c["name"] or self.tr("(no name)"))
        self.number_label.setText(self.tr("Customer No. %1").replace("%1", c["customer_no"]))
        phones = [p for p in (c["phone"], c["phone2"]) if p]
        self.fields["phone"].setText("\n".join(phones) or dash)
        self.fields["wechat"].setText(c["wechat"] or dash)
        self.fields["birthday"].setText(birthday_line(c) or dash)
        self.fields["next_birthday"].setText(next_birthday_line(c.get("next_birthday")) or dash)
        parts = [c[k] for k in ("province", "city", "district", "street") if c[k]]
        address = " ".join(dict.fromkeys(parts))  # a municipality is its own province
        if address and c["postcode"]:
            address += "  " + c["postcode"]
        self.fields["address"].setText(address or dash)
        self.fields["staff"].setText(c["staff"] or dash)
        self.fields["tags"].setText(self.tr(", ", "separator between tags").join(c["tags"]) or dash)
        self.fields["purchases"].setText(f"{c['purchase_count']:,}")
        self.fields["revenue"].setText(translations.format_money(c["revenue_cents"]))
        money = translations.format_money
        profit = money(c["profit_cents"])
        # The parts, as the analysis counts them (domain.records.profit).
        profit += "\n" + (
            self.tr("paid %1 − cost of goods %2 − service %3 (%4 contacts)")
            .replace("%1", money(c["revenue_cents"]))
            .replace("%2", money(c["cost_cents"]))
            .replace("%3", money(c["service_cost_cents"]))
            .replace("%4", f"{c['service_contacts']:,}")
        )
        if c["lines_without_cost"]:
            profit += "\n" + self.tr("Not counted (no cost price): %1").replace("%1", f"{c['lines_without_cost']:,}")
        self.fields["profit"].setText(profit if c["purchase_count"] or c["service_contacts"] else dash)
        self.fields["last_purchase"].setText(c["last_purchase"] or dash)
        self.fields["notes"].setText(c["notes"] or dash)
        self._stack.setCurrentIndex(1)
