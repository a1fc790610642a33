"""Long work stops where the owner pressed cancel, whichever thread pressed it."""

from __future__ import annotations

import threading

import pytest

from smallcrm import jobs


def test_cancel_from_another_thread_stops_the_work_at_its_next_check() -> None:
    token = jobs.CancelToken()
    done: list[int] = []

    def work() -> None:
        for step in range(1000):
            token.check()
            done.append(step)
            if step == 10:
                pressed = threading.Thread(target=token.cancel)
                pressed.start()
                pressed.join()

    with pytest.raises(jobs.Cancelled):
        work()
    assert token.cancelled and len(done) == 11


def test_a_token_nobody_cancels_never_stops_the_work() -> None:
    token = jobs.CancelToken()
    for _ in range(3):
        token.check()
    assert not token.cancelled and not jobs.NEVER.cancelled


def test_work_without_a_progress_display_reports_to_nobody() -> None:
    assert jobs.no_progress(1, 2, "reading") is None
