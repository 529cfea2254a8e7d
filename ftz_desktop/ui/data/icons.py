"""Small icons of the Data tab, made once (after the QApplication exists) and shared."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

_COLOURS = {"error": "#c42b1c", "warning": "#b86e00", "computed": "#2a6fb0"}


def _badge(text: str, colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)          # drawn at 2x so it stays sharp on high-DPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(2, 2, size * 2 - 4, size * 2 - 4))
    painter.setPen(QPen(QColor("white")))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 1.2))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size * 2, size * 2), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def problem_icon(severity: str) -> QIcon:
    """"!" in red for an error, amber for a warning."""
    return _badge("!", _COLOURS.get(severity, _COLOURS["warning"]))


@lru_cache(maxsize=None)
def computed_icon() -> QIcon:
    """Marks a figure the program computed (never typed)."""
    return _badge("ƒ", _COLOURS["computed"])
