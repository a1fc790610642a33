"""The shop's settings: name, address and phone (the sender on envelopes), the default
phone region, the language, the staff list, and the reminders the app makes itself
(each rule switched on or off, with its number of days).

Shop settings live in the database (``smallcrm.settings``) so a backup carries them;
the language is one of them, and since every window's text is made when the window
is, a change applies at the next start, which the dialog says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm import paths, settings
from smallcrm.domain.analysis import segment_names as segments
from smallcrm.domain.backups import last_copy_in
from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.groups import parse_group
from smallcrm.domain.customers.staff import add_staff, list_staff, rename_staff, set_staff_active
from smallcrm.domain.values.money import CURRENCY_SYMBOLS, DEFAULT_CURRENCY
from smallcrm.errors import UserError
from smallcrm.ui.shell import changes, translations

# Regions a shop in China meets most; any other ISO code can be typed.
REGIONS = ["CN", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "US", "GB", "AU", "CA"]


def group_label(spec: str) -> str:
    """A group of customers (``domain.customers.groups``: all, tag:NAME, segment:NAME) as the owner
    reads it: 'All customers', 'Tag: VIP', 'Profit tier: High profit'. What is not a
    group (typed into the setting elsewhere) is shown as it is."""
    try:
        kind, arg = parse_group(spec)
    except UserError:
        return spec
    if kind == "all":
        return QCoreApplication.translate("SettingsDialog", "All customers")
    if kind == "tag":
        return QCoreApplication.translate("SettingsDialog", "Tag: %1").replace("%1", arg)
    if kind == "segment":
        try:
            dimension, _key = segments.split_name(arg)
            label = segments.label_of(arg)
        except UserError:
            return spec
        if dimension not in ("income", segments.CUSTOM):
            label = QCoreApplication.translate("Segments", label)
        elif dimension == "income" and arg == "income:":
            label = QCoreApplication.translate("Segments", segments.INCOME_UNKNOWN_LABEL)
        title = QCoreApplication.translate("Segments", segments.DIMENSION_LABELS[dimension])
        text = QCoreApplication.translate("SettingsDialog", "%1: %2", "a segment: its dimension and its name")
        return text.replace("%1", title).replace("%2", label)
    return spec


def group_choices(current: str = "") -> list[tuple[str, str]]:
    """(label, stored value) of every group the festival greetings can go to: everyone,
    each tag in use, each segment (profit tier, RFM group, lifecycle stage, age and
    income band, saved segment). ``current`` is kept among them whatever it is, so an
    unused tag or a value set from the command line is shown and saved unchanged."""
    specs = ["all"]
    specs += [f"tag:{name}" for _id, name in cf.tag_choices()]
    specs += [f"segment:{name}" for _dimension, name, _label in cf.segment_choices()]
    out = [(group_label(spec), spec) for spec in specs]
    current = current.strip()
    if current and current not in specs:
        label = group_label(current)
        if current.startswith("tag:") and label != current:
            label = QCoreApplication.translate("SettingsDialog", "%1 (no customer has it yet)").replace("%1", label)
        out.insert(1, (label, current))
    return out


class _WholePage(QScrollArea):
    """A page that scrolls up and down only, and asks for all of itself: Qt's scroll
    area asks for at most 24 lines (the dialog would open with a scroll bar on a screen
    with room to spare) and for no width at all (a short screen's scroll bar then
    covered the fields' right edge)."""

    def _room(self) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(bar + 2 * self.frameWidth(), 2 * self.frameWidth())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        return inner.sizeHint() + self._room() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        return QSize(inner.minimumSizeHint().width() + self._room().width(), super().minimumSizeHint().height())


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), self.tr("Shop"))
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backups"))
        self.tabs.addTab(self._receipts_tab(), self.tr("Receipts"))
        self.tabs.addTab(self._reminders_tab(), self.tr("Reminders"))  # last: the festival group check opens it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save_settings)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Roomy at first, never narrower than the layout needs: a fixed minimum width
        # overrode the layout's and let a small screen (or 200 % scaling) clip the fields.
        # The layout's hint is the tallest tab's; the dialog's own follows the tab shown first.
        hint = layout.sizeHint()
        self.resize(max(hint.width(), self.fontMetrics().horizontalAdvance("M") * 40), hint.height())
        self._load()
        changes.hub().changed.connect(self._on_changed)

    # -- shop ------------------------------------------------------------------------------------

    def _shop_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.shop_name = QLineEdit()
        self.shop_address = QLineEdit()
        self.shop_postcode = QLineEdit()
        self.shop_phone = QLineEdit()
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(REGIONS)
        self.currency = QComboBox()
        self.currency.setEditable(True)  # any ISO 4217 code can be typed
        self.currency.addItems(list(CURRENCY_SYMBOLS))
        self.currency.setToolTip(self.tr("Amounts are shown with this currency's symbol, such as ¥ for CNY."))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language_note = QLabel(self.tr("A new language applies the next time SmallCRM starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")
        envelope = QLabel(self.tr("The shop's name, address and phone are the sender on envelopes and cards."))
        envelope.setWordWrap(True)
        envelope.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(envelope)
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Address"), self.shop_address)
        form.addRow(self.tr("Postcode"), self.shop_postcode)
        form.addRow(self.tr("Phone"), self.shop_phone)
        form.addRow(self.tr("Phone numbers without a country code are from"), self.region)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        return page

    def _load(self) -> None:
        values = settings.all_settings()
        self.shop_name.setText(values["shop_name"])
        self.shop_address.setText(values["shop_address"])
        self.shop_postcode.setText(values["shop_postcode"])
        self.shop_phone.setText(values["shop_phone"])
        self.region.setCurrentText(values["phone_region"])
        self.currency.setCurrentText(values["currency"])
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self._loaded_language = values["language"]
        for key, box in self.rule_boxes.items():
            box.setChecked(bool(values[key]))
        for key, spin in self.rule_numbers.items():
            spin.setValue(int(values[key]))
        self._fill_groups(values["rule_festival_group"])
        chosen = {k.strip() for k in str(values["rule_festival_builtins"]).split(",")}
        for key, box in self.festival_boxes.items():
            box.setChecked(key in chosen)
        self._rules_switched()
        self._reload_staff()
        self.second_folder.setText(values["backup_second_folder"])
        self._show_second_folder()
        self._load_receipts(values)

    def values(self) -> dict[str, Any]:
        return {
            "shop_name": self.shop_name.text().strip(),
            "shop_address": self.shop_address.text().strip(),
            "shop_postcode": self.shop_postcode.text().strip(),
            "shop_phone": self.shop_phone.text().strip(),
            "phone_region": self.region.currentText().strip().upper() or "CN",
            "currency": self.currency.currentText().strip().upper() or DEFAULT_CURRENCY,
            "language": self.language.currentData(),
            **{key: box.isChecked() for key, box in self.rule_boxes.items()},
            **{key: spin.value() for key, spin in self.rule_numbers.items()},
            "rule_festival_group": str(self.festival_group.currentData() or "all"),
            "rule_festival_builtins": ",".join(k for k, box in self.festival_boxes.items() if box.isChecked()),
            "backup_second_folder": self.second_folder.text().strip(),
            **self._receipt_values(),
        }

    def save_settings(self) -> None:
        values = self.values()
        if len(values["phone_region"]) != 2 or not values["phone_region"].isalpha():
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("The phone region is a two-letter country code, such as CN.")
            )
            return
        if len(values["currency"]) != 3 or not values["currency"].isascii() or not values["currency"].isalpha():
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("The currency is a three-letter code, such as CNY or HKD.")
            )
            return
        try:
            parse_group(values["rule_festival_group"])
        except UserError as exc:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            sentence = QCoreApplication.translate("UserError", exc.template).format(**exc.args_map)
            QMessageBox.warning(self, self.tr("Settings"), sentence)  # no "(column group)": it is a field here
            return
        language_changed = values["language"] != self._loaded_language

        def done(_result: Any) -> None:
            translations.forget_currency()  # amounts drawn from now on use the new symbol
            if language_changed:
                QMessageBox.information(
                    self.parentWidget(),
                    self.tr("Language"),
                    self.tr("The new language applies the next time you start SmallCRM."),
                )
            self.accept()

        changes.run_command(self, lambda: settings.put_many(values), kind=changes.SETTINGS, on_done=done)

    # -- reminders the app makes itself -----------------------------------------------------------

    def _reminders_tab(self) -> QWidget:
        """Each rule of ``domain.reminders.rules``: on or off, and its number."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(
            self.tr(
                "SmallCRM makes these reminders by itself when it starts and every day while it runs. "
                "Each is made once: switching a rule off keeps the reminders it has made."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(intro)
        self._make_rule_fields()
        # One under the other: side by side the three English names need more width
        # than the dialog has on a small screen, and were cut ("Spring F").
        festivals = QVBoxLayout()
        festivals.setSpacing(2)
        for box in self.festival_boxes.values():
            festivals.addWidget(box)
        n = self.rule_numbers
        form.addRow(self.rule_boxes["rule_birthday"])
        form.addRow(self.tr("Remind me ahead by"), n["rule_birthday_days"])
        form.addRow(self.rule_boxes["rule_festival"])
        form.addRow(self.tr("Remind me ahead by"), n["rule_festival_days"])
        form.addRow(self.tr("Customers to greet"), self.festival_group)
        form.addRow(self.tr("Festivals"), festivals)
        form.addRow(self.rule_boxes["rule_complaint"])
        form.addRow(self.tr("After the complaint, every"), n["rule_complaint_days"])
        form.addRow(self.rule_boxes["rule_new_customer"])
        form.addRow(self.tr("After the first purchase"), n["rule_new_customer_days"])
        form.addRow(self.rule_boxes["rule_reengage"])
        form.addRow(self.tr("When quiet for"), n["rule_reengage_factor"])
        form.addRow(self.tr("Still make a missed check-in or win-back for"), n["rule_catch_up_days"])
        # The tallest tab scrolls on a short screen (a laptop at 200 %) instead of
        # squeezing its rows: Qt sized the dialog for the intro's lines at full width,
        # and when it wrapped onto more lines the checkboxes below were cut.
        scroll = _WholePage()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _make_rule_fields(self) -> None:
        """The rules' switches, their numbers, the festivals and the group to greet; a
        rule's fields are greyed out while it is off."""

        def spin(lo: int, hi: int, suffix: str) -> QSpinBox:
            box = QSpinBox()
            box.setRange(lo, hi)
            box.setSuffix(suffix)
            return box

        days = self.tr(" days")
        self.rule_boxes = {
            "rule_birthday": QCheckBox(self.tr("Birthdays (solar or lunar)")),
            "rule_festival": QCheckBox(self.tr("Festival greetings")),
            "rule_complaint": QCheckBox(self.tr("Follow up open complaints")),
            "rule_new_customer": QCheckBox(self.tr("Check in with new customers")),
            "rule_reengage": QCheckBox(self.tr("Win back customers who stopped buying")),
        }
        self.rule_numbers = {
            "rule_birthday_days": spin(0, 60, days),
            "rule_festival_days": spin(0, 60, days),
            "rule_complaint_days": spin(1, 3650, days),
            "rule_new_customer_days": spin(0, 3650, days),
            "rule_reengage_factor": spin(1, 100, self.tr(" × their usual interval")),
            "rule_catch_up_days": spin(0, 366, days),
        }
        # The group by its name (all customers, a tag, a segment); the setting keeps the
        # short form the rules and the command line read (all, tag:VIP, segment:tier:high).
        self.festival_group = QComboBox()
        self.festival_group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.festival_group.setMinimumContentsLength(16)
        self.festival_boxes = {
            "spring_festival": QCheckBox(self.tr("Spring Festival")),
            "dragon_boat": QCheckBox(self.tr("Dragon Boat Festival")),
            "mid_autumn": QCheckBox(self.tr("Mid-Autumn Festival")),
        }
        n = self.rule_numbers
        self._rule_fields: dict[str, list[QWidget]] = {
            "rule_birthday": [n["rule_birthday_days"]],
            "rule_festival": [n["rule_festival_days"], self.festival_group, *self.festival_boxes.values()],
            "rule_complaint": [n["rule_complaint_days"]],
            "rule_new_customer": [n["rule_new_customer_days"]],
            "rule_reengage": [n["rule_reengage_factor"]],
        }
        for box in self.rule_boxes.values():
            box.toggled.connect(lambda _on: self._rules_switched())

    def _fill_groups(self, current: str) -> None:
        self.festival_group.clear()
        for label, spec in group_choices(current):
            self.festival_group.addItem(label, spec)
        self.festival_group.setCurrentIndex(max(0, self.festival_group.findData(current.strip())))

    def _rules_switched(self) -> None:
        """A rule's numbers are greyed out while the rule is off."""
        for key, widgets in self._rule_fields.items():
            for w in widgets:
                w.setEnabled(self.rule_boxes[key].isChecked())

    # -- backups ----------------------------------------------------------------------------------

    def _backup_tab(self) -> QWidget:
        """Where the automatic backups go: the data folder, and a second folder (a USB drive)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "SmallCRM backs up the shop each time it closes, into %1, and keeps the newest backup "
                "of each of the last 7 days and 4 weeks."
            ).replace("%1", str(paths.backup_dir()))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        second = QLabel(
            self.tr(
                "A backup on this computer's own disk is lost with the disk. Choose a second folder, such as "
                "one on a USB drive, and each automatic backup is copied there too whenever the folder is "
                "there (a drive that is not plugged in is skipped)."
            )
        )
        second.setWordWrap(True)
        second.setStyleSheet("color: palette(placeholder-text);")
        self.second_folder = QLineEdit()
        self.second_folder.setPlaceholderText(self.tr("No second folder"))
        self.second_folder.setClearButtonEnabled(True)
        self.second_folder.textChanged.connect(lambda _t: self._show_second_folder())
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_second_folder)
        row = QHBoxLayout()
        row.addWidget(self.second_folder, 1)
        row.addWidget(choose)
        self.second_folder_state = QLabel()
        self.second_folder_state.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Second folder"), row)
        form.addRow("", self.second_folder_state)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(second)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second Folder for Backups"), self.second_folder.text().strip()
        )
        if folder:
            self.second_folder.setText(folder)

    def _show_second_folder(self) -> None:
        """Whether the chosen folder is there now, and when the last copy went to it."""
        text = self.second_folder.text().strip()
        if not text:
            self.second_folder_state.setText("")
            return
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            state = self.tr("Give the folder's full path, or choose it.")
        elif not folder.is_dir():
            state = self.tr("The folder is not there now (is the drive plugged in?); the next copy waits for it.")
        else:
            last = last_copy_in(folder)
            state = (
                self.tr("The latest copy there was made on %1.").replace("%1", last.strftime("%Y-%m-%d %H:%M"))
                if last is not None
                else self.tr("The next automatic backup will be copied there.")
            )
        self.second_folder_state.setText(state)

    # -- receipts -------------------------------------------------------------------------------

    def _receipts_tab(self) -> QWidget:
        """The roll's width and where receipts go: the system printer, or an ESC/POS
        thermal printer reached directly on USB or the network."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(
            self.tr(
                "Receipts print on a roll of this width, as long as the receipt. Through the system printer you "
                "choose the printer when printing; a thermal receipt printer that speaks ESC/POS can be reached "
                "directly, without a driver."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        self.receipt_width = QComboBox()
        for width in settings.RECEIPT_WIDTHS:
            self.receipt_width.addItem(self.tr("%1 mm").replace("%1", str(width)), width)
        self.receipt_kind = QComboBox()
        self.receipt_kind.addItem(self.tr("The system printer"), "system")
        self.receipt_kind.addItem(self.tr("ESC/POS printer on USB"), "usb")
        self.receipt_kind.addItem(self.tr("ESC/POS printer on the network"), "network")
        self.receipt_address = QLineEdit()
        self.receipt_address.setClearButtonEnabled(True)
        self.receipt_hint = QLabel()
        self.receipt_hint.setWordWrap(True)
        self.receipt_hint.setStyleSheet("color: palette(placeholder-text);")
        self.receipt_kind.currentIndexChanged.connect(lambda _i: self._receipt_kind_changed())
        form.addRow(intro)
        form.addRow(self.tr("Paper width"), self.receipt_width)
        form.addRow(self.tr("Print receipts on"), self.receipt_kind)
        form.addRow(self.tr("Printer address"), self.receipt_address)
        form.addRow("", self.receipt_hint)
        self._receipt_kind_changed()
        return page

    def _receipt_kind_changed(self) -> None:
        kind = self.receipt_kind.currentData()
        self.receipt_address.setEnabled(kind != "system")
        hints = {
            "system": self.tr("No address needed."),
            "usb": self.tr(
                "The printer's vendor and product id in hex, as lsusb or the Device Manager shows them, "
                "such as 0416:5011."
            ),
            "network": self.tr("The printer's IP address or name, and its port if not 9100, such as 192.168.1.87."),
            "file": self.tr("The printer's device file, such as /dev/usb/lp0."),
        }
        self.receipt_hint.setText(hints.get(kind, ""))
        placeholders = {"usb": "0416:5011", "network": "192.168.1.87", "file": "/dev/usb/lp0"}
        self.receipt_address.setPlaceholderText(placeholders.get(kind, ""))

    def _load_receipts(self, values: dict[str, Any]) -> None:
        self.receipt_width.setCurrentIndex(max(0, self.receipt_width.findData(int(values["receipt_width"]))))
        stored = str(values["receipt_printer"])
        kind, _, address = stored.partition(":")
        kind = kind or "system"
        if self.receipt_kind.findData(kind) < 0:  # file:PATH, set from the command line: kept as it is
            self.receipt_kind.addItem(self.tr("ESC/POS printer behind a device file"), kind)
        self.receipt_kind.setCurrentIndex(self.receipt_kind.findData(kind))
        self.receipt_address.setText(address)

    def _receipt_values(self) -> dict[str, Any]:
        kind = self.receipt_kind.currentData()
        address = self.receipt_address.text().strip()
        return {
            "receipt_width": self.receipt_width.currentData(),
            "receipt_printer": "" if kind == "system" else f"{kind}:{address}",
        }

    # -- staff ----------------------------------------------------------------------------------

    def _staff_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Each customer can have a staff member responsible for them. When someone leaves, "
                "deactivate them and hand their customers to another (select the customers, Assign Staff): "
                "the shop keeps every customer and their history."
            )
        )
        intro.setWordWrap(True)
        self.staff_list = QListWidget()
        self.staff_list.currentRowChanged.connect(lambda _r: self._staff_selected())
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add_staff)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_staff)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout.addWidget(intro)
        layout.addWidget(self.staff_list, 1)
        layout.addLayout(buttons)
        return page

    def _reload_staff(self) -> None:
        current = self._current_staff()
        keep = current["id"] if current else None
        self.staff = list_staff()
        self.staff_list.clear()
        for s in self.staff:
            text = self.tr("%1 — customers: %2").replace("%1", s["name"]).replace("%2", f"{s['customers']:,}")
            if not s["active"]:
                text += "  " + self.tr("(left)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            self.staff_list.addItem(item)
            if s["id"] == keep:
                self.staff_list.setCurrentItem(item)
        self._staff_selected()

    def _current_staff(self) -> dict[str, Any] | None:
        row = self.staff_list.currentRow() if hasattr(self, "staff") else -1
        return self.staff[row] if 0 <= row < len(getattr(self, "staff", [])) else None

    def _staff_selected(self) -> None:
        s = self._current_staff()
        self.rename_button.setEnabled(s is not None)
        self.active_button.setEnabled(s is not None)
        self.active_button.setText(self.tr("Reactivate") if s and not s["active"] else self.tr("Deactivate"))

    def add_staff(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Staff Member"), self.tr("Name:"))
        if ok and name.strip():
            changes.run_command(self, lambda: add_staff(name), kind=changes.STAFF)

    def rename_staff(self) -> None:
        s = self._current_staff()
        if s is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename Staff Member"), self.tr("New name:"), text=s["name"])
        if ok and name.strip() and name.strip() != s["name"]:
            changes.run_command(self, lambda: rename_staff(s["id"], name), kind=changes.STAFF)

    def toggle_active(self) -> None:
        s = self._current_staff()
        if s is None:
            return
        changes.run_command(self, lambda: set_staff_active(s["id"], not s["active"]), kind=changes.STAFF)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.STAFF, changes.CUSTOMERS, changes.DATABASE):
            self._reload_staff()
        if kind in (changes.CUSTOMERS, changes.DATABASE):  # tags and income bands come and go
            self._fill_groups(str(self.festival_group.currentData() or ""))
