"""Drawing the matched part of a search hit in bold, in the customer list's own cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from smallcrm.domain.values import phones
from smallcrm.domain.values.pinyin import char_readings
from smallcrm.ui.models.customer_table import COLUMNS, CustomerTableModel

# The columns the search box looks in (domain.customers.search's tokens); others are never marked.
SEARCHED = frozenset(
    {"customer_no", "name", "phone", "phone2", "wechat", "email", "province", "city", "district", "street", "postcode"}
)
_SEARCHED_COLUMNS = {i: c.pinyin for i, c in enumerate(COLUMNS) if c.key in SEARCHED}
_BOLD = QTextCharFormat()
_BOLD.setFontWeight(QFont.Weight.Bold)
_NO_WRAP = QTextOption()
_NO_WRAP.setWrapMode(QTextOption.WrapMode.NoWrap)

_tools: tuple[Any, Any] | None = None


def _search_tools() -> tuple[Any, Any]:
    """QStyle and the highlighter, loaded on the first search rather than at start
    (QStyle's enums alone take 10 ms to set up), and then kept: an import statement in
    paint() would run the import machinery for every cell."""
    global _tools
    if _tools is None:
        # QStyle's enums: ~10 ms to set up; domain.customers.search: 5-10 ms at import.
        from PySide6.QtWidgets import QStyle

        from smallcrm.domain.customers.search import highlight_spans

        _tools = (QStyle, highlight_spans)
    return _tools


def warm_up(_progress: Any, _cancel: Any) -> None:
    """Load the pinyin table behind a name's bold match (importing it takes 0.1-0.3 s),
    as a worker job soon after start, so that the first search by pinyin does not
    stall its own paint for it on the GUI thread; and phonenumbers (0.1 s), which
    formats the numbers that are not Chinese mobiles in the list's phone column."""
    char_readings("王")
    phones.display("+862885551234")


class HighlightDelegate(QStyledItemDelegate):
    """Paints cells as usual, then their text with the matched characters in bold.

    Only cells holding a match take this path (a handful on screen); the rest are
    the standard item painting. The background, selection and focus come from the
    style with an empty text, so the cell looks native in light and dark schemes.

    paint() runs for every cell on screen (about 200) at every repaint, and a search
    keystroke must reach its painted first page within 50 ms, so the common path
    stays in Python as little as it can: the term and the cell text come from the
    customer model directly (not through ``index.data()``, a C++ round trip each),
    a marked cell skips initStyleOption, and the style's text margin is looked up
    once. Measured at 100,000 customers (CPU time of the GUI thread, 60 searches):
    a first page's paint went from a median of 13.5 ms (p95 21.7) to 12.2 (17.7),
    against 7.3 for the plain delegate; most of the rest is drawing bold glyphs
    the first time they are used.
    """

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._font_key = ""
        self._font_metrics: QFontMetrics | None = None
        self._margins: dict[int, int] = {}  # per style object: the text margin it uses

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = self._model
        term = model.term
        if term:
            column = index.column()
            pinyin = _SEARCHED_COLUMNS.get(column)
            if pinyin is not None:
                text, spans = self._marked(index.row(), column, term, pinyin)
                if spans:
                    self._paint_marked(painter, option, index, text, spans)
                    return
        super().paint(painter, option, index)

    def _marked(self, row: int, column: int, term: str, pinyin: bool) -> tuple[str, list[tuple[int, int]]]:
        """The cell's text and the spans of its match (domain.customers.search caches the spans
        per text and term, so a repaint of the same cells does not work them out again)."""
        text = self._model.text_at(row, column)
        return text, _search_tools()[1](text, term, pinyin=pinyin) if text else []

    def _paint_marked(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        text: str,
        spans: list[tuple[int, int]],
    ) -> None:
        QStyle = _search_tools()[0]  # noqa: N806 - a class, imported late
        # The cell without its text: background, alternate row, selection and focus, as
        # the style draws them. The model gives these columns no font, colour, icon or
        # check state, so the view's option needs no initStyleOption (nine data() calls).
        opt = QStyleOptionViewItem(option)
        opt.index = index  # type: ignore[assignment]  # Qt paints with a QModelIndex; the union is the override's
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = self._margins.get(id(style))
        if margin is None:
            margin = self._margins[id(style)] = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
        rect = option.rect.adjusted(margin + 1, 0, -(margin + 1), 0)
        state = option.state
        group = QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        selected = state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # The painter is shared with the rest of the view: put back what is changed here.
        # Copies: PySide6 may hand out the painter's own objects, which drawing changes.
        pen, font = QPen(painter.pen()), QFont(painter.font())
        painter.setPen(option.palette.color(group, role))
        self._draw_runs(painter, rect, option.font, text, spans)
        painter.setFont(font)
        painter.setPen(pen)

    def _draw_runs(self, painter: QPainter, rect: QRect, font: QFont, text: str, spans: list[tuple[int, int]]) -> None:
        """The text laid out as the style lays out a cell's text (QTextLayout, one line,
        centred by the line's own height, which a Chinese fallback font makes taller
        than the cell font's: drawText centred by the cell font put Chinese names a few
        pixels below the other cells), with the spans in bold, elided like the others."""
        normal_metrics = self._metrics(font)
        if normal_metrics.horizontalAdvance(text) > rect.width():
            elided = normal_metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            keep = max(0, len(elided) - 1)  # the characters before the ellipsis
            spans = [(a, min(b, keep)) for a, b in spans if a < keep]
            text = elided
        formats = []
        for start, end in spans:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, _BOLD
            formats.append(span)
        layout = QTextLayout(text, font)
        layout.setFormats(formats)
        layout.setTextOption(_NO_WRAP)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top), [], QRectF(rect))

    def _metrics(self, font: QFont) -> QFontMetrics:
        """The cell font's metrics, made once per font."""
        key = font.key()
        if self._font_key != key or self._font_metrics is None:
            self._font_metrics, self._font_key = QFontMetrics(font), key
        return self._font_metrics
