"""The Brief tab: choose what the brief holds and how it looks, see it, export it to Word or PDF.

Left, the outline (sections and items, key figures, charts) with check boxes and drag-to-reorder;
in the middle, the brief's settings; right, a live preview built from the same document model as the
Word file. ``current_recipe()`` is the core Recipe for what is on screen at any moment and
``apply_recipe()`` shows one. The tab coordinates: its undo history lives in ``history``, the recipe
commands in ``recipe_actions``, the export in ``export_flow``, an item's own text in
``item_text_dialog``, and brief/ does the composing and writing.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.recipe import DEFAULT_TITLE, Recipe, default_recipe, prune_unknown, unknown_ids
from ftz_desktop.core.study.content import Content, ContentError, load_content
from ftz_desktop.ui.brief.draft import DraftKeeper
from ftz_desktop.ui.brief.export_flow import ExportFlow
from ftz_desktop.ui.brief.export_panel import ExportPanel
from ftz_desktop.ui.brief.history import BriefHistory
from ftz_desktop.ui.brief.outline_entries import chart_ids, outline_entries
from ftz_desktop.ui.brief.outline_model import OutlineModel
from ftz_desktop.ui.brief.outline_nodes import PART_CHARTS, PART_FIGURES, PART_TEXT
from ftz_desktop.ui.brief.outline_view import OutlineView
from ftz_desktop.ui.brief.preview import PreviewPane
from ftz_desktop.ui.brief.recipe_actions import NamedState, RecipeActions
from ftz_desktop.ui.brief.settings_form import LANGUAGES, SettingsForm, language_name
from ftz_desktop.ui.brief.template_check import template_status

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300      # after typing in the settings: wait for a pause
TICK_DELAY_MS = 0           # after a tick, a move or a detail: at once (the changes of one event are one preview)
SPLITTER_SIZES = (440, 340, 620)       # outline, settings, preview: shares of the width the tab first gets
UNKNOWN_SHOWN = 12      # ids listed in the message before "and N more"


@dataclass(frozen=True)
class BriefSession:
    """What the tab hands to the tab built after it (the window's language changed): the brief on screen
    and the named recipe it came from."""
    recipe: Recipe
    named: NamedState


class BriefComposerTab(QWidget):
    recipe_changed = Signal()            # the outline or the settings changed (before the preview delay)
    export_finished = Signal(object)     # ExportOutcome, after the user has been told

    def __init__(self, context, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefComposerTab")
        self._context = context
        self._store = context.store
        self._contents: dict[str, Content] = {context.content.language: context.content}
        self._language = context.content.language
        self.draft = DraftKeeper(self._store, self.current_recipe, self)     # counts changes once started

        self.outline = OutlineModel(self)
        self.view = OutlineView(self.outline, self)
        self.settings = SettingsForm(self)
        self.settings.set_available_languages(self._available_languages())
        self.preview = PreviewPane(self)
        self.export_panel = ExportPanel(self)
        self.history = BriefHistory(self.outline, self.settings, self._show_recipe, self)
        self.undo_stack = self.history.stack       # the window's Edit menu follows it while this tab is current
        self.recipes = RecipeActions(self, self._store, self.current_recipe, self.open_recipe,
                                     self.ask_reset, self._show_status, context.write_refused)
        self.exporter = ExportFlow(self, self.export_panel, self.current_recipe, self._store.dataset,
                                   self.content_for, self._show_status)
        self.exporter.export_finished.connect(self.export_finished)
        self._build_layout()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._on_preview_due)
        self.outline.outline_changed.connect(self._on_outline_changed)
        self.settings.settings_changed.connect(self._on_changed)
        self.settings.default_detail_changed.connect(self.outline.set_default_detail)
        self.settings.language_changed.connect(self._on_language_changed)
        self.settings.template_requested.connect(self._on_template_requested)
        self.settings.template_changed.connect(self._on_template_changed)
        self.view.edit_text_requested.connect(self.edit_item_text)

        self.events = context.events
        self.events.store_changed.connect(self._on_store_event)
        self.events.dataset_changed.connect(self._on_changed)

        self._build_outline(self._content())
        self.apply_recipe(self.default_recipe())
        # The brief as it was left last time (kept in the workspace a moment after each change and on close).
        kept = self.draft.kept_recipe()
        if kept is not None:
            self.apply_recipe(kept, self.tr("The brief you were working on"))
        self.draft.start()

    # ----- layout -------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        recipe_button = QToolButton(self)
        recipe_button.setText(self.tr("&Recipe"))
        recipe_button.setToolTip(self.tr("Save, open or share what this brief holds and its settings"))
        recipe_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        recipe_button.setMenu(self.recipes.menu(recipe_button))
        recipe_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.recipe_button = recipe_button
        self.move_up_button = QToolButton(self)
        self.move_up_button.setDefaultAction(self.view.move_up_action)
        self.move_down_button = QToolButton(self)
        self.move_down_button.setDefaultAction(self.view.move_down_action)
        self.edit_text_button = QToolButton(self)
        self.edit_text_button.setDefaultAction(self.view.edit_text_action)
        hint = QLabel(self.tr("Tick what the brief holds. Drag a row, or select it and use Move up/down, to change "
                              "the order."), self)
        hint.setStyleSheet("color: #595959;")
        hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export to &Word…"), self)
        self.export_button.setObjectName("exportBriefButton")
        self.export_button.setToolTip(self.tr("Check the brief and save it as an editable Word document (Ctrl+E)"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.export_pdf_button.setObjectName("exportPdfButton")
        self.export_pdf_button.setToolTip(self.exporter.pdf_tooltip())
        self.export_pdf_button.clicked.connect(self._on_export_pdf_clicked)
        bar = QHBoxLayout()
        for widget in (recipe_button, self.move_up_button, self.move_down_button, self.edit_text_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(hint, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.export_pdf_button)

        settings_area = QScrollArea(self)
        settings_area.setWidgetResizable(True)
        settings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        settings_area.setFrameShape(QScrollArea.Shape.NoFrame)
        settings_area.setWidget(self.settings)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.view, settings_area, self.preview):
            self.splitter.addWidget(widget)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.splitter.setStretchFactor(2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.export_panel)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            # The settings at their narrowest whole width, the outline and the preview sharing the rest as
            # SPLITTER_SIZES do: on a 1024-pixel screen nothing is cut and the preview stays readable.
            self._sized = True
            settings = min(self.settings.minimumSizeHint().width() + 24, SPLITTER_SIZES[1] + 60)
            rest = max(self.splitter.width() - settings, 2 * settings)
            outline = rest * SPLITTER_SIZES[0] // (SPLITTER_SIZES[0] + SPLITTER_SIZES[2])
            self.splitter.setSizes([outline, settings, rest - outline])

    # ----- content and outline ------------------------------------------------------------------------
    def content_for(self, language: str) -> Content:
        """The study's text in ``language`` (loaded once); the tab's language if there is none."""
        if language not in self._contents:
            try:
                self._contents[language] = load_content(language)
            except ContentError:
                return self._contents[self._language]
        return self._contents[language]

    def _content(self) -> Content:
        return self.content_for(self._language)

    def _available_languages(self) -> list[str]:
        from ftz_desktop.paths import content_dir

        return [code for code, _ in LANGUAGES if code in self._contents or content_dir(code).is_dir()]

    def _build_outline(self, content: Content) -> None:
        self.outline.build(*outline_entries(content, self._store.dataset()))

    def _expand_default(self) -> None:
        self.view.collapseAll()
        for key in (PART_TEXT, PART_FIGURES, PART_CHARTS):
            part = self.outline.index_of("part", key)
            self.view.expand(part)
            if key == PART_TEXT:
                for row in range(self.outline.rowCount(part)):
                    self.view.expand(self.outline.index(row, 0, part))

    # ----- the recipe ---------------------------------------------------------------------------------
    def default_recipe(self) -> Recipe:
        return default_recipe(self._content(), self._store.dataset(), chart_ids())

    def current_recipe(self) -> Recipe:
        """The core Recipe for what is ticked, in outline order, with the settings on screen."""
        choice = self.outline.choice()
        values = self.settings.values()
        values["title"] = values["title"] or DEFAULT_TITLE
        return Recipe(**values, sections=choice.sections, detail_overrides=choice.detail_overrides,
                      item_text=choice.item_text, indicators=choice.indicators, charts=choice.charts)

    def apply_recipe(self, recipe: Recipe, source: str = "") -> list[str]:
        """Show ``recipe``; ids this workspace lacks are listed in a message and left out. Returns them.
        Not a step of the undo history (``open_recipe`` is)."""
        subject = source or self.tr("The recipe")
        if recipe.language not in self._available_languages():
            QMessageBox.information(self, self.tr("Language not available"),
                                    self.tr("{recipe} asks for a brief in '{language}', but the study's text is not "
                                            "available in it; the brief uses {current}.").format(
                                        recipe=subject, language=recipe.language,
                                        current=language_name(self._language)))
            recipe = Recipe.from_dict(dict(recipe.to_dict(), language=self._language))
        if recipe.language != self._language:
            self._language = recipe.language
            self._build_outline(self._content())
        unknown = unknown_ids(recipe, self._content(), self._store.dataset(), chart_ids())
        if unknown:
            shown = "\n".join(f"• {u}" for u in unknown[:UNKNOWN_SHOWN])
            if len(unknown) > UNKNOWN_SHOWN:
                shown += self.tr("\n… and {count} more").format(count=len(unknown) - UNKNOWN_SHOWN)
            QMessageBox.information(self, self.tr("Parts of the recipe are not available"),
                                    self.tr("{recipe} names what this workspace does not have; the brief leaves it "
                                            "out:\n\n{ids}").format(recipe=subject, ids=shown))
        self._show_recipe(recipe)
        return unknown

    def _show_recipe(self, recipe: Recipe) -> None:
        """Show ``recipe`` without a word (the undo history's way back): what the workspace lacks is left out."""
        if recipe.language != self._language and recipe.language in self._available_languages():
            self._language = recipe.language
            self._build_outline(self._content())
        recipe = prune_unknown(recipe, self._content(), self._store.dataset(), chart_ids())
        with QSignalBlocker(self.outline), QSignalBlocker(self.settings):
            self.outline.apply(recipe)
            self.settings.set_values(recipe)
        self.settings.show_template_status(*template_status(recipe.template))
        self._expand_default()
        self._on_changed()

    def open_recipe(self, recipe: Recipe, source: str, undo_text: str) -> list[str]:
        """Show a recipe the user opened, as one step of the undo history named ``undo_text``."""
        before = self.current_recipe()
        unknown = self.apply_recipe(recipe, source)
        self.history.record_recipe(undo_text, before, self.current_recipe())
        return unknown

    @Slot()
    def ask_reset(self) -> None:
        """Recipe › Reset to the whole study: asks first, since the ticks and settings on screen are replaced."""
        answer = QMessageBox.question(
            self, self.tr("Reset the brief"),
            self.tr("Reset the brief to the whole study? Your ticks, order and settings are replaced."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_to_default()

    def reset_to_default(self) -> None:
        self.open_recipe(self.default_recipe(), "", self.tr("reset to the whole study"))
        self._show_status(self.tr("The brief holds the whole study again (Ctrl+Z takes it back)."))

    # ----- an item's own text -------------------------------------------------------------------------
    @Slot(str)
    def edit_item_text(self, item_id: str) -> bool:
        """Edit text for this brief…: the dialog beside the study's wording; True if the brief's text changed."""
        from ftz_desktop.core.study.names import localized
        from ftz_desktop.core.study.textfill import fill_figures
        from ftz_desktop.ui.brief.item_text_dialog import ItemWording, ask_item_text

        item = self._content().item(item_id)
        if item is None:
            return False
        detail = self.current_recipe().detail_for(item_id)
        study = item.full_text if detail == "full" else item.summary
        own = self.outline.item_text(item_id)
        shown = fill_figures(study, localized(self._store.dataset(), self._language), language=self._language)
        text = ask_item_text(self, ItemWording(item.title, shown, own or study, bool(own)))
        if text is None or text == own or (text == study and not own):
            return False
        return self.outline.set_item_text(item_id, "" if text == study else text)

    # ----- template -----------------------------------------------------------------------------------
    @Slot()
    def _on_template_requested(self) -> None:
        from ftz_desktop.ui.brief import recipe_dialogs

        current = self.settings.template_file()
        folder = current.parent if current is not None else Path.home()
        path = recipe_dialogs.ask_template_file(self, folder)
        if path is None:
            return
        status, problem = template_status(str(path))
        self.settings.set_template(str(path), status, problem)
        if problem:
            QMessageBox.warning(self, self.tr("Template cannot be used as it is"), status)

    @Slot(str)
    def _on_template_changed(self, template: str) -> None:
        self.settings.show_template_status(*template_status(template))

    # ----- changes, preview and the store -------------------------------------------------------------
    def _changed(self, delay_ms: int) -> None:
        self.recipe_changed.emit()
        self._preview_timer.start(delay_ms)
        self.draft.changed()

    @Slot()
    def _on_changed(self) -> None:
        self._changed(PREVIEW_DELAY_MS)

    @Slot()
    def _on_outline_changed(self) -> None:
        self._changed(TICK_DELAY_MS)

    @Slot()
    def _on_preview_due(self) -> None:
        recipe = self.current_recipe()
        self.preview.request(recipe, self._store.dataset(), self.content_for(recipe.language))

    def refresh_preview_now(self) -> None:
        """Skip the typing delay (tests, and after an export)."""
        self._preview_timer.stop()
        self._on_preview_due()

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        if language == self._language:
            return
        recipe = self.current_recipe()
        self._language = language
        self._build_outline(self.content_for(language))
        self.apply_recipe(recipe)

    @Slot(object)
    def _on_store_event(self, event) -> None:
        """Indicators added, removed or renamed change the outline; the preview follows dataset_changed."""
        if event.kind == "reset" or event.table in ("indicators", "*"):
            recipe = self.current_recipe()
            self._build_outline(self._content())
            with QSignalBlocker(self.outline):
                gone = unknown_ids(recipe, self._content(), self._store.dataset(), chart_ids())
                self.outline.apply(prune_unknown(recipe, self._content(), self._store.dataset(), chart_ids()))
            self._expand_default()
            if gone:
                self._show_status(self.tr("No longer in the workspace, so left out of the brief: {ids}").format(
                    ids=", ".join(gone)))

    def _show_status(self, text: str) -> None:
        self._context.show_status_message(text)

    # ----- export -------------------------------------------------------------------------------------
    @Slot()
    def _on_export_clicked(self) -> None:
        self.export_with_dialog()

    @Slot()
    def _on_export_pdf_clicked(self) -> None:
        self.export_pdf_with_dialog()

    def open_recipe_file(self, path: Path) -> bool:
        """Show the recipe in ``path`` (a .ftzrecipe or .json file opened from the desktop); False if refused."""
        return self.recipes.open_file(Path(path)) is not None

    def export_with_dialog(self) -> bool:
        """File > Export brief and the Export button: check, ask where, export on a worker thread."""
        return self.exporter.export_with_dialog(self.current_recipe())

    def export_pdf_with_dialog(self) -> bool:
        """File > Export brief as PDF and the Export PDF button: the Word export, then LibreOffice makes the PDF."""
        return self.exporter.export_pdf_with_dialog(self.current_recipe())

    # ----- closing and handing over -------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """The window is closing: a named recipe changed since it was opened or saved asks Save / Discard /
        Cancel first. True when the window may close."""
        return self.recipes.confirm_close()

    def carry_over(self) -> BriefSession:
        return BriefSession(self.current_recipe(), self.recipes.named_state())

    def take_over(self, session: BriefSession) -> None:
        """Show what the tab before this one showed (not a step of the undo history)."""
        self.apply_recipe(session.recipe)
        self.recipes.set_named_state(session.named)

    def shutdown(self) -> None:
        """Keep the draft, wait for background work (the window is closing; it stops the shared store adapter)."""
        self.draft.save()
        self._preview_timer.stop()
        self.exporter.shutdown()
        self.preview.shutdown()
