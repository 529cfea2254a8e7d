"""The questions the Data tab asks before a write: keep likely slips, retry a failed save, the new figures'
source, keep a colleague's change or apply one's own on top. Each returns the user's answer; nothing is written
here. Texts keep the Data tab's translation context, where Qt Linguist has them."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ftz_desktop.ui.data.actions.provenance import FigureSource, SourceRequest
from ftz_desktop.ui.data.dialogs.figure_source import FigureSourceDialog
from ftz_desktop.ui.widgets.theirs_or_mine import ask_theirs_or_mine

SHOWN = 5


def confirm_unusual(parent: QWidget, reasons: list[str]) -> bool:
    """True: write the values that look like slips as typed (one question for all of them)."""
    shown = "\n".join(f"• {r}" for r in reasons[:SHOWN])
    if len(reasons) > SHOWN:
        shown += "\n" + QCoreApplication.translate("DataTab", "… and {n:,} more").format(n=len(reasons) - SHOWN)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DataTab", "Check these values"),
        QCoreApplication.translate("DataTab", "Please check:\n\n{values}\n\nKeep them as typed?").format(values=shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_retry(parent: QWidget, message: str, offline: bool = False) -> bool:
    """True: try the same write again (the disk was full, the file locked, or the server out of reach:
    ``offline``; the typed value is held)."""
    if offline:
        hint = QCoreApplication.translate("DataTab", "{reason}\n\nYour change is kept: press Retry when the server "
                                                   "is back (the status bar says so).")
    else:
        hint = QCoreApplication.translate("DataTab", "{reason}\n\nYour change is kept: free space or close the other "
                                                   "program, then press Retry.")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DataTab", "Not saved"), hint.format(reason=message),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Retry


def resolve_conflict(parent: QWidget, message: str) -> bool:
    """Someone changed the row since it was shown: True applies this user's value on top of theirs (a new change,
    audited and undoable); False keeps theirs."""
    return not ask_theirs_or_mine(
        parent, QCoreApplication.translate("DataTab", "Changed by someone else"),
        QCoreApplication.translate("DataTab", "{reason}\n\nKeep their value, or apply yours on top of it as a new "
                                              "change?").format(reason=message),
        QCoreApplication.translate("DataTab", "Keep theirs"), QCoreApplication.translate("DataTab", "Apply mine"))


def ask_figure_source(parent: QWidget, request: SourceRequest, store,
                      add_source: Callable[[], Optional[str]]) -> Optional[FigureSource]:
    """The source and status the new figures take, or None when the user cancels."""
    dialog = FigureSourceDialog(request, store.sources(), add_source, store.sources, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_choice if accepted else None
    finally:
        dialog.deleteLater()
