"""What a mailing prints on, and printing it: label sheets, envelopes, the printed list
and greeting inserts, to a print preview, a printer, or a PDF.

Printing and saving a PDF draw on a worker thread (``smallcrm.ui.shell.worker``) with
progress and cancel: Qt supports QPainter on a QPrinter, QPdfWriter or QImage outside
the GUI thread ("Painting in threads"), so only the print dialog, which is a widget,
runs on the GUI thread. The preview paints on the GUI thread: see :class:`Preview`.

The drawing itself is ``smallcrm.printing.render``; this module only chooses what to
call and shows the outcome.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from smallcrm import jobs, settings
from smallcrm.printing.layout import Address


@dataclass(frozen=True)
class Output:
    """One thing to print: a label sheet, an envelope size, the list or the inserts."""

    kind: str  # labels | envelope | list | inserts
    name: str = ""  # the sheet's or envelope's name

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"


@dataclass(frozen=True)
class PrintOptions:
    output: Output
    skip: int = 0
    outlines: bool = False
    boxes: bool = True
    greeting: str = ""
    title: str = ""


def render(target: Any, people: Sequence[Any], options: PrintOptions, progress: Any = None, cancel: Any = None) -> Any:
    """Draw ``people`` per ``options`` on ``target`` (a PDF path or a QPrinter); the report."""
    from smallcrm.printing import render as r  # 17 ms at start-up (the Mailing area): only printing needs it
    from smallcrm.printing.templates import get_envelope, get_template  # 4 ms at start-up, as render

    progress = progress or jobs.no_progress
    cancel = cancel or jobs.NEVER
    addresses = [Address.of(p) for p in people]
    kind = options.output.kind
    if kind == "labels":
        return r.render_labels(
            target,
            addresses,
            get_template(options.output.name),
            skip=options.skip,
            outlines=options.outlines,
            progress=progress,
            cancel=cancel,
        )
    if kind == "envelope":
        return r.render_envelopes(
            target,
            addresses,
            get_envelope(options.output.name),
            r.Sender.from_settings(),
            boxes=options.boxes,
            progress=progress,
            cancel=cancel,
        )
    if kind == "list":
        return r.render_mailing_list(target, addresses, options.title, progress=progress, cancel=cancel)
    return r.render_inserts(
        target, addresses, options.greeting, settings.get("shop_name"), progress=progress, cancel=cancel
    )


# What a print preview draws. QPrintPreviewWidget draws every page on the GUI thread
# before it shows one, and the time goes with the pages and what is on them: measured
# in one run, 2,000 labels (96 sheets) took as long as ~400 DL envelopes or greeting
# inserts, which are a page each (an envelope's address is fitted in a bigger box, with
# the sender and the postcode boxes); 2,000 envelopes held the window 1.2-1.6 s on a
# quiet machine and 20,000 for 5 s. So a preview draws at most PREVIEW_PAGES pages and
# PREVIEW_LIMIT recipients: a whole Avery L7160 mailing of 2,000, or 100 envelopes.
PREVIEW_LIMIT = 2000
PREVIEW_PAGES = 100


def preview_limit(options: PrintOptions) -> int:
    """How many recipients the preview of ``options`` draws (see PREVIEW_PAGES)."""
    from smallcrm.printing.templates import get_template  # 4 ms at start-up: only a preview needs it

    kind = options.output.kind
    if kind == "labels":
        per_page = get_template(options.output.name).per_page
        return min(PREVIEW_LIMIT, PREVIEW_PAGES * per_page - options.skip)
    if kind in ("envelope", "inserts"):  # one recipient a page
        return PREVIEW_PAGES
    return PREVIEW_LIMIT  # the printed list: ~40 rows a page


class Preview(QObject):
    """A QPrintPreviewDialog drawing the mailing; keeps the last render's report.

    It draws on the GUI thread, as it must: QPrintPreviewWidget asks for every page at
    once through ``paintRequested``, records them as pictures and lays them out as
    items, all from the widget. Up to PREVIEW_LIMIT recipients that is well under the
    ~1 s at which the window would feel stuck, so the preview draws everything like any
    Qt preview: page count, zoom, "all pages" and printing from the preview keep
    working. A bigger mailing previews its first pages (:func:`preview_limit`: 2,000
    labels, 100 envelopes), says so in the title, and the preview's own Print button
    is off: the Mailing area's Print prints them all, on a worker with progress and
    Cancel. (Drawing pages on a worker into QPictures for the preview to replay would
    add a second drawing path, a preview that could differ from the print.)
    """

    rendered = Signal(object)

    def __init__(self, parent: Any, people: Sequence[Any], options: PrintOptions) -> None:
        super().__init__(parent)
        self.total = len(people)
        self.people = list(people[: preview_limit(options)])
        self.options = options
        self.report: Any = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)  # positions are measured from the paper's corner
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        title = QCoreApplication.translate("MailingView", "Print Preview")
        if self.total > len(self.people):
            title = (
                QCoreApplication.translate(
                    "MailingView", "Print Preview: the first %1 of %2 recipients (Print in the Mailing area prints all)"
                )
                .replace("%1", f"{len(self.people):,}")
                .replace("%2", f"{self.total:,}")
            )
            # The dialog's Print would print only the previewed ones. Qt names it with
            # this very translation call, so the match holds in every language (the
            # context in a variable: Qt's own string, not one for our catalogue).
            qt_context = "QPrintPreviewDialog"
            qt_print = QCoreApplication.translate(qt_context, "Print")
            for action in self.dialog.findChildren(QAction):
                if action.text() == qt_print:
                    action.setEnabled(False)
        self.dialog.setWindowTitle(title)
        self.dialog.paintRequested.connect(self._paint)

    def _paint(self, printer: Any) -> None:
        self.report = render(printer, self.people, self.options)
        self.rendered.emit(self.report)


def ask_printer(parent: Any) -> Any:
    """The print dialog (GUI thread); the chosen QPrinter, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # positions are measured from the paper's corner
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()  # it points at the printer, which the worker will use
    return printer


class _AbortOnCancel:
    """The job's cancel token, seen by the drawing code: when it stops the drawing it
    first aborts the print job, while the painter is still active. QPainter.end()
    would otherwise hand the pages drawn so far to the spooler."""

    def __init__(self, token: jobs.CancelToken, printer: Any) -> None:
        self._token = token
        self._printer = printer
        self.aborted: bool | None = None  # None: not cancelled; else what abort() said

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled

    def check(self) -> None:
        if self._token.cancelled:
            if self.aborted is None:
                self.aborted = bool(self._printer.abort())
            raise jobs.Cancelled()


class PrintRun:
    """One print job drawn on a QPrinter chosen in the print dialog, as a worker
    function ``run(progress, cancel)``; afterwards, what became of it.

    The printer was made on the GUI thread; the GUI leaves it alone until the job has
    finished (this object keeps it alive). When cancelled, the job is aborted where Qt
    can (Windows and macOS spoolers). Qt's PDF engine, used for "print to file" and
    for CUPS on Linux, cannot abort (``QPrinter.abort()`` returns False): a file is
    then deleted, so no half-finished PDF is left; a CUPS printer receives the pages
    drawn before the cancel, which ``spooled_partly`` reports so the owner is told.
    """

    def __init__(
        self,
        printer: Any,
        people: Sequence[Any],
        options: PrintOptions,
        recheck: Callable[[list[Any]], list[Any]] | None = None,
    ) -> None:
        self.printer = printer
        self.people = list(people)
        self.options = options
        self.recheck = recheck  # run on the worker before drawing (the mailing's consent check)
        self.aborted: bool | None = None
        self.file_removed = False

    @property
    def spooled_partly(self) -> bool:
        return self.aborted is False and not self.file_removed

    def __call__(self, progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        token = _AbortOnCancel(cancel, self.printer)
        people = self.recheck(self.people) if self.recheck is not None else self.people
        try:
            return render(self.printer, people, self.options, progress, token)
        except jobs.Cancelled:
            self.aborted = token.aborted
            name = self.printer.outputFileName()
            if name and not token.aborted:
                # The printer truncated this file when drawing began: what is there is ours.
                with contextlib.suppress(OSError):
                    os.remove(name)
                self.file_removed = not os.path.exists(name)
            raise
