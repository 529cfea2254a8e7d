"""Problems: the consistency and data checks as a list; activating one jumps to the cell it is about."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.ui.data.models.filter_proxy import TableFilterProxy
from ftz_desktop.ui.data.models.findings import C_MESSAGE, COLUMNS, FindingsModel
from ftz_desktop.ui.data.views.table_view import DataTableView


class ProblemsPanel(QWidget):
    finding_activated = Signal(object)          # core.analysis.checks.Finding

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = FindingsModel(self)
        self.proxy = TableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = DataTableView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(DataTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.view.set_column_widths(COLUMNS)
        # The message takes the width the panel has (never wider: it wraps instead of running off the edge).
        self.view.horizontalHeader().setSectionResizeMode(C_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(True)                       # a short list: each problem reads in full
        self.view.verticalHeader().hide()
        # Each row as tall as its wrapped message (the list is short, so sizing to contents is cheap),
        # again whenever the column's width changes.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setToolTip(self.tr("Double-click or press Enter on a problem to go to the figure it is about."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._on_activated)
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        material = sum(1 for f in findings if f.materiality == "material")
        if not findings:
            self.summary.setText(self.tr("No problems found by the checks."))
        else:
            errors_text = (self.tr("{n} error") if errors == 1 else self.tr("{n} errors")).format(n=errors)
            warnings_text = (self.tr("{n} warning") if warnings == 1 else self.tr("{n} warnings")).format(n=warnings)
            self.summary.setText(self.tr("{errors}, {warnings} ({material} material). Double-click one to go to "
                                         "its figure.").format(errors=errors_text, warnings=warnings_text,
                                                               material=material))

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def activate_row(self, row: int) -> None:
        """As if the user activated the problem in this (visible) row."""
        self._on_activated(self.proxy.index(row, 0))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.finding_activated.emit(self.model.finding_at(self.proxy.mapToSource(index).row()))
