"""Import preview: what an import of a CSV or Excel file would add, change and leave alone, and every
refused row with its reason, before anything is written. For a CSV file the text encoding can be
chosen (the file is read again). "Import" is enabled only for a plan the store will accept; the tab
then applies it as one batch and one undo step. The accepted plan is ``dialog.plan``.
"""
from __future__ import annotations

from html import escape
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.tabular.columns import number_text
from ftz_desktop.core.tabular.import_export import ImportPlan, ImportRefused
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP, field_label
from ftz_desktop.ui.data.models.rows import RowsModel
from ftz_desktop.ui.data.models.table_base import Column
from ftz_desktop.ui.data.views.table_view import DataTableView

# (code, label); the labels are shown through QCoreApplication.translate("ImportPreviewDialog", ...),
# as are the column titles and the tabs' titles.
ENCODINGS = (("", QT_TRANSLATE_NOOP("ImportPreviewDialog", "As detected")),
             ("utf-8", "UTF-8"),
             ("utf-8-sig", QT_TRANSLATE_NOOP("ImportPreviewDialog", "UTF-8 with BOM")),
             ("gb18030", "GB18030 (GBK)"),
             ("utf-16", QT_TRANSLATE_NOOP("ImportPreviewDialog", "UTF-16 (Unicode text)")),
             ("big5", "Big5"),
             ("cp1252", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Western (Windows-1252)")),
             ("latin-1", "Latin-1 (ISO 8859-1)"),
             ("shift_jis", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Japanese (Shift-JIS)")))
KEY_COLUMNS = (Column("row", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row"), 55, numeric=True),
               Column("indicator", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Indicator"), 220),
               Column("geography", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Geography"), 80),
               Column("period", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Period"), 90))
ADD_COLUMNS = KEY_COLUMNS + (Column("value", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Value"), 110, numeric=True),
                             Column("status", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Status"), 60),
                             Column("source", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Source"), 80),
                             Column("note", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Note"), 200))
CHANGE_COLUMNS = KEY_COLUMNS + (Column("field", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Field"), 80),
                                Column("old", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Now"), 120),
                                Column("new", QT_TRANSLATE_NOOP("ImportPreviewDialog", "After import"), 120))
MESSAGE_COLUMNS = (Column("row", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row"), 55, numeric=True),
                   Column("column", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Column"), 110),
                   Column("reason", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Reason"), 620))
UNCHANGED_COLUMNS = (Column("row", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row"), 55, numeric=True),
                     Column("state", "", 400))
TITLES = {"adds": QT_TRANSLATE_NOOP("ImportPreviewDialog", "To add"),
          "changes": QT_TRANSLATE_NOOP("ImportPreviewDialog", "To change"),
          "unchanged": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Left alone"),
          "refusals": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Refused"),
          "conversions": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Read by a rule")}
Replan = Callable[[Optional[str]], ImportPlan]


def encoding_label(label: str) -> str:
    """An ENCODINGS label as shown (names such as "UTF-8" are the same in every language)."""
    return QCoreApplication.translate("ImportPreviewDialog", label)


def _value(value) -> str:
    if value is None:
        return QCoreApplication.translate("ImportPreviewDialog", "(empty)")
    return number_text(value) if isinstance(value, float) else str(value)


def _key(row: int, obs) -> tuple[str, ...]:
    return (str(row), obs.indicator_id, obs.geography, obs.period)


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, replan: Replan, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.file_name))
        self.plan = plan
        self._replan = replan
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.encoding = QComboBox(self)
        for code, label in ENCODINGS:
            self.encoding.addItem(encoding_label(label), code)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(QLabel(self.tr("Text encoding:"), self))
        encoding_row.addWidget(self.encoding)
        encoding_row.addStretch(1)
        self.encoding_box = QWidget(self)
        self.encoding_box.setLayout(encoding_row)
        encoding_row.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        for key, columns in (("adds", ADD_COLUMNS), ("changes", CHANGE_COLUMNS), ("unchanged", UNCHANGED_COLUMNS),
                             ("refusals", MESSAGE_COLUMNS), ("conversions", MESSAGE_COLUMNS)):
            model = RowsModel(columns, self, "ImportPreviewDialog")
            view = DataTableView(self)
            view.setModel(model)
            view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
            view.set_column_widths(columns)
            view.horizontalHeader().setStretchLastSection(True)
            self.models[key] = model
            self.tabs.addTab(view, key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.encoding_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.encoding.currentIndexChanged.connect(self._on_encoding_changed)
        self.resize(960, 620)
        self.show_plan(plan)

    def show_plan(self, plan: ImportPlan, problem: str = "") -> None:
        self.plan = plan
        self.encoding_box.setVisible(plan.kind == "csv")
        self.models["adds"].set_rows([(_key(a.row, a.observation) + (
            _value(a.observation.value), a.observation.status, a.observation.source_id, a.observation.note), "")
            for a in plan.adds])
        self.models["changes"].set_rows([(_key(c.row, c.new) + (field_label(field), _value(old), _value(new)), "")
                                         for c in plan.changes for field, (old, new) in c.fields.items()])
        same = self.tr("the same as in the workspace")
        self.models["unchanged"].set_rows([((str(row), same), "") for row in plan.unchanged])
        for key, messages in (("refusals", plan.refusals), ("conversions", plan.conversions)):
            self.models[key].set_rows([((str(m.row or ""), m.column or "", m.reason), str(m)) for m in messages])
        counts = {"adds": len(plan.adds), "changes": len(plan.changes), "unchanged": len(plan.unchanged),
                  "refusals": len(plan.refusals), "conversions": len(plan.conversions)}
        for number, key in enumerate(self.models):
            self.tabs.setTabText(number, self.tr("{title} ({count:,})").format(
                title=QCoreApplication.translate("ImportPreviewDialog", TITLES[key]), count=counts[key]))
        lines = [self.tr("<b>{file}</b> ({format}): {adds:,} to add, {changes:,} to change, {unchanged:,} unchanged, "
                         "{refused:,} refused.").format(
            file=escape(plan.file_name), format=escape(plan.format_label()), adds=len(plan.adds),
            changes=len(plan.changes), unchanged=len(plan.unchanged), refused=len(plan.refusals))]
        if plan.refusals:
            lines.append(self.tr("Nothing can be imported until every refused row is fixed in the file."))
            self.tabs.setCurrentIndex(list(self.models).index("refusals"))
        elif not plan.has_changes:
            lines.append(self.tr("The file holds no changes."))
        if plan.not_in_file:
            lines.append(self.tr("{n:,} observations in the workspace are not in the file and stay as "
                                 "they are.").format(n=plan.not_in_file))
        if plan.ignored_columns:
            lines.append(escape(self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(plan.ignored_columns))))
        if problem:
            lines.append(f"<span style='color:#a4262c'>{escape(problem)}</span>")
        self.summary.setText("<br>".join(lines))
        self.apply_button.setEnabled(plan.can_apply and not problem)
        self.apply_button.setText(self.tr("Import {n:,} rows").format(n=len(plan.adds) + len(plan.changes))
                                  if plan.can_apply else self.tr("Import"))

    @Slot(int)
    def _on_encoding_changed(self, _index: int) -> None:
        encoding = self.encoding.currentData() or None
        try:
            plan = self._replan(encoding)
        except ImportRefused as exc:
            self.show_plan(self.plan, problem=self.tr("{encoding}: {reason}").format(
                encoding=self.encoding.currentText(), reason=exc))
            return
        self.show_plan(plan)
