"""What the printing commands do: address labels and envelopes as PDF (their
arguments: ``commands_mailing``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm import paths
from smallcrm.cli import output
from smallcrm.cli.common import UsageError, json_option
from smallcrm.cli.database import open_database
from smallcrm.cli.handlers_mailing import excluded_lines, recipients
from smallcrm.cli.output import TextProgress
from smallcrm.domain import mailing
from smallcrm.printing import templates
from smallcrm.printing.render import Sender, render_envelopes, render_labels


def _flag_lines(report: Any) -> list[str]:
    return [
        f"  small text ({f.size_pt:g} pt) on page {f.page}: {f.name}" + ("" if f.fits else " - does not fit")
        for f in report.flagged
    ]


def labels(args: argparse.Namespace) -> int:
    if args.list_templates:
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
    ids, excluded, families = recipients(args)
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
    text += excluded_lines(excluded) + _flag_lines(report)
    output.emit(args, data, text)
    return 0


def envelopes(args: argparse.Namespace) -> int:
    open_database(args)
    envelope = templates.get_envelope(args.size)
    ids, excluded, families = recipients(args)
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
    output.emit(args, data, text + excluded_lines(excluded) + _flag_lines(report))
    return 0
