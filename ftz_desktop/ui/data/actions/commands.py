"""Undo steps of the Data tab: each is one audited store batch, written before the step is pushed.

Undo calls ``store.history.revert`` on the batch (a new audited change: the audit log only grows);
redo reverts the undo's batch. So a 10,000-cell paste or an import is one step that undoes in one
transaction. If the data moved on since (another window changed the same cells), the store refuses
and changes nothing; the step is then dropped from the stack and ``report`` is told why.
"""
from __future__ import annotations

import logging
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ftz_desktop.errors import is_user_error, user_message

log = logging.getLogger(__name__)
Report = Callable[[str], None]


# The names of the steps, as the Edit menu, the status line and the audit trail's labels show them.
def edit_text(what: str) -> str:
    return QCoreApplication.translate("UndoCommands", "Edit {what}").format(what=what)


def add_text(what: str) -> str:
    return QCoreApplication.translate("UndoCommands", "Add {what}").format(what=what)


def delete_text(what: str) -> str:
    return QCoreApplication.translate("UndoCommands", "Delete {what}").format(what=what)


def paste_text(cells: int) -> str:
    text = (QCoreApplication.translate("UndoCommands", "Paste {n} cell") if cells == 1 else
            QCoreApplication.translate("UndoCommands", "Paste {n} cells"))
    return text.format(n=cells)


def clear_text(cells: int) -> str:
    text = (QCoreApplication.translate("UndoCommands", "Clear {n} cell") if cells == 1 else
            QCoreApplication.translate("UndoCommands", "Clear {n} cells"))
    return text.format(n=cells)


class BatchCommand(QUndoCommand):
    """One store batch as one undo step (the batch is already written when the step is pushed)."""

    def __init__(self, store, batch_id: str, text: str, report: Report) -> None:
        super().__init__(text)
        self._store = store
        self._applied = batch_id                  # the batch whose effect is in the data now
        self._undone: Optional[str] = None        # the batch that undid it
        self._pushed = False
        self._report = report

    @property
    def batch_id(self) -> str:
        return self._applied

    def redo(self) -> None:
        if not self._pushed:          # QUndoStack.push calls redo(): the change is already in the store
            self._pushed = True
            return
        batch = self._revert(self._undone, QCoreApplication.translate("UndoCommands", "Redo: {step}").format(
            step=self.text()))
        if batch is not None:
            self._applied = batch

    def undo(self) -> None:
        batch = self._revert(self._applied, QCoreApplication.translate("UndoCommands", "Undo: {step}").format(
            step=self.text()))
        if batch is not None:
            self._undone = batch

    def _revert(self, batch_id: Optional[str], label: str) -> Optional[str]:
        try:
            return self._store.history.revert(batch_id, label)
        except Exception as exc:      # the stack cannot take an exception; the data is unchanged
            if is_user_error(exc):
                log.warning("%s refused: %s", label, exc)
            else:
                log.exception("%s failed", label)
            self.setObsolete(True)    # QUndoStack drops an obsolete step
            text = QCoreApplication.translate("UndoCommands",
                                              "{step} was not possible; nothing was changed.\n\n{reason}")
            self._report(text.format(step=label, reason=user_message(exc)))
            return None


class EditCommand(BatchCommand):
    def __init__(self, store, batch_id: str, what: str, report: Report) -> None:
        super().__init__(store, batch_id, edit_text(what), report)


class PasteCommand(BatchCommand):
    def __init__(self, store, batch_id: str, cells: int, report: Report) -> None:
        super().__init__(store, batch_id, paste_text(cells), report)


class AddCommand(BatchCommand):
    def __init__(self, store, batch_id: str, what: str, report: Report) -> None:
        super().__init__(store, batch_id, add_text(what), report)


class DeleteCommand(BatchCommand):
    def __init__(self, store, batch_id: str, what: str, report: Report) -> None:
        super().__init__(store, batch_id, delete_text(what), report)


class ImportCommand(BatchCommand):
    def __init__(self, store, batch_id: str, file_name: str, report: Report) -> None:
        text = QCoreApplication.translate("UndoCommands", "Import {file}").format(file=file_name)
        super().__init__(store, batch_id, text, report)


class RestoreSnapshotCommand(BatchCommand):
    def __init__(self, store, batch_id: str, name: str, report: Report) -> None:
        text = QCoreApplication.translate("UndoCommands", "Restore snapshot '{name}'").format(name=name)
        super().__init__(store, batch_id, text, report)
