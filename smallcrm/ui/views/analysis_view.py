"""The Analysis area: the shop's segments, churn and KPIs as charts that lead to action.

Cheap to construct, so the window starts fast: no numpy, scipy or matplotlib at import
or in ``__init__``. The first time the area is shown it asks a worker thread for the
analysis (``ui.models.analysis_state``, shared with the list's segment filters) and the chart;
meanwhile a busy bar turns. Charts are matplotlib Figures from ``smallcrm.plots``,
built on the worker (no drawing there) and shown in a ``FigureCanvasQTAgg``
(``ui.widgets.analysis_canvas``). Built charts are kept by their settings until the data
changes (the change hub), so flipping between charts and back costs nothing.

A click on a bar, slice or heatmap cell emits ``show_customers(label, ids)``: the main
window shows the customer list filtered to exactly those customers.

Staff results (员工业绩, from the counter's sales) are a chart over a table for one month:
a click on a bar, or a double-click on a row, lists the sales behind it in a small
dialog; a double-click on the customers served or won lists those customers; the
commission rules are edited in a dialog of their own.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import UserError
from smallcrm.ui.models import analysis_state
from smallcrm.ui.models.analysis_charts import ALL_STAFF, CHARTS, DIMENSIONS, PERIODS, Outcome, Request, compute
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.widgets.labels import MUTED

RESULTS_MONTHS = 24  # months offered for the staff results, this one first
EVERYONE = -1  # the staff results' totals row: every staff member's sales
# The staff results table's columns: (key of the figure, money?)
RESULT_COLUMNS = (
    ("staff", False),
    ("sales_cents", True),
    ("profit_cents", True),
    ("sales", False),
    ("walk_in_sales", False),
    ("customers", False),
    ("new_customers", False),
    ("returns", False),
    ("returns_cents", True),
    ("commission_cents", True),
)
KEEP_CHARTS = 24  # charts kept for flipping back (each holds its figure and a drawing)
BUSY_DELAY_MS = 120  # a chart that is ready sooner never flashes the busy page


class AnalysisView(QWidget):
    """Charts of segments, churn and KPIs; a click lists the customers behind a mark."""

    show_customers = Signal(str, list)  # label, customer ids
    chart_shown = Signal(str)  # the chart's kind, once it is on screen (tests, benchmarks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded_once = False
        self._dirty = True
        self._job: worker.Job | None = None
        self._pending: Request | None = None
        self._cache: dict[Request, Outcome] = {}
        self._generation = analysis_state.shared().generation
        self.outcome: Outcome | None = None
        self.canvas: Any = None  # analysis_canvas.ChartCanvas, made with the first chart
        self.ready_at = 0.0  # perf_counter when the last outcome arrived (benchmarks)

        self._build_chart_list()
        controls = self._build_controls()
        self._build_pages()
        self._build_note()
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(controls)
        right.addWidget(self.pages, 1)
        right.addWidget(self.hint)
        right.addWidget(self.note_area)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(self.chart_list)
        layout.addLayout(right, 1)

        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.pages.setCurrentWidget(self.busy_page))
        analysis_state.shared().watch()
        changes.hub().changed.connect(self._on_changed)
        self._update_controls()

    def _build_chart_list(self) -> None:
        """The charts to choose from, on the left."""
        self.chart_list = QListWidget()
        titles = {
            "segments": self.tr("Segments"),
            "churn_trend": self.tr("New and lost customers"),
            "churn_reasons": self.tr("Why customers left"),
            "pareto": self.tr("Profit 80/20"),
            "tier_migration": self.tr("Moves between profit tiers"),
            "cohorts": self.tr("Cohort retention"),
            "satisfaction": self.tr("Satisfaction"),
            "staff": self.tr("Per staff member"),
            "staff_results": self.tr("Staff results"),
        }
        self.chart_titles = titles
        for key in CHARTS:
            self.chart_list.addItem(titles[key])
        self.chart_list.setCurrentRow(0)
        self.chart_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        fm = self.chart_list.fontMetrics()
        self.chart_list.setFixedWidth(max(fm.horizontalAdvance(t) for t in titles.values()) + 24)
        self.chart_list.currentRowChanged.connect(self._settings_changed)

    def _build_controls(self) -> QHBoxLayout:
        """Over the chart: the dimension, the period, the day, the staff member, and
        Refresh, Save and Copy."""
        self.dimension_label = QLabel(self.tr("&By:"))
        self.dimension_combo = QComboBox()
        dimension_titles = {
            "tier": self.tr("Profit tier"),
            "rfm": self.tr("RFM group"),
            "age": self.tr("Age"),
            "income": self.tr("Income"),
            "lifecycle": self.tr("Lifecycle stage"),
            "churn": self.tr("Churn status"),
        }
        for key in DIMENSIONS:
            self.dimension_combo.addItem(dimension_titles[key], key)
        self.dimension_label.setBuddy(self.dimension_combo)
        self.dimension_combo.currentIndexChanged.connect(self._settings_changed)

        self.period_combo = QComboBox()
        for months in PERIODS:
            self.period_combo.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period_combo.setCurrentIndex(PERIODS.index(12))
        self.period_combo.currentIndexChanged.connect(self._settings_changed)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)

        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setMaximumDate(QDate.currentDate())
        self.as_of_edit.setToolTip(self.tr("Analyse the shop as it was on this day (purchases after it are left out)"))
        self.as_of_edit.dateChanged.connect(self._settings_changed)
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of_edit)

        self.month_label = QLabel(self.tr("&Month:"))
        self.month_combo = QComboBox()
        today = dt.date.today()
        for back in range(RESULTS_MONTHS):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            key = f"{year:04d}-{month + 1:02d}"
            self.month_combo.addItem(key, key)
        self.month_combo.setToolTip(self.tr("The month whose sales the staff results add up"))
        self.month_label.setBuddy(self.month_combo)
        self.month_combo.currentIndexChanged.connect(self._settings_changed)

        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("All staff"), ALL_STAFF)
        self.staff_combo.addItem(self.tr("No staff member"), 0)
        self.staff_combo.setToolTip(self.tr("Only the customers this staff member is responsible for"))
        self.staff_combo.currentIndexChanged.connect(self._settings_changed)

        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setToolTip(self.tr("Save the chart as a PNG image or a PDF document"))
        self.save_button.clicked.connect(self.save_dialog)
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture, to paste into a message or document"))
        self.copy_button.clicked.connect(self.copy_chart)

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(self.dimension_label)
        controls.addWidget(self.dimension_combo)
        controls.addWidget(self.month_label)
        controls.addWidget(self.month_combo)
        controls.addSpacing(8)
        controls.addWidget(period_label)
        controls.addWidget(self.period_combo)
        controls.addSpacing(8)
        controls.addWidget(as_of_label)
        controls.addWidget(self.as_of_edit)
        controls.addSpacing(8)
        controls.addWidget(self.staff_combo)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.save_button)
        controls.addWidget(self.copy_button)
        return controls

    def _build_pages(self) -> None:
        """Where the chart goes: the busy page, the chart, the staff table or a message."""
        self.busy_page = QWidget()
        busy_layout = QVBoxLayout(self.busy_page)
        busy_layout.addStretch(1)
        self.busy_label = QLabel(self.tr("Working out the figures…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # a turning bar: how long the analysis takes is not known
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(320)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)

        self.chart_page = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_layout.setSpacing(6)
        self._build_results_panel()
        self.chart_layout.addWidget(self.results_panel)

        self.staff_model = QStandardItemModel(self)
        self.staff_table = QTableView()
        self.staff_table.setModel(self.staff_model)
        self.staff_table.setSortingEnabled(True)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.verticalHeader().hide()
        self.staff_table.doubleClicked.connect(self._staff_chosen)

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.pages = QStackedWidget()
        for page in (self.busy_page, self.chart_page, self.staff_table, self.message):
            self.pages.addWidget(page)

    def _build_results_panel(self) -> None:
        """Under the staff results chart: the figures per staff member with the totals,
        and the commission rules' button. Hidden under every other chart."""
        self.results_panel = QWidget()
        layout = QVBoxLayout(self.results_panel)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.results_summary = QLabel()
        self.results_summary.setStyleSheet(MUTED)
        row.addWidget(self.results_summary, 1)
        self.rules_button = QPushButton(self.tr("Commission R&ules…"))
        self.rules_button.setToolTip(self.tr("A percentage of sales or of gross profit per staff member or category"))
        self.rules_button.clicked.connect(self.edit_rules)
        row.addWidget(self.rules_button)
        layout.addLayout(row)
        self.results_model = QStandardItemModel(self)
        self.results_table = QTableView()
        self.results_table.setModel(self.results_model)
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.verticalHeader().hide()
        self.results_table.doubleClicked.connect(self._result_chosen)
        layout.addWidget(self.results_table, 1)
        self.results_panel.hide()
        self._dialogs: list[QWidget] = []  # the sales dialogs open (non-modal, kept alive here)

    def _results_height(self, page_height: int) -> int:
        """The staff results table's share of the page: what the chart drawn on the
        worker must leave free, so its drawing fits as it is."""
        return max(160, min(300, int(page_height * 0.42)))

    def _build_note(self) -> None:
        """Under the chart: what a click does, and the rules behind the chart."""
        self.hint = QLabel(self.tr("Click a bar or a cell to list its customers."))
        self.hint.setStyleSheet(MUTED)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A fixed height (scrolling when a rule is long): the chart's size must not change
        # with the text, or the drawing made on the worker would no longer fit.
        self.note_area = QScrollArea()
        self.note_area.setWidget(self.note)
        self.note_area.setWidgetResizable(True)
        self.note_area.setFrameShape(QFrame.Shape.NoFrame)
        self.note_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_area.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5 + 6)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1000, 640)

    # -- what to show -------------------------------------------------------------------------

    @property
    def chart_kind(self) -> str:
        return CHARTS[max(0, self.chart_list.currentRow())]

    def request(self) -> Request:
        """The chart and settings the controls ask for now."""
        day = self.as_of_edit.date()
        return Request(
            chart=self.chart_kind,
            dimension=str(self.dimension_combo.currentData()),
            months=int(self.period_combo.currentData()),
            as_of=dt.date(day.year(), day.month(), day.day()),
            staff=int(self.staff_combo.currentData()),
            theme=self.theme(),
            month=str(self.month_combo.currentData()) if self.chart_kind == "staff_results" else "",
        )

    def theme(self) -> str:
        """'dark' when the window's palette is dark (the charts follow it)."""
        return "dark" if self.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done

    @property
    def chart(self) -> Any:
        """The plots.Chart on screen (None while computing or on the staff table)."""
        return (
            self.outcome.chart if self.outcome is not None and self.pages.currentWidget() is self.chart_page else None
        )

    def _update_controls(self) -> None:
        kind = self.chart_kind
        segments = kind == "segments"
        results = kind == "staff_results"
        self.dimension_label.setVisible(segments)
        self.dimension_combo.setVisible(segments)
        self.month_label.setVisible(results)
        self.month_combo.setVisible(results)
        self.period_combo.setEnabled(kind not in ("segments", "pareto", "staff_results"))  # those use the profit window
        self.as_of_edit.setEnabled(not results)  # a month of sales, not the customers as of a day
        self.staff_combo.setEnabled(kind not in ("staff", "staff_results"))
        has_chart = self.chart is not None
        self.save_button.setEnabled(has_chart)
        self.copy_button.setEnabled(has_chart)
        if kind == "staff":
            self.hint.setText(self.tr("Double-click a row to list its customers."))
        elif results:
            self.hint.setText(
                self.tr("Click a bar or double-click a row to see its sales; double-click the customers to list them.")
            )
        else:
            self.hint.setText(self.tr("Click a bar or a cell to list its customers."))

    # -- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty or not self._loaded_once:
            self._loaded_once = True
            QTimer.singleShot(0, self.reload)  # after the area is on screen

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        shown = self.outcome
        if event.type() == QEvent.Type.PaletteChange and shown is not None and shown.request.theme != self.theme():
            self.reload()  # light/dark switched: the charts follow

    def _settings_changed(self, *_args: Any) -> None:
        self._update_controls()
        if self._loaded_once:
            self.reload()

    def refresh(self) -> None:
        """Forget everything and compute afresh (the data may have changed outside the app)."""
        analysis_state.shared().forget()
        self._cache.clear()
        self.reload()

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in analysis_state.RELEVANT:
            self._cache.clear()
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Show the chart the controls ask for: from the cache, or computed on a worker."""
        self._dirty = False
        generation = analysis_state.shared().generation
        if generation != self._generation:
            self._generation = generation
            self._cache.clear()
        request = self.request()
        if request in self._cache:
            self._show(self._cache[request])
            return
        self._pending = request
        if self.busy:
            return  # the running job's end starts the newest request
        self._busy_timer.start()
        self._update_controls()
        page = self.pages.size()
        height = page.height()
        if request.chart == "staff_results":  # the table under the chart takes its share
            height -= self._results_height(height) + self.chart_layout.spacing()
        size = (page.width(), height, self.devicePixelRatioF())
        self._job = worker.start(worker.reading(lambda _progress, cancel: compute(request, cancel, size)))
        self._job.finished.connect(self._finished)

    def _finished(self, outcome: Any, error: BaseException | None) -> None:
        self._job = None
        self._busy_timer.stop()
        self.ready_at = time.perf_counter()
        if error is not None:
            if isinstance(error, jobs.Cancelled):
                return
            if isinstance(error, UserError):
                self._show_message(error.render(QCoreApplication.translate))
                return
            self._show_message(self.tr("The figures could not be worked out."))
            sys.excepthook(type(error), error, error.__traceback__)
            return
        stale = analysis_state.shared().generation != self._generation  # the data changed meanwhile
        if not stale:
            while len(self._cache) >= KEEP_CHARTS:
                del self._cache[next(iter(self._cache))]
            self._cache[outcome.request] = outcome
        self._fill_staff_filter(outcome.staff)
        wanted = self.request()
        if outcome.request != wanted:
            self.reload()  # the controls moved while it was computing
            return
        self._show(outcome)
        if stale:
            self.reload()  # shown meanwhile; the figures are worked out again

    def _show_message(self, text: str) -> None:
        self.outcome = None
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self._update_controls()

    def _show(self, outcome: Outcome) -> None:
        self._busy_timer.stop()
        self.outcome = outcome
        self.note.setText(outcome.note)
        if outcome.chart is None:
            self._fill_staff_table(outcome.rows)
            self.pages.setCurrentWidget(self.staff_table)
            self._spread_columns(self.staff_table)
            QTimer.singleShot(0, lambda: self._spread_columns(self.staff_table))  # once it has its width
        else:
            # matplotlib's Qt backend: loaded on the worker with the first chart (compute), never at start.
            from smallcrm.ui.widgets.analysis_canvas import ChartCanvas

            old = self.canvas
            self.canvas = ChartCanvas(outcome.chart, self.open_item, outcome.rendered, on_hover=self._hovered)
            if old is not None:
                self.chart_layout.replaceWidget(old, self.canvas)
                old.hide()
                old.deleteLater()
            else:
                self.chart_layout.insertWidget(0, self.canvas, 1)
            results = outcome.results
            if results is not None:
                self._fill_results(results)
                self.results_panel.setFixedHeight(self._results_height(self.pages.height()))
            self.results_panel.setVisible(results is not None)
            self.pages.setCurrentWidget(self.chart_page)
            if results is not None:
                QTimer.singleShot(0, self._spread_columns)  # the table has its width once shown
        self._update_controls()
        self.chart_shown.emit(outcome.request.chart)

    def _fill_staff_filter(self, staff: list[tuple[int, str]]) -> None:
        current = self.staff_combo.currentData()
        known = [self.staff_combo.itemData(i) for i in range(2, self.staff_combo.count())]
        if known == [s[0] for s in staff]:
            return
        self.staff_combo.blockSignals(True)
        while self.staff_combo.count() > 2:
            self.staff_combo.removeItem(2)
        for staff_id, name in staff:
            self.staff_combo.addItem(name, staff_id)
        index = self.staff_combo.findData(current)
        self.staff_combo.setCurrentIndex(max(0, index))
        self.staff_combo.blockSignals(False)

    def _fill_staff_table(self, rows: list[dict[str, Any]]) -> None:
        headers = [
            self.tr("Staff"),
            self.tr("Customers"),
            self.tr("New"),
            self.tr("Lost"),
            self.tr("Churn / month"),
            self.tr("Upgraded"),
            self.tr("Downgraded"),
            self.tr("Avg. profit"),
            self.tr("Satisfaction"),
            self.tr("Complaints"),
            self.tr("Resolved"),
        ]
        self.staff_model.clear()
        self.staff_model.setHorizontalHeaderLabels(headers)
        self.staff_table.setSortingEnabled(False)
        for row in rows:

            def cell(value: Any, text: str | None = None) -> QStandardItem:
                if text is None:
                    text = "–" if value is None else (value if isinstance(value, str) else f"{value:,}")
                item = QStandardItem(text)
                item.setData(value if value is not None else -1, Qt.ItemDataRole.UserRole)  # the sort key
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return item

            rate, sat, profit = row["churn_rate"], row["avg_satisfaction"], row["avg_profit_cents"]
            items = [
                cell(row["staff"] or self.tr("No staff member")),
                cell(row["customers"]),
                cell(row["new"]),
                cell(row["churned"]),
                cell(rate, None if rate is None else f"{rate * 100:.1f} %"),
                cell(row["upgraded"]),
                cell(row["downgraded"]),
                cell(profit, None if profit is None else format_cents(profit)),
                cell(sat, None if sat is None else f"{sat:.2f}"),
                cell(row["complaints_opened"]),
                cell(row["complaints_resolved"]),
            ]
            items[0].setData(row["ids"], Qt.ItemDataRole.UserRole + 1)
            self.staff_model.appendRow(items)
        self.staff_model.setSortRole(Qt.ItemDataRole.UserRole)
        self.staff_table.setSortingEnabled(True)

    def _fill_results(self, results: dict[str, Any]) -> None:
        """The staff results table: a row per staff member, then the totals (bold)."""
        headers = {
            "staff": self.tr("Staff"),
            "sales_cents": self.tr("Sales"),
            "profit_cents": self.tr("Gross profit"),
            "sales": self.tr("Number of sales"),
            "walk_in_sales": self.tr("Walk-in"),
            "customers": self.tr("Customers"),
            "new_customers": self.tr("New customers"),
            "returns": self.tr("Returns"),
            "returns_cents": self.tr("Paid back"),
            "commission_cents": self.tr("Commission"),
        }
        self.results_model.clear()
        self.results_model.setHorizontalHeaderLabels([headers[key] for key, _money in RESULT_COLUMNS])
        total = {**results["totals"], "staff_id": EVERYONE, "staff": self.tr("Total")}
        total["customer_ids"] = sorted({c for r in results["staff"] for c in r.get("customer_ids", [])})
        total["new_customer_ids"] = sorted({c for r in results["staff"] for c in r.get("new_customer_ids", [])})
        for row in [*results["staff"], total]:
            items = []
            for key, money in RESULT_COLUMNS:
                value = row[key]
                if key == "staff":
                    text = value or self.tr("No staff member")
                else:
                    text = format_cents(value) if money else f"{value:,}"
                item = QStandardItem(text)
                if key != "staff":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row is total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            items[0].setData(row, Qt.ItemDataRole.UserRole)
            self.results_model.appendRow(items)
        self._spread_columns()
        rules = len(results["rules"])
        summary = self.tr("%1 (%2 to %3). Commission rules: %4.")
        self.results_summary.setText(
            summary.replace("%1", results["month"]).replace("%2", results["from"]).replace("%3", results["to"])
            .replace("%4", f"{rules}" if rules else self.tr("none"))
        )  # fmt: skip

    def _spread_columns(self, table: QTableView | None = None) -> None:
        """Every column as wide as its header and figures (whole words: "Number of sales"),
        the room left over shared out evenly: stretched alike, a Chinese header's column
        was too narrow for its figures (and "Churn / month" was cut in the per-staff
        table); sized to contents, the table ended mid-way."""
        table = table or self.results_table
        header = table.horizontalHeader()
        columns = table.model().columnCount()
        if not columns:
            return
        table.resizeColumnsToContents()
        widths = [header.sectionSize(c) for c in range(columns)]
        spare = table.viewport().width() - sum(widths)
        if spare > 0:
            for column, width in enumerate(widths):
                header.resizeSection(column, width + spare // columns)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.results_panel.isVisible():
            QTimer.singleShot(0, self._spread_columns)  # once the table has its new width
        if self.staff_table.isVisible():
            QTimer.singleShot(0, lambda: self._spread_columns(self.staff_table))

    def _result_row(self, row: int) -> dict[str, Any] | None:
        first = self.results_model.item(row, 0)
        data = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
        return data if isinstance(data, dict) else None

    def _result_chosen(self, index: Any) -> None:
        """A double-click on the staff results: the customers served or won (in the
        Customers area), or the returns or sales behind the row (a dialog)."""
        row = self._result_row(index.row())
        if row is None or self.outcome is None or self.outcome.results is None:
            return
        key = RESULT_COLUMNS[index.column()][0] if 0 <= index.column() < len(RESULT_COLUMNS) else "staff"
        name = row["staff"] or self.tr("No staff member")
        month = self.outcome.results["month"]
        if key in ("customers", "new_customers"):
            ids = row["customer_ids"] if key == "customers" else row["new_customer_ids"]
            what = self.tr("Customers") if key == "customers" else self.tr("New customers")
            mark = self.tr("%1, %2, %3").replace("%1", name).replace("%2", month).replace("%3", what)
            self.show_customers.emit(self._source(self.chart_titles["staff_results"], mark), list(ids))
        else:
            self.show_sales(row["staff_id"], name, "returns" if key in ("returns", "returns_cents") else "sales")

    def show_sales(self, staff_id: int | None, name: str, which: str = "sales") -> Any:
        """The sales (or returns) of a staff member in the month shown, in a dialog."""
        # The dialog reads through the staff results module: 45 ms at import, on first use only.
        from smallcrm.ui.dialogs.staff_sales_dialog import StaffSalesDialog

        month = self.outcome.results["month"] if self.outcome is not None and self.outcome.results else ""
        dialog = StaffSalesDialog(month or str(self.month_combo.currentData()), staff_id, name, which, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_customers.connect(self.show_customers)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def edit_rules(self) -> Any:
        """The commission rules, in a dialog; saving them works the figures out again."""
        # The commission rules and the catalogue: 45 ms at import, only when the rules are edited.
        from smallcrm.domain.analysis.commission import rule_rows
        from smallcrm.domain.catalogue.products import categories
        from smallcrm.domain.customers.staff import list_staff
        from smallcrm.ui.dialogs.commission_dialog import CommissionDialog

        staff = [(int(s["id"]), str(s["name"])) for s in list_staff()]
        dialog = CommissionDialog(rule_rows(), staff, categories(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- actions ---------------------------------------------------------------------------------

    def open_item(self, item: Any) -> None:
        """A click on a mark: show its customers in the customer list (the staff results:
        the sales behind the bar)."""
        request = self.outcome.request if self.outcome is not None else self.request()
        if request.chart == "staff_results":
            staff = item.key.split("/")[0].removeprefix("staff:")
            self.show_sales(None if staff == "none" else int(staff), item.label)
            return
        title = self.chart_titles[request.chart]
        self.show_customers.emit(self._source(title, item.label), [int(i) for i in item.ids])

    def _hovered(self, item: Any) -> None:
        """Under the mouse: which mark, and how many customers a click would list."""
        if item is None:
            self._update_controls()
            return
        if item.key.startswith("staff:"):
            text = self.tr("%1 — customers served: %2. Click to see the sales.")
            self.hint.setText(text.replace("%1", item.label).replace("%2", f"{item.count:,}"))
            return
        text = self.tr("%1 — customers: %2. Click to list them.")
        self.hint.setText(text.replace("%1", item.label).replace("%2", f"{item.count:,}"))

    def _staff_chosen(self, index: Any) -> None:
        first = self.staff_model.item(index.row(), 0)
        if first is not None:
            ids = first.data(Qt.ItemDataRole.UserRole + 1) or []
            self.show_customers.emit(self._source(self.chart_titles["staff"], first.text()), list(ids))

    def _source(self, chart: str, mark: str) -> str:
        """Where a list of customers came from, for the list's filter button."""
        return self.tr("%1: %2", "chart and the bar clicked in it").replace("%1", chart).replace("%2", mark)

    def save_chart(self, path: str) -> None:
        """Save the chart on screen as PNG or PDF (by the file's extension)."""
        chart = self.chart
        if chart is None:
            return
        fmt = "pdf" if path.lower().endswith(".pdf") else "png"
        chart.figure.savefig(path, format=fmt, dpi=150)

    def save_dialog(self) -> None:
        if self.chart is None:
            return
        request = self.outcome.request if self.outcome is not None else self.request()
        name = request.chart + (f"-{request.dimension}" if request.chart == "segments" else "")
        name += f"-{request.month}" if request.month else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Chart"),
            f"{name}-{request.as_of.isoformat()}.png",
            self.tr("PNG image (*.png);;PDF document (*.pdf)"),
        )
        if not path:
            return
        try:
            self.save_chart(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save Chart"),
                self.tr("The chart could not be saved to %1: %2").replace("%1", path).replace("%2", exc.strerror or ""),
            )

    def copy_chart(self) -> None:
        """The chart as a picture on the clipboard."""
        if self.canvas is not None and self.chart is not None:
            QApplication.clipboard().setImage(self.canvas.grab().toImage())
