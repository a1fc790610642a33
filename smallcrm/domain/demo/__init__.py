"""Demo data: a plausible Chinese tea-and-specialty-food shop, made from a seed.

Why it exists: a shop owner trying SmallCRM wants to see their kind of data before
importing their own spreadsheet, and every screen (search, segments, churn, labels,
reminders, the duplicates finder) needs something realistic to show. The benchmarks
use the same generator at 100,000 customers, so it must be fast: rows are built as
plain tuples and written with the bulk helpers of ``domain.customers``.

The shop is in Chengdu (成都) and sells tea, mooncakes, gift boxes, nuts and local
specialties, in the shop and by WeChat, phone and delivery apps. About half its
customers are local; the rest order from across China. Three years of purchase
history follow the shop's real seasons (the weeks before Spring Festival and the
Mid-Autumn festival, the Dragon Boat festival, 11 November).

The package is split by what it makes: ``names``, ``phone_numbers``, ``places``,
``customers`` (with ``plan``, each customer's hidden story, and ``duplicates``),
``goods`` and ``purchases``, ``interactions``, ``reminders``, ``staff``, ``tags``,
the counter's ``catalogue`` and its sales (``counter``: the last months' purchases as
receipts with staff and payment methods, walk-in sales, returns, a voided sale);
``generator`` runs them in order over the ``shop_calendar``.

Determinism: everything comes from one ``random.Random(seed)`` and ``today``
(``run.Run``), and nothing iterates over a set or depends on string hashing or the
clock, so the same seed and day give the same customers, purchases and reminders.
"""

from smallcrm.domain.demo.generator import generate

__all__ = ["generate"]
