"""The row of buttons above the Data tab's tables."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

# Buttons that stay usable on a read-only workspace (reading and copying out, not changing).
READ_ONLY_KEYS = ("export", "snapshots")
# A little space after these, to group the buttons: rows | files | snapshots.
GROUP_ENDS = ("delete", "export")


def build_action_bar(parent: QWidget, actions: Sequence[tuple[str, str, Callable, str]],
                     read_only: bool) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """``actions`` are (key, text, slot, tooltip); returns the layout and the buttons by key."""
    bar = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, text, slot, tip in actions:
        button = QPushButton(text, parent)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setEnabled(not read_only or key in READ_ONLY_KEYS)
        buttons[key] = button
        bar.addWidget(button)
        if key in GROUP_ENDS:
            bar.addSpacing(12)
    bar.addStretch(1)
    return bar, buttons
