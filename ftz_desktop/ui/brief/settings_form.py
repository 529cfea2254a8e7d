"""The brief's settings: title page, language and text, layout and template, and the parts of a Chinese
official layout.

The form only collects values: ``values()`` gives the recipe fields it owns and ``set_values`` shows a
recipe's. The template list offers the standard look, 公文式 and 简报式 (``official_form`` shows the chosen
one's parts) and the user's own Word templates; choosing a template file is asked of the tab
(``template_requested``), which checks it and calls ``set_template``. Each change the user makes is reported
as (field, value before, value after) (``field_edited``; "official.<part>" for a part of the official
layout) for the tab's undo history, which puts a value back with ``set_value``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.recipe import CONTENTS, OFFICIAL_TEMPLATES, PAPERS, STANDARD_TEMPLATE, OfficialSettings, Recipe
from ftz_desktop.ui.brief.official_form import OfficialSettingsBox

TR_CONTEXT = "SettingsForm"
# Languages a brief can be written in; one is offered once the study's text exists in it.
# The labels (here and below) are English, marked for translation: show them through QCoreApplication.translate.
LANGUAGES = (("en", QT_TRANSLATE_NOOP("SettingsForm", "English")),
             ("zh", QT_TRANSLATE_NOOP("SettingsForm", "中文 (Chinese)")))
DETAILS = (("summary", QT_TRANSLATE_NOOP("SettingsForm", "Summary of each item")),
           ("full", QT_TRANSLATE_NOOP("SettingsForm", "Full text of each item")))
PAPER_LABELS = {"A4": QT_TRANSLATE_NOOP("SettingsForm", "A4 (210 × 297 mm)"),
                "Letter": QT_TRANSLATE_NOOP("SettingsForm", "Letter (8.5 × 11 in)")}
CONTENTS_LABELS = {"auto": QT_TRANSLATE_NOOP("SettingsForm", "When the brief is long"),
                   "always": QT_TRANSLATE_NOOP("SettingsForm", "Always"),
                   "never": QT_TRANSLATE_NOOP("SettingsForm", "Never")}
# The built-in looks, first in the template list (a user's own templates follow them).
TEMPLATE_LABELS = {STANDARD_TEMPLATE: QT_TRANSLATE_NOOP("SettingsForm", "Standard"),
                   "gbt9704": QT_TRANSLATE_NOOP("SettingsForm", "Official document (GB/T 9704)"),
                   "jianbao": QT_TRANSLATE_NOOP("SettingsForm", "Briefing bulletin (简报)")}
NARROW_COMBO_CHARACTERS = 10      # a list of long entries asks no more width than this
OFFICIAL_PREFIX = "official."      # the field name of a part of the official layout: "official.issuer"
TEXT_FIELDS = ("title", "subtitle", "organisation", "author", "date", "marking")


def _tr(text: object) -> str:
    """The marked text (``QT_TRANSLATE_NOOP``, typed object by PySide6) in the user's language."""
    return QCoreApplication.translate(TR_CONTEXT, str(text))


def language_name(code: str) -> str:
    """The name of a brief language as the user reads it (the code itself if it is not one of LANGUAGES)."""
    label = dict(LANGUAGES).get(code)
    return _tr(label) if label else code


class SettingsForm(QWidget):
    settings_changed = Signal()
    field_edited = Signal(str, object, object)     # field, value before, value after (the user's change)
    default_detail_changed = Signal(str)
    language_changed = Signal(str)
    template_requested = Signal()
    template_changed = Signal(str)     # the user picked another entry of the template list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefSettings")
        self._fields: dict[str, QLineEdit] = {}
        self._shown: dict[str, Any] = {}       # the values as last reported (what an edit changes from)
        self._replaying = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        page = QGroupBox(self.tr("Title page"), self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"title": self.tr("&Title"), "subtitle": self.tr("&Subtitle"),
                  "organisation": self.tr("&Organisation"), "author": self.tr("&Author"),
                  "date": self.tr("Dat&e"), "marking": self.tr("Mar&king")}
        hints = {"subtitle": self.tr("Optional"),
                 "organisation": self.tr("e.g. Department of Commerce of Sichuan Province"),
                 "author": self.tr("Optional"), "date": self.tr("YYYY-MM-DD, or as it should read"),
                 "marking": self.tr("Header line on every page, e.g. For internal use")}
        for name in TEXT_FIELDS:
            edit = QLineEdit(page)
            edit.setPlaceholderText(hints.get(name, ""))
            edit.setObjectName(f"brief_{name}")
            edit.textChanged.connect(self._on_changed)
            self._fields[name] = edit
            form.addRow(labels[name], edit)
        self._fields["marking"].setToolTip(
            self.tr("Printed at the top of every page (a security or distribution marking)"))

        text = QGroupBox(self.tr("Text"), self)
        text_form = QFormLayout(text)
        self.language = QComboBox(text)
        for code, label in LANGUAGES:
            self.language.addItem(_tr(label), code)
        self.language.currentIndexChanged.connect(self._on_language)
        text_form.addRow(self.tr("&Language"), self.language)
        self.detail = QComboBox(text)
        for code, label in DETAILS:
            self.detail.addItem(_tr(label), code)
        self.detail.setToolTip(self.tr("What each item gives unless set per item in the outline (Detail column)"))
        self.detail.currentIndexChanged.connect(self._on_detail)
        text_form.addRow(self.tr("De&fault text"), self.detail)
        self.executive_summary = QPlainTextEdit(text)
        self.executive_summary.setObjectName("brief_executive_summary")
        self.executive_summary.setPlaceholderText(self.tr("Optional. A few sentences for the reader in a hurry; "
                                                          "a blank line starts a new paragraph."))
        self.executive_summary.setTabChangesFocus(True)
        self.executive_summary.setFixedHeight(96)
        self.executive_summary.textChanged.connect(self._on_changed)
        text_form.addRow(self.tr("E&xecutive summary"), self.executive_summary)

        layout_box = QGroupBox(self.tr("Layout"), self)
        layout_form = QFormLayout(layout_box)
        self.paper = QComboBox(layout_box)
        for paper in PAPERS:
            self.paper.addItem(_tr(PAPER_LABELS[paper]) if paper in PAPER_LABELS else paper, paper)
        self.paper.currentIndexChanged.connect(self._on_changed)
        layout_form.addRow(self.tr("Paper si&ze"), self.paper)
        self.appendix = QCheckBox(self.tr("Appendix of data tables"), layout_box)
        self.appendix.setToolTip(self.tr("Add an appendix with every reported value of the ticked indicators"))
        self.appendix.toggled.connect(self._on_changed)
        layout_form.addRow("", self.appendix)
        self.contents = QComboBox(layout_box)
        for code in CONTENTS:
            self.contents.addItem(_tr(CONTENTS_LABELS[code]), code)
        self.contents.setToolTip(self.tr("A title page and a contents page before the text: when the brief is long "
                                         "enough to need them, always, or never"))
        self.contents.currentIndexChanged.connect(self._on_changed)
        layout_form.addRow(self.tr("Title page and &contents"), self.contents)
        self.template = QComboBox(layout_box)
        for template, label in TEMPLATE_LABELS.items():
            self.template.addItem(_tr(label), template)
        self.template.insertSeparator(self.template.count())
        self.template.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # As narrow as the column allows: the list opens as wide as its longest entry.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(NARROW_COMBO_CHARACTERS)
        self.template.currentIndexChanged.connect(self._on_template_index)
        self.choose_template = QPushButton(self.tr("C&hoose…"), layout_box)
        self.choose_template.setToolTip(self.tr("Use your office's Word template (.docx or .dotx)"))
        self.choose_template.clicked.connect(self.template_requested)
        template_label = QLabel(self.tr("Te&mplate"), layout_box)
        template_label.setBuddy(self.template)
        layout_form.addRow(template_label, self.template)
        row = QHBoxLayout()          # below the list, which keeps the column's width for its long entries
        row.addWidget(self.choose_template)
        row.addStretch(1)
        layout_form.addRow("", row)
        self.template_status = QLabel(layout_box)
        self.template_status.setWordWrap(True)
        self.template_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout_form.addRow("", self.template_status)
        self.show_template_status("")

        self.official = OfficialSettingsBox(self)
        self.official.changed.connect(self._on_changed)
        self._paper_tip, self._contents_tip = self.paper.toolTip(), self.contents.toolTip()
        self._show_layout()

        for box in (page, text, layout_box, self.official):
            layout.addWidget(box)
        layout.addStretch(1)
        self._shown = self.values()

    # ----- values -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The recipe fields this form owns."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self._fields.items()}
        values.update(language=self.language.currentData(), detail=self.detail.currentData(),
                      executive_summary=self.executive_summary.toPlainText().strip(),
                      paper=self.paper.currentData(), appendix_tables=self.appendix.isChecked(),
                      template=self.template.currentData(), contents=self.contents.currentData(),
                      official=self.official.values())
        return values

    def set_values(self, recipe: Recipe) -> None:
        """Show a recipe's settings; emits nothing (the tab refreshes once)."""
        widgets = list(self._fields.values()) + [self.language, self.detail, self.executive_summary, self.paper,
                                                 self.appendix, self.template, self.contents]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            for name, edit in self._fields.items():
                edit.setText(getattr(recipe, name))
                edit.setCursorPosition(0)      # show the start of a long title
            self._select(self.language, recipe.language)
            self._select(self.detail, recipe.detail)
            self.executive_summary.setPlainText(recipe.executive_summary)
            self._select(self.paper, recipe.paper)
            self.appendix.setChecked(recipe.appendix_tables)
            self._set_template_entry(recipe.template)
            self._select(self.contents, recipe.contents)
            self.official.set_values(recipe.official)
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
        self._shown = self.values()
        self.show_template_status("")

    def set_value(self, name: str, value: Any) -> None:
        """Show ``value`` in one field, as if the user had chosen it, but without reporting it as an edit
        (the undo history puts values back this way)."""
        self._replaying = True
        try:
            if name.startswith(OFFICIAL_PREFIX):
                self.official.set_value(name[len(OFFICIAL_PREFIX):], value)
            elif name in self._fields:
                self._fields[name].setText(value)
            elif name == "executive_summary":
                self.executive_summary.setPlainText(value)
            elif name == "appendix_tables":
                self.appendix.setChecked(bool(value))
            elif name == "template":
                self._set_template_entry(value)
            else:
                self._select({"language": self.language, "detail": self.detail, "paper": self.paper,
                              "contents": self.contents}[name], value)
        finally:
            self._replaying = False
        self._shown = self.values()

    def set_available_languages(self, available: Iterable[str]) -> None:
        """Languages without the study's text stay listed but cannot be chosen."""
        available = set(available)
        model = self.language.model()
        assert isinstance(model, QStandardItemModel)
        for row, (code, _label) in enumerate(LANGUAGES):
            item = model.item(row)
            enabled = code in available
            item.setEnabled(enabled)
            item.setToolTip("" if enabled else self.tr("The study's text is not yet available in {language}").format(
                language=language_name(code)))

    def set_template(self, template: str, status: str, problem: bool = False) -> None:
        """Select a template ("standard" or a file path) the user chose and show what the check found."""
        with_signals = self.template.blockSignals(True)
        try:
            self._set_template_entry(template)
        finally:
            self.template.blockSignals(with_signals)
        self.show_template_status(status, problem)
        self._report()
        self.settings_changed.emit()

    def template_value(self) -> str:
        return self.template.currentData()

    def template_file(self) -> Optional[Path]:
        """The user's own Word template chosen, if one is (None for the built-in looks)."""
        template = self.template.currentData()
        return None if template in TEMPLATE_LABELS else Path(template)

    # ----- helpers ------------------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        position = combo.findData(value)
        if position >= 0:
            combo.setCurrentIndex(position)

    def _set_template_entry(self, template: str) -> None:
        position = self.template.findData(template)
        if position < 0:
            self.template.addItem(Path(template).name, template)
            position = self.template.count() - 1
            self.template.setItemData(position, template, Qt.ItemDataRole.ToolTipRole)
        self.template.setCurrentIndex(position)
        self._show_layout()

    def _show_layout(self) -> None:
        """The chosen official layout's parts below the template; paper and contents are the layout's own."""
        layout = self.template.currentData()
        official = layout in OFFICIAL_TEMPLATES
        if official:
            self.official.show_layout(layout)
        self.official.setVisible(official)
        fixed = self.tr("The official layouts are always on A4 paper, without a title page or contents")
        for combo, tip in ((self.paper, self._paper_tip), (self.contents, self._contents_tip)):
            combo.setEnabled(not official)
            combo.setToolTip(fixed if official else tip)

    @Slot()
    def _reveal_official(self) -> None:
        """Scroll the settings (where the tab shows them in a scroll area) so that the official layout's parts
        just chosen are in view: all of them, or as many as fit from the top of their group."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not self.official.isVisible():
            return
        bar = area.verticalScrollBar()
        box = self.official.geometry()
        if box.bottom() > bar.value() + area.viewport().height():
            bar.setValue(min(box.top(), box.bottom() - area.viewport().height() + 1))

    def show_template_status(self, status: str, problem: bool = False) -> None:
        if not status and self.template.currentData() == STANDARD_TEMPLATE:
            status = self.tr("The built-in look: numbered headings, a contents page and the house table style.")
        self.template_status.setText(status)
        self.template_status.setStyleSheet("color: #a40000;" if problem else "color: #595959;")

    # ----- slots --------------------------------------------------------------------------------------
    def _report(self) -> None:
        """Report what the user changed since the last report, field by field (first, before the tab acts on
        the change: a new language rebuilds the outline and shows the form's values again)."""
        values = self.values()
        if not self._replaying:
            for name, before, value in _changes(self._shown, values):
                self.field_edited.emit(name, before, value)
        self._shown = values

    @Slot()
    def _on_changed(self) -> None:
        self._report()
        self.settings_changed.emit()

    @Slot(int)
    def _on_detail(self, index: int) -> None:
        self._report()
        self.default_detail_changed.emit(self.detail.currentData())
        self.settings_changed.emit()

    @Slot(int)
    def _on_language(self, index: int) -> None:
        self._report()
        self.language_changed.emit(self.language.currentData())
        self.settings_changed.emit()

    @Slot(int)
    def _on_template_index(self, index: int) -> None:
        self._show_layout()
        if self.official.isVisibleTo(self) and not self._replaying:
            QTimer.singleShot(0, self._reveal_official)       # once the form has made room for it
        self._report()
        self.show_template_status("")
        self.template_changed.emit(self.template.currentData())
        self.settings_changed.emit()


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, before, after) of each field that differs; the official layout's parts one by one."""
    changes = []
    for name, value in after.items():
        old = before.get(name, value)
        if isinstance(value, OfficialSettings) and isinstance(old, OfficialSettings):
            old_parts = old.to_dict()
            changes += [(OFFICIAL_PREFIX + part, old_parts[part], text) for part, text in value.to_dict().items()
                        if text != old_parts[part]]
        elif value != old:
            changes.append((name, old, value))
    return changes
