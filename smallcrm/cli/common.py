"""What every command module shares: the user's language, the one-sentence usage
error, the values typed on the command line (ids, counts, JSON), and ``add_command``.

The command modules (``commands_<family>``) say what each command accepts; their
handlers (``handlers_<family>``) do the work. Both import from here, and nothing here
imports them, so the parser and its commands form no import cycle.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Callable
from typing import Any

from smallcrm.cli import i18n
from smallcrm.domain.values.ids import MAX_ID, as_id
from smallcrm.errors import QT_TRANSLATE_NOOP

# Filters and templates given as JSON nest a few levels; far deeper is a mistake (or
# an attack) that would exhaust Python's recursion in the parser or the filter code.
MAX_JSON_DEPTH = 32

BAD_ID = QT_TRANSLATE_NOOP("CLI", "{value!r} is not an id: ids are whole numbers written with the digits 0-9")
ID_TOO_LARGE = QT_TRANSLATE_NOOP("CLI", "{value} is too large to be an id")
BAD_IDS = QT_TRANSLATE_NOOP("CLI", "--ids needs ids separated by commas, such as 3,5,8, not {value!r}")
BAD_NUMBER = QT_TRANSLATE_NOOP("CLI", "{value!r} is not a whole number written with the digits 0-9")
NUMBER_TOO_SMALL = QT_TRANSLATE_NOOP("CLI", "{value} is too small: the smallest is {low}")
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("CLI", "{value} is too large: the largest is {high}")
BAD_JSON = QT_TRANSLATE_NOOP("CLI", "{option} is not valid JSON: {reason}")
JSON_TOO_DEEP = QT_TRANSLATE_NOOP("CLI", "{option} nests deeper than {depth} levels")


# -- the user's language -----------------------------------------------------------------------

# The language chosen by --lang ("" = the environment's), and its translator, made
# when the first sentence is translated: reading the catalogue costs a start that
# prints only JSON.
_lang = ""
_translator: i18n.Translate | None = None


def translate(context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP(context, ...)) in the user's language:
    the CLI's own sentences, or a domain label such as "Segments"."""
    global _translator
    if _translator is None:
        _translator = i18n.translator({"SMALLCRM_LANG": _lang} if _lang else None)
    return _translator(context, text)


def tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP("CLI", ...)) in the user's language."""
    return translate("CLI", text)


def set_language(argv: list[str]) -> None:
    """``--lang`` (looked for before parsing, so the help itself is translated),
    else the environment."""
    global _lang, _translator
    lang = ""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    _lang, _translator = lang, None


class UsageError(Exception):
    """A malformed command line, reported as one sentence (translated when its
    template is marked QT_TRANSLATE_NOOP("CLI", ...))."""

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args_map = args
        super().__init__(template.format(**args) if args else template)

    def render(self) -> str:
        text = tr(self.template)
        return text.format(**self.args_map) if self.args_map else text


class Phrases(str):
    """A help text made of sentences that are translated one by one (a shared
    explanation appended to several commands' help)."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> Phrases:
        text = super().__new__(cls, "".join(parts))
        text.parts = parts
        return text


def tr_help(text: str) -> str:
    """A help text in the user's language, sentence by sentence for :class:`Phrases`."""
    if isinstance(text, Phrases):
        return "".join(tr(part) for part in text.parts)
    return tr(text)


# -- values typed on the command line: one reading of each kind ------------------------------


def whole_number(text: str, *, low: int = 0, high: int = MAX_ID) -> int:
    """A whole number written with ASCII digits, from ``low`` to ``high``.

    Not int(): it also reads '١' (an Arabic-Indic one), '+5', '1_000' and ' 7', so
    'customer delete ١' trashed customer 1.
    """
    if not (text and text.isascii() and text.isdigit()):
        raise UsageError(BAD_NUMBER, value=text)
    number = int(text)
    if number < low:
        raise UsageError(NUMBER_TOO_SMALL, value=number, low=low)
    if number > high:
        raise UsageError(NUMBER_TOO_LARGE, value=number, high=high)
    return number


def record_id(text: str) -> int:
    """An id (a customer, purchase, reminder, merge, mailing, import ...), read the
    domain's one way (``domain.values.ids``): ASCII digits only, within SQLite's integers."""
    number = as_id(text)
    if number is None:
        raise UsageError(ID_TOO_LARGE if text.isascii() and text.isdigit() else BAD_ID, value=text)
    return number


def read_ids(values: list[str]) -> list[int]:
    """Ids typed as arguments, each read as :func:`record_id` reads one."""
    return [record_id(v) for v in values]


def id_list(text: str | None) -> list[int] | None:
    """An ``--ids 3,5,8`` option's ids; None when it was not given."""
    if not text:
        return None
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isascii() and part.isdigit() for part in parts if part):
        raise UsageError(BAD_IDS, value=text)
    return [record_id(part) for part in parts if part]


def count_type(high: int = MAX_ID, low: int = 0) -> Callable[[str], int]:
    """An argparse ``type=`` for a whole number from ``low`` to ``high`` (a limit, an
    offset, a number of days)."""

    def parse(text: str) -> int:
        try:
            return whole_number(text, low=low, high=high)
        except UsageError as exc:
            raise argparse.ArgumentTypeError(exc.render()) from None

    parse.__name__ = "number"
    return parse


def id_type(text: str) -> int:
    """An argparse ``type=`` for an id option such as ``--mailing ID``."""
    try:
        return record_id(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(exc.render()) from None


def json_option(text: str, option: str) -> Any:
    """The JSON value of ``option``, at most MAX_JSON_DEPTH levels deep."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise UsageError(JSON_TOO_DEEP, option=option, depth=MAX_JSON_DEPTH) from None
    except ValueError as exc:
        raise UsageError(BAD_JSON, option=option, reason=str(exc)) from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise UsageError(JSON_TOO_DEEP, option=option, depth=MAX_JSON_DEPTH)
    return value


def _depth(value: Any) -> int:
    """How deeply lists and objects nest (without recursion, whatever the depth)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def parse_assignments(items: list[str], option: str = "--set") -> dict[str, str]:
    """['city=成都市', 'note=a=b'] -> {'city': '成都市', 'note': 'a=b'}."""
    changes: dict[str, str] = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"{option} needs FIELD=VALUE, not {item!r}")
        changes[field.strip()] = value
    return changes


# -- commands ------------------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]
Writes = bool | Callable[[argparse.Namespace], bool]


class Handlers:
    """The handlers of one command family, named by their module and imported only
    when one of them runs: ``Handlers("smallcrm.cli.handlers_data").stats``."""

    def __init__(self, module: str) -> None:
        self.module = module

    def __getattr__(self, name: str) -> Handler:
        if name.startswith("__"):  # copy, pickle and the like ask for dunders: not handlers
            raise AttributeError(name)
        return LazyHandler(self.module, name)


class LazyHandler:
    """A command's handler, imported when the command runs."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def resolve(self) -> Handler:
        # Imported here, not by the parser: all the handlers' imports (the domain, numpy and
        # scipy, Qt's drawing, the sheet libraries) take 0.33 s of CPU (measured), which
        # --help and every command would pay; a command loads its own family's only.
        module = importlib.import_module(self.module)
        handler: Handler = getattr(module, self.name)
        return handler

    def __call__(self, args: argparse.Namespace) -> int:
        return self.resolve()(args)

    def __repr__(self) -> str:
        return f"{self.module}.{self.name}"


def add_command(
    sub: Any,
    common: argparse.ArgumentParser,
    name: str,
    handler: Handler,
    help: str,
    *,
    writes: Writes = False,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A subcommand. ``writes`` (True, or a test of the parsed arguments) marks a
    command that changes the shop: only such a command may create a database that is
    not there yet."""
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help, description=help, **kwargs)
    parser.set_defaults(handler=handler, writes=writes, command_path=parser.prog)
    return parser
