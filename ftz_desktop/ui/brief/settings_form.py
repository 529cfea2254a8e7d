"""The brief's settings: title page, language and text, layout and template.

The form only collects values: ``values()`` gives the recipe fields it owns and ``set_values`` shows a
recipe's. Choosing a template file is asked of the tab (``template_requested``), which checks it and
calls ``set_template``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import Qt, Signal, Slot
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.recipe import PAPERS, STANDARD_TEMPLATE, Recipe

# Languages a brief can be written in; one is offered once the study's text exists in it.
LANGUAGES = (("en", "English"), ("zh", "中文 (Chinese)"))
DETAILS = (("summary", "Summary of each item"), ("full", "Full text of each item"))
PAPER_LABELS = {"A4": "A4 (210 × 297 mm)", "Letter": "Letter (8.5 × 11 in)"}
STANDARD_LABEL = "Standard"
TEXT_FIELDS = ("title", "subtitle", "organisation", "author", "date", "marking")


class SettingsForm(QWidget):
    settings_changed = Signal()
    default_detail_changed = Signal(str)
    language_changed = Signal(str)
    template_requested = Signal()
    template_changed = Signal(str)     # the user picked another entry of the template list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefSettings")
        self._fields: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        page = QGroupBox("Title page", self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"title": "&Title", "subtitle": "&Subtitle", "organisation": "&Organisation", "author": "&Author",
                  "date": "Dat&e", "marking": "Mar&king"}
        hints = {"subtitle": "Optional", "organisation": "e.g. Department of Commerce of Sichuan Province",
                 "author": "Optional", "date": "YYYY-MM-DD, or as it should read",
                 "marking": "Header line on every page, e.g. For internal use"}
        for name in TEXT_FIELDS:
            edit = QLineEdit(page)
            edit.setPlaceholderText(hints.get(name, ""))
            edit.setObjectName(f"brief_{name}")
            edit.textChanged.connect(self._on_changed)
            self._fields[name] = edit
            form.addRow(labels[name], edit)
        self._fields["marking"].setToolTip("Printed at the top of every page (a security or distribution marking)")

        text = QGroupBox("Text", self)
        text_form = QFormLayout(text)
        self.language = QComboBox(text)
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.currentIndexChanged.connect(self._on_language)
        text_form.addRow("&Language", self.language)
        self.detail = QComboBox(text)
        for code, label in DETAILS:
            self.detail.addItem(label, code)
        self.detail.setToolTip("What each item gives unless set per item in the outline (Detail column)")
        self.detail.currentIndexChanged.connect(self._on_detail)
        text_form.addRow("De&fault text", self.detail)
        self.executive_summary = QPlainTextEdit(text)
        self.executive_summary.setObjectName("brief_executive_summary")
        self.executive_summary.setPlaceholderText("Optional. A few sentences for the reader in a hurry; "
                                                  "a blank line starts a new paragraph.")
        self.executive_summary.setTabChangesFocus(True)
        self.executive_summary.setFixedHeight(96)
        self.executive_summary.textChanged.connect(self._on_changed)
        text_form.addRow("E&xecutive summary", self.executive_summary)

        layout_box = QGroupBox("Layout", self)
        layout_form = QFormLayout(layout_box)
        self.paper = QComboBox(layout_box)
        for paper in PAPERS:
            self.paper.addItem(PAPER_LABELS.get(paper, paper), paper)
        self.paper.currentIndexChanged.connect(self._on_changed)
        layout_form.addRow("&Paper", self.paper)
        self.appendix = QCheckBox("Appendix of data tables", layout_box)
        self.appendix.setToolTip("Add an appendix with every reported value of the ticked indicators")
        self.appendix.toggled.connect(self._on_changed)
        layout_form.addRow("", self.appendix)
        self.template = QComboBox(layout_box)
        self.template.addItem(STANDARD_LABEL, STANDARD_TEMPLATE)
        self.template.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.template.currentIndexChanged.connect(self._on_template_index)
        self.choose_template = QPushButton("C&hoose…", layout_box)
        self.choose_template.setToolTip("Use your office's Word template (.docx or .dotx)")
        self.choose_template.clicked.connect(self.template_requested)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.choose_template)
        template_label = QLabel("Te&mplate", layout_box)
        template_label.setBuddy(self.template)
        layout_form.addRow(template_label, row)
        self.template_status = QLabel(layout_box)
        self.template_status.setWordWrap(True)
        self.template_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout_form.addRow("", self.template_status)
        self.show_template_status("")

        for box in (page, text, layout_box):
            layout.addWidget(box)
        layout.addStretch(1)

    # ----- values -------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The recipe fields this form owns."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self._fields.items()}
        values.update(language=self.language.currentData(), detail=self.detail.currentData(),
                      executive_summary=self.executive_summary.toPlainText().strip(),
                      paper=self.paper.currentData(), appendix_tables=self.appendix.isChecked(),
                      template=self.template.currentData())
        return values

    def set_values(self, recipe: Recipe) -> None:
        """Show a recipe's settings; emits nothing (the tab refreshes once)."""
        widgets = list(self._fields.values()) + [self.language, self.detail, self.executive_summary, self.paper,
                                                 self.appendix, self.template]
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
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
        self.show_template_status("")

    def set_available_languages(self, available: Iterable[str]) -> None:
        """Languages without the study's text stay listed but cannot be chosen."""
        available = set(available)
        model = self.language.model()
        assert isinstance(model, QStandardItemModel)
        for row, (code, label) in enumerate(LANGUAGES):
            item = model.item(row)
            enabled = code in available
            item.setEnabled(enabled)
            item.setToolTip("" if enabled else f"The study's text is not yet available in {label}")

    def set_template(self, template: str, status: str, problem: bool = False) -> None:
        """Select a template ("standard" or a file path) and show what the check found."""
        with_signals = self.template.blockSignals(True)
        try:
            self._set_template_entry(template)
        finally:
            self.template.blockSignals(with_signals)
        self.show_template_status(status, problem)
        self.settings_changed.emit()

    def template_value(self) -> str:
        return self.template.currentData()

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

    def show_template_status(self, status: str, problem: bool = False) -> None:
        if not status and self.template.currentData() == STANDARD_TEMPLATE:
            status = "The built-in look: numbered headings, a contents page and the house table style."
        self.template_status.setText(status)
        self.template_status.setStyleSheet("color: #a40000;" if problem else "color: #595959;")

    # ----- slots --------------------------------------------------------------------------------------
    @Slot()
    def _on_changed(self) -> None:
        self.settings_changed.emit()

    @Slot(int)
    def _on_detail(self, index: int) -> None:
        self.default_detail_changed.emit(self.detail.currentData())
        self.settings_changed.emit()

    @Slot(int)
    def _on_language(self, index: int) -> None:
        self.language_changed.emit(self.language.currentData())
        self.settings_changed.emit()

    @Slot(int)
    def _on_template_index(self, index: int) -> None:
        self.show_template_status("")
        self.template_changed.emit(self.template.currentData())
        self.settings_changed.emit()
