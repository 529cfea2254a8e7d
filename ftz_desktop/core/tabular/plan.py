"""What an import would do, worked out before anything is written: the rows to add and change, the
refusals and the conversions, and the summary the preview and the command line show of it.

``core.tabular.import_plan.build_plan`` makes one from a read table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ftz_desktop.core.domain.model import Observation
from ftz_desktop.core.messages import quote
from ftz_desktop.core.tabular.columns import Conversion, Refusal, listing, number_text
from ftz_desktop.core.translate import tr


@dataclass(frozen=True)
class PlannedAdd:
    row: int
    observation: Observation


@dataclass(frozen=True)
class PlannedChange:
    row: int
    old: Observation
    new: Observation
    fields: dict[str, tuple[Any, Any]]      # column -> (old, new), only the columns that differ


@dataclass
class ImportPlan:
    """Everything an import would do, worked out before anything is written."""

    file_name: str
    kind: str                                # "csv" or "xlsx"
    encoding: str = ""                       # CSV: the codec used (pass it back as ``encoding=``)
    encoding_label: str = ""
    delimiter: str = ""
    delimiter_label: str = ""
    sheet: str = ""
    sheet_note: str = ""                     # XLSX: the other sheets, which were not read
    adds: list[PlannedAdd] = field(default_factory=list)
    changes: list[PlannedChange] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)          # row numbers
    refusals: list[Refusal] = field(default_factory=list)
    conversions: list[Conversion] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    not_in_file: int = 0                     # workspace observations the file does not mention

    @property
    def refused(self) -> list[str]:
        """The refusals as sentences naming file, row and column."""
        return [str(r) for r in self.refusals]

    @property
    def has_changes(self) -> bool:
        return bool(self.adds or self.changes)

    @property
    def can_apply(self) -> bool:
        return self.has_changes and not self.refusals

    def format_label(self) -> str:
        if self.kind == "xlsx":
            if self.sheet_note:
                return tr("Excel workbook, sheet {sheet}; {note}", sheet=quote(self.sheet), note=self.sheet_note)
            return tr("Excel workbook, sheet {sheet}", sheet=quote(self.sheet))
        return tr("CSV, {encoding}, {delimiter}-separated", encoding=self.encoding_label,
                  delimiter=self.delimiter_label)

    def summary(self, max_lines: int = 50) -> str:
        """What the import would do, for the preview and the command line."""
        lines = [tr("{file} ({format}): {adds} to add, {changes} to change, {unchanged} unchanged, {refused} refused.",
                    file=self.file_name, format=self.format_label(), adds=len(self.adds), changes=len(self.changes),
                    unchanged=len(self.unchanged), refused=len(self.refusals))]
        if self.refusals:
            lines.append(tr("Nothing will be imported until every refused row is fixed."))
        if self.ignored_columns:
            lines.append(tr("Columns not imported: {columns}.", columns=listing(self.ignored_columns)))
        if self.not_in_file:
            lines.append(tr("{n} observations in the workspace are not in the file and stay as they are.",
                            n=self.not_in_file))
        details = [tr("add     row {row}: {key} = {value}", row=a.row, key=key_text(a.observation),
                      value=_show(a.observation.value)) for a in self.adds]
        details += [tr("change  row {row}: {key}: {changes}", row=c.row, key=key_text(c.new),
                       changes=_one_after_another([tr("{column} {old} -> {new}", column=col, old=_show(old),
                                                      new=_show(new)) for col, (old, new) in c.fields.items()]))
                    for c in self.changes]
        details += [tr("convert {conversion}", conversion=c) for c in self.conversions]
        lines += details[:max_lines]
        if len(details) > max_lines:
            lines.append(tr("… and {n} more", n=len(details) - max_lines))
        return "\n".join(lines)


def _one_after_another(parts: list[str]) -> str:
    """Parts joined by semicolons: "a; b; c" (in Chinese "a；b；c")."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = tr("{first}; {second}", first=text, second=part)
    return text


def key_text(obs: Observation) -> str:
    """"indicator / GEOGRAPHY / period": how the import names an observation."""
    return f"{obs.indicator_id} / {obs.geography} / {obs.period}"


def _show(value: Any) -> str:
    if value is None:
        return tr("(empty)")
    if isinstance(value, float):
        return number_text(value)
    return repr(value)
