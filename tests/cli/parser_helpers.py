"""Reading the command line's parser in tests: a command's own parser, what a command
line parses into, and whether a command may make a database."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from smallcrm.cli.common import LazyHandler
from smallcrm.cli.parser import build_parser


def commands(parser: argparse.ArgumentParser | None = None, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every runnable command, as the words that name it ('customer', 'add')."""
    parser = parser or build_parser()
    found = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = True
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))
    if not found and path:
        yield path


def parse(*argv: str) -> argparse.Namespace:
    """``argv`` as the parser reads it (nothing runs)."""
    return build_parser().parse_args(list(argv))


def handler_of(*words: str) -> LazyHandler:
    """The handler a command is registered with."""
    args = parse(*words, *_required(words))
    handler = args.handler
    assert isinstance(handler, LazyHandler)
    return handler


def writes(*argv: str) -> bool:
    """Whether this command line may create a database that is not there yet."""
    args = parse(*argv)
    return bool(args.writes(args) if callable(args.writes) else args.writes)


def _required(words: tuple[str, ...]) -> list[str]:
    """Made-up values for a command's required arguments, so that it parses."""
    parser = build_parser()
    for word in words:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[word]
    argv: list[str] = []
    for action in parser._actions:
        if action.option_strings:
            if action.required:
                value = action.choices[0] if action.choices else "1"
                argv += [action.option_strings[-1], str(value)]
        elif action.nargs not in ("?", "*", argparse.SUPPRESS) and not isinstance(action, argparse._SubParsersAction):
            argv.append("1")
    return argv


def assert_family(expected: list[tuple[str, ...]], module: str) -> None:
    """The family's commands are all there, in the order the help lists them, and each
    runs a handler of ``module`` that exists."""
    assert [c for c in commands() if c in expected] == expected
    for words in expected:
        handler = handler_of(*words)
        assert handler.module == module, words
        assert callable(handler.resolve()), words
