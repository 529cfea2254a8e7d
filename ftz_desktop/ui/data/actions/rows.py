"""Add and delete rows in the Data tab: the dialogs, the question before a delete that other things depend
on (naming them), and the store calls through the undo-aware editor."""
from __future__ import annotations

import logging
from typing import Callable, Optional

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ftz_desktop.errors import is_user_error, user_message
from ftz_desktop.ui.data.actions.dependents import indicator_dependents, observation_dependents
from ftz_desktop.ui.data.dialogs.add_indicator import AddIndicatorDialog
from ftz_desktop.ui.data.dialogs.add_observation import AddObservationDialog, ObservationInput
from ftz_desktop.ui.data.dialogs.add_source import AddSourceDialog

SHOWN = 15
log = logging.getLogger(__name__)


def _listed(things: list[str]) -> str:
    lines = [f"• {thing}" for thing in things[:SHOWN]]
    if len(things) > SHOWN:
        lines.append(f"• … and {len(things) - SHOWN} more")
    return "\n".join(lines)


class RowActions:
    def __init__(self, store, content, editor, parent: QWidget, status: Callable[[str], None]) -> None:
        self._store, self._content, self._editor = store, content, editor
        self._parent, self._status = parent, status

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, title: str, exc: BaseException) -> None:
        if not is_user_error(exc):
            log.error("%s failed", title, exc_info=exc)
        QMessageBox.warning(self._parent, title, f"{user_message(exc)}\nNothing was changed.")

    # ----- adding ---------------------------------------------------------------------------------------------
    def add_observation(self, indicator_id: str = "", geography: str = "", source_id: str = "") -> Optional[int]:
        """The new observation's id, or None if the user cancelled (the form starts from the given codes)."""
        added: list[int] = []

        def submit(entered: ObservationInput) -> None:
            added.append(self._editor.add_observation(entered.as_row()))

        dialog = AddObservationDialog(self._store.dataset(), submit, indicator_id, geography, source_id, self._parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if added:
            self._status("Observation added. Edit › Undo takes it back.")
        return added[0] if added else None

    def add_indicator(self) -> Optional[str]:
        sections = [s.id for s in self._content.sections] if self._content is not None else []
        dialog = AddIndicatorDialog(sections, self._editor.add_indicator, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_indicator is None:
                return None
        finally:
            dialog.deleteLater()
        self._status(f"Indicator {dialog.result_indicator.id} added. Edit › Undo takes it back.")
        return dialog.result_indicator.id

    def add_source(self) -> Optional[str]:
        dialog = AddSourceDialog(self._editor.add_source, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_source is None:
                return None
        finally:
            dialog.deleteLater()
        self._status(f"Source {dialog.result_source.id} added: new observations can cite it. "
                     "Edit › Undo takes it back.")
        return dialog.result_source.id

    # ----- deleting -------------------------------------------------------------------------------------------
    def delete_observations(self, observations: list) -> bool:
        if not observations:
            return False
        what = (f"{len(observations)} observations" if len(observations) > 1 else
                "the observation " + " · ".join(observations[0].key))
        dependents = observation_dependents(observations, self._store, self._content)
        if dependents and not self._confirm(
                "Delete observations", f"Delete {what}?\n\nThese use {'them' if len(observations) > 1 else 'it'}:\n"
                                       f"{_listed(dependents)}\n\nEdit › Undo brings {what} back."):
            return False
        try:
            self._editor.delete_observations([o.id for o in observations])
        except Exception as exc:       # noqa: BLE001 - a write failure (the store rolled back) or rows deleted meanwhile
            self._failed("Delete observations", exc)
            return False
        self._status(f"Deleted {what}. Edit › Undo brings {'them' if len(observations) > 1 else 'it'} back.")
        return True

    def delete_indicator(self, indicator_id: str) -> bool:
        dataset = self._store.dataset()
        indicator = dataset.indicators.get(indicator_id)
        if indicator is None:
            return False
        count = sum(1 for o in dataset.observations if o.indicator_id == indicator_id)
        dependents = indicator_dependents(indicator_id, self._store, self._content)
        if count or dependents:
            lines = [f"Delete the indicator “{indicator.name}” ({indicator_id})"
                     f"{f' and its {count} observation' + ('s' if count != 1 else '') if count else ''}?"]
            if dependents:
                lines.append(f"These use it and will lose its figures:\n{_listed(dependents)}")
            lines.append("Edit › Undo brings it back.")
            if not self._confirm("Delete indicator", "\n\n".join(lines)):
                return False
        try:
            self._editor.delete_indicator(indicator_id)
        except Exception as exc:       # noqa: BLE001 - a write failure (the store rolled back) or deleted meanwhile
            self._failed("Delete indicator", exc)
            return False
        self._status(f"Deleted the indicator {indicator_id}. Edit › Undo brings it back.")
        return True
