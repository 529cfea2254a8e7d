"""The Data tab: the indicator data as careful spreadsheet tables, kept current by staff.

Observations, indicators and derived figures (read-only, computed) each in a table over its own thin
model; filters and a search over the observations; problems found by the checks shown in place and
listed beside the tables; the history of the selected cell; snapshots; import and export. Every
change is one audited store batch and one step on the window's undo stack (Edit › Undo / Redo).
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QTabWidget, QToolTip, QVBoxLayout, QWidget

from ftz_desktop.core.analysis.checks import run_checks
from ftz_desktop.core.analysis.derived import compute_derived
from ftz_desktop.core.analysis.findings_text import in_language
from ftz_desktop.ui.data.actions import grid as grid_actions
from ftz_desktop.ui.data.actions.action_bar import READ_ONLY_KEYS, build_action_bar
from ftz_desktop.ui.data.actions.clipboard import ClipboardError
from ftz_desktop.ui.data.actions.editing import DataEditor
from ftz_desktop.ui.data.actions.files import FileActions, shown_observation_ids
from ftz_desktop.ui.data.actions.rows import RowActions
from ftz_desktop.ui.data.dialogs import questions
from ftz_desktop.ui.data.dialogs.snapshots import SnapshotsDialog
from ftz_desktop.ui.data.models.derived import DerivedModel
from ftz_desktop.ui.data.models.filter_proxy import (
    ObservationFilter,
    TableFilterProxy,
    observation_predicate,
    text_predicate,
)
from ftz_desktop.ui.data.models.indicators import IndicatorsModel
from ftz_desktop.ui.data.models.observations import C_GEOGRAPHY, C_INDICATOR, C_PERIOD, C_VALUE, ObservationsModel
from ftz_desktop.ui.data.views.delegates import DataDelegate, no_choices, observation_choices
from ftz_desktop.ui.data.views.filter_bar import FilterBar
from ftz_desktop.ui.data.views.history_panel import HistoryPanel
from ftz_desktop.ui.data.views.problems_panel import ProblemsPanel
from ftz_desktop.ui.data.views.table_view import DataTableView

OBSERVATIONS, INDICATORS, DERIVED = range(3)
_ERROR_STYLE = "color: #a4262c; font-weight: 600;"
_HINT_STYLE = "color: #5f5f5f;"


class DataTab(QWidget):
    analysis_updated = Signal()          # derived figures and problems were recomputed

    def __init__(self, context, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._context = context
        self._store = store = context.store
        self.events = context.events
        self.editor = DataEditor(store, context.undo_stack, self, ask_retry=self._ask_retry,
                                 confirm_unusual=self._confirm_unusual, ask_source=self._ask_source,
                                 resolve_conflict=self._resolve_conflict)
        self.observations = ObservationsModel(store, self.events, self, language=context.language)
        self.indicators = IndicatorsModel(store, self.events, self, language=context.language)
        self.derived = DerivedModel(compute_derived(store.dataset()), self, language=context.language)
        self.editor.offline, self.editor.refused = context.offline, context.refused
        self.observations.set_editor(self.editor.edit_observation)
        self.indicators.set_editor(self.editor.edit_indicator)
        self.observation_proxy, self.observation_view = self._table(self.observations, observation_choices(store))
        self.indicator_proxy, self.indicator_view = self._table(self.indicators, no_choices)
        self.derived_proxy, self.derived_view = self._table(self.derived, no_choices)
        self.grid = grid_actions.ObservationGrid(self.observation_view, self.editor, store)
        self.files = FileActions(store, self.editor, self, self.say,
                                 lambda: shown_observation_ids(self.observation_proxy, self.observations))
        self.rows = RowActions(store, context.content, self.editor, self, self.say)
        self._build(context)
        if self.editor.read_only:
            self._show_writable()
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.timeout.connect(self.refresh_analysis)
        self.events.store_changed.connect(self._on_store_changed)
        self.editor.undo_failed.connect(self._on_undo_failed)
        self.editor.write_refused.connect(self._on_write_refused)
        self.filter_bar.filters_changed.connect(self._on_filters_changed)
        self.problems.finding_activated.connect(self.go_to_finding)
        self.observation_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.indicator_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tables.currentChanged.connect(self._on_table_changed)
        self._refresh_choices()
        self._update_titles()
        # The checks read every observation: run them once the table has been painted (start-up is a feature).
        self.observation_view.viewport().installEventFilter(self)

    # ----- building -------------------------------------------------------------------------------------------
    def _table(self, model, choices):
        proxy = TableFilterProxy(self)
        proxy.setSourceModel(model)
        view = DataTableView(self)
        view.setModel(proxy)
        view.setItemDelegate(DataDelegate(model.COLUMNS, choices, view))
        view.set_column_widths(model.COLUMNS)
        view.copy_requested.connect(lambda: self.copy(view))
        view.paste_requested.connect(lambda: self.paste(view))
        view.clear_requested.connect(lambda: self.clear(view))
        model.edit_refused.connect(lambda index, reason: self._on_edit_refused(view, index, reason))
        return proxy, view

    def _build(self, context) -> None:
        read_only = self._store.read_only
        bar, self.buttons = build_action_bar(self, (
            ("add_observation", self.tr("Add observation…"), self.add_observation,
             self.tr("Add a figure to the observations")),
            ("add_indicator", self.tr("Add indicator…"), self.add_indicator,
             self.tr("Add an indicator (a kind of figure)")),
            ("add_source", self.tr("Add source…"), lambda *_: self.rows.add_source(),
             self.tr("Add the publication new figures come from")),
            ("delete", self.tr("Delete"), self.delete_selected,
             self.tr("Delete the selected observations or indicator")),
            ("import", self.tr("Import…"), self.files.ask_import,
             self.tr("Import observations from a CSV or Excel file")),
            ("export", self.tr("Export…"), self.files.ask_export,
             self.tr("Export the observations to CSV or Excel")),
            ("snapshots", self.tr("Snapshots…"), self.open_snapshots,
             self.tr("Take, compare and restore named snapshots"))), read_only)
        self.filter_bar = FilterBar(self)
        self.tables = QTabWidget(self)
        self.tables.setDocumentMode(True)
        for view, title in zip((self.observation_view, self.indicator_view, self.derived_view), self._table_titles(),
                               strict=True):
            self.tables.addTab(view, title)
        self.derived_view.setToolTip(self.tr("Computed from the stated figures; hover a row for its formula."))
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tables, 1)
        left_layout.addWidget(self.status_line)
        self.problems = ProblemsPanel(self)
        self.history = HistoryPanel(self._store, self.events, self, language=context.language)
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(self.problems, self.tr("Problems"))
        self.side.addTab(self.history, self.tr("History"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.status_line.setText(self.hint())
        self.status_line.setStyleSheet(_HINT_STYLE)
        self._showing_error = False
        for view in (self.problems.view, self.history.view):
            view.copy_requested.connect(lambda view=view: self.copy(view))

    def hint(self) -> str:
        """The line under the tables while nothing else is said there."""
        if self.editor.offline:
            return self.tr("Offline: the tables show the figures as last read; they can be searched, copied and "
                           "exported, and take changes again when the server is back.")
        if self.editor.read_only:
            return self.tr("The workspace is open read-only: the tables can be searched, copied and exported, "
                           "not edited.")
        return self.tr("Type to edit a cell. Ctrl+C / Ctrl+V copy and paste ranges with Excel or WPS; Delete clears "
                       "cells; Edit › Undo takes back any change.")

    def _table_titles(self) -> tuple[str, str, str]:
        return self.tr("Observations"), self.tr("Indicators"), self.tr("Derived figures")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint and watched is self.observation_view.viewport():
            watched.removeEventFilter(self)
            self._analysis_timer.start(0)
        return False

    # ----- public ---------------------------------------------------------------------------------------------
    @Slot(str)
    def show_indicator(self, indicator_id: str) -> None:
        """Show the observations of one indicator (clearing the other filters)."""
        self.tables.setCurrentIndex(OBSERVATIONS)
        if indicator_id not in self._store.indicators():
            self.say(self.tr("There is no indicator '{id}' in this workspace.").format(id=indicator_id), error=True)
            return
        self.filter_bar.set_filter(ObservationFilter(indicator=indicator_id))
        if self.observation_proxy.rowCount():
            self.observation_view.setCurrentIndex(self.observation_proxy.index(0, C_VALUE))
        self.observation_view.setFocus()

    def say(self, text: str, error: bool = False) -> None:
        """A line under the tables: once, here (not again in the window's status bar). An error stays
        until the next change that succeeds (see ``_on_store_changed``)."""
        self.status_line.setStyleSheet(_ERROR_STYLE if error else "")
        self.status_line.setText(text)
        self._showing_error = error

    def _clear_error(self) -> None:
        if self._showing_error:
            self.status_line.setText(self.hint())
            self.status_line.setStyleSheet(_HINT_STYLE)
            self._showing_error = False

    def shutdown(self) -> None:
        self._analysis_timer.stop()

    @Slot()
    def refresh_analysis(self) -> None:
        """Recompute derived figures and checks from the data, and mark the figures they are about."""
        if self._store.closed:
            return
        dataset = self._store.dataset()
        self.derived.set_values(compute_derived(dataset))
        findings = in_language(run_checks(dataset, self._context.content), self._context.dataset(),
                               self._context.language)
        marks: dict[int, tuple[str, str]] = {}
        for finding in findings:
            obs = finding.observation_in(dataset)
            if obs is not None:
                severity, text = marks.get(obs.id, (finding.severity, ""))
                severity = "error" if "error" in (severity, finding.severity) else "warning"
                marks[obs.id] = (severity, f"{text}\n\n{finding.message}".strip())
        self.observations.set_problems(marks)
        self.problems.set_findings(findings)
        self.side.setTabText(0, self.tr("Problems ({n})").format(n=len(findings)))
        self._update_titles()
        self.analysis_updated.emit()

    # ----- clipboard ------------------------------------------------------------------------------------------
    def copy(self, view: DataTableView) -> None:
        try:
            text = grid_actions.copy_text(view)
        except ClipboardError as exc:
            self.say(str(exc), error=True)
            return
        QGuiApplication.clipboard().setText(text)
        self.say(self.tr("Copied {n} cells.").format(n=len(view.selected_cells())))

    def paste(self, view: DataTableView, text: Optional[str] = None) -> bool:
        """Paste clipboard text (or ``text``) at the selection; True if the data changed."""
        text = QGuiApplication.clipboard().text() if text is None else text
        before = self._context.undo_stack.count()
        try:
            if view is self.observation_view:
                problem = self.grid.paste(text)
            elif view is self.indicator_view and not self.editor.read_only:
                problem = grid_actions.paste_single_cell(view, text)
            else:
                problem = self.tr("This table cannot be changed by pasting.")
        except ClipboardError as exc:
            problem = str(exc)
        if problem:
            self.say(problem.splitlines()[0], error=True)
            QMessageBox.warning(self, self.tr("Paste"), problem)
            return False
        stack = self._context.undo_stack
        changed = stack.count() != before
        if changed and view is self.observation_view:
            self.say(self.tr("{step}. Edit › Undo takes it back.").format(step=stack.text(stack.index() - 1)))
        return changed

    def clear(self, view: DataTableView) -> None:
        if view is not self.observation_view:
            self.say(self.tr("Select cells in the Observations table to clear them; other tables are edited cell by "
                             "cell."))
            return
        problem = self.grid.clear()
        if problem:
            self.say(problem.splitlines()[0], error=True)
            QMessageBox.warning(self, self.tr("Clear"), problem)

    # ----- rows -------------------------------------------------------------------------------------------------
    @Slot()
    def add_observation(self) -> None:
        """The form starts from the filter's indicator and geography, else from the selected row's."""
        wanted = self.filter_bar.current()
        current = self.observation_view.currentIndex()
        near = self.observations.observation_at(self.observation_proxy.mapToSource(current).row()) \
            if current.isValid() else None
        obs_id = self.rows.add_observation(wanted.indicator or (near.indicator_id if near else ""),
                                           wanted.geography or (near.geography if near else ""),
                                           near.source_id if near else "")
        if obs_id is not None:
            self._select_observation(obs_id, C_VALUE)

    @Slot()
    def add_indicator(self) -> None:
        indicator_id = self.rows.add_indicator()
        if indicator_id is not None:
            self.tables.setCurrentIndex(INDICATORS)
            self._select(self.indicator_view, self.indicator_proxy, self.indicators.row_of(indicator_id), 1)

    @Slot()
    def delete_selected(self) -> None:
        table = self.tables.currentIndex()
        if table == OBSERVATIONS:
            rows = sorted({self.observation_proxy.mapToSource(i).row()
                           for i in self.observation_view.selectionModel().selectedIndexes()})
            if not rows:
                self.say(self.tr("Select the observations to delete."), error=True)
                return
            self.rows.delete_observations([self.observations.observation_at(r) for r in rows])
        elif table == INDICATORS:
            current = self.indicator_view.currentIndex()
            if not current.isValid():
                self.say(self.tr("Select the indicator to delete."), error=True)
                return
            self.rows.delete_indicator(self.indicators.key_at(self.indicator_proxy.mapToSource(current).row()))
        else:
            self.say(self.tr("Derived figures are computed; change the figures they are computed from."), error=True)

    @Slot()
    def open_snapshots(self) -> None:
        dialog = SnapshotsDialog(self._store, self.editor.create_snapshot, self.editor.restore_snapshot, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ----- going to a figure --------------------------------------------------------------------------------
    def _select(self, view: DataTableView, proxy, source_row: Optional[int], column: int) -> bool:
        if source_row is None:
            return False
        index = proxy.mapFromSource(proxy.sourceModel().index(source_row, column))
        if not index.isValid():
            return False
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index, DataTableView.ScrollHint.PositionAtCenter)
        view.setFocus()
        return True

    def _select_observation(self, obs_id: int, column: int) -> bool:
        self.tables.setCurrentIndex(OBSERVATIONS)
        row = self.observations.row_of(obs_id)
        if row is not None and not self.observation_proxy.filterAcceptsRow(row, QModelIndex()):
            self.filter_bar.set_filter(ObservationFilter(indicator=self.observations.observation_at(row).indicator_id))
        return self._select(self.observation_view, self.observation_proxy, row, column)

    @Slot(object)
    def go_to_finding(self, finding) -> None:
        dataset = self._store.dataset()
        obs = finding.observation_in(dataset)
        if obs is not None and self._select_observation(obs.id, C_VALUE):
            self.say(finding.message, error=finding.severity == "error")
        elif finding.derived_id and self.derived.row_of(finding.derived_id) is not None:
            self.tables.setCurrentIndex(DERIVED)
            self.filter_bar.clear()
            self._select(self.derived_view, self.derived_proxy, self.derived.row_of(finding.derived_id), 1)
        elif finding.indicator_id and self.indicators.row_of(finding.indicator_id) is not None:
            self.tables.setCurrentIndex(INDICATORS)
            self.filter_bar.clear()
            self._select(self.indicator_view, self.indicator_proxy, self.indicators.row_of(finding.indicator_id), 0)
        else:
            self.say(self.tr("{message} (this is in the study text, not in the tables)").format(
                message=finding.message))

    # ----- slots ----------------------------------------------------------------------------------------------
    @Slot(object)
    def _on_filters_changed(self, wanted: ObservationFilter) -> None:
        self.observation_proxy.set_predicate(observation_predicate(self.observations, wanted))
        self.indicator_proxy.set_predicate(text_predicate(self.indicators, wanted.text, wanted.section,
                                                          self.indicators.section_at))
        self.derived_proxy.set_predicate(text_predicate(self.derived, wanted.text))
        self._update_titles()

    def _confirm_unusual(self, reasons: list[str]) -> bool:
        return questions.confirm_unusual(self, reasons)

    def _ask_source(self, request):
        return questions.ask_figure_source(self, request, self._store, lambda: self.rows.add_source())

    def _ask_retry(self, message: str, offline: bool) -> bool:
        return questions.ask_retry(self, message, offline)

    def _resolve_conflict(self, message: str) -> bool:
        return questions.resolve_conflict(self, message)

    def _on_edit_refused(self, view: DataTableView, index: QModelIndex, reason: str) -> None:
        proxy = view.model()
        shown = proxy.mapFromSource(index)
        title = proxy.sourceModel().column_title(index.column())
        text = self.tr("Row {row}, {column}: {reason}. The old value is kept.").format(
            row=shown.row() + 1, column=title, reason=reason.rstrip(".。"))
        self.say(text, error=True)
        if view.isVisible() and shown.isValid():
            rect = view.visualRect(shown)
            QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), text, view.viewport(), rect, 8000)

    @Slot(object)
    def _on_store_changed(self, event) -> None:
        self._clear_error()             # a change went through: the last refusal is old news
        if event.table in ("observations", "indicators", "*", "sources", "geographies"):
            self._analysis_timer.start(0)
        if event.table in ("indicators", "*", "sources", "geographies"):
            self._refresh_choices()

    @Slot(str)
    def _on_undo_failed(self, text: str) -> None:
        self.say(text.splitlines()[0], error=True)
        QTimer.singleShot(0, self, lambda: QMessageBox.warning(self, self.tr("Undo"), text))

    @Slot(str)
    def _on_write_refused(self, message: str) -> None:
        """The server refused this user's write: the tables and buttons read only, and the window says why."""
        self._show_writable()
        self._context.write_refused(message)

    def set_offline(self, offline: bool) -> None:
        """The team workspace's server is out of reach (or back): meanwhile the tables and buttons read only."""
        self.editor.offline = offline
        self._show_writable()

    def _show_writable(self) -> None:
        writable = not self.editor.read_only
        for key, button in self.buttons.items():
            button.setEnabled(writable or key in READ_ONLY_KEYS)
        self.observations.set_read_only(not writable)
        self.indicators.set_read_only(not writable)
        self._on_table_changed()
        if not self._showing_error:
            self.status_line.setText(self.hint())

    @Slot()
    def _on_table_changed(self, _index: int = 0) -> None:
        self.buttons["delete"].setEnabled(self.tables.currentIndex() != DERIVED and not self.editor.read_only)
        self._on_current_changed()

    @Slot()
    def _on_current_changed(self, *_args) -> None:
        table = self.tables.currentIndex()
        view = self.observation_view if table == OBSERVATIONS else self.indicator_view
        current = view.currentIndex()
        if table == DERIVED or not current.isValid():
            self.history.set_target("", None, None, "")
            return
        proxy = view.model()
        row, column = proxy.mapToSource(current).row(), current.column()
        if table == OBSERVATIONS:
            obs = self.observations.observation_at(row)
            key = self.observations.COLUMNS[column].key
            fixed = ("indicator", "indicator_id", "unit", "id")
            model = self.observations             # the row named as the table shows it, in the window's language
            named = " · ".join(str(model.index(row, c).data()) for c in (C_INDICATOR, C_GEOGRAPHY, C_PERIOD))
            self.history.set_target("observations", obs.id, key if key not in fixed else None,
                                    self.tr("Observation {id}: {key}").format(id=obs.id, key=named))
        else:
            indicator = self.indicators.indicator_at(row)
            key = self.indicators.COLUMNS[column].key
            self.history.set_target("indicators", indicator.id, None if key == "id" else key,
                                    self.tr("Indicator {id}").format(id=indicator.id))

    def _refresh_choices(self) -> None:
        content = self._context.content
        titles = {s.id: s.title for s in content.sections} if content is not None else {}
        self.filter_bar.set_choices(self._context.dataset(), titles)

    @Slot()
    def _update_titles(self, *_args) -> None:
        tables = zip((self.observation_proxy, self.indicator_proxy, self.derived_proxy),
                     (self.observations, self.indicators, self.derived), self._table_titles(), strict=True)
        for number, (proxy, model, title) in enumerate(tables):
            shown, total = proxy.rowCount(), model.rowCount()
            text = self.tr("{title} ({shown:,} of {total:,})") if shown != total else self.tr("{title} ({total:,})")
            self.tables.setTabText(number, text.format(title=title, shown=shown, total=total))
