"""The question before a second mailing for the same round of cards."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.ui.dialogs.mailing_round import ANOTHER, OPEN, SameRoundQuestion
from tests.ui.ui_helpers import User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

EARLIER = {"id": 3, "title": "春节贺卡 2027", "created_at": "2026-12-01 10:00:00", "recipients": 1234, "sent_at": None}


def test_it_says_which_mailing_there_is_already(qtbot: Any) -> None:
    box = SameRoundQuestion(EARLIER)
    qtbot.addWidget(box)
    assert box.text() == (
        "There is already a mailing for this occasion: "
        "春节贺卡 2027 (made on 2026-12-01, 1,234 recipients, not sent yet)."
    )
    sent = SameRoundQuestion({**EARLIER, "sent_at": "2027-01-20 09:00:00"})
    qtbot.addWidget(sent)
    assert "sent on 2027-01-20" in sent.text()


@pytest.mark.parametrize(("click", "answer"), [("Open It", OPEN), ("Start Another", ANOTHER), ("Cancel", None)])
def test_the_owner_opens_the_one_there_is_starts_another_or_cancels(
    qtbot: Any, user: User, click: str, answer: str | None
) -> None:
    box = SameRoundQuestion(EARLIER)
    qtbot.addWidget(box)
    user.will_click(click)
    assert box.ask() == answer
