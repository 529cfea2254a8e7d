"""The Data tab's filters: indicator, geography, section and a search box (any shown text, names too)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ftz_desktop.ui.data.models.filter_proxy import ObservationFilter

SEARCH_DELAY_MS = 250        # typing pauses this long before 100,000 rows are searched


class FilterBar(QWidget):
    filters_changed = Signal(object)         # ObservationFilter

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        # Short minimums (longer names are elided; the list shows them whole): a window half a 1920-pixel screen
        # wide still fits the bar, so two windows can sit side by side.
        self.indicator = QComboBox(self)
        self.indicator.setMinimumContentsLength(16)
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMaxVisibleItems(25)
        self.geography = QComboBox(self)
        self.geography.setMinimumContentsLength(8)
        self.geography.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section = QComboBox(self)
        self.section.setMinimumContentsLength(8)
        self.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(100)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear every filter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Indicator"), self.indicator), (self.tr("Geography"), self.geography),
                              (self.tr("Section"), self.section)):
            layout.addWidget(QLabel(label, self))
            layout.addWidget(widget)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.clear_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        for combo in (self.indicator, self.geography, self.section):
            combo.currentIndexChanged.connect(self._emit)
        self.search.textChanged.connect(self._on_search_edited)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, dataset, section_titles: dict[str, str]) -> None:
        """Fill the drop-downs from the data, keeping what is chosen where it still exists."""
        chosen = self.current()
        sections = list(dict.fromkeys(ind.section for ind in dataset.indicators.values() if ind.section))
        for combo, everything, options in (
                (self.indicator, self.tr("All indicators"),
                 [(iid, f"{ind.name} ({iid})") for iid, ind in dataset.indicators.items()]),
                (self.geography, self.tr("All geographies"),
                 [(code, f"{code} · {name}") for code, name in dataset.geographies.items()]),
                (self.section, self.tr("All sections"), [(sid, section_titles.get(sid, sid)) for sid in sections])):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(everything, "")
                for code, label in options:
                    combo.addItem(label, code)
            view = combo.view()                   # the open list shows the names whole, however narrow the box
            widest = max((view.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                         default=0)
            view.setMinimumWidth(widest + view.verticalScrollBar().sizeHint().width() + 24)
        self._choose(chosen, emit=False)

    def current(self) -> ObservationFilter:
        return ObservationFilter(indicator=self.indicator.currentData() or "",
                                 geography=self.geography.currentData() or "",
                                 section=self.section.currentData() or "", text=self.search.text())

    def set_filter(self, wanted: ObservationFilter) -> None:
        self._choose(wanted, emit=True)

    @Slot()
    def clear(self) -> None:
        self.set_filter(ObservationFilter())

    def _choose(self, wanted: ObservationFilter, emit: bool) -> None:
        for combo, code in ((self.indicator, wanted.indicator), (self.geography, wanted.geography),
                            (self.section, wanted.section)):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(combo.findData(code), 0))
        with QSignalBlocker(self.search):
            self.search.setText(wanted.text)
        if emit:
            self._emit()

    @Slot(str)
    def _on_search_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _emit(self, *_args) -> None:
        self._timer.stop()
        self.filters_changed.emit(self.current())
