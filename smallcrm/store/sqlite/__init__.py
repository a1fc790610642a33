"""What only SQLite has or needs, behind the functions the domain calls.

Each module is here because its SQL or its files exist only for SQLite, and each
names what a PostgreSQL port would write instead:

- ``fts``: the FTS5 trigram index that search reads (pg_trgm);
- ``columns``: whole integer columns through ``group_concat`` and id sets through
  ``json_each`` for the analysis (``string_agg``, ``unnest``);
- ``sqlfn``: date arithmetic in SQL, ``julianday`` (``date - date``);
- ``bulk``: a table's indexes dropped and built again around a big load, read from
  ``sqlite_master``;
- ``tracked`` and ``generation``: the data generation moved with every write and the
  summaries kept per generation (``PRAGMA busy_timeout``, ``INSERT OR REPLACE``);
- ``failures``: SQLite's busy and damaged errors in the owner's words;
- ``activity`` and ``sidecars``: the files beside the database file (which SmallCRM
  has it open and for what; -wal and -shm, the copies kept before a restore or an
  upgrade) -- a server database has no folder of its own;
- ``snapshot`` and ``backup``: copies through SQLite's online backup API, restore, and
  the rotation of automatic backups.

``store.db`` (the database object, its pragmas, the bulk writers) stays outside:
everything above the store uses it, whatever the engine.
"""
