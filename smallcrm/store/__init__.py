"""Storage: the one database object, the models, the migrations.

Imports only the standard library and peewee, so everything above it can be used
from the CLI, the GUI and the tests alike.

What stands here is what the rest of the code asks of a database: ``db`` with
``open_db``/``close_db`` and the bulk writers (``db``), the tables (``models``), the
numbered schema changes (``migrations``), and owner-only files (``privacy``: the
database, its backups and the logs alike). Everything that only SQLite has or needs
is in ``sqlite/``; a shop that outgrows one computer would get a ``postgres/`` beside
it with the same functions.
"""
