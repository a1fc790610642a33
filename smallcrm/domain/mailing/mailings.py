"""Mailings kept with their recipients: the occasions and titles a mailing is started
for, its saved list (who received a card, kept for next year), and the list changed
by hand until the cards go out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from smallcrm.domain.analysis.segment_names import builtin_names, label_of
from smallcrm.domain.analysis.segments import list_segments
from smallcrm.domain.customers.filters import staff_choices, tag_choices
from smallcrm.domain.mailing.recipients import Choice, choose, with_consent
from smallcrm.domain.reminders import festivals as fest
from smallcrm.domain.values.ids import as_id
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Customer, Mailing, MailingRecipient
from smallcrm.store.sqlite.columns import ids_select

OCCASION_LABELS = {
    "spring_festival": QT_TRANSLATE_NOOP("Festival", "Spring Festival"),
    "mid_autumn": QT_TRANSLATE_NOOP("Festival", "Mid-Autumn Festival"),
    "dragon_boat": QT_TRANSLATE_NOOP("Festival", "Dragon Boat Festival"),
    "birthday_month": QT_TRANSLATE_NOOP("Mailing", "Birthdays this month"),
    "custom": QT_TRANSLATE_NOOP("Mailing", "Other occasion"),
}
SENDING_WINDOW = dt.timedelta(days=30)  # a card sent up to a month after the day still answers it


def untranslated(context: str, text: str) -> str:
    """The ``translate`` of a caller that passes none: the English text as it is."""
    return text


def occasion_label(occasion: str, translate: Any = None) -> str:
    """The occasion's name: a built-in one's (translated), an owner's festival's name."""
    translate = translate or untranslated
    if occasion in OCCASION_LABELS:
        return str(translate("Festival" if occasion in fest.BUILTIN_KEYS else "Mailing", OCCASION_LABELS[occasion]))
    festival = festival_of(occasion)
    if festival is not None:
        return festival.name
    return occasion


def occasions() -> list[str]:
    """Keys the owner can start a mailing for: the built-in festivals, the owner's
    festivals ('custom:ID'), birthdays of the month and any other occasion."""
    return [*fest.BUILTIN_KEYS, *(f.key for f in fest.custom_festivals()), "birthday_month", "custom"]


def festival_of(occasion: str) -> fest.Festival | None:
    """The festival a mailing for ``occasion`` greets: a built-in one, or the owner's
    ('custom:ID'); None for birthdays and other occasions."""
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
    festival = festival_of(occasion)
    year = festival.next_occurrence(today - SENDING_WINDOW).year if festival else today.year
    if occasion == "birthday_month":
        return f"{occasion_label(occasion, translate)} {today:%Y-%m}"
    return f"{occasion_label(occasion, translate)} {year}"


def _round_of(occasion: str, title: str, day: dt.date) -> tuple[str, str]:
    """Which round of cards a mailing made on ``day`` belongs to: a festival's date (the
    festival it was made for), a month for birthdays, else the title itself."""
    festival = festival_of(occasion)
    if festival is not None:
        return occasion, festival.next_occurrence(day - SENDING_WINDOW).isoformat()
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


def get_mailing(mailing_id: int) -> Mailing:
    """The mailing, or a UserError naming the id."""
    mailing = Mailing.get_or_none(Mailing.id == mailing_id)
    if mailing is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no mailing with id {id}."), id=mailing_id)
    return mailing


def refuse_sent(mailing: Mailing) -> None:
    """A sent mailing's list is the record of who got a card: it no longer changes."""
    if mailing.sent_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The mailing {title} was already sent on {date}; start a new one."),
            title=mailing.title,
            date=mailing.sent_at.date().isoformat(),
        )


def mailing_dict(mailing_id: int) -> dict[str, Any]:
    m = get_mailing(mailing_id)
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
    get_mailing(mailing_id)
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


def sent_copies(mailing_id: int) -> list[dict[str, Any]]:
    """Name and address of every recipient as they were when the cards went out."""
    get_mailing(mailing_id)
    query = MailingRecipient.select().where(MailingRecipient.mailing == mailing_id).order_by(MailingRecipient.id)
    return [{"customer_id": r.customer_id, "name": r.name, "address": r.address} for r in query]


def add_recipients(mailing_id: int, ids: Sequence[int], *, include_churned: bool = True) -> Choice:
    """Add customers the owner picked by hand. Those without consent or a usable
    address are not added (the returned choice says why); a churned customer picked
    by hand is added."""
    mailing = get_mailing(mailing_id)
    refuse_sent(mailing)
    choice = choose(ids=ids, include_churned=include_churned)
    with db.atomic():
        _insert_recipients(mailing_id, choice.included)
    return choice


def remove_recipients(mailing_id: int, ids: Sequence[int]) -> int:
    mailing = get_mailing(mailing_id)
    refuse_sent(mailing)
    with db.atomic():
        return delete_recipients(mailing_id, ids)


def delete_recipients(mailing_id: int, ids: Sequence[int]) -> int:
    """Take ``ids`` off the list (the ids as one JSON parameter: any number of them)."""
    if not ids:
        return 0
    condition = (MailingRecipient.mailing == mailing_id) & MailingRecipient.customer.in_(ids_select(ids))
    return int(MailingRecipient.delete().where(condition).execute())


def remember_template(mailing_id: int, name: str) -> None:
    """The sheet or envelope last printed with, offered again next time."""
    with db.atomic():
        Mailing.update(template=str(name)).where(Mailing.id == get_mailing(mailing_id).id).execute()


def delete_mailing(mailing_id: int) -> None:
    """Delete a mailing and its list; greetings already logged on customers stay."""
    get_mailing(mailing_id)
    with db.atomic():
        Mailing.delete().where(Mailing.id == mailing_id).execute()


def picker_choices() -> dict[str, list[tuple[str, str]]]:
    """What the owner can pick recipients and occasions by, as (key, English label):
    occasions, segments (built-in and saved; labels in context 'Segments'), tags, staff."""
    segs = [(n, label_of(n)) for n in builtin_names()]
    segs += [(f"custom:{s['name']}", s["name"]) for s in list_segments()]
    return {
        "occasions": [(o, occasion_label(o)) for o in occasions()],
        "segments": segs,
        "tags": [(name, name) for _id, name in tag_choices()],
        "staff": [(str(sid), name) for sid, name, _active in staff_choices()],
    }
