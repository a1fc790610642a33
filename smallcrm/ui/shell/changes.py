"""Announce changes once: one signal every view listens to (ARCHITECTURE.md).

A domain command returns what it changed; whoever ran it calls :func:`announce`
once, and the list, the profile, the editor, the status bar and any open dialog
re-read what they show. Views never call each other to say "refresh".
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from smallcrm.errors import UserError
from smallcrm.store.db import data_version
from smallcrm.store.sqlite.failures import DatabaseBusyError
from smallcrm.ui.shell import worker

# What changed. ids name the customers concerned (None: any or all of them).
CUSTOMERS = "customers"  # fields, tags, staff, trash
PURCHASES = "purchases"
PRODUCTS = "products"  # the catalogue (ids: none)
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
    else is a bug for the app's error reporter. When another SmallCRM holds the
    database for longer than the write may wait (an import in another window), the
    owner hears which work holds it and may try again; nothing the caller shows (a
    form being saved) is touched meanwhile.
    """

    def finished(result: Any, error: BaseException | None) -> None:
        if error is None:
            if kind is not None:
                announce(kind, ids(result) if ids is not None else None)
            if on_done is not None:
                on_done(result)
            return
        if isinstance(error, DatabaseBusyError):
            if _ask_to_retry(parent, error, title):
                worker.start(lambda _progress, _cancel: command(), write=True, on_finished=finished)
            elif on_user_error is not None:
                on_user_error(error)  # the caller's state goes back to before the attempt
            return
        if isinstance(error, UserError):
            if on_user_error is not None and on_user_error(error):
                return
            QMessageBox.warning(
                parent, title or QCoreApplication.translate("App", "SmallCRM"), error.render(QCoreApplication.translate)
            )
            return
        sys.excepthook(type(error), error, error.__traceback__)

    return worker.start(lambda _progress, _cancel: command(), write=True, on_finished=finished)


def _ask_to_retry(parent: QWidget | None, error: Any, title: str) -> bool:
    """The shop is busy in another SmallCRM: say which work holds it; True for Try Again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("App", "SmallCRM"))
    box.setText(error.render(QCoreApplication.translate))
    box.setInformativeText(QCoreApplication.translate("App", "Nothing was changed; what you entered is still here."))
    again = box.addButton(QCoreApplication.translate("App", "Try Again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


# Every kind a view may show. A change made by another process is not described to us,
# so all of them are announced, each for all customers (ids None).
EVERY_KIND = (CUSTOMERS, PURCHASES, PRODUCTS, INTERACTIONS, REMINDERS, STAFF, SETTINGS)
# How often the database is asked whether another process has written to it: the
# question (PRAGMA data_version) costs microseconds and no lock.
WATCH_MS = 1000


class ExternalChangeWatcher(QObject):
    """Notices what another process wrote (``smallcrm customer add`` in a terminal, an
    import from the command line) and announces it, so the list, the counts and every
    view refresh as they do after the window's own changes.

    SQLite's ``PRAGMA data_version`` on the GUI thread's connection moves when any other
    connection has committed, the window's own worker threads included; those writes
    the window announces itself (precisely). So a poll during which one of the
    window's own writes ran or finished only takes the new value as the baseline; a
    change from outside in that same second is announced with the next one, or
    already shown by the refresh the window's own write caused.

    Nothing of DATABASE is announced: that kind means "everything was replaced" and
    closes an open editor, while a change from outside must not lose what the owner is
    typing (the editor reloads only when it has no unsaved edits).
    """

    external_change = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = WATCH_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._version: int | None = None
        self._writes = worker.writes_started()

    def start(self) -> None:
        self._rebase()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._version = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _rebase(self) -> None:
        self._version = data_version()
        self._writes = worker.writes_started()

    def poll(self) -> bool:
        """Announce a change from outside, if there was one; True when it did."""
        try:
            version = data_version()
        except Exception:  # a damaged or vanished file: the integrity check speaks for it
            return False
        if version is None:  # closed (a restore is under way)
            return False
        own_writes = worker.writes_started() != self._writes or worker.writing()
        changed = self._version is not None and version != self._version
        self._version = version
        self._writes = worker.writes_started()
        if not changed or own_writes:
            return False
        for kind in EVERY_KIND:
            announce(kind)
        self.external_change.emit()
        return True
