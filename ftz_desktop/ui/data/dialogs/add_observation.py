"""Add observation: a small form that returns an ``ObservationInput``.

The dialog does not judge the values; ``submit`` (the tab's store call) does. If the store refuses,
the dialog stays open with each refused field marked and its reason shown, and nothing is written.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ftz_desktop.core.domain.formatting import stored_text
from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS, is_publication, is_study_source
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.study.names import entry_unit
from ftz_desktop.ui.data.dialogs.add_form import lay_out_add_dialog, refusal_problems, show_field_problems
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP, qualifier_label, status_text
from ftz_desktop.ui.data.views.delegates import PeriodValidator

# Shown through QCoreApplication.translate("AddObservationDialog", ...).
_FIELD_NAMES = {"indicator_id": QT_TRANSLATE_NOOP("AddObservationDialog", "Indicator"),
                "geography": QT_TRANSLATE_NOOP("AddObservationDialog", "Geography"),
                "period": QT_TRANSLATE_NOOP("AddObservationDialog", "Period"),
                "value": QT_TRANSLATE_NOOP("AddObservationDialog", "Value"),
                "qualifier": QT_TRANSLATE_NOOP("AddObservationDialog", "Qualifier"),
                "status": QT_TRANSLATE_NOOP("AddObservationDialog", "Status"),
                "source_id": QT_TRANSLATE_NOOP("AddObservationDialog", "Source"),
                "note": QT_TRANSLATE_NOOP("AddObservationDialog", "Note"),
                "id": QT_TRANSLATE_NOOP("AddObservationDialog", "Number")}


@dataclass(frozen=True)
class ObservationInput:
    indicator_id: str
    geography: str
    period: str
    value: str            # as typed; the store's parser reads it
    qualifier: str
    status: str
    source_id: str
    note: str

    def as_row(self) -> dict[str, str]:
        return asdict(self)


def _combo(parent: QWidget, options: list[tuple[str, str]], current: str = "") -> QComboBox:
    combo = QComboBox(parent)
    for code, label in options:
        combo.addItem(label, code)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))
    combo.setMinimumContentsLength(36)       # long source titles are elided, not stretching the form
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class AddObservationDialog(QDialog):
    def __init__(self, dataset, submit: Callable[[ObservationInput], None], indicator_id: str = "",
                 geography: str = "", source_id: str = "", parent: Optional[QWidget] = None,
                 language: str = "en") -> None:
        """``dataset`` with its names in the window's ``language``; in Chinese money is typed in 亿元/万元, as the
        table shows it (``ZH_ENTRY_UNITS``), and stored in the indicator's own unit."""
        super().__init__(parent)
        self._indicators = dataset.indicators
        self._language = language
        self.setWindowTitle(self.tr("Add observation"))
        self._submit = submit
        self.result_input: Optional[ObservationInput] = None
        self.indicator = _combo(self, [(iid, f"{ind.name} ({iid})") for iid, ind in dataset.indicators.items()],
                                indicator_id)
        self.geography = _combo(self, [(code, f"{code} · {name}") for code, name in dataset.geographies.items()],
                                geography)
        self.period = QLineEdit(self)
        self.period.setValidator(PeriodValidator(self.period))
        self.period.setPlaceholderText(self.tr("2022, 2023-Q1, 2022-04, 2022-04-30 or 2013/2022"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("In the indicator's unit; empty only with status M"))
        self.unit = QLabel(self)                  # the unit the value is typed in, beside it
        self.indicator.currentIndexChanged.connect(self._show_unit)
        self._show_unit()
        self.qualifier = _combo(self, [(code, qualifier_label(code) or self.tr("(none)")) for code in QUALIFIERS])
        self.status = _combo(self, [(code, status_text(code)) for code in OBSERVATION_STATUSES], "A")
        # A new figure is not one the study states, so it cites a source of the staff's own (newest first);
        # a publication makes it "reported" by default, anything else "estimated".
        self._sources = {sid: s for sid, s in dataset.sources.items() if not is_study_source(sid)}
        self.source = _combo(self, [(sid, f"{sid} · {s.title}") for sid, s in reversed(self._sources.items())],
                             source_id)
        if not self._sources:
            self.source.setPlaceholderText(self.tr("Add a source first (Data › Add source…)"))
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self._on_source_changed()
        self.note = QLineEdit(self)
        self._fields = {"indicator_id": self.indicator, "geography": self.geography, "period": self.period,
                        "value": self.value, "qualifier": self.qualifier, "status": self.status,
                        "source_id": self.source, "note": self.note}
        self._labels = {key: QCoreApplication.translate("AddObservationDialog", name)
                        for key, name in _FIELD_NAMES.items()}
        form = QFormLayout()
        for key, widget in self._fields.items():
            if key == "value":
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                row.addWidget(self.unit)
                form.addRow(self._labels[key], row)
            else:
                form.addRow(self._labels[key], widget)
        self.errors = lay_out_add_dialog(self, form, self._on_add)

    def _unit_factor(self) -> tuple[str, int]:
        """The unit the value is typed in, as shown, and what the stored value is multiplied by to read in it."""
        indicator = self._indicators.get(self.indicator.currentData() or "")
        if indicator is None:
            return "", 1
        factor, unit = entry_unit(indicator.unit, self._language)
        return unit, factor

    @Slot()
    def _show_unit(self) -> None:
        self.unit.setText(self._unit_factor()[0])

    @Slot()
    def _on_source_changed(self) -> None:
        source = self._sources.get(self.source.currentData() or "")
        if source is not None:
            self.status.setCurrentIndex(self.status.findData("A" if is_publication(source) else "E"))

    def current_input(self) -> ObservationInput:
        return ObservationInput(indicator_id=self.indicator.currentData() or "",
                                geography=self.geography.currentData() or "", period=self.period.text(),
                                value=stored_text(self.value.text(), self._unit_factor()[1]),
                                qualifier=self.qualifier.currentData() or "",
                                status=self.status.currentData() or "", source_id=self.source.currentData() or "",
                                note=self.note.text())

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        show_field_problems(self._fields, self.errors, problems, self._labels)

    @Slot()
    def _on_add(self) -> None:
        entered = self.current_input()
        try:
            self._submit(entered)
        except UserError as exc:         # refused cells, read-only, disk full ...
            self.show_problems(refusal_problems(exc))
            return
        self.result_input = entered
        self.accept()
