"""Quick filters above the customer list: each one offers peewee conditions.

A :class:`QuickFilter` is a title and a function returning its options, each a label
and a WHERE condition on ``Customer`` (see ``domain.customers.filters``); a toggle
filter has exactly one option. The filter bar ANDs the chosen conditions and hands
them to the list model, which puts them in its SQL. More filters plug in with one call::

    window.customers.filter_bar.add_filter(QuickFilter("segment", tr("Segment"), segment_options))

The analysis's filters are among the defaults: a segment (profit tier, RFM group,
lifecycle stage, age or income band, saved segment) and churn risk, resolved on the
list's worker thread from the shared analysis (``ui.models.analysis_state``); and
:meth:`FilterBar.show_ids`, the customers behind a clicked bar of a chart.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from smallcrm.domain.analysis import segments
from smallcrm.domain.analysis.segment_names import CUSTOM, DIMENSION_LABELS
from smallcrm.domain.customers import filters as cf
from smallcrm.ui.models import analysis_state
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

Options = Callable[[], list[tuple[str, Any]]]


@dataclass
class QuickFilter:
    key: str
    title: str  # translated; a choice filter shows it as its "any" entry
    options: Options  # re-read whenever the data they list may have changed
    toggle: bool = False  # one option, shown as an on/off button
    refresh_on: tuple[str, ...] = ()  # change kinds (ui.shell.changes) that alter the options


def segment_options() -> list[tuple[str, Any]]:
    """Every segment as 'Dimension: segment', with a condition resolved when the list queries."""
    resolve = analysis_state.shared().segment_ids
    out = []
    for dimension, name, label in cf.segment_choices():
        if dimension not in ("income", CUSTOM) or name in ("income:", "income:other"):
            label = QCoreApplication.translate("Segments", label)  # not the bands: they are written as shown
        title = QCoreApplication.translate("Segments", DIMENSION_LABELS[dimension])
        out.append((f"{title}: {label}", cf.in_segment(name, resolve)))
    return out


def risk_options() -> list[tuple[str, Any]]:
    """Churn risk as the analysis judges it (the churn model or the recency rule)."""
    resolve = analysis_state.shared().segment_ids
    return [
        (QCoreApplication.translate("QuickFilter", "At risk of leaving"), cf.in_segment("churn:at_risk", resolve)),
        (QCoreApplication.translate("QuickFilter", "Lost or judged lost"), cf.in_segment("churn:churned", resolve)),
    ]


def default_filters() -> list[QuickFilter]:
    """The filters every shop has: staff, tag, churn status, birthdays, complaints,
    segments and churn risk."""

    def staff() -> list[tuple[str, Any]]:
        nobody = cf.with_rule(cf.staff_is(None), {"field": "staff", "op": "empty"})
        out = [(QCoreApplication.translate("QuickFilter", "No staff member"), nobody)]
        for staff_id, name, active in cf.staff_choices():
            out.append(
                (
                    name if active else QCoreApplication.translate("QuickFilter", "%1 (left)").replace("%1", name),
                    cf.with_rule(cf.staff_is(staff_id), {"field": "staff", "op": "eq", "value": name}),
                )
            )
        return out

    def tags() -> list[tuple[str, Any]]:
        return [(name, cf.with_rule(cf.has_tag(tag_id), {"tag": name})) for tag_id, name in cf.tag_choices()]

    def status(value: str) -> Any:
        return cf.with_rule(cf.churn_status_is(value), {"field": "churn_status", "op": "eq", "value": value})

    def churn() -> list[tuple[str, Any]]:
        return [
            (QCoreApplication.translate("QuickFilter", "Active"), status("active")),
            (QCoreApplication.translate("QuickFilter", "Churned"), status("churned")),
        ]

    def birthdays() -> list[tuple[str, Any]]:
        today = dt.date.today()
        return [
            (
                QCoreApplication.translate("QuickFilter", "Birthday this month"),
                cf.birthday_in_month(today.year, today.month),
            )
        ]

    def complaints() -> list[tuple[str, Any]]:
        return [(QCoreApplication.translate("QuickFilter", "Open complaint"), cf.has_open_complaint())]

    return [
        QuickFilter(
            "staff",
            QCoreApplication.translate("QuickFilter", "Any staff"),
            staff,
            refresh_on=("staff", "customers", "database"),
        ),
        QuickFilter(
            "tag", QCoreApplication.translate("QuickFilter", "Any tag"), tags, refresh_on=("customers", "database")
        ),
        QuickFilter("churn", QCoreApplication.translate("QuickFilter", "Any status"), churn),
        QuickFilter(
            "birthday", QCoreApplication.translate("QuickFilter", "Birthday this month"), birthdays, toggle=True
        ),
        QuickFilter("complaint", QCoreApplication.translate("QuickFilter", "Open complaint"), complaints, toggle=True),
        QuickFilter(
            "segment",
            QCoreApplication.translate("QuickFilter", "Any segment"),
            segment_options,
            refresh_on=("customers", "database"),  # income bands and saved segments come and go
        ),
        QuickFilter("risk", QCoreApplication.translate("QuickFilter", "Any churn risk"), risk_options),
    ]


class FilterBar(QWidget):
    """A row of combo boxes and toggle buttons; ``changed`` when the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self, spacing=6)
        self.filters: dict[str, QuickFilter] = {}
        self._filled: set[str] = set()  # choice filters whose options have been read
        self._reading: set[str] = set()  # those fill_all is reading on a worker
        self.widgets: dict[str, QComboBox | QToolButton] = {}
        self._conditions: dict[str, list[Any]] = {}
        # The customers behind a clicked chart bar: shown as a checked button; unchecking removes it.
        self._ids_condition: Any = None
        self.ids_button = QToolButton()
        self.ids_button.setCheckable(True)
        self.ids_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.ids_button.setToolTip(self.tr("Customers picked in the Analysis area; click to show everyone again"))
        self.ids_button.toggled.connect(self._ids_toggled)
        self.ids_button.hide()
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save as Segment…"))
        self.save_button.setToolTip(
            self.tr("Keep these filters under a name: a saved segment for the list, reminders and mailings")
        )
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(lambda: self.save_segment())
        self.save_button.hide()
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        self._layout.addWidget(self.ids_button)
        self._layout.addWidget(self.save_button)
        self._layout.addWidget(self.clear_button)
        for f in default_filters():
            self.add_filter(f)
        analysis_state.shared().watch()  # segment filters re-resolve after a change

    def add_filter(self, f: QuickFilter) -> None:
        """Add a filter at the end of the row (before the clear button)."""
        self.filters[f.key] = f
        at = self._layout.count() - 3  # before the chart, save and clear buttons
        if f.toggle:
            button = QToolButton()
            button.setCheckable(True)
            button.setText(f.title)
            button.toggled.connect(lambda _on, key=f.key: self._chosen(key))
            self.widgets[f.key] = button
            self._layout.insertWidget(at, button)
        else:
            combo = _LazyCombo(functools.partial(self._fill_unread, f.key))
            # A width that does not follow the options: the window's minimum size must not
            # change when a long tag name appears (the popup is as wide as it needs).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            combo.addItem(f.title)  # the options are read after the window is up (fill_all)
            self._conditions[f.key] = [None]
            self.widgets[f.key] = combo
            combo.currentIndexChanged.connect(lambda _i, key=f.key: self._chosen(key))
            self._layout.insertWidget(at, combo)

    def fill_all(self) -> worker.Job | None:
        """Read every choice filter's options on a worker (once the window is up) and
        then fill the combos; one opened before that reads its own at once.

        Not on the GUI thread: at 100,000 customers the segment choices scan every
        customer's income band and load the analysis's modules (numpy), which held
        the freshly shown window 1-3 s on a busy two-core machine."""
        readers = {key: f.options for key, f in self.filters.items() if not f.toggle and key not in self._filled}
        if not readers:
            return None
        self._reading = set(readers)

        def read(_progress: Any, _cancel: Any) -> dict[str, list[tuple[str, Any]]]:
            return {key: options() for key, options in readers.items()}

        return worker.start(worker.reading(read), on_finished=self._options_read)

    def _options_read(self, options: Any, error: BaseException | None) -> None:
        if error is not None:
            # Not shown: a combo that is opened reads its options again, and reports.
            log.info("reading the filters' options failed: %s", error)
            return
        for key, choices in options.items():
            if key in self._reading and key not in self._filled:
                self._fill(key, choices)
        # Only what this answer read: another reading may still be on its way (it must
        # not find its filters taken off the list and its answer dropped).
        self._reading.difference_update(options)

    def _fill_unread(self, key: str) -> None:
        """Read a choice filter's options unless they were read already."""
        if key not in self._filled:
            self._fill(key)

    def _fill(self, key: str, options: list[tuple[str, Any]] | None = None) -> None:
        """(Re)read a choice filter's options (or take those given), keeping the
        current choice by its label."""
        self._filled.add(key)
        f, combo = self.filters[key], self.widgets[key]
        assert isinstance(combo, QComboBox)
        current = combo.currentText() if combo.currentIndex() > 0 else None
        options = f.options() if options is None else options
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f.title)
        self._conditions[key] = [None]
        for label, condition in options:
            combo.addItem(label)
            self._conditions[key].append(condition)
        index = combo.findText(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self._chosen(key)  # what was chosen is gone (a renamed tag): show everyone

    def refresh(self, kind: str) -> None:
        """Re-read the options of the filters that list what ``kind`` of change touches."""
        for key, f in self.filters.items():
            if not f.toggle and kind in f.refresh_on:
                self._reading.discard(key)  # what fill_all is reading may predate the change
                if key in self._filled:
                    self._fill(key)

    def _chosen(self, _key: str) -> None:
        self.clear_button.setVisible(bool(self.conditions()))
        self.save_button.setVisible(self.segment_rule() is not None)
        self.changed.emit()

    def segment_rule(self) -> dict[str, Any] | None:
        """The filters in use as a saved-segment rule, or None when there are none or one
        of them cannot be saved (birthdays this month, open complaints, a chart's pick)."""
        rules = [cf.rule_of(c) for c in self.conditions()]
        if not rules or any(r is None for r in rules):
            return None
        return rules[0] if len(rules) == 1 else {"all": rules}

    def save_segment(self, name: str | None = None) -> Any:
        """Save the filters in use as a named segment (asks for the name)."""
        rule = self.segment_rule()
        if rule is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as Segment"), self.tr("Name of the segment:"))
            if not ok or not name.strip():
                return None

        def saved(_result: Any) -> None:
            if "segment" in self._filled:
                self._fill("segment")  # the new segment is one of the choices now

        return changes.run_command(
            self,
            lambda: segments.save_segment(name, rule),
            on_done=saved,
            title=self.tr("Save as Segment"),
        )

    def conditions(self) -> list[Any]:
        """The conditions of the filters in use, for the list model."""
        out: list[Any] = []
        for key, f in self.filters.items():
            widget = self.widgets[key]
            if isinstance(widget, QToolButton):
                if widget.isChecked():
                    out.extend(condition for _label, condition in f.options()[:1])
            elif widget.currentIndex() > 0:
                out.append(self._conditions[key][widget.currentIndex()])
        if self.ids_button.isChecked() and self._ids_condition is not None:
            out.append(self._ids_condition)
        return out

    def active(self) -> bool:
        return bool(self.conditions())

    def uses_analysis(self) -> bool:
        """Whether a segment or churn-risk filter is in use (they follow purchases)."""
        chosen = [self.widgets[k] for k in ("segment", "risk") if k in self.widgets]
        return any(isinstance(w, QComboBox) and w.currentIndex() > 0 for w in chosen)

    def clear(self) -> None:
        self._reset()
        self._chosen("")

    def _reset(self) -> None:
        for widget in [*self.widgets.values(), self.ids_button]:
            widget.blockSignals(True)
            if isinstance(widget, QToolButton):
                widget.setChecked(False)
            else:
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self._forget_ids()

    def show_ids(self, label: str, ids: list[int]) -> None:
        """Show exactly these customers (and no other filter): what a click on a chart
        asks for. ``label`` says which bar they came from."""
        self._reset()
        self._ids_condition = cf.in_ids(ids)
        self.ids_button.setText(self.tr("%1 (%2) ✕").replace("%1", label).replace("%2", f"{len(ids):,}"))
        self.ids_button.blockSignals(True)
        self.ids_button.setChecked(True)
        self.ids_button.blockSignals(False)
        self.ids_button.show()
        self._chosen("ids")

    def _ids_toggled(self, on: bool) -> None:
        if not on:
            self._forget_ids()
            self._chosen("ids")

    def _forget_ids(self) -> None:
        self._ids_condition = None
        self.ids_button.hide()

    def choose(self, key: str, label: str | None = None) -> None:
        """Pick an option by its label (or switch a toggle on); for tests and shortcuts."""
        widget = self.widgets[key]
        if isinstance(widget, QToolButton):
            widget.setChecked(True)
            return
        if key not in self._filled:
            self._fill(key)
        index = widget.findText(label or "")
        if index < 0:
            raise ValueError(f"{key} has no option {label!r}")
        widget.setCurrentIndex(index)


class _LazyCombo(QComboBox):
    """Reads its options when first opened, if that comes before they were read anyway."""

    def __init__(self, fill: Callable[[], None]) -> None:
        super().__init__()
        self._fill_options = fill

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._fill_options()
        super().showPopup()
