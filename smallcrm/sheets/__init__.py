"""Spreadsheets in and out: ``reader`` (xlsx/xlsm, xls, ods, csv, row by row),
``headers`` (header row and column synonyms, remembered mappings), ``importer``
(customers and purchases with preview, outcome rules and undo), ``exporter`` (xlsx/csv;
``xlsx_writer`` writes the .xlsx) and ``mailing_list`` (a mailing's list as a sheet or
as contacts). Sheets build on the domain: every value read is cleaned by its parsers.

The import wizard's steps map onto the API one to one:

1. choose a file: ``importer.inspect(path)`` -> headers, header row, kind, proposed
   (or remembered) mapping, first rows, and whether this file was imported before;
2. adjust the mapping: ``headers.fields_of(kind)`` / ``headers.LABELS`` for the
   choices (plus ``headers.IGNORE`` and ``headers.AS_NOTE``), ``headers.check_mapping``
   to validate, ``headers.remember_mapping`` to keep it for files with the same headers;
3. preview: ``importer.run_import(path, options, dry_run=True, progress=..., cancel=...)``
   -> counts, rejected rows with reasons, duplicates found, the first rows as stored;
4. commit: the same call without ``dry_run`` (one transaction; cancel rolls back);
   ``importer.save_rejects_report(result, out)`` writes the rejected rows;
5. undo: ``importer.undo_import(batch)``; ``importer.list_imports()`` lists batches.
"""
