"""One parser per kind of value a user types or a file brings: the customer form, the
CLI and the importer all call these, so a value means the same on every route.

Each parser takes the raw value (text, or a spreadsheet cell already made text) and
returns what is stored, or raises :class:`~smallcrm.errors.ValidationError` naming the
field and saying what is wrong: phones, money, quantities, dates, birthdays (solar or
lunar), e-mail addresses, postcodes, genders, income bands, yes/no, record ids, and a
one-line address split into its parts. ``pinyin`` is here too: the readings of a name,
which search and the customer list's order are built from.

The floor of the domain: these import nothing of ``smallcrm.domain`` but each other.
"""
