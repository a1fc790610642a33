"""Analysis commands: segments, saved segments, customer lifetime value and churn.
What each accepts; ``handlers_analysis`` (segments, clv: the fitted model) and
``handlers_segments`` (show, save, list, delete) do the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, Phrases, add_command, count_type
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_analysis")
SEGMENTS = Handlers("smallcrm.cli.handlers_segments")

CONVENTIONS = QT_TRANSLATE_NOOP(
    "CLI",
    "Conventions: a transaction is a calendar day with at least one purchase of a positive amount (several "
    "purchases on one day count once); the first purchase day is not a repeat; everything up to and including "
    "--as-of is calibration data; x = repeat purchase days, t_x = days from the first to the last purchase day, "
    "T = days from the first purchase day to --as-of; monetary value = mean spend per repeat purchase day. "
    "Time unit: days (alpha is in days); money: cents (fen).",
)

SEGMENTS_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Count customers in every segment: profit tiers over the analysis window (revenue - cost of goods - the "
    "service cost setting per contact), RFM groups (quintile scores), age bands, income bands, lifecycle stages "
    "and churn status, with each segment's profit and share of profit. Segment names (tier:high, rfm:champions, "
    "age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, custom:NAME) work with 'segment show'. ",
)

CLV_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Fit the BG/NBD purchase model (Fader, Hardie & Lee 2005) and the Gamma-Gamma spend model by maximum "
    "likelihood and print their parameters; with --customers, every customer's x, t_x, T, P(alive), expected "
    "purchase days in the next --days days and lifetime value (expected spend over the clv_months setting, "
    "discounted at the clv_discount_percent setting). With too little history the model is not fitted and "
    "simple rules are used (basis: rule). ",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "segments", RUN.segments, Phrases(SEGMENTS_HELP, CONVENTIONS))
    p.add_argument(
        "--as-of", metavar="DATE", help=QT_TRANSLATE_NOOP("CLI", "analyse as of this day, inclusive (default: today)")
    )
    seg = sub.add_parser(
        "segment",
        help=QT_TRANSLATE_NOOP("CLI", "Show the customers of one segment; save, list or delete custom segments."),
    )
    ssub = seg.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(seg))
    _segment_show(ssub, common)
    _segment_save_list_delete(ssub, common)
    _clv(sub, common)


def _segment_show(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        ssub,
        common,
        "show",
        SEGMENTS.segment_show,
        QT_TRANSLATE_NOOP("CLI", "The customers in a segment (ids, ascending)."),
    )
    p.add_argument(
        "name",
        help=QT_TRANSLATE_NOOP(
            "CLI", "tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, ..."
        ),
    )
    p.add_argument("--as-of", metavar="DATE")


def _segment_save_list_delete(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        ssub,
        common,
        "save",
        SEGMENTS.segment_save,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Save a custom segment: a named filter, JSON such as "
            '{"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"}, {"tag": "VIP"}]} '
            "(rules: all, any, not, segment, tag, field with op eq, ne, contains, startswith, in, gt, ge, lt, le, "
            "empty, not_empty). Use it as custom:NAME.",
        ),
        writes=True,
    )
    p.add_argument("name")
    p.add_argument("--filter", required=True, metavar="JSON")
    p.add_argument("--note", default="")
    add_command(
        ssub,
        common,
        "list",
        SEGMENTS.segment_list,
        QT_TRANSLATE_NOOP("CLI", "The saved custom segments, with their customer counts."),
    )
    p = add_command(
        ssub,
        common,
        "delete",
        SEGMENTS.segment_delete,
        QT_TRANSLATE_NOOP("CLI", "Delete a saved custom segment."),
        writes=True,
    )
    p.add_argument("name")


def _clv(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "clv", RUN.clv, Phrases(CLV_HELP, CONVENTIONS))
    p.add_argument(
        "--as-of",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("CLI", "calibration data up to and including this day (default: today)"),
    )
    p.add_argument("--customers", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "also every customer's figures"))
    p.add_argument(
        "--days",
        type=count_type(),
        default=90,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "expected purchases in the next N days (90)"),
    )
