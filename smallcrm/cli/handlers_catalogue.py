"""What ``product import`` and ``product export`` do (their arguments: ``commands_catalogue``)."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.common import translate
from smallcrm.cli.database import open_database
from smallcrm.cli.output import TextProgress
from smallcrm.sheets import exporter, importer
from smallcrm.sheets import headers as hdr

REJECTS_LISTED = 50


def product_import(args: argparse.Namespace) -> int:
    open_database(args)
    options = importer.ImportOptions(
        kind="products",
        header_row=args.header_row,
        sheet=args.sheet,
        on_duplicate=args.on_duplicate,
        force=args.force,
    )
    progress = TextProgress("import", not getattr(args, "json", False))
    result = importer.run_import(args.file, options, dry_run=args.dry_run, progress=progress)
    report = None
    if args.report:
        importer.save_rejects_report(result, args.report, translate=translate)
        report = args.report
    # A product has no notes: a column nobody knows is not imported, and said so.
    not_imported = [h for h, f in zip(result.headers, result.mapping, strict=False) if h and f == hdr.IGNORE]
    data = result.as_dict()
    data["report"] = report
    data["not_imported"] = not_imported
    verb = "Would import" if args.dry_run else "Imported"
    lines = [
        f"{verb} {result.file_name} (products): {result.added} added, {result.updated} updated, "
        f"{result.skipped} skipped, {result.rejected} rejected"
        + (f"; batch {result.batch} (undo with 'smallcrm undo-import {result.batch}')" if result.batch else "")
        + "."
    ]
    if not_imported:
        lines.append(f"  Columns not imported: {', '.join(not_imported)}.")
    lines += [f"  {r.render(translate)}" for r in result.rejects[:REJECTS_LISTED]]
    if len(result.rejects) > REJECTS_LISTED:
        more = len(result.rejects) - REJECTS_LISTED
        lines.append(f"  ... and {more} more rejected rows" + ("" if report else " (see --report)"))
    if report:
        lines.append(f"Rejected rows written to {report}.")
    output.emit(args, data, lines)
    return 0


def product_export(args: argparse.Namespace) -> int:
    open_database(args)
    progress = TextProgress("export", not getattr(args, "json", False))
    count = exporter.export_products(
        args.out, include_retired=args.include_retired, language=args.language, progress=progress
    )
    output.emit(
        args, {"exported": count, "what": "products", "file": args.out}, f"Exported {count} products to {args.out}."
    )
    return 0
