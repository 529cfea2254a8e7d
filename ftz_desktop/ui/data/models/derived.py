"""Derived figures (totals, shares, growth rates computed by ``core.analysis.derived``): read-only, marked as computed.

The value cell carries the "ƒ" mark, italic text and a blue tint; every cell's tooltip is the formula
with its inputs and result. ``set_values`` takes a fresh ``compute_derived`` result and signals only
the cells whose text changed.
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from ftz_desktop.core.analysis.derived import DerivedValue
from ftz_desktop.core.domain.formatting import format_number, zh_parts
from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.ui.data.icons import computed_icon
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP
from ftz_desktop.ui.data.models.table_base import BACKGROUND, DECORATION, FONT, FOREGROUND, Column, PreparedTableModel

COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("DerivedModel", "Derived figure"), 360),
    Column("value", QT_TRANSLATE_NOOP("DerivedModel", "Value (computed)"), 120, numeric=True,
           tip=QT_TRANSLATE_NOOP("DerivedModel", "Computed from the stated figures; never typed")),
    Column("unit", QT_TRANSLATE_NOOP("DerivedModel", "Unit"), 100),
    Column("period", QT_TRANSLATE_NOOP("DerivedModel", "Period"), 90),
    Column("formula", QT_TRANSLATE_NOOP("DerivedModel", "Formula"), 150,
           tip=QT_TRANSLATE_NOOP("DerivedModel", "Hover a row to see the formula with its numbers")),
    Column("inputs", QT_TRANSLATE_NOOP("DerivedModel", "Inputs"), 520,
           tip=QT_TRANSLATE_NOOP("DerivedModel", "indicator | geography | period of each input, "
                                                "or another derived figure")),
)
C_NAME, C_VALUE, C_UNIT, C_PERIOD, C_FORMULA, C_INPUTS = range(len(COLUMNS))
_ITALIC = QFont()
_ITALIC.setItalic(True)
_BLUE = QBrush(QColor("#1f4e79"))
_TINT = QBrush(QColor("#eaf2fb"))
_MISSING = QBrush(QColor("#8a5a00"))
# Shown through QCoreApplication.translate("DerivedModel", ...).
FORMULA_LABELS = {"sum": QT_TRANSLATE_NOOP("DerivedModel", "sum"),
                  "difference": QT_TRANSLATE_NOOP("DerivedModel", "difference"),
                  "share_pct": QT_TRANSLATE_NOOP("DerivedModel", "share (%)"),
                  "growth_pct": QT_TRANSLATE_NOOP("DerivedModel", "growth (%)"),
                  "cagr_pct": QT_TRANSLATE_NOOP("DerivedModel", "average annual growth (%)"),
                  "prior_from_growth": QT_TRANSLATE_NOOP("DerivedModel", "earlier value from growth"),
                  "implied_total": QT_TRANSLATE_NOOP("DerivedModel", "total implied by a share")}


def _input_text(token: str, value: Optional[float]) -> str:
    return f"{token} = {'?' if value is None else format_number(value, 6)}"


class DerivedModel(PreparedTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "DerivedModel"
    STYLE_ROLES = (DECORATION, FONT, BACKGROUND, FOREGROUND)

    def __init__(self, values: list[DerivedValue], parent=None, language: str = "en") -> None:
        super().__init__(parent)
        self._language = language      # names, numbers and units as that language reads them
        self._load(values)

    def _key(self, item: DerivedValue) -> str:
        return item.definition.id

    def _cells(self, item: DerivedValue) -> tuple[str, ...]:
        d = item.definition
        name, unit = d.name, d.unit
        value = format_number(item.value, d.decimals) if item.ok else f"— ({item.reason})"
        if self._language == "zh":
            name, value, unit = self._in_chinese(item)
        formula = FORMULA_LABELS.get(d.formula)
        return (name, value, unit, period_label(d.period, self._language),
                QCoreApplication.translate("DerivedModel", formula) if formula else d.formula,
                "; ".join(_input_text(token, number) for token, number in item.inputs))

    def _in_chinese(self, item: DerivedValue) -> tuple[str, str, str]:
        """Name, number and unit as a Chinese table gives them: 4605.86 亿元, 17.2139 万标箱, 6906 个."""
        from ftz_desktop.core.study.names import load_names

        d, names = item.definition, load_names("zh")
        name = names.derived_name(d.id, d.name)
        if not item.ok or item.value is None:
            return name, f"— ({item.reason})", names.term("unit", d.unit, d.unit)
        number, unit = zh_parts(item.value, Indicator(id=d.id, name=d.name, unit=d.unit, decimals=d.decimals))
        return name, number, unit or names.term("unit", d.unit, d.unit)

    def _sort_keys(self, column: int) -> list[Any]:
        if column == C_VALUE:
            return [item.value for item in self._items]
        return super()._sort_keys(column)

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        item = self._items[row]
        text = QCoreApplication.translate("DerivedModel", "Computed: {formula}").format(formula=item.formula_text)
        if item.definition.compares_with:
            checked = QCoreApplication.translate("DerivedModel", "Checked against the stated figure {figure}")
            text += "\n" + checked.format(figure=item.definition.compares_with)
        if item.definition.note:
            text += f"\n{item.definition.note}"
        return text

    def _decoration(self, row: int, column: int) -> Any:
        return computed_icon() if column == C_VALUE else None

    def _style(self, role: int, row: int, column: int) -> Any:
        if column != C_VALUE:
            return None
        if role == FONT:
            return _ITALIC
        if role == BACKGROUND:
            return _TINT
        if role == FOREGROUND:
            return _BLUE if self._items[row].ok else _MISSING
        return None

    def value_at(self, row: int) -> DerivedValue:
        return self._items[row]

    def set_values(self, values: list[DerivedValue]) -> None:
        """New results of the same definitions update in place; a different set of definitions resets."""
        keys = [self._key(v) for v in values]
        if len(keys) == len(self._keys) and set(keys) == set(self._keys):
            self._replace(values)
        else:
            self._reset(values)
