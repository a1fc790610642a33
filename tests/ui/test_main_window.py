"""The first window, driven like a user would: type, click, read what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from smallcrm.ui import translations, worker
from smallcrm.ui.customer_table import COL_NAME, COL_PHONE
from smallcrm.ui.main_window import MainWindow, demo_available

CUSTOMERS = [
    {"name": "张三", "phone": "13812345678", "city": "成都市", "district": "武侯区"},
    {"name": "周松", "phone": "13900001111", "city": "北京市", "district": "朝阳区"},
    {"name": "李四", "phone": "13700002222", "city": "上海市", "district": "浦东新区"},
    {"name": "王五", "phone": "13600003333", "city": "杭州市", "district": "西湖区"},
]

no_demo = pytest.mark.skipif(
    not demo_available(),
    reason="smallcrm.domain.demo is being written by another helper of issue 3; remove this skip when it lands",
)

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change; it is a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def window_settings_in_tmp(tmp_path: Path) -> None:
    """Window geometry goes to the test's own folder, not the user's config."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def no_job_outlives_its_test() -> Iterator[None]:
    """The list and the counts load on worker threads; none may run into the next test."""
    yield
    assert worker.shutdown()


@pytest.fixture
def customers(crm: Path) -> list[Any]:
    from smallcrm.domain.customers import create_customer

    return [create_customer(c) for c in CUSTOMERS]


@pytest.fixture
def window(qtbot: Any, crm: Path) -> MainWindow:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.model.loading)
    return w


@pytest.fixture
def chinese() -> Iterator[None]:
    installed = translations.install("zh_CN")
    yield
    installed.remove()


def shown_names(w: MainWindow) -> list[str]:
    return [w.model.index(row, COL_NAME).data() for row in range(w.model.rowCount())]


def click_header(qtbot: Any, w: MainWindow, column: int) -> None:
    header = w.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def click_row(qtbot: Any, w: MainWindow, row: int) -> None:
    rect = w.table.visualRect(w.model.index(row, COL_NAME))
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the list and the search box ----------------------------------------------------------


def test_the_list_shows_every_customer_by_name(customers: list[Any], window: MainWindow) -> None:
    assert sorted(shown_names(window)) == sorted(c["name"] for c in CUSTOMERS)
    assert shown_names(window) == sorted(shown_names(window))
    assert window.pages.currentWidget() is window.list_page


def test_typing_pinyin_initials_shows_only_the_matching_customers(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.keyClicks(window.search_box, "zs")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "张三"])
    assert window.search_count.text() == "2 found"


def test_typing_a_phone_ending_finds_its_customer(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "2222")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"])


def test_clearing_the_search_shows_everyone_again(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "zs")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(CUSTOMERS))
    assert window.search_box.text() == ""
    assert not window.search_count.isVisible()


def test_clicking_the_phone_header_orders_by_phone_and_again_reverses(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    by_phone = [c["name"] for c in sorted(CUSTOMERS, key=lambda c: c["phone"])]
    click_header(qtbot, window, COL_PHONE)
    qtbot.waitUntil(lambda: shown_names(window) == by_phone)
    click_header(qtbot, window, COL_PHONE)
    qtbot.waitUntil(lambda: shown_names(window) == by_phone[::-1])


def test_selecting_a_row_shows_the_customers_name_and_phone(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    row = shown_names(window).index("李四")
    click_row(qtbot, window, row)
    qtbot.waitUntil(lambda: window.detail.name_label.text() == "李四")
    assert window.detail.fields["phone"].text() == "13700002222"
    assert window.detail.fields["address"].text() == "上海市 浦东新区"
    assert window.detail.isVisible()


def test_a_search_shows_the_best_hit_in_the_profile(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "wangwu")
    qtbot.waitUntil(lambda: window.detail.name_label.text() == "王五")


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_the_status_bar_counts_customers(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.counts.text().startswith("Customers: 4"))


def test_window_layout_is_remembered(qtbot: Any, customers: list[Any], crm: Path) -> None:
    first = MainWindow(crm)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 500)  # smaller than the test screen, so nothing is clamped
    first.splitter.setSizes([400, 300])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()
    second = MainWindow(crm)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.splitter.sizes() == sizes


# -- the welcome page and demo data ---------------------------------------------------------


def test_an_empty_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert not window.find_action.isEnabled()


@no_demo
def test_the_demo_button_fills_the_database_and_shows_the_list(qtbot: Any, window: MainWindow) -> None:
    from smallcrm.domain.stats import stats

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.list_page, timeout=120_000)
    assert stats()["customers"] == 2000
    qtbot.waitUntil(lambda: window.model.rowCount() == 2000)


@no_demo
def test_cancelling_the_demo_data_adds_nobody(qtbot: Any, window: MainWindow) -> None:
    from smallcrm.domain.stats import stats

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QProgressDialog)
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    job = window.demo_job
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert stats()["customers"] == 0
    assert window.pages.currentWidget() is window.welcome
    assert window.statusBar().currentMessage() == "Cancelled: no demo customers were added."


# -- Chinese ---------------------------------------------------------------------------------


def test_in_chinese_the_window_speaks_chinese(qtbot: Any, chinese: None, customers: list[Any], crm: Path) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    assert w.search_box.placeholderText() == "搜索姓名、拼音、手机号、编号或地址"
    assert w.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "姓名"
    qtbot.waitUntil(lambda: w.counts.text().startswith("客户：4 位"))
    assert w.menuBar().actions()[0].text() == "文件(&F)"


def test_in_chinese_the_welcome_page_speaks_chinese(qtbot: Any, chinese: None, crm: Path) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    assert w.pages.currentWidget() is w.welcome
    assert w.welcome.demo_button.text() == "用演示数据体验一下"


def test_in_chinese_a_user_error_is_a_chinese_sentence(chinese: None, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from smallcrm.domain.session import open_crm
    from smallcrm.errors import UserError

    with pytest.raises(UserError) as caught:
        open_crm(tmp_path)  # a folder
    assert caught.value.render(QCoreApplication.translate).startswith("这是一个文件夹")


# -- starting the app --------------------------------------------------------------------------


class MessageBoxCloser:
    """Closes the app's modal message boxes as they appear, keeping their texts."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.texts.append(widget.text())
                widget.done(0)


@pytest.fixture
def message_boxes() -> Iterator[MessageBoxCloser]:
    closer = MessageBoxCloser()
    yield closer
    closer.timer.stop()


def test_the_app_shows_its_window_and_quits_after_show(qtbot: Any, db_path: Path) -> None:
    from smallcrm.ui.app import main

    assert main(["--db", str(db_path), "--quit-after-show", "--lang", "en"]) == 0
    assert db_path.exists()


def test_an_unusable_database_is_one_sentence_and_exit_code_2(
    qtbot: Any, tmp_path: Path, message_boxes: MessageBoxCloser
) -> None:
    from smallcrm.ui.app import main

    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert main(["--db", str(folder), "--quit-after-show", "--lang", "en"]) == 2
    assert len(message_boxes.texts) == 1
    assert "folder" in message_boxes.texts[0]
    assert "Traceback" not in message_boxes.texts[0]


def test_an_unexpected_error_is_logged_and_reported(
    qtbot: Any, smallcrm_home: Path, message_boxes: MessageBoxCloser
) -> None:
    from smallcrm.ui import app

    handler = app._log_to_file()
    assert handler is not None
    try:
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            app.ErrorReporter()(RuntimeError, exc, exc.__traceback__)
    finally:
        app.log.removeHandler(handler)
        handler.close()
    assert message_boxes.texts and "fault in the program" in message_boxes.texts[0]
    logged = (smallcrm_home / "logs" / app.LOG_FILE).read_text(encoding="utf-8")
    assert "RuntimeError: a bug" in logged
    assert "Traceback" in logged
