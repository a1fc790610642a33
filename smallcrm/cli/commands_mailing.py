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
from smallcrm.errors import QT_TRANSLATE_NOOP

FILTERS_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Recipients: every customer with mailing consent and a usable postal address who is not churned; "
    "--segment, --tag, --staff or --ids narrow that down.",
)


def _filters(p: argparse.ArgumentParser) -> None:
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
    p.add_argument(
        "--mailing",
        type=id_type,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CLI", "the recipients saved with this mailing instead"),
    )
    p.add_argument("--include-churned", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "also churned customers"))
    p.add_argument("--one-per-household", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "one per postal address"))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
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


def _recipients(args: argparse.Namespace) -> tuple[list[int], dict[str, int]]:
    from smallcrm.domain import mailing

    ids = id_list(args.ids)
    if args.mailing is not None:
        if args.segment or args.tag or args.staff or ids is not None:
            raise UsageError("--mailing prints a saved list; it does not combine with --segment, --tag, --staff, --ids")
        return mailing.recipient_ids(args.mailing), {}
    choice = mailing.choose(
        segment=args.segment,
        tag=args.tag,
        staff=args.staff,
        ids=ids,
        include_churned=args.include_churned,
        one_per_household=args.one_per_household,
    )
    return choice.included, {k: len(v) for k, v in choice.excluded.items()}


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
    ids, excluded = _recipients(args)
    from smallcrm.cli.output import TextProgress
    from smallcrm.domain import mailing
    from smallcrm.printing.render import render_labels

    report = render_labels(
        args.out,
        mailing.addresses(ids),
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
    ids, excluded = _recipients(args)
    report = render_envelopes(
        args.out,
        mailing.addresses(ids),
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

    ids, excluded = _recipients(args)
    if suffix == "vcf":
        count = mailing.export_vcards(args.out, ids)
    elif suffix == "pdf":
        from smallcrm.printing.render import render_mailing_list

        title = mailing.mailing_dict(args.mailing)["title"] if args.mailing is not None else "Mailing list"
        count = render_mailing_list(args.out, mailing.addresses(ids), title).items
    else:
        count = mailing.export_list(args.out, ids, progress=TextProgress("export", not getattr(args, "json", False)))
    data = {"file": args.out, "recipients": count, "excluded": excluded}
    output.emit(args, data, [f"Wrote {count} recipients to {args.out}.", *_excluded_lines(excluded)])
    return 0
