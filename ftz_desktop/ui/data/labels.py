"""The shown names of the codes the Data tab displays, in the language of the installed translator.

The codes and their English labels live in core (``OBSERVATION_STATUSES``, ``QUALIFIERS``, the store's column
names); the store reads and writes those. Only what is shown goes through here: a label core adds later
without a translation is shown in English.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str:  # noqa: N802 (lupdate knows it by this name)
        """Marks ``source_text`` for lupdate in ``context`` and returns it as it is. PySide6's own (the one used
        at run time) is typed as returning object; the modules of the Data tab import it from here."""
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS

CONTEXT = "DataLabels"
# The English labels of core's codes, marked here so that lupdate lists them (core keeps the codes).
_STATUSES = (QT_TRANSLATE_NOOP("DataLabels", "Reported"), QT_TRANSLATE_NOOP("DataLabels", "Estimated"),
             QT_TRANSLATE_NOOP("DataLabels", "Provisional"), QT_TRANSLATE_NOOP("DataLabels", "Missing"))
_QUALIFIERS = (QT_TRANSLATE_NOOP("DataLabels", "about"), QT_TRANSLATE_NOOP("DataLabels", "nearly"),
               QT_TRANSLATE_NOOP("DataLabels", "more than"), QT_TRANSLATE_NOOP("DataLabels", "less than"))
# The store's column names as history, snapshot comparisons and import previews show them: in English the key
# itself (as before), in a translation the field's name.
FIELD_CONTEXT = "DataFields"
_FIELDS = (
    QT_TRANSLATE_NOOP("DataFields", "value"), QT_TRANSLATE_NOOP("DataFields", "qualifier"),
    QT_TRANSLATE_NOOP("DataFields", "status"), QT_TRANSLATE_NOOP("DataFields", "source_id"),
    QT_TRANSLATE_NOOP("DataFields", "note"), QT_TRANSLATE_NOOP("DataFields", "period"),
    QT_TRANSLATE_NOOP("DataFields", "geography"), QT_TRANSLATE_NOOP("DataFields", "indicator_id"),
    QT_TRANSLATE_NOOP("DataFields", "name"), QT_TRANSLATE_NOOP("DataFields", "unit"),
    QT_TRANSLATE_NOOP("DataFields", "multiplier"), QT_TRANSLATE_NOOP("DataFields", "currency"),
    QT_TRANSLATE_NOOP("DataFields", "decimals"), QT_TRANSLATE_NOOP("DataFields", "min_value"),
    QT_TRANSLATE_NOOP("DataFields", "max_value"), QT_TRANSLATE_NOOP("DataFields", "section"),
    QT_TRANSLATE_NOOP("DataFields", "topic"), QT_TRANSLATE_NOOP("DataFields", "description"),
    QT_TRANSLATE_NOOP("DataFields", "title"), QT_TRANSLATE_NOOP("DataFields", "publisher"),
    QT_TRANSLATE_NOOP("DataFields", "published"), QT_TRANSLATE_NOOP("DataFields", "url"),
    QT_TRANSLATE_NOOP("DataFields", "reference"), QT_TRANSLATE_NOOP("DataFields", "json"),
)


def translated(context: str, text: str) -> str:
    """``text`` (an English literal marked with QT_TRANSLATE_NOOP in ``context``) in the installed language."""
    return QCoreApplication.translate(context, text) if text else text


def status_label(code: str) -> Optional[str]:
    """"Reported" for A ...; None for a code core does not know."""
    label = OBSERVATION_STATUSES.get(code)
    return None if label is None else translated(CONTEXT, label)


def status_text(code: str) -> str:
    """"A · Reported": the code and its label, as the tables and drop-downs show a status."""
    label = status_label(code)
    return code if label is None else f"{code} · {label}"


def qualifier_label(code: str) -> str:
    """"more than" for more_than; "" for none; an unknown code as it is."""
    return translated(CONTEXT, QUALIFIERS.get(code, code))


def field_label(column: Optional[str]) -> str:
    """A store column as shown ("value", in Chinese 数值); "" for none."""
    return translated(FIELD_CONTEXT, column) if column else ""
