"""Beside the search box: how many customers the search (and the filters) found, and
what the hits matched once they are counted.

Digits that end some phones put those first ("Phone ending 8000: 13 · other matches:
2,694, mostly postcode"), so the postcodes and streets holding them do not pass for
customers with that number; the tooltip has every count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from smallcrm.ui.widgets.labels import muted

# The column to show while a search's hits matched in it (search.MATCH_KINDS) and the
# list does not show it: an address or postcode hit is seen, in bold, like a name.
_REVEALED = {"street": "street", "postcode": "postcode", "wechat": "wechat", "email": "email"}


def column_to_reveal(counts: dict[str, int]) -> set[str]:
    """The one column most hits matched in (more would push it out of sight), if it is
    a good part of them: not the street of 2 % of the hits of a phone's digits."""
    revealable = {k: n for k, n in counts.items() if k in _REVEALED}
    top = max(revealable, key=revealable.__getitem__) if revealable else None
    if top is None or revealable[top] * 4 < sum(counts.values()):
        return set()
    return {_REVEALED[top]}


class SearchCount(QLabel):
    """The muted count beside the search box; hidden while the list shows everyone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        muted(self)

    def show_found(self, rows: int, complete: bool) -> None:
        """'1,234 found', or '100+ found' while only a search's first page is in."""
        text = self.tr("%1 found").replace("%1", f"{rows:,}")
        self.setText(text if complete else text.replace(f"{rows:,}", f"{rows:,}+"))
        self.setToolTip("")
        self.show()

    def show_matches(self, counts: dict[str, int], term: str) -> None:
        """What the hits of ``term`` matched, by kind (``search.match_kinds``)."""
        if not counts or self.isHidden():
            return
        # domain.customers.search: 5-10 ms at import, loaded by the first search rather than at start.
        from smallcrm.domain.customers.search import MATCH_LABELS, normalise_query

        label = {k: QCoreApplication.translate("SearchMatch", MATCH_LABELS[k]) for k in counts}
        self.setToolTip(
            "\n".join(self.tr("%1: %2").replace("%1", label[k]).replace("%2", f"{n:,}") for k, n in counts.items())
        )
        tails = counts.get("phone_tail", 0)
        if not tails:
            return
        text = self.tr("Phone ending %1: %2").replace("%1", normalise_query(term)).replace("%2", f"{tails:,}")
        others = sorted(((n, k) for k, n in counts.items() if k != "phone_tail"), reverse=True)
        if others:
            rest = sum(n for n, _k in others)
            if others[0][0] * 2 >= rest:  # one kind is most of them: name it alone, to stay short
                more = self.tr(" · other matches: %1, mostly %2").replace("%2", label[others[0][1]])
            else:
                more = self.tr(" · other matches: %1 (%2)").replace(
                    "%2", self.tr(", ").join(label[k] for _n, k in others[:2]) + ("…" if len(others) > 2 else "")
                )
            text += more.replace("%1", f"{rest:,}")
        self.setText(text)
