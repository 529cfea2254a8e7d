"""The Problems list: the findings of ``core.analysis.checks.run_checks``, errors first, then the material
ones before the minor, read-only."""
from __future__ import annotations

from typing import Any, Optional

from ftz_desktop.core.analysis.checks import Finding, finding_order
from ftz_desktop.ui.data.icons import problem_icon
from ftz_desktop.ui.data.models.table_base import DECORATION, Column, PreparedTableModel

COLUMNS = (
    Column("severity", "", 26, tip="Red: an error; amber: a warning; sorted material before minor"),
    Column("message", "Problem", 380),
)
C_SEVERITY, C_MESSAGE = range(len(COLUMNS))
KIND_LABELS = {
    "inconsistent": "Disagrees with its parts", "missing_input": "Input missing", "not_computable": "Cannot compute",
    "no_stated_figure": "Stated figure empty", "duplicate": "Entered twice", "unknown_indicator": "Unknown indicator",
    "unknown_geography": "Unknown geography", "no_source": "No source", "out_of_range": "Out of range",
    "gap": "Missing value", "no_observations": "No observations", "empty_text": "Empty text",
    "missing_figure": "Figure not in data", "item_unknown_indicator": "Unknown indicator in text",
    "impossible_share": "Share outside 0–100%",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


class FindingsModel(PreparedTableModel):
    COLUMNS = COLUMNS
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
        lines = [f"{finding.severity.capitalize()} ({finding.materiality}): {kind_label(finding.kind)}",
                 finding.message]
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
