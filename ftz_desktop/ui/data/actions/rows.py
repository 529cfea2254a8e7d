"""Add and delete rows in the Data tab: the dialogs, the question before a delete that other things depend
on (naming them), and the store calls through the undo-aware editor."""
from __future__ import annotations

import logging
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
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
        lines.append(QCoreApplication.translate("RowActions", "• … and {n} more").format(n=len(things) - SHOWN))
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
        text = QCoreApplication.translate("RowActions", "{reason}\nNothing was changed.")
        QMessageBox.warning(self._parent, title, text.format(reason=user_message(exc)))

    # ----- adding ---------------------------------------------------------------------------------------------
    def add_observation(self, indicator_id: str = "", geography: str = "", source_id: str = "") -> Optional[int]:
        """The new observation's id, or None if the user cancelled (the form starts from the given codes)."""
        added: list[int] = []

        def submit(entered: ObservationInput) -> None:
            added.append(self._editor.add_observation(entered.as_row()))

        from ftz_desktop.core.study.names import localized

        language = self._content.language if self._content is not None else "en"
        dialog = AddObservationDialog(localized(self._store.dataset(), language), submit, indicator_id, geography,
                                      source_id, self._parent, language)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        if added:
            self._status(QCoreApplication.translate("RowActions", "Observation added. Edit › Undo takes it back."))
        return added[0] if added else None

    def add_indicator(self) -> Optional[str]:
        sections = [s.id for s in self._content.sections] if self._content is not None else []
        dialog = AddIndicatorDialog(sections, self._editor.add_indicator, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_indicator is None:
                return None
        finally:
            dialog.deleteLater()
        text = QCoreApplication.translate("RowActions", "Indicator {id} added. Edit › Undo takes it back.")
        self._status(text.format(id=dialog.result_indicator.id))
        return dialog.result_indicator.id

    def add_source(self) -> Optional[str]:
        dialog = AddSourceDialog(self._editor.add_source, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_source is None:
                return None
        finally:
            dialog.deleteLater()
        self._status(QCoreApplication.translate("RowActions", "Source {id} added: new observations can cite it. "
                                                "Edit › Undo takes it back.").format(id=dialog.result_source.id))
        return dialog.result_source.id

    # ----- deleting -------------------------------------------------------------------------------------------
    def delete_observations(self, observations: list) -> bool:
        if not observations:
            return False
        many = len(observations) > 1
        key = " · ".join(observations[0].key)
        title = QCoreApplication.translate("RowActions", "Delete observations")
        dependents = observation_dependents(observations, self._store, self._content)
        if dependents:
            if many:
                question = QCoreApplication.translate(
                    "RowActions", "Delete {n} observations?\n\nThese use them:\n{uses}\n\n"
                                  "Edit › Undo brings {n} observations back.")
            else:
                question = QCoreApplication.translate(
                    "RowActions", "Delete the observation {key}?\n\nThese use it:\n{uses}\n\n"
                                  "Edit › Undo brings the observation {key} back.")
            if not self._confirm(title, question.format(n=len(observations), key=key, uses=_listed(dependents))):
                return False
        try:
            self._editor.delete_observations([o.id for o in observations])
        except Exception as exc:       # noqa: BLE001 - a write failure (the store rolled back) or rows deleted meanwhile
            self._failed(title, exc)
            return False
        if many:
            done = QCoreApplication.translate("RowActions",
                                              "Deleted {n} observations. Edit › Undo brings them back.")
        else:
            done = QCoreApplication.translate("RowActions",
                                              "Deleted the observation {key}. Edit › Undo brings it back.")
        self._status(done.format(n=len(observations), key=key))
        return True

    def delete_indicator(self, indicator_id: str) -> bool:
        dataset = self._store.dataset()
        indicator = dataset.indicators.get(indicator_id)
        if indicator is None:
            return False
        count = sum(1 for o in dataset.observations if o.indicator_id == indicator_id)
        dependents = indicator_dependents(indicator_id, self._store, self._content)
        title = QCoreApplication.translate("RowActions", "Delete indicator")
        if count or dependents:
            if not count:
                question = QCoreApplication.translate("RowActions", "Delete the indicator “{name}” ({id})?")
            elif count == 1:
                question = QCoreApplication.translate("RowActions",
                                                      "Delete the indicator “{name}” ({id}) and its {n} observation?")
            else:
                question = QCoreApplication.translate("RowActions",
                                                      "Delete the indicator “{name}” ({id}) and its {n} observations?")
            lines = [question.format(name=indicator.name, id=indicator_id, n=count)]
            if dependents:
                uses = QCoreApplication.translate("RowActions", "These use it and will lose its figures:\n{uses}")
                lines.append(uses.format(uses=_listed(dependents)))
            lines.append(QCoreApplication.translate("RowActions", "Edit › Undo brings it back."))
            if not self._confirm(title, "\n\n".join(lines)):
                return False
        try:
            self._editor.delete_indicator(indicator_id)
        except Exception as exc:       # noqa: BLE001 - a write failure (the store rolled back) or deleted meanwhile
            self._failed(title, exc)
            return False
        done = QCoreApplication.translate("RowActions", "Deleted the indicator {id}. Edit › Undo brings it back.")
        self._status(done.format(id=indicator_id))
        return True
