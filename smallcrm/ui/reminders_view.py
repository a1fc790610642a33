"""The Reminders area: where the owner starts the day.

Every open reminder in sections (Overdue, Today, Next 7 days, Later) and what was
done lately, each row with the customer's name, phone, last purchase and profit tier
so the owner can call without opening the record; Enter or a double-click opens the
customer. Done (with an outcome logged on the customer), snooze, reschedule, edit and
dismiss work on one reminder or a selection. Beside the list a month calendar shows
what falls on each day, festivals and lunar dates included.

Cheap to construct: nothing is read until the area is first shown. The list is read
on a worker thread (``worker.reading``); every change goes through a domain command
(``changes.run_command``) and comes back as a ``changes`` announcement.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.ui import changes, worker

ModelIndex = QModelIndex | QPersistentModelIndex
ReminderRole = Qt.ItemDataRole.UserRole + 1  # the reminder's dict (None on a section row)
SectionRole = Qt.ItemDataRole.UserRole + 2  # the section's key, on a section row

SECTION_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("Reminders", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Reminders", "Today"),
    "week": QT_TRANSLATE_NOOP("Reminders", "Next 7 days"),
    "later": QT_TRANSLATE_NOOP("Reminders", "Later"),
    "done": QT_TRANSLATE_NOOP("Reminders", "Done (recent)"),
}
KIND_LABELS = {
    "callback": QT_TRANSLATE_NOOP("Reminders", "Call back"),
    "birthday": QT_TRANSLATE_NOOP("Reminders", "Birthday"),
    "festival": QT_TRANSLATE_NOOP("Reminders", "Festival greeting"),
    "complaint": QT_TRANSLATE_NOOP("Reminders", "Complaint follow-up"),
    "new_customer": QT_TRANSLATE_NOOP("Reminders", "New customer"),
    "reengage": QT_TRANSLATE_NOOP("Reminders", "Win back"),
    "custom": QT_TRANSLATE_NOOP("Reminders", "Other"),
}
TIER_LABELS = {  # the same words as the Analysis area (context Segments)
    "high": QT_TRANSLATE_NOOP("Segments", "High profit"),
    "medium": QT_TRANSLATE_NOOP("Segments", "Medium profit"),
    "none": QT_TRANSLATE_NOOP("Segments", "No profit"),
    "loss": QT_TRANSLATE_NOOP("Segments", "Loss-making"),
}
REPEATS = [
    ("", QT_TRANSLATE_NOOP("Reminders", "Does not repeat")),
    ("1 days", QT_TRANSLATE_NOOP("Reminders", "Every day")),
    ("1 weeks", QT_TRANSLATE_NOOP("Reminders", "Every week")),
    ("2 weeks", QT_TRANSLATE_NOOP("Reminders", "Every two weeks")),
    ("1 months", QT_TRANSLATE_NOOP("Reminders", "Every month")),
    ("3 months", QT_TRANSLATE_NOOP("Reminders", "Every three months")),
    ("1 years", QT_TRANSLATE_NOOP("Reminders", "Every year")),
]
COLUMNS = [
    QT_TRANSLATE_NOOP("Reminders", "Due"),
    QT_TRANSLATE_NOOP("Reminders", "What to do"),
    QT_TRANSLATE_NOOP("Reminders", "Customer"),
    QT_TRANSLATE_NOOP("Reminders", "Phone"),
    QT_TRANSLATE_NOOP("Reminders", "Last purchase"),
    QT_TRANSLATE_NOOP("Reminders", "Tier"),
    QT_TRANSLATE_NOOP("Reminders", "Kind"),
]
COL_DUE, COL_TITLE, COL_CUSTOMER, COL_PHONE, COL_LAST, COL_TIER, COL_KIND = range(len(COLUMNS))
LATER_TODAY_HOURS = 2
OVERDUE_COLOUR = "#c62828"


def _t(text: str, context: str = "Reminders") -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    return _t(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def last_purchase_text(last: dict[str, Any] | None) -> str:
    """'2026-02-01 茶叶 88.00': the customer's latest purchase, or nothing."""
    if not last:
        return ""
    from smallcrm.domain.money import format_cents

    return " ".join(p for p in (last["date"], last["item"] or "", format_cents(last["amount_cents"])) if p)


def later_today(now: dt.datetime) -> tuple[dt.date, str]:
    """ "Later today": a couple of hours on, but never past midnight."""
    later = min(now + dt.timedelta(hours=LATER_TODAY_HOURS), dt.datetime.combine(now.date(), dt.time(23, 59)))
    return now.date(), later.strftime("%H:%M")


def read_sections(today: dt.date, filters: dict[str, Any], with_staff: bool) -> dict[str, Any]:
    """What the view shows (a worker-thread read): the sections and, the first time,
    the staff for the filter."""
    from smallcrm.domain.reminders import view_sections

    out: dict[str, Any] = {"sections": view_sections(today, **filters), "today": today}
    if with_staff:
        from smallcrm.store.models import Staff

        out["staff"] = [(s.id, s.name) for s in Staff.select(Staff.id, Staff.name).order_by(Staff.name)]
    return out


class ReminderModel(QAbstractItemModel):
    """Sections as top-level rows, their reminders beneath: at most a few thousand rows
    (the open reminders and two weeks of done ones), so a plain tree model suffices."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, list[dict[str, Any]]]] = []
        self.tiers: dict[int, str] = {}
        self.today = dt.date.today()

    def set_sections(self, sections: dict[str, list[dict[str, Any]]], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        self.sections = [(key, rows) for key, rows in sections.items()]
        self.endResetModel()

    def set_tiers(self, tiers: dict[int, str]) -> None:
        self.tiers = tiers
        for s, (_key, rows) in enumerate(self.sections):
            if rows:
                parent = self.index(s, 0)
                self.dataChanged.emit(self.index(0, COL_TIER, parent), self.index(len(rows) - 1, COL_TIER, parent))

    def count(self, key: str) -> int:
        return next((len(rows) for k, rows in self.sections if k == key), 0)

    def all_reminders(self) -> list[dict[str, Any]]:
        return [r for _key, rows in self.sections for r in rows]

    def index_of(self, reminder_id: int) -> QModelIndex:
        for s, (_key, rows) in enumerate(self.sections):
            for row, r in enumerate(rows):
                if r["id"] == reminder_id:
                    return self.index(row, 0, self.index(s, 0))
        return QModelIndex()

    # -- Qt's model interface -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # a section
        return self.createIndex(row, column, parent.row() + 1)  # a reminder of section id - 1

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.sections[parent.row()][1])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if index.isValid() and index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled  # a section heading is not selected with the reminders
        return super().flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            key, rows = self.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{_t(SECTION_LABELS[key])}  ({len(rows):,})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and rows:
                return QBrush(QColor(OVERDUE_COLOUR))
            if role == SectionRole:
                return key
            return None
        key, rows = self.sections[index.internalId() - 1]
        r = rows[index.row()]
        if role == ReminderRole:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, index.column(), key)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_TITLE, COL_LAST):
            return self._text(r, index.column(), key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "overdue" and index.column() == COL_DUE:
                return QBrush(QColor(OVERDUE_COLOUR))
            if key == "done":
                return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _text(self, r: dict[str, Any], column: int, key: str) -> str:
        if column == COL_DUE:
            return (r["due"] + " " + r["due_time"]).strip()
        if column == COL_TITLE:
            if key == "done" and r["outcome"]:
                return f"{r['title']} — {r['outcome']}"
            if key == "done" and r["status"] == "dismissed":
                return f"{r['title']} — {QCoreApplication.translate('Reminders', 'dismissed')}"
            return str(r["title"])
        if column == COL_CUSTOMER:
            return str(r["customer_name"])
        if column == COL_PHONE:
            return str(r["customer_phone"])
        if column == COL_LAST:
            return last_purchase_text(r["last_purchase"])
        if column == COL_TIER:
            tier = self.tiers.get(r["customer_id"] or 0)
            return _t(TIER_LABELS[tier], "Segments") if tier in TIER_LABELS else ""
        if column == COL_KIND:
            text = kind_label(r["kind"])
            return text + " ↻" if r["every"] else text
        return ""


class DateDialog(QDialog):
    """A day (and optionally a time) for snoozing to a chosen date or rescheduling."""

    def __init__(self, title: str, day: dt.date, time: str = "", *, with_time: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Day"), self.date)
        self.time = QLineEdit(time)
        self.time.setPlaceholderText(self.tr("any time, or 14:30"))
        if with_time:
            form.addRow(self.tr("Time"), self.time)
        else:
            self.time.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class EditReminderDialog(QDialog):
    """Title, day, time, repeat and kind of one reminder, checked by the domain before closing."""

    def __init__(self, r: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Reminder"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(r["title"])
        due = dt.date.fromisoformat(r["due"])
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.time = QLineEdit(r["due_time"])
        self.time.setPlaceholderText(self.tr("any time, or 14:30"))
        self.repeat = QComboBox()
        for key, label in REPEATS:
            self.repeat.addItem(_t(label), key)
        if self.repeat.findData(r["every"]) < 0:
            self.repeat.addItem(r["every"], r["every"])
        self.repeat.setCurrentIndex(self.repeat.findData(r["every"]))
        self.kind = QComboBox()
        for key in KIND_LABELS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(r["kind"])))
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.tr("Kind"), self.kind)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE_COLOUR};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "due": self.due.date().toString("yyyy-MM-dd"),
            "due_time": self.time.text(),
            "every": self.repeat.currentData(),
            "kind": self.kind.currentData(),
        }

    def _check(self) -> None:
        from smallcrm.domain.reminders import clean_reminder

        try:
            clean_reminder(self.values())
        except ValidationError as exc:
            self.error.setText(QCoreApplication.translate("UserError", exc.template).format(**exc.args_map))
            self.error.show()
            return
        self.accept()


class Banner(QFrame):
    """A one-line message across the top of the area (the start-up summary), which the
    owner can close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setStyleSheet(
            "#reminder_banner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class RemindersView(QWidget):
    """The Reminders area."""

    open_customer = Signal(int)
    status_message = Signal(str)
    loaded = Signal()  # the list shows the latest data (tests and the benchmark wait for it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: worker.Job | None = None
        self._tier_job: worker.Job | None = None
        self._stale = True  # nothing read yet: the first show reads
        self._tiers_stale = True
        self._staff_loaded = False
        self.loading = False
        self.calendar: Any = None  # reminder_calendar.CalendarPanel, made on first show

        self.banner = Banner()

        # -- filters ------------------------------------------------------------------------------
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for key in KIND_LABELS:
            self.kind_filter.addItem(kind_label(key), key)
        self.staff_filter = QComboBox()
        self.staff_filter.addItem(self.tr("Everyone"), None)
        self.customer_filter = QLineEdit()
        self.customer_filter.setPlaceholderText(self.tr("Customer name or phone"))
        self.customer_filter.setClearButtonEnabled(True)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.staff_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.customer_filter.textChanged.connect(lambda _t: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind")))
        filters.addWidget(self.kind_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Staff")))
        filters.addWidget(self.staff_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Customer")))
        filters.addWidget(self.customer_filter, 1)

        # -- actions ------------------------------------------------------------------------------
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setToolTip(self.tr("Mark the selected reminders done and note what came of it"))
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.snooze_button = QPushButton(self.tr("Snooze"))
        snooze_menu = QMenu(self.snooze_button)
        self.snooze_later = snooze_menu.addAction(self.tr("Later Today"), lambda: self.snooze("later"))
        self.snooze_tomorrow = snooze_menu.addAction(self.tr("Tomorrow"), lambda: self.snooze("tomorrow"))
        self.snooze_week = snooze_menu.addAction(self.tr("Next Week"), lambda: self.snooze("next week"))
        self.snooze_pick = snooze_menu.addAction(self.tr("Pick a Date…"), lambda: self.snooze(None))
        self.snooze_button.setMenu(snooze_menu)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.reschedule_button.clicked.connect(lambda: self.reschedule())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss())
        self.open_button = QPushButton(self.tr("Open Customer"))
        self.open_button.clicked.connect(self.open_current)
        actions = QHBoxLayout()
        for b in (self.done_button, self.snooze_button, self.reschedule_button, self.edit_button, self.dismiss_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        self.open_action = QAction(self.tr("Open Customer"), self)
        self.open_action.triggered.connect(self.open_current)

        # -- the list -------------------------------------------------------------------------------
        self.model = ReminderModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.installEventFilter(self)
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            COL_DUE: fm.horizontalAdvance("2026-12-31 14:30") + self.tree.indentation() + 40,
            COL_CUSTOMER: max(fm.horizontalAdvance("欧阳晓明"), fm.horizontalAdvance(_t("Customer"))) + 16,
            COL_PHONE: fm.horizontalAdvance("138 0000 0000") + 12,
            COL_LAST: fm.horizontalAdvance("2026-12-31 铁观音礼盒 1,234.00") + 12,
            COL_TIER: fm.horizontalAdvance("Medium profit") + 12,
            COL_KIND: fm.horizontalAdvance("Complaint follow-up") + 12,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(fm.horizontalAdvance("M") * 4)
        self.empty = QLabel(self.tr("Nothing to do: no reminders match."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.hide()

        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.tree, 1)
        list_layout.addWidget(self.empty)
        list_layout.addLayout(actions)
        # The list and the month calendar each get the whole width: a calendar cell needs
        # room for a festival's name, a row for the customer's phone and last purchase.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_page, self.tr("To Do"))
        self.calendar_page = QWidget()
        QVBoxLayout(self.calendar_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.calendar_page, self.tr("Calendar"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._update_actions()
        changes.hub().changed.connect(self._on_changed)

    # -- loading --------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return dt.date.today()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.calendar_page:
            self.show_calendar()

    def show_calendar(self) -> Any:
        """The Calendar tab, made (and its month read) when first shown."""
        if self.calendar is None:
            from smallcrm.ui.reminder_calendar import CalendarPanel

            self.calendar = CalendarPanel()
            self.calendar.open_customer.connect(self.open_customer)
            layout = self.calendar_page.layout()
            assert layout is not None
            layout.addWidget(self.calendar)
        self.tabs.setCurrentWidget(self.calendar_page)
        return self.calendar

    def filters(self) -> dict[str, Any]:
        return {
            "kind": self.kind_filter.currentData(),
            "staff": self.staff_filter.currentData(),
            "customer_text": self.customer_filter.text(),
        }

    def reload(self) -> None:
        """Re-read the list now if the area is shown, else when it next is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self._job is not None and not self._job.done:
            self._job.cancel()
        today, filters, with_staff = self.today(), self.filters(), not self._staff_loaded

        def run(_progress: Any, cancel: Any) -> dict[str, Any]:
            with worker.sql_cancellable(cancel):
                return read_sections(today, filters, with_staff)

        self.loading = True
        self._job = worker.start(worker.reading(run))
        self._job.finished.connect(self._loaded)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if self.sender() is not self._job:
            return  # overtaken by a newer read
        self.loading = False
        if error is not None:
            from smallcrm import jobs

            if isinstance(error, jobs.Cancelled):
                return
            if isinstance(error, UserError):  # a staff member removed meanwhile, say
                self.status_message.emit(error.render(QCoreApplication.translate))
                return
            raise error
        if "staff" in result:
            self._fill_staff(result["staff"])
        selected = {r["id"] for r in self.selected()}
        current = self.current()
        self.model.set_sections(result["sections"], result["today"])
        for s in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(s, QModelIndex(), True)
            # The sections only: expandAll() would visit every reminder (a third of a
            # second for a few thousand) to find that it has no children.
            self.tree.setExpanded(self.model.index(s, 0), True)
        self._reselect(selected, current["id"] if current else None)
        self.empty.setVisible(not self.model.all_reminders())
        self._update_actions()
        self.loaded.emit()
        if self._tiers_stale:
            self._load_tiers()

    def _fill_staff(self, staff: list[tuple[int, str]]) -> None:
        self._staff_loaded = True
        self.staff_filter.blockSignals(True)
        chosen = self.staff_filter.currentData()
        while self.staff_filter.count() > 1:
            self.staff_filter.removeItem(1)
        for sid, name in staff:
            self.staff_filter.addItem(name, sid)
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(chosen)))
        self.staff_filter.blockSignals(False)

    def _load_tiers(self) -> None:
        """Profit tiers come from the whole shop's analysis (about a second at 100,000
        customers), so they follow the list instead of holding it up."""
        ids = sorted({r["customer_id"] for r in self.model.all_reminders() if r["customer_id"]})
        if not ids:
            return
        self._tiers_stale = False
        today = self.today()

        def run(_progress: Any, cancel: Any) -> dict[int, str]:
            from smallcrm.domain.reminders import customer_tiers

            with worker.sql_cancellable(cancel):
                return customer_tiers(ids, today)

        self._tier_job = worker.start(worker.reading(run))
        self._tier_job.finished.connect(self._tiers_loaded)

    def _tiers_loaded(self, tiers: Any, error: BaseException | None) -> None:
        if self.sender() is not self._tier_job:
            return
        if error is None:
            self.model.set_tiers(tiers)
        else:  # without tiers the list is still whole; say why once, in the log
            import logging

            logging.getLogger(__name__).info("profit tiers not shown: %s", error)

    def _reselect(self, ids: set[int], current: int | None) -> None:
        selection = self.tree.selectionModel()
        from PySide6.QtCore import QItemSelectionModel

        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for rid in ids:
            index = self.model.index_of(rid)
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.PURCHASES, changes.DATABASE, changes.SETTINGS):
            self._tiers_stale = True
        if kind in (changes.STAFF, changes.DATABASE):
            self._staff_loaded = False
        if kind in (
            changes.REMINDERS,
            changes.INTERACTIONS,
            changes.CUSTOMERS,
            changes.PURCHASES,
            changes.STAFF,
            changes.DATABASE,
        ):
            self.reload()
            if self.calendar is not None:
                self.calendar.reload()

    def show_summary(self, text: str) -> None:
        self.banner.show_text(text)

    # -- selection ------------------------------------------------------------------------------------

    def selected(self) -> list[dict[str, Any]]:
        rows = self.tree.selectionModel().selectedRows(0)
        return [r for r in (i.data(ReminderRole) for i in rows) if r is not None]

    def current(self) -> dict[str, Any] | None:
        index = self.tree.currentIndex()
        return index.sibling(index.row(), 0).data(ReminderRole) if index.isValid() else None

    def _targets(self, *, open_only: bool = True) -> list[dict[str, Any]]:
        chosen = self.selected()
        if not chosen and self.current() is not None:
            chosen = [self.current()]  # type: ignore[list-item]
        return [r for r in chosen if r["status"] in ("open", "snoozed")] if open_only else chosen

    def _update_actions(self) -> None:
        open_ones = self._targets()
        one = len(open_ones) == 1
        self.done_button.setEnabled(bool(open_ones))
        self.snooze_button.setEnabled(bool(open_ones))
        self.dismiss_button.setEnabled(bool(open_ones))
        self.reschedule_button.setEnabled(one)
        self.edit_button.setEnabled(one)
        current = self.current()
        self.open_button.setEnabled(bool(current and current["customer_id"]))
        self.done_button.setText(
            self.tr("Done (%1)…").replace("%1", str(len(open_ones))) if len(open_ones) > 1 else self.tr("Done…")
        )

    # -- actions ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _double_clicked(self, index: QModelIndex) -> None:
        r = index.sibling(index.row(), 0).data(ReminderRole)
        if r is not None and r["customer_id"]:
            self.open_customer.emit(r["customer_id"])

    def open_current(self) -> None:
        r = self.current()
        if r is not None and r["customer_id"]:
            self.open_customer.emit(r["customer_id"])

    def _run(self, command: Any, message: str) -> worker.Job:
        return changes.run_command(
            self,
            command,
            kind=changes.REMINDERS,
            ids=lambda customers: customers,
            on_done=lambda _r: self.status_message.emit(message),
            title=self.tr("Reminders"),
        )

    def mark_done(self, outcome: str | None = None) -> worker.Job | None:
        """Done: asks what came of it (kept as a note on the customer); a repeating
        reminder comes back on its next day."""
        targets = self._targets()
        if not targets:
            return None
        if outcome is None:
            title = (
                self.tr("Reminder Done")
                if len(targets) == 1
                else self.tr("%1 Reminders Done").replace("%1", str(len(targets)))
            )
            outcome, ok = QInputDialog.getText(
                self, title, self.tr("What came of it? (optional, kept in the customer's timeline)")
            )
            if not ok:
                return None
        from smallcrm.domain.reminders import complete_reminders

        ids, text = [r["id"] for r in targets], outcome
        return self._run(
            lambda: complete_reminders(ids, text),
            self.tr("Done: %1.").replace("%1", str(len(ids))),
        )

    def snooze(self, to: str | None) -> worker.Job | None:
        """'later' (a couple of hours on), 'tomorrow', 'next week', or None: pick a date."""
        targets = self._targets()
        if not targets:
            return None
        at: str | None = None
        if to == "later":
            day, at = later_today(dt.datetime.now())
            to = day.isoformat()
        elif to is None:
            dialog = DateDialog(
                self.tr("Snooze until"), self.today() + dt.timedelta(days=1), with_time=False, parent=self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            to = dialog.day()
        from smallcrm.domain.reminders import snooze_reminders

        ids, day_text, today = [r["id"] for r in targets], to, self.today()
        return self._run(
            lambda: snooze_reminders(ids, day_text, today=today, at=at),
            self.tr("Snoozed: %1.").replace("%1", str(len(ids))),
        )

    def reschedule(self) -> worker.Job | None:
        targets = self._targets()
        if len(targets) != 1:
            return None
        r = targets[0]
        dialog = DateDialog(
            self.tr("Reschedule"), dt.date.fromisoformat(r["due"]), r["due_time"], with_time=True, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        from smallcrm.domain.reminders import edit_reminder

        values = {"due": dialog.day(), "due_time": dialog.time.text()}
        return self._run(
            lambda: [edit_reminder(r["id"], values).customer_id or 0],
            self.tr("Rescheduled to %1.").replace("%1", values["due"]),
        )

    def edit(self) -> worker.Job | None:
        targets = self._targets()
        if len(targets) != 1:
            return None
        r = targets[0]
        dialog = EditReminderDialog(r, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        from smallcrm.domain.reminders import edit_reminder

        values = dialog.values()
        return self._run(lambda: [edit_reminder(r["id"], values).customer_id or 0], self.tr("Reminder saved."))

    def dismiss(self) -> worker.Job | None:
        targets = self._targets()
        if not targets:
            return None
        from smallcrm.domain.reminders import dismiss_reminders

        ids = [r["id"] for r in targets]
        return self._run(lambda: dismiss_reminders(ids), self.tr("Dismissed: %1.").replace("%1", str(len(ids))))

    def _context_menu(self, pos: QPoint) -> QMenu | None:
        if not self.tree.indexAt(pos).isValid():
            return None
        self._update_actions()
        menu = QMenu(self)
        for button in (self.done_button, self.reschedule_button, self.edit_button, self.dismiss_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        snooze = menu.addMenu(self.snooze_button.text())
        snooze.setEnabled(self.snooze_button.isEnabled())
        for action in (self.snooze_later, self.snooze_tomorrow, self.snooze_week, self.snooze_pick):
            snooze.addAction(action)
        menu.addSeparator()
        self.open_action.setEnabled(self.open_button.isEnabled())
        menu.addAction(self.open_action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        return menu
