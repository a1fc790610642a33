"""What happened with a customer: purchases (with refunds and profit), interactions
(visits, calls, messages, complaints, feedback, greetings, notes) and a complaint's
follow-ups.

Above ``domain.customers`` (every record belongs to a customer, found through
``customers.lookup``) and below ``domain.reminders`` (a reminder done is logged as an
interaction; a complaint resolved closes its follow-up reminders through
``follow_ups``, which only needs the reminders' states from ``reminders.kinds``).
"""
