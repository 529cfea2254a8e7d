"""Where new figures come from: asked when a typed or pasted value fills a gap or replaces a figure of the study.

A figure the study does not state may not cite the study (the store refuses it), so the person who types it
names its source (an existing one, or a new one added here) and says what kind of figure it is: reported (A),
estimated (E) or provisional (P). Reported is the default only for a publication (a source with a publisher).
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, Source, is_publication, is_study_source
from ftz_desktop.ui.data.actions.provenance import FigureSource, SourceRequest

STATUSES = ("A", "E", "P")


def request_text(request: SourceRequest) -> str:
    one = request.figures == 1
    parts = []
    if request.study_figures:
        parts.append(f"{'replaces' if one else 'replace'} {request.study_figures} figure"
                     f"{'s' if request.study_figures != 1 else ''} the study states")
    if request.gaps:
        parts.append(f"{'fills' if one else 'fill'} {request.gaps} gap{'s' if request.gaps != 1 else ''} "
                     "the study left")
    subject = request.what if one and request.what else ("This figure" if one else f"These {request.figures} figures")
    return (f"{subject} {' and '.join(parts)}. A figure the study does not state cannot cite the study: "
            "say where it comes from.")


class FigureSourceDialog(QDialog):
    def __init__(self, request: SourceRequest, sources: Mapping[str, Source],
                 add_source: Callable[[], Optional[str]], sources_now: Callable[[], Mapping[str, Source]],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Source of the new figures")
        self._add_source = add_source
        self._sources_now = sources_now
        self._sources: dict[str, Source] = {}
        self.result_choice: Optional[FigureSource] = None
        intro = QLabel(request_text(request), self)
        intro.setWordWrap(True)
        self.source_box = QComboBox(self)
        self.source_box.setMinimumContentsLength(40)
        add = QPushButton("New source…", self)
        add.clicked.connect(self._on_new_source)
        row = QHBoxLayout()
        row.addWidget(self.source_box, 1)
        row.addWidget(add)
        self.status_box = QComboBox(self)
        for code in STATUSES:
            self.status_box.addItem(f"{code} · {OBSERVATION_STATUSES[code]}", code)
        form = QFormLayout()
        form.addRow("&Source", row)
        form.addRow("S&tatus", self.status_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Write the figures")
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.source_box.currentIndexChanged.connect(self._on_source_changed)
        self._fill(sources)
        self.resize(560, self.sizeHint().height())

    def _fill(self, sources: Mapping[str, Source], chosen: str = "") -> None:
        """Staff sources only (never the study's), newest first as they were added."""
        self._sources = {sid: s for sid, s in sources.items() if not is_study_source(sid)}
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for sid in reversed(list(self._sources)):
            source = self._sources[sid]
            self.source_box.addItem(f"{source.title} ({sid})" if source.title else sid, sid)
        self.source_box.blockSignals(False)
        if chosen:
            self.source_box.setCurrentIndex(max(0, self.source_box.findData(chosen)))
        self._on_source_changed()

    @Slot()
    def _on_source_changed(self) -> None:
        sid = self.source_box.currentData()
        ok = sid is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.status_box.setCurrentIndex(STATUSES.index("A" if is_publication(self._sources[sid]) else "E"))

    @Slot()
    def _on_new_source(self) -> None:
        added = self._add_source()
        if added:
            self._fill(self._sources_now(), chosen=added)

    @Slot()
    def _on_ok(self) -> None:
        sid = self.source_box.currentData()
        if sid is None:
            return
        self.result_choice = FigureSource(sid, self.status_box.currentData())
        self.accept()
