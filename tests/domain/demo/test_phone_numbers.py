"""The demo customers' phone numbers: valid mainland mobiles, each handed out once,
stored as typed and in the form search and matching use."""

from __future__ import annotations

import datetime as dt

import phonenumbers

from smallcrm.domain.demo.phone_numbers import fresh_mobile, second_phone, typed
from smallcrm.domain.demo.run import Run
from smallcrm.domain.values import phones
from smallcrm.store.models import Customer


def test_every_customer_has_a_valid_mobile_stored_as_typed_and_as_e164(demo: dict[str, int]) -> None:
    rows = list(Customer.select(Customer.phone, Customer.phone_norm, Customer.phone2, Customer.phone2_norm).tuples())
    for phone, norm, phone2, norm2 in rows:
        assert phonenumbers.is_valid_number(phonenumbers.parse(norm)), norm
        assert phonenumbers.number_type(phonenumbers.parse(norm)) == phonenumbers.PhoneNumberType.MOBILE
        assert phones.normalise(phone) == norm
        if phone2:
            assert phonenumbers.is_valid_number(phonenumbers.parse(norm2)), norm2
            assert phones.normalise(phone2) == norm2
    assert sum(p != n[3:] for p, n, _, _ in rows) > 0  # some typed with spaces, dashes or +86


def test_a_run_never_hands_out_a_mobile_twice() -> None:
    run = Run.start(1, dt.date(2025, 6, 15))
    numbers = [fresh_mobile(run)[1] for _ in range(5000)]
    assert len(set(numbers)) == len(numbers) == len(run.used_phones)


def test_typed_numbers_are_the_same_number_however_they_are_written() -> None:
    run = Run.start(2, dt.date(2025, 6, 15))
    written = set()
    for _ in range(2000):
        digits, norm = fresh_mobile(run)
        text = typed(run, digits)
        written.add(text.replace(digits[-4:], "").replace(digits[:3], "")[:4])
        assert phones.normalise(text) == norm
    assert len(written) >= 4  # digits alone, with dashes, with spaces, with +86


def test_a_second_phone_is_a_home_landline_of_the_city_or_a_mobile() -> None:
    run = Run.start(3, dt.date(2025, 6, 15))
    seconds = [second_phone(run, "028") for _ in range(3000)]
    landlines = [s for s in seconds if s[0].startswith("028-")]
    mobiles = [s for s in seconds if s[0].startswith("1")]
    assert 0.03 * len(seconds) < len(landlines) < 0.07 * len(seconds)
    assert 0.02 * len(seconds) < len(mobiles) < 0.06 * len(seconds)
    assert all(phones.normalise(text) == norm for text, norm in landlines + mobiles)


def test_a_city_with_a_four_digit_area_code_gets_no_landline() -> None:
    run = Run.start(4, dt.date(2025, 6, 15))
    seconds = [second_phone(run, "0816") for _ in range(1000)]
    assert not [s for s in seconds if s[0].startswith("0")]
    assert [s for s in seconds if s[0]]  # a second mobile now and then
