"""A mailing printed, previewed and saved as PDF: on a worker, with progress, and only
to those who still consent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.store.models import Customer
from smallcrm.ui.views.mailing_view import MailingView
from tests.ui.views.mailing_area import HOME, _cell, _count, _names, _pdf_words, _start

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


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
