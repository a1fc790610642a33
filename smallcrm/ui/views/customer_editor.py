"""One customer, editable: the form, and tabs for purchases, contacts, reminders and
the history of changes. Opens over the list (double-click or Enter; Ctrl+N for a new
customer), Ctrl+S saves, Esc closes, asking first when something is unsaved.

The form checks each field as it is typed, with the same domain functions that save
it: a phone number is echoed back in the form it will be matched in, a birthday with
its next occurrence (solar or lunar), and a mistake is named under its field before
Save is pressed. A new customer who looks like someone already there (same phone, or
same name and street) gets a warning with a way to open the existing one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import UserError, ValidationError
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.views.customer_profile import next_birthday_line
from smallcrm.ui.views.customer_records import ChangesTab, InteractionsTab, PurchasesTab, RemindersTab
from smallcrm.ui.widgets.form_field import Field, error_text

DUPLICATE_CHECK_MS = 400  # after typing stops, look for a customer who is already there
_TEXT = "text"
_LONG = "long"


class CustomerEditor(QWidget):
    """Edit one customer (or add a new one) over the list."""

    closed = Signal(object)  # the customer id shown (None for a new one never saved)
    open_other = Signal(int)  # "open the existing customer" from the duplicate warning
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.fields: dict[str, Field] = {}
        self._loaded_calendar = "solar"
        self._region = "CN"
        self._country = "CN"  # the customer's, for the postcode's rule
        self._saving: worker.Job | None = None
        self._after_save: Callable[[], None] | None = None
        self._duplicate_ids: list[int] = []
        self._dup_job: worker.Job | None = None
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_CHECK_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)

        # -- header ------------------------------------------------------------------------------
        self.title = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.back_button = QPushButton(self.tr("← Back to List"))
        self.back_button.setToolTip(self.tr("Close (Esc)"))
        self.back_button.clicked.connect(self.close_editor)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button = QPushButton(self.tr("Undo Changes"))
        self.revert_button.clicked.connect(self.revert)
        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addSpacing(8)
        head.addLayout(names, 1)
        head.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        # -- the duplicate warning ----------------------------------------------------------------
        self.duplicate_banner = QFrame()
        self.duplicate_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.duplicate_banner.setAutoFillBackground(True)
        banner = QHBoxLayout(self.duplicate_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.open_duplicate_button = QPushButton()
        self.open_duplicate_button.clicked.connect(self._open_duplicate)
        banner.addWidget(self.duplicate_label, 1)
        banner.addWidget(self.open_duplicate_button)
        self.duplicate_banner.hide()

        # -- tabs ------------------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._make_form(), self.tr("Details"))
        self.purchases = PurchasesTab()
        self.interactions = InteractionsTab()
        self.reminders = RemindersTab()
        self.history = ChangesTab()
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self.interactions, self.tr("Timeline"))
        self.tabs.addTab(self.reminders, self.tr("Reminders"))
        self.tabs.addTab(self.history, self.tr("Changes"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.duplicate_banner)
        layout.addWidget(self.tabs, 1)

        # Named, so Help > Keyboard Shortcuts lists them (with where they work).
        save = QAction(self.tr("Save Customer"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save_changes)
        close = QAction(self.tr("Back to List"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close_editor)
        for a in (save, close):
            a.setProperty("shortcut_area", self.tr("Customer"))
        self.addActions([save, close])
        changes.hub().changed.connect(self._on_changed)
        self._update_buttons()

    # -- the form --------------------------------------------------------------------------------

    def _make_form(self) -> QWidget:
        def line(key: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit()
            if placeholder:
                w.setPlaceholderText(placeholder)
            self._add(key, w, _TEXT)
            return w

        def long(key: str) -> QPlainTextEdit:
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(self.fontMetrics().height() * 3 + 14)
            self._add(key, w, _LONG)
            return w

        def combo(key: str, items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
            w = QComboBox()
            w.setEditable(editable)
            for label, data in items:
                w.addItem(label, data)
            self._add(key, w, "combo")
            return w

        self.gender = combo("gender", [(self.tr("Not given"), ""), (self.tr("Male"), "M"), (self.tr("Female"), "F")])
        self.birthday = line("birthday", self.tr("1985-03-12, 3-12 or 八月十五"))
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Solar"), "solar")
        self.calendar.addItem(self.tr("Lunar (农历)"), "lunar")
        self.calendar.currentIndexChanged.connect(lambda _i: self._changed("birthday"))
        self.staff = combo("staff", [], editable=True)
        cast(QLineEdit, self.staff.lineEdit()).setPlaceholderText(self.tr("nobody yet"))  # editable: has one
        self.churn_status = combo("churn_status", [(self.tr("Active"), "active"), (self.tr("Churned"), "churned")])
        self.churn_reason = combo(
            "churn_reason",
            [
                (self.tr("—"), ""),
                (self.tr("Natural (moved away, no longer needs it)"), "natural"),
                (self.tr("Lost to a competitor"), "competitive"),
                (self.tr("Our fault (price, quality, service)"), "fault"),
            ],
        )
        consent = QCheckBox(self.tr("May receive cards and mail"))
        self._add("mail_consent", consent, "check")

        left = [
            (self.tr("Contact"), None),
            (self.tr("Name"), line("name")),
            (self.tr("Gender"), self.gender),
            (self.tr("Phone"), line("phone", self.tr("138 1234 5678"))),
            (self.tr("Phone 2"), line("phone2")),
            (self.tr("WeChat"), line("wechat")),
            (self.tr("Email"), line("email")),
            (self.tr("Birthday"), self._birthday_row()),
            (self.tr("With the shop"), None),
            (self.tr("Customer No."), line("customer_no", self.tr("given when saved"))),
            (self.tr("Staff"), self.staff),
            (self.tr("Tags"), line("tags", self.tr("VIP, 老客户"))),
            (self.tr("Source"), line("source", self.tr("walk-in, friend, WeChat…"))),
            (self.tr("Mail"), consent),
        ]
        right = [
            (self.tr("Address"), None),
            (self.tr("Province"), line("province")),
            (self.tr("City"), line("city")),
            (self.tr("District"), line("district")),
            (self.tr("Street"), line("street")),
            (self.tr("Postcode"), line("postcode")),
            (self.tr("Profile"), None),
            (self.tr("Occupation"), line("occupation")),
            (self.tr("Income"), self._income_choice(combo)),
            (self.tr("Family"), line("family")),
            (self.tr("Preferences"), line("preferences")),
            (self.tr("Buying habits"), line("buying_habits")),
            (self.tr("Status"), None),
            (self.tr("Status"), self.churn_status),
            (self.tr("Reason"), self.churn_reason),
            # A format, not an example date: a greyed date reads as if it were filled in.
            (self.tr("Left on"), line("churned_on", self.tr("YYYY-MM-DD, when they stopped coming"))),
            (self.tr("Note on leaving"), line("churn_note")),
        ]
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(28)
        grid.addLayout(self._form(left), 0, 0)
        grid.addLayout(self._form(right), 0, 1)
        notes_label = QLabel(self.tr("Notes"))
        bold = QFont(self.font())
        bold.setBold(True)
        notes_label.setFont(bold)
        grid.addWidget(notes_label, 1, 0, 1, 2)
        grid.addWidget(long("notes"), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._form_scroll = scroll
        return scroll

    def _income_choice(self, combo: Callable[..., QComboBox]) -> QComboBox:
        """The income bands to pick from, or the owner's own words (kept as typed and
        analysed as "other income")."""
        from smallcrm.domain.values.incomes import BAND_HINTS, BANDS

        w = combo("income_band", [("", ""), *((band, band) for band in BANDS)], editable=True)
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

    def _form(self, rows: Sequence[tuple[str, QWidget | None]]) -> QFormLayout:
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
                    form.addItem(_spacer(8))
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

    # -- loading -----------------------------------------------------------------------------------

    def _reset_form(self) -> None:
        from smallcrm import settings
        from smallcrm.domain.customers import filters as cf

        self._region = settings.get("phone_region")
        staff = [name for _id, name, active in cf.staff_choices(include_inactive=False)]
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItems(["", *staff])
        self.staff.blockSignals(False)
        for f in self.fields.values():
            f.show_message("", error=False)
        self._duplicate_ids = []
        self.duplicate_banner.hide()

    def load(self, customer_id: int) -> None:
        """Show a customer from the database (discarding what the form held)."""
        from smallcrm.domain.customers.lookup import get_customer
        from smallcrm.domain.customers.profile import customer_dict

        self._reset_form()
        c = customer_dict(get_customer(customer_id))
        self.customer_id = customer_id
        self._fill(c)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        for tab in (self.purchases, self.interactions, self.reminders, self.history):
            tab.load(customer_id)
        self._validate_all()
        self._update_buttons()

    def new(self, prefill: dict[str, Any] | None = None) -> None:
        """An empty form for a new customer, optionally with some fields filled in."""
        self._reset_form()
        self.customer_id = None
        self._fill({})
        for key, value in (prefill or {}).items():
            if key in self.fields:
                w = self.fields[key].widget
                if isinstance(w, QLineEdit):
                    w.setText(str(value))
        self.tabs.setCurrentIndex(0)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        for tab in (self.purchases, self.interactions, self.reminders, self.history):
            tab.load(None)
        self._update_buttons()
        if prefill:
            self._dup_timer.start()

    def _fill(self, c: dict[str, Any]) -> None:
        from smallcrm.domain.values.birthdays import Birthday

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
        name = c.get("name") or ""
        if self.customer_id is None:
            self.title.setText(self.tr("New Customer"))
            self.subtitle.setText(self.tr("Fill in what you know; a name or a phone number is enough."))
        else:
            self.title.setText(name or self.tr("(no name)"))
            added = (c.get("created_at") or "")[:10]
            self.subtitle.setText(
                self.tr("Customer No. %1 · added %2").replace("%1", c.get("customer_no", "")).replace("%2", added)
            )

    def focus_first(self) -> None:
        if self.customer_id is None or self.tabs.currentIndex() == 0:
            self.fields["name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking as the owner types ------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        self._validate(key)
        if key in ("name", "phone"):
            self._validate_identity()
        if key in ("phone", "phone2", "name", "street") and self.customer_id is None:
            self._dup_timer.start()
        self._update_buttons()

    def _validate_all(self) -> None:
        for key in self.fields:
            self._validate(key)
        self._validate_identity()

    def _validate(self, key: str) -> None:
        from smallcrm.domain.customers.fields import clean_fields
        from smallcrm.domain.values import phones

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
                if key == "customer_no" and self.customer_id is not None and not value:
                    field.show_message(self.tr("The customer number cannot be empty."), error=True)
                    return
                clean_fields({key: value}, self._region, country=self._country)
                field.show_message("", error=False)
        except ValidationError as exc:
            if self.customer_id is not None and not field.dirty():
                # Stored before the rule existed (or imported so): named, but it must not
                # hold the customer's other edits hostage; it is only sent once changed.
                field.show_message(error_text(exc), error=False, warning=True)
            else:
                field.show_message(error_text(exc), error=True)

    def _validate_income(self, field: Field, stored: str) -> None:
        """Say what an income will be analysed as: its band, or "other income"."""
        from smallcrm.domain.values.incomes import BAND_HINTS, OTHER, segment_key

        typed = field.value()
        if not stored:
            field.show_message("", error=False)
        elif segment_key(stored) == OTHER:
            field.show_message(self.tr("Not one of the bands: kept as written, counted as other income."), error=False)
        elif stored != typed:
            field.show_message(self.tr("Recognised as %1").replace("%1", stored), error=False)
        else:
            field.show_message(QCoreApplication.translate("Income", BAND_HINTS[stored]), error=False)

    def _birthday_value(self) -> Any:
        """The birthday as the domain reads it (None when empty); raises ValidationError."""
        from smallcrm.domain.values.birthdays import parse_birthday

        text = self.fields["birthday"].value()
        if not text:
            return None
        return parse_birthday(text, lunar=self.calendar.currentData() == "lunar")

    def _validate_birthday(self, field: Field) -> None:
        b = self._birthday_value()
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

    def _update_buttons(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled((dirty or self.customer_id is None) and not self.has_errors() and not self._saving)
        self.revert_button.setVisible(dirty and self.customer_id is not None)

    # -- duplicates ---------------------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        from smallcrm.domain.customers.lookup import likely_duplicates_of

        data = {k: self.fields[k].value() for k in ("name", "phone", "phone2", "street")}
        if not any(data.values()) or any(self.fields[k].error for k in ("phone", "phone2")):
            self._show_duplicates([])
            return
        exclude = self.customer_id

        def find(_p: Any, _c: Any) -> list[tuple[int, str, str, str]]:
            try:
                found = likely_duplicates_of(data, exclude_id=exclude)
            except UserError:
                return []
            return [(c.id, c.name, c.phone, c.customer_no) for c in found[:5]]

        self._dup_job = worker.start(find)
        self._dup_job.finished.connect(self._duplicates_found)

    def _duplicates_found(self, found: Any, error: Any) -> None:
        if self.sender() is not self._dup_job:
            return
        if error is not None:
            raise error
        self._show_duplicates(found)

    def _show_duplicates(self, found: list[tuple[int, str, str, str]]) -> None:
        self._duplicate_ids = [f[0] for f in found]
        if not found:
            self.duplicate_banner.hide()
            return
        _cid, name, phone, number = found[0]
        who = " · ".join(p for p in (name, phone, number) if p)
        text = self.tr("This may be a customer you already have: %1").replace("%1", who)
        if len(found) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", str(len(found) - 1))
        self.duplicate_label.setText(text)
        self.open_duplicate_button.setText(self.tr("Open %1").replace("%1", name or number))
        self.duplicate_banner.show()

    def _open_duplicate(self) -> None:
        """The owner recognised the customer: what was typed for the new one is dropped."""
        if self._duplicate_ids:
            target = self._duplicate_ids[0]
            self.discard()
            self.open_other.emit(target)

    # -- saving -------------------------------------------------------------------------------------

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
                value = self._birthday_value()
            elif key == "tags":
                value = [t.strip() for t in value.replace("，", ",").replace("、", ",").split(",") if t.strip()]
            out[key] = value
        return out

    def save_changes(self, *, allow_duplicate: bool = False) -> None:
        """Ctrl+S: check, then save on the write thread; the form reloads from the database."""
        if self._saving is not None:
            return
        self._validate_all()
        if self.has_errors():
            self._focus_error()
            self._update_buttons()
            return
        try:
            data = self.values(only_changed=self.customer_id is not None)
        except ValidationError as exc:
            self.fields["birthday"].show_message(error_text(exc), error=True)
            self._focus_error()
            return
        if self.customer_id is not None and not data:
            self._saved_then_continue()
            return
        from smallcrm.domain.customers.commands import create_customer, update_customer

        cid = self.customer_id
        if cid is None:

            def command() -> Any:
                return create_customer(data, allow_duplicate=allow_duplicate).id
        else:

            def command() -> Any:
                return update_customer(cid, data, allow_duplicate=allow_duplicate).id

        self._saving = changes.run_command(
            self,
            command,
            kind=changes.CUSTOMERS,
            ids=lambda saved: [saved],
            on_done=self._saved,
            on_user_error=self._save_refused,
        )
        self._update_buttons()

    def _saved(self, customer_id: int) -> None:
        self._saving = None
        added = self.customer_id is None
        name = self.fields["name"].value() or self.fields["phone"].value()
        self.load(customer_id)
        self.status_message.emit((self.tr("Added %1.") if added else self.tr("Saved %1.")).replace("%1", name))
        self._saved_then_continue()

    def _saved_then_continue(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_refused(self, error: UserError) -> bool:
        from smallcrm.domain.customers.commands import DuplicateCustomerError

        self._saving = None
        self._after_save = None
        self._update_buttons()
        if isinstance(error, DuplicateCustomerError):
            return self._ask_about_duplicate(error)
        if isinstance(error, ValidationError) and error.field in self.fields:
            self.fields[error.field].show_message(error_text(error), error=True)
            self._focus_error()
            self._update_buttons()
            return True
        return False

    def _ask_about_duplicate(self, error: Any) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(error.render(QCoreApplication.translate))
        box.setInformativeText(self.tr("Open the customer you already have, or save this one as well?"))
        open_button = box.addButton(self.tr("Open Existing"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = None
        if not self._number_taken(error.existing_ids):  # a taken number cannot be kept twice
            keep_button = box.addButton(self.tr("Save Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button and error.existing_ids:
            self.discard()
            self.open_other.emit(error.existing_ids[0])
        elif keep_button is not None and clicked is keep_button:
            self.save_changes(allow_duplicate=True)
        return True

    def _number_taken(self, ids: list[int]) -> bool:
        from smallcrm.store.models import Customer

        number = self.fields["customer_no"].value()
        if not number or not ids:
            return False
        return Customer.select().where(Customer.id.in_(ids) & (Customer.customer_no == number)).exists()

    def _focus_error(self) -> None:
        """After a refused save: the first wrong field in view and focused, and the
        status bar says why nothing was saved (Ctrl+S must not refuse in silence)."""
        for f in self.fields.values():
            if f.error:
                self.tabs.setCurrentIndex(0)
                self._form_scroll.ensureWidgetVisible(f.widget)
                f.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.status_message.emit(self.tr("Not saved: %1").replace("%1", f.message.text()))
                return

    # -- leaving ------------------------------------------------------------------------------------

    def maybe_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when the form may be left now. With unsaved changes the owner chooses:
        Save (the form is left once the save succeeds: ``then``), Discard or Cancel."""
        if not self.dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to %1?").replace("%1", self.title.text()))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        if answer == QMessageBox.StandardButton.Save:
            self._after_save = then
            self.save_changes()
        return False

    def discard(self) -> None:
        """Forget the unsaved changes (the form shows the stored customer again)."""
        self._dup_timer.stop()
        if self.customer_id is not None:
            self.load(self.customer_id)
        else:
            self._fill({})

    def revert(self) -> None:
        self.discard()

    def close_editor(self) -> bool:
        """Esc or Back: leave for the list, asking about unsaved changes first."""
        if self.maybe_leave(then=self._close_now):
            self._close_now()
            return True
        return False

    def _close_now(self) -> None:
        self._dup_timer.stop()
        self.closed.emit(self.customer_id)

    def discard_and_close(self) -> None:
        self.discard()
        self._close_now()

    # -- changes made elsewhere --------------------------------------------------------------------

    def _on_changed(self, kind: str, ids: list[int] | None) -> None:
        if self.customer_id is None or not self.isVisible():
            return
        if kind == changes.DATABASE:
            self._close_now()
            return
        if kind == changes.CUSTOMERS and (ids is None or self.customer_id in ids) and not self.dirty():
            from smallcrm.domain.customers.lookup import get_customer

            try:
                c = get_customer(self.customer_id)
            except UserError:
                self._close_now()  # purged
                return
            if c.deleted_at is not None:
                self._close_now()
                return
            self.load(self.customer_id)


def _spacer(height: int) -> Any:
    from PySide6.QtWidgets import QSpacerItem

    return QSpacerItem(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
