"""What a mailing prints on, and printing it: label sheets, envelopes, the printed list
and greeting inserts, to a print preview, a printer, or a PDF.

Printing and saving a PDF draw on a worker thread (``smallcrm.ui.worker``) with
progress and cancel: Qt supports QPainter on a QPrinter, QPdfWriter or QImage outside
the GUI thread ("Painting in threads"), so only the print dialog, which is a widget,
runs on the GUI thread. The preview paints on the GUI thread: see :class:`Preview`.

The drawing itself is ``smallcrm.printing.render``; this module only chooses what to
call and shows the outcome.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from smallcrm import jobs
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
    from smallcrm import settings
    from smallcrm.printing import render as r
    from smallcrm.printing.templates import get_envelope, get_template

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


class Preview(QObject):
    """A QPrintPreviewDialog drawing the mailing; keeps the last render's report.

    It draws on the GUI thread, as it must: QPrintPreviewWidget asks for every page at
    once through ``paintRequested``, records them as pictures and lays them out as
    items, all from the widget. Measured (benchmarks/run.py, labels step; offscreen,
    shared 2-core machine): a 2,000-label mailing (96 sheets of Avery L7160) opens,
    drawn and shown, in about 0.15-0.2 s; 2,000 DL envelopes (2,000 pages) in about
    0.5 s. That is under the ~1 s at which the window would feel stuck, so the preview
    draws everything like any Qt preview: page count, zoom, "all pages" and printing
    from the preview keep working. Drawing pages on a worker into QPictures for the
    preview to replay, or showing the first N pages, would add a second drawing path
    and a preview that differs from the print for no measurable gain at this size.
    """

    rendered = Signal(object)

    def __init__(self, parent: Any, people: Sequence[Any], options: PrintOptions) -> None:
        super().__init__(parent)
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        self.people = list(people)
        self.options = options
        self.report: Any = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)  # positions are measured from the paper's corner
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("MailingView", "Print Preview"))
        self.dialog.paintRequested.connect(self._paint)

    def _paint(self, printer: Any) -> None:
        self.report = render(printer, self.people, self.options)
        self.rendered.emit(self.report)


def ask_printer(parent: Any) -> Any:
    """The print dialog (GUI thread); the chosen QPrinter, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

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

    def __init__(self, printer: Any, people: Sequence[Any], options: PrintOptions) -> None:
        self.printer = printer
        self.people = list(people)
        self.options = options
        self.aborted: bool | None = None
        self.file_removed = False

    @property
    def spooled_partly(self) -> bool:
        return self.aborted is False and not self.file_removed

    def __call__(self, progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        token = _AbortOnCancel(cancel, self.printer)
        try:
            return render(self.printer, self.people, self.options, progress, token)
        except jobs.Cancelled:
            self.aborted = token.aborted
            name = self.printer.outputFileName()
            if name and not token.aborted:
                # The printer truncated this file when drawing began: what is there is ours.
                with contextlib.suppress(OSError):
                    os.remove(name)
                self.file_removed = not os.path.exists(name)
            raise
