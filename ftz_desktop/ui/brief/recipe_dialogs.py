"""Small dialogs the composer asks through: recipe names, recipe files and template files.

Each function shows one standard dialog and returns what the user chose (None when cancelled); tests
replace the QFileDialog/QInputDialog/QMessageBox calls.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ftz_desktop.ui.widgets.theirs_or_mine import ask_theirs_or_mine

TR_CONTEXT = "RecipeDialogs"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

# Recipe files are JSON; .ftzrecipe is the name the installer associates with the program (double-click opens it).
RECIPE_SUFFIX = ".ftzrecipe"
RECIPE_SUFFIXES = (RECIPE_SUFFIX, ".json")
# English, marked for translation: the dialogs show them translated.
RECIPE_FILTER = QT_TRANSLATE_NOOP("RecipeDialogs", "Brief recipes (*.ftzrecipe *.json);;All files (*)")
TEMPLATE_FILTER = QT_TRANSLATE_NOOP("RecipeDialogs", "Word templates (*.docx *.dotx);;All files (*)")


def _tr(text: object) -> str:
    """The marked text (``QT_TRANSLATE_NOOP``, typed object by PySide6) in the user's language."""
    return QCoreApplication.translate(TR_CONTEXT, str(text))


def _with_suffix(path: str, suffixes: tuple[str, ...]) -> Path:
    """The chosen path, with the first suffix added unless it already ends in one of them."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() in suffixes else chosen.with_name(chosen.name + suffixes[0])


def ask_recipe_name(parent: QWidget, existing: Sequence[str], suggested: str = "") -> Optional[str]:
    """A name to save the recipe under in the workspace; asks before replacing one of ``existing``."""
    name, ok = QInputDialog.getText(parent, QCoreApplication.translate("RecipeDialogs", "Save recipe in the workspace"),
                                    QCoreApplication.translate("RecipeDialogs", "Name of the recipe:"),
                                    QLineEdit.EchoMode.Normal, suggested)
    name = name.strip() if ok else ""
    if not name:
        return None
    if name in existing:
        question = QCoreApplication.translate("RecipeDialogs",
                                              "The workspace already has a recipe named '{name}'. Replace it?")
        answer = QMessageBox.question(parent, QCoreApplication.translate("RecipeDialogs", "Replace recipe?"),
                                      question.format(name=name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return name


def choose_recipe(parent: QWidget, names: Sequence[str], title: str, label: str) -> Optional[str]:
    name, ok = QInputDialog.getItem(parent, title, label, list(names), 0, False)
    return name if ok and name else None


def confirm_delete_recipe(parent: QWidget, name: str) -> bool:
    question = QCoreApplication.translate("RecipeDialogs", "Delete the recipe '{name}' from the workspace? Briefs "
                                                           "already exported are not affected.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("RecipeDialogs", "Delete recipe?"),
                                  question.format(name=name),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_recipe_file_to_save(parent: QWidget, suggested: Path) -> Optional[Path]:
    title = QCoreApplication.translate("RecipeDialogs", "Export recipe to a file")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(RECIPE_FILTER))
    return _with_suffix(path, RECIPE_SUFFIXES) if path else None


def ask_recipe_file_to_open(parent: QWidget, folder: Path) -> Optional[Path]:
    title = QCoreApplication.translate("RecipeDialogs", "Open a recipe file")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), _tr(RECIPE_FILTER))
    return Path(path) if path else None


def ask_template_file(parent: QWidget, folder: Path) -> Optional[Path]:
    title = QCoreApplication.translate("RecipeDialogs", "Choose a Word template")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), _tr(TEMPLATE_FILTER))
    return Path(path) if path else None


def ask_save_before_closing(parent: QWidget, name: str) -> str:
    """The brief differs from the recipe it was opened from or saved as: SAVE, DISCARD or CANCEL (stay open)."""
    question = QCoreApplication.translate(
        "RecipeDialogs", "The brief has changes that are not saved in the recipe '{name}'. Save them in the recipe "
                         "before closing?\n\nIf you do not, the recipe keeps its earlier version; the brief on screen "
                         "still comes back as your draft next time.")
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, QCoreApplication.translate("RecipeDialogs", "Save the recipe?"),
                                  question.format(name=name), buttons.Save | buttons.Discard | buttons.Cancel,
                                  buttons.Save)
    if answer == buttons.Save:
        return SAVE
    if answer == buttons.Discard:
        return DISCARD
    return CANCEL


def ask_keep_theirs(parent: QWidget, message: str) -> bool:
    """A colleague saved (or deleted) the recipe since it was opened: True keeps theirs (opened in place of the
    brief on screen, an undoable step), False saves this brief over it."""
    return ask_theirs_or_mine(
        parent, QCoreApplication.translate("RecipeDialogs", "Saved by someone else"),
        QCoreApplication.translate("RecipeDialogs", "{reason}\n\nOpen their recipe, or save yours over it?")
        .format(reason=message),
        QCoreApplication.translate("RecipeDialogs", "Open theirs"), QCoreApplication.translate("RecipeDialogs",
                                                                                                "Save mine"))
