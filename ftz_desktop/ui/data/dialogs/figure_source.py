"""Where new figures come from: asked when a typed or pasted value fills a gap or replaces a figure of the study.

A figure the study does not state may not cite the study (the store refuses it), so the person who types it
names its source (an existing one, or a new one added here) and says what kind of figure it is: reported (A),
estimated (E) or provisional (P). Reported is the default only for a publication (a source with a publisher).
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional

from PySide6.QtCore import QCoreApplication, Slot
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

from ftz_desktop.core.domain.model import Source, is_publication, is_study_source
from ftz_desktop.ui.data.actions.provenance import FigureSource, SourceRequest
from ftz_desktop.ui.data.labels import status_text

STATUSES = ("A", "E", "P")


def request_text(request: SourceRequest) -> str:
    one = request.figures == 1
    parts = []
    if request.study_figures:
        n = request.study_figures
        if one:
            part = (QCoreApplication.translate("FigureSourceDialog", "replaces {n} figure the study states") if n == 1
                    else QCoreApplication.translate("FigureSourceDialog", "replaces {n} figures the study states"))
        else:
            part = (QCoreApplication.translate("FigureSourceDialog", "replace {n} figure the study states") if n == 1
                    else QCoreApplication.translate("FigureSourceDialog", "replace {n} figures the study states"))
        parts.append(part.format(n=n))
    if request.gaps:
        n = request.gaps
        if one:
            part = (QCoreApplication.translate("FigureSourceDialog", "fills {n} gap the study left") if n == 1
                    else QCoreApplication.translate("FigureSourceDialog", "fills {n} gaps the study left"))
        else:
            part = (QCoreApplication.translate("FigureSourceDialog", "fill {n} gap the study left") if n == 1
                    else QCoreApplication.translate("FigureSourceDialog", "fill {n} gaps the study left"))
        parts.append(part.format(n=n))
    if len(parts) == 2:
        action = QCoreApplication.translate("FigureSourceDialog", "{first} and {second}").format(
            first=parts[0], second=parts[1])
    else:
        action = "".join(parts)
    if one and request.what:
        subject = request.what
    elif one:
        subject = QCoreApplication.translate("FigureSourceDialog", "This figure")
    else:
        subject = QCoreApplication.translate("FigureSourceDialog", "These {n} figures").format(n=request.figures)
    return QCoreApplication.translate(
        "FigureSourceDialog", "{subject} {action}. A figure the study does not state cannot cite the study: "
                              "say where it comes from.").format(subject=subject, action=action)


class FigureSourceDialog(QDialog):
    def __init__(self, request: SourceRequest, sources: Mapping[str, Source],
                 add_source: Callable[[], Optional[str]], sources_now: Callable[[], Mapping[str, Source]],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source of the new figures"))
        self._add_source = add_source
        self._sources_now = sources_now
        self._sources: dict[str, Source] = {}
        self.result_choice: Optional[FigureSource] = None
        intro = QLabel(request_text(request), self)
        intro.setWordWrap(True)
        self.source_box = QComboBox(self)
        self.source_box.setMinimumContentsLength(40)
        add = QPushButton(self.tr("New source…"), self)
        add.clicked.connect(self._on_new_source)
        row = QHBoxLayout()
        row.addWidget(self.source_box, 1)
        row.addWidget(add)
        self.status_box = QComboBox(self)
        for code in STATUSES:
            self.status_box.addItem(status_text(code), code)
        form = QFormLayout()
        form.addRow(self.tr("&Source"), row)
        form.addRow(self.tr("S&tatus"), self.status_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the figures"))
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
