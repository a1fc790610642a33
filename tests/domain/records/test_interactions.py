"""Interactions: visits, calls, complaints (open until resolved) and satisfaction scores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.records import interactions as it
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Interaction, Staff


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三"}).id


def test_complaint_starts_open(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "complaint", "summary": "牛奶过期"})
    assert (i.status, i.resolved_at) == ("open", None)


def test_resolving_a_complaint_records_when(cid: int, monkeypatch: pytest.MonkeyPatch) -> None:
    i = it.add_interaction(cid, {"kind": "complaint"})
    when = dt.datetime(2025, 6, 1, 10, 0)
    monkeypatch.setattr(it, "now", lambda: when)
    resolved = it.resolve_complaint(i.id)
    assert (resolved.status, resolved.resolved_at) == ("resolved", when)


def test_resolving_again_keeps_the_first_resolution_time(cid: int, monkeypatch: pytest.MonkeyPatch) -> None:
    i = it.add_interaction(cid, {"kind": "complaint"})
    first = it.resolve_complaint(i.id).resolved_at
    monkeypatch.setattr(it, "now", lambda: dt.datetime(2099, 1, 1))
    assert it.resolve_complaint(i.id).resolved_at == first


def test_reopening_a_complaint_clears_the_resolution(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "complaint"})
    it.resolve_complaint(i.id)
    reopened = it.edit_interaction(i.id, {"status": "open"})
    assert (reopened.status, reopened.resolved_at) == ("open", None)


def test_complaint_logged_as_already_resolved_has_a_resolution_time(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "complaint", "status": "resolved"})
    assert i.resolved_at is not None


def test_other_kinds_have_no_status(cid: int) -> None:
    assert it.add_interaction(cid, {"kind": "call"}).status == ""


@pytest.mark.parametrize("score", [1, "3", " 5 "])
def test_satisfaction_from_1_to_5_is_kept(cid: int, score: object) -> None:
    i = it.add_interaction(cid, {"kind": "feedback", "satisfaction": score})
    assert i.satisfaction == int(str(score))


@pytest.mark.parametrize("score", [0, 6, "-1", "3.5", "good", "10"])
def test_satisfaction_outside_1_to_5_is_refused(cid: int, score: object) -> None:
    with pytest.raises(ValidationError, match="from 1 to 5") as err:
        it.add_interaction(cid, {"kind": "feedback", "satisfaction": score})
    assert err.value.field == "satisfaction"
    assert Interaction.select().count() == 0


def test_empty_satisfaction_means_not_given(cid: int) -> None:
    assert it.add_interaction(cid, {"kind": "visit", "satisfaction": ""}).satisfaction is None


def test_unknown_kind_is_refused_listing_the_kinds(cid: int) -> None:
    with pytest.raises(ValidationError) as err:
        it.add_interaction(cid, {"kind": "party"})
    assert err.value.field == "kind"
    assert "complaint" in str(err.value)


def test_kind_is_required(cid: int) -> None:
    with pytest.raises(ValidationError) as err:
        it.add_interaction(cid, {"summary": "聊了一会"})
    assert err.value.field == "kind"


def test_kind_is_read_case_insensitively(cid: int) -> None:
    assert it.add_interaction(cid, {"kind": " Call "}).kind == "call"


def test_unknown_field_is_refused(cid: int) -> None:
    with pytest.raises(ValidationError, match="There is no interaction field mood") as err:
        it.add_interaction(cid, {"kind": "call", "mood": "happy"})
    assert err.value.field == "mood"


def test_bad_status_is_refused(cid: int) -> None:
    with pytest.raises(ValidationError) as err:
        it.add_interaction(cid, {"kind": "complaint", "status": "pending"})
    assert err.value.field == "status"


def test_time_typed_with_date_and_time_is_kept(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "visit", "at": "2025年3月1日 14:30"})
    assert i.at == dt.datetime(2025, 3, 1, 14, 30)


def test_bad_time_is_refused(cid: int) -> None:
    with pytest.raises(ValidationError) as err:
        it.add_interaction(cid, {"kind": "visit", "at": "2025-03-01 25:00"})
    assert err.value.field == "at"


def test_staff_by_name_is_recorded(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "call", "staff": "小王"})
    assert i.staff_id == Staff.get(Staff.name == "小王").id


def test_list_shows_newest_first(cid: int) -> None:
    it.add_interaction(cid, {"kind": "visit", "at": "2025-01-01"})
    it.add_interaction(cid, {"kind": "call", "at": "2025-02-01 09:00"})
    rows = it.list_interactions(cid)
    assert [(r["kind"], r["at"]) for r in rows] == [("call", "2025-02-01 09:00:00"), ("visit", "2025-01-01 00:00:00")]


def test_delete_removes_the_interaction(cid: int) -> None:
    i = it.add_interaction(cid, {"kind": "call"})
    it.delete_interaction(i.id)
    assert it.list_interactions(cid) == []


def test_unknown_interaction_is_a_user_error(crm: Path) -> None:
    with pytest.raises(UserError, match="There is no interaction with id 999"):
        it.resolve_complaint(999)


def test_interaction_with_a_trashed_customer_is_refused(cid: int) -> None:
    delete_customers([cid])
    with pytest.raises(UserError):
        it.add_interaction(cid, {"kind": "call"})
