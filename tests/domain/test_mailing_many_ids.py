"""A mailing to more customers than one statement may bind (tests/many_ids.py)."""

from __future__ import annotations

from pathlib import Path

from smallcrm.domain import mailing
from tests.many_ids import MANY, many_customers


def test_a_mailing_to_every_customer(crm: Path, tmp_path: Path) -> None:
    with many_customers() as everyone:
        mid, choice = mailing.create_mailing("spring_festival", ids=everyone)
        assert len(choice.included) == MANY
        recipients = mailing.recipient_ids(mid)
        assert len(mailing.people(recipients)) == MANY
        assert mailing.export_list(tmp_path / "list.xlsx", recipients) == MANY
        assert mailing.export_vcards(tmp_path / "cards.vcf", recipients) == MANY
        assert mailing.mark_sent(mid).greetings == MANY
