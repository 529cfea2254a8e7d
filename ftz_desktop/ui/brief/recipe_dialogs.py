"""Small dialogs the composer asks through: recipe names, recipe files and template files.

Each function shows one standard dialog and returns what the user chose (None when cancelled); tests
replace the QFileDialog/QInputDialog/QMessageBox calls.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

# Recipe files are JSON; .ftzrecipe is the name the installer associates with the program (double-click opens it).
RECIPE_SUFFIX = ".ftzrecipe"
RECIPE_SUFFIXES = (RECIPE_SUFFIX, ".json")
RECIPE_FILTER = "Brief recipes (*.ftzrecipe *.json);;All files (*)"
TEMPLATE_FILTER = "Word templates (*.docx *.dotx);;All files (*)"


def _with_suffix(path: str, suffixes: tuple[str, ...]) -> Path:
    """The chosen path, with the first suffix added unless it already ends in one of them."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() in suffixes else chosen.with_name(chosen.name + suffixes[0])


def ask_recipe_name(parent: QWidget, existing: Sequence[str], suggested: str = "") -> Optional[str]:
    """A name to save the recipe under in the workspace; asks before replacing one of ``existing``."""
    name, ok = QInputDialog.getText(parent, "Save recipe in the workspace", "Name of the recipe:",
                                    QLineEdit.EchoMode.Normal, suggested)
    name = name.strip() if ok else ""
    if not name:
        return None
    if name in existing:
        answer = QMessageBox.question(parent, "Replace recipe?",
                                      f"The workspace already has a recipe named '{name}'. Replace it?",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return name


def choose_recipe(parent: QWidget, names: Sequence[str], title: str, label: str) -> Optional[str]:
    name, ok = QInputDialog.getItem(parent, title, label, list(names), 0, False)
    return name if ok and name else None


def confirm_delete_recipe(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(parent, "Delete recipe?",
                                  f"Delete the recipe '{name}' from the workspace? Briefs already exported are "
                                  "not affected.",
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_recipe_file_to_save(parent: QWidget, suggested: Path) -> Optional[Path]:
    path, _ = QFileDialog.getSaveFileName(parent, "Export recipe to a file", str(suggested), RECIPE_FILTER)
    return _with_suffix(path, RECIPE_SUFFIXES) if path else None


def ask_recipe_file_to_open(parent: QWidget, folder: Path) -> Optional[Path]:
    path, _ = QFileDialog.getOpenFileName(parent, "Open a recipe file", str(folder), RECIPE_FILTER)
    return Path(path) if path else None


def ask_template_file(parent: QWidget, folder: Path) -> Optional[Path]:
    path, _ = QFileDialog.getOpenFileName(parent, "Choose a Word template", str(folder), TEMPLATE_FILTER)
    return Path(path) if path else None
