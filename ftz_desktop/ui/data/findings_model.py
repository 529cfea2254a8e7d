"""The Problems list: the findings of ``core.checks.run_checks``, errors first, read-only."""
from __future__ import annotations

from typing import Any, Optional

from ftz_desktop.core.checks import Finding
from ftz_desktop.ui.data.icons import problem_icon
from ftz_desktop.ui.data.table_base import Column, PreparedTableModel

COLUMNS = (
    Column("severity", "Severity", 85),
    Column("kind", "Check", 150),
    Column("message", "Problem", 700),
)
C_SEVERITY, C_KIND, C_MESSAGE = range(len(COLUMNS))
KIND_LABELS = {
    "inconsistent": "Disagrees with its parts", "missing_input": "Input missing", "not_computable": "Cannot compute",
    "no_stated_figure": "Stated figure empty", "duplicate": "Entered twice", "unknown_indicator": "Unknown indicator",
    "unknown_geography": "Unknown geography", "no_source": "No source", "out_of_range": "Out of range",
    "gap": "Missing value", "no_observations": "No observations", "empty_text": "Empty text",
    "missing_figure": "Figure not in data", "item_unknown_indicator": "Unknown indicator in text",
}


class FindingsModel(PreparedTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._load([])

    def _key(self, item: tuple[int, Finding]) -> int:
        return item[0]

    def _cells(self, item: tuple[int, Finding]) -> tuple[str, ...]:
        finding = item[1]
        return (finding.severity.capitalize(), KIND_LABELS.get(finding.kind, finding.kind.replace("_", " ")),
                finding.message)

    def _natural_keys(self) -> list[Any]:
        return [number for number, _ in self._items]

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        finding = self._items[row][1]
        return f"{finding.message}\n\n{finding.formula}".strip() if finding.formula else finding.message

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
