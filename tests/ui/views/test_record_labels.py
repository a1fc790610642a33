"""The words a customer's records are shown in, in the history of changes and the duplicates dialog."""

from __future__ import annotations

from smallcrm.ui.views.record_labels import FIELD_NAMES, INTERACTION_KINDS, change_value, record_label


def test_a_stored_value_is_shown_in_words_and_anything_else_as_typed() -> None:
    assert change_value("gender", "F") == "Female"
    assert change_value("churn_reason", "competitive") == "Lost to a competitor"
    assert change_value("city", "成都市") == "成都市"
    assert change_value("gender", "X") == "X"


def test_every_field_and_kind_has_its_own_words() -> None:
    assert len({record_label(t) for t in FIELD_NAMES.values()}) == len(FIELD_NAMES)
    assert record_label(INTERACTION_KINDS["greeting"]) == "Greeting sent"


def test_the_history_speaks_chinese(chinese: None) -> None:
    assert record_label(FIELD_NAMES["buying_habits"]) == "购买习惯"
    assert change_value("mail_consent", "yes") == "是"
