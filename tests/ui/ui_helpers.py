"""Helpers for driving the real window: find widgets, click rows and headers, and a
stand-in user who answers the modal dialogs the app opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QMessageBox, QWidget

from smallcrm.ui.models.customer_table import COL_NAME
from smallcrm.ui.shell.main_window import MainWindow

CUSTOMERS = [
    {"name": "张三", "phone": "13812345678", "city": "成都市", "district": "武侯区"},
    {"name": "周松", "phone": "13900001111", "city": "北京市", "district": "朝阳区"},
    {"name": "李四", "phone": "13700002222", "city": "上海市", "district": "浦东新区"},
    {"name": "王五", "phone": "13600003333", "city": "杭州市", "district": "西湖区"},
]


def _forget_unsaved(w: MainWindow) -> None:
    """Closing at the end of a test must not ask about what the test left unsaved."""
    if w.customers.editor is not None:
        w.customers.editor.discard()


def open_window(qtbot: Any, crm: Path, **kwargs: Any) -> MainWindow:
    w = MainWindow(crm, **kwargs)
    qtbot.addWidget(w, before_close_func=_forget_unsaved)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.customers.model.loading)
    return w


def shown_names(w: MainWindow) -> list[str]:
    model = w.customers.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def click_header(qtbot: Any, w: MainWindow, column: int) -> None:
    header = w.customers.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def click_row(qtbot: Any, w: MainWindow, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    table = w.customers.table
    rect = table.visualRect(w.customers.model.index(row, COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def double_click_index(qtbot: Any, view: QAbstractItemView, index: QModelIndex) -> None:
    """Double-click ``index`` in ``view`` like a person does: press first, then the double-click.

    A bare QTest double-click does not emit doubleClicked: QAbstractItemView only reports it
    for the index that the preceding press picked.
    """
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def double_click_row(qtbot: Any, w: MainWindow, row: int) -> None:
    double_click_index(qtbot, w.customers.table, w.customers.model.index(row, COL_NAME))


def button(widget: QWidget, text: str) -> QAbstractButton:
    """The button showing ``text`` (ignoring the & of its shortcut) inside ``widget``."""
    for b in widget.findChildren(QAbstractButton):
        if b.text().replace("&", "") == text and b.isVisible():
            return b
    raise AssertionError(
        f"no button {text!r} in {widget!r}: {[b.text() for b in widget.findChildren(QAbstractButton)]}"
    )


class User:
    """Answers modal dialogs as they open, in order: each answer gets the dialog.

    The app's dialogs run their own event loop (exec); a timer in that loop finds the
    dialog and hands it to the next answer, which clicks or types like a person would.
    """

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.answers: list[Callable[[QDialog], None]] = []
        self.seen: list[str] = []
        self.ignored: list[QDialog] = []  # dialogs the test drives itself
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def ignore(self, dialog: QDialog) -> None:
        self.ignored.append(dialog)

    def will(self, answer: Callable[[QDialog], None]) -> None:
        self.answers.append(answer)

    def will_click(self, text: str) -> None:
        def click(dialog: QDialog) -> None:
            button(dialog, text).click()

        self.will(click)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() or dialog in self.ignored:
            return
        self.seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        if self.answers:
            self.answers.pop(0)(dialog)
        else:
            dialog.reject()  # an unexpected question: the user says no

    def stop(self) -> None:
        self.timer.stop()
