"""Data tab at scale: a workspace of 100,000 observations shown in a 10-column table.

Run:  .venv/bin/python tests/perf/table_model.py [--runs 7] [--rows 100000]
(offscreen by default; under a real X server: xvfb-run -a env QT_QPA_PLATFORM=xcb ...)

Builds a real workspace (the shipped study plus generated observations, written through the store in
one batch), then prints medians over several runs of:
- tab open: DataTab built, shown at 1400x900 and its table painted once; with a freshly opened store
  (the 100,000 rows read from the file) and with the store's data already read;
- data(): cost per call over a full-viewport sweep (every visible cell, every role a paint asks for)
  of the Data tab's model and of a pandas DataFrame.iat model over the same columns, measured in the
  same run, interleaved;
- repaint: a synchronous repaint of the table's full viewport, at the top and in the middle;
- sort: the header's sort on the value, period and note columns (model order and proxy remap);
- filter: a search for a word, and an indicator filter;
- edit: one value typed in the table, from setData to the model showing the stored value, and the
  checks and derived figures recomputed after it.
Targets: open <= 2 s, data() <= 0.5x the iat model, repaint <= 30 ms, sort <= 300 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.CheckStateRole]
_ROOT = QModelIndex()   # the invalid index: the parent of every row of a flat table


class IatModel(QAbstractTableModel):
    """The usual pandas-backed table model: each cell read with DataFrame.iat and turned into text."""

    def __init__(self, frame) -> None:
        super().__init__()
        self._frame = frame

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._frame.iat[index.row(), index.column()]
            return "" if value is None or value != value else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None


def build_workspace(path: Path, rows: int) -> None:
    from ftz_desktop.core.domain.model import Indicator
    from ftz_desktop.core.store.workspace import WorkspaceStore

    with WorkspaceStore.open(path) as store:
        geographies = list(store.geographies())[:5]
        source = next(iter(store.sources()))
        wanted = rows - len(store.observations())
        per_indicator = -(-wanted // (10 * len(geographies)))
        start = dt.date(2000, 1, 1)
        rng = random.Random(20240501)
        new = []
        for n in range(10):
            store.add_indicator(Indicator(id=f"scale_{n}", name=f"Scale test indicator {n}", unit="billion yuan",
                                          multiplier=1e9, currency="CNY", decimals=2, section="status", topic="scale"))
            for geography in geographies:
                for day in range(per_indicator):
                    if len(new) == wanted:
                        break
                    missing = rng.random() < 0.02
                    new.append({"indicator_id": f"scale_{n}", "geography": geography,
                                "period": (start + dt.timedelta(days=day)).isoformat(),
                                "value": None if missing else round(rng.uniform(-500, 90000), 2),
                                "status": "M" if missing else rng.choice("AAAEP"), "source_id": source,
                                "note": f"批次 {day % 97}" if day % 7 == 0 else ""})
        store.add_observations(new, "Scale test data")
        assert len(store.observations()) == rows


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(call: Callable[..., object], *args: Any) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def open_tab(app, store, content):
    from ftz_desktop.ui.context import AppContext
    from ftz_desktop.ui.data.data_tab import DataTab

    start = time.perf_counter()
    tab = DataTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    tab.resize(1400, 900)
    watch = PaintWatch()
    tab.observation_view.viewport().installEventFilter(watch)
    tab.show()
    while not watch.painted:
        app.processEvents()
    elapsed = time.perf_counter() - start
    tab.observation_view.viewport().removeEventFilter(watch)
    return tab, elapsed


def close_tab(app, tab) -> None:
    tab.shutdown()
    tab.hide()
    tab.deleteLater()
    app.processEvents()


def sweep_indexes(model, view):
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [model.index(r, c) for r in range(first, last + 1) for c in range(model.columnCount())]


def per_call(model, indexes, roles, repeat: int = 20) -> float:
    data = model.data
    start = time.perf_counter()
    for _ in range(repeat):
        for index in indexes:
            for role in roles:
                data(index, role)
    return (time.perf_counter() - start) / (repeat * len(indexes) * len(roles))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    import pandas as pd

    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.ui.data.models.observations import C_NOTE, C_PERIOD, C_VALUE

    content = load_content("en")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.ftzdb"
        build = timed(lambda: build_workspace(path, args.rows))
        print(f"workspace: {args.rows:,} observations x 10 columns (built through the store in {build:.1f} s)")

        cold = []
        for _ in range(max(3, args.runs // 2)):
            store = WorkspaceStore.open(path)
            tab, elapsed = open_tab(app, store, content)
            cold.append(elapsed)
            close_tab(app, tab)
            store.close()
        store = WorkspaceStore.open(path)
        store.dataset()
        warm = []
        for _ in range(args.runs):
            tab, elapsed = open_tab(app, store, content)
            warm.append(elapsed)
            close_tab(app, tab)
        print(f"tab open, store freshly opened  {ms(statistics.median(cold))}   (target <= 2000 ms)")
        print(f"tab open, data already read     {ms(statistics.median(warm))}")

        tab, _ = open_tab(app, store, content)
        view, model = tab.observation_view, tab.observations
        frame = pd.DataFrame([[model.data(model.index(r, c)) for c in range(model.columnCount())]
                              for r in range(model.rowCount())])
        frame[C_VALUE] = [o.value for o in (model.observation_at(r) for r in range(model.rowCount()))]
        iat = IatModel(frame)
        indexes = sweep_indexes(model, view)
        iat_indexes = [iat.index(i.row(), i.column()) for i in indexes]
        ours, theirs, ours_display, theirs_display = [], [], [], []
        for _ in range(args.runs):
            ours.append(per_call(model, indexes, ROLES))
            theirs.append(per_call(iat, iat_indexes, ROLES))
            ours_display.append(per_call(model, indexes, ROLES[:1]))
            theirs_display.append(per_call(iat, iat_indexes, ROLES[:1]))
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(f"data() per call, viewport sweep of {len(indexes)} cells x {len(ROLES)} paint roles:")
        print(f"  Data tab model  {statistics.median(ours) * 1e6:7.2f} us   iat model  "
              f"{statistics.median(theirs) * 1e6:7.2f} us   ratio {ratio:.2f}   (target <= 0.50)")
        print(f"  DisplayRole only: Data tab model {statistics.median(ours_display) * 1e6:7.2f} us   iat model "
              f"{statistics.median(theirs_display) * 1e6:7.2f} us   ratio "
              f"{statistics.median(ours_display) / statistics.median(theirs_display):.2f}")

        viewport = view.viewport()
        top = [timed(viewport.repaint) for _ in range(args.runs * 3)]
        view.scrollTo(tab.observation_proxy.index(model.rowCount() // 2, 0))
        app.processEvents()
        middle = [timed(viewport.repaint) for _ in range(args.runs * 3)]
        print(f"full-viewport repaint ({viewport.width()}x{viewport.height()} px, {len(indexes)} cells): "
              f"top {ms(statistics.median(top))}, middle {ms(statistics.median(middle))}   (target <= 30 ms)")

        proxy = tab.observation_proxy

        def sort(column, order):
            proxy.sort(column, order)
            proxy.rowCount()
            proxy.mapToSource(proxy.index(0, 0))

        for title, column in (("value", C_VALUE), ("period", C_PERIOD), ("note", C_NOTE)):
            times = []
            for run in range(args.runs):
                order = Qt.SortOrder.DescendingOrder if run % 2 else Qt.SortOrder.AscendingOrder
                times.append(timed(sort, column, order))
            print(f"sort by {title:<7} {ms(statistics.median(times))}   (target <= 300 ms)")
        sort(-1, Qt.SortOrder.AscendingOrder)

        from ftz_desktop.ui.data.models.filter_proxy import ObservationFilter

        for title, wanted in (("search '批次 5'", ObservationFilter(text="批次 5")),
                              ("indicator filter", ObservationFilter(indicator="scale_3"))):
            times = []
            for _ in range(args.runs):
                times.append(timed(tab._on_filters_changed, wanted))
                tab._on_filters_changed(ObservationFilter())
            print(f"{title:<18} {ms(statistics.median(times))}")

        edits, analysis = [], []
        target = proxy.index(10, C_VALUE)
        for run in range(max(3, args.runs // 2)):
            edits.append(timed(proxy.setData, target, f"{1000 + run}.5", Qt.ItemDataRole.EditRole))
            analysis.append(timed(tab.refresh_analysis))
        assert target.data(Qt.ItemDataRole.EditRole) == f"{1000 + run}.5"
        print(f"edit one value (store write, its data re-read, model updated) {ms(statistics.median(edits))}")
        print(f"checks and derived figures after an edit                      {ms(statistics.median(analysis))}")

        # 2,000 rows x (value, unit, qualifier, status, source, note) as Excel would paste them: 10,000 cells
        # written (the unit is fixed and pasted unchanged), one batch, one undo step.
        from PySide6.QtCore import QItemSelectionModel

        rows = range(100, 2100)
        lines = []
        for r in rows:
            cells = [proxy.index(r, c).data(Qt.ItemDataRole.EditRole) for c in range(C_VALUE, C_NOTE + 1)]
            cells[0] = "" if cells[3] == "M" else f"{r}.25"
            cells[5] = f"粘贴 {r}"
            lines.append("\t".join(cells))
        text = "\r\n".join(lines) + "\r\n"
        view.selectionModel().setCurrentIndex(proxy.index(rows[0], C_VALUE),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
        stack = tab._context.undo_stack
        paste = timed(lambda: tab.paste(view, text))
        assert stack.undoText() == "Paste 10000 cells", stack.undoText()
        undo = timed(stack.undo)
        print(f"paste 10,000 cells (one batch, one undo step) {ms(paste)}; its undo {ms(undo)}")
        close_tab(app, tab)
        store.close()


if __name__ == "__main__":
    main()
