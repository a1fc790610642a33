"""What the saved-segment commands do: show, save, list and delete (their arguments:
``commands_analysis``). Apart from the analysis's handlers: these need no model fitted,
so they load none of numpy and scipy."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.common import json_option
from smallcrm.cli.database import open_database
from smallcrm.cli.days import as_of
from smallcrm.domain.analysis.segment_names import label_of
from smallcrm.domain.analysis.segments import delete_segment, list_segments, save_segment, segment_ids


def segment_show(args: argparse.Namespace) -> int:
    open_database(args)
    ids = segment_ids(args.name, as_of(args.as_of))
    name = args.name.strip()
    data = {"name": name, "label": label_of(name), "count": len(ids), "ids": ids}
    output.emit(args, data, [f"{name}: {len(ids)} customers", " ".join(str(i) for i in ids)])
    return 0


def segment_save(args: argparse.Namespace) -> int:
    definition = json_option(args.filter, "--filter")
    open_database(args)
    saved = save_segment(args.name, definition, args.note)
    output.emit(args, {"segment": saved}, f"Saved {saved['segment']}.")
    return 0


def segment_list(args: argparse.Namespace) -> int:
    open_database(args)
    rows = list_segments(counts=True)
    lines = [f"{r['segment']:<30} {r['count'] if r['count'] is not None else '?':>8}  {r['note']}" for r in rows]
    output.emit(args, {"segments": rows}, lines or ["No saved segments."])
    return 0


def segment_delete(args: argparse.Namespace) -> int:
    open_database(args)
    delete_segment(args.name)
    output.emit(args, {"deleted": args.name.strip()}, f"Deleted {args.name.strip()}.")
    return 0
