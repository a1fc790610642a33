"""Greeting-card commands: address labels, envelopes and the mailing list.

Without a filter, the recipients are every live customer with mailing consent and a
usable postal address who is not churned; --segment, --tag, --staff and --ids narrow
that down. Customers set aside are counted in the output by reason.
"""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import (
    Phrases,
    UsageError,
    add_command,
    count_type,
    id_list,
    id_type,
    json_option,
    open_database,
    output,
)
from smallcrm.cli.commands_customers import _ids
from smallcrm.cli.shop_language import shop_translator
from smallcrm.errors import QT_TRANSLATE_NOOP

FILTERS_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Recipients: every customer with mailing consent and a usable postal address who is not churned; "
    "--segment, --tag, --staff or --ids narrow that down.",
)


def _filters(p: argparse.ArgumentParser, saved: bool = True) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--segment", metavar="S", help=QT_TRANSLATE_NOOP("CLI", "a segment: tier:high, rfm:champions, custom:NAME, ...")
    )
    group.add_argument("--tag", metavar="T", help=QT_TRANSLATE_NOOP("CLI", "customers with this tag"))
    p.add_argument(
        "--staff",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CLI", "customers this staff member (name or id) is responsible for"),
    )
    p.add_argument("--ids", metavar="1,2,3", help=QT_TRANSLATE_NOOP("CLI", "only these customer ids"))
    if saved:
        p.add_argument(
            "--mailing",
            type=id_type,
            metavar="ID",
            help=QT_TRANSLATE_NOOP("CLI", "the recipients saved with this mailing instead"),
        )
    p.add_argument("--include-churned", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "also churned customers"))
    p.add_argument("--one-per-household", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "one per postal address"))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    _register_mailing(sub, common)
    p = add_command(
        sub,
        common,
        "labels",
        labels,
        Phrases(
            QT_TRANSLATE_NOOP(
                "CLI", "Print address labels to a PDF on a label sheet (Avery L7160, Avery 5160, A4 3x8, ...). "
            ),
            FILTERS_HELP,
        ),
        writes=lambda a: bool(a.save_template),
    )
    p.add_argument("out", nargs="?", metavar="OUT.pdf")
    p.add_argument(
        "--template",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CLI", "the label sheet, as 'labels --list-templates' names it"),
    )
    p.add_argument(
        "--skip",
        type=count_type(),
        default=0,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "labels already used on the first sheet"),
    )
    p.add_argument(
        "--outlines",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "draw the label edges (for a test on plain paper)"),
    )
    p.add_argument(
        "--list-templates",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "list the label sheets and their geometry (mm)"),
    )
    p.add_argument(
        "--save-template",
        metavar="JSON",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            'save your own sheet, e.g. \'{"name": "Shop 3x7", "paper": "A4", "rows": 7, "columns": 3, '
            '"label_width": 63.5, "label_height": 38.1, "top": 15, "left": 7, "pitch_x": 66, "pitch_y": 38.1}\' (mm)',
        ),
    )
    _filters(p)

    p = add_command(
        sub,
        common,
        "envelopes",
        envelopes,
        Phrases(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Print envelopes to a PDF: Chinese addresses in the GB/T 1416 layout (postcode boxes top left, "
                "the shop bottom right), others in the Western layout. ",
            ),
            FILTERS_HELP,
        ),
    )
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--size", required=True, type=str.upper, choices=("DL", "ZL", "B6", "C5"))
    p.add_argument(
        "--no-boxes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "do not draw the postcode boxes (pre-printed envelopes)"),
    )
    _filters(p)

    p = add_command(
        sub,
        common,
        "mailing-list",
        mailing_list,
        Phrases(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Write the mailing list: .xlsx or .csv for a print shop or a mail merge, .vcf contacts for a phone, "
                ".pdf a printed list with a tick column. ",
            ),
            FILTERS_HELP,
        ),
    )
    p.add_argument("out", metavar="OUT.xlsx")
    _filters(p)


def _recipients(args: argparse.Namespace) -> tuple[list[int], dict[str, int], list[int]]:
    """Who gets a card, how many were left out by reason, and whose card goes to the
    family (a saved mailing's household cards)."""
    from smallcrm.domain import mailing

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


def _flag_lines(report: Any) -> list[str]:
    return [
        f"  small text ({f.size_pt:g} pt) on page {f.page}: {f.name}" + ("" if f.fits else " - does not fit")
        for f in report.flagged
    ]


def labels(args: argparse.Namespace) -> int:
    from smallcrm.printing import templates

    if args.list_templates:
        from smallcrm import paths

        if getattr(args, "db", None) or paths.default_db_path().exists():  # the owner's own sheets too
            open_database(args)
        found = [t.as_dict() for t in templates.all_templates()]
        output.emit(
            args,
            {"templates": found},
            [
                f"{t['name']}: {t['paper']}, {t['rows']} x {t['columns']}, "
                f"{t['label_width']:g} x {t['label_height']:g} mm"
                for t in found
            ],
        )
        return 0
    if args.save_template:
        data = json_option(args.save_template, "--save-template")
        if not isinstance(data, dict):
            raise UsageError("--save-template needs a JSON object")
        open_database(args)
        saved = templates.save_user_template(data)
        output.emit(args, {"template": saved.as_dict()}, f"Saved the label sheet {saved.name}.")
        return 0
    if not args.out or not args.template:
        raise UsageError("labels needs OUT.pdf and --template NAME (or --list-templates)")
    open_database(args)
    template = templates.get_template(args.template)
    ids, excluded, families = _recipients(args)
    from smallcrm.cli.output import TextProgress
    from smallcrm.domain import mailing
    from smallcrm.printing.render import render_labels

    report = render_labels(
        args.out,
        mailing.addresses(ids, families),
        template,
        skip=args.skip,
        outlines=args.outlines,
        progress=TextProgress("labels", not getattr(args, "json", False)),
    )
    data = {"file": args.out, "template": template.name, "labels": report.items, **report.as_dict()}
    data["excluded"] = excluded
    text = [f"Printed {report.items} labels on {report.pages} {template.name} sheet(s) to {args.out}."]
    text += _excluded_lines(excluded) + _flag_lines(report)
    output.emit(args, data, text)
    return 0


def _excluded_lines(excluded: dict[str, int]) -> list[str]:
    names = {
        "churned": "churned",
        "no_consent": "without consent to be mailed",
        "no_address": "without a usable postal address",
        "same_household": "at an address already on the list",
    }
    return [f"  left out: {n} {names[k]}" for k, n in excluded.items() if n]


def envelopes(args: argparse.Namespace) -> int:
    open_database(args)
    from smallcrm.cli.output import TextProgress
    from smallcrm.domain import mailing
    from smallcrm.printing.render import Sender, render_envelopes
    from smallcrm.printing.templates import get_envelope

    envelope = get_envelope(args.size)
    ids, excluded, families = _recipients(args)
    report = render_envelopes(
        args.out,
        mailing.addresses(ids, families),
        envelope,
        Sender.from_settings(),
        boxes=not args.no_boxes,
        progress=TextProgress("envelopes", not getattr(args, "json", False)),
    )
    data = {"file": args.out, "size": envelope.name, "envelopes": report.items, **report.as_dict()}
    data["excluded"] = excluded
    text = [f"Printed {report.items} {envelope.name} envelopes to {args.out}."]
    output.emit(args, data, text + _excluded_lines(excluded) + _flag_lines(report))
    return 0


def mailing_list(args: argparse.Namespace) -> int:
    suffix = args.out.lower().rsplit(".", 1)[-1] if "." in args.out else ""
    if suffix not in ("xlsx", "csv", "vcf", "pdf"):
        raise UsageError("mailing-list writes a file ending in .xlsx, .csv, .vcf or .pdf")
    open_database(args)
    from smallcrm.cli.output import TextProgress
    from smallcrm.domain import mailing

    ids, excluded, families = _recipients(args)
    if suffix == "vcf":
        count = mailing.export_vcards(args.out, ids)
    elif suffix == "pdf":
        from smallcrm.printing.render import render_mailing_list

        title = mailing.mailing_dict(args.mailing)["title"] if args.mailing is not None else "Mailing list"
        count = render_mailing_list(args.out, mailing.addresses(ids, families), title).items
    else:
        progress = TextProgress("export", not getattr(args, "json", False))
        count = mailing.export_list(args.out, ids, families=families, progress=progress)
    data = {"file": args.out, "recipients": count, "excluded": excluded}
    output.emit(args, data, [f"Wrote {count} recipients to {args.out}.", *_excluded_lines(excluded)])
    return 0


# --- mailing: the Mailing area's twin ----------------------------------------------------


def _register_mailing(sub: Any, common: argparse.ArgumentParser) -> None:
    mailing = sub.add_parser(
        "mailing",
        help=QT_TRANSLATE_NOOP(
            "CLI", "Start, list, show, edit, mark as sent or delete a greeting-card mailing (its saved list)."
        ),
    )
    msub = mailing.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(mailing))

    p = add_command(
        msub,
        common,
        "new",
        mailing_new,
        Phrases(
            QT_TRANSLATE_NOOP("CLI", "Start a mailing and save its recipients. "),
            FILTERS_HELP,
            QT_TRANSLATE_NOOP(
                "CLI",
                " A second mailing for the same round of cards (the same festival day, birthday month or title) "
                "is refused unless --again is given.",
            ),
        ),
        writes=True,
    )
    p.add_argument(
        "--occasion",
        default="custom",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "spring_festival, mid_autumn, dragon_boat, birthday_month, custom:ID (your festival) or custom "
            "(see 'mailing occasions')",
        ),
    )
    p.add_argument(
        "--title",
        default="",
        help=QT_TRANSLATE_NOOP("CLI", "default: the occasion and year, e.g. 'Spring Festival 2027'"),
    )
    p.add_argument(
        "--to-family",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "with --one-per-household: the card of a shared address goes to the family (张伟 全家)"
        ),
    )
    p.add_argument(
        "--again",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "start it even if one for the same cards exists"),
    )
    _filters(p, saved=False)

    add_command(
        msub,
        common,
        "list",
        mailing_list_all,
        QT_TRANSLATE_NOOP("CLI", "Every mailing, newest first, with its number of recipients."),
    )
    add_command(
        msub,
        common,
        "occasions",
        mailing_occasions,
        QT_TRANSLATE_NOOP("CLI", "The occasions a mailing can be started for."),
    )

    p = add_command(
        msub,
        common,
        "show",
        mailing_show,
        QT_TRANSLATE_NOOP("CLI", "A mailing and who gets a card (consent checked now)."),
    )
    p.add_argument("id")

    for name, handler, text in (
        (
            "add",
            mailing_add,
            QT_TRANSLATE_NOOP("CLI", "Add customers to a mailing (those without consent or an address are not added)."),
        ),
        ("remove", mailing_remove, QT_TRANSLATE_NOOP("CLI", "Take customers off a mailing.")),
    ):
        p = add_command(msub, common, name, handler, text, writes=True)
        p.add_argument("id")
        p.add_argument("ids", nargs="+", metavar="CUSTOMER_ID")

    p = add_command(
        msub,
        common,
        "sent",
        mailing_sent,
        QT_TRANSLATE_NOOP(
            "CLI",
            "The cards went out: log a greeting on every recipient and close the festival reminders they answer.",
        ),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--staff", metavar="NAME", help=QT_TRANSLATE_NOOP("CLI", "who sent them (name or id)"))

    p = add_command(
        msub,
        common,
        "delete",
        mailing_delete,
        QT_TRANSLATE_NOOP("CLI", "Delete a mailing; greetings already logged stay."),
        writes=True,
    )
    p.add_argument("id")


def _one_id(text: str) -> int:
    (mid,) = _ids([text])
    return mid


def _mailing_line(m: dict[str, Any]) -> str:
    state = f"sent {m['sent_at'][:10]}" if m["sent_at"] else "not sent yet"
    return f"{m['id']:>5}  {m['title']}  ({m['recipients']} recipients, {state}, made {m['created_at'][:10]})"


def mailing_new(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing
    from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

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
            *_excluded_lines(excluded),
        ],
    )
    return 0


def mailing_list_all(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

    open_database(args)
    found = mailing.list_mailings()
    output.emit(args, {"mailings": found}, [_mailing_line(m) for m in found] or ["No mailings yet."])
    return 0


def mailing_occasions(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

    open_database(args)
    translate = shop_translator()
    found = [{"key": key, "name": mailing.occasion_label(key, translate)} for key in mailing.occasions()]
    output.emit(args, {"occasions": found}, [f"{o['key']:<18} {o['name']}" for o in found])
    return 0


def mailing_show(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

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
        args, {"mailing": info, "recipients": recipients, "excluded": excluded}, text + _excluded_lines(excluded)
    )
    return 0


def mailing_add(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

    mailing_id, ids = _one_id(args.id), _ids(args.ids)
    open_database(args)
    choice = mailing.add_recipients(mailing_id, ids)
    excluded = {k: len(v) for k, v in choice.excluded.items()}
    output.emit(
        args,
        {"added": choice.included, "excluded": excluded},
        [f"Added {len(choice.included)} customer(s) to mailing {mailing_id}.", *_excluded_lines(excluded)],
    )
    return 0


def mailing_remove(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

    mailing_id, ids = _one_id(args.id), _ids(args.ids)
    open_database(args)
    removed = mailing.remove_recipients(mailing_id, ids)
    output.emit(args, {"removed": removed}, f"Took {removed} customer(s) off mailing {mailing_id}.")
    return 0


def mailing_sent(args: argparse.Namespace) -> int:
    from smallcrm.domain import mailing

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
    from smallcrm.domain import mailing

    mailing_id = _one_id(args.id)
    open_database(args)
    mailing.delete_mailing(mailing_id)
    output.emit(args, {"deleted": mailing_id}, f"Deleted mailing {mailing_id}.")
    return 0
