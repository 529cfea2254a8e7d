"""One headline figure as a card: what it measures, the value with its qualifier and unit, the period, the
change on the earlier period, and the source on hover. Click it, or press Enter or Space on it, to open
the indicator in the Data tab (``indicator_requested``)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ftz_desktop.core.study.headline import HeadlineFigure

CARD_STYLE = """
QFrame#keyFigureCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#keyFigureCard:hover { border: 1px solid palette(highlight); }
QFrame#keyFigureCard:focus { border: 2px solid palette(highlight); }
QFrame#keyFigureCard QLabel { background: transparent; border: none; }
QLabel#cardValue { color: palette(text); }
QLabel#cardName, QLabel#cardPeriod { color: palette(placeholder-text); }
"""
_ACTIVATION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class KeyFigureCard(QFrame):
    indicator_requested = Signal(str)

    def __init__(self, figure: HeadlineFigure, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigureCard")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        base = self.font()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("cardName")
        self.name_label.setWordWrap(True)
        self.name_label.setFont(_scaled(base, 1.0))
        self.value_label = QLabel(self)
        self.value_label.setObjectName("cardValue")
        self.value_label.setFont(_scaled(base, 1.9, bold=True))
        self.value_label.setWordWrap(True)
        self.period_label = QLabel(self)
        self.period_label.setWordWrap(True)   # "2023 · Chengdu and Chongqing (…)" must not widen the card
        self.period_label.setObjectName("cardPeriod")
        self.change_label = QLabel(self)
        self.change_label.setObjectName("cardChange")
        self.change_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(3)
        for label in (self.name_label, self.value_label, self.period_label, self.change_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        layout.addStretch(1)
        self._figure = figure
        self.set_figure(figure)

    @property
    def indicator_id(self) -> str:
        return self._figure.indicator.id

    @property
    def figure(self) -> HeadlineFigure:
        return self._figure

    def set_figure(self, figure: HeadlineFigure) -> None:
        self._figure = figure
        self.name_label.setText(figure.indicator.name)
        self.value_label.setText(figure.value_text)
        self.period_label.setText(f"{figure.period_text} · {figure.geography_name}")
        if figure.change is not None and figure.language == "zh":
            # 比2017年提高26.9个百分点（2017年为4.3%）
            self.change_label.setText(f"{figure.change_text}（{figure.earlier_period_text}为{figure.earlier_text}）")
            self.change_label.show()
        elif figure.change is not None:
            other = self.tr(", another source") if figure.change.source_changed else ""
            self.change_label.setText(self.tr("{change} since {period} ({earlier}{other})").format(
                change=figure.change.text, period=figure.earlier_period_text, earlier=figure.earlier_text,
                other=other))
            self.change_label.show()
        else:
            self.change_label.clear()
            self.change_label.hide()
        source = figure.source.title if figure.source else (figure.latest.source_id or self.tr("not given"))
        source_line = self.tr("Source: {source}").format(source=source)
        tip = [source_line]
        if figure.change is not None and figure.change.source_changed:
            earlier = figure.earlier_source.title if figure.earlier_source else figure.change.earlier.source_id
            tip.append(self.tr("The {period} figure it is compared with comes from another source: {source}").format(
                period=figure.earlier_period_text, source=earlier))
        if figure.latest.note:
            tip.append(self.tr("Note: {note}").format(note=figure.latest.note))
        tip.append(self.tr("Click or press Enter to open it in the Data tab."))
        self.setToolTip("\n".join(tip))
        summary = f"{figure.indicator.name}: {figure.value_text}, {figure.period_text}"
        if figure.change is not None:
            summary += f", {figure.change_text}"
        self.setAccessibleName(summary)
        self.setAccessibleDescription(source_line)

    # ----- activation -------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.indicator_requested.emit(self._figure.indicator.id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activate()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in _ACTIVATION_KEYS and not event.isAutoRepeat():
            self.activate()
            event.accept()
            return
        super().keyPressEvent(event)
