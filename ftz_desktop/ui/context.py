"""What every tab needs from the application, handed down by the main window."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:  # imported for type hints only; the store pulls in SQLAlchemy
    from PySide6.QtGui import QUndoStack

    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import Content
    from ftz_desktop.ui.store_events import StoreEvents


@dataclass
class AppContext:
    store: "WorkspaceStore"
    content: "Content"
    undo_stack: "QUndoStack"
    # Tabs ask the window to move focus elsewhere (e.g. a key-figure card opens its indicator in the Data tab).
    show_indicator: Callable[[str], None] = field(default=lambda indicator_id: None)
    show_status_message: Callable[[str], None] = field(default=lambda text: None)
    # A tab tells the window that the server refused this user's write (a viewer): the window then only reads.
    write_refused: Callable[[str], None] = field(default=lambda message: None)
    # The team workspace's server is out of reach, or refused this user's write (the window sets them): tabs built
    # meanwhile (or anew in another language) start read only.
    offline: bool = False
    refused: bool = False
    # The one adapter from the store's events to Qt signals, shared by every tab (made here if not given).
    events: Optional["StoreEvents"] = None

    def __post_init__(self) -> None:
        if self.events is None:
            from ftz_desktop.ui.store_events import StoreEvents

            self.events = StoreEvents(self.store)
        self._named: tuple[object, str, object] = (None, "", None)     # (store's dataset, language, named)

    @property
    def language(self) -> str:
        """The window's language: that of the study text it shows."""
        return self.content.language

    def dataset(self):
        """The workspace's data with its names in the window's language (the values as stored); the same
        object until the data or the language change."""
        from ftz_desktop.core.study.names import localized

        raw, language = self.store.dataset(), self.language
        if self._named[0] is not raw or self._named[1] != language:
            self._named = (raw, language, localized(raw, language))
        return self._named[2]
