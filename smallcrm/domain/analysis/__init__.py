"""The analysis: what the shop's customers are worth, who is drifting away, how the
shop does month by month.

Read once, computed with numpy (at 100,000 customers and a million purchase lines in
about a second), from the floor up:

- ``series`` (per-customer sums over windows of days) and ``config`` (the settings);
- ``history`` (no numpy: the record commands use it): every customer's purchase days
  and contacts kept packed in the file, per block of customers, and kept right;
- ``facts``: the customers, their purchase days and contacts, read as whole columns
  (the purchase days and contacts from ``history``'s blocks while they are right);
- ``segment_table``: tiers, RFM groups, age bands and lifecycle stages as of a day
  (the issue called it tiers; it holds every dimension's table, hence the name);
- ``optimise`` (a box-constrained Newton maximiser), ``bgnbd`` (who is still a
  customer) and ``gamma_gamma`` (what they spend, their lifetime value), with ``blas``
  keeping their linear algebra on one thread;
- ``churn`` (statuses and reasons, by the model or the recency rule) and ``kpis``
  (per month, tier and staff member);
- ``result``: the analysis as of a day, kept until the data changes;
- ``segment_names`` (words only, what the window lists without numpy) and
  ``segments`` (membership, counts, saved segments), which import no numpy at the
  top: the list's filters and the reminder rules import them at every start;
- ``stats``: ``smallcrm stats`` and the status bar, served from a summary kept per
  data generation.
"""
