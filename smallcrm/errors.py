"""The line between the user's problem and our bug.

A :class:`UserError` is something the user can fix (a bad value, a missing file, a
database from a newer version). It carries an English message template plus its
arguments and, where it applies, the file, row and column, so the GUI can translate it
(``QCoreApplication.translate("UserError", template)``) and the CLI can print it as one
sentence. Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, so lupdate finds the strings
    """Mark ``text`` for translation without importing Qt into non-GUI code."""
    return text


class UserError(Exception):
    """A problem with the user's input or environment, explained in one sentence."""

    def __init__(
        self,
        template: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        **args: Any,
    ) -> None:
        self.template = template
        self.args_map = args
        self.file = file
        self.row = row
        self.column = column
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message, optionally through ``translate(context, text)`` first."""
        translated = translate or (lambda _ctx, text: text)
        template = translated("UserError", self.template)
        # A template may name the place itself ('Row {row} is not ...'); the place is
        # then not said again in brackets.
        place = {"file": self.file, "row": self.row, "column": self.column}
        text = template.format(**place, **self.args_map)
        named = {key for key in place if "{" + key + "}" in self.template}
        where = []
        if self.file and "file" not in named:
            where.append(translated("UserError", "file {file}").format(file=self.file))
        if self.row is not None and "row" not in named:
            where.append(translated("UserError", "row {row}").format(row=self.row))
        if self.column and "column" not in named:
            where.append(translated("UserError", "column {column}").format(column=self.column))
        if where:
            # The joiners are translated too: Chinese uses full-width punctuation.
            text = translated("UserError", "{message} ({where}).").format(
                message=text.rstrip(".。"), where=translated("UserError", ", ").join(where)
            )
        return text


class ValidationError(UserError):
    """One field of a record is wrong; ``field`` names it for forms to highlight."""

    def __init__(self, field: str, template: str, /, **args: Any) -> None:
        # Positional-only, so a template may itself use {field} (e.g. "There is no customer field {field}.").
        self.field = field
        super().__init__(template, column=field, **args)


# Strings used by render(); listed so lupdate extracts them.
_WHERE = (
    QT_TRANSLATE_NOOP("UserError", "file {file}"),
    QT_TRANSLATE_NOOP("UserError", "row {row}"),
    QT_TRANSLATE_NOOP("UserError", "column {column}"),
    QT_TRANSLATE_NOOP("UserError", "{message} ({where})."),
    QT_TRANSLATE_NOOP("UserError", ", "),
)
