"""One parser per kind of value a user types or a file brings: the customer form, the
CLI and the importer all call these, so a value means the same on every route.

Each parser takes the raw value (text, or a spreadsheet cell already made text) and
returns what is stored, or raises :class:`~smallcrm.errors.ValidationError` naming the
field and saying what is wrong. The older parsers (phones, money, dates, birthdays)
still live beside this package in ``smallcrm.domain``; new ones go here.
"""
