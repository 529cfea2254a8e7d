"""Import and export of the observations table (CSV and XLSX): the one entry point for callers.

    count = export_observations(dataset, "observations.xlsx")
    plan = plan_import("from-excel.csv", store.dataset())     # reads and checks; writes nothing
    print(plan.summary()); plan.refused; plan.has_changes
    batch_id = apply_import(plan, store)                       # one batch: one undo step, one audit batch

A file that cannot be read at all raises ``ImportRefused`` with one sentence naming the file; a
readable file gives a plan whose ``refusals`` name row and column. A plan with any refusal cannot
be applied. The rules live in sniff (size, kind, zip and XML bombs), read_csv and read_xlsx
(structure, encodings), import_plan (cell rules), import_apply (the one batch) and write (export);
columns holds what export and import share.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Union

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.tabular.columns import (
    COLUMNS,
    REQUIRED,
    Conversion,
    EncodingRefused,
    ImportCancelled,
    ImportLimits,
    ImportRefused,
    Progress,
    Refusal,
)
from ftz_desktop.core.tabular.import_apply import apply_import
from ftz_desktop.core.tabular.import_plan import ImportPlan, PlannedAdd, PlannedChange, build_plan
from ftz_desktop.core.tabular.read_csv import read_csv
from ftz_desktop.core.tabular.write import export_observations
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)

__all__ = ["COLUMNS", "REQUIRED", "Conversion", "EncodingRefused", "ImportCancelled", "ImportLimits", "ImportPlan",
           "ImportRefused", "PlannedAdd", "PlannedChange", "Progress", "Refusal", "apply_import", "export_observations",
           "plan_import"]


def plan_import(path: Union[str, Path], dataset: Dataset, *, encoding: Optional[str] = None,
                sheet: Optional[str] = None, limits: Optional[ImportLimits] = None,
                progress: Optional[Progress] = None) -> ImportPlan:
    """Read ``path`` and work out what importing it into ``dataset`` would do; writes nothing.

    ``encoding`` forces a CSV's text encoding (any Python codec name: "gb18030", "latin-1",
    "shift_jis"); it is never second-guessed. Without it the encoding is detected (BOM, UTF-8,
    GB18030) and text that reads as mojibake is refused, asking for the encoding; the plan reports
    the codec used in ``plan.encoding``. ``sheet`` picks the worksheet of a workbook, hidden or not
    (default: the visible sheet named "observations", else the only visible one, else the only
    visible one with the observation columns in row 1; ``plan.sheet_note`` names the sheets not read).
    ``progress(stage, fraction)`` is told how far reading has come and cancels it by returning
    False (``ImportCancelled``).
    """
    path = Path(path)
    limits = limits or ImportLimits()
    try:
        return _plan(path, dataset, encoding, sheet, limits, progress)
    except (ImportRefused, ImportCancelled, MemoryError):
        raise
    except Exception as exc:
        # Every known way a file goes wrong is refused where it is found; this is the net for the
        # unknown ones, so a hostile file still gets one sentence (the details go to the log).
        log.error("Planning the import of %s failed", path, exc_info=True)
        raise ImportRefused(tr("{name}: the file cannot be read ({error}); check that it is a CSV or .xlsx file of "
                               "observations, or save it again from Excel or WPS", name=path.name,
                               error=type(exc).__name__)) from None


def _plan(path: Path, dataset: Dataset, encoding: Optional[str], sheet: Optional[str], limits: ImportLimits,
          progress: Optional[Progress]) -> ImportPlan:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from ftz_desktop.core.tabular.read_xlsx import read_xlsx

        table = read_xlsx(path, limits, sheet=sheet, progress=progress)
    elif suffix in (".csv", ".txt", ".tsv"):
        table = read_csv(path, limits, encoding=encoding)
    elif suffix == ".xls":
        raise ImportRefused(tr("{name}: legacy Excel 97–2003 (.xls) files cannot be imported; open it in Excel or "
                               "WPS and save it as .xlsx or CSV UTF-8", name=path.name))
    else:
        raise ImportRefused(tr("{name}: choose a .csv or .xlsx file (or Excel's Unicode text, .txt)", name=path.name))
    return build_plan(table, dataset, progress)
