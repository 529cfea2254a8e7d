"""The Data tab's writes: each change is one audited store batch and one step on the shared undo stack.

The store validates; refusals come back as exceptions (``ParseError``, ``BatchValidationError``,
``WorkspaceError``, ``ImportRefused``) for the caller to show where they belong, or, for a single
cell, as the reason string the table shows next to the cell. A batch that changed nothing (typing
the value that is already there) adds no undo step.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Optional, Sequence, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.errors import DiskFullError, UserError
from ftz_desktop.core.store.errors import (
    ConflictError,
    WorkspaceConnectionError,
    WorkspaceIOError,
    WorkspaceLockedError,
    WorkspaceNotWritableError,
)
from ftz_desktop.core.store.validation import BatchValidationError, CellChange
from ftz_desktop.ui.data.actions.commands import (
    AddCommand,
    BatchCommand,
    DeleteCommand,
    EditCommand,
    ImportCommand,
    PasteCommand,
    RestoreSnapshotCommand,
    add_text,
    clear_text,
    delete_text,
    edit_text,
    paste_text,
)
from ftz_desktop.ui.data.actions.provenance import (
    FigureSource,
    SourceNotGivenError,
    SourceRequest,
    request_for,
    rows_needing_source,
    with_source,
)
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP

# How a message names a column; shown through QCoreApplication.translate("DataEditor", ...).
COLUMN_NAMES = {"value": QT_TRANSLATE_NOOP("DataEditor", "value"),
                "qualifier": QT_TRANSLATE_NOOP("DataEditor", "qualifier"),
                "status": QT_TRANSLATE_NOOP("DataEditor", "status"),
                "source_id": QT_TRANSLATE_NOOP("DataEditor", "source"),
                "note": QT_TRANSLATE_NOOP("DataEditor", "note"),
                "period": QT_TRANSLATE_NOOP("DataEditor", "period"),
                "geography": QT_TRANSLATE_NOOP("DataEditor", "geography"),
                "min_value": QT_TRANSLATE_NOOP("DataEditor", "minimum"),
                "max_value": QT_TRANSLATE_NOOP("DataEditor", "maximum")}

T = TypeVar("T")


def figure_name(store, obs, column: str = "value") -> str:
    """How an undo step or a message names a cell: "Chengdu's goods exports (Chengdu), 2022" for a value,
    "note of …" for another column; names, not ids."""
    dataset = store.dataset()
    indicator = dataset.indicators.get(obs.indicator_id)
    name = indicator.name if indicator else obs.indicator_id
    where = dataset.geography_name(obs.geography)
    period = period_label(obs.period)
    if where and where not in name:
        figure = QCoreApplication.translate("DataEditor", "{name} ({where}), {period}").format(
            name=name, where=where, period=period)
    else:
        figure = QCoreApplication.translate("DataEditor", "{name}, {period}").format(name=name, period=period)
    if column == "value":
        return figure
    return QCoreApplication.translate("DataEditor", "{column} of {figure}").format(
        column=column_name(column), figure=figure)


def column_name(column: str) -> str:
    """"minimum" for min_value ...; a column without a name of its own as its key."""
    name = COLUMN_NAMES.get(column)
    return QCoreApplication.translate("DataEditor", name) if name else column
# Refusals a person may overrule: a likely slip.
CONFIRMABLE = ("unusual",)
# Said (translated) beside a cell whose new value got no source.
NO_SOURCE = QT_TRANSLATE_NOOP("DataEditor", "not changed: a new figure needs the source it comes from")


def _noting_refusal(method: Callable[..., T]) -> Callable[..., T]:
    """A write the server refused for this user's rights (a viewer) is told by ``write_refused`` (the window then
    reads only), and raised on to the caller as any refusal."""
    @functools.wraps(method)
    def wrapper(self: "DataEditor", *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except WorkspaceNotWritableError as exc:
            if getattr(self._store, "is_server", False):
                self.refused = True
                self.write_refused.emit(str(exc))
            raise
    return wrapper


class DataEditor(QObject):
    undo_failed = Signal(str)          # an undo or redo the store refused; nothing was changed
    write_refused = Signal(str)        # the server refused this user's write (it may only read): the reason

    def __init__(self, store, undo_stack, parent: Optional[QObject] = None,
                 ask_retry: Optional[Callable[[str, bool], bool]] = None,
                 confirm_unusual: Optional[Callable[[list[str]], bool]] = None,
                 ask_source: Optional[Callable[[SourceRequest], Optional[FigureSource]]] = None,
                 resolve_conflict: Optional[Callable[[str], bool]] = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stack = undo_stack
        # Asked when a write failed for a passing reason (disk full, locked, I/O, the server out of reach: the
        # second argument): True tries again. The typed value is held here meanwhile, so it is not lost.
        self._ask_retry = ask_retry
        # Asked when typed values look like slips (about 100 times off their indicator's others):
        # True writes them as typed. Without it, such values are refused.
        self._confirm_unusual = confirm_unusual
        # Asked when typed or pasted values fill gaps or replace the study's figures: their source and status
        # (None: the user cancelled, nothing is written). Without it, the store refuses such values.
        self._ask_source = ask_source
        # Asked when a colleague changed the row since it was shown (the conflict's message): True applies the
        # typed value on top of theirs, as a new change; False (or without it) keeps theirs.
        self._resolve_conflict = resolve_conflict
        self.refused = False          # the server refused a write for this user's rights: read only from now on
        self.offline = False           # the team workspace's server is out of reach: read only until it is back

    def _checked(self, write: Callable[[bool], T]) -> T:
        """``write(check_typed)``: what a person typed is checked for slips; held-back values are written
        only when the user confirms them (one question for the whole edit or paste)."""
        try:
            return write(True)
        except BatchValidationError as exc:
            reasons = [p.reason for p in exc.problems if p.kind in CONFIRMABLE]
            if (not reasons or len(reasons) != len(exc.problems) or self._confirm_unusual is None
                    or not self._confirm_unusual(reasons)):
                raise
        return write(False)

    @_noting_refusal
    def _write(self, write: Callable[[], str]) -> str:
        """Run one store write; on a passing failure, offer to retry with the same pending edit."""
        doubtful: Optional[str] = None       # a batch whose commit was sent as the connection went
        while True:
            try:
                return write()
            except WorkspaceConnectionError as exc:      # the server went away: the window hears it at once
                self._store.check_connection()
                doubtful = exc.batch_id or doubtful
                if self._ask_retry is None or not self._ask_retry(str(exc), True):
                    raise
                if doubtful and self._landed(doubtful):
                    return doubtful          # it was written after all: not twice, and no conflict with itself
            except (DiskFullError, WorkspaceLockedError, WorkspaceIOError) as exc:
                if self._ask_retry is None or not self._ask_retry(str(exc), False):
                    raise

    def _landed(self, batch_id: str) -> bool:
        try:
            return bool(self._store.landed(batch_id))
        except UserError:                    # still out of reach: the write is tried again, and asks again
            return False

    @property
    def read_only(self) -> bool:
        return bool(self._store.read_only) or self.refused or self.offline

    def _report(self, text: str) -> None:
        self.undo_failed.emit(text)

    def _push(self, command: BatchCommand) -> bool:
        """Put the written batch on the undo stack, unless it changed nothing."""
        if not self._store.history.audit(batch_id=command.batch_id, limit=1):
            return False
        self._stack.push(command)
        return True

    # ----- single cells (the reason comes back as text for the table) -----------------------------------
    def _edit_cell(self, describe: Callable[[], str], write: Callable[[str], str],
                   on_conflict: Optional[Callable[[ConflictError], Optional[str]]] = None) -> Optional[str]:
        """One cell through the store: None when done (an undo step), else the store's reason."""
        try:
            what = describe()
            batch = self._write(lambda: write(edit_text(what)))
        except ParseError as exc:
            return exc.reason
        except BatchValidationError as exc:      # a likely slip the user did not confirm
            return exc.problems[0].reason
        except ConflictError as exc:
            return str(exc) if on_conflict is None else on_conflict(exc)
        except UserError as exc:         # not found, read-only, disk full ...: said beside the cell
            return str(exc)
        self._push(EditCommand(self._store, batch, what, self._report))
        return None

    def edit_observation(self, obs_id: int, column: str, raw: Any, version: int = 0) -> Optional[str]:
        """``version``: the row's version as the table shows it (0: not checked). Changed since by someone else:
        the user keeps theirs (the row is read again) or applies the typed value on top of it."""
        def describe() -> str:
            return figure_name(self._store, self._store.observation(obs_id), column)

        def on_conflict(exc: ConflictError) -> Optional[str]:
            self._store.refresh()              # the table shows their value now
            if self._resolve_conflict is None or not self._resolve_conflict(str(exc)):
                return None                    # keep theirs: nothing written, nothing to undo
            return self.edit_observation(obs_id, column, raw, self._store.observation(obs_id).version)

        changes = [CellChange(obs_id, column, raw, version)]
        if column == "value" and self._ask_source is not None:
            try:
                obs = self._store.observation(obs_id)
            except UserError as exc:
                return str(exc)
            rows = rows_needing_source(changes, {obs_id: obs}, self._store.dataset().indicators)
            if rows:
                choice = self._ask_source(request_for(rows, {obs_id: obs}, what=describe()))
                if choice is None:
                    return QCoreApplication.translate("DataEditor", NO_SOURCE)
                changes = with_source(changes, rows, choice)
        if len(changes) == 1:
            return self._edit_cell(describe, lambda label: self._checked(
                lambda check: self._store.update_observation(obs_id, column, raw, label, expected_version=version,
                                                             check_typed=check)), on_conflict)
        return self._edit_cell(describe, lambda label: self._checked(
            lambda check: self._store.apply_changes(changes, label, check_typed=check)), on_conflict)

    def edit_indicator(self, indicator_id: str, column: str, raw: Any, version: int = 0) -> Optional[str]:
        """``version`` as for ``edit_observation``: a colleague's change since is kept or built on, never lost."""
        def describe() -> str:
            indicator = self._store.dataset().indicators.get(indicator_id)
            return QCoreApplication.translate("DataEditor", "{column} of “{indicator}”").format(
                column=column_name(column), indicator=indicator.name if indicator else indicator_id)

        def on_conflict(exc: ConflictError) -> Optional[str]:
            self._store.refresh()
            if self._resolve_conflict is None or not self._resolve_conflict(str(exc)):
                return None
            now = self._store.dataset().indicators.get(indicator_id)
            return self.edit_indicator(indicator_id, column, raw, now.version if now else 0)

        return self._edit_cell(describe, lambda label: self._store.update_indicator(
            indicator_id, column, raw, label, expected_version=version), on_conflict)

    # ----- batches (exceptions go back to the caller) ----------------------------------------------------
    @_noting_refusal
    def paste(self, changes: Sequence[CellChange]) -> bool:
        """All cells or none (``BatchValidationError`` names every refused cell); False if nothing changed.
        Values that fill gaps or replace the study's figures get the source asked once (``SourceNotGivenError``
        when the user declines)."""
        label = paste_text(len(changes))
        changes = list(changes)
        if self._ask_source is not None:
            current = {o.id: o for o in self._store.observations()}
            rows = rows_needing_source(changes, current, self._store.dataset().indicators)
            if rows:
                choice = self._ask_source(request_for(rows, current))
                if choice is None:
                    raise SourceNotGivenError()
                changes = with_source(changes, rows, choice)
        batch = self._checked(lambda check: self._store.apply_changes(changes, label, check_typed=check))
        return self._push(PasteCommand(self._store, batch, len(changes), self._report))

    @_noting_refusal
    def clear(self, changes: Sequence[CellChange]) -> bool:
        label = clear_text(len(changes))
        batch = self._store.apply_changes(list(changes), label)
        what = QCoreApplication.translate("DataEditor", "{n} cells (cleared)").format(n=len(changes))
        return self._push(EditCommand(self._store, batch, what, self._report))

    @_noting_refusal
    def add_observation(self, fields: dict[str, Any]) -> int:
        what = QCoreApplication.translate("DataEditor", "observation {indicator} {geography} {period}").format(
            indicator=fields.get("indicator_id"), geography=fields.get("geography"), period=fields.get("period"))
        result = self._checked(lambda check: self._store.add_observations([fields], add_text(what), check_typed=check))
        self._push(AddCommand(self._store, result.batch_id, what, self._report))
        return result.id

    @_noting_refusal
    def add_indicator(self, indicator: Indicator) -> None:
        what = QCoreApplication.translate("DataEditor", "indicator {id}").format(id=indicator.id)
        batch = self._store.add_indicator(indicator, add_text(what))
        self._push(AddCommand(self._store, batch, what, self._report))

    @_noting_refusal
    def add_source(self, source) -> None:
        what = QCoreApplication.translate("DataEditor", "source {id}").format(id=source.id)
        batch = self._store.add_source(source, add_text(what))
        self._push(AddCommand(self._store, batch, what, self._report))

    @_noting_refusal
    def delete_observations(self, ids: Sequence[int]) -> None:
        what = (QCoreApplication.translate("DataEditor", "{n} observation") if len(ids) == 1 else
                QCoreApplication.translate("DataEditor", "{n} observations")).format(n=len(ids))
        batch = self._store.delete_observations(list(ids), delete_text(what))
        self._push(DeleteCommand(self._store, batch, what, self._report))

    @_noting_refusal
    def delete_indicator(self, indicator_id: str) -> None:
        what = QCoreApplication.translate("DataEditor", "indicator {id}").format(id=indicator_id)
        batch = self._store.delete_indicator(indicator_id, delete_text(what))
        self._push(DeleteCommand(self._store, batch, what, self._report))

    @_noting_refusal
    def apply_import(self, plan) -> str:
        from ftz_desktop.core.tabular.import_export import apply_import

        batch = self._checked(lambda check: apply_import(plan, self._store, check_typed=check))
        self._push(ImportCommand(self._store, batch, plan.file_name, self._report))
        return batch

    @_noting_refusal
    def restore_snapshot(self, snapshot_id: int, name: str) -> None:
        batch = self._store.snapshots.restore(snapshot_id)
        self._push(RestoreSnapshotCommand(self._store, batch, name, self._report))

    @_noting_refusal
    def create_snapshot(self, name: str) -> int:
        """A named copy of the data (kept in the workspace; not an undo step: it changes no data)."""
        return self._store.snapshots.create(name)
