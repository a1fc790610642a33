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

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.customers.commands import DuplicateCustomerError, create_customer, update_customer
from smallcrm.domain.customers.lookup import get_customer, likely_duplicates_of
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.errors import UserError, ValidationError
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.views.customer_form import CustomerForm
from smallcrm.ui.views.customer_records import ChangesTab, InteractionsTab, PurchasesTab, RemindersTab
from smallcrm.ui.widgets.form_field import error_text

DUPLICATE_CHECK_MS = 400  # after typing stops, look for a customer who is already there


class CustomerEditor(QWidget):
    """Edit one customer (or add a new one) over the list."""

    closed = Signal(object)  # the customer id shown (None for a new one never saved)
    sale_requested = Signal(int)  # "New Sale": the sale screen, with this customer chosen
    open_other = Signal(int)  # "open the existing customer" from the duplicate warning
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._saving: worker.Job | None = None
        self._after_save: Callable[[], None] | None = None
        self._duplicate_ids: list[int] = []
        self._dup_job: worker.Job | None = None
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_CHECK_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)

        self.form = CustomerForm()
        self.form.changed.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, self.tr("Details"))
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
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_duplicate_banner())
        layout.addWidget(self.tabs, 1)
        self._build_shortcuts()
        changes.hub().changed.connect(self._on_changed)
        self._update_buttons()

    def _build_header(self) -> QHBoxLayout:
        """Back to the list, the customer's name and number, Undo Changes and Save."""
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
        self.sale_button = QPushButton(self.tr("New Sale…"))
        self.sale_button.setToolTip(self.tr("Record a sale to this customer at the counter (记一笔)"))
        self.sale_button.clicked.connect(self._request_sale)
        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addSpacing(8)
        head.addLayout(names, 1)
        head.addWidget(self.sale_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_duplicate_banner(self) -> QFrame:
        """The warning that a new customer may be one the shop already has."""
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
        return self.duplicate_banner

    def _build_shortcuts(self) -> None:
        """Ctrl+S and Esc, named, so Help > Keyboard Shortcuts lists them (with where they work)."""
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

    # -- loading -----------------------------------------------------------------------------------

    def _reset_form(self) -> None:
        self.form.reset()
        self._duplicate_ids = []
        self.duplicate_banner.hide()

    def load(self, customer_id: int) -> None:
        """Show a customer from the database (discarding what the form held)."""
        self._reset_form()
        c = customer_dict(get_customer(customer_id))
        self.customer_id = customer_id
        self._fill(c)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        for tab in (self.purchases, self.interactions, self.reminders, self.history):
            tab.load(customer_id)
        self.form.validate_all()
        self._update_buttons()

    def new(self, prefill: dict[str, Any] | None = None) -> None:
        """An empty form for a new customer, optionally with some fields filled in."""
        self._reset_form()
        self.customer_id = None
        self._fill({})
        self.form.prefill(prefill or {})
        self.tabs.setCurrentIndex(0)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        for tab in (self.purchases, self.interactions, self.reminders, self.history):
            tab.load(None)
        self._update_buttons()
        if prefill:
            self._dup_timer.start()

    def _fill(self, c: dict[str, Any]) -> None:
        self.form.fill(c, existing=self.customer_id is not None)
        if self.customer_id is None:
            self.title.setText(self.tr("New Customer"))
            self.subtitle.setText(self.tr("Fill in what you know; a name or a phone number is enough."))
        else:
            self.title.setText(c.get("name") or self.tr("(no name)"))
            added = (c.get("created_at") or "")[:10]
            self.subtitle.setText(
                self.tr("Customer No. %1 · added %2").replace("%1", c.get("customer_no", "")).replace("%2", added)
            )

    def focus_first(self) -> None:
        if self.customer_id is None or self.tabs.currentIndex() == 0:
            self.form.focus_name()
        else:
            self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, key: str) -> None:
        """A field was changed and checked (the form): look for duplicates of a new customer."""
        if key in ("phone", "phone2", "name", "street") and self.customer_id is None:
            self._dup_timer.start()
        self._update_buttons()

    def dirty(self) -> bool:
        return self.form.dirty()

    def has_errors(self) -> bool:
        return self.form.has_errors()

    def _update_buttons(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled((dirty or self.customer_id is None) and not self.has_errors() and not self._saving)
        self.revert_button.setVisible(dirty and self.customer_id is not None)
        self.sale_button.setVisible(self.customer_id is not None)

    def _request_sale(self) -> None:
        if self.customer_id is not None:
            self.sale_requested.emit(self.customer_id)

    # -- duplicates ---------------------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        data = {k: self.form.value(k) for k in ("name", "phone", "phone2", "street")}
        if not any(data.values()) or any(self.form.fields[k].error for k in ("phone", "phone2")):
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

    def save_changes(self, *, allow_duplicate: bool = False) -> None:
        """Ctrl+S: check, then save on the write thread; the form reloads from the database."""
        if self._saving is not None:
            return
        self.form.validate_all()
        if self.has_errors():
            self._focus_error()
            self._update_buttons()
            return
        try:
            data = self.form.values(only_changed=self.customer_id is not None)
        except ValidationError as exc:
            self.form.show_error("birthday", error_text(exc))
            self._focus_error()
            return
        if self.customer_id is not None and not data:
            self._saved_then_continue()
            return
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
        name = self.form.value("name") or self.form.value("phone")
        self.load(customer_id)
        self.status_message.emit((self.tr("Added %1.") if added else self.tr("Saved %1.")).replace("%1", name))
        self._saved_then_continue()

    def _saved_then_continue(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_refused(self, error: UserError) -> bool:
        self._saving = None
        self._after_save = None
        self._update_buttons()
        if isinstance(error, DuplicateCustomerError):
            return self._ask_about_duplicate(error)
        if isinstance(error, ValidationError) and error.field in self.form.fields:
            self.form.show_error(error.field, error_text(error))
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
        """Whether one of the customers the domain named has the number typed."""
        number = self.form.value("customer_no")
        for cid in ids if number else []:
            try:
                if get_customer(cid).customer_no == number:
                    return True
            except UserError:  # purged meanwhile
                continue
        return False

    def _focus_error(self) -> None:
        """After a refused save: the first wrong field in view and focused, and the
        status bar says why nothing was saved (Ctrl+S must not refuse in silence)."""
        f = self.form.first_error()
        if f is not None:
            self.tabs.setCurrentIndex(0)
            f.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status_message.emit(self.tr("Not saved: %1").replace("%1", f.message.text()))

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
            try:
                c = get_customer(self.customer_id)
            except UserError:
                self._close_now()  # purged
                return
            if c.deleted_at is not None:
                self._close_now()
                return
            self.load(self.customer_id)
