"""Groups of customers that a rule (festival greetings) or a mailing targets, named by
a short text so a setting can hold one: ``all``, ``tag:VIP`` or ``segment:tier:high``.

A resolver gets the text after the colon and returns a query selecting customer ids;
callers use it as a subquery (``Customer.id.in_(group_ids("tag:VIP"))``), so a group
of 50,000 customers never becomes a Python list. Trashed and churned customers are
removed by the callers, not by each resolver.

Segments are resolved by ``analysis.segments`` directly: it used to register itself
here when first imported (loaded by name through importlib), which hid an import
cycle between the two modules and needed the frozen app to be told about the module.
That module stays light to import (no numpy until a computed segment is asked for).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Select

from smallcrm.domain.analysis.segments import segment_select
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.models import Customer, CustomerTag, Tag

Resolver = Callable[[str], Select]


def _all(arg: str) -> Select:
    return Customer.select(Customer.id)


def _tag(arg: str) -> Select:
    # An unknown tag is an empty group, not an error: the owner may not have tagged anyone VIP yet.
    return CustomerTag.select(CustomerTag.customer).join(Tag).where(Tag.name == arg)


_RESOLVERS: dict[str, Resolver] = {"all": _all, "tag": _tag, "segment": segment_select}


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
    if kind not in _RESOLVERS or (kind != "all" and not arg) or (kind == "all" and arg):
        raise _bad(spec)
    return kind, arg


def group_ids(spec: str) -> Select:
    """A query selecting the ids of the customers in the group ``spec``."""
    kind, arg = parse_group(spec)
    return _RESOLVERS[kind](arg)
