"""What a mailing prints on, and printing it: label sheets, envelopes, the printed list
and greeting inserts, to a print preview, a printer, or a PDF rendered off the GUI
thread with progress and cancel.

The drawing itself is ``smallcrm.printing.render``; this module only chooses what to
call and shows the outcome.
"""

from __future__ import annotations

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
    """A QPrintPreviewDialog drawing the mailing; keeps the last render's report."""

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


def print_now(parent: Any, people: Sequence[Any], options: PrintOptions) -> Any:
    """Ask for a printer and print; the report, or None when the owner cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return render(printer, people, options)
