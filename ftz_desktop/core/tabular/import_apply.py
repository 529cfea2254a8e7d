"""Write an ``ImportPlan`` into the workspace as one batch: one transaction, one audit batch, one undo step.

The plan was worked out from the data as it was at preview time. The store checks the observations
it changes against the workspace as it is now, inside the write transaction (``apply_edits`` with
``expected``); if any has changed since (an edit in another window, a second import), nothing is
written and the user is asked to preview again, so an import never overwrites a value it did not
show. A new row whose key was taken meanwhile is refused by the store's own rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ftz_desktop.core.messages import name_few
from ftz_desktop.core.store.errors import StaleDataError
from ftz_desktop.core.store.validation import BatchValidationError, CellChange
from ftz_desktop.core.tabular.columns import ImportRefused, tidy_reason
from ftz_desktop.core.tabular.import_plan import FIELDS, ImportPlan
from ftz_desktop.core.translate import tr

if TYPE_CHECKING:
    from ftz_desktop.core.store.workspace import WorkspaceStore


SHOWN = 3      # refusals a message names before it counts the rest


def _cell_changes(plan: ImportPlan) -> list[CellChange]:
    return [CellChange(c.old.id, column, new) for c in plan.changes for column, (_, new) in c.fields.items()]


def _new_rows(plan: ImportPlan) -> list[dict[str, Any]]:
    return [{"indicator_id": a.observation.indicator_id, "geography": a.observation.geography,
             "period": a.observation.period, **{f: getattr(a.observation, f) for f in FIELDS}}
            for a in plan.adds]


def _where(row: object, column: object, reason: str) -> str:
    """A refusal without the file name: "row 3, column value: reason"."""
    if row and column:
        return tr("row {row}, column {column}: {reason}", row=row, column=column, reason=reason)
    if row:
        return tr("row {row}: {reason}", row=row, reason=reason)
    return reason


def _listed(parts: list[str], more: int) -> str:
    """The first few reasons, one after the other, and how many more there are."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = tr("{reasons}; {reason}", reasons=text, reason=part)
    return tr("{reasons}; and {more:,} more", reasons=text, more=more) if more > 0 else text


def _refused_by_store(plan: ImportPlan, exc: BatchValidationError) -> ImportRefused:
    # The plan used the store's rules, so this means the workspace changed under it (a key taken since).
    rows_by_id = {c.old.id: c.row for c in plan.changes}
    adds = [a.row for a in plan.adds]
    parts = []
    for problem in exc.problems[:SHOWN]:
        if problem.obs_id is not None:
            row = rows_by_id.get(problem.obs_id)
        else:
            row = adds[problem.row - 1] if problem.row and problem.row <= len(adds) else None
        parts.append(tidy_reason(tr("row {row}, column {column}: {reason}", row=row, column=problem.column,
                                    reason=problem.reason) if row else str(problem)))
    more = len(exc.problems) - len(parts)
    return ImportRefused(tr("{file}: the workspace refused the import; nothing was imported: {reasons}",
                            file=plan.file_name, reasons=_listed(parts, more)))


def apply_import(plan: ImportPlan, store: WorkspaceStore, label: str = "", *, check_typed: bool = False) -> str:
    """Write the plan's adds and changes in one batch and return its batch id.

    Refuses (``ImportRefused``, nothing written) a plan with refusals, one with nothing to do, and
    one made stale by edits since the preview.
    """
    if plan.refusals:
        first = tidy_reason(_listed([_where(r.row, r.column, r.reason) for r in plan.refusals[:SHOWN]], 0))
        more = len(plan.refusals) - min(len(plan.refusals), SHOWN)
        raise ImportRefused(tr("{file}: {count} rows were refused ({reasons}); fix them and preview again. "
                               "Nothing was imported", file=plan.file_name, count=len(plan.refusals),
                               reasons=tr("{reasons}; and {more:,} more", reasons=first, more=more)
                               if more > 0 else first))
    if not plan.has_changes:
        raise ImportRefused(tr("{file}: the file holds no changes; nothing was imported", file=plan.file_name))
    label = label or tr("Import {file} ({adds} added, {changes} changed)", file=plan.file_name,
                        adds=len(plan.adds), changes=len(plan.changes))
    try:
        result = store.apply_edits(_cell_changes(plan), _new_rows(plan), label,
                                   expected=[c.old for c in plan.changes], check_typed=check_typed)
    except StaleDataError as exc:
        stale = set(exc.obs_ids)
        rows = [c.row for c in plan.changes if c.old.id in stale]
        shown = name_few(rows, 10)
        raise ImportRefused(tr("{file}: the workspace changed since the preview (rows {rows}); nothing was "
                               "imported. Preview the import again", file=plan.file_name, rows=shown)) from None
    except BatchValidationError as exc:
        if all(p.kind == "unusual" for p in exc.problems):
            raise       # likely slips: the caller asks the user (or the command line wants --accept-unusual)
        raise _refused_by_store(plan, exc) from None
    return result.batch_id
