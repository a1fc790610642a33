"""Drawing the matched part of a search hit in bold, in the list's own cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from smallcrm.ui.customer_table import COLUMNS, HighlightRole

# The columns the search box looks in (domain.search's tokens); others are never marked.
SEARCHED = frozenset(
    {"customer_no", "name", "phone", "phone2", "wechat", "email", "province", "city", "district", "street", "postcode"}
)


_tools: tuple[Any, Any] | None = None


def _search_tools() -> tuple[Any, Any]:
    """QStyle and the highlighter, loaded on the first search rather than at start
    (QStyle's enums alone take 10 ms to set up), and then kept: an import statement in
    paint() would run the import machinery for every cell."""
    global _tools
    if _tools is None:
        from PySide6.QtWidgets import QStyle

        from smallcrm.domain.search import highlight_spans

        _tools = (QStyle, highlight_spans)
    return _tools


class HighlightDelegate(QStyledItemDelegate):
    """Paints cells as usual, then their text with the matched characters in bold.

    Only cells holding a match take this path (a handful on screen); the rest are
    the standard item painting. The background, selection and focus come from the
    style with an empty text, so the cell looks native in light and dark schemes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._font_cache: tuple[QFont, QFontMetrics, QFontMetrics] | None = None

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Most cells are not searched or there is no search: the usual painting, without
        # asking the model for anything more.
        column = COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else None
        term = self._term_of(index) if column is not None and column.key in SEARCHED else None
        text = index.data(Qt.ItemDataRole.DisplayRole) if term else None
        if not term or not text:
            super().paint(painter, option, index)
            return
        QStyle, highlight_spans = _search_tools()  # noqa: N806 - a class, imported late
        spans = highlight_spans(text, term, pinyin=bool(column and column.pinyin))
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # The painter is shared with the rest of the view: put back what is changed here.
        # Copies: PySide6 may hand out the painter's own objects, which the drawing below changes.
        pen, font = QPen(painter.pen()), QFont(painter.font())
        clipping, region = painter.hasClipping(), QRegion(painter.clipRegion())
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(group, role))
        self._draw_runs(painter, rect, opt.font, text, spans)
        painter.setClipRegion(region)
        painter.setClipping(clipping)
        painter.setFont(font)
        painter.setPen(pen)

    @staticmethod
    def _term_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
        model = index.model()
        term = getattr(model, "term", None)  # the customer model's own attribute: no data() round trip
        return term if isinstance(term, str) else index.data(HighlightRole)

    def _draw_runs(self, painter: QPainter, rect: QRect, font: QFont, text: str, spans: list[tuple[int, int]]) -> None:
        bold, normal_metrics, bold_metrics = self._fonts(font)
        runs: list[tuple[str, bool]] = []
        at = 0
        for start, end in spans:
            if start > at:
                runs.append((text[at:start], False))
            runs.append((text[start:end], True))
            at = end
        if at < len(text):
            runs.append((text[at:], False))
        x = rect.left()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)
        for part, strong in runs:
            painter.setFont(bold if strong else font)
            width = (bold_metrics if strong else normal_metrics).horizontalAdvance(part)
            painter.drawText(QRect(x, rect.top(), width + 1, rect.height()), flags, part)
            x += width
            if x > rect.right():
                break

    def _fonts(self, font: QFont) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        """The bold twin of the cell font and both metrics, made once per font."""
        key = font.key()
        if self._font_key != key:
            bold = QFont(font)
            bold.setBold(True)
            self._font_cache = (bold, QFontMetrics(font), QFontMetrics(bold))
            self._font_key = key
        assert self._font_cache is not None
        return self._font_cache
