"""The observations table: one row per observation, over prepared per-column lists.

Edits go to the store through an editor callable (an undo command around ``update_observation``);
a refused value leaves the cell as it was, ``setData`` returns False and ``edit_refused`` carries the
store's reason for the view to show next to the cell. Store events update exactly the rows and
cells they name; a "reset" (snapshot restore, import, another program's change) reloads.
Consistency findings are shown in place on the stated figure: an icon, a tint and the reason as the
value cell's tooltip (``set_problems``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor

from ftz_desktop.core.domain.formatting import entry_text, format_observation, stored_text
from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS, Observation
from ftz_desktop.core.domain.periods import period_label, period_sort_key
from ftz_desktop.core.study.names import entry_unit
from ftz_desktop.core.tabular.columns import number_text
from ftz_desktop.ui.data.icons import problem_icon
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP, qualifier_label, status_label, status_text
from ftz_desktop.ui.data.models.table_base import BACKGROUND, DECORATION, Column, PreparedTableModel

_CTX = "ObservationsModel"
COLUMNS = (
    Column("indicator", QT_TRANSLATE_NOOP("ObservationsModel", "Indicator"), 300,
           tip=QT_TRANSLATE_NOOP("ObservationsModel", "The indicator's name; its id is in the tooltip and in the "
                                                      "Indicator ID column (right-click the header to show it)")),
    Column("geography", QT_TRANSLATE_NOOP("ObservationsModel", "Geography"), 150, editable=True,
           tip=QT_TRANSLATE_NOOP("ObservationsModel", "Type or pick the geography's code (CD, SC …)")),
    Column("period", QT_TRANSLATE_NOOP("ObservationsModel", "Period"), 80, editable=True),
    Column("value", QT_TRANSLATE_NOOP("ObservationsModel", "Value"), 110, editable=True, numeric=True,
           tip=QT_TRANSLATE_NOOP("ObservationsModel", "In the indicator's unit")),
    Column("unit", QT_TRANSLATE_NOOP("ObservationsModel", "Unit"), 92),
    Column("qualifier", QT_TRANSLATE_NOOP("ObservationsModel", "Qualifier"), 78, editable=True),
    Column("status", QT_TRANSLATE_NOOP("ObservationsModel", "Status"), 100, editable=True),
    Column("source_id", QT_TRANSLATE_NOOP("ObservationsModel", "Source"), 72, editable=True),
    Column("note", QT_TRANSLATE_NOOP("ObservationsModel", "Note"), 320, editable=True),
    Column("id", QT_TRANSLATE_NOOP("ObservationsModel", "ID"), 50, numeric=True,
           tip=QT_TRANSLATE_NOOP("ObservationsModel", "The observation's number in the workspace")),
    Column("indicator_id", QT_TRANSLATE_NOOP("ObservationsModel", "Indicator ID"), 215,
           tip=QT_TRANSLATE_NOOP("ObservationsModel", "The indicator's id, as imports and recipes name it"),
           hidden=True),
)
(C_INDICATOR, C_GEOGRAPHY, C_PERIOD, C_VALUE, C_UNIT, C_QUALIFIER, C_STATUS, C_SOURCE, C_NOTE,
 C_ID, C_INDICATOR_ID) = range(len(COLUMNS))
_TINT = {"error": QBrush(QColor("#fde2e1")), "warning": QBrush(QColor("#fff3cd"))}
period_key = lru_cache(maxsize=None)(period_sort_key)     # periods repeat across rows: compute each once


def value_text(value: Optional[float]) -> str:
    """The stored number in full (shortest round-trip digits, never rounded for display), with
    thousands separators."""
    if value is None:
        return ""
    text = format(value, ",")
    if "e" in text:                      # very large or small: written out, without an exponent
        text = number_text(value)
        sign = "-" if text.startswith("-") else ""
        whole, dot, fraction = text.lstrip("-").partition(".")
        return f"{sign}{int(whole):,}{dot}{fraction}"
    return text[:-2] if text.endswith(".0") else text


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ") if "\n" in text or "\r" in text \
        else text


class ObservationsModel(PreparedTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = _CTX
    STYLE_ROLES = (DECORATION, BACKGROUND)

    def __init__(self, store, events, parent=None, language: str = "en") -> None:
        super().__init__(parent)
        self._store = store
        self._language = language      # of the indicator and geography names shown (the ids never change)
        # Shown labels of the codes, in the installed language (the store keeps the codes).
        self._status_text = {code: status_text(code) for code in OBSERVATION_STATUSES}
        self._qualifier_text = {code: qualifier_label(code) for code in QUALIFIERS}
        self._problems: dict[int, tuple[str, str]] = {}      # observation id -> (severity, text)
        self._take(store.dataset())
        self._load(sorted(self._dataset.observations, key=self._natural_key))
        self.set_read_only(store.read_only)
        events.store_changed.connect(self._on_store_changed)

    # ----- rows ---------------------------------------------------------------------------------------
    def _take(self, dataset) -> None:
        import dataclasses

        from ftz_desktop.core.study.names import localized

        # Names in the window's language; the observations themselves exactly as stored, since this is where
        # they are edited (the study's own notes are shown, and edited, in the window's language: ``_note``).
        if self._language != "en":
            dataset = dataclasses.replace(localized(dataset, self._language), observations=dataset.observations)
        self._dataset = dataset
        self._indicators = dataset.indicators
        self._order = {iid: number for number, iid in enumerate(dataset.indicators)}

    def _key(self, item: Observation) -> int:
        return item.id

    def _cells(self, obs: Observation) -> tuple[str, ...]:
        indicator = self._indicators.get(obs.indicator_id)
        return (indicator.name if indicator else obs.indicator_id, self._dataset.geography_name(obs.geography),
                obs.period, self._value_text(obs), self._unit_name(indicator.unit) if indicator else "",
                self._qualifier_text.get(obs.qualifier, obs.qualifier), self._status_text.get(obs.status, obs.status),
                obs.source_id, _one_line(self._note(obs)), str(obs.id), obs.indicator_id)

    def _note(self, obs: Observation) -> str:
        """The note in the window's language while it is the study's own (a note staff wrote stays as written);
        typing over it stores what was typed, leaving it as shown writes nothing."""
        from ftz_desktop.core.study.names import note_in

        return note_in(obs, self._language)

    def _entry_factor(self, obs: Observation) -> int:
        """What the stored value is multiplied by to read in the unit shown (1: as stored); in Chinese money is
        shown and typed in 亿元/万元, the unit staff keep it in (``names.entry_unit``)."""
        indicator = self._indicators.get(obs.indicator_id)
        return entry_unit(indicator.unit, self._language)[0] if indicator else 1

    def _in_unit_shown(self, value: float, obs: Observation) -> str:
        """The number in full in the unit shown, as typed and pasted (digits not grouped)."""
        factor = self._entry_factor(obs)
        return entry_text(value, factor) if factor != 1 else number_text(value)

    def _value_text(self, obs: Observation) -> str:
        # Chinese statistics write digits ungrouped (GB/T 15835); English groups them in thousands.
        if obs.value is None or self._language != "zh":
            return value_text(obs.value)
        return self._in_unit_shown(obs.value, obs)

    def _unit_name(self, unit: str) -> str:
        """The unit values are shown and typed in, in the window's language (亿元 for billion yuan)."""
        return entry_unit(unit, self._language)[1]

    def stored_text(self, row: int, column: int, typed: str) -> str:
        """What the store is given for ``typed`` in a cell: a value typed in the unit shown, in the stored unit."""
        factor = self._entry_factor(self._items[row]) if column == C_VALUE else 1
        return stored_text(typed, factor) if factor != 1 else typed

    def _natural_key(self, obs: Observation) -> tuple:
        return (self._order.get(obs.indicator_id, len(self._order)), obs.indicator_id, obs.geography,
                period_key(obs.period), obs.period, obs.id)

    def _natural_keys(self) -> list[Any]:
        return [self._natural_key(obs) for obs in self._items]

    def _sort_keys(self, column: int) -> list[Any]:
        if column == C_VALUE:
            return [obs.value for obs in self._items]
        if column == C_PERIOD:
            return [(period_key(obs.period), obs.period) for obs in self._items]
        if column == C_ID:
            return [obs.id for obs in self._items]
        return super()._sort_keys(column)

    def _edit_text(self, row: int, column: int) -> str:
        obs = self._items[row]
        if column == C_VALUE:
            return "" if obs.value is None else self._in_unit_shown(obs.value, obs)
        if column == C_STATUS:
            return obs.status
        if column == C_QUALIFIER:        # the English label the store reads back, whatever the language shown
            return QUALIFIERS.get(obs.qualifier, obs.qualifier)
        if column == C_NOTE:
            return self._note(obs)
        if column in (C_INDICATOR, C_INDICATOR_ID):    # copied and pasted as the id that imports take
            return obs.indicator_id
        if column == C_GEOGRAPHY:
            return obs.geography
        return self._display[column][row]

    def observation_at(self, row: int) -> Observation:
        return self._items[row]

    def _send(self, editor, row: int, column: int, value: Any) -> Optional[str]:
        # With the version of the row as shown: a colleague's change since is a conflict, never overwritten.
        if isinstance(value, str):
            value = self.stored_text(row, column, value)
        return editor(self._keys[row], self.COLUMNS[column].key, value, self._items[row].version)

    def indicators_in_section(self, section: str) -> frozenset[str]:
        return frozenset(iid for iid, ind in self._indicators.items() if ind.section == section)

    def _search_extra(self, row: int) -> str:
        obs = self._items[row]      # the ids behind the names shown, so either finds the row
        return f"{obs.indicator_id} {obs.geography}"

    # ----- tooltips and marks -------------------------------------------------------------------------
    def _tooltip(self, row: int, column: int) -> Optional[str]:
        obs = self._items[row]
        indicator = self._indicators.get(obs.indicator_id)
        if column == C_VALUE:
            problem = self._problems.get(obs.id)
            if problem is not None:
                return problem[1]
            if indicator is None or obs.value is None:
                return status_label(obs.status)
            return f"{format_observation(obs, indicator)} ({status_label(obs.status) or obs.status})"
        if column in (C_INDICATOR, C_UNIT, C_INDICATOR_ID):
            return f"{indicator.name} ({indicator.id})\n{indicator.description}".strip() if indicator else None
        if column == C_GEOGRAPHY:
            return f"{self._dataset.geography_name(obs.geography)} ({obs.geography})"
        if column == C_PERIOD:
            return period_label(obs.period)
        if column == C_SOURCE:
            source = self._dataset.sources.get(obs.source_id)
            return source.title if source else None
        if column == C_NOTE:
            return self._note(obs) or None
        if column == C_STATUS:
            return status_label(obs.status)
        return None

    def _styled(self, index, role: int) -> Any:
        """The mark of a problem on a value cell: an icon and a tint."""
        if not self._problems or index.column() != C_VALUE:
            return None
        problem = self._problems.get(self._keys[index.row()])
        if problem is None:
            return None
        return problem_icon(problem[0]) if role == DECORATION else _TINT.get(problem[0])

    def set_problems(self, problems: dict[int, tuple[str, str]]) -> None:
        """Mark these observations' value cells (id -> (severity, reason)); others are cleared."""
        old, self._problems = self._problems, dict(problems)
        for obs_id in set(old) | set(problems):
            if old.get(obs_id) != problems.get(obs_id) and obs_id in self._row_of:
                self._emit_row_changed(self._row_of[obs_id], (C_VALUE,))

    def problem_of(self, obs_id: int) -> Optional[tuple[str, str]]:
        return self._problems.get(obs_id)

    # ----- store events -------------------------------------------------------------------------------
    @Slot(object)
    def _on_store_changed(self, event) -> None:
        if event.kind == "reset":
            self._take(self._store.dataset())
            self._reset(sorted(self._dataset.observations, key=self._natural_key))
            return
        if event.table not in ("observations", "indicators"):
            return
        self._take(self._store.dataset())
        if event.table == "indicators":
            if event.kind == "updated":
                changed = set(event.keys)
                self._replace([o for o in self._items if o.indicator_id in changed],
                              (C_INDICATOR, C_UNIT, C_VALUE, C_INDICATOR_ID))
            return
        if event.kind == "removed":
            self._remove(event.keys)
            return
        current = [self._store.observation(key) for key in event.keys]
        if event.kind == "added":
            self._append(current)
        elif event.kind == "updated":
            self._replace(current)
