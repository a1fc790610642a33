"""Greeting-card mailings: who gets a card, the list saved with the mailing, and what
happens when the cards went out.

Choosing recipients starts from live customers (all, or a segment, a tag, a staff
member's, or explicit ids) and sets aside, each in its own list so the owner sees why:

- ``churned`` — customers marked churned (optional: a win-back card may be wanted);
- ``no_consent`` — no consent to be mailed (``mail_consent``);
- ``no_address`` — no usable postal address: no street, no city or province, or a
  Chinese postcode that is not six digits. These are the ones the owner can fix;
- ``same_household`` — a second customer at the same address (optional: one card per
  household); the customer with the lowest number keeps the card.

A mailing keeps its recipients (``mailing_recipient``), so next year the owner sees
who received a card. "Mark as sent" logs a greeting interaction for every recipient,
copies the name and address as printed, and closes the festival (or birthday)
reminders the card answers, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from smallcrm import jobs
from smallcrm.domain.reminders import festivals as fest
from smallcrm.domain.values.ids import as_id
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.printing.layout import Address, address_lines, country_code, family_name, honorific, one_line
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import (
    Customer,
    Interaction,
    Mailing,
    MailingRecipient,
    Reminder,
    Staff,
    now,
)
from smallcrm.store.sqlite.columns import ids_select

OCCASION_LABELS = {
    "spring_festival": QT_TRANSLATE_NOOP("Festival", "Spring Festival"),
    "mid_autumn": QT_TRANSLATE_NOOP("Festival", "Mid-Autumn Festival"),
    "dragon_boat": QT_TRANSLATE_NOOP("Festival", "Dragon Boat Festival"),
    "birthday_month": QT_TRANSLATE_NOOP("Mailing", "Birthdays this month"),
    "custom": QT_TRANSLATE_NOOP("Mailing", "Other occasion"),
}
EXCLUSIONS = ("churned", "no_consent", "no_address", "same_household")
EXCLUSION_LABELS = {
    "churned": QT_TRANSLATE_NOOP("Mailing", "Churned"),
    "no_consent": QT_TRANSLATE_NOOP("Mailing", "No consent to be mailed"),
    "no_address": QT_TRANSLATE_NOOP("Mailing", "No usable postal address"),
    "same_household": QT_TRANSLATE_NOOP("Mailing", "Same address as another recipient"),
}
GREETING_SUMMARY = QT_TRANSLATE_NOOP("Mailing", "Greeting card sent: {title}")
REMINDER_OUTCOME = QT_TRANSLATE_NOOP("Mailing", "Card sent with the mailing {title}")
_SENDING_WINDOW = dt.timedelta(days=30)  # a card sent up to a month after the day still answers it
_ADDRESS_FIELDS = ("country", "province", "city", "district", "street", "postcode")
_CHUNK = 500
_SENT_CHUNK = 2000  # recipients a step of mark_sent: progress and Cancel between steps


def _identity(context: str, text: str) -> str:
    return text


# --- who may get a card -------------------------------------------------------------------


def address_problem(c: Any) -> str:
    """'' when the address can carry a card, else what is missing (for the owner to fix)."""
    a = Address.of(c)
    if not a.street:
        return "street"
    if not (a.city or a.province or a.district):
        return "city"
    if country_code(a.country) == "CN" and a.postcode and not re.fullmatch(r"\d{6}", a.postcode.replace(" ", "")):
        return "postcode"
    return ""


def household_key(c: Any) -> str:
    """Two customers with the same key live at the same address: letters and digits
    only, case-folded, so '人民路1号 3栋' and '人民路1号3栋' are one household."""
    a = Address.of(c)
    text = "".join((a.postcode, a.province, a.city, a.district, a.street)).casefold()
    return re.sub(r"[\W_]", "", text)


@dataclass
class Choice:
    """The outcome of choosing recipients: who gets a card, and who not and why."""

    included: list[int] = field(default_factory=list)
    excluded: dict[str, list[int]] = field(default_factory=lambda: {k: [] for k in EXCLUSIONS})
    # Included customers who keep the one card of an address shared with others set
    # aside as ``same_household``: the ones a household card goes to.
    families: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"included": self.included, "excluded": self.excluded, "families": self.families}


def _staff_id(staff: object) -> int:
    text = str(staff).strip()
    staff_id = as_id(text)  # ASCII digits within SQLite's integers, else a name
    row = Staff.get_or_none((Staff.id == staff_id) if staff_id is not None else (Staff.name == text))
    if row is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=staff)
    return int(row.id)


def candidates(
    *, segment: str | None = None, tag: str | None = None, staff: object = None, ids: Sequence[int] | None = None
) -> Any:
    """A query of the live customers picked by the filters given (all of them AND-ed;
    none given: every live customer)."""
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    if segment:
        from smallcrm.domain.analysis.segments import segment_condition

        query = query.where(segment_condition(segment))
    if tag:
        from smallcrm.domain.customers.groups import group_ids

        query = query.where(Customer.id.in_(group_ids(f"tag:{tag}")))
    if staff not in (None, ""):
        query = query.where(Customer.staff == _staff_id(staff))
    if ids is not None:
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return query.where(Customer.id.in_([]))
        query = query.where(Customer.id.in_(ids_select(wanted)))
    return query


_FIELDS = (
    Customer.id,
    Customer.customer_no,
    Customer.name,
    Customer.gender,
    Customer.phone,
    Customer.mail_consent,
    Customer.churn_status,
    *(getattr(Customer, f) for f in _ADDRESS_FIELDS),
)
_KEYS = ("id", "customer_no", "name", "gender", "phone", "mail_consent", "churn_status", *_ADDRESS_FIELDS)


def _rows(id_query: Any) -> Iterator[dict[str, Any]]:
    """The customers ``id_query`` selects, as dicts of _KEYS. Read through the cursor:
    peewee's per-value conversion was a third of reading a 70,000-recipient mailing,
    and these columns need none but mail_consent's (0/1 -> bool)."""
    query = Customer.select(*_FIELDS).where(Customer.id.in_(id_query)).order_by(Customer.id)
    consent = _KEYS.index("mail_consent")
    for values in db.execute(query):
        row = dict(zip(_KEYS, values, strict=True))
        row["mail_consent"] = bool(values[consent])
        yield row


def choose(
    *,
    segment: str | None = None,
    tag: str | None = None,
    staff: object = None,
    ids: Sequence[int] | None = None,
    include_churned: bool = False,
    one_per_household: bool = False,
) -> Choice:
    """Who of the picked customers gets a card, ordered by postcode then customer, and
    who is set aside under which reason (see the module's docstring)."""
    choice = Choice()
    kept: list[dict[str, Any]] = []
    households: dict[str, int] = {}  # address -> the customer who keeps its card
    shared: set[int] = set()
    for row in _rows(candidates(segment=segment, tag=tag, staff=staff, ids=ids)):
        if row["churn_status"] == "churned" and not include_churned:
            choice.excluded["churned"].append(row["id"])
        elif not row["mail_consent"]:
            choice.excluded["no_consent"].append(row["id"])
        elif address_problem(address := Address.of(row)):  # one Address a row for both checks
            choice.excluded["no_address"].append(row["id"])
        elif one_per_household and (home := household_key(address)) in households:
            choice.excluded["same_household"].append(row["id"])
            shared.add(households[home])
        else:
            if one_per_household:
                households[home] = row["id"]
            kept.append(row)
    kept.sort(key=lambda r: (r["postcode"] or "~", r["id"]))
    choice.included = [r["id"] for r in kept]
    choice.families = [cid for cid in choice.included if cid in shared]
    return choice


def people(ids: Sequence[int], families: Iterable[int] = ()) -> list[dict[str, Any]]:
    """Customers as rows to show or print, in the order of ``ids``: id, number, name,
    gender, phone, the address parts, the address on one line and what is wrong with it;
    ``family`` is true for those in ``families`` (their card goes to the household)."""
    wanted = [int(i) for i in ids]
    household = {int(i) for i in families}
    found: dict[int, dict[str, Any]] = {}
    # The ids as one JSON parameter, not peewee binding 500 at a time: a mailing to
    # 70,000 customers read in 2 s that way, most of it spent adapting the ids.
    for row in _rows(ids_select(wanted)):
        row["family"] = row["id"] in household
        address = Address.of(row)
        row["address"] = one_line(address)
        row["problem"] = address_problem(address)
        found[row["id"]] = row
    return [found[i] for i in wanted if i in found]


def mailable_people(ids: Sequence[int], families: Iterable[int] = ()) -> list[dict[str, Any]]:
    """:func:`people` of ``ids`` who consent to be mailed at this moment: what every
    route that prints or exports cards reads, so a consent withdrawn after a list was
    made (or while it was open in the window) is honoured."""
    return [row for row in people(ids, families) if row["mail_consent"]]


def keep_mailable(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of ``rows`` (as :func:`people` gives them, read a while ago), those whose
    customers consent to be mailed now, order kept: the window checks again right
    before it prints what it has shown."""
    consenting = set(with_consent([int(r["id"]) for r in rows]).included)
    return [r for r in rows if int(r["id"]) in consenting]


def addresses(ids: Sequence[int], families: Iterable[int] = ()) -> list[Address]:
    """Addresses to print for ``ids``, in that order (those in ``families`` addressed to
    the household); customers who do not consent to be mailed (any more) are left out."""
    return [Address.of(row) for row in mailable_people(ids, families)]


# --- mailings ---------------------------------------------------------------------------------


def occasion_label(occasion: str, translate: Any = None) -> str:
    """The occasion's name: a built-in one's (translated), an owner's festival's name."""
    translate = translate or _identity
    if occasion in OCCASION_LABELS:
        return str(translate("Festival" if occasion in fest.BUILTIN_KEYS else "Mailing", OCCASION_LABELS[occasion]))
    festival = _festival(occasion)
    if festival is not None:
        return festival.name
    return occasion


def occasions() -> list[str]:
    """Keys the owner can start a mailing for: the built-in festivals, the owner's
    festivals ('custom:ID'), birthdays of the month and any other occasion."""
    return [*fest.BUILTIN_KEYS, *(f.key for f in fest.custom_festivals()), "birthday_month", "custom"]


def _festival(occasion: str) -> fest.Festival | None:
    if occasion in fest.BUILTIN_KEYS:
        return fest.builtin(occasion)
    festival_id = as_id(occasion[7:]) if occasion.startswith("custom:") else None
    if festival_id is not None:
        try:
            return fest.get_festival(festival_id)
        except UserError:
            return None
    return None


def _check_occasion(occasion: str) -> str:
    occasion = str(occasion or "custom").strip()
    if occasion not in occasions():
        raise ValidationError(
            "occasion",
            QT_TRANSLATE_NOOP("UserError", "{value} is not an occasion for a mailing (known: {known})."),
            value=occasion,
            known=", ".join(occasions()),
        )
    return occasion


def default_title(occasion: str, today: dt.date | None = None, translate: Any = None) -> str:
    """'Spring Festival 2027': the occasion and the year the cards are for."""
    today = today or dt.date.today()
    festival = _festival(occasion)
    year = festival.next_occurrence(today - _SENDING_WINDOW).year if festival else today.year
    if occasion == "birthday_month":
        return f"{occasion_label(occasion, translate)} {today:%Y-%m}"
    return f"{occasion_label(occasion, translate)} {year}"


def _round_of(occasion: str, title: str, day: dt.date) -> tuple[str, str]:
    """Which round of cards a mailing made on ``day`` belongs to: a festival's date (the
    festival it was made for), a month for birthdays, else the title itself."""
    festival = _festival(occasion)
    if festival is not None:
        return occasion, festival.next_occurrence(day - _SENDING_WINDOW).isoformat()
    if occasion == "birthday_month":
        return occasion, f"{day:%Y-%m}"
    return occasion, " ".join(title.split()).casefold()


def same_round(occasion: str, title: str = "", today: dt.date | None = None) -> list[dict[str, Any]]:
    """Mailings already made for the same round of cards as a new one would be (the
    same festival day, the same birthday month, or another occasion of the same title),
    newest first: a second identical mailing would send the same people two cards, so
    the window and the command line ask before making one."""
    today = today or dt.date.today()
    occasion = _check_occasion(occasion)
    title = " ".join(str(title or "").split()) or default_title(occasion, today)
    wanted = _round_of(occasion, title, today)
    query = Mailing.select(Mailing.id, Mailing.title, Mailing.created_at).where(Mailing.occasion == occasion)
    found = [m.id for m in query if _round_of(occasion, m.title, m.created_at.date()) == wanted]
    return [mailing_dict(mid) for mid in sorted(found, reverse=True)]


def create_mailing(
    occasion: str,
    title: str = "",
    *,
    choice: Choice | None = None,
    today: dt.date | None = None,
    to_family: bool = False,
    **filters: Any,
) -> tuple[int, Choice]:
    """Start a mailing with the recipients ``choice`` (or :func:`choose` over ``filters``)
    includes; returns the mailing's id and the choice, so the caller can show who was
    set aside. ``to_family``: the card of an address shared by several customers (one
    card per household) is addressed to the family."""
    occasion = _check_occasion(occasion)
    if choice is None:
        choice = choose(**filters)
    title = " ".join(str(title or "").split()) or default_title(occasion, today)
    with db.atomic():
        mailing = Mailing.create(occasion=occasion, title=title)
        _insert_recipients(int(mailing.id), choice.included, choice.families if to_family else ())
    return int(mailing.id), choice


def _insert_recipients(mailing_id: int, ids: Sequence[int], families: Iterable[int] = ()) -> None:
    """One executemany (store.db.execute_many): peewee's insert_many of 500 rows at a
    time took 2.6 s for a 70,000-recipient Spring Festival mailing."""
    household = {int(i) for i in families}
    fields = [MailingRecipient.mailing, MailingRecipient.customer, MailingRecipient.family]
    template = MailingRecipient.insert_many([[mailing_id, None, False]], fields=fields).on_conflict_ignore()
    execute_many(template, [[mailing_id, int(cid), int(cid) in household] for cid in ids])


def _get(mailing_id: int) -> Mailing:
    mailing = Mailing.get_or_none(Mailing.id == mailing_id)
    if mailing is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no mailing with id {id}."), id=mailing_id)
    return mailing


def _refuse_sent(mailing: Mailing) -> None:
    if mailing.sent_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The mailing {title} was already sent on {date}; start a new one."),
            title=mailing.title,
            date=mailing.sent_at.date().isoformat(),
        )


def mailing_dict(mailing_id: int) -> dict[str, Any]:
    m = _get(mailing_id)
    count = MailingRecipient.select().where(MailingRecipient.mailing == m.id).count()
    return {
        "id": m.id,
        "occasion": m.occasion,
        "title": m.title,
        "template": m.template,
        "created_at": m.created_at.isoformat(sep=" "),
        "sent_at": m.sent_at.isoformat(sep=" ") if m.sent_at else None,
        "recipients": count,
    }


def list_mailings() -> list[dict[str, Any]]:
    """Every mailing, newest first, with its number of recipients."""
    return [
        mailing_dict(m.id) for m in Mailing.select(Mailing.id).order_by(Mailing.created_at.desc(), Mailing.id.desc())
    ]


def recipient_ids(mailing_id: int) -> list[int]:
    """The customers on the mailing, ordered by postcode then customer (the order of
    the labels); customers deleted since are left out (their copy stays on record)."""
    _get(mailing_id)
    query = (
        MailingRecipient.select(MailingRecipient.customer)
        .join(Customer)
        .where((MailingRecipient.mailing == mailing_id) & Customer.deleted_at.is_null())
        .order_by(Customer.postcode, Customer.id)
        .tuples()
    )
    return [cid for (cid,) in cast("Iterable[tuple[int]]", query)]


def mailable(mailing_id: int) -> Choice:
    """The mailing's recipients who may get a card now, in label order; those who
    withdrew their consent since the list was made are set aside under ``no_consent``.

    Consent is the customer's to withdraw at any time (PIPL), so it is checked again
    whenever cards are printed, exported or marked as sent, not only when the list is
    made."""
    choice = with_consent(recipient_ids(mailing_id))
    query = MailingRecipient.select(MailingRecipient.customer).where(
        (MailingRecipient.mailing == mailing_id) & MailingRecipient.family
    )
    household = {cid for (cid,) in cast("Iterable[tuple[int]]", query.tuples())}
    choice.families = [cid for cid in choice.included if cid in household]
    return choice


def with_consent(ids: Sequence[int]) -> Choice:
    """``ids`` (order kept) split into those who consent to be mailed now and those
    who do not."""
    wanted = [int(i) for i in ids]
    query = Customer.select(Customer.id).where(Customer.id.in_(ids_select(wanted)) & Customer.mail_consent).tuples()
    consenting = {cid for (cid,) in cast("Iterable[tuple[int]]", query)}
    choice = Choice()
    choice.included = [i for i in wanted if i in consenting]
    choice.excluded["no_consent"] = [i for i in wanted if i not in consenting]
    return choice


def sent_copies(mailing_id: int) -> list[dict[str, Any]]:
    """Name and address of every recipient as they were when the cards went out."""
    _get(mailing_id)
    query = MailingRecipient.select().where(MailingRecipient.mailing == mailing_id).order_by(MailingRecipient.id)
    return [{"customer_id": r.customer_id, "name": r.name, "address": r.address} for r in query]


def add_recipients(mailing_id: int, ids: Sequence[int], *, include_churned: bool = True) -> Choice:
    """Add customers the owner picked by hand. Those without consent or a usable
    address are not added (the returned choice says why); a churned customer picked
    by hand is added."""
    mailing = _get(mailing_id)
    _refuse_sent(mailing)
    choice = choose(ids=ids, include_churned=include_churned)
    with db.atomic():
        _insert_recipients(mailing_id, choice.included)
    return choice


def remove_recipients(mailing_id: int, ids: Sequence[int]) -> int:
    mailing = _get(mailing_id)
    _refuse_sent(mailing)
    with db.atomic():
        return _delete_recipients(mailing_id, ids)


def _delete_recipients(mailing_id: int, ids: Sequence[int]) -> int:
    """Take ``ids`` off the list (the ids as one JSON parameter: any number of them)."""
    if not ids:
        return 0
    condition = (MailingRecipient.mailing == mailing_id) & MailingRecipient.customer.in_(ids_select(ids))
    return int(MailingRecipient.delete().where(condition).execute())


def rename_mailing(mailing_id: int, title: str) -> None:
    mailing = _get(mailing_id)
    text = " ".join(str(title or "").split())
    if not text:
        raise ValidationError("title", QT_TRANSLATE_NOOP("UserError", "A mailing needs a title."))
    with db.atomic():
        Mailing.update(title=text).where(Mailing.id == mailing.id).execute()


def remember_template(mailing_id: int, name: str) -> None:
    """The sheet or envelope last printed with, offered again next time."""
    with db.atomic():
        Mailing.update(template=str(name)).where(Mailing.id == _get(mailing_id).id).execute()


def delete_mailing(mailing_id: int) -> None:
    """Delete a mailing and its list; greetings already logged on customers stay."""
    _get(mailing_id)
    with db.atomic():
        Mailing.delete().where(Mailing.id == mailing_id).execute()


@dataclass(frozen=True)
class Sent:
    greetings: int
    reminders_closed: int
    no_consent: int = 0  # taken off the list: consent withdrawn after the list was made

    def as_dict(self) -> dict[str, int]:
        return {"greetings": self.greetings, "reminders_closed": self.reminders_closed, "no_consent": self.no_consent}


def mark_sent(
    mailing_id: int,
    *,
    at: dt.datetime | None = None,
    staff: object = None,
    translate: Any = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> Sent:
    """The cards went out: one transaction that logs a greeting on every recipient,
    copies name and address as printed, closes the reminders the card answers and
    stamps the mailing as sent. Cancelling rolls all of it back.

    Customers who withdrew their consent since the list was made got no card (every
    print route leaves them out): they are taken off the list, so the kept list says
    truthfully who was sent one, and no greeting is logged for them."""
    translate = translate or _identity
    mailing = _get(mailing_id)
    _refuse_sent(mailing)
    when = at or now()
    staff_id = _staff_id(staff) if staff not in (None, "") else None
    current = mailable(mailing_id)
    ids, withdrawn = current.included, current.excluded["no_consent"]
    if not ids:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The mailing {title} has nobody on it."), title=mailing.title)
    summary = str(translate("Mailing", GREETING_SUMMARY)).format(title=mailing.title)
    outcome = str(translate("Mailing", REMINDER_OUTCOME)).format(title=mailing.title)
    rows = {row["id"]: row for row in people(ids, current.families)}
    # Two statements run with executemany (store.db.execute_many) per chunk: a peewee
    # query built per recipient took 14 s for a 70,000-card Spring Festival mailing.
    greeting = Interaction.insert_many(
        [[0, "", "", "", None]],
        fields=[Interaction.customer, Interaction.at, Interaction.kind, Interaction.summary, Interaction.staff],
    )
    copy = MailingRecipient.update(name="", address="").where(
        (MailingRecipient.mailing == 0) & (MailingRecipient.customer == 0)
    )
    stamp = str(when)  # as peewee writes a datetime
    with db.atomic():
        _delete_recipients(mailing_id, withdrawn)
        for start in range(0, len(ids), _SENT_CHUNK):
            cancel.check()
            part = ids[start : start + _SENT_CHUNK]
            execute_many(greeting, [[cid, stamp, "greeting", summary, staff_id] for cid in part])
            copies: list[Sequence[Any]] = []
            for cid in part:
                a = Address.of(rows[cid])
                name = family_name(a) if a.family else a.name  # as the card was addressed
                copies.append([name, "\n".join(address_lines(a, with_name=False)), mailing_id, cid])
            execute_many(copy, copies)
            progress(start + len(part), len(ids))
        closed = _close_reminders(mailing, ids, when, outcome)
        cancel.check()
        Mailing.update(sent_at=when).where(Mailing.id == mailing_id).execute()
    return Sent(len(ids), closed, len(withdrawn))


def _close_reminders(mailing: Mailing, ids: Sequence[int], when: dt.datetime, outcome: str) -> int:
    """Close the open reminders this card answers: for a festival, the festival
    greeting reminders of its day (``festival:CUSTOMER:DATE``); for birthdays of the
    month, the birthday reminders due within a month of sending."""
    festival = _festival(mailing.occasion)
    closed = 0
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        still_open = Reminder.status.in_(["open", "snoozed"]) & Reminder.customer.in_(ids_select(part))
        if festival is not None:
            day = festival.next_occurrence(when.date() - _SENDING_WINDOW).isoformat()
            which = Reminder.rule_key.in_([f"festival:{cid}:{day}" for cid in part])
        elif mailing.occasion == "birthday_month":
            which = (Reminder.origin == "rule:birthday") & Reminder.due_date.between(
                when.date() - _SENDING_WINDOW, when.date() + _SENDING_WINDOW
            )
        else:
            return 0
        closed += Reminder.update(status="done", done_at=when, outcome=outcome).where(still_open & which).execute()
    return closed


# --- exports ------------------------------------------------------------------------------

LIST_COLUMNS = ("customer_no", "addressee", "honorific", "postcode", "province", "city", "district", "street",
                "address", "phone")  # fmt: skip
_LIST_LABELS = {
    "customer_no": ("Customer No.", "客户编号"),
    "addressee": ("Name", "姓名"),
    "honorific": ("Honorific", "称呼"),
    "postcode": ("Postcode", "邮编"),
    "province": ("Province", "省份"),
    "city": ("City", "城市"),
    "district": ("District", "区县"),
    "street": ("Street address", "详细地址"),
    "address": ("Full address", "完整地址"),
    "phone": ("Phone", "手机"),
}


def export_list(
    out: str | Path,
    ids: Sequence[int],
    *,
    families: Iterable[int] = (),
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """The mailing list as .xlsx (or .csv) for a print shop or a Word mail merge:
    one row per recipient, the address in parts and on one line, phones as text,
    through the sheet exporter (formula-safe, written via a temporary file)."""
    from smallcrm.sheets.exporter import header_language, write_table

    language = language or header_language()
    index = 0 if language == "en" else 1

    def rows() -> Iterator[list[Any]]:
        for row in mailable_people(ids, families):
            a = Address.of(row)
            yield [
                row["customer_no"],
                family_name(a) if a.family else a.name,
                None if a.family else honorific(a.gender, a.east_asian) or None,
                a.postcode or None,
                a.province or None,
                a.city or None,
                a.district or None,
                a.street or None,
                one_line(a),
                a.phone or None,
            ]

    header = [_LIST_LABELS[c][index] for c in LIST_COLUMNS]
    return write_table(Path(out), header, rows(), total=len(ids), progress=progress, cancel=cancel)


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # C0/C1 controls; "\n" is escaped, not dropped


def _vcard_escape(text: str) -> str:
    """A value as RFC 6350 (3.4) text: backslash, comma and semicolon escaped, every
    line break (CRLF, a bare CR or LF) as ``\\n``, and the other control characters
    dropped. A bare CR passed through would end the content line for a vCard reader,
    so a name could add a property of its own (a second TEL)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74  # continuation lines start with a space
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def vcard(row: dict[str, Any]) -> str:
    """One customer as a vCard 3.0 (phones import these): name, phones, e-mail, address."""
    a = Address.of(row)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vcard_escape(a.name)}", f"N:{_vcard_escape(a.name)};;;;"]
    for key, kind in (("phone", "CELL"), ("phone2", "VOICE")):
        if row.get(key):
            lines.append(f"TEL;TYPE={kind}:{_vcard_escape(str(row[key]))}")
    if row.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_escape(str(row['email']))}")
    locality = (
        "".join(p for p in (a.city, a.district) if p)
        if a.east_asian
        else " ".join(p for p in (a.district, a.city) if p)
    )
    parts = ["", "", a.street, locality, a.province, a.postcode, "" if a.domestic else a.country]
    if any(parts):
        lines.append("ADR;TYPE=HOME:" + ";".join(_vcard_escape(p) for p in parts))
    if row.get("customer_no"):
        lines.append(f"NOTE:{_vcard_escape(str(row['customer_no']))}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_vcards(out: str | Path, ids: Sequence[int]) -> int:
    """The recipients as one .vcf file (UTF-8, CRLF), written through a temporary file."""
    from smallcrm import files
    from smallcrm.sheets import exporter

    out = Path(out)
    if out.suffix.lower() != ".vcf":
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Save contacts to a file ending in .vcf."), file=out.name)
    contacts = (
        Customer.select(Customer.id, Customer.phone2, Customer.email)
        .where(Customer.id.in_(ids_select(ids)))  # a mailing may have more recipients than SQLite allows parameters
        .tuples()
    )
    extra = {cid: (p2, mail) for cid, p2, mail in cast("Iterable[tuple[int, str, str]]", contacts)}
    count = 0
    with (
        files.replaced_when_done(out, no_folder=exporter.NO_FOLDER, failed=exporter.NOT_WRITTEN) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as fh,
    ):
        for row in mailable_people(ids):
            row["phone2"], row["email"] = extra.get(row["id"], ("", ""))
            fh.write(vcard(row))
            count += 1
    return count


def excluded_people(choice: Choice) -> list[dict[str, Any]]:
    """The set-aside customers with their reason, for the owner to review or fix."""
    out = []
    for reason in EXCLUSIONS:
        for row in people(choice.excluded.get(reason, [])):
            row["reason"] = reason
            out.append(row)
    return out


def ids_of(rows: Iterable[dict[str, Any]]) -> list[int]:
    return [int(r["id"]) for r in rows]


def picker_choices() -> dict[str, list[tuple[str, str]]]:
    """What the owner can pick recipients and occasions by, as (key, English label):
    occasions, segments (built-in and saved; labels in context 'Segments'), tags, staff."""
    from smallcrm.domain.analysis.segment_names import builtin_names, label_of
    from smallcrm.domain.analysis.segments import list_segments
    from smallcrm.domain.customers.filters import staff_choices, tag_choices

    try:
        names = builtin_names()
    except ModuleNotFoundError:  # the analysis part is optional in a minimal install
        names = []
    segs = [(n, label_of(n)) for n in names]
    segs += [(f"custom:{s['name']}", s["name"]) for s in list_segments()]
    return {
        "occasions": [(o, occasion_label(o)) for o in occasions()],
        "segments": segs,
        "tags": [(name, name) for _id, name in tag_choices()],
        "staff": [(str(sid), name) for sid, name, _active in staff_choices()],
    }
