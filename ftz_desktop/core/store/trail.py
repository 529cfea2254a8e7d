"""The audit trail as people read it: when, who, what, the old and the new value, and the batch.

``what`` names the row the way the window does: an observation by its figure ("Chengdu's exports of
goods (Chengdu), 2022"), found in today's data or, for a removed row, in the values the audit kept;
an indicator or source by its id. Values are the audit's JSON decoded (None for an empty cell).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Optional

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.store.audit import AuditRow


@dataclass(frozen=True)
class TrailEntry:
    at: str
    user: str
    action: str
    table: str
    what: str
    column: Optional[str]
    old: Any
    new: Any
    batch_id: str
    label: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _figure(dataset: Dataset, indicator_id: str, geography: str, period: str) -> str:
    indicator = dataset.indicators.get(indicator_id)
    name = indicator.name if indicator else indicator_id
    return f"{name} ({dataset.geography_name(geography)}), {period_label(period, dataset.language)}"


def _what(row: AuditRow, dataset: Dataset, by_id: dict[str, Any]) -> str:
    if row.table_name != "observations":
        return f"{row.table_name[:-1] if row.table_name.endswith('s') else row.table_name} {row.row_key}"
    obs = by_id.get(row.row_key)
    if obs is not None:
        return _figure(dataset, obs.indicator_id, obs.geography, obs.period)
    for side in (row.old_value, row.new_value):      # a removed (or re-added) row: its values were kept
        values = json.loads(side) if side else None
        if isinstance(values, dict) and {"indicator_id", "geography", "period"} <= set(values):
            return _figure(dataset, values["indicator_id"], values["geography"], values["period"])
    return f"observation {row.row_key}"


def trail(rows: list[AuditRow], dataset: Dataset) -> list[TrailEntry]:
    """The audit rows (newest first, as the store gives them) as trail entries."""
    by_id = {str(o.id): o for o in dataset.observations}
    return [TrailEntry(row.at, row.user, row.action, row.table_name, _what(row, dataset, by_id), row.column_name,
                       row.old, row.new, row.batch_id, row.label) for row in rows]
