"""Announce changes once: one signal every view listens to (ARCHITECTURE.md).

A domain command returns what it changed; whoever ran it calls :func:`announce`
once, and the list, the profile, the editor, the status bar and any open dialog
re-read what they show. Views never call each other to say "refresh".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smallcrm.ui import worker

# What changed. ids name the customers concerned (None: any or all of them).
CUSTOMERS = "customers"  # fields, tags, staff, trash
PURCHASES = "purchases"
INTERACTIONS = "interactions"
REMINDERS = "reminders"
STAFF = "staff"
SETTINGS = "settings"
DATABASE = "database"  # a restore or demo data: everything is new


class ChangeHub(QObject):
    """``changed(kind, ids)``: ids is a list of customer ids, or None for "all"."""

    changed = Signal(str, object)


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(kind: str, ids: Sequence[int] | None = None) -> None:
    hub().changed.emit(kind, None if ids is None else list(ids))


def run_command(
    parent: QWidget | None,
    command: Callable[[], Any],
    *,
    kind: str | None = None,
    ids: Callable[[Any], Sequence[int] | None] | None = None,
    on_done: Callable[[Any], object] | None = None,  # its result is ignored
    on_user_error: Callable[[Any], bool] | None = None,
    title: str = "",
) -> worker.Job:
    """Run a domain command on the write thread; on success announce ``kind`` (with the
    customer ids ``ids(result)`` names) and call ``on_done(result)``.

    A :class:`~smallcrm.errors.UserError` goes to ``on_user_error`` (which returns True
    when it has dealt with it) or else becomes a translated message box; anything
    else is a bug for the app's error reporter.
    """
    from smallcrm.errors import UserError

    def finished(result: Any, error: BaseException | None) -> None:
        if error is None:
            if kind is not None:
                announce(kind, ids(result) if ids is not None else None)
            if on_done is not None:
                on_done(result)
            return
        if isinstance(error, UserError):
            if on_user_error is not None and on_user_error(error):
                return
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                parent, title or QCoreApplication.translate("App", "SmallCRM"), error.render(QCoreApplication.translate)
            )
            return
        import sys

        sys.excepthook(type(error), error, error.__traceback__)

    return worker.start(lambda _progress, _cancel: command(), write=True, on_finished=finished)
