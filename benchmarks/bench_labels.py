"""Address labels to PDF on a worker thread, and the print preview on the GUI thread:
the labels step of benchmarks/run.py (described there)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from benchmarks.common import child, gui_env, interleaved, raw_rows
from smallcrm.printing.layout import Address, address_lines
from smallcrm.printing.render import PDF_DPI, ensure_gui, font_family, render_labels
from smallcrm.printing.templates import get_template

_CHILD_PREVIEW = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from smallcrm.domain.session import open_crm
from smallcrm.ui.dialogs.mailing_print import Output, Preview, PrintOptions

open_crm(sys.argv[1])  # the envelopes print the shop from the settings
home = {"province": "四川省", "city": "成都市", "district": "武侯区", "postcode": "610041"}
people = [{"id": i, "name": f"客户{i}", "street": f"人民南路{i % 97 + 1}号附{i}号", **home} for i in range(2000)]
result = {}
for key, output in (("labels", Output("labels", "Avery L7160")), ("envelopes", Output("envelope", "DL"))):
    preview = Preview(None, people, PrintOptions(output))
    preview.dialog.resize(1000, 760)
    t0 = time.perf_counter()
    preview.dialog.show()
    app.processEvents()
    preview.dialog.grab()  # the pages in view, painted
    result[key] = {"s": time.perf_counter() - t0, "pages": preview.report.pages}
    preview.dialog.close()
    preview.dialog.deleteLater()
    app.processEvents()
print(json.dumps(result))
"""


def bench_preview(workdir: Path) -> list[tuple[str, str, str, str]]:
    """The print preview of 2,000 labels and 2,000 envelopes, drawn on the GUI thread
    (QPrintPreviewWidget asks for all pages at once), in a window process of its own;
    the first run warms the bytecode and file cache, the second is reported."""
    shop = workdir / "preview.db"  # one shop for both runs: the envelopes print its settings
    r = child(_CHILD_PREVIEW, str(shop), env=gui_env(workdir / "gui-env"), timeout=600, warm=True)
    for made in (shop, shop.with_name(shop.name + "-wal"), shop.with_name(shop.name + "-shm")):
        made.unlink(missing_ok=True)
    return [
        (
            f"  print preview of 2,000 {key} ({r[key]['pages']} pages drawn): show -> all drawn, painted",
            f"{r[key]['s'] * 1000:.0f} ms",
            "GUI thread (the preview is a widget)",
            f"target <= 0.5 s: {'met' if r[key]['s'] <= 0.5 else 'MISSED'}",
        )
        for key in ("labels", "envelopes")
    ]


def bench_labels(workdir: Path, count: int = 2000) -> list[tuple[str, str, str, str]]:
    """2,000 labels to PDF on a worker thread with progress, against a bare QPdfWriter loop;
    then the print preview (``bench_preview``)."""
    rows = raw_rows(count, seed=11)
    people = [
        Address(
            r["name"],
            ("M", "F", "")[i % 3],
            "CN",
            "四川省",
            "成都市",
            "武侯区",
            f"人民南路{i % 97 + 1}号附{i}号",
            "610041",
        )
        for i, r in enumerate(rows)
    ]
    template = get_template("Avery L7160")
    ensure_gui()
    font_family()  # loading the font once is start-up, not rendering
    ticks: list[int] = []

    def ours() -> float:
        elapsed: list[float] = []
        ticks.clear()

        def work() -> None:
            t0 = time.perf_counter()
            render_labels(
                workdir / "labels.pdf", people, template, progress=lambda done, total, msg="": ticks.append(done)
            )
            elapsed.append(time.perf_counter() - t0)

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        return elapsed[0]

    def raw() -> float:
        t0 = time.perf_counter()
        writer = QPdfWriter(str(workdir / "raw.pdf"))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
        )
        painter = QPainter(writer)
        font = QFont(font_family())
        font.setPointSizeF(11)
        painter.setFont(font)
        k = PDF_DPI / 25.4
        for i, a in enumerate(people):
            _page, slot = template.page_and_slot(i)
            if slot == 0 and i:
                writer.newPage()
            r = template.label_rect(slot)
            for j, line in enumerate(address_lines(a)):
                painter.drawText(QPointF((r.x + 3) * k, (r.y + 6 + j * 5) * k), line)
        painter.end()
        return time.perf_counter() - t0

    paired = interleaved(ours, raw)
    ours_s, raw_s = paired.ours, paired.raw
    return [
        (
            f"labels: {count:,} to PDF, worker thread, {len(ticks)} progress calls; medians of {paired.pairs} pairs",
            f"{ours_s:.2f} s",
            f"{raw_s:.2f} s (bare QPdfWriter drawText, no fitting)",
            f"{paired.ratio:.2f}x; target <= 3 s: {'met' if ours_s <= 3 else 'MISSED'}",
        ),
        *bench_preview(workdir),
    ]
