"""Reminders: the owner's own and those the rules make.

- ``kinds``: the kinds and states of a reminder, shared by the whole room (and by
  the customers' hand-over of open reminders);
- ``recurrence``: a repeating series and its next date;
- ``commands``: add, edit, done, snooze, dismiss, delete, one or many;
- ``worth``: the order of a day's work, by what is at stake with each customer;
- ``queries``: the lists the Reminders area and the command line show;
- ``festivals`` and ``rules``: the festival calendar and the rules that make
  reminders by themselves (birthdays, festival greetings, complaints, new and quiet
  customers).
"""
