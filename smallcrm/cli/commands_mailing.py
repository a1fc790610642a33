"""Greeting-card commands: address labels, envelopes, the mailing list, and the
mailings saved with their recipients. What each command accepts; ``handlers_printing``,
``handlers_mailing_list`` and ``handlers_mailing`` do the work.

Without a filter, the recipients are every live customer with mailing consent and a
usable postal address who is not churned; --segment, --tag, --staff and --ids narrow
that down. Customers set aside are counted in the output by reason.
"""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, Phrases, add_command, count_type, id_type
from smallcrm.errors import QT_TRANSLATE_NOOP

PRINT = Handlers("smallcrm.cli.handlers_printing")
RUN = Handlers("smallcrm.cli.handlers_mailing")
LIST = Handlers("smallcrm.cli.handlers_mailing_list")

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
    _mailing(sub, common)
    _labels(sub, common)
    _envelopes(sub, common)
    _mailing_list(sub, common)


def _labels(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "labels",
        PRINT.labels,
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


def _envelopes(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "envelopes",
        PRINT.envelopes,
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


def _mailing_list(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "mailing-list",
        LIST.mailing_list,
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


# --- mailing: the Mailing area's twin ----------------------------------------------------


def _mailing(sub: Any, common: argparse.ArgumentParser) -> None:
    mailing = sub.add_parser(
        "mailing",
        help=QT_TRANSLATE_NOOP(
            "CLI", "Start, list, show, edit, mark as sent or delete a greeting-card mailing (its saved list)."
        ),
    )
    msub = mailing.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(mailing))
    _mailing_new(msub, common)
    _mailing_list_occasions_show(msub, common)
    _mailing_add_remove(msub, common)
    _mailing_sent_delete(msub, common)


def _mailing_new(msub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        msub,
        common,
        "new",
        RUN.mailing_new,
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


def _mailing_list_occasions_show(msub: Any, common: argparse.ArgumentParser) -> None:
    add_command(
        msub,
        common,
        "list",
        RUN.mailing_list_all,
        QT_TRANSLATE_NOOP("CLI", "Every mailing, newest first, with its number of recipients."),
    )
    add_command(
        msub,
        common,
        "occasions",
        RUN.mailing_occasions,
        QT_TRANSLATE_NOOP("CLI", "The occasions a mailing can be started for."),
    )

    p = add_command(
        msub,
        common,
        "show",
        RUN.mailing_show,
        QT_TRANSLATE_NOOP("CLI", "A mailing and who gets a card (consent checked now)."),
    )
    p.add_argument("id")


def _mailing_add_remove(msub: Any, common: argparse.ArgumentParser) -> None:
    for name, handler, text in (
        (
            "add",
            RUN.mailing_add,
            QT_TRANSLATE_NOOP("CLI", "Add customers to a mailing (those without consent or an address are not added)."),
        ),
        ("remove", RUN.mailing_remove, QT_TRANSLATE_NOOP("CLI", "Take customers off a mailing.")),
    ):
        p = add_command(msub, common, name, handler, text, writes=True)
        p.add_argument("id")
        p.add_argument("ids", nargs="+", metavar="CUSTOMER_ID")


def _mailing_sent_delete(msub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        msub,
        common,
        "sent",
        RUN.mailing_sent,
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
        RUN.mailing_delete,
        QT_TRANSLATE_NOOP("CLI", "Delete a mailing; greetings already logged stay."),
        writes=True,
    )
    p.add_argument("id")
