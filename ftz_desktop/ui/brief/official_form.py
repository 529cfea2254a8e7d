"""The group of a Chinese official layout's settings in the Brief tab (公文式 or 简报式, ``official_fields``).

It shows the parts the chosen layout prints and keeps the value of every part (those of the other layout
too, so switching back loses nothing). What is typed is checked at once: a text that is not valid stays in
its field with one message below it and does not reach the recipe, which leaves the part out until the text
is put right (the preview shows no value the field does not); ``changed`` is emitted when a value the recipe
takes has changed. The settings form reports each change to the undo history.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ftz_desktop.core.official_settings import FONT_PROFILES, OfficialSettings
from ftz_desktop.ui.brief import official_fields as spec

ERROR_STYLE = "color: #a40000;"
NARROW_COMBO_CHARACTERS = 10       # the profiles' long names ask no more width than this
INVALID_EDIT_STYLE = "QLineEdit { border: 1px solid #a40000; border-radius: 2px; padding: 1px 2px; }"


class OfficialSettingsBox(QGroupBox):
    changed = Signal()      # a part now holds another valid value

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("officialSettings")
        self._values = OfficialSettings().to_dict()     # the last valid value of every part
        self.edits: dict[str, QLineEdit] = {}
        self._messages: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._layout = ""
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form

        self.font_profile = QComboBox(self)
        self.font_profile.setObjectName("official_font_profile")
        self.font_profile.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.font_profile.setMinimumContentsLength(NARROW_COMBO_CHARACTERS)
        for profile in FONT_PROFILES:
            self.font_profile.addItem(spec.profile_label(profile), profile)
        self.font_profile.setToolTip("\n".join(spec.profile_faces(profile) for profile in FONT_PROFILES))
        self.font_profile.currentIndexChanged.connect(self._on_profile)
        self._add_row("font_profile", self.font_profile)
        for name, field in spec.FIELDS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"official_{name}")
            edit.setPlaceholderText(self._tr(field.example))
            edit.setToolTip(self._tr(field.tip))
            edit.textChanged.connect(lambda text, name=name: self._on_typed(name, text, False))
            edit.editingFinished.connect(lambda name=name: self._on_typed(name, self.edits[name].text(), True))
            message = QLabel(self)
            message.setObjectName(f"official_{name}_message")
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.hide()
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(message)
            self.edits[name], self._messages[name] = edit, message
            self._add_row(name, cell, edit)
        self.show_layout("gbt9704")

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate(spec.TR_CONTEXT, text)

    def _add_row(self, name: str, cell: QWidget, buddy: Optional[QWidget] = None) -> None:
        label = QLabel(spec.label(name), self)
        label.setBuddy(buddy or cell)
        self._form.addRow(label, cell)
        self._rows[name] = cell

    # ----- values -------------------------------------------------------------------------------------
    def values(self) -> OfficialSettings:
        """The valid values (empty for a part whose field holds a text that is not valid)."""
        return OfficialSettings(**self._values)

    def set_values(self, settings: OfficialSettings) -> None:
        """Show ``settings``; emits nothing."""
        self._values = settings.to_dict()
        for name, edit in self.edits.items():
            with_signals = edit.blockSignals(True)
            try:
                edit.setText(self._values[name])
                edit.setCursorPosition(0)
            finally:
                edit.blockSignals(with_signals)
            self._show_message(name, "")
        with_signals = self.font_profile.blockSignals(True)
        try:
            self._select_profile(settings.font_profile)
        finally:
            self.font_profile.blockSignals(with_signals)

    def set_value(self, name: str, value: str) -> None:
        """Show ``value`` in one part as if typed (the undo history puts values back this way)."""
        if name == "font_profile":
            self._select_profile(value)
        else:
            self.edits[name].setText(value)

    def message(self, name: str) -> str:
        """What is wrong with the text in ``name``'s field ("" when it is valid)."""
        label = self._messages.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_layout(self, layout: str) -> None:
        """Show the parts ``layout`` ("gbt9704" or "jianbao") prints."""
        if layout not in spec.LAYOUT_FIELDS or layout == self._layout:
            return
        self._layout = layout
        self.setTitle(self._tr(spec.LAYOUT_TITLES[layout]))
        shown = set(spec.LAYOUT_FIELDS[layout]) | {"font_profile"}
        for name, cell in self._rows.items():
            self._form.setRowVisible(cell, name in shown)

    # ----- helpers and slots --------------------------------------------------------------------------
    def _select_profile(self, profile: str) -> None:
        position = self.font_profile.findData(profile)
        if position >= 0:
            self.font_profile.setCurrentIndex(position)

    def _show_message(self, name: str, message: str) -> None:
        label = self._messages[name]
        label.setText(message)
        label.setVisible(bool(message))
        edit = self.edits[name]
        edit.setStyleSheet(INVALID_EDIT_STYLE if message else "")
        edit.setAccessibleDescription(message)

    def _on_typed(self, name: str, text: str, finished: bool) -> None:
        value, message = spec.checked(name, text, finished)
        self._show_message(name, message)
        if value == self._values[name]:
            return
        self._values[name] = value
        self.changed.emit()

    @Slot(int)
    def _on_profile(self, index: int) -> None:
        profile = self.font_profile.currentData()
        if profile != self._values["font_profile"]:
            self._values["font_profile"] = profile
            self.changed.emit()
