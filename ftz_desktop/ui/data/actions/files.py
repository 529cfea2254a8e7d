"""Import… and Export… of the observations table (CSV and Excel) for the Data tab.

Import: choose a file, read it into a plan (nothing written), show the preview, and on "Import" write
the plan as one batch and one undo step. A file that cannot be read at all, or a plan the workspace
refuses, is one message naming the file. Export writes every observation through
``core.tabular.import_export.export_observations`` (text that a spreadsheet would run as a formula stays text).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from ftz_desktop.errors import is_user_error, user_message
from ftz_desktop.ui.data.dialogs.import_preview import ENCODINGS, ImportPreviewDialog, encoding_label

log = logging.getLogger(__name__)


def import_filter() -> str:
    """The file types of Import… (the file dialog's filter, in the installed language)."""
    return QCoreApplication.translate("FileActions", "Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;"
                                                "CSV or Unicode text (*.csv *.txt *.tsv);;"
                                                "Excel workbooks (*.xlsx *.xlsm);;All files (*)")


def export_filters() -> dict[str, str]:
    """The file types of Export… (filter text -> the suffix it adds)."""
    return {QCoreApplication.translate("FileActions", "Excel workbook (*.xlsx)"): ".xlsx",
            QCoreApplication.translate("FileActions", "CSV UTF-8 (*.csv)"): ".csv"}


def _message(exc: BaseException, name: str) -> str:
    if not is_user_error(exc):
        log.error("File action on %s failed", name, exc_info=exc)
    text = user_message(exc)
    if name in text:
        return text
    return QCoreApplication.translate("FileActions", "{file}: {message}").format(file=name, message=text)


def _cancelled(path: Path) -> str:
    return QCoreApplication.translate("FileActions", "Import of {file} cancelled; nothing was imported.").format(
        file=path.name)


def shown_observation_ids(proxy, model) -> Optional[list[int]]:
    """Ids of the observations the filters show, in view order; None when nothing is filtered out."""
    if proxy.rowCount() == model.rowCount():
        return None
    return [model.observation_at(proxy.mapToSource(proxy.index(row, 0)).row()).id for row in range(proxy.rowCount())]


class FileActions:
    def __init__(self, store, editor, parent: QWidget, status: Callable[[str], None],
                 shown_ids: Optional[Callable[[], Optional[list[int]]]] = None) -> None:
        self._store, self._editor, self._parent, self._status = store, editor, parent, status
        self._shown_ids = shown_ids or (lambda: None)
        self.last_folder = ""

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    # ----- import -------------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        title = QCoreApplication.translate("FileActions", "Import observations")
        path, _ = QFileDialog.getOpenFileName(self._parent, title, self.last_folder, import_filter())
        if path:
            self.import_path(Path(path))

    def _plan(self, path: Path, encoding: Optional[str] = None):
        from ftz_desktop.ui.data.actions.import_runner import plan_with_progress

        return plan_with_progress(self._parent, path, self._store.dataset(), encoding)

    def import_path(self, path: Path) -> bool:
        """Preview ``path`` and import it if the user applies the preview; True if data changed."""
        from ftz_desktop.core.tabular.import_export import EncodingRefused, ImportCancelled, ImportRefused

        self.last_folder = str(path.parent)
        try:
            try:
                plan = self._plan(path)
            except EncodingRefused as exc:     # the detector cannot tell: the user names the encoding
                chosen = self._plan_in_chosen_encoding(path, exc)
                if chosen is None:
                    return False
                plan = chosen
        except ImportCancelled:
            self._status(_cancelled(path))
            return False
        except Exception as exc:      # noqa: BLE001 - ImportRefused, an unreadable file ...: one message naming the file
            self._warn(QCoreApplication.translate("FileActions", "Import"), _message(exc, path.name))
            return False
        dialog = ImportPreviewDialog(plan, lambda encoding: self._plan(path, encoding), self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            plan = dialog.plan
        finally:
            dialog.deleteLater()
        try:
            self._editor.apply_import(plan)
        except ImportRefused as exc:
            self._warn(QCoreApplication.translate("FileActions", "Import"), str(exc))
            return False
        except Exception as exc:      # noqa: BLE001 - a write failure: the store rolled it back
            text = QCoreApplication.translate("FileActions", "{message}\nNothing was imported.")
            self._warn(QCoreApplication.translate("FileActions", "Import"),
                       text.format(message=_message(exc, path.name)))
            return False
        self._status(QCoreApplication.translate("FileActions", "Imported {file}: {adds:,} added, {changes:,} changed. "
                                                "Edit › Undo takes it back.").format(
            file=path.name, adds=len(plan.adds), changes=len(plan.changes)))
        return True

    def _plan_in_chosen_encoding(self, path: Path, refusal: Exception):
        """Ask for the file's encoding until it reads (None when the user gives up)."""
        from ftz_desktop.core.tabular.import_export import EncodingRefused

        labels = {encoding_label(label): code for code, label in ENCODINGS if code}
        while True:
            title = QCoreApplication.translate("FileActions", "Import")
            question = QCoreApplication.translate("FileActions", "{reason}\n\nThe file's text encoding:")
            label, ok = QInputDialog.getItem(self._parent, title, question.format(reason=refusal),
                                             list(labels), 0, False)
            if not ok:
                self._status(_cancelled(path))
                return None
            try:
                return self._plan(path, labels[label])
            except EncodingRefused as again:
                refusal = again

    # ----- export -------------------------------------------------------------------------------------------
    def ask_export(self) -> None:
        start = str(Path(self.last_folder or Path.home()) / "observations.xlsx")
        filters = export_filters()
        title = QCoreApplication.translate("FileActions", "Export observations")
        path, chosen = QFileDialog.getSaveFileName(self._parent, title, start, ";;".join(filters))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + filters.get(chosen, ".xlsx"))
        self.export_path(target, self._ask_which_rows())

    def _ask_which_rows(self) -> Optional[list[int]]:
        """With a filter on, the user chooses: the rows shown, or every observation."""
        shown = self._shown_ids()
        if shown is None:
            return None
        total = len(self._store.dataset().observations)
        title = QCoreApplication.translate("FileActions", "Export observations")
        question = QCoreApplication.translate("FileActions", "The filters show {shown:,} of {total:,} observations. "
                                                    "Export which?")
        box = QMessageBox(QMessageBox.Icon.Question, title, question.format(shown=len(shown), total=total),
                          parent=self._parent)
        shown_text = QCoreApplication.translate("FileActions", "The {n:,} shown").format(n=len(shown))
        all_text = QCoreApplication.translate("FileActions", "All {n:,}").format(n=total)
        only_shown = box.addButton(shown_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(all_text, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return shown if box.clickedButton() is only_shown else None

    def export_path(self, path: Path, only_ids: Optional[list[int]] = None) -> bool:
        """Export every observation, or only ``only_ids`` (the rows a filter shows), in store order."""
        from ftz_desktop.core.domain.model import Dataset
        from ftz_desktop.core.tabular.import_export import export_observations

        self.last_folder = str(path.parent)
        dataset = self._store.dataset()
        if only_ids is not None:
            wanted = set(only_ids)
            dataset = Dataset(indicators=dataset.indicators, sources=dataset.sources, geographies=dataset.geographies,
                              observations=[o for o in dataset.observations if o.id in wanted])
        try:
            count = export_observations(dataset, path)
        except Exception as exc:      # noqa: BLE001 - a locked or read-only target, a bad name ...: the old file is intact
            self._warn(QCoreApplication.translate("FileActions", "Export"), _message(exc, path.name))
            return False
        self._status(QCoreApplication.translate("FileActions", "Exported {n:,} observations to {file}.").format(
            n=count, file=path.name))
        return True
