"""The customer form: the Details tab of the editor, checked as the owner types.

Each field is checked with the same domain functions that save it: a phone number is
echoed back in the form it will be matched in, a birthday with its next occurrence
(solar or lunar), an income with the band it will be analysed in, and a mistake is
named under its field before Save is pressed. What the form holds goes to the domain
as :meth:`CustomerForm.values`; saving, leaving and the other tabs are the editor's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from smallcrm import settings
from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.fields import clean_fields
from smallcrm.domain.values import phones
from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.domain.values.incomes import BAND_HINTS, BANDS, OTHER, segment_key
from smallcrm.errors import ValidationError
from smallcrm.ui.views.customer_profile import next_birthday_line
from smallcrm.ui.widgets.form_field import Field, error_text

_TEXT = "text"
_LONG = "long"
# A form row: its label and widget, or a heading (the widget None).
Rows = Sequence[tuple[str, QWidget | None]]


class CustomerForm(QScrollArea):
    """Every field of one customer in two columns of groups, and the notes under them."""

    changed = Signal(str)  # a field's key, once its new value has been checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.existing = False  # a stored customer (not a new one): see _validate
        self._loaded_calendar = "solar"
        self._region = "CN"
        self._country = "CN"  # the customer's, for the postcode's rule

        self._build_choices()
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(28)
        grid.addLayout(self._form(self._contact_rows()), 0, 0)
        grid.addLayout(self._form(self._profile_rows()), 0, 1)
        notes_label = QLabel(self.tr("Notes"))
        bold = QFont(self.font())
        bold.setBold(True)
        notes_label.setFont(bold)
        grid.addWidget(notes_label, 1, 0, 1, 2)
        grid.addWidget(self._long("notes"), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    # -- building -------------------------------------------------------------------------------

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit()
        if placeholder:
            w.setPlaceholderText(placeholder)
        self._add(key, w, _TEXT)
        return w

    def _long(self, key: str) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self._add(key, w, _LONG)
        return w

    def _combo(self, key: str, items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
        w = QComboBox()
        w.setEditable(editable)
        for label, data in items:
            w.addItem(label, data)
        self._add(key, w, "combo")
        return w

    def _build_choices(self) -> None:
        """The fields that offer choices: gender, birthday's calendar, staff, status."""
        self.gender = self._combo(
            "gender", [(self.tr("Not given"), ""), (self.tr("Male"), "M"), (self.tr("Female"), "F")]
        )
        self.birthday = self._line("birthday", self.tr("1985-03-12, 3-12 or 八月十五"))
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Solar"), "solar")
        self.calendar.addItem(self.tr("Lunar (农历)"), "lunar")
        self.calendar.currentIndexChanged.connect(lambda _i: self._changed("birthday"))
        self.staff = self._combo("staff", [], editable=True)
        cast(QLineEdit, self.staff.lineEdit()).setPlaceholderText(self.tr("nobody yet"))  # editable: has one
        self.churn_status = self._combo(
            "churn_status", [(self.tr("Active"), "active"), (self.tr("Churned"), "churned")]
        )
        self.churn_reason = self._combo(
            "churn_reason",
            [
                (self.tr("—"), ""),
                (self.tr("Natural (moved away, no longer needs it)"), "natural"),
                (self.tr("Lost to a competitor"), "competitive"),
                (self.tr("Our fault (price, quality, service)"), "fault"),
            ],
        )
        self.consent = QCheckBox(self.tr("May receive cards and mail"))
        self._add("mail_consent", self.consent, "check")

    def _contact_rows(self) -> Rows:
        """The left column: how to reach the customer, and their place with the shop."""
        return [
            (self.tr("Contact"), None),
            (self.tr("Name"), self._line("name")),
            (self.tr("Gender"), self.gender),
            (self.tr("Phone"), self._line("phone", self.tr("138 1234 5678"))),
            (self.tr("Phone 2"), self._line("phone2")),
            (self.tr("WeChat"), self._line("wechat")),
            (self.tr("Email"), self._line("email")),
            (self.tr("Birthday"), self._birthday_row()),
            (self.tr("With the shop"), None),
            (self.tr("Customer No."), self._line("customer_no", self.tr("given when saved"))),
            (self.tr("Staff"), self.staff),
            (self.tr("Tags"), self._line("tags", self.tr("VIP, 老客户"))),
            (self.tr("Source"), self._line("source", self.tr("walk-in, friend, WeChat…"))),
            (self.tr("Mail"), self.consent),
        ]

    def _profile_rows(self) -> Rows:
        """The right column: the address, the profile the articles ask for, and the status."""
        return [
            (self.tr("Address"), None),
            (self.tr("Province"), self._line("province")),
            (self.tr("City"), self._line("city")),
            (self.tr("District"), self._line("district")),
            (self.tr("Street"), self._line("street")),
            (self.tr("Postcode"), self._line("postcode")),
            (self.tr("Profile"), None),
            (self.tr("Occupation"), self._line("occupation")),
            (self.tr("Income"), self._income_choice()),
            (self.tr("Family"), self._line("family")),
            (self.tr("Preferences"), self._line("preferences")),
            (self.tr("Buying habits"), self._line("buying_habits")),
            (self.tr("Status"), None),
            (self.tr("Status"), self.churn_status),
            (self.tr("Reason"), self.churn_reason),
            # A format, not an example date: a greyed date reads as if it were filled in.
            (self.tr("Left on"), self._line("churned_on", self.tr("YYYY-MM-DD, when they stopped coming"))),
            (self.tr("Note on leaving"), self._line("churn_note")),
        ]

    def _income_choice(self) -> QComboBox:
        """The income bands to pick from, or the owner's own words (kept as typed and
        analysed as "other income")."""
        w = self._combo("income_band", [("", ""), *((band, band) for band in BANDS)], editable=True)
        for i, band in enumerate(BANDS, start=1):
            w.setItemData(i, QCoreApplication.translate("Income", BAND_HINTS[band]), Qt.ItemDataRole.ToolTipRole)
        cast(QLineEdit, w.lineEdit()).setPlaceholderText(self.tr("choose a band, or write your own"))
        return w

    def _birthday_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.birthday, 1)
        layout.addWidget(self.calendar)
        return row

    def _form(self, rows: Rows) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        bold = QFont(self.font())
        bold.setBold(True)
        for label, widget in rows:
            if widget is None:
                heading = QLabel(label)
                heading.setFont(bold)
                if form.rowCount():
                    form.addItem(QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
                form.addRow(heading)
                continue
            form.addRow(label, widget)
            field = next((f for f in self.fields.values() if f.widget is widget or widget.isAncestorOf(f.widget)), None)
            if field is not None:
                form.addRow("", field.message)
                field.form = form
                form.setRowVisible(field.message, False)
        return form

    def _add(self, key: str, widget: QWidget, kind: str) -> None:
        field = Field(key, widget, kind)
        self.fields[key] = field
        widget.setObjectName(key)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t, k=key: self._changed(k))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda k=key: self._changed(k))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on, k=key: self._changed(k))
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t, k=key: self._changed(k))
            else:
                widget.currentIndexChanged.connect(lambda _i, k=key: self._changed(k))

    # -- filling ------------------------------------------------------------------------------

    def reset(self) -> None:
        """The shop's phone region and staff as they are now, and no message under any field."""
        self._region = settings.get("phone_region")
        staff = [name for _id, name, active in cf.staff_choices(include_inactive=False)]
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItems(["", *staff])
        self.staff.blockSignals(False)
        for f in self.fields.values():
            f.show_message("", error=False)

    def fill(self, c: dict[str, Any], *, existing: bool) -> None:
        """Show a customer as ``customer_dict`` gives it (an empty dict: a new one)."""
        self.existing = existing
        b = c.get("birthday")
        birthday = Birthday.from_dict(b).form_text() if b else ""  # the calendar choice says 农历
        self.calendar.blockSignals(True)
        self.calendar.setCurrentIndex(1 if b and b["calendar"] == "lunar" else 0)
        self.calendar.blockSignals(False)
        values = {
            **{k: c.get(k, "") for k in self.fields},
            "birthday": birthday,
            "tags": ", ".join(c.get("tags", [])),
            "gender": c.get("gender", ""),
            "churn_status": c.get("churn_status", "active"),
            "churn_reason": c.get("churn_reason", ""),
            "churned_on": c.get("churned_on") or "",
            "mail_consent": bool(c.get("mail_consent", False)),
            "staff": c.get("staff", ""),
        }
        for key, field in self.fields.items():
            field.set_value(values.get(key))
        self._loaded_calendar = self.calendar.currentData()
        self._country = c.get("country") or "CN"

    def prefill(self, values: dict[str, Any]) -> None:
        """Type these values into their fields (a new customer from the search text)."""
        for key, value in values.items():
            if key in self.fields:
                w = self.fields[key].widget
                if isinstance(w, QLineEdit):
                    w.setText(str(value))

    def focus_name(self) -> None:
        self.fields["name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking as the owner types ------------------------------------------------------------

    def _changed(self, key: str) -> None:
        self._validate(key)
        if key in ("name", "phone"):
            self._validate_identity()
        self.changed.emit(key)

    def validate_all(self) -> None:
        for key in self.fields:
            self._validate(key)
        self._validate_identity()

    def _validate(self, key: str) -> None:
        field = self.fields[key]
        value = field.value()
        try:
            if key in ("phone", "phone2"):
                norm = phones.normalise(value, self._region, key) if value else ""
                shown = phones.display(norm)
                echo = self.tr("Recognised as %1").replace("%1", shown) if norm and shown != value else ""
                field.show_message(echo, error=False)
            elif key == "birthday":
                self._validate_birthday(field)
            elif key == "income_band":
                self._validate_income(field, clean_fields({key: value})[key])
            elif key in ("churned_on", "customer_no", "email", "name", "postcode"):
                if key == "customer_no" and self.existing and not value:
                    field.show_message(self.tr("The customer number cannot be empty."), error=True)
                    return
                clean_fields({key: value}, self._region, country=self._country)
                field.show_message("", error=False)
        except ValidationError as exc:
            if self.existing and not field.dirty():
                # Stored before the rule existed (or imported so): named, but it must not
                # hold the customer's other edits hostage; it is only sent once changed.
                field.show_message(error_text(exc), error=False, warning=True)
            else:
                field.show_message(error_text(exc), error=True)

    def _validate_income(self, field: Field, stored: str) -> None:
        """Say what an income will be analysed as: its band, or "other income"."""
        typed = field.value()
        if not stored:
            field.show_message("", error=False)
        elif segment_key(stored) == OTHER:
            field.show_message(self.tr("Not one of the bands: kept as written, counted as other income."), error=False)
        elif stored != typed:
            field.show_message(self.tr("Recognised as %1").replace("%1", stored), error=False)
        else:
            field.show_message(QCoreApplication.translate("Income", BAND_HINTS[stored]), error=False)

    def birthday_value(self) -> Any:
        """The birthday as the domain reads it (None when empty); raises ValidationError."""
        text = self.fields["birthday"].value()
        if not text:
            return None
        return parse_birthday(text, lunar=self.calendar.currentData() == "lunar")

    def _validate_birthday(self, field: Field) -> None:
        b = self.birthday_value()
        if b is None:
            field.show_message("", error=False)
            return
        if b.lunar and self.calendar.currentData() != "lunar":
            self.calendar.blockSignals(True)
            self.calendar.setCurrentIndex(1)  # typed 农历…: the choice follows
            self.calendar.blockSignals(False)
        today = dt.date.today()
        parts = [self.tr("Next birthday: %1").replace("%1", next_birthday_line(b.next_occurrence(today).isoformat()))]
        age = b.age_on(today)
        if age is not None:
            parts.append(self.tr("age %1").replace("%1", str(age)))
        if b.lunar:
            parts.append(b.to_text())
        field.show_message(" · ".join(parts), error=False)

    def _validate_identity(self) -> None:
        name, phone = self.fields["name"], self.fields["phone"]
        if not name.value() and not phone.value():
            name.show_message(self.tr("A customer needs at least a name or a phone number."), error=True)
        else:
            self._validate("name")  # clears that message once there is a name or a phone

    def dirty(self) -> bool:
        return any(f.dirty() for f in self.fields.values()) or self.calendar.currentData() != self._loaded_calendar

    def has_errors(self) -> bool:
        return any(f.error for f in self.fields.values())

    def first_error(self) -> Field | None:
        """The first field whose message blocks saving, scrolled into view."""
        for f in self.fields.values():
            if f.error:
                self.ensureWidgetVisible(f.widget)
                return f
        return None

    # -- what goes to the domain ----------------------------------------------------------------

    def values(self, only_changed: bool) -> dict[str, Any]:
        """What to send to the domain: every filled field, or only the changed ones."""
        out: dict[str, Any] = {}
        birthday_changed = self.calendar.currentData() != self._loaded_calendar
        for key, field in self.fields.items():
            changed = field.dirty() or (key == "birthday" and birthday_changed)
            if only_changed and not changed:
                continue
            value = field.value()
            if not only_changed and value in ("", None, False) and key not in ("churn_status",):
                continue
            if key == "birthday":
                value = self.birthday_value()
            elif key == "tags":
                value = [t.strip() for t in value.replace("，", ",").replace("、", ",").split(",") if t.strip()]
            out[key] = value
        return out

    def value(self, key: str) -> Any:
        return self.fields[key].value()

    def show_error(self, key: str, text: str) -> None:
        self.fields[key].show_message(text, error=True)
