"""Recipe commands of the composer: keep named recipes in the workspace, and exchange them as .json files.

The composer gives the current recipe and applies one (reporting ids this workspace lacks, as one step
of its undo history); the workspace store keeps named recipes; files are written atomically. Every
failure is one message that names the recipe or the file.

A brief opened from or saved under a name in the workspace is that recipe's: when the window closes
with changes the recipe does not have, ``confirm_close`` asks Save / Discard / Cancel.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.recipe import Recipe, RecipeFileError, read_recipe_file
from ftz_desktop.core.store.errors import ConflictError, WorkspaceNotWritableError
from ftz_desktop.ui.brief import recipe_dialogs
from ftz_desktop.ui.brief.export_dialogs import suggested_file_name
from ftz_desktop.ui.brief.export_flow import documents_folder

# The named recipe on screen: its name, the brief as saved under it, a state the user chose not to save, its version.
NamedState = tuple[str, Optional[dict], Optional[dict], Optional[int]]


class RecipeActions(QObject):
    def __init__(self, owner: QWidget, store, current: Callable[[], Recipe],
                 apply: Callable[[Recipe, str, str], Any], reset: Callable[[], None],
                 show_status: Callable[[str], None],
                 write_refused: Callable[[str], None] = lambda message: None) -> None:
        super().__init__(owner)
        self._write_refused = write_refused      # the server refused this user's write: the window reads only
        self._owner = owner
        self._store = store
        self._current = current
        self._apply = apply
        self._reset = reset
        self._show_status = show_status
        self.folder: Optional[Path] = None
        self.last_name = ""
        # The named recipe on screen: its name, the brief as saved under it, and a state the user chose not
        # to save when closing (not asked again while the brief stays so).
        self.named = ""
        self._named_version: Optional[int] = None    # the named recipe's version as it was opened or saved
        self._saved: Optional[dict] = None
        self._discarded: Optional[dict] = None
        self.save_action = self._action(self.tr("&Save in workspace…"), self.save_to_workspace,
                                        self.tr("Keep the ticked contents and settings under a name in this workspace"))
        self.open_action = self._action(self.tr("&Open from workspace…"), self.open_from_workspace,
                                        self.tr("Use a recipe saved in this workspace"))
        self.delete_action = self._action(self.tr("&Delete from workspace…"), self.delete_from_workspace,
                                          self.tr("Delete a recipe saved in this workspace"))
        self.export_action = self._action(self.tr("&Export to file…"), self.export_to_file,
                                          self.tr("Save the recipe as a file to send to a colleague"))
        self.import_action = self._action(self.tr("Open from &file…"), self.open_from_file,
                                          self.tr("Use a recipe from a file (.ftzrecipe or .json)"))
        self.reset_action = self._action(
            self.tr("&Reset to the whole study"), reset,
            self.tr("Tick every section, item, indicator and chart, with default settings"))

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in (self.save_action, self.open_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.reset_action)
        return menu

    def _warn(self, title: str, message: str, exc: Optional[BaseException] = None) -> None:
        QMessageBox.warning(self._owner, title, message)
        if isinstance(exc, WorkspaceNotWritableError) and getattr(self._store, "is_server", False):
            self._write_refused(str(exc))

    def _names(self) -> Optional[list[str]]:
        try:
            return self._store.recipes.names()
        except UserError as exc:   # a WorkspaceError names the workspace file and the cause
            self._warn(self.tr("Recipes not available"), str(exc))
            return None

    # ----- the workspace ------------------------------------------------------------------------------
    @Slot()
    def save_to_workspace(self) -> Optional[str]:
        names = self._names()
        if names is None:
            return None
        name = recipe_dialogs.ask_recipe_name(self._owner, names, self.last_name)
        if name is None:
            return None
        # The recipe on screen is saved over the version it was opened at; another name was confirmed as typed.
        if not self._save(name, self._named_version if name == self.named else None):
            return None
        self.last_name = name
        self._show_status(self.tr("Saved the recipe '{name}' in the workspace.").format(name=name))
        return name

    @Slot()
    def open_from_workspace(self) -> Optional[str]:
        names = self._names()
        if names is None:
            return None
        if not names:
            QMessageBox.information(self._owner, self.tr("No saved recipes"),
                                    self.tr("This workspace has no saved recipes yet. Use Save in workspace… first."))
            return None
        name = recipe_dialogs.choose_recipe(self._owner, names, self.tr("Open recipe"),
                                            self.tr("Recipe saved in this workspace:"))
        if name is None:
            return None
        try:
            data, version = self._store.recipes.load_versioned(name)
            recipe = Recipe.from_dict(data)
        except (UserError, ValueError) as exc:   # RecipeError (made by a newer version), RecordNotFoundError,
            # WorkspaceError; ValueError: the stored JSON is damaged
            self._warn(self.tr("Recipe not opened"),
                       self.tr("The recipe '{name}' cannot be used: {error}").format(name=name, error=exc))
            return None
        self.last_name = name
        self._apply(recipe, self.tr("The recipe '{name}'").format(name=name),
                    self.tr("open the recipe '{name}'").format(name=name))
        self._name_the_brief(name, version)
        self._show_status(self.tr("Opened the recipe '{name}'.").format(name=name))
        return name

    @Slot()
    def delete_from_workspace(self) -> Optional[str]:
        names = self._names()
        if not names:
            if names is not None:
                QMessageBox.information(self._owner, self.tr("No saved recipes"),
                                        self.tr("This workspace has no saved recipes."))
            return None
        name = recipe_dialogs.choose_recipe(self._owner, names, self.tr("Delete recipe"), self.tr("Recipe to delete:"))
        if name is None or not recipe_dialogs.confirm_delete_recipe(self._owner, name):
            return None
        try:
            self._store.recipes.delete(name)
        except UserError as exc:   # RecordNotFoundError (deleted elsewhere) or WorkspaceError
            self._warn(self.tr("Recipe not deleted"),
                       self.tr("The recipe '{name}' was not deleted: {error}").format(name=name, error=exc), exc)
            return None
        self._show_status(self.tr("Deleted the recipe '{name}' from the workspace.").format(name=name))
        return name

    # ----- files --------------------------------------------------------------------------------------
    @Slot()
    def export_to_file(self) -> Optional[Path]:
        from ftz_desktop.core.atomic import AtomicWriteError, TargetNameError, atomic_write_bytes, validate_target_name

        recipe = self._current()
        stem = Path(suggested_file_name(recipe.title)).stem
        path = recipe_dialogs.ask_recipe_file_to_save(self._owner, (self.folder or documents_folder()) /
                                                      f"{stem}{recipe_dialogs.RECIPE_SUFFIX}")
        if path is None:
            return None
        try:
            validate_target_name(path)
            atomic_write_bytes(path, recipe.to_json().encode("utf-8"))
        except (AtomicWriteError, TargetNameError) as exc:
            self._warn(self.tr("Recipe not saved"), str(exc))
            return None
        self.folder = path.parent
        self._show_status(self.tr("Saved the recipe as {path}").format(path=path))
        return path

    @Slot()
    def open_from_file(self) -> Optional[Path]:
        path = recipe_dialogs.ask_recipe_file_to_open(self._owner, self.folder or documents_folder())
        return None if path is None else self.open_file(path)

    def open_file(self, path: Path) -> Optional[Path]:
        """Apply the recipe in ``path``; a message names the file if it cannot be used."""
        try:
            recipe = read_recipe_file(path)
        except RecipeFileError as exc:
            self._warn(self.tr("Recipe not opened"), str(exc))
            return None
        self.folder = path.parent
        self._apply(recipe, path.name, self.tr("open the recipe {name}").format(name=path.name))
        self._name_the_brief("")
        self._show_status(self.tr("Opened the recipe {name}.").format(name=path.name))
        return path

    # ----- the named recipe on screen ------------------------------------------------------------------
    def _name_the_brief(self, name: str, version: Optional[int] = None) -> None:
        self.named = name
        self._named_version = version if name else None
        self._saved = self._current().to_dict() if name else None
        self._discarded = None

    def _save(self, name: str, expected: Optional[int]) -> bool:
        """Save the brief on screen as ``name`` over version ``expected`` (None: not checked). Saved or deleted
        by a colleague since: keep theirs (opened, an undoable step) or save this brief over it."""
        try:
            version = self._store.recipes.save_versioned(name, self._current().to_dict(), expected)
        except ConflictError as exc:
            if recipe_dialogs.ask_keep_theirs(self._owner, str(exc)):
                self._open_theirs(name)
                return False
            return self._save(name, self._store.recipes.load_versioned(name)[1]
                              if name in self._store.recipes.names() else 0)
        except UserError as exc:   # ParseError (a bad name) or WorkspaceError (read-only, disk full...)
            self._warn(self.tr("Recipe not saved"),
                       self.tr("The recipe '{name}' was not saved: {error}").format(name=name, error=exc), exc)
            return False
        self._name_the_brief(name, version)
        return True

    def _open_theirs(self, name: str) -> None:
        try:
            data, version = self._store.recipes.load_versioned(name)
            recipe = Recipe.from_dict(data)
        except (UserError, ValueError):           # deleted by them: the brief on screen stays, unnamed
            self._name_the_brief("")
            return
        self._apply(recipe, self.tr("The recipe '{name}'").format(name=name),
                    self.tr("open the recipe '{name}'").format(name=name))
        self._name_the_brief(name, version)

    def unsaved_name(self) -> str:
        """The name of the recipe on screen if the brief has changes that recipe does not have, else ""."""
        if not self.named:
            return ""
        state = self._current().to_dict()
        return "" if state in (self._saved, self._discarded) else self.named

    def named_state(self) -> NamedState:
        return self.named, self._saved, self._discarded, self._named_version

    def set_named_state(self, state: NamedState) -> None:
        self.named, self._saved, self._discarded, self._named_version = state
        self.last_name = self.last_name or self.named

    def save_named(self) -> bool:
        """Save the brief on screen under its recipe's name (no questions: it is that recipe, unless a colleague
        saved it since); a message if not."""
        return self._save(self.named, self._named_version)

    def confirm_close(self) -> bool:
        """Before the window closes: Save / Discard / Cancel when the named recipe has unsaved changes.
        True when the window may close (saved, discarded, or nothing to ask)."""
        name = self.unsaved_name()
        if not name or getattr(self._store, "read_only", False) or getattr(self._store, "closed", False):
            return True
        answer = recipe_dialogs.ask_save_before_closing(self._owner, name)
        if answer == recipe_dialogs.SAVE:
            return self.save_named()
        if answer == recipe_dialogs.DISCARD:
            self._discarded = self._current().to_dict()
            return True
        return False
