"""Copy, paste and clear on the Data tab's grids, in the visible (sorted, filtered) coordinates.

A paste into the observations grid is one store batch: every cell is written or none is, and one
message names every refused cell by its visible row, its observation and its column. Columns that
cannot be edited (indicator, unit, ID) may be pasted over only with the text they already hold, so
whole rows copied out and pasted back line up, and rows pasted onto the wrong observations are refused.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt

from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.validation import BatchValidationError, CellChange, References, observation_cell
from ftz_desktop.ui.data.actions.clipboard import ClipboardError, parse_tsv, plan_paste, selection_rectangle, to_tsv
from ftz_desktop.ui.data.models.table_base import EDIT

SHOWN = 30


def copy_text(view) -> str:
    """The selected range as Excel-style tab-separated text (ClipboardError if it is not one rectangle)."""
    model = view.model()
    rows, columns = selection_rectangle(view.selected_cells())
    return to_tsv([[model.index(r, c).data(EDIT) or "" for c in columns] for r in rows])


def _anchor(view) -> tuple[int, int]:
    cells = view.selected_cells()
    if cells:
        return min(r for r, _ in cells), min(c for _, c in cells)
    current = view.currentIndex()
    if current.isValid():
        return current.row(), current.column()
    raise ClipboardError(QCoreApplication.translate("ObservationGrid", "Select the cell where the paste should start."))


def refusal_message(action: str, problems: list[str]) -> str:
    """``action`` is "pasted" or "cleared"."""
    one = len(problems) == 1
    if action == "cleared":
        head = (QCoreApplication.translate("ObservationGrid", "Nothing was cleared: {n} cell was refused.") if one else
                QCoreApplication.translate("ObservationGrid", "Nothing was cleared: {n} cells were refused."))
    else:
        head = (QCoreApplication.translate("ObservationGrid", "Nothing was pasted: {n} cell was refused.") if one else
                QCoreApplication.translate("ObservationGrid", "Nothing was pasted: {n} cells were refused."))
    lines = [head.format(n=len(problems))] + [f"• {p}" for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        lines.append(QCoreApplication.translate("ObservationGrid", "• … and {n} more").format(n=len(problems) - SHOWN))
    return "\n".join(lines)


def _nothing_done(action: str, reason: object) -> str:
    if action == "cleared":
        return QCoreApplication.translate("ObservationGrid", "Nothing was cleared: {reason}").format(reason=reason)
    return QCoreApplication.translate("ObservationGrid", "Nothing was pasted: {reason}").format(reason=reason)


def _cell_reason(where: str, reason: str) -> str:
    return QCoreApplication.translate("ObservationGrid", "{cell}: {reason}").format(cell=where, reason=reason)


class ObservationGrid:
    """Paste and clear for the observations view (a TableFilterProxy over an ObservationsModel)."""

    def __init__(self, view, editor, store) -> None:
        self._view, self._editor, self._store = view, editor, store

    def _where(self, visible_row: int, source_row: int, column: int) -> str:
        source = self._view.model().sourceModel()
        obs = source.observation_at(source_row)
        text = QCoreApplication.translate("ObservationGrid",
                                          "Row {row} ({indicator} · {geography} · {period}), {column}")
        # Named as the table shows them (indicator and geography names, not ids).
        return text.format(
            row=visible_row + 1, indicator=source.index(source_row, 0).data(),
            geography=source.index(source_row, 1).data(), period=obs.period, column=source.column_title(column))

    def _source_row(self, visible_row: int) -> int:
        proxy = self._view.model()
        return proxy.mapToSource(proxy.index(visible_row, 0)).row()

    def paste(self, text: str) -> Optional[str]:
        """None when pasted (or nothing changed); else the message for the user."""
        if self._editor.read_only:
            return QCoreApplication.translate("ObservationGrid", "The workspace is open read-only; nothing was pasted.")
        proxy, view = self._view.model(), self._view
        source = proxy.sourceModel()
        block = parse_tsv(text)
        selection = view.selected_cells()
        fill = len(block) == 1 and len(block[0]) == 1 and len(selection) > 1
        placed = plan_paste(block, _anchor(view), selection, proxy.rowCount(), proxy.columnCount())
        changes: list[CellChange] = []
        where: dict[tuple[int, str], str] = {}
        problems: list[str] = []
        for cell in placed:
            source_row = self._source_row(cell.row)
            column = source.COLUMNS[cell.column]
            label = self._where(cell.row, source_row, cell.column)
            if not column.editable:
                current = source.edit_text(source_row, cell.column)
                if not fill and cell.text.strip() != current.strip():
                    mismatch = QCoreApplication.translate(
                        "ObservationGrid", "{cell}: '{text}' is not this row's '{current}'; this column cannot be "
                                           "changed, so the pasted rows do not line up with these observations")
                    problems.append(mismatch.format(cell=label, text=cell.text, current=current))
                continue
            shown = source.observation_at(source_row)         # its version: a colleague's change is not pasted over
            obs_id = shown.id
            # A value pasted in the unit the table shows (亿元 in Chinese) is stored in its own unit.
            changes.append(CellChange(obs_id, column.key, source.stored_text(source_row, cell.column, cell.text),
                                      shown.version))
            where[(obs_id, column.key)] = label
        problems += self._cell_problems(changes, where)
        if problems:        # refused before anything is asked (a source question for a paste that fails anyway)
            return refusal_message("pasted", problems)
        return self._apply(changes, where, "pasted", self._editor.paste)

    def clear(self) -> Optional[str]:
        """Empty the selected editable cells, as one step (a value needs status M to be empty)."""
        if self._editor.read_only:
            return QCoreApplication.translate("ObservationGrid", "The workspace is open read-only; "
                                                                 "nothing was cleared.")
        source = self._view.model().sourceModel()
        changes, where = [], {}
        for row, column in sorted(self._view.selected_cells()):
            if not source.COLUMNS[column].editable:
                continue
            source_row = self._source_row(row)
            shown = source.observation_at(source_row)
            obs_id = shown.id
            changes.append(CellChange(obs_id, source.COLUMNS[column].key, "", shown.version))
            where[(obs_id, source.COLUMNS[column].key)] = self._where(row, source_row, column)
        if not changes:
            return QCoreApplication.translate("ObservationGrid", "The selected cells cannot be changed here "
                                                                 "(indicator, unit and ID are fixed).")
        return self._apply(changes, where, "cleared", self._editor.clear)

    def _apply(self, changes, where, action: str, write) -> Optional[str]:
        if not changes:
            return None
        try:
            write(changes)
        except BatchValidationError as exc:
            return refusal_message(action, [_cell_reason(_cell_name(where, p), p.reason) for p in exc.problems])
        except UserError as exc:
            return _nothing_done(action, exc)
        return None

    def _cell_problems(self, changes: list[CellChange], where: dict[tuple[int, str], str]) -> list[str]:
        """Each cell checked by the store's own rule book, so one message can name them all."""
        dataset = self._store.dataset()
        refs = References(indicators=dataset.indicators, sources=frozenset(dataset.sources),
                          geographies=frozenset(dataset.geographies))
        found = []
        for change in changes:
            indicator = dataset.indicators.get(self._store.observation(change.obs_id).indicator_id)
            try:
                observation_cell(change.column, change.raw, indicator, refs)
            except ParseError as exc:
                found.append(_cell_reason(where[(change.obs_id, change.column)], exc.reason))
        return found


def _cell_name(where: dict[tuple[int, str], str], problem) -> str:
    """Where a refused cell is on screen; a source or status the paste added is named by its value cell."""
    return where.get((problem.obs_id, problem.column)) or where.get((problem.obs_id, "value"), str(problem))


def paste_single_cell(view, text: str) -> Optional[str]:
    """Paste into a grid that takes one cell at a time (indicators): the model's own edit path."""
    block = parse_tsv(text)
    if not block:
        return QCoreApplication.translate("Clipboard", "The clipboard holds no cells to paste.")
    if len(block) > 1 or len(block[0]) > 1:
        return QCoreApplication.translate("ObservationGrid", "This table takes one pasted cell at a time; "
                                                             "paste ranges in the Observations table.")
    index = view.currentIndex()
    if not index.isValid():
        return QCoreApplication.translate("ObservationGrid", "Select the cell to paste into.")
    if not index.flags() & Qt.ItemFlag.ItemIsEditable:
        return QCoreApplication.translate("ObservationGrid", "This cell cannot be changed.")
    view.model().setData(index, block[0][0], EDIT)
    return None
