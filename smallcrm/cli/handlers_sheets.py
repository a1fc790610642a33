"""What the spreadsheet commands do (their arguments: ``commands_sheets``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, id_list, record_id
from smallcrm.cli.database import open_database
from smallcrm.cli.output import TextProgress
from smallcrm.domain.analysis import segments
from smallcrm.sheets import exporter, importer
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.reader import read_sample


def _mapping(items: list[str], headers: list[str], kind: str) -> list[str] | None:
    if not items:
        return None
    mapping = hdr.propose_mapping(headers, kind)
    for item in items:
        column, sep, field = item.partition("=")
        if not sep:
            raise UsageError(f"--map needs COLUMN=FIELD, not {item!r}")
        column, field = column.strip(), field.strip()
        field = {"note": hdr.AS_NOTE, "notes_line": hdr.AS_NOTE, "ignore": hdr.IGNORE}.get(field, field)
        if column in headers:
            index = headers.index(column)
        else:
            letters = [hdr.column_letter(i) for i in range(max(len(headers), 1))]
            if column.upper() not in letters:
                raise UsageError(
                    f"--map: there is no column {column!r} (headers: {', '.join(h for h in headers if h)})"
                )
            index = letters.index(column.upper())
        mapping[index] = field
    return mapping


def import_cmd(args: argparse.Namespace) -> int:
    open_database(args)
    inspection = importer.inspect(args.file, kind=args.kind, sheet=args.sheet)
    kind = args.kind or inspection.kind
    headers = inspection.headers
    if args.header_row is not None:
        headers = next(
            (
                [hdr.header_text(c) for c in cells]
                for n, cells in read_sample(args.file, args.sheet)[1]
                if n == args.header_row
            ),
            headers,
        )
    mapping = _mapping(args.map, headers, kind)
    options = importer.ImportOptions(
        kind=kind,
        mapping=mapping,
        header_row=args.header_row,
        sheet=args.sheet,
        on_duplicate=args.on_duplicate,
        create_missing=args.create_missing,
        force=args.force,
        consent=args.consent,
    )
    progress = TextProgress("import", not getattr(args, "json", False))
    result = importer.run_import(args.file, options, dry_run=args.dry_run, progress=progress)
    if mapping is not None and not args.dry_run:
        hdr.remember_mapping(kind, result.headers, result.mapping)
    report = None
    if args.report:
        importer.save_rejects_report(result, args.report)
        report = args.report
    data = result.as_dict()
    data["report"] = report
    verb = "Would import" if args.dry_run else "Imported"
    lines = [
        f"{verb} {result.file_name} ({kind}): {result.added} added, {result.updated} updated, "
        f"{result.skipped} skipped, {result.rejected} rejected"
        + (f"; {result.customers_added} new customers" if result.customers_added else "")
        + (f"; batch {result.batch} (undo with 'smallcrm undo-import {result.batch}')" if result.batch else "")
        + "."
    ]
    if result.addresses_split:
        lines.append(f"  Addresses split into province, city and district: {result.addresses_split}.")
    lines += [f"  {r.render()}" for r in result.rejects[:50]]
    if len(result.rejects) > 50:
        lines.append(f"  ... and {len(result.rejects) - 50} more rejected rows" + ("" if report else " (see --report)"))
    if report:
        lines.append(f"Rejected rows written to {report}.")
    output.emit(args, data, lines)
    return 0


def undo_import(args: argparse.Namespace) -> int:
    batch = record_id(args.batch)
    open_database(args)
    data = importer.undo_import(batch)
    if "products_removed" in data:  # a catalogue import
        text = (
            f"Import {data['batch']} undone: {data['products_removed']} products removed, "
            f"{data['products_restored']} products restored"
            + (f", {data['products_retired']} sold since retired" if data["products_retired"] else "")
            + "."
        )
        output.emit(args, data, text)
        return 0
    output.emit(
        args,
        data,
        f"Import {data['batch']} undone: {data['customers_removed']} customers and {data['purchases_removed']} "
        f"purchases removed, {data['customers_restored']} customers restored"
        + (f", {data['customers_trashed']} with later history moved to the trash" if data["customers_trashed"] else "")
        + ".",
    )
    return 0


def imports(args: argparse.Namespace) -> int:
    open_database(args)
    rows = importer.list_imports(max(0, args.limit))
    lines = [
        f"{r['batch']:>5}  {r['created_at']}  {r['kind']:<9} {r['file']:<30} +{r['added']} ~{r['updated']} "
        f"={r['skipped']} x{r['rejected']}" + ("  (undone)" if r["undone_at"] else "")
        for r in rows
    ]
    output.emit(args, {"imports": rows}, lines or ["No imports yet."])
    return 0


def export(args: argparse.Namespace) -> int:
    ids = id_list(args.ids)
    if args.what == "reminders" and (args.segment or args.tag or args.search or args.ids):
        raise UsageError("--segment, --tag, --search and --ids choose customers; reminders are exported all at once")
    open_database(args)
    if args.segment:
        chosen = segments.segment_ids(args.segment)
        ids = chosen if ids is None else [i for i in ids if i in set(chosen)]
    options: dict[str, Any] = {"ids": ids, "tag": args.tag, "search": args.search, "language": args.language}
    if args.what == "mailing":
        options.pop("search")
    progress = TextProgress("export", not getattr(args, "json", False))
    count = exporter.export(args.out, args.what, progress=progress, **options)
    output.emit(
        args, {"exported": count, "what": args.what, "file": args.out}, f"Exported {count} {args.what} to {args.out}."
    )
    return 0
