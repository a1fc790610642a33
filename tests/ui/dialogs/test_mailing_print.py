"""What a mailing prints on and printing it: the preview's bounds, each output drawn
into a PDF, and a cancelled print that leaves no half-written file behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from smallcrm import jobs
from smallcrm.ui.dialogs.mailing_print import (
    PREVIEW_LIMIT,
    PREVIEW_PAGES,
    Output,
    PrintOptions,
    PrintRun,
    preview_limit,
    render,
)

# The window's QApplication first: the printing would otherwise make a bare QGuiApplication.
pytestmark = pytest.mark.usefixtures("qapp")

HOME = {"province": "四川省", "city": "成都市", "postcode": "610041"}


def _people(n: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"客户{i}", "street": f"人民南路{i}号", **HOME} for i in range(n)]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_preview_draws_at_most_its_pages(crm: Path) -> None:
    # Avery L7160: 21 labels a sheet, so 100 sheets hold 2,100; the limit is 2,000.
    assert preview_limit(PrintOptions(Output("labels", "Avery L7160"))) == PREVIEW_LIMIT
    # A sheet of 10 (A4 2x5): 100 sheets, less the labels skipped on the first.
    assert preview_limit(PrintOptions(Output("labels", "A4 2x5 (105 x 57 mm)"), skip=3)) == PREVIEW_PAGES * 10 - 3
    assert preview_limit(PrintOptions(Output("envelope", "DL"))) == PREVIEW_PAGES  # a page each
    assert preview_limit(PrintOptions(Output("inserts"))) == PREVIEW_PAGES
    assert preview_limit(PrintOptions(Output("list"))) == PREVIEW_LIMIT


@pytest.mark.parametrize(
    ("output", "pages"),
    [
        (Output("labels", "Avery L7160"), 2),  # 25 on sheets of 21
        (Output("envelope", "DL"), 25),
        (Output("list"), 1),
        (Output("inserts"), 25),
    ],
)
def test_each_output_draws_its_pages_into_a_pdf(crm: Path, tmp_path: Path, output: Output, pages: int) -> None:
    out = tmp_path / f"{output.kind}.pdf"
    report = render(str(out), _people(25), PrintOptions(output, greeting="新年快乐", title="春节贺卡"))
    assert report.pages == pages and report.items == 25
    assert out.read_bytes().startswith(b"%PDF")


def test_a_cancelled_print_to_a_file_leaves_no_file(crm: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    run = PrintRun(_pdf_printer(out), _people(200), PrintOptions(Output("labels", "Avery L7160")))
    token = jobs.CancelToken()
    ticks: list[int] = []

    def progress(done: int, _total: int, _message: str = "") -> None:
        ticks.append(done)
        if done >= 21:  # a sheet drawn: the owner presses Cancel
            token.cancel()

    with pytest.raises(jobs.Cancelled):
        run(progress, token)
    assert run.aborted is False  # Qt's PDF engine cannot abort...
    assert run.file_removed and not out.exists()  # ...so the half-drawn file is deleted
    assert not run.spooled_partly


def test_the_consent_check_runs_before_the_drawing(crm: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    run = PrintRun(_pdf_printer(out), _people(30), PrintOptions(Output("list")), recheck=lambda people: people[:5])
    report = run(jobs.no_progress, jobs.CancelToken())
    assert report.items == 5
