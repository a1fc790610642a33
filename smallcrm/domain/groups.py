"""Groups of customers that a rule (festival greetings) or a mailing targets, named by
a short text so a setting can hold one: ``all`` or ``tag:VIP``.

More kinds plug in without touching the callers: a module registers a resolver for
its kind with :func:`register`, e.g. the analysis issue's ``segment:high_profit``.
``segment`` is looked up in ``smallcrm.domain.segments`` the first time it is used,
so that module only has to call ``groups.register("segment", ...)`` at import.

A resolver gets the text after the colon and returns a query selecting customer ids;
callers use it as a subquery (``Customer.id.in_(group_ids("tag:VIP"))``), so a group
of 50,000 customers never becomes a Python list. Trashed and churned customers are
removed by the callers, not by each resolver.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from peewee import Select

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.models import Customer, CustomerTag, Tag

Resolver = Callable[[str], Select]

_RESOLVERS: dict[str, Resolver] = {}
_PLUGINS = {"segment": "smallcrm.domain.segments"}  # kind -> module that registers it on import


def register(kind: str, resolver: Resolver) -> None:
    """Make ``kind:ARG`` name a group; ``resolver(ARG)`` selects its customer ids."""
    _RESOLVERS[kind] = resolver


def _all(arg: str) -> Select:
    return Customer.select(Customer.id)


def _tag(arg: str) -> Select:
    # An unknown tag is an empty group, not an error: the owner may not have tagged anyone VIP yet.
    return CustomerTag.select(CustomerTag.customer).join(Tag).where(Tag.name == arg)


register("all", _all)
register("tag", _tag)


def _bad(spec: str) -> ValidationError:
    return ValidationError(
        "group",
        QT_TRANSLATE_NOOP("UserError", "{value} is not a group of customers; write all or tag:NAME."),
        value=spec,
    )


def parse_group(spec: str) -> tuple[str, str]:
    """'tag: VIP ' -> ('tag', 'VIP'); 'all' -> ('all', ''). Refuses unknown kinds."""
    kind, _, arg = str(spec or "").strip().partition(":")
    kind, arg = kind.strip().lower(), arg.strip()
    if kind not in _RESOLVERS and kind in _PLUGINS:
        try:
            importlib.import_module(_PLUGINS[kind])
        except ModuleNotFoundError as exc:  # not written yet; a broken import inside it is a bug
            if exc.name != _PLUGINS[kind]:
                raise
    if kind not in _RESOLVERS or (kind != "all" and not arg) or (kind == "all" and arg):
        raise _bad(spec)
    return kind, arg


def group_ids(spec: str) -> Select:
    """A query selecting the ids of the customers in the group ``spec``."""
    kind, arg = parse_group(spec)
    return _RESOLVERS[kind](arg)
