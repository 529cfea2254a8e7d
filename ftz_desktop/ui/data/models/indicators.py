"""The indicators table: one row per indicator, in the study's order, editable field by field.

Edits go through the editor callable (an undo command around ``store.update_indicator``); the id
cannot change (text, charts and briefs refer to it). Store events add, remove and update exactly
the rows they name.
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Slot

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.tabular.columns import number_text
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP
from ftz_desktop.ui.data.models.observations import value_text
from ftz_desktop.ui.data.models.table_base import Column, PreparedTableModel

COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("IndicatorsModel", "ID"), 220,
           tip=QT_TRANSLATE_NOOP("IndicatorsModel", "Text, charts and briefs refer to an indicator by its id; "
                                                    "it cannot change")),
    Column("name", QT_TRANSLATE_NOOP("IndicatorsModel", "Name"), 330, editable=True),
    Column("unit", QT_TRANSLATE_NOOP("IndicatorsModel", "Unit"), 100, editable=True),
    Column("decimals", QT_TRANSLATE_NOOP("IndicatorsModel", "Decimals"), 70, editable=True, numeric=True,
           tip=QT_TRANSLATE_NOOP("IndicatorsModel", "Decimals shown in text and charts")),
    Column("min_value", QT_TRANSLATE_NOOP("IndicatorsModel", "Min"), 75, editable=True, numeric=True,
           tip=QT_TRANSLATE_NOOP("IndicatorsModel", "Smallest value allowed (empty: no limit)")),
    Column("max_value", QT_TRANSLATE_NOOP("IndicatorsModel", "Max"), 75, editable=True, numeric=True,
           tip=QT_TRANSLATE_NOOP("IndicatorsModel", "Largest value allowed (empty: no limit)")),
    Column("section", QT_TRANSLATE_NOOP("IndicatorsModel", "Section"), 110, editable=True),
    Column("topic", QT_TRANSLATE_NOOP("IndicatorsModel", "Topic"), 100, editable=True),
    Column("description", QT_TRANSLATE_NOOP("IndicatorsModel", "Description"), 380, editable=True),
)
C_ID, C_NAME, C_UNIT, C_DECIMALS, C_MIN, C_MAX, C_SECTION, C_TOPIC, C_DESCRIPTION = range(len(COLUMNS))
_NUMBERS = (C_MIN, C_MAX)
_STORED = (C_NAME, C_UNIT, C_SECTION, C_TOPIC, C_DESCRIPTION)      # edited as stored, shown in the language


class IndicatorsModel(PreparedTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "IndicatorsModel"

    def __init__(self, store, events, parent=None, language: str = "en") -> None:
        super().__init__(parent)
        self._store = store
        # In another language, names, units, sections and topics are shown in it (data/<language>/); what a cell
        # edits is still the definition as stored, which its tooltip gives.
        self._language = language
        self._position: dict[str, int] = {}
        self._take_order()
        self._load(store.dataset().indicators.values())
        self.set_read_only(store.read_only)
        events.store_changed.connect(self._on_store_changed)

    def _take_order(self) -> None:
        self._position = {iid: n for n, iid in enumerate(self._store.dataset().indicators)}

    def _key(self, item: Indicator) -> str:
        return item.id

    def _cells(self, ind: Indicator) -> tuple[str, ...]:
        name, unit, section, topic, description = ind.name, ind.unit, ind.section, ind.topic, ind.description
        if self._language != "en":
            from ftz_desktop.core.study.names import load_names

            names = load_names(self._language)
            shown = names.indicators.get(ind.id, {})
            name, description = shown.get("name") or name, shown.get("description") or description
            unit, section = names.term("unit", unit, unit), names.term("section", section, section)
            topic = names.term("topic", topic, topic)
        return (ind.id, name, unit, str(ind.decimals), value_text(ind.min_value), value_text(ind.max_value),
                section, topic, description.replace("\n", " ↵ "))

    def _edit_text(self, row: int, column: int) -> str:
        ind = self._items[row]
        if column in _NUMBERS:
            number = ind.min_value if column == C_MIN else ind.max_value
            return "" if number is None else number_text(number)
        if column in _STORED:                   # the definition as stored, whatever the language shown
            return str(getattr(ind, self.COLUMNS[column].key))
        return self._display[column][row]

    def _natural_keys(self) -> list[Any]:
        return [self._position.get(ind.id, len(self._position)) for ind in self._items]

    def _sort_keys(self, column: int) -> list[Any]:
        if column == C_DECIMALS:
            return [ind.decimals for ind in self._items]
        if column in _NUMBERS:
            return [ind.min_value if column == C_MIN else ind.max_value for ind in self._items]
        return super()._sort_keys(column)

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        ind = self._items[row]
        stored = self._edit_text(row, column) if column in _STORED else ""
        if self._language != "en" and stored and stored != self._display[column][row]:
            return self.tr("Stored as: {text}").format(text=stored)
        if column == C_DESCRIPTION:
            return ind.description or None
        if column in (C_ID, C_NAME):
            return f"{ind.name}\n{ind.description}".strip()
        return None

    def _send(self, editor, row: int, column: int, value: Any) -> Optional[str]:
        # With the version of the row as shown: a colleague's change since is a conflict, never overwritten.
        return editor(self._keys[row], self.COLUMNS[column].key, value, self._items[row].version)

    def indicator_at(self, row: int) -> Indicator:
        return self._items[row]

    def section_at(self, row: int) -> str:
        return self._items[row].section

    @Slot(object)
    def _on_store_changed(self, event) -> None:
        if event.kind == "reset":
            self._take_order()
            self._reset(self._store.dataset().indicators.values())
            return
        if event.table != "indicators":
            return
        self._take_order()
        if event.kind == "removed":
            self._remove(event.keys)
            return
        indicators = self._store.dataset().indicators
        current = [indicators[key] for key in event.keys if key in indicators]
        if event.kind == "added":
            self._append(current)
        elif event.kind == "updated":
            self._replace(current)
