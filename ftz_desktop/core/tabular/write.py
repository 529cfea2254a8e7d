"""Write the observations table to CSV or XLSX so that Excel and WPS open it as it is.

CSV is UTF-8 with a BOM (without one, Chinese Excel reads UTF-8 as GBK and shows mojibake) and
CRLF line ends. Text a spreadsheet would run as a formula gets a leading apostrophe in CSV and is
stored as a string cell (never a formula) in XLSX; values stay numbers. Both are written through
``atomic_write_bytes``: the target is either the complete old file or the complete new one.
"""
from __future__ import annotations

import csv
import io
import logging
import math
import unicodedata
from pathlib import Path
from typing import Iterable, Optional, Union

from ftz_desktop.core.atomic import atomic_write_bytes
from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.core.domain.parsing import control_characters
from ftz_desktop.core.domain.periods import period_sort_key
from ftz_desktop.core.tabular.columns import COLUMNS, SHEET_NAME, escape_csv_text, number_text
from ftz_desktop.core.targets import check_output_target
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)

_WIDTH_SAMPLE = 200     # rows looked at to size columns
_MIN_WIDTH, _MAX_WIDTH = 8, 60

# One exported row in ``COLUMNS`` order: text as str, the value as float or None.
Record = list[Optional[Union[str, float]]]


def _visible_controls(text: str, where: str) -> str:
    """Control characters (which XLSX cannot hold) shown as [U+000B] rather than dropped unseen."""
    bad = control_characters(text)
    if not bad:
        return text
    log.warning("Export: %s holds control characters %s; written as [U+....] markers", where, ", ".join(bad))
    out = []
    for ch in text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass"):
        out.append(f"[U+{ord(ch):04X}]" if control_characters(ch) else ch)
    return "".join(out)


def _ordered(dataset: Dataset) -> list[Observation]:
    # Indicators in their catalogue order, then geography and period, as the data tab shows them.
    order = {iid: i for i, iid in enumerate(dataset.indicators)}
    return sorted(dataset.observations,
                  key=lambda o: (order.get(o.indicator_id, len(order)), o.indicator_id, o.geography,
                                 period_sort_key(o.period), o.period))


def observation_records(dataset: Dataset) -> list[Record]:
    """One ``Record`` per observation, in the order the data tab shows them."""
    records: list[Record] = []
    for obs in _ordered(dataset):
        if obs.value is not None and not math.isfinite(obs.value):
            raise ValueError(f"{obs.indicator_id} {obs.geography} {obs.period}: value {obs.value} is not finite")
        indicator = dataset.indicators.get(obs.indicator_id)
        texts = {"indicator_id": obs.indicator_id, "indicator_name": indicator.name if indicator else "",
                 "unit": indicator.unit if indicator else "", "geography": obs.geography, "period": obs.period,
                 "qualifier": obs.qualifier, "status": obs.status, "source_id": obs.source_id, "note": obs.note}
        where = f"{obs.indicator_id} {obs.geography} {obs.period}"
        records.append([obs.value if column == "value" else _visible_controls(texts[column], f"{where} {column}")
                        for column in COLUMNS])
    return records


def csv_bytes(records: Iterable[Record]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(["" if v is None else number_text(v) if isinstance(v, float) else escape_csv_text(v)
                         for v in record])
    return buffer.getvalue().encode("utf-8-sig")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _xlsx_number(value: float) -> Union[int, float]:
    # Whole numbers as integers so Excel shows 230000, not 230000.0; both are the same double.
    return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value


def xlsx_bytes(records: list[Record]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    workbook.properties.creator = "ftz-desktop"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_index, record in enumerate(records, start=2):
        for col_index, value in enumerate(record, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row_index, column=col_index)
            if isinstance(value, float):
                cell.value = _xlsx_number(value)
            else:
                cell.value = value
                cell.data_type = "s"     # "=1+1" stays text: openpyxl would otherwise write a formula
    widths = [_display_width(c) for c in COLUMNS]
    for record in records[:_WIDTH_SAMPLE]:
        for i, value in enumerate(record):
            text = "" if value is None else number_text(value) if isinstance(value, float) else value
            widths[i] = max(widths[i], _display_width(text.split("\n", 1)[0]))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(records) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_observations(dataset: Dataset, path: Union[str, Path]) -> int:
    """Write every observation to ``path`` (.csv or .xlsx, by its extension); returns how many."""
    target = check_output_target(path, (".csv", ".xlsx"), tr("an observations table"))
    suffix = target.suffix.lower()
    records = observation_records(dataset)
    data = csv_bytes(records) if suffix == ".csv" else xlsx_bytes(records)
    atomic_write_bytes(target, data)
    return len(records)
