"""The Mailing area driven like the owner does: a mailing from a tag, one person
removed, the preview, a PDF, and "mark as sent"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from smallcrm.store.models import Customer
from smallcrm.ui.shell import fonts
from smallcrm.ui.views.mailing_view import MailingView
from tests.ui.ui_helpers import double_click_index, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

# Where every test customer lives; each test adds what it needs (district, consent, tags).
HOME = {"province": "四川省", "city": "成都市", "postcode": "610041"}


@pytest.fixture
def view(qtbot: Any, crm: Path) -> MailingView:
    from smallcrm.domain.customers.commands import create_customer

    home = {**HOME, "district": "武侯区", "mail_consent": True}
    for i, (name, extra) in enumerate(
        [("张户", {}), ("李女", {"gender": "F"}), ("王长见", {}), ("赵无", {"mail_consent": False}), ("钱外", None)]
    ):
        data = {"name": name, "street": f"人民南路{i + 1}号", **home, **(extra or {})}
        if extra is not None:
            data["tags"] = ["VIP"]
        create_customer(data, allow_duplicate=True)
    window = open_window(qtbot, crm)
    window.show_area("mailing")
    widget = window.areas["mailing"][0]
    assert isinstance(widget, MailingView)
    qtbot.waitUntil(lambda: widget.printing.output.count() > 0 and widget.occasion.count() > 0)
    return widget


def _count(table: Any) -> int:
    return int(table.model().rowCount())


def _cell(table: Any, row: int, column: int) -> str:
    """What the table shows in that cell."""
    return str(table.model().index(row, column).data())


def _names(table: Any) -> list[str]:
    return [_cell(table, r, 0) for r in range(_count(table))]


def test_a_mailing_from_a_tag_edited_previewed_saved_and_sent(qtbot: Any, view: MailingView, tmp_path: Path) -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    qtbot.keyClicks(view.title_edit, "New Year cards")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    assert sorted(_names(view.recipients)) == ["张户", "李女", "王长见"]
    assert view.heading.text() == "New Year cards"
    assert _names(view.excluded) == ["赵无"]  # no consent: shown, not silently dropped
    assert _cell(view.excluded, 0, 1) == "No consent to be mailed"

    # A double-click on the one left out opens their profile, to fix the consent.
    view.tabs.setCurrentIndex(1)
    double_click_index(qtbot, view.excluded, view.excluded.model().index(0, 0))
    window = view.window()
    qtbot.waitUntil(lambda: window.current_area() == "customers" and window.customers.editing)
    assert window.customers.editor.customer_id == Customer.get(Customer.name == "赵无").id
    assert window.customers.editor.isVisible()
    assert window.customers.editor.close_editor()
    window.show_area("mailing")
    view.tabs.setCurrentIndex(0)

    row = _names(view.recipients).index("王长见")
    view.recipients.selectRow(row)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 2)
    assert "王长见" not in _names(view.recipients)

    preview = view.printing.show_preview(run=False)
    assert preview is not None
    preview.dialog.show()
    qtbot.waitUntil(lambda: preview.report is not None)
    preview.dialog.close()
    assert preview.report.items == 2

    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(view.printing.save_pdf(str(out)).finished, timeout=20_000):
        pass
    import pdfplumber

    with pdfplumber.open(str(out)) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    assert words.count("张户") == 1 and words.count("李女") == 1 and "王长见" not in words

    view.mark_sent(confirm=False)
    qtbot.waitUntil(lambda: "Sent on" in view.summary.text(), timeout=10_000)
    assert not view.sent_button.isEnabled() and not view.remove_button.isEnabled()
    from smallcrm.store.models import Interaction

    assert Interaction.select().where(Interaction.kind == "greeting").count() == 2


def test_a_mailing_from_the_list_selection(qtbot: Any, view: MailingView) -> None:
    window = view.window()
    window.customers.table.selectAll()
    view.pick_by.setCurrentIndex(view.pick_by.findData("selection"))
    view.one_per_household.setChecked(False)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == 4)
    assert "赵无" not in _names(view.recipients)


def test_a_custom_sheet_is_measured_saved_and_chosen(qtbot: Any, view: MailingView) -> None:
    dialog = view.printing.custom_sheet(run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Shop sheet")
    dialog.rows.setValue(9)  # 15.15 + 8 x 38.1 + 38.1 mm: past the bottom of A4
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "beyond the 210 x 297 mm page" in dialog.error.text()
    dialog.rows.setValue(7)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert view.printing.output.currentText() == "Labels: Shop sheet"
    assert view.printing.skip.maximum() == 20


# -- printing on the worker -------------------------------------------------------------


def _start_vip_mailing(qtbot: Any, view: MailingView, count: int) -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    view.one_per_household.setChecked(False)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count(view.recipients) == count, timeout=10_000)


def _pdf_printer(path: Path) -> Any:
    """A QPrinter that writes a PDF: the print dialog's choice, without a real printer."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _print_to_pdf(view: MailingView, out: Path) -> tuple[Any, Any, list[str]]:
    """Print the mailing into the PDF ``out`` as if chosen in the print dialog: the job,
    its progress dialog and the status messages the view shows (filled in as they come)."""
    messages: list[str] = []
    view.status_message.connect(messages.append)
    job = view.printing.print_mailing(_pdf_printer(out))
    assert job is not None
    return job, view.printing._progress, messages


@pytest.fixture
def render_threads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The threads the printing's drawing ran on."""
    import threading

    from smallcrm.ui.dialogs import mailing_print

    real, threads = mailing_print.render, []

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(mailing_print, "render", recording)
    return threads


def test_printing_draws_on_a_worker_thread_with_progress(
    qtbot: Any, view: MailingView, tmp_path: Path, render_threads: list[Any]
) -> None:
    import threading

    _start_vip_mailing(qtbot, view, 3)
    out = tmp_path / "printed.pdf"
    job, dialog, messages = _print_to_pdf(view, out)
    assert dialog is not None and dialog.maximum() == 3
    assert dialog.labelText() == "Sending to the printer…"
    seen: list[int] = []
    job.progress.connect(lambda done, _total, _m: seen.append(done))
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert job.error is None
    assert render_threads and all(t is not threading.main_thread() for t in render_threads)
    assert seen and seen[-1] == 3
    import pdfplumber

    with pdfplumber.open(str(out)) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    assert sorted(n for n in words if n in ("张户", "李女", "王长见")) == ["张户", "李女", "王长见"]
    assert messages[-1] == "Sent 1 page(s) to the printer."
    assert view.printing._progress is None


def test_cancelling_a_print_leaves_no_output_and_marks_nothing_sent(
    qtbot: Any, view: MailingView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.store.models import Interaction
    from smallcrm.ui.dialogs import mailing_print

    home = {**HOME, "mail_consent": True, "tags": ["VIP"]}
    for i in range(60):  # the drawing looks at the cancel every 50 labels
        create_customer({"name": f"客户{i}", "street": f"科华北路{i + 1}号", **home}, allow_duplicate=True)
    _start_vip_mailing(qtbot, view, 63)

    real, go, threads = mailing_print.render, threading.Event(), []

    def held(target: Any, people: Any, options: Any, progress: Any, cancel: Any) -> Any:
        threads.append(threading.current_thread())
        progress(1, len(people))
        go.wait(10)  # until the owner has pressed Cancel
        return real(target, people, options, progress, cancel)

    monkeypatch.setattr(mailing_print, "render", held)
    out = tmp_path / "cancelled.pdf"
    job, dialog, messages = _print_to_pdf(view, out)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: dialog.value() == 1)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    from smallcrm import jobs

    assert isinstance(job.error, jobs.Cancelled)
    assert threads[0] is not threading.main_thread()
    assert not out.exists()  # Qt's PDF engine cannot abort: the half-drawn file is deleted
    assert messages[-1] == "Printing cancelled: nothing was printed."
    assert view.mailing is not None and view.mailing["sent_at"] is None
    assert view.sent_button.isEnabled()
    assert Interaction.select().where(Interaction.kind == "greeting").count() == 0


# -- the print preview ------------------------------------------------------------------


def _people(n: int) -> list[dict[str, Any]]:
    """``n`` recipients at HOME, as a mailing hands them to the printing."""
    return [{"id": i, "name": f"客户{i}", "street": f"人民南路{i}号", **HOME} for i in range(n)]


def _labels_preview(qtbot: Any, n: int, before_show: Callable[[Any], None] | None = None) -> Any:
    """The labels preview of ``n`` recipients, shown and drawn; ``before_show`` gets the
    Preview first (to connect its signals before the drawing starts)."""
    from smallcrm.ui.dialogs.mailing_print import Output, Preview, PrintOptions

    preview = Preview(None, _people(n), PrintOptions(Output("labels", "Avery L7160")))
    qtbot.addWidget(preview.dialog)
    if before_show is not None:
        before_show(preview)
    preview.dialog.show()
    qtbot.waitUntil(lambda: preview.report is not None)
    return preview


def test_a_mailing_too_big_to_preview_whole_previews_its_first_recipients(qtbot: Any) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from smallcrm.ui.dialogs.mailing_print import PREVIEW_LIMIT, Output, Preview, PrintOptions

    preview = _labels_preview(qtbot, PREVIEW_LIMIT + 5)

    assert preview.report.items == PREVIEW_LIMIT == 2000
    assert preview.dialog.findChild(QPrintPreviewWidget).pageCount() == 96
    assert preview.dialog.windowTitle() == (
        "Print Preview: the first 2,000 of 2,005 recipients (Print in the Mailing area prints all)"
    )
    printing = [a for a in preview.dialog.findChildren(QAction) if a.text() == "Print"]
    assert len(printing) == 1 and not printing[0].isEnabled()  # it would print only the first 2,000
    preview.dialog.close()

    small = Preview(None, _people(10), PrintOptions(Output("labels", "Avery L7160")))
    qtbot.addWidget(small.dialog)
    assert small.dialog.windowTitle() == "Print Preview"
    assert all(a.isEnabled() for a in small.dialog.findChildren(QAction) if a.text() == "Print")


def test_the_preview_of_a_big_mailing_draws_every_sheet_in_one_pass(qtbot: Any) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    reports: list[Any] = []
    preview = _labels_preview(qtbot, 2000, before_show=lambda p: p.rendered.connect(reports.append))
    widget = preview.dialog.findChild(QPrintPreviewWidget)
    assert widget.pageCount() == 96  # 2,000 labels, 21 a sheet
    assert len(reports) == 1 and reports[0].pages == 96 and reports[0].items == 2000
    widget.setCurrentPage(96)
    assert widget.currentPage() == 96
    preview.dialog.close()


# -- consent, second mailings, household cards (issue 15, points 21, 23, 30) ------------


def _start(qtbot: Any, view: MailingView, title: str = "") -> None:
    view.pick_by.setCurrentIndex(view.pick_by.findData("tag"))
    view.pick_value.setCurrentIndex(view.pick_value.findData("VIP"))
    if title:
        view.title_edit.clear()
        if title.isascii():
            qtbot.keyClicks(view.title_edit, title)
        else:  # Chinese comes from an input method, which commits the text whole
            view.title_edit.insert(title)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)


def _pdf_words(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [w["text"] for page in pdf.pages for w in page.extract_words()]


def test_a_consent_withdrawn_while_the_mailing_is_open_is_not_printed(
    qtbot: Any, view: MailingView, tmp_path: Path
) -> None:
    from smallcrm.domain.customers.commands import update_customer

    _start(qtbot, view, "New Year cards")
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    # Withdrawn from elsewhere (another window, the command line): this view was not told.
    update_customer(Customer.get(Customer.name == "李女").id, {"mail_consent": False})

    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(view.printing.save_pdf(str(out)).finished, timeout=20_000):
        pass
    words = _pdf_words(out)
    assert "张户" in words and "李女" not in words

    view.reload()  # the next time the mailing is read, the list says why
    qtbot.waitUntil(lambda: _count(view.recipients) == 2)
    assert "李女" in _names(view.excluded)
    assert _cell(view.excluded, _names(view.excluded).index("李女"), 1) == "No consent to be mailed"


def test_a_second_mailing_for_the_same_occasion_asks_first(qtbot: Any, view: MailingView, user: Any) -> None:
    from smallcrm.domain import mailing

    view.occasion.setCurrentIndex(view.occasion.findData("spring_festival"))
    _start(qtbot, view)
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    first = view.mailing_id

    user.will_click("Open It")
    _start(qtbot, view)
    qtbot.waitUntil(lambda: bool(user.seen))
    assert "There is already a mailing for this occasion" in user.seen[0]
    assert len(mailing.list_mailings()) == 1 and view.mailing_id == first

    user.will_click("Start Another")
    _start(qtbot, view)
    qtbot.waitUntil(lambda: view.mailing_id not in (None, first))
    assert len(mailing.list_mailings()) == 2


def test_one_card_per_household_can_go_to_the_family(qtbot: Any, view: MailingView, tmp_path: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer(
        {"name": "张太", "street": "人民南路1号", **HOME, "district": "武侯区", "mail_consent": True, "tags": ["VIP"]},
        allow_duplicate=True,
    )
    assert view.one_per_household.isChecked()
    qtbot.mouseClick(view.to_family, Qt.MouseButton.LeftButton, pos=view.to_family.rect().topLeft() + QPoint(8, 8))
    assert view.to_family.isChecked()
    _start(qtbot, view, "Family cards")
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    assert "张户 全家" in _names(view.recipients)  # 张太 shares the address: one card, to the family
    assert "李女" in _names(view.recipients)  # alone at her address: her own card

    out = tmp_path / "envelopes.pdf"
    with qtbot.waitSignal(view.printing.save_pdf(str(out)).finished, timeout=20_000):
        pass
    assert "全家" in _pdf_words(out)

    view.one_per_household.setChecked(False)
    assert not view.to_family.isEnabled()


def test_the_preview_of_many_envelopes_draws_its_first_hundred_pages(qtbot: Any, crm: Path) -> None:
    """2,000 envelopes are 2,000 pages: drawing them all held the window 1.2-1.6 s."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from smallcrm.ui.dialogs.mailing_print import PREVIEW_PAGES, Output, Preview, PrintOptions

    preview = Preview(None, _people(2000), PrintOptions(Output("envelope", "DL")))
    qtbot.addWidget(preview.dialog)
    preview.dialog.show()
    qtbot.waitUntil(lambda: preview.report is not None)
    assert preview.report.items == PREVIEW_PAGES == 100
    assert preview.dialog.findChild(QPrintPreviewWidget).pageCount() == 100
    assert preview.dialog.windowTitle().startswith("Print Preview: the first 100 of 2,000 recipients")
    preview.dialog.close()


def test_the_recipient_list_gets_the_height_of_the_area(qtbot: Any, view: MailingView) -> None:
    """At 1280 x 800 the owner sees well over the 6-8 recipients the area used to show,
    in the font a real start gives the window (with the Chinese fallback families, whose
    taller lines leave 12 rows where Qt's bare default font leaves 14)."""
    fonts.ensure_chinese_font()
    window = view.window()
    window.resize(1280, 800)
    _start(qtbot, view, "New Year cards")
    qtbot.waitUntil(lambda: _count(view.recipients) == 3)
    qtbot.wait(50)
    rows_visible = view.recipients.viewport().height() // view.recipients.rowHeight(0)
    assert rows_visible >= 12
    assert not view.printing.greeting.isVisible() and view.printing.skip.isVisible()  # labels: the sheet's options only
    view.printing.output.setCurrentIndex(view.printing.output.findText("Greeting inserts"))
    assert view.printing.greeting.isVisible() and not view.printing.skip.isVisible()


def test_a_mailing_in_the_list_shows_its_title_and_state_whole(qtbot: Any, view: MailingView) -> None:
    _start(qtbot, view, "春节贺卡 2027")
    qtbot.waitUntil(lambda: view.mailing_list.count() == 1)
    item = view.mailing_list.item(0)
    assert item.text() == "春节贺卡 2027\n3 recipients, not sent yet"
    # The title is drawn in the (taller) Chinese font; the item must hold two such lines
    # or Qt elides it to one ('春节贺卡 2027…').
    chinese_lines = view.mailing_list.fontMetrics().boundingRect(QRect(0, 0, 10_000, 1_000), 0, "春\n春").height()
    assert view.mailing_list.visualItemRect(item).height() >= chinese_lines
