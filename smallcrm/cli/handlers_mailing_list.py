"""What mailing-list does: the recipients written as .xlsx or .csv, .vcf contacts, or a
printed .pdf list (its arguments: ``commands_mailing``)."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.common import UsageError
from smallcrm.cli.database import open_database
from smallcrm.cli.handlers_mailing import excluded_lines, recipients
from smallcrm.cli.output import TextProgress
from smallcrm.domain import mailing
from smallcrm.sheets.mailing_list import export_list, export_vcards


def mailing_list(args: argparse.Namespace) -> int:
    suffix = args.out.lower().rsplit(".", 1)[-1] if "." in args.out else ""
    if suffix not in ("xlsx", "csv", "vcf", "pdf"):
        raise UsageError("mailing-list writes a file ending in .xlsx, .csv, .vcf or .pdf")
    open_database(args)
    ids, excluded, families = recipients(args)
    if suffix == "vcf":
        count = export_vcards(args.out, ids)
    elif suffix == "pdf":
        # Qt's drawing (printing.render): 0.12 s at start, measured; only a .pdf list needs it.
        from smallcrm.printing.render import render_mailing_list

        title = mailing.mailing_dict(args.mailing)["title"] if args.mailing is not None else "Mailing list"
        count = render_mailing_list(args.out, mailing.addresses(ids, families), title).items
    else:
        progress = TextProgress("export", not getattr(args, "json", False))
        count = export_list(args.out, ids, families=families, progress=progress)
    data = {"file": args.out, "recipients": count, "excluded": excluded}
    output.emit(args, data, [f"Wrote {count} recipients to {args.out}.", *excluded_lines(excluded)])
    return 0
