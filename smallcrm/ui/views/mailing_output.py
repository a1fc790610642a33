"""A mailing's outputs: what it is printed on and the printing itself (labels with the
sheet's used labels skipped, envelopes, a printed list or greeting inserts; a preview,
the printer, a PDF), and its recipients as a spreadsheet or phone contacts. Drawn on a
worker thread behind a progress dialog whose Cancel stops it; consent is checked
again right before drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from smallcrm import jobs
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.ui.dialogs.mailing_print import Output, Preview, PrintOptions, PrintRun, ask_printer, render
from smallcrm.ui.shell import changes, worker

DEFAULT_GREETING = QT_TRANSLATE_NOOP(
    "MailingOutput", "Dear {name} {honorific},\n\nWishing you and your family health and happiness.\n\n{shop}"
)


class MailingOutput(QGroupBox):
    """The Print box of the chosen mailing: what to print on, its options, and Preview,
    Print and Save PDF. Messages go to ``status``, failures to ``report``."""

    def __init__(
        self,
        status: Callable[[str], None],
        report: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Print"))
        self.status = status
        self.report = report
        self.mailing_id: int | None = None
        self.mailing: dict[str, Any] | None = None
        self.people: list[dict[str, Any]] = []
        self.ids: list[int] = []
        self.last_report: Any = None
        self.preview: Preview | None = None
        self._job: worker.Job | None = None
        self._progress: QProgressDialog | None = None
        self.output = QComboBox()
        self.output.currentIndexChanged.connect(self._output_changed)
        self.skip = QSpinBox()
        self.skip.setRange(0, 0)
        self.skip.setSuffix(self.tr(" labels"))
        self.outlines = QCheckBox(self.tr("Draw label edges"))
        self.boxes = QCheckBox(self.tr("Draw postcode boxes"))
        self.boxes.setChecked(True)
        self.greeting = QPlainTextEdit(self.tr(DEFAULT_GREETING))
        self.greeting.setToolTip(self.tr("Merge fields: {name} {honorific} {shop}"))
        self.greeting.setMaximumHeight(90)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #b35900;")
        pf = QFormLayout(self)
        self.print_form = pf
        self.sheet_button = QPushButton(self.tr("Custom Sheet…"))
        self.sheet_button.setToolTip(self.tr("Measure a label sheet that is not in the list"))
        self.sheet_button.clicked.connect(lambda: self.custom_sheet())
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.sheet_button)
        pf.addRow(self.tr("Print on:"), output_row)
        pf.addRow(self.tr("Already used on the first sheet:"), self.skip)
        pf.addRow(self.outlines)
        pf.addRow(self.boxes)
        pf.addRow(self.tr("Greeting:"), self.greeting)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.clicked.connect(lambda: self.show_preview())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_mailing)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for b in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        pf.addRow(buttons)
        pf.addRow(self.flags)

    def fill_outputs(self, templates: list[str], envelopes: list[str]) -> None:
        """What can be printed on: the label sheets, the envelopes, a list, inserts
        (the choice kept when it is still there)."""
        keep_output = self.output.currentData()
        self.output.blockSignals(True)
        self.output.clear()
        for name in templates:
            self.output.addItem(self.tr("Labels: %1").replace("%1", name), Output("labels", name))
        for name in envelopes:
            self.output.addItem(self.tr("Envelopes: %1").replace("%1", name), Output("envelope", name))
        self.output.addItem(self.tr("Printed list with a tick column"), Output("list"))
        self.output.addItem(self.tr("Greeting inserts"), Output("inserts"))
        found = next((i for i in range(self.output.count()) if self.output.itemData(i) == keep_output), 0)
        self.output.setCurrentIndex(found)
        self.output.blockSignals(False)
        self._output_changed()

    def set_mailing(
        self, mailing_id: int | None, info: dict[str, Any] | None, people: list[dict[str, Any]], ids: list[int]
    ) -> None:
        """The mailing shown and its recipients (their cards, and the customers' ids as
        the worker read them), as the area shows them."""
        self.mailing_id, self.mailing, self.people, self.ids = mailing_id, info, people, ids

    def export(self, kind: str, path: str | None = None) -> worker.Job | None:
        """The recipients to .xlsx (print shop, mail merge) or .vcf (a phone's contacts)."""
        if not self.people:
            return None
        if path is None:
            name = (self.mailing["title"] if self.mailing else "mailing") + "." + kind
            pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("vCard contacts (*.vcf)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name, pattern)
            if not path:
                return None
        ids = list(self.ids)
        families = [p["id"] for p in self.people if p.get("family")]

        def run(progress: Any, cancel: Any) -> int:
            # sheets.mailing_list (openpyxl): not wanted at start (the area is built then).
            from smallcrm.sheets import mailing_list

            if kind == "vcf":
                return mailing_list.export_vcards(path, ids)
            return mailing_list.export_list(path, ids, families=families, progress=progress, cancel=cancel)

        def finished(count: Any, error: Any) -> None:
            if error is None:
                self.status(self.tr("Exported %1 recipients to %2").replace("%1", str(count)).replace("%2", str(path)))
            else:
                self.report(error)

        self._job = worker.start(run, on_finished=finished)
        return self._job

    def _output_changed(self) -> None:
        out: Output | None = self.output.currentData()
        kind = out.kind if out else ""
        # Only the options of what is printed on are shown: the rows of the others took
        # the height the recipient list needs (it showed 6-8 rows at 1280 x 800).
        for widget, used in (
            (self.skip, kind == "labels"),
            (self.outlines, kind == "labels"),
            (self.boxes, kind == "envelope"),
            (self.greeting, kind == "inserts"),
        ):
            self.print_form.setRowVisible(widget, used)
            widget.setEnabled(used)
        if kind == "labels" and out is not None:
            # printing.templates: 5-9 ms at import; the outputs are filled when the area is first shown.
            from smallcrm.printing.templates import get_template

            try:
                self.skip.setMaximum(get_template(out.name).per_page - 1)
            except UserError:
                self.skip.setMaximum(0)

    def custom_sheet(self, run: bool = True) -> Any:
        """The form for the owner's own label sheet; once saved, it is chosen for printing."""
        # The sheet form imports printing.templates (5-9 ms): loaded when first opened, not at start.
        from smallcrm.ui.dialogs.mailing_sheet_dialog import SheetDialog

        dialog = SheetDialog(self)

        def saved() -> None:
            self.output.blockSignals(True)
            self.output.addItem(
                self.tr("Labels: %1").replace("%1", dialog.saved_name), Output("labels", dialog.saved_name)
            )
            self.output.setCurrentIndex(self.output.count() - 1)
            self.output.blockSignals(False)
            self._output_changed()

        dialog.accepted.connect(saved)
        if run:
            dialog.open()
        return dialog

    def print_options(self) -> PrintOptions:
        out: Output = self.output.currentData() or Output("labels", "Avery L7160")
        return PrintOptions(
            output=out,
            skip=self.skip.value(),
            outlines=self.outlines.isChecked(),
            boxes=self.boxes.isChecked(),
            greeting=self.greeting.toPlainText(),
            title=self.mailing["title"] if self.mailing else "",
        )

    def show_preview(self, run: bool = True) -> Preview | None:
        """The print preview; ``run=False`` builds it without opening it (tests)."""
        if not self.people:
            return None
        # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
        from smallcrm.domain.mailing import keep_mailable

        # Consent is checked again as the cards are drawn (a quick indexed read).
        self.preview = Preview(self, keep_mailable(self.people), self.print_options())
        self.preview.rendered.connect(self._show_flags)
        if run:
            self.preview.dialog.exec()
        return self.preview

    def print_mailing(self, printer: Any = None) -> worker.Job | None:
        """Ask for a printer (the dialog, on the GUI thread), then draw the job on a
        worker thread with a progress dialog that can cancel. ``printer`` skips the
        dialog (tests: a QPrinter set to write a PDF)."""
        if not self.people:
            return None
        if printer is None:
            printer = ask_printer(self)
            if printer is None:
                return None
        options = self.print_options()
        run = PrintRun(printer, self.people, options, recheck=_still_mailable)

        def done(report: Any) -> None:
            self._show_flags(report)
            if self.mailing_id is not None:
                self._remember(options.output.name or options.output.kind)
            self.status(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(report.pages)))

        def cancelled() -> None:
            if run.spooled_partly:
                QMessageBox.information(
                    self,
                    self.tr("Print"),
                    self.tr(
                        "Printing stopped. This printer could not take back the pages drawn before you "
                        "cancelled: remove the job from the printer's queue if they should not print."
                    ),
                )
            else:
                self.status(self.tr("Printing cancelled: nothing was printed."))

        return self._draw(run, len(run.people), self.tr("Print"), self.tr("Sending to the printer…"), done, cancelled)

    def save_pdf(self, path: str | None = None) -> worker.Job | None:
        """Render to a PDF on a worker thread, with a progress dialog that can cancel."""
        if not self.people:
            return None
        if path is None:
            suggested = (self.mailing["title"] if self.mailing else "mailing") + ".pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), suggested, self.tr("PDF (*.pdf)"))
            if not path:
                return None
        people, options = list(self.people), self.print_options()
        if self.mailing_id is not None:
            self._remember(options.output.name or options.output.kind)

        def run(progress: Any, cancel: Any) -> Any:
            return render(path, _still_mailable(people), options, progress, cancel)

        def done(report: Any) -> None:
            self._show_flags(report)
            self.status(self.tr("Saved %1").replace("%1", str(path)))

        return self._draw(run, len(people), self.tr("Save PDF"), self.tr("Drawing…"), done)

    def _draw(
        self,
        run: Callable[[Any, Any], Any],
        total: int,
        title: str,
        label: str,
        done: Callable[[Any], None],
        cancelled: Callable[[], None] | None = None,
    ) -> worker.Job:
        """Run a drawing job on the worker behind a window-modal progress dialog whose
        Cancel stops it; ``done(report)`` or ``cancelled()`` on the GUI thread."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, total, self)
        dialog.setWindowTitle(title)
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)  # room for the bar, not a sliver
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Qt starts the minimum-duration clock at the first setValue(); without it the
        # dialog waited for its own 4 s fallback before showing.
        dialog.setValue(0)
        self._progress = dialog

        def finished(report: Any, error: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            self._progress = None
            if error is None:
                done(report)
            elif isinstance(error, jobs.Cancelled):
                if cancelled is not None:
                    cancelled()
            else:
                self.report(error)

        job = worker.start(run, on_progress=lambda n, _total, _m: dialog.setValue(n), on_finished=finished)
        dialog.canceled.connect(job.cancel)
        self._job = job
        return job

    def _remember(self, name: str) -> None:
        mailing_id = self.mailing_id
        assert mailing_id is not None

        def command() -> None:
            # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
            from smallcrm.domain.mailing import remember_template

            remember_template(mailing_id, name)

        changes.run_command(self, command)

    def _show_flags(self, report: Any) -> None:
        self.last_report = report
        flagged = report.flagged if report is not None else []
        if not flagged:
            self.flags.setText("")
            return
        names = ", ".join(f"{f.name} ({self.tr('page %1').replace('%1', str(f.page))})" for f in flagged[:8])
        more = self.tr(" and %1 more").replace("%1", str(len(flagged) - 8)) if len(flagged) > 8 else ""
        self.flags.setText(
            self.tr("Text too small to read easily on %1 label(s): %2%3. Shorten the address or use bigger labels.")
            .replace("%1", str(len(flagged)))
            .replace("%2", names)
            .replace("%3", more)
        )


def _still_mailable(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recipients shown who still consent to be mailed, read on the worker right
    before drawing: a consent withdrawn meanwhile (in another window, from the command
    line) is honoured on paper too."""
    # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
    from smallcrm.domain.mailing import keep_mailable

    return keep_mailable(people)
