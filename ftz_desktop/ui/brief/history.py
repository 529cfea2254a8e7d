"""The Brief tab's own undo history: ticks, order, details, this brief's own texts, settings, and whole-brief
changes (Reset to the whole study, opening a recipe).

The outline and the settings form make each change themselves and report it (``OutlineModel.edited``,
``SettingsForm.field_edited``); the history records it as a command whose first redo does nothing, and
undo/redo replay it through the same widgets. Typing in one settings field merges into one step, as a
text box's own undo does. A whole-brief change keeps the recipe before and after it.

The window's Edit menu acts on this stack while the Brief tab is current (a QUndoGroup); data edits have
their own stack, so undoing here never changes the data.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ftz_desktop.core.recipe import Recipe
from ftz_desktop.ui.brief import official_fields
from ftz_desktop.ui.brief.outline_edits import DetailEdit, MoveEdit, OutlineEdit, TextEdit, TickEdit
from ftz_desktop.ui.brief.outline_model import OutlineModel, detail_text
from ftz_desktop.ui.brief.settings_form import OFFICIAL_PREFIX, SettingsForm

TR_CONTEXT = "BriefHistory"
# Typing in one of these fields merges into one step (the official layout's parts too: all but the font profile).
TYPED = frozenset({"title", "subtitle", "organisation", "author", "date", "marking", "executive_summary",
                   *(OFFICIAL_PREFIX + name for name in official_fields.FIELDS)})
# What a change of each setting is called after "Undo" (English, marked for translation).
FIELD_CHANGES = {
    "title": QT_TRANSLATE_NOOP("BriefHistory", "edit the title"),
    "subtitle": QT_TRANSLATE_NOOP("BriefHistory", "edit the subtitle"),
    "organisation": QT_TRANSLATE_NOOP("BriefHistory", "edit the organisation"),
    "author": QT_TRANSLATE_NOOP("BriefHistory", "edit the author"),
    "date": QT_TRANSLATE_NOOP("BriefHistory", "edit the date"),
    "marking": QT_TRANSLATE_NOOP("BriefHistory", "edit the marking"),
    "executive_summary": QT_TRANSLATE_NOOP("BriefHistory", "edit the executive summary"),
    "language": QT_TRANSLATE_NOOP("BriefHistory", "change the brief's language"),
    "detail": QT_TRANSLATE_NOOP("BriefHistory", "change the default text"),
    "paper": QT_TRANSLATE_NOOP("BriefHistory", "change the paper"),
    "appendix_tables": QT_TRANSLATE_NOOP("BriefHistory", "change the appendix of data tables"),
    "template": QT_TRANSLATE_NOOP("BriefHistory", "change the template"),
    "contents": QT_TRANSLATE_NOOP("BriefHistory", "change the title page and contents"),
}
_FIELD_IDS = {name: 1000 + number for number, name in enumerate(sorted(TYPED))}


def _tr(text: object) -> str:
    return QCoreApplication.translate(TR_CONTEXT, str(text))


def field_change_text(name: str) -> str:
    """What a change of the setting ``name`` is called after "Undo", e.g. edit the title, edit the issue number."""
    if name.startswith(OFFICIAL_PREFIX):
        return official_fields.change_text(name[len(OFFICIAL_PREFIX):])
    return _tr(FIELD_CHANGES.get(name, name))


def edit_text(edit: OutlineEdit) -> str:
    """What the edit is called after "Undo"/"Redo", e.g. tick 'Loss of talent'."""
    translate = QCoreApplication.translate
    if isinstance(edit, TickEdit):
        text = translate("BriefHistory", "tick '{title}'") if edit.checked else \
            translate("BriefHistory", "untick '{title}'")
    elif isinstance(edit, MoveEdit):
        if abs(edit.after - edit.before) == 1:
            text = translate("BriefHistory", "move '{title}' up") if edit.after < edit.before else \
                translate("BriefHistory", "move '{title}' down")
        else:
            text = translate("BriefHistory", "move '{title}'")
    elif isinstance(edit, DetailEdit):
        if edit.after:
            return translate("BriefHistory", "set '{title}' to {detail}").format(
                title=edit.title, detail=detail_text(edit.after).lower())
        text = translate("BriefHistory", "set '{title}' to the brief's default")
    elif isinstance(edit, TextEdit):
        text = translate("BriefHistory", "rewrite the text of '{title}'") if edit.after else \
            translate("BriefHistory", "use the study's wording for '{title}'")
    else:
        raise TypeError(f"not an outline edit: {type(edit).__name__}")
    return text.format(title=edit.title)


class _Recorded(QUndoCommand):
    """A change already made when it is recorded: the first redo (QUndoStack.push calls it) does nothing."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.apply(True)

    def undo(self) -> None:
        self.apply(False)

    def apply(self, forward: bool) -> None:
        raise NotImplementedError


class OutlineCommand(_Recorded):
    def __init__(self, outline: OutlineModel, edit: OutlineEdit) -> None:
        super().__init__(edit_text(edit))
        self._outline = outline
        self.edit = edit

    def apply(self, forward: bool) -> None:
        self._outline.replay(self.edit, forward)


class SettingCommand(_Recorded):
    """One settings field changed; consecutive typing in the same text field is one step."""

    def __init__(self, form: SettingsForm, name: str, before: Any, after: Any) -> None:
        super().__init__(field_change_text(name))
        self._form = form
        self.name, self.before, self.after = name, before, after

    def id(self) -> int:
        return _FIELD_IDS.get(self.name, -1) if self.name in TYPED else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt naming)
        if not isinstance(other, SettingCommand) or other.name != self.name:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)     # typed back to what it was: no step at all
        return True

    def apply(self, forward: bool) -> None:
        self._form.set_value(self.name, self.after if forward else self.before)


class RecipeCommand(_Recorded):
    """The whole brief replaced (reset, a recipe opened): the recipe before and after."""

    def __init__(self, text: str, show: Callable[[Recipe], None], before: Recipe, after: Recipe) -> None:
        super().__init__(text)
        self._show = show
        self.before, self.after = before, after

    def apply(self, forward: bool) -> None:
        self._show(self.after if forward else self.before)


class BriefHistory(QObject):
    """The stack, fed by the outline and the settings form; ``record_recipe`` for whole-brief changes."""

    def __init__(self, outline: OutlineModel, form: SettingsForm, show: Callable[[Recipe], None],
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._outline = outline
        self._form = form
        self._show = show
        outline.edited.connect(self._on_outline_edited)
        form.field_edited.connect(self._on_field_edited)

    @Slot(object)
    def _on_outline_edited(self, edit: OutlineEdit) -> None:
        self.stack.push(OutlineCommand(self._outline, edit))

    @Slot(str, object, object)
    def _on_field_edited(self, name: str, before: Any, after: Any) -> None:
        self.stack.push(SettingCommand(self._form, name, before, after))

    def record_recipe(self, text: str, before: Recipe, after: Recipe) -> bool:
        """Record a whole-brief change already shown; nothing when it changed nothing. True if recorded."""
        if before.to_dict() == after.to_dict():
            return False
        self.stack.push(RecipeCommand(text, self._show, before, after))
        return True
