"""A mailing's list written out for others: a sheet (.xlsx or .csv) for a print shop
or a Word mail merge, and contacts (.vcf) for a phone.

Who is on the list is the domain's (``domain.mailing``: consent is checked again as the
file is written); how an address reads is printing's layout; the sheet is written by
the exporter (formula-safe, through a temporary file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from smallcrm import files, jobs
from smallcrm.domain.mailing import mailable_people
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.printing.layout import Address, family_name, honorific, one_line
from smallcrm.sheets.exporter import NO_FOLDER, NOT_WRITTEN, header_language, write_table
from smallcrm.store.models import Customer
from smallcrm.store.sqlite.columns import ids_select

LIST_COLUMNS = ("customer_no", "addressee", "honorific", "postcode", "province", "city", "district", "street",
                "address", "phone")  # fmt: skip
_LIST_LABELS = {
    "customer_no": ("Customer No.", "客户编号"),
    "addressee": ("Name", "姓名"),
    "honorific": ("Honorific", "称呼"),
    "postcode": ("Postcode", "邮编"),
    "province": ("Province", "省份"),
    "city": ("City", "城市"),
    "district": ("District", "区县"),
    "street": ("Street address", "详细地址"),
    "address": ("Full address", "完整地址"),
    "phone": ("Phone", "手机"),
}


def export_list(
    out: str | Path,
    ids: Sequence[int],
    *,
    families: Iterable[int] = (),
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """The mailing list as .xlsx (or .csv) for a print shop or a Word mail merge:
    one row per recipient, the address in parts and on one line, phones as text,
    through the sheet exporter (formula-safe, written via a temporary file)."""
    language = language or header_language()
    index = 0 if language == "en" else 1

    def rows() -> Iterator[list[Any]]:
        for row in mailable_people(ids, families):
            a = Address.of(row)
            yield [
                row["customer_no"],
                family_name(a) if a.family else a.name,
                None if a.family else honorific(a.gender, a.east_asian) or None,
                a.postcode or None,
                a.province or None,
                a.city or None,
                a.district or None,
                a.street or None,
                one_line(a),
                a.phone or None,
            ]

    header = [_LIST_LABELS[c][index] for c in LIST_COLUMNS]
    return write_table(Path(out), header, rows(), total=len(ids), progress=progress, cancel=cancel)


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # C0/C1 controls; "\n" is escaped, not dropped


def _vcard_escape(text: str) -> str:
    """A value as RFC 6350 (3.4) text: backslash, comma and semicolon escaped, every
    line break (CRLF, a bare CR or LF) as ``\\n``, and the other control characters
    dropped. A bare CR passed through would end the content line for a vCard reader,
    so a name could add a property of its own (a second TEL)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74  # continuation lines start with a space
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def vcard(row: dict[str, Any]) -> str:
    """One customer as a vCard 3.0 (phones import these): name, phones, e-mail, address."""
    a = Address.of(row)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vcard_escape(a.name)}", f"N:{_vcard_escape(a.name)};;;;"]
    for key, kind in (("phone", "CELL"), ("phone2", "VOICE")):
        if row.get(key):
            lines.append(f"TEL;TYPE={kind}:{_vcard_escape(str(row[key]))}")
    if row.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_escape(str(row['email']))}")
    locality = (
        "".join(p for p in (a.city, a.district) if p)
        if a.east_asian
        else " ".join(p for p in (a.district, a.city) if p)
    )
    parts = ["", "", a.street, locality, a.province, a.postcode, "" if a.domestic else a.country]
    if any(parts):
        lines.append("ADR;TYPE=HOME:" + ";".join(_vcard_escape(p) for p in parts))
    if row.get("customer_no"):
        lines.append(f"NOTE:{_vcard_escape(str(row['customer_no']))}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_vcards(out: str | Path, ids: Sequence[int]) -> int:
    """The recipients as one .vcf file (UTF-8, CRLF), written through a temporary file."""
    out = Path(out)
    if out.suffix.lower() != ".vcf":
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Save contacts to a file ending in .vcf."), file=out.name)
    contacts = (
        Customer.select(Customer.id, Customer.phone2, Customer.email)
        .where(Customer.id.in_(ids_select(ids)))  # a mailing may have more recipients than SQLite allows parameters
        .tuples()
    )
    extra = {cid: (p2, mail) for cid, p2, mail in cast("Iterable[tuple[int, str, str]]", contacts)}
    count = 0
    with (
        files.replaced_when_done(out, no_folder=NO_FOLDER, failed=NOT_WRITTEN) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as fh,
    ):
        for row in mailable_people(ids):
            row["phone2"], row["email"] = extra.get(row["id"], ("", ""))
            fh.write(vcard(row))
            count += 1
    return count
