"""Labels, envelopes, the printed mailing list and greeting inserts; receipts.

``templates`` (sheet and envelope geometry as data) and ``layout`` (address lines,
fitting text) are plain Python; ``render`` draws with QtGui's QPainter to a PDF or a
printer. Importing this package, ``layout`` or ``templates`` does not import Qt (the
domain and the command line use them); only ``render`` does, and ``receipts``, which
draws with it. ``escpos_receipt`` sends a receipt to a thermal printer (python-escpos,
imported only when it prints).
"""
