"""Long operations without Qt: a progress callback and a cancel token.

Import, export, demo generation and backups are plain functions that take
``progress`` and ``cancel``. They run inside one transaction and call
``cancel.check()`` between steps: cancelling raises :class:`Cancelled` inside the
``atomic()`` block, so everything written so far rolls back. The CLI passes a text
progress bar, the GUI a signal-emitting one.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):  # noqa: N818 - the name ARCHITECTURE.md gives it
    """Raised inside a long operation when the user pressed cancel."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """The progress callback for callers that do not show any."""


class CancelToken:
    """Set from any thread; checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()
