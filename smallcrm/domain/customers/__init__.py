"""The customers: who they are, how they are found, changed, merged and selected.

The modules stand on floors, lowest first (each imports only those below it):

- ``fields`` (which fields a customer has, one cleaning of each), ``audit`` (the
  history of changes), ``search_text`` (the tokens a customer is found by);
- ``lookup`` (by id, phone or number; the short form lists show);
- ``commands`` (add, edit, tag, hand over, trash, restore, purge), ``bulk`` (many
  at once: imports, demo data), ``staff``, ``search`` (the search box),
  ``duplicates`` (likely pairs) and ``merge`` (two into one, and back);
- ``profile`` (everything about one customer, with their purchase totals from
  ``domain.records``).

``filters`` (the list's quick filters), ``groups`` (all, a tag or a segment, for
rules and mailings) and ``today`` (the shop's day at a glance) select customers by
their segments too, so they stand above ``domain.analysis``, which itself reads the
customer fields: the only modules of this room above another room. ``list_queries``
(the customer list's ordered ids, pages and counts, asked for by the list's Qt model)
stands on top of them all.
"""
