"""Importing customers and purchases from a shop's spreadsheet: forgiving in what it
reads, strict in what it stores, honest in what it reports.

The wizard (and the CLI) drive it in steps:

1. :func:`inspect` reads the first rows, finds the header row below any title rows,
   guesses the kind of file and proposes a mapping (the remembered one when the
   owner adjusted the mapping for these headers before).
2. The owner adjusts the mapping (:func:`~smallcrm.sheets.headers.remember_mapping`
   keeps it for next time) and chooses a duplicate policy.
3. :func:`run_import` with ``dry_run=True`` is the preview: the whole import runs in
   its transaction and is rolled back, so its counts, rejected rows and first stored
   rows are exactly what the real import will do.
4. :func:`run_import` commits; :func:`save_rejects_report` writes the rejected rows
   (original cells plus the reason) for the owner to fix and re-import;
   :func:`undo_import` undoes a whole import.

Outcome rules (also stated in ``smallcrm import --help`` and the wizard):

- A customer row duplicates a customer when it has the same customer number, or the
  same normalised phone in either phone slot, as a live customer in the database or an
  earlier row of the file. Policy ``skip`` (the default) counts it as skipped;
  ``fill`` fills the customer's empty fields from it and ``overwrite`` replaces fields
  with its non-empty cells (both count it as updated, or skipped when nothing
  changes; an empty cell never erases anything); ``keep`` adds it as another customer
  (a customer number can still belong to one customer only).
- Blank rows count as nothing; summary rows (合计, 总计, 小计, Total, ...) count as
  skipped; neither is ever added.
- A row with neither name nor phone, or with an impossible value in a typed column
  (a birthday of 1985年2月30日, an amount of 'abc', a phone in scientific notation), is
  rejected whole with its row number, column and reason: nothing of it is stored.
- Purchases are linked to customers by customer number, else by phone. A row whose
  customer is unknown is rejected, unless ``create_missing`` adds the customer from
  the row's name, phone and number. Identical lines are separate purchases.
- A file whose content was imported before (same SHA-256, not undone) is refused
  unless ``force``.
- One address column (地址, 详细地址) and no province, city or district column: each
  row's address is split (domain.values.addresses) into province, city, district, street and
  a postcode found in it, which fills an empty postcode (a different postcode already in
  the row stays in the street). Text that is not recognised stays whole in the street.
  ``fill`` and ``overwrite`` move such an address as a whole: never a new city with an
  old street. ``ImportResult.addresses_split`` counts the rows split.
- Consent to be mailed (``consent``): 'yes' or 'no' for every customer the import adds
  (and every one ``overwrite`` updates; ``fill`` never changes a customer's consent), or
  'column' (the mapped column; an empty cell means no); by default the column when one
  is mapped, else no.
- Everything happens in one transaction: cancelling, a crash or any error leaves the
  database exactly as it was. Each import is an ImportBatch; undo removes the
  customers and purchases it added and restores the fields it changed.

Every value is cleaned by the domain's own parsers, the ones the customer form and the
command line call (``domain.values``, ``domain.customers.fields``), so a phone, a birthday
or a postcode is stored the same whichever way it came; ``cells`` only reads what is
particular to a spreadsheet (a date serial, a total row, two phones in one cell).

Speed: rows are read, cleaned and stored in one streaming pass, chunk by chunk,
through ``customers.insert_customers`` (which computes search tokens and indexes
them); memory holds the database's numbers and phones for matching, not the file.
The file is read once: the sheet ``inspect`` read its first rows from is kept for the
preview and the import (``sheets.reader.kept``), a sheet without <dimension> is read
by calamine when a scan finds its used range sane, the cyclic garbage collector is
paused for the run (``collector``), the sheet's memory is let go once its rows are
read, and purchase lines are stored with a small page cache (memory flat in the
number of lines). Figures: README ("Importing and exporting spreadsheets").

The rooms: ``results`` (options, counts, rejects, the rejected-rows report), ``cells``
(a row's cells), ``engine`` (the row loop and matching, shared), ``customers`` and
``purchases`` (each kind's rows), ``history`` (undo and the list of imports), ``run``
(inspect, check a mapping, run an import), ``collector`` (the garbage collector paused
while an import runs).
"""

from __future__ import annotations

from smallcrm.sheets.importer.history import list_imports, undo_import
from smallcrm.sheets.importer.results import (
    CONSENT_CHOICES,
    DUPLICATE_POLICIES,
    DUPLICATES_SHOWN,
    ImportOptions,
    ImportResult,
    Inspection,
    Reject,
    save_rejects_report,
)
from smallcrm.sheets.importer.run import check_mapping, file_hash, inspect, run_import

__all__ = [
    "CONSENT_CHOICES",
    "DUPLICATES_SHOWN",
    "DUPLICATE_POLICIES",
    "ImportOptions",
    "ImportResult",
    "Inspection",
    "Reject",
    "check_mapping",
    "file_hash",
    "inspect",
    "list_imports",
    "run_import",
    "save_rejects_report",
    "undo_import",
]
