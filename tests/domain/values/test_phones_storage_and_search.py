"""Storage and search read phone text the same way: a number typed into the form or
imported from a sheet, in any of the ways people write it, is found by searching any
of its usual spellings (phones.normalise stores it, phones.search_digits indexes it,
phones.query_digits reads the search box)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.search import search
from smallcrm.domain.values import phones
from smallcrm.errors import ValidationError

pytestmark = pytest.mark.usefixtures("crm")

FULL_WIDTH = str.maketrans("0123456789+-() ", "０１２３４５６７８９＋－（）　")
_names = (f"客户{i}" for i in itertools.count())


def _written(digits: str, prefix: str, seps: list[str], full_width: bool, float_tail: bool) -> str:
    """``digits`` as someone wrote them: a country code, separators, full-width
    characters from a Chinese input method, or the '.0' of a number cell."""
    text = prefix + "".join(d + s for d, s in zip(digits, seps, strict=False)).strip(" -")
    if float_tail:
        return digits + ".0"  # a number cell read as a float holds only the digits
    return text.translate(FULL_WIDTH) if full_width else text


mobiles = st.from_regex(r"1(?:[3-689][0-9]|7[0-8])[0-9]{8}", fullmatch=True)  # no 179xx: IP-call prefixes
# Big cities' landlines: a three-digit area code and an eight-digit number.
landlines = st.tuples(st.sampled_from(["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]),
                      st.from_regex(r"[2-8][0-9]{7}", fullmatch=True))  # fmt: skip
separators = st.lists(st.sampled_from(["", "", " ", "-"]), min_size=12, max_size=12)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _store(typed: str, imported: bool) -> int:
    """The customer saved with ``typed`` as the phone: through the form's command or
    the import's bulk insert (which cleans each row the same way)."""
    name = next(_names)
    if imported:
        return insert_customers([{"name": name, "phone": typed}])[0]
    return create_customer({"name": name, "phone": typed}, allow_duplicate=True).id


def _found_by(cid: int, term: str) -> bool:
    return cid in [hit["id"] for hit in search(term, limit=500).hits]


@SETTINGS
@example(mobile="13000000086", prefix="", seps=[""] * 11, full_width=False, float_tail=False, imported=False)
@given(
    mobile=mobiles,
    prefix=st.sampled_from(["", "+86", "+86 ", "0086 ", "86 ", "(+86) "]),
    seps=separators,
    full_width=st.booleans(),
    float_tail=st.booleans(),
    imported=st.booleans(),
)
def test_a_mobile_typed_or_imported_any_way_is_found_by_each_usual_spelling(
    crm: Path, mobile: str, prefix: str, seps: list[str], full_width: bool, float_tail: bool, imported: bool
) -> None:
    typed = _written(mobile, prefix, seps, full_width, float_tail)
    cid = _store(typed, imported)
    usual = [*phones.spellings(mobile), "0086 " + mobile, "86 " + mobile, mobile[-4:], mobile[-8:], mobile[:7]]
    missed = [term for term in usual if not _found_by(cid, term)]
    assert not missed, f"{typed!r} stored, not found by {missed}"


@SETTINGS
@given(
    landline=landlines,
    style=st.sampled_from(["{a}-{n}", "{a} {n}", "({a}) {n}", "{a}{n}", "+86 {c} {n}", "0086{c}{n}"]),
    full_width=st.booleans(),
    imported=st.booleans(),
)
def test_a_landline_typed_or_imported_any_way_is_found_with_or_without_its_area_code(
    crm: Path, landline: tuple[str, str], style: str, full_width: bool, imported: bool
) -> None:
    area, number = landline
    try:
        phones.normalise(f"{area}-{number}")
    except ValidationError:
        assume(False)  # not a number the region has (phonenumbers' own rules)
    typed = style.format(a=area, c=area[1:], n=number)
    cid = _store(typed.translate(FULL_WIDTH) if full_width else typed, imported)
    usual = [f"{area}-{number}", f"{area} {number}", area + number, f"+86 {area[1:]} {number}", number, number[-4:]]
    missed = [term for term in usual if not _found_by(cid, term)]
    assert not missed, f"{typed!r} stored, not found by {missed}"
