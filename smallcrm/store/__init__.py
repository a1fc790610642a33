"""Storage: the one database object, the models, migrations and backups.

Imports only the standard library and peewee, so everything above it can be used
from the CLI, the GUI and the tests alike.
"""
