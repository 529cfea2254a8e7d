"""The question after a colleague's change met this user's: keep theirs (the safe default, also on Escape) or
write this user's over it. The texts come translated from the caller."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_theirs_or_mine(parent: QWidget, title: str, text: str, theirs_label: str, mine_label: str) -> bool:
    """True when the user chose theirs."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    theirs = box.addButton(theirs_label, QMessageBox.ButtonRole.RejectRole)
    box.addButton(mine_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(theirs)
    box.setEscapeButton(theirs)
    try:
        box.exec()
        return box.clickedButton() is theirs
    finally:
        box.deleteLater()
