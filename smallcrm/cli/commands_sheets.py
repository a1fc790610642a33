"""Spreadsheet import and export: import, undo-import, imports, export."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import UsageError, add_command, count_type, id_list, open_database, output, record_id
from smallcrm.errors import QT_TRANSLATE_NOOP

IMPORT_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Import customers or purchases from .xlsx, .xlsm, .xls, .ods or .csv (UTF-8 or GBK). "
    "The header row is found below any title rows and columns are matched by their Chinese or English names "
    "(--map changes that). Outcome rules: a customer row with the same customer number, or the same phone, as a "
    "customer already in the database or an earlier row is a duplicate, counted as skipped by default "
    "(--on-duplicate skip); fill fills the customer's empty fields and overwrite replaces fields with the row's "
    "non-empty cells (counted as updated, or skipped if nothing changes); keep adds it as another customer. "
    "Blank rows count as nothing and summary rows (合计, 总计, 小计, Total) as skipped; neither is ever added. "
    "A row with neither name nor phone, or with an impossible value (a birthday of 1985年2月30日, an amount of "
    "'abc', a phone in scientific notation), is rejected whole with its row number and reason. Purchases are "
    "linked by customer number, else phone; rows of unknown customers are rejected unless --create-missing. "
    "Identical purchase lines are separate purchases. A file already imported is refused unless --force. "
    "One address column (地址, 详细地址) without province, city or district columns is split into province, "
    "city, district, street and a postcode found in it; text that is not recognised stays whole in the street. "
    "--consent yes or no sets every imported customer's consent to be mailed (column: take it from the mapped "
    "column; default: the column if one is mapped, else no). "
    "The import is one transaction: interrupted or failed, it changes nothing; 'undo-import BATCH' undoes it.",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "import", import_cmd, IMPORT_HELP, writes=lambda a: not a.dry_run)
    p.add_argument("file")
    p.add_argument(
        "--kind",
        choices=("customers", "purchases"),
        help=QT_TRANSLATE_NOOP("CLI", "what the file holds (default: guessed)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "preview: report what would happen, change nothing"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "overwrite", "keep"),
        default="skip",
        help=QT_TRANSLATE_NOOP("CLI", "what to do with a row that duplicates a customer (default skip)"),
    )
    p.add_argument(
        "--create-missing",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "purchases: add customers that are not known yet"),
    )
    p.add_argument(
        "--report",
        metavar="REJECTS.xlsx",
        help=QT_TRANSLATE_NOOP("CLI", "write the rejected rows and their reasons to this file"),
    )
    p.add_argument(
        "--force", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "import a file whose content was imported before")
    )
    p.add_argument("--sheet", help=QT_TRANSLATE_NOOP("CLI", "the sheet to read (default: the first with data)"))
    p.add_argument(
        "--header-row",
        type=count_type(low=1),
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "the row holding the headers (default: found)"),
    )
    p.add_argument(
        "--consent",
        choices=("yes", "no", "column"),
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "may the imported customers be mailed: yes or no for all of them, or from the mapped column "
            "(default: the column if one is mapped, else no)",
        ),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "map a column (its header or letter) to a field, 'note' to keep it as notes or 'ignore'; "
            "remembered for files with the same headers",
        ),
    )

    p = add_command(
        sub,
        common,
        "undo-import",
        undo_import,
        QT_TRANSLATE_NOOP("CLI", "Undo an import: its rows removed, changed fields restored."),
        writes=True,
    )
    p.add_argument("batch")

    p = add_command(
        sub,
        common,
        "imports",
        imports,
        QT_TRANSLATE_NOOP("CLI", "The latest imports, newest first, with their batch numbers."),
    )
    p.add_argument("--limit", type=count_type(), default=20, metavar="N")

    p = add_command(
        sub,
        common,
        "export",
        export,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Export customers, purchases, open reminders or the mailing list to .xlsx or .csv (UTF-8 with BOM). "
            "Customer exports import back as the same customers.",
        ),
    )
    p.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    p.add_argument("--what", choices=("customers", "purchases", "reminders", "mailing"), default="customers")
    p.add_argument(
        "--segment",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CLI", "only the customers of this segment (see 'segments')"),
    )
    p.add_argument("--tag", help=QT_TRANSLATE_NOOP("CLI", "only customers with this tag"))
    p.add_argument(
        "--search", metavar="TERM", help=QT_TRANSLATE_NOOP("CLI", "only customers the search box finds for TERM")
    )
    p.add_argument("--ids", metavar="ID,ID,...", help=QT_TRANSLATE_NOOP("CLI", "only these customers"))
    p.add_argument(
        "--language", choices=("zh", "en"), help=QT_TRANSLATE_NOOP("CLI", "header language (default: the shop's)")
    )


def _mapping(items: list[str], headers: list[str], kind: str) -> list[str] | None:
    from smallcrm.sheets import headers as hdr

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
    from smallcrm.cli.output import TextProgress
    from smallcrm.sheets import headers as hdr
    from smallcrm.sheets import importer

    open_database(args)
    inspection = importer.inspect(args.file, kind=args.kind, sheet=args.sheet)
    kind = args.kind or inspection.kind
    headers = inspection.headers
    if args.header_row is not None:
        headers = next(
            (
                [hdr.header_text(c) for c in cells]
                for n, cells in importer.read_sample(args.file, args.sheet)[1]
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
    from smallcrm.sheets import importer

    batch = record_id(args.batch)
    open_database(args)
    data = importer.undo_import(batch)
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
    from smallcrm.sheets import importer

    open_database(args)
    rows = importer.list_imports(max(0, args.limit))
    lines = [
        f"{r['batch']:>5}  {r['created_at']}  {r['kind']:<9} {r['file']:<30} +{r['added']} ~{r['updated']} "
        f"={r['skipped']} x{r['rejected']}" + ("  (undone)" if r["undone_at"] else "")
        for r in rows
    ]
    output.emit(args, {"imports": rows}, lines or ["No imports yet."])
    return 0


def _segment_ids(name: str) -> list[int]:
    try:
        from smallcrm.domain.analysis import segments
    except ModuleNotFoundError as exc:
        if exc.name != "smallcrm.domain.segments":
            raise
        raise UsageError(
            "segments are not available in this version; choose customers with --tag or --search"
        ) from None
    ids: list[int] = segments.segment_ids(name)
    return ids


def export(args: argparse.Namespace) -> int:
    from smallcrm.cli.output import TextProgress
    from smallcrm.sheets import exporter

    ids = id_list(args.ids)
    if args.what == "reminders" and (args.segment or args.tag or args.search or args.ids):
        raise UsageError("--segment, --tag, --search and --ids choose customers; reminders are exported all at once")
    open_database(args)
    if args.segment:
        chosen = _segment_ids(args.segment)
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
