"""The words the Reminders area shows, in English and in Chinese."""

from __future__ import annotations

from smallcrm.ui.models.reminder_labels import KIND_LABELS, kind_label, last_purchase_text, worth_text


def test_each_kind_has_its_words_and_an_unknown_kind_shows_as_stored() -> None:
    assert kind_label("callback") == "Call back"
    assert kind_label("made_by_a_newer_version") == "made_by_a_newer_version"
    assert len(set(map(kind_label, KIND_LABELS))) == len(KIND_LABELS)


def test_the_kinds_speak_chinese(chinese: None) -> None:
    assert kind_label("festival") == "节日问候"
    assert kind_label("reengage") == "挽回客户"


def test_the_last_purchase_is_day_item_and_amount() -> None:
    assert last_purchase_text({"date": "2026-02-01", "item": "茶叶", "amount_cents": 8800}) == "2026-02-01 茶叶 88.00"
    assert last_purchase_text({"date": "2026-02-01", "item": None, "amount_cents": 123456}) == "2026-02-01 1,234.56"
    assert last_purchase_text(None) == ""


def test_why_a_reminder_stands_where_it_does() -> None:
    worth = {"value_cents": 120000, "quiet_days": 45, "usual_days": 30}
    assert worth_text(worth) == (
        "Profit in the last 12 months: 1,200.00; last purchase 45 days ago, usually every 30 days"
    )
    assert (
        worth_text({**worth, "usual_days": None}) == "Profit in the last 12 months: 1,200.00; last purchase 45 days ago"
    )
    assert worth_text({**worth, "quiet_days": None}) == "Profit in the last 12 months: 1,200.00"
    assert worth_text(None) == ""
