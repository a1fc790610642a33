"""Drawing labels, envelopes, the printed mailing list and greeting inserts with
QPainter, to a PDF file (QPdfWriter) or any QPagedPaintDevice (a QPrinter, the print
preview's printer). QtGui only: no widgets, so the CLI and worker threads can render.

Coordinates are millimetres from the paper's corner (``printing.templates``), turned
into device pixels here; font sizes are real points. Text is drawn with the bundled
font (``resources/fonts``), so Chinese comes out as exact, selectable text.

A file is written to a temporary name and renamed when complete: a cancelled or failed
render leaves no half-written PDF.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QFileDevice, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from smallcrm import files, jobs, settings
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.paths import resource_path
from smallcrm.printing import layout as lay
from smallcrm.printing.layout import Address, FittedText
from smallcrm.printing.templates import EnvelopeTemplate, LabelTemplate, Rect, get_template

FONT_FILE = ("fonts", "SmallCRMNotoSansSC-Regular.otf")
FALLBACK_FAMILY = "Noto Sans CJK SC"
NO_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder to save the PDF in does not exist.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("UserError", "The PDF could not be written: {reason}.")
PDF_DPI = 1200  # QPdfWriter's default; positions are exact to 1/1200 in
_PROGRESS_EVERY = 50
_font_lock = threading.Lock()
_family: str | None = None

Target = str | Path | QPagedPaintDevice


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class Flagged:
    """A label or envelope whose text had to shrink below the readable size."""

    index: int  # 0-based position in the recipient list
    page: int  # 1-based
    name: str
    size_pt: float
    fits: bool


@dataclass
class RenderReport:
    pages: int = 0
    items: int = 0
    flagged: list[Flagged] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "items": self.items,
            "small_text": [
                {"index": f.index, "page": f.page, "name": f.name, "size_pt": f.size_pt, "fits": f.fits}
                for f in self.flagged
            ],
        }


# --- fonts and the device ------------------------------------------------------------


def ensure_gui() -> None:
    """Fonts need a QGuiApplication. The GUI has one; the CLI and scripts get an
    offscreen one here, so rendering works without a display."""
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # WORKAROUND: kept on the module so Python does not collect the application.
        globals()["_app"] = QGuiApplication(["smallcrm"])


def font_family() -> str:
    """The bundled font's family, loaded once; a system CJK font if the file is missing."""
    global _family
    with _font_lock:
        if _family is None:
            ensure_gui()
            font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _family = families[0] if families else FALLBACK_FAMILY
        return _family


def plain_digits(font: QFont) -> None:
    """Turn off the font's 'locl' feature.

    WORKAROUND: Noto Sans CJK SC's localized forms give the digits of Latin text (the
    'latn' script's default language) glyphs of their own that its character map does
    not list, and Qt's PDF writer maps glyphs back to text through that map: 'Tel:
    028-8555' came out of the PDF as 'Tel: -' (copy, search, pdftotext), digits in
    Chinese text were fine. The forms look the same (same advance); without the
    feature the digits are the mapped ones. QFont.setFeature is Qt 6.7's."""
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("locl"), 0)


class Canvas:
    """A QPainter on a paged device, speaking millimetres and points."""

    def __init__(self, device: QPagedPaintDevice, page_mm: tuple[float, float], title: str = "") -> None:
        self.device = device
        size = QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, title, QPageSize.SizeMatchPolicy.FuzzyMatch)
        if abs(size.size(QPageSize.Unit.Millimeter).width() - page_mm[0]) > 0.05:
            # A fuzzy match may turn a landscape envelope into its portrait standard size.
            size = QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, title, QPageSize.SizeMatchPolicy.ExactMatch)
        device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The printer or file could not be opened for drawing."))
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dpi = device.logicalDpiX()
        self.k = dpi / 25.4  # device pixels per mm
        paint = device.pageLayout().paintRectPixels(dpi)
        self.dx, self.dy = -paint.left(), -paint.top()  # printers may keep their own margins
        self.family = font_family()
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self.pages = 1

    # units
    def x(self, mm: float) -> float:
        return mm * self.k + self.dx

    def y(self, mm: float) -> float:
        return mm * self.k + self.dy

    def rect(self, r: Rect) -> QRectF:
        return QRectF(self.x(r.x), self.y(r.y), r.width * self.k, r.height * self.k)

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        if key not in self._fonts:
            f = QFont(self.family)
            f.setPointSizeF(size)
            f.setBold(bold)
            plain_digits(f)
            self._fonts[key] = (f, QFontMetricsF(f, self.device))
        return self._fonts[key]

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, size, bold)
        width = self._widths.get(key)
        if width is None:
            width = self.font(size, bold)[1].horizontalAdvance(text) / self.k
            self._widths[key] = width
        return width

    def measurer(self, bold: bool = False) -> lay.Measure:
        return lambda text, size: self.measure(text, size, bold)

    # drawing
    def text(self, x_mm: float, top_mm: float, line: str, size: float, bold: bool = False) -> None:
        """Draw ``line`` with its top at ``top_mm`` (the baseline is one ascent lower)."""
        font, metrics = self.font(size, bold)
        self.painter.setFont(font)
        self.painter.drawText(QPointF(self.x(x_mm), self.y(top_mm) + metrics.ascent()), line)

    def block(
        self, box: Rect, fitted: FittedText, *, align: str = "left", bold_last: bool = False, valign: str = "middle"
    ) -> None:
        """Draw fitted lines in ``box``, clipped to it (an unfittable text is reported, never spills)."""
        total = len(fitted.lines) * fitted.line_height
        top = box.y + {"top": 0.0, "middle": (box.height - total) / 2, "bottom": box.height - total}[valign]
        top = max(box.y, top)
        lead = (fitted.line_height - fitted.size_pt * lay.PT_MM) / 2
        self.painter.save()
        if not fitted.fits:
            self.painter.setClipRect(self.rect(box))
        for i, line in enumerate(fitted.lines):
            bold = bold_last and i == len(fitted.lines) - 1
            if align == "left":
                x = box.x
            else:
                width = self.measure(line, fitted.size_pt, bold)
                x = box.x + (box.width - width) / (2 if align == "center" else 1)
            self.text(x, top + i * fitted.line_height + lead, line, fitted.size_pt, bold)
        self.painter.restore()

    def frame(self, r: Rect, color: str = "#999999", width_mm: float = 0.2, radius_mm: float = 0.0) -> None:
        pen = QPen(QColor(color))
        pen.setWidthF(width_mm * self.k)
        self.painter.save()
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        if radius_mm:
            self.painter.drawRoundedRect(self.rect(r), radius_mm * self.k, radius_mm * self.k)
        else:
            self.painter.drawRect(self.rect(r))
        self.painter.restore()

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str = "#666666", width_mm: float = 0.2) -> None:
        pen = QPen(QColor(color))
        pen.setWidthF(width_mm * self.k)
        self.painter.save()
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.x(x1), self.y(y1)), QPointF(self.x(x2), self.y(y2)))
        self.painter.restore()

    def new_page(self) -> None:
        self.device.newPage()
        self.pages += 1

    def end(self) -> None:
        self.painter.end()


@contextlib.contextmanager
def _canvas(target: Target, page_mm: tuple[float, float], title: str) -> Iterator[Canvas]:
    """A canvas on ``target``; a file path gets a PDF written through a temporary file."""
    ensure_gui()
    if isinstance(target, QPagedPaintDevice):
        canvas = Canvas(target, page_mm, title)
        try:
            yield canvas
        finally:
            canvas.end()
        return
    with files.replaced_when_done(Path(target), no_folder=NO_FOLDER, failed=NOT_WRITTEN) as tmp:
        # Through a QFile of our own, not QPdfWriter(file name): Qt's writer drops a
        # failed write without a word (a full disk left a truncated or 0-byte PDF and
        # "Printed 2116 labels"); the QFile's error state tells.
        device = QFile(str(tmp))
        if not device.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
            raise _file_error(device)
        writer = QPdfWriter(device)
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("SmallCRM")
        canvas = Canvas(writer, page_mm, title)
        try:
            yield canvas
        finally:
            canvas.end()  # writes the PDF's trailer
            del canvas, writer
            device.flush()
            written, error = device.size(), device.error()
            device.close()
        if error != QFileDevice.FileError.NoError:
            raise _file_error(device, error)
        if os.path.getsize(tmp) != written:
            raise OSError(errno.EIO, "the PDF on the disk is shorter than what was written", str(tmp))


_ERRNO_OF_TEXT = {
    os.strerror(code): code
    for code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG, errno.EIO, errno.EROFS)
}


def _file_error(device: QFile, error: QFileDevice.FileError | None = None) -> OSError:
    """A QFile's failure as the OSError it was, so it reads like any other failed
    write: Qt reports a full disk (ENOSPC) as ResourceError, and other causes only as
    the system's text (strerror) in errorString()."""
    error = device.error() if error is None else error
    text = device.errorString()
    code = _ERRNO_OF_TEXT.get(text, errno.EIO)
    if error == QFileDevice.FileError.ResourceError:
        code = errno.ENOSPC
    return OSError(code, text or os.strerror(code), device.fileName())


def _tick(done: int, total: int, progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
    if done % _PROGRESS_EVERY == 0:
        cancel.check()
        progress(done, total)


# --- labels ----------------------------------------------------------------------------


def label_padding(template: LabelTemplate) -> float:
    """Space kept clear inside a label: more on big labels, and on sheets printed edge
    to edge, where the printer's own margin would otherwise eat the text."""
    base = 3.0 if template.label_height >= 30 else 2.0
    return base + (2.0 if template.left < 1.0 else 0.0)


def render_labels(
    target: Target,
    recipients: Sequence[Any],
    template: LabelTemplate,
    *,
    skip: int = 0,
    outlines: bool = False,
    max_pt: float = 11.0,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> RenderReport:
    """One label per recipient (Customer rows, dicts or Addresses), across then down,
    starting after the first ``skip`` labels of the first sheet. ``outlines`` draws
    the label edges (for the preview and test prints on plain paper)."""
    if not 0 <= skip < template.per_page:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Skip from 0 to {last} labels: a {name} sheet has {count}."),
            last=template.per_page - 1,
            name=template.name,
            count=template.per_page,
        )
    addresses = [Address.of(r) for r in recipients]
    report = RenderReport(items=len(addresses))
    if not addresses:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is nobody to print labels for."))
    total = len(addresses)
    with _canvas(target, (template.page_width, template.page_height), template.name) as canvas:
        measure = canvas.measurer()
        pad = label_padding(template)
        page = 0
        if outlines:
            _label_outlines(canvas, template)
        for index, a in enumerate(addresses):
            on_page, slot = template.page_and_slot(index, skip)
            while page < on_page:
                canvas.new_page()
                page += 1
                if outlines:
                    _label_outlines(canvas, template)
            box = template.label_rect(slot).inset(pad)
            fitted = lay.fit_lines(lay.address_lines(a), box.width, box.height, measure, max_pt=max_pt)
            if not fitted.readable:
                report.flagged.append(Flagged(index, page + 1, a.name, fitted.size_pt, fitted.fits))
            canvas.block(box, fitted)
            _tick(index + 1, total, progress, cancel)
        report.pages = canvas.pages
    progress(total, total)
    return report


def _label_outlines(canvas: Canvas, template: LabelTemplate) -> None:
    for slot in range(template.per_page):
        canvas.frame(template.label_rect(slot), "#c0c0c0", 0.15, template.corner_radius)


# --- envelopes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """The shop, printed as the sender."""

    name: str = ""
    address: str = ""
    postcode: str = ""

    @classmethod
    def from_settings(cls) -> Sender:
        """The shop as its settings name it: the sender printed on an envelope."""
        return cls(settings.get("shop_name"), settings.get("shop_address"), settings.get("shop_postcode"))


def render_envelopes(
    target: Target,
    recipients: Sequence[Any],
    envelope: EnvelopeTemplate,
    sender: Sender,
    *,
    boxes: bool = True,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> RenderReport:
    """One envelope per recipient. Chinese addresses: GB/T 1416 layout, the postcode's
    digits in the six boxes top left (``boxes`` also draws the boxes, for plain
    envelopes), the stamp corner left clear, the recipient in the middle, the shop at
    the bottom right. Other countries: the shop top left, the recipient lower middle."""
    addresses = [Address.of(r) for r in recipients]
    if not addresses:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is nobody to print envelopes for."))
    report = RenderReport(items=len(addresses))
    with _canvas(target, (envelope.width, envelope.height), envelope.name) as canvas:
        for index, a in enumerate(addresses):
            if index:
                canvas.new_page()
            draw = _domestic_envelope if a.domestic else _western_envelope
            fitted = draw(canvas, envelope, a, sender, boxes)
            if not fitted.readable:
                report.flagged.append(Flagged(index, index + 1, a.name, fitted.size_pt, fitted.fits))
            _tick(index + 1, len(addresses), progress, cancel)
        report.pages = canvas.pages
    progress(len(addresses), len(addresses))
    return report


def _domestic_envelope(canvas: Canvas, env: EnvelopeTemplate, a: Address, sender: Sender, boxes: bool) -> FittedText:
    digits = lay.postcode_digits(a)
    for i, box in enumerate(env.postcode_boxes):
        if boxes:
            canvas.frame(box, "#d0021b", 0.3)
        if i < len(digits):
            size = 16.0
            width = canvas.measure(digits[i], size)
            height = size * lay.PT_MM
            canvas.text(box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, digits[i], size)
    measure = canvas.measurer()
    margin = 20.0 if env.width >= 200 else 15.0
    top = max(b.bottom for b in env.postcode_boxes) + 8.0
    # The envelope speaks to the Chinese post whatever the program's language: 收, 邮政编码.
    sender_lines = [line for line in (sender.address, sender.name) if line]
    if sender.postcode:
        sender_lines.append(f"邮政编码：{sender.postcode}")
    sender_height = max(14.0, len(sender_lines) * 9 * lay.PT_MM * lay.LINE_SPACING + 4)
    body = Rect(margin, top, env.width - 2 * margin, env.height - top - sender_height - 4)
    address = lay.address_lines(a, with_postcode=False, with_name=False)
    name = lay.addressee(a) + " 收"
    name_size = 18.0 if env.height >= 110 else 16.0
    name_fit = lay.fit_lines([name], body.width, body.height / 2, canvas.measurer(True), max_pt=name_size)
    address_box = Rect(body.x, body.y, body.width, body.height - len(name_fit.lines) * name_fit.line_height)
    fitted = lay.fit_lines(address, address_box.width, address_box.height, measure, max_pt=14.0)
    canvas.block(address_box, fitted, valign="top")
    name_box = Rect(body.x, address_box.bottom, body.width, body.bottom - address_box.bottom)
    canvas.block(name_box, name_fit, align="center", bold_last=True, valign="middle")
    if sender_lines:
        sbox = Rect(env.width / 2, env.height - sender_height - 6, env.width / 2 - 12, sender_height)
        canvas.block(sbox, lay.fit_lines(sender_lines, sbox.width, sbox.height, measure, max_pt=9.0), align="right")
    return fitted if fitted.size_pt <= name_fit.size_pt else name_fit


def _western_envelope(canvas: Canvas, env: EnvelopeTemplate, a: Address, sender: Sender, boxes: bool) -> FittedText:
    measure = canvas.measurer()
    sender_lines = [line for line in (sender.name, sender.address, sender.postcode) if line]
    if sender_lines:
        sbox = Rect(10, 8, env.width * 0.45, env.height * 0.3)
        canvas.block(sbox, lay.fit_lines(sender_lines, sbox.width, sbox.height, measure, max_pt=9.0), valign="top")
    box = Rect(env.width * 0.4, env.height * 0.45, env.width * 0.55, env.height * 0.45)
    fitted = lay.fit_lines(lay.address_lines(a), box.width, box.height, measure, max_pt=12.0)
    canvas.block(box, fitted, valign="top")
    return fitted


# --- the printed mailing list and greeting inserts --------------------------------------

_LIST_HEADERS = (
    QT_TRANSLATE_NOOP("Printing", "No."),
    QT_TRANSLATE_NOOP("Printing", "Name"),
    QT_TRANSLATE_NOOP("Printing", "Address"),
    QT_TRANSLATE_NOOP("Printing", "Phone"),
    QT_TRANSLATE_NOOP("Printing", "Sent"),
)


def render_mailing_list(
    target: Target,
    recipients: Sequence[Any],
    title: str,
    *,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> RenderReport:
    """A table on A4 to tick off by hand: number, name, address, phone, an empty box."""
    addresses = [Address.of(r) for r in recipients]
    report = RenderReport(items=len(addresses))
    page_w, page_h, margin = 210.0, 297.0, 15.0
    widths = (10.0, 35.0, 85.0, 35.0, 15.0)
    size, pad = 9.0, 1.2
    with _canvas(target, (page_w, page_h), title) as canvas:
        measure = canvas.measurer()
        headers = [_tr(h) for h in _LIST_HEADERS]

        def header() -> float:
            canvas.text(margin, margin, title, 13.0, bold=True)
            y = margin + 10
            x = margin
            for text, w in zip(headers, widths, strict=True):
                canvas.text(x + pad, y, text, size, bold=True)
                x += w
            y += size * lay.PT_MM * lay.LINE_SPACING + pad
            canvas.line(margin, y, page_w - margin, y, "#333333", 0.3)
            return y + pad

        y = header()
        for index, a in enumerate(addresses):
            cells = [str(index + 1), lay.addressee(a), lay.one_line(a), a.phone]
            fitted = [
                lay.fit_lines([c], w - 2 * pad, 1000, measure, max_pt=size, readable_pt=size)
                for c, w in zip(cells, widths, strict=False)
            ]
            height = max(f.line_height * len(f.lines) for f in fitted) + 2 * pad
            if y + height > page_h - margin:
                canvas.new_page()
                y = header()
            x = margin
            for f, w in zip(fitted, widths, strict=False):
                canvas.block(Rect(x + pad, y + pad, w - 2 * pad, height - 2 * pad), f, valign="top")
                x += w
            tick = Rect(x + (widths[-1] - 4) / 2, y + (height - 4) / 2, 4, 4)
            canvas.frame(tick, "#333333", 0.25)
            y += height
            canvas.line(margin, y, page_w - margin, y, "#bbbbbb", 0.15)
            _tick(index + 1, len(addresses), progress, cancel)
        report.pages = canvas.pages
    return report


def render_inserts(
    target: Target,
    recipients: Sequence[Any],
    greeting: str,
    shop: str,
    *,
    paper: tuple[float, float] = (148.0, 105.0),
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> RenderReport:
    """One card insert per recipient (A6 landscape), the greeting with {name},
    {honorific} and {shop} filled in, centred."""
    addresses = [Address.of(r) for r in recipients]
    if not addresses:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is nobody to print greetings for."))
    report = RenderReport(items=len(addresses))
    with _canvas(target, paper, _tr("Greetings")) as canvas:
        measure = canvas.measurer()
        box = Rect(15, 15, paper[0] - 30, paper[1] - 30)
        for index, a in enumerate(addresses):
            if index:
                canvas.new_page()
            text = lay.merge_greeting(greeting, a, shop)
            fitted = lay.fit_lines(text.splitlines() or [""], box.width, box.height, measure, max_pt=16.0)
            if not fitted.readable:
                report.flagged.append(Flagged(index, index + 1, a.name, fitted.size_pt, fitted.fits))
            canvas.block(box, fitted, align="center")
            _tick(index + 1, len(addresses), progress, cancel)
        report.pages = canvas.pages
    return report


def render_label_sheet(
    customers: Iterable[Any], out: str | Path, template: str = "Avery L7160", *, skip: int = 0
) -> RenderReport:
    """Labels for ``customers`` (Customer rows, dicts with the customer fields, or
    Addresses) to the PDF ``out`` on the named sheet: the one-call entry point for
    scripts and the packaged app's self-test. Works without a window or a database."""
    return render_labels(out, list(customers), get_template(template), skip=skip)
