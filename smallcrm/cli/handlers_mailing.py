"""What the mailing commands do: start, list, show, edit, mark as sent and delete a
mailing, and write its list (their arguments: ``commands_mailing``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, id_list, read_ids
from smallcrm.cli.database import open_database
from smallcrm.cli.shop_language import shop_translator
from smallcrm.domain import mailing
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError


def recipients(args: argparse.Namespace) -> tuple[list[int], dict[str, int], list[int]]:
    """Who gets a card, how many were left out by reason, and whose card goes to the
    family (a saved mailing's household cards)."""
    ids = id_list(args.ids)
    if args.mailing is not None:
        if args.segment or args.tag or args.staff or ids is not None:
            raise UsageError("--mailing prints a saved list; it does not combine with --segment, --tag, --staff, --ids")
        # Consent is checked again now: who withdrew it since the list was made gets no card.
        current = mailing.mailable(args.mailing)
        return current.included, {k: len(v) for k, v in current.excluded.items()}, current.families
    choice = mailing.choose(
        segment=args.segment,
        tag=args.tag,
        staff=args.staff,
        ids=ids,
        include_churned=args.include_churned,
        one_per_household=args.one_per_household,
    )
    return choice.included, {k: len(v) for k, v in choice.excluded.items()}, []


def excluded_lines(excluded: dict[str, int]) -> list[str]:
    names = {
        "churned": "churned",
        "no_consent": "without consent to be mailed",
        "no_address": "without a usable postal address",
        "same_household": "at an address already on the list",
    }
    return [f"  left out: {n} {names[k]}" for k, n in excluded.items() if n]


def _one_id(text: str) -> int:
    (mid,) = read_ids([text])
    return mid


def _mailing_line(m: dict[str, Any]) -> str:
    state = f"sent {m['sent_at'][:10]}" if m["sent_at"] else "not sent yet"
    return f"{m['id']:>5}  {m['title']}  ({m['recipients']} recipients, {state}, made {m['created_at'][:10]})"


def mailing_new(args: argparse.Namespace) -> int:
    open_database(args)
    translate = shop_translator()
    title = args.title or mailing.default_title(args.occasion or "custom", translate=translate)
    if not args.again:
        earlier = mailing.same_round(args.occasion, title)
        if earlier:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "There is already a mailing for these cards: {title} (id {id}, made on {date}); see it with "
                    "'smallcrm mailing show {id}', or add --again to start another.",
                ),
                title=earlier[0]["title"],
                id=earlier[0]["id"],
                date=earlier[0]["created_at"][:10],
            )
    choice = mailing.choose(
        segment=args.segment,
        tag=args.tag,
        staff=args.staff,
        ids=id_list(args.ids),
        include_churned=args.include_churned,
        one_per_household=args.one_per_household,
    )
    mailing_id, _ = mailing.create_mailing(args.occasion, title, choice=choice, to_family=args.to_family)
    info = mailing.mailing_dict(mailing_id)
    excluded = {k: len(v) for k, v in choice.excluded.items()}
    data = {"mailing": info, "excluded": excluded, "families": len(choice.families) if args.to_family else 0}
    output.emit(
        args,
        data,
        [
            f"Started mailing {info['id']}: {info['title']}, {info['recipients']} recipients.",
            *excluded_lines(excluded),
        ],
    )
    return 0


def mailing_list_all(args: argparse.Namespace) -> int:
    open_database(args)
    found = mailing.list_mailings()
    output.emit(args, {"mailings": found}, [_mailing_line(m) for m in found] or ["No mailings yet."])
    return 0


def mailing_occasions(args: argparse.Namespace) -> int:
    open_database(args)
    translate = shop_translator()
    found = [{"key": key, "name": mailing.occasion_label(key, translate)} for key in mailing.occasions()]
    output.emit(args, {"occasions": found}, [f"{o['key']:<18} {o['name']}" for o in found])
    return 0


def mailing_show(args: argparse.Namespace) -> int:
    mailing_id = _one_id(args.id)
    open_database(args)
    info = mailing.mailing_dict(mailing_id)
    current = mailing.mailable(mailing_id)
    rows = mailing.people(current.included, current.families)
    recipients = [{k: r[k] for k in ("id", "customer_no", "name", "phone", "address", "family")} for r in rows]
    excluded = {k: len(v) for k, v in current.excluded.items()}
    text = [_mailing_line(info)]
    text += [f"  {r['id']:>7}  {r['name']}{' 全家' if r['family'] else ''}  {r['address']}" for r in recipients]
    output.emit(
        args, {"mailing": info, "recipients": recipients, "excluded": excluded}, text + excluded_lines(excluded)
    )
    return 0


def mailing_add(args: argparse.Namespace) -> int:
    mailing_id, ids = _one_id(args.id), read_ids(args.ids)
    open_database(args)
    choice = mailing.add_recipients(mailing_id, ids)
    excluded = {k: len(v) for k, v in choice.excluded.items()}
    output.emit(
        args,
        {"added": choice.included, "excluded": excluded},
        [f"Added {len(choice.included)} customer(s) to mailing {mailing_id}.", *excluded_lines(excluded)],
    )
    return 0


def mailing_remove(args: argparse.Namespace) -> int:
    mailing_id, ids = _one_id(args.id), read_ids(args.ids)
    open_database(args)
    removed = mailing.remove_recipients(mailing_id, ids)
    output.emit(args, {"removed": removed}, f"Took {removed} customer(s) off mailing {mailing_id}.")
    return 0


def mailing_sent(args: argparse.Namespace) -> int:
    mailing_id = _one_id(args.id)
    open_database(args)
    progress = output.TextProgress("Marking as sent", enabled=not getattr(args, "json", False))
    sent = mailing.mark_sent(mailing_id, staff=args.staff, translate=shop_translator(), progress=progress)
    text = f"Logged {sent.greetings} greeting(s), closed {sent.reminders_closed} reminder(s)."
    if sent.no_consent:
        text += f" {sent.no_consent} taken off the list: they no longer consent to be mailed."
    output.emit(args, {"mailing": mailing.mailing_dict(mailing_id), **sent.as_dict()}, text)
    return 0


def mailing_delete(args: argparse.Namespace) -> int:
    mailing_id = _one_id(args.id)
    open_database(args)
    mailing.delete_mailing(mailing_id)
    output.emit(args, {"deleted": mailing_id}, f"Deleted mailing {mailing_id}.")
    return 0
