"""A form field with the line under it that says what is wrong, or what was understood."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.ui.widgets.form_field import Field, error_color, error_text

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _in_form(qtbot: Any, field: Field) -> QWidget:
    holder = QWidget()
    form = QFormLayout(holder)
    form.addRow("Phone", field.widget)
    form.addRow("", field.message)
    field.form = form
    form.setRowVisible(field.message, False)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_a_typed_change_makes_the_field_dirty_and_undoing_it_clean(qtbot: Any) -> None:
    field = Field("phone", QLineEdit(), "text")
    _holder = _in_form(qtbot, field)
    field.set_value("13812345678")
    assert not field.dirty() and field.widget.text() == "13812345678"
    field.widget.end(False)
    qtbot.keyClicks(field.widget, "9")
    assert field.dirty() and field.value() == "138123456789"
    field.widget.backspace()
    assert not field.dirty()


def test_values_come_out_as_each_kind_of_widget_holds_them(qtbot: Any) -> None:
    combo = QComboBox()
    combo.addItem("Male", "M")
    combo.addItem("Female", "F")
    cases: list[tuple[Field, Any]] = [
        (Field("notes", QPlainTextEdit(), "long"), "  likes green tea \n"),
        (Field("mail_consent", QCheckBox(), "check"), True),
        (Field("gender", combo, "combo"), "F"),
    ]
    for field, value in cases:
        qtbot.addWidget(field.widget)
        field.set_value(value)
        assert not field.dirty()
    assert [f.value() for f, _v in cases] == ["likes green tea", True, "F"]


def test_an_error_is_shown_under_the_field_in_red_and_gone_when_cleared(qtbot: Any) -> None:
    field = Field("phone", QLineEdit(), "text")
    _holder = _in_form(qtbot, field)
    assert not field.message.isVisible()
    field.show_message("The phone number 12 is too short.", error=True)
    assert field.error and field.message.isVisible()
    assert error_color(field.message).name() in field.message.styleSheet()
    field.show_message("", error=False)
    assert not field.error and not field.message.isVisible()


def test_a_warning_is_red_but_does_not_block_saving(qtbot: Any) -> None:
    field = Field("postcode", QLineEdit(), "text")
    _holder = _in_form(qtbot, field)
    field.show_message("The postcode 61004 is not 6 digits.", error=False, warning=True)
    assert not field.error
    assert error_color(field.message).name() in field.message.styleSheet()


def test_an_error_is_said_without_the_column_a_message_box_adds() -> None:
    exc = ValidationError("phone", QT_TRANSLATE_NOOP("UserError", "The phone number {value} is too short."), value="12")
    assert error_text(exc) == "The phone number 12 is too short."
