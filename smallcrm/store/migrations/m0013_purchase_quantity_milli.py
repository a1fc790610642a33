"""Purchase quantities become exact decimals: whole thousandths of a unit.

Goods sold by weight (1.5 kg of tea, 0.25 斤) were refused because ``quantity`` was an
INTEGER. The column is renamed ``quantity_milli`` and every existing value multiplied
by 1000 (2 -> 2000); the model reads it back as a Decimal (store.models.MilliField).

Why a scaled integer, of the ways SQLite can keep 1.5:

- REAL is binary floating point: 0.1 + 0.2 is not 0.3, and a NUMERIC or DECIMAL
  column turns '1.5' into a REAL too. The project's rule is exact quantities.
- TEXT ('1.5') keeps the digits, but sorts as text ('10' < '9'), sums as REAL, and
  changing the column's type means rebuilding the table (1,000,000 purchases with
  their two indexes).
- An integer of thousandths is exact, sorts and compares as a number, sums exactly in
  SQLite's 64-bit integers (10^9 units a line at most: 9 million such lines before an
  overflow), and this step is a rename plus one UPDATE. Three places are a gram in a
  kilogram and a millilitre in a litre.

No analysis, KPI or segment query reads the quantity (they work on money, dates and
counts), so each stays correct and as fast as before; the export and the purchase
list read it through the model. The new name says the unit to anyone reading the
file with other tools. Rows of the first schema may hold a negative quantity (a
return); they are scaled like any other: nothing is lost.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator, migrate

NAME = "purchase quantity as exact thousandths"


def up(db: Database, migrator: SchemaMigrator) -> None:
    db.execute_sql("UPDATE purchase SET quantity = quantity * 1000")
    migrate(migrator.rename_column("purchase", "quantity", "quantity_milli"))
