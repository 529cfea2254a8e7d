"""A chart with its actions: save as PNG (300 dpi) or SVG, copy to the clipboard, show the numbers.

The panel listens to ``StoreEvents.indicators_changed`` and redraws only when one of the chart's own
indicators changed. A burst of events (a paste of many cells, an import) gives one redraw: the events
restart a zero-delay timer, and the canvas renders with ``draw_idle`` in a later turn of the event loop.

Saving and copying render through ``charts.render`` (the same pure draw function, at print resolution),
so a saved or pasted chart carries the title and source line exactly as the Word brief does.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.charts import fonts
from ftz_desktop.charts.catalog import chart_title, get_chart
from ftz_desktop.charts.render import render_png, render_svg
from ftz_desktop.charts.style import default_style
from ftz_desktop.core.atomic import atomic_write_bytes
from ftz_desktop.errors import user_message
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.store_events import StoreEvents
from ftz_desktop.ui.widgets.chart_canvas import ChartCanvas
from ftz_desktop.ui.widgets.chart_numbers import ChartNumbersDialog

log = logging.getLogger(__name__)

PRINT_DPI = 300
# English, marked for translation: shown through QCoreApplication.translate("ChartPanel", ...).
PNG_FILTER = QT_TRANSLATE_NOOP("ChartPanel", "PNG image, 300 dpi (*.png)")
SVG_FILTER = QT_TRANSLATE_NOOP("ChartPanel", "SVG drawing (*.svg)")
NO_CJK_FONT_MESSAGE = QT_TRANSLATE_NOOP("ChartPanel", "No Chinese font is installed, so Chinese text in charts "
                                                      "shows as boxes. Install Microsoft YaHei, SimHei or Noto Sans "
                                                      "CJK SC to see it.")
_cjk_message_shown = False


class ChartPanel(QFrame):
    chart_saved = Signal(str)         # the path written
    chart_copied = Signal()

    def __init__(self, context: AppContext, chart_id: str, events: StoreEvents,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._context = context
        self._spec = get_chart(chart_id)
        self._language = context.content.language
        self._style = default_style(self._language)
        self._numbers: Optional[ChartNumbersDialog] = None
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Chart: {chart}").format(chart=chart_title(self._spec, self._language)))

        self.canvas = ChartCanvas(chart_id, self._style, self)
        self.save_action = QAction(self.tr("Save image…"), self)
        self.save_action.setToolTip(self.tr("Save the chart as a 300 dpi PNG or as an SVG drawing"))
        self.copy_action = QAction(self.tr("Copy"), self)
        self.copy_action.setToolTip(self.tr("Copy the chart, with its title and source, as an image"))
        self.numbers_action = QAction(self.tr("Show numbers"), self)
        self.numbers_action.setToolTip(self.tr("The values behind the chart, with unit, period and source"))
        self.save_action.triggered.connect(self._on_save_requested)
        self.copy_action.triggered.connect(self._on_copy_requested)
        self.numbers_action.triggered.connect(self._on_numbers_requested)
        self.canvas.addActions([self.numbers_action, self.copy_action, self.save_action])
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addStretch(1)
        self.buttons: list[QToolButton] = []
        for action in (self.numbers_action, self.copy_action, self.save_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            bar.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._on_redraw_due)
        self._indicators = frozenset(self._spec.indicators)
        events.indicators_changed.connect(self._on_indicators_changed)
        self._warn_once_without_cjk_font()
        self.canvas.show_dataset(context.dataset())

    @property
    def chart_id(self) -> str:
        return self._spec.id

    def redraw_pending(self) -> bool:
        """An edit's redraw is still to come (waiting to coalesce, or queued on the canvas)."""
        return self._redraw_timer.isActive() or self.canvas.render_pending()

    # ----- data changes ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_indicators_changed(self, indicator_ids) -> None:
        if self._indicators & set(indicator_ids):
            self._redraw_timer.start()

    @Slot()
    def _on_redraw_due(self) -> None:
        dataset = self._context.dataset()
        self.canvas.show_dataset(dataset)
        if self._numbers is not None:
            self._numbers.show_dataset(dataset)

    def _warn_once_without_cjk_font(self) -> None:
        global _cjk_message_shown
        if not _cjk_message_shown and not fonts.cjk_font_available():
            _cjk_message_shown = True
            self._context.show_status_message(QCoreApplication.translate("ChartPanel", str(NO_CJK_FONT_MESSAGE)))

    # ----- actions ---------------------------------------------------------------------------------------
    @Slot()
    def _on_save_requested(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self._spec.id}.png")
        png_filter = QCoreApplication.translate("ChartPanel", str(PNG_FILTER))
        svg_filter = QCoreApplication.translate("ChartPanel", str(SVG_FILTER))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save chart"), suggested,
                                                   f"{png_filter};;{svg_filter}")
        if path:
            self.save_to(path, "svg" if chosen == svg_filter else "png")

    def save_to(self, path: str, default_format: str = "png") -> bool:
        """Write the chart to ``path`` (its suffix picks PNG or SVG; none: ``default_format``)."""
        target = Path(path)
        suffix = target.suffix.lower()
        fmt = suffix[1:] if suffix in (".png", ".svg") else default_format
        if suffix not in (".png", ".svg"):
            target = target.with_name(target.name + "." + fmt)
        try:
            dataset = self._context.dataset()
            data = (render_svg(self._spec.id, dataset, self._style) if fmt == "svg"
                    else render_png(self._spec.id, dataset, self._style, dpi=PRINT_DPI))
            atomic_write_bytes(target, data)
        except Exception as exc:  # the user gets one sentence; the log keeps the details
            log.exception("Saving chart %s to %s failed", self._spec.id, target)
            QMessageBox.warning(self, self.tr("Save chart"),
                                self.tr("The chart could not be saved. {reason}").format(reason=user_message(exc)))
            return False
        self._context.show_status_message(self.tr("Saved the chart to {path}").format(path=target))
        self.chart_saved.emit(str(target))
        return True

    @Slot()
    def _on_copy_requested(self) -> None:
        try:
            image = QImage.fromData(render_png(self._spec.id, self._context.dataset(), self._style,
                                               dpi=PRINT_DPI), "PNG")
        except Exception as exc:
            log.exception("Copying chart %s failed", self._spec.id)
            QMessageBox.warning(self, self.tr("Copy chart"),
                                self.tr("The chart could not be copied. {reason}").format(reason=user_message(exc)))
            return
        QGuiApplication.clipboard().setImage(image)
        self._context.show_status_message(self.tr("Copied the chart, with its title and source, to the clipboard"))
        self.chart_copied.emit()

    @Slot()
    def _on_numbers_requested(self) -> None:
        if self._numbers is None:
            self._numbers = ChartNumbersDialog(self._spec, self._language, self)
        self._numbers.show_dataset(self._context.dataset())
        self._numbers.show()
        self._numbers.raise_()
        self._numbers.activateWindow()

    @property
    def numbers_dialog(self) -> Optional[ChartNumbersDialog]:
        return self._numbers
