"""The tables, as the latest migration leaves them.

Migrations in ``store/migrations`` are the source of truth for the schema; a test
checks that these models and the migrated database agree column for column.

Money is integer cents (fen). Phone numbers are kept as typed and, beside them,
normalised (E.164 where the number parses) for matching. Birthdays are kept as parts
because the year may be unknown and the date may be lunar.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from smallcrm.store.db import db


def now() -> dt.datetime:
    """Timestamps are local wall-clock time to the second: what the owner reads."""
    return dt.datetime.now().replace(microsecond=0)


class MilliField(IntegerField):
    """An exact decimal kept to the thousandth, stored as a whole number of thousandths
    (1.5 -> 1500): SQLite has no decimal type, and its REAL is binary floating point.
    Python sees a Decimal. Values come checked (domain.values.quantities); a value with more
    than three decimal places is refused here rather than rounded."""

    SCALE = 1000

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        scaled = Decimal(value) * self.SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than three decimal places")
        return int(scaled)

    def python_value(self, value: Any) -> Any:
        return None if value is None else Decimal(value) / self.SCALE


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Staff(BaseModel):
    """A person in the shop who can be responsible for customers."""

    id = AutoField()
    name = CharField(unique=True)
    phone = CharField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


class ImportBatch(BaseModel):
    """One import of one file: counts for the report, details to undo it."""

    id = AutoField()
    file_name = TextField()
    file_hash = CharField(index=True, default="")
    kind = CharField()  # customers | purchases
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    rejected = IntegerField(default=0)
    undo_data = TextField(default="")  # JSON: previous values of updated rows
    created_at = DateTimeField(default=now)
    undone_at = DateTimeField(null=True)


class Customer(BaseModel):
    id = AutoField()
    customer_no = CharField(unique=True)
    name = CharField(default="", index=True)
    gender = CharField(default="")  # '' unknown, 'M', 'F'
    birth_calendar = CharField(default="solar")  # solar | lunar
    birth_year = IntegerField(null=True)
    birth_month = IntegerField(null=True, index=True)
    birth_day = IntegerField(null=True)
    birth_leap = BooleanField(default=False)  # lunar leap month
    phone = CharField(default="")
    phone_norm = CharField(default="", index=True)
    phone2 = CharField(default="")
    phone2_norm = CharField(default="", index=True)
    wechat = CharField(default="")
    email = CharField(default="")
    country = CharField(default="CN")
    province = CharField(default="")
    city = CharField(default="")
    district = CharField(default="")
    street = TextField(default="")
    postcode = CharField(default="")
    occupation = CharField(default="")
    income_band = CharField(default="")
    family = TextField(default="")
    preferences = TextField(default="")
    buying_habits = TextField(default="")
    source = CharField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="customers", on_delete="SET NULL")
    mail_consent = BooleanField(default=False)
    churn_status = CharField(default="active")  # active | churned
    churn_reason = CharField(default="")  # '' | natural | competitive | fault
    churn_note = TextField(default="")
    churned_on = DateField(null=True)
    notes = TextField(default="")
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    deleted_at = DateTimeField(null=True, index=True)
    search_text = TextField(default="")  # maintained by domain.customers.search on every write
    name_sort = TextField(default="")  # the name's pinyin, what the list sorts by; domain.customers.search too

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        staff_id: int | None
        import_batch_id: int | None

    class Meta:
        indexes = (
            (("birth_month", "birth_day"), False),  # whose birthday falls in the next few days
            (("name_sort", "name"), False),  # the list by name, A to Z by pinyin, a page at a time
        )


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True)


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int
        tag_id: int

    class Meta:
        primary_key = CompositeKey("customer", "tag")


class Product(BaseModel):
    """A line of the shop's catalogue: goods sold by a unit (件, 斤, 盒) or a service
    (次: a haircut, a repair, whose cost may be zero). Retired, not deleted, once sold:
    old sales keep pointing at it."""

    id = AutoField()
    name = CharField()
    search_text = TextField(default="")  # ' name pinyin initials barcode ': found as you type
    category = CharField(default="")
    unit = CharField(default="")
    kind = CharField(default="goods")  # goods | service
    price_cents = IntegerField(default=0)  # the default price, editable at the counter
    cost_cents = IntegerField(null=True)  # cost of goods per unit, when known
    barcode = CharField(null=True, unique=True)  # EAN-13 or the shop's own; NULL if none
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class Sale(BaseModel):
    """One visit at the counter (a receipt, 小票): its lines are purchases (or, for a
    walk-in customer and for a voided sale, uncounted lines). A return is a sale of its
    own with negative lines, pointing at the sale it returns from; a void keeps the sale
    with its reason and sets its lines aside."""

    id = AutoField()
    number = CharField(unique=True)  # '20261208-0001': the receipt's number, per day
    sold_at = DateTimeField(index=True)
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")  # NULL: a walk-in customer
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    payment = CharField(default="cash")  # cash | wechat | alipay | card | stored_value | other
    discount_cents = IntegerField(default=0)  # the discount on the whole sale (also spread over its lines)
    total_cents = IntegerField(default=0)  # what was paid (negative: paid back)
    note = TextField(default="")
    returns_sale = ForeignKeyField("self", null=True, backref="returns", on_delete="RESTRICT")
    reason = TextField(default="")  # why goods came back (a return)
    voided_at = DateTimeField(null=True)
    void_reason = TextField(default="")
    created_at = DateTimeField(default=now)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int | None
        staff_id: int | None
        returns_sale_id: int | None


class Purchase(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="purchases", on_delete="CASCADE")
    date = DateField()  # indexed with the customer below: date ranges, and who bought in them
    item = CharField(default="")
    category = CharField(default="")
    # Thousandths of a unit (migration purchase_quantity_milli): goods sold by weight come as 1.5 kg.
    quantity = MilliField(column_name="quantity_milli", default=Decimal(1))
    amount_cents = IntegerField(default=0)  # what the customer paid for the line
    cost_cents = IntegerField(null=True)  # cost of goods, when known
    channel = CharField(default="")
    note = TextField(default="")
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    # A line sold at the counter (migration counter); NULL or empty on imported and typed lines.
    sale = ForeignKeyField(Sale, null=True, backref="lines", on_delete="RESTRICT", index=False)
    product = ForeignKeyField(Product, null=True, on_delete="RESTRICT", index=False)
    unit_price_cents = IntegerField(null=True)
    discount_cents = IntegerField(default=0)  # the line's own discount and its share of the sale's
    payment = CharField(default="")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    returns_line = IntegerField(null=True)  # a return line: the purchase it brings back

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int
        import_batch_id: int | None
        sale_id: int | None
        product_id: int | None
        staff_id: int | None

    class Meta:
        indexes = (
            (("customer_id", "date"), False),  # a customer's first/last purchase in one seek
            (("date", "customer_id"), False),  # who bought in a date range, from the index alone
        )
        # Partial indexes over the counter's lines only (migration counter), so an import of
        # a million history lines pays nothing for them: purchase_sale, purchase_product,
        # purchase_staff_date.


class UncountedLine(BaseModel):
    """A counter line that no customer analysis counts: sold to a walk-in customer
    (reason 'walk_in'), or of a voided sale (reason 'voided', moved here from
    ``purchase`` with its id kept in ``purchase_id``). Kept whole, so the receipt and the
    staff results still show it; the analyses, which read ``purchase``, need no filter."""

    id = AutoField()
    reason = CharField()  # walk_in | voided
    sale = ForeignKeyField(Sale, backref="uncounted_lines", on_delete="RESTRICT")
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    purchase_id = IntegerField(null=True)  # the purchase row this was, for a voided sale's line
    date = DateField()
    item = CharField(default="")
    category = CharField(default="")
    quantity = MilliField(column_name="quantity_milli", default=Decimal(1))
    amount_cents = IntegerField(default=0)
    cost_cents = IntegerField(null=True)
    product = ForeignKeyField(Product, null=True, on_delete="RESTRICT")
    unit_price_cents = IntegerField(null=True)
    discount_cents = IntegerField(default=0)
    payment = CharField(default="")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    returns_line = IntegerField(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        sale_id: int
        customer_id: int | None
        product_id: int | None
        staff_id: int | None


class Interaction(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    at = DateTimeField(index=True)
    kind = CharField()  # visit | call | message | complaint | feedback | greeting | note
    satisfaction = IntegerField(null=True)  # 1..5 where given
    summary = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    status = CharField(default="")  # complaints: open | resolved
    resolved_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int
        staff_id: int | None

    class Meta:
        indexes = ((("kind", "status"), False),)  # the open complaints, among every visit and call


class Reminder(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, null=True, backref="reminders", on_delete="CASCADE")
    due_date = DateField(index=True)
    due_time = CharField(default="")  # 'HH:MM' or '' for the whole day
    title = TextField()
    kind = CharField(default="callback")
    recur_every = IntegerField(default=0)  # 0: does not repeat
    recur_unit = CharField(default="")  # days | weeks | months | years
    status = CharField(default="open", index=True)  # open | done | snoozed | dismissed
    outcome = TextField(default="")
    origin = CharField(default="manual", index=True)  # manual, or the rule that made it: rule:birthday, ...
    rule_key = CharField(null=True, unique=True)  # the rule occurrence, e.g. birthday:12:2026-09-25; NULL if manual
    recur_anchor = DateField(null=True)  # first due date of a repeating series: the day it keeps
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    done_at = DateTimeField(null=True)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int | None
        staff_id: int | None


class Festival(BaseModel):
    """A date the owner added to greet customers on (the traditional festivals are
    built in: domain.reminders.festivals). Lunar dates have no leap month: festivals fall in the
    ordinary month."""

    id = AutoField()
    name = CharField()
    calendar = CharField(default="solar")  # solar | lunar
    month = IntegerField()
    day = IntegerField()
    active = BooleanField(default=True)  # greet customers on it
    created_at = DateTimeField(default=now)


class Setting(BaseModel):
    """Shop settings live in the database so that a backup carries them."""

    key = CharField(primary_key=True)
    value = TextField()  # JSON


class MergeRecord(BaseModel):
    """A merge of two customers, with what is needed to undo it."""

    id = AutoField()
    kept = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    merged = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    undo_data = TextField()  # JSON: kept's previous fields and the moved row ids
    created_at = DateTimeField(default=now)
    undone_at = DateTimeField(null=True)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        kept_id: int
        merged_id: int


class CustomerChange(BaseModel):
    """One entry of a customer's history: a changed field (old and new as the owner
    typed or saw them) or an event (created, trashed, restored, merged)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    at = DateTimeField(default=now)
    actor = CharField(default="")  # who: the computer account that made the change
    action = CharField()  # created | edited | trashed | restored | tagged | untagged | merged | unmerged
    field = CharField(default="")  # the customer field, '' for an event
    old = TextField(default="")
    new = TextField(default="")

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_id: int


class SavedSegment(BaseModel):
    """A segment the owner saved: a named filter (JSON, read by domain.segments)."""

    id = AutoField()
    name = CharField(unique=True)
    definition = TextField()  # JSON: {"all": [...]}, see domain.segments
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class ImportMapping(BaseModel):
    """A column mapping the owner adjusted, for the next file with the same headers."""

    key = CharField(primary_key=True)  # sha256 of the kind and the normalised headers
    kind = CharField()  # customers | purchases
    headers = TextField()  # JSON: the header texts, for display
    mapping = TextField()  # JSON: per column a field, '' (ignored) or '+note'
    updated_at = DateTimeField(default=now)


class SchemaMigration(BaseModel):
    """Which numbered migrations this database has had."""

    id = IntegerField(primary_key=True)
    name = CharField()
    applied_at = DateTimeField(default=now)


class LabelSheet(BaseModel):
    """A label sheet the owner measured (``printing.templates``): JSON geometry in mm."""

    id = AutoField()
    name = CharField(unique=True)
    definition = TextField()
    created_at = DateTimeField(default=now)


class Mailing(BaseModel):
    """One round of greeting cards: for which occasion, to whom, and when it went out."""

    id = AutoField()
    occasion = CharField(default="custom")  # spring_festival | mid_autumn | dragon_boat | birthday_month | custom
    title = CharField(default="")
    template = CharField(default="")  # the label sheet or envelope size last used
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    sent_at = DateTimeField(null=True)


class MailingRecipient(BaseModel):
    """A customer on a mailing. Name and address are copied when the mailing is marked
    sent, so next year's owner sees where the card went even if the customer moved."""

    id = AutoField()
    mailing = ForeignKeyField(Mailing, backref="recipients", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    name = CharField(default="")
    address = TextField(default="")
    added_at = DateTimeField(default=now)
    family = BooleanField(default=False)  # the household's card, addressed to the family (migration 11)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        mailing_id: int
        customer_id: int | None

    class Meta:
        indexes = ((("mailing_id", "customer_id"), True),)  # a customer once per mailing


ALL_MODELS: list[type[BaseModel]] = [
    Staff,
    ImportBatch,
    Customer,
    Tag,
    CustomerTag,
    Product,
    Sale,
    Purchase,
    UncountedLine,
    Interaction,
    Reminder,
    Festival,
    Setting,
    MergeRecord,
    CustomerChange,
    SavedSegment,
    ImportMapping,
    LabelSheet,
    Mailing,
    MailingRecipient,
    SchemaMigration,
]


class NotDuplicate(BaseModel):
    """Two customers the owner said are different people (``customer_a`` < ``customer_b``),
    so the duplicates view does not offer the pair again."""

    id = AutoField()
    customer_a = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    customer_b = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    created_at = DateTimeField(default=now)

    if TYPE_CHECKING:  # peewee's <field>_id beside each foreign key: the related row's id
        customer_a_id: int
        customer_b_id: int

    class Meta:
        indexes = ((("customer_a_id", "customer_b_id"), True),)


ALL_MODELS.append(NotDuplicate)


class DataGeneration(BaseModel):
    """The one row of ``store.sqlite.generation``: moved on in every commit that changes
    customers, purchases, interactions, staff or settings (``store.sqlite.tracked``)."""

    id = IntegerField(primary_key=True)
    generation = IntegerField()


class SummaryCache(BaseModel):
    """A summary (JSON) computed at one data generation, served while it lasts."""

    key = TextField(primary_key=True)
    generation = IntegerField()
    value = TextField()


class RuleRun(BaseModel):
    """A day the reminder rules ran, and how many reminders they made."""

    day = DateField(primary_key=True)
    created = IntegerField()
    ran_at = DateTimeField(default=now)


ALL_MODELS += [DataGeneration, SummaryCache, RuleRun]


class HistoryState(BaseModel):
    """Per kind of history ('purchase', 'interaction'): ``written`` moves with every
    write to its table (``store.sqlite.tracked``), ``built`` is the ``written`` its
    blocks were made right for (``domain.analysis.history``)."""

    kind = TextField(primary_key=True)
    written = IntegerField()
    built = IntegerField()


class HistoryBlock(BaseModel):
    """The packed rows of one kind of history for one block of customer ids."""

    id = AutoField()
    kind = TextField()
    block = IntegerField()
    data = BlobField()

    class Meta:
        indexes = ((("kind", "block"), True),)


ALL_MODELS += [HistoryState, HistoryBlock]
