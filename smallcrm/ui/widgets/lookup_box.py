"""A line edit with a list of suggestions under it, worked from the keyboard: the sale
screen's product box (name, pinyin initials, barcode) and its customer box.

The list floats over the widgets below the box (a child of the window, not a popup
window: a popup would take the keyboard, and a USB barcode scanner must keep typing
into the box). The focus never leaves the box: Down and Up move through the list,
Enter picks the highlighted suggestion, Esc closes the list (and only then, a second
Esc, reaches the screen). With no list shown, Enter says what was typed
(``entered``), for the owner of the box to look up at once: a scanner's Enter follows
its last digit before any list could be filled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListWidget, QListWidgetItem, QWidget

VISIBLE_ROWS = 8  # more suggestions than this scroll; the box asks for fewer anyway

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LookupBox(QLineEdit):
    """Type, see suggestions, pick one with the arrows and Enter (or a click)."""

    chosen = Signal(object)  # the data of the suggestion picked
    entered = Signal(str)  # Enter with no suggestion for this text shown: the text as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list: QListWidget | None = None  # made when first shown, in the window it then sits in
        self._for_text: str | None = None  # the text the suggestions were made for
        self.textChanged.connect(self._text_changed)

    # -- the list ------------------------------------------------------------------------------

    @property
    def suggestions(self) -> QListWidget:
        if self._list is None or self._list.window() is not self.window():
            host = self.window()
            self._list = QListWidget(host)
            self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the box's focus
            self._list.setFrameShape(QFrame.Shape.StyledPanel)
            self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._list.setUniformItemSizes(True)
            self._list.itemClicked.connect(self._clicked)
            self._list.hide()
        return self._list

    def set_suggestions(self, rows: list[tuple[str, Any]], for_text: str | None = None) -> None:
        """Show ``rows`` (text, data) under the box, the first highlighted; none: no list.
        ``for_text``: the text they answer (default: the box's text now); Enter picks
        from the list only while the box still holds that text."""
        self._for_text = self.text() if for_text is None else for_text
        view = self.suggestions
        view.clear()
        for text, data in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            view.addItem(item)
        if not rows or not self.hasFocus():
            view.hide()
            return
        view.setCurrentRow(0)
        self._place()
        view.show()
        view.raise_()

    def hide_suggestions(self) -> None:
        if self._list is not None:
            self._list.hide()

    def suggestions_shown(self) -> bool:
        return self._list is not None and self._list.isVisible()

    def suggestion_texts(self) -> list[str]:
        view = self.suggestions
        return [view.item(i).text() for i in range(view.count())] if self.suggestions_shown() else []

    def _place(self) -> None:
        """Under the box, as wide as the box or the widest suggestion (within the window)."""
        view = self.suggestions
        host = view.parentWidget()
        assert host is not None
        top_left = self.mapTo(host, QPoint(0, self.height()))
        rows = min(view.count(), VISIBLE_ROWS)
        height = view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 2
        width = max(self.width(), view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        width = min(width, host.width() - top_left.x() - 4)
        view.setGeometry(top_left.x(), top_left.y(), width, height)

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.hide_suggestions()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.hide_suggestions()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _pick(self) -> bool:
        """Enter: the highlighted suggestion, while the list answers the text in the box."""
        view = self._list
        if view is None or not view.isVisible() or self._for_text != self.text():
            return False
        item = view.currentItem()
        if item is None:
            return False
        self.hide_suggestions()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        return True

    # -- keys ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Esc closes the list before any Esc shortcut of the screen sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.suggestions_shown()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        shown = self.suggestions_shown()
        if shown and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            view = self.suggestions
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_ROWS}
            step = steps.get(Qt.Key(key), -VISIBLE_ROWS)
            view.setCurrentRow(max(0, min(view.count() - 1, view.currentRow() + step)))
            return
        if shown and key == Qt.Key.Key_Escape:
            self.hide_suggestions()
            return
        if key in _ENTER and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if not self._pick():
                self.hide_suggestions()
                self.entered.emit(self.text())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.hide_suggestions()  # the window changed size: the list would float in the wrong place
        super().resizeEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        # A click in the list keeps the focus here (NoFocus); anything else closes it.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_suggestions()
        super().focusOutEvent(event)
