"""The outline's tree view: check boxes, drag to reorder, Move up/down for keyboard users, the per-item
text detail (Summary / Full text / the brief's default) from a combo box or the context menu, and
"Edit text for this brief…" for an item (the tab opens the dialog: ``edit_text_requested``)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QMenu, QStyledItemDelegate, QTreeView

from ftz_desktop.ui.brief.outline_model import COL_DETAIL, COL_TITLE, MOVABLE, OutlineModel, detail_text

BRIEF_DEFAULT = QT_TRANSLATE_NOOP("OutlineView", "Brief's default")


def detail_choices() -> tuple[tuple[str, str], ...]:
    """(value, label) of the per-item text detail, the labels as the user reads them."""
    return (("", QCoreApplication.translate("OutlineView", str(BRIEF_DEFAULT))), ("summary", detail_text("summary")),
            ("full", detail_text("full")))


DETAIL_COLUMN_WIDTH = 96


class DetailDelegate(QStyledItemDelegate):
    """A combo box for an item's text detail."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt naming)
        editor = QComboBox(parent)
        for value, label in detail_choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OutlineView(QTreeView):
    move_done = Signal()      # a row moved by keyboard or button (the model reports drags itself)
    edit_text_requested = Signal(str)   # the id of the item to give this brief's own wording

    def __init__(self, model: OutlineModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("briefOutline")
        self.setAccessibleName(self.tr("Brief contents"))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setItemDelegateForColumn(COL_DETAIL, DetailDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_DETAIL, DETAIL_COLUMN_WIDTH)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

        self.move_up_action = QAction(self.tr("Move &up"), self)
        self.move_up_action.setShortcuts([QKeySequence("Alt+Shift+Up"), QKeySequence("Ctrl+Shift+Up")])
        self.move_up_action.setToolTip(self.tr("Move the selected row up among its siblings (Alt+Shift+Up)"))
        self.move_up_action.triggered.connect(self._on_move_up)
        self.move_down_action = QAction(self.tr("Move &down"), self)
        self.move_down_action.setShortcuts([QKeySequence("Alt+Shift+Down"), QKeySequence("Ctrl+Shift+Down")])
        self.move_down_action.setToolTip(self.tr("Move the selected row down among its siblings (Alt+Shift+Down)"))
        self.move_down_action.triggered.connect(self._on_move_down)
        self.edit_text_action = QAction(self.tr("Edit text for this &brief…"), self)
        self.edit_text_action.setToolTip(self.tr("Give the selected item this brief's own wording; the study is not "
                                                 "changed"))
        self.edit_text_action.triggered.connect(self._on_edit_text)
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._update_actions)
        model.rowsMoved.connect(self._update_actions)
        self._update_actions()

    @property
    def outline(self) -> OutlineModel:
        return self.model()

    # ----- moving -------------------------------------------------------------------------------------
    def move_current(self, delta: int) -> bool:
        index = self.currentIndex()
        if not self.outline.move_row(index, delta):
            return False
        self.scrollTo(self.currentIndex())
        self.move_done.emit()
        return True

    @Slot()
    def _on_move_up(self) -> None:
        self.move_current(-1)

    @Slot()
    def _on_move_down(self) -> None:
        self.move_current(+1)

    @Slot()
    def _on_edit_text(self) -> None:
        index = self.currentIndex()
        if index.isValid() and self.outline.node(index).kind == "item":
            self.edit_text_requested.emit(self.outline.node(index).key)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        index = self.currentIndex()
        movable = index.isValid() and self.outline.node(index).kind in MOVABLE
        self.move_up_action.setEnabled(movable and index.row() > 0)
        self.move_down_action.setEnabled(movable and index.row() < self.outline.rowCount(index.parent()) - 1)
        self.edit_text_action.setEnabled(index.isValid() and self.outline.node(index).kind == "item")

    # ----- context menu -------------------------------------------------------------------------------
    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.context_menu(index).exec(self.viewport().mapToGlobal(position))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for a row (built separately so tests can read it without showing it)."""
        menu = QMenu(self)
        node = self.outline.node(index)
        title = index.siblingAtColumn(COL_TITLE)
        if node.kind not in ("item", "indicator", "chart"):
            menu.addAction(self.tr("Tick all"), lambda: self.outline.setData(title, Qt.CheckState.Checked,
                                                                    Qt.ItemDataRole.CheckStateRole))
            menu.addAction(self.tr("Clear all"), lambda: self.outline.setData(title, Qt.CheckState.Unchecked,
                                                                     Qt.ItemDataRole.CheckStateRole))
        if node.kind == "item":
            detail = index.siblingAtColumn(COL_DETAIL)
            menu.addSeparator()
            for value, label in detail_choices():
                action = menu.addAction(label, lambda v=value: self.outline.setData(detail, v))
                action.setCheckable(True)
                action.setChecked(node.detail == value)
            menu.addSeparator()
            menu.addAction(self.edit_text_action)
        if node.kind in MOVABLE:
            menu.addSeparator()
            menu.addAction(self.move_up_action)
            menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addAction(self.tr("Expand all"), self.expandAll)
        menu.addAction(self.tr("Collapse all"), self.collapseAll)
        return menu
