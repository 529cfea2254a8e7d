"""Shows what the pre-export check found. Errors block the export; warnings allow "Export anyway"."""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.analysis.checks import Finding


def summary_text(findings: Sequence[Finding]) -> str:
    translate = QCoreApplication.translate
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if errors:
        extra = ""
        if warnings == 1:
            extra = translate("PreflightDialog", " (and {count} warning)").format(count=warnings)
        elif warnings:
            extra = translate("PreflightDialog", " (and {count} warnings)").format(count=warnings)
        if errors == 1:
            text = translate("PreflightDialog", "{count} problem stops the export{warnings}. Fix it and export again.")
        else:
            text = translate("PreflightDialog",
                             "{count} problems stop the export{warnings}. Fix them and export again.")
        return text.format(count=errors, warnings=extra)
    if warnings == 1:
        text = translate("PreflightDialog", "{count} warning about this brief. You can export anyway, "
                                            "or cancel and change the brief.")
    else:
        text = translate("PreflightDialog", "{count} warnings about this brief. You can export anyway, "
                                            "or cancel and change the brief.")
    return text.format(count=warnings)


def _labelled(finding: Finding) -> str:
    """"Error: …" or "Warning: …" (the message is the check's own)."""
    if finding.severity == "error":
        text = QCoreApplication.translate("PreflightDialog", "Error: {message}")
    else:
        text = QCoreApplication.translate("PreflightDialog", "Warning: {message}")
    return text.format(message=finding.message)


class PreflightDialog(QDialog):
    def __init__(self, findings: Sequence[Finding], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before the export"))
        self.setObjectName("preflightDialog")
        self.findings = list(findings)
        self.has_errors = any(f.severity == "error" for f in self.findings)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(self.findings), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Findings"))
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for finding in self.findings:
            tip = self.tr("Error ({kind})") if finding.severity == "error" else self.tr("Warning ({kind})")
            item = QListWidgetItem(icons[finding.severity], finding.message)
            item.setToolTip(tip.format(kind=finding.kind))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _labelled(finding))
            self.list.addItem(item)
        layout.addWidget(self.list, 1)

        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.copy_button.clicked.connect(self._on_copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if self.has_errors:
            self.export_button = None
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.export_button = self.buttons.addButton(self.tr("&Export anyway"),
                                                        QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def accept(self) -> None:
        if self.has_errors:    # no button leads here, but a stray Enter must not export either
            return
        super().accept()

    def as_text(self) -> str:
        lines = [self.summary.text()]
        lines += [_labelled(f) for f in self.findings]
        return "\n".join(lines)

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())


def review_findings(parent: QWidget, findings: Sequence[Finding]) -> bool:
    """True when the export may go ahead: no findings, or only warnings and the user chose Export anyway."""
    if not findings:
        return True
    dialog = PreflightDialog(findings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and not dialog.has_errors
    finally:
        dialog.deleteLater()
