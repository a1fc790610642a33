"""Which columns the customer list shows, how wide, in what order: the owner's choice,
kept in the window's settings, and the columns a search shows for the while.

A search whose hits matched in a column the list does not show (a street, a
postcode) shows that column while the search lasts (:meth:`ListColumns.reveal`);
those are never saved as the owner's choice, and never hide a column the owner chose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from smallcrm.ui.models.customer_table import COL_NAME, COLUMNS, CustomerTableModel


class ListColumns(QObject):
    """The columns of ``table``, which shows ``model``."""

    def __init__(self, table: QTableView, model: CustomerTableModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.revealed: set[int] = set()  # columns shown while a search's hits matched in them

    def reset(self) -> None:
        """The columns shown on first start, each wide enough for typical content."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        pad = 28  # cell margins plus room for the sort arrow
        # WORKAROUND: measuring Chinese text loads the CJK fallback font, 5 ms of a start
        # that shows no Chinese yet; a Han character is one em wide, which this estimates.
        han = fm.height() * 6 // 7
        latin = {"customer_no": "C0000000", "phone": "+86 138 0000 0000", "last_purchase": "2026-12-31"}
        latin |= {"revenue": "1,000,000.00", "profit": "1,000,000.00", "created_at": "2026-12-31"}
        chinese = {"name": 5, "city": 5, "district": 7, "street": 9, "tags": 6, "staff": 4}
        for logical, column in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(logical), logical)
            title = self.model.headerData(logical, Qt.Orientation.Horizontal)
            sample = fm.horizontalAdvance(latin.get(column.key, "0000-00-00"))
            if column.key in chinese:
                sample = han * chinese[column.key]
            title_width = fm.horizontalAdvance(title) if title.isascii() else han * len(title)
            width = max(sample, title_width) + pad
            self.table.setColumnWidth(logical, width)
            header.setSectionHidden(logical, not column.shown)

    def state(self) -> QByteArray:
        """The owner's columns, without those a search shows for the while."""
        header = self.table.horizontalHeader()
        for logical in self.revealed:
            header.setSectionHidden(logical, True)
        state = header.saveState()
        for logical in self.revealed:
            header.setSectionHidden(logical, False)
        return state

    def restore(self, state: Any) -> bool:
        """The columns as :meth:`state` gave them; False (and the defaults) if ``state``
        is not such a state or was saved by another version."""
        header = self.table.horizontalHeader()
        if not isinstance(state, QByteArray) or not header.restoreState(state):
            return False
        if header.count() != len(COLUMNS) or header.hiddenSectionCount() >= len(COLUMNS):
            self.reset()  # saved by another version: start afresh
            return False
        if header.sortIndicatorSection() < 0:  # saved while searching (best match first)
            header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        return True

    def menu(self, pos: QPoint | None, parent: Any = None) -> QMenu:
        """A menu of every column, ticked when shown, and Reset Columns: at ``pos`` on
        the header (its right click), or at the list's corner (the Columns… action)."""
        header = self.table.horizontalHeader()
        menu = QMenu(parent or self.table)
        for logical, _column in enumerate(COLUMNS):
            a = menu.addAction(self.model.headerData(logical, Qt.Orientation.Horizontal))
            a.setCheckable(True)
            a.setChecked(not header.isSectionHidden(logical))
            a.toggled.connect(lambda on, c=logical: self.show(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.reset)
        where = header.mapToGlobal(pos) if pos is not None else self.table.mapToGlobal(QPoint(0, 0))
        menu.popup(where)
        return menu

    def show(self, logical: int, on: bool) -> None:
        """Show or hide a column, the owner's choice from now on; the last one shown stays."""
        self.revealed.discard(logical)
        header = self.table.horizontalHeader()
        if not on and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(logical, not on)

    def reveal(self, keys: set[str]) -> None:
        """Show exactly these columns beyond the owner's choice (hiding those shown for
        an earlier search): the owner's own columns are never hidden here."""
        header = self.table.horizontalHeader()
        wanted = {self.model.column_of(k) for k in keys}
        for logical in sorted(self.revealed - wanted):
            header.setSectionHidden(logical, True)
            self.revealed.discard(logical)
        for logical in sorted(wanted - self.revealed):
            if header.isSectionHidden(logical):
                header.setSectionHidden(logical, False)
                self.revealed.add(logical)
