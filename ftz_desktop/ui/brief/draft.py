"""The Brief tab's draft: the brief on screen kept in the workspace, so Ctrl+Q or a crash loses no choice.

It is written a moment after the last change and when the tab closes, and only when it differs from what
is kept; the next start shows it again. A draft that cannot be read or written is logged, never in the way.
"""
from __future__ import annotations

import logging
from typing import Callable, Optional

from PySide6.QtCore import QObject, QTimer, Slot

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.recipe import Recipe

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 2000        # the brief is kept in the workspace this long after the last change


class DraftKeeper(QObject):
    def __init__(self, store, current: Callable[[], Recipe], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._store = store
        self._current = current
        self._kept: Optional[dict] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save)

    def kept_recipe(self) -> Optional[Recipe]:
        """The brief left last time, if the workspace keeps one that is still a recipe."""
        try:
            kept = self._store.recipes.draft()
            recipe = Recipe.from_dict(kept) if kept is not None else None
        except UserError as exc:
            log.warning("The brief's draft could not be read: %s", exc)
            return None
        return recipe

    def start(self) -> None:
        """From now on changes are the user's: what is on screen counts as kept (nothing is written for it)."""
        self._timer.stop()
        self._kept = self._current().to_dict()

    @Slot()
    def changed(self) -> None:
        if self._kept is not None:       # changes while the tab is being built are not a draft
            self._timer.start()

    @Slot()
    def save(self) -> None:
        """Keep the brief on screen (nothing is written when it has not changed)."""
        self._timer.stop()
        if self._kept is None or self._store.read_only or getattr(self._store, "closed", False):
            return
        data = self._current().to_dict()
        if data == self._kept:
            return
        try:
            self._store.recipes.save_draft(data)
        except UserError as exc:     # disk full, locked: kept on screen; tried again at the next change
            log.warning("The brief's draft was not kept: %s", exc)
            return
        self._kept = data
