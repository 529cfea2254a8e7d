"""The Problems list: the findings of ``core.analysis.checks.run_checks``, errors first, then the material
ones before the minor, read-only."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.analysis.checks import Finding, finding_order
from ftz_desktop.ui.data.icons import problem_icon
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP
from ftz_desktop.ui.data.models.table_base import DECORATION, Column, PreparedTableModel

COLUMNS = (
    Column("severity", "", 26,
           tip=QT_TRANSLATE_NOOP("FindingsModel", "Red: an error; amber: a warning; sorted material before minor")),
    Column("message", QT_TRANSLATE_NOOP("FindingsModel", "Problem"), 380),
)
C_SEVERITY, C_MESSAGE = range(len(COLUMNS))
# Shown through QCoreApplication.translate("FindingsModel", ...).
KIND_LABELS = {
    "inconsistent": QT_TRANSLATE_NOOP("FindingsModel", "Disagrees with its parts"),
    "missing_input": QT_TRANSLATE_NOOP("FindingsModel", "Input missing"),
    "not_computable": QT_TRANSLATE_NOOP("FindingsModel", "Cannot compute"),
    "no_stated_figure": QT_TRANSLATE_NOOP("FindingsModel", "Stated figure empty"),
    "duplicate": QT_TRANSLATE_NOOP("FindingsModel", "Entered twice"),
    "unknown_indicator": QT_TRANSLATE_NOOP("FindingsModel", "Unknown indicator"),
    "unknown_geography": QT_TRANSLATE_NOOP("FindingsModel", "Unknown geography"),
    "no_source": QT_TRANSLATE_NOOP("FindingsModel", "No source"),
    "out_of_range": QT_TRANSLATE_NOOP("FindingsModel", "Out of range"),
    "gap": QT_TRANSLATE_NOOP("FindingsModel", "Missing value"),
    "no_observations": QT_TRANSLATE_NOOP("FindingsModel", "No observations"),
    "empty_text": QT_TRANSLATE_NOOP("FindingsModel", "Empty text"),
    "missing_figure": QT_TRANSLATE_NOOP("FindingsModel", "Figure not in data"),
    "item_unknown_indicator": QT_TRANSLATE_NOOP("FindingsModel", "Unknown indicator in text"),
    "impossible_share": QT_TRANSLATE_NOOP("FindingsModel", "Share outside 0–100%"),
}
# A finding's severity (capitalised) and materiality, as its tooltip names them.
_SEVERITIES = (QT_TRANSLATE_NOOP("FindingsModel", "Error"), QT_TRANSLATE_NOOP("FindingsModel", "Warning"))
_MATERIALITIES = (QT_TRANSLATE_NOOP("FindingsModel", "material"), QT_TRANSLATE_NOOP("FindingsModel", "minor"))


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("FindingsModel", label) if label else kind.replace("_", " ").capitalize()


class FindingsModel(PreparedTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "FindingsModel"
    STYLE_ROLES = (DECORATION,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._load([])

    def _key(self, item: tuple[int, Finding]) -> int:
        return item[0]

    def _cells(self, item: tuple[int, Finding]) -> tuple[str, ...]:
        return ("", item[1].message)

    def _natural_keys(self) -> list[Any]:
        return [number for number, _ in self._items]

    def _sort_keys(self, column: int) -> list[Any]:
        if column == C_SEVERITY:
            return [(*finding_order(f), number) for number, f in self._items]
        return super()._sort_keys(column)

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        finding = self._items[row][1]
        severity = QCoreApplication.translate("FindingsModel", finding.severity.capitalize())
        materiality = QCoreApplication.translate("FindingsModel", finding.materiality) if finding.materiality else ""
        lines = [QCoreApplication.translate("FindingsModel", "{severity} ({materiality}): {kind}").format(
            severity=severity, materiality=materiality, kind=kind_label(finding.kind)), finding.message]
        if finding.formula and finding.formula not in finding.message:
            lines.append(finding.formula)
        return "\n\n".join(lines)

    def _decoration(self, row: int, column: int) -> Any:
        return problem_icon(self._items[row][1].severity) if column == C_SEVERITY else None

    def finding_at(self, row: int) -> Finding:
        return self._items[row][1]

    def findings(self) -> list[Finding]:
        return [finding for _, finding in self._items]

    def set_findings(self, findings: list[Finding]) -> None:
        if [f for _, f in self._items] == list(findings):
            return
        self._reset(list(enumerate(findings)))
