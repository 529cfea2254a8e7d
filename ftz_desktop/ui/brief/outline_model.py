"""The composer's outline: what a brief can hold, each with a checkbox, in the order the brief will use.

Three parts under the root, in the brief's own order: the study's text (sections, then their items),
key figures (indicators in groups by section and topic) and charts. Leaves (items, indicators, charts)
hold the ticks; a section, group or part shows the state of its leaves (tristate) and ticking it ticks
or clears all of them. Rows move only among their siblings (drag and drop, or ``move_row``), so an item
stays in its section. Column 1 holds the per-item text detail ("" follows the brief's default).

The model knows ids and titles only; the tab turns ``choice()`` into a core Recipe.
"""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ftz_desktop.core.recipe import Recipe
from ftz_desktop.ui.brief.outline_nodes import (
    LEAVES,
    MOVABLE,
    PART_TEXT,
    IndicatorEntry,
    Node,
    OutlineChoice,
    OutlineEntry,
    apply_recipe,
    build_tree,
    part,
    recount,
    sum_children,
    tree_choice,
)

COL_TITLE, COL_DETAIL = 0, 1
TR_CONTEXT = "OutlineModel"
# English, marked for translation: the model shows them through detail_text() and its header.
HEADERS = (QT_TRANSLATE_NOOP("OutlineModel", "Brief contents"), QT_TRANSLATE_NOOP("OutlineModel", "Detail"))
MIME_TYPE = "application/x-ftz-outline-row"
DETAIL_TEXT = {"summary": QT_TRANSLATE_NOOP("OutlineModel", "Summary"),
               "full": QT_TRANSLATE_NOOP("OutlineModel", "Full text")}


def detail_text(detail: str) -> str:
    """The name of a text detail ("summary", "full") as the user reads it."""
    return QCoreApplication.translate(TR_CONTEXT, str(DETAIL_TEXT[detail]))

# Enum lookups cost microseconds in PySide6: read them once.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TIP = Qt.ItemDataRole.ToolTipRole
_TOP = QModelIndex()   # the invalid index: Qt's parent of the top-level rows (a default, never changed)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CHECKED, _UNCHECKED, _PARTIAL = Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MUTED = QColor("#767676")


class OutlineModel(QAbstractItemModel):
    outline_changed = Signal()        # a tick, a detail or the order changed (not on build/apply)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "")
        self._default_detail = "summary"
        self._translate()

    def _translate(self) -> None:
        """Read the translated texts once (data() is called for every cell on every paint)."""
        self._headers = tuple(QCoreApplication.translate(TR_CONTEXT, str(h)) for h in HEADERS)
        self._detail_text = {key: detail_text(key) for key in DETAIL_TEXT}
        self._tip_set = self.tr("Set for this item")
        self._tip_follows = self.tr("Follows the brief's default ({default})")
        self._tip_change = self.tr("; change it with F2, a double click or the context menu")
        self._tip_latest = self.tr("Latest period with a value")
        self._tip_no_value = self.tr("No value in this workspace")

    # ----- building ------------------------------------------------------------------------------
    def build(self, sections: Sequence[tuple[OutlineEntry, Sequence[OutlineEntry]]],
              indicators: Sequence[IndicatorEntry], charts: Sequence[OutlineEntry]) -> None:
        """Everything that can go in a brief, unticked, in the given order."""
        self.beginResetModel()
        self._translate()
        self._root = build_tree(sections, indicators, charts)
        self.endResetModel()

    def apply(self, recipe: Recipe) -> None:
        """Tick what the recipe chose, in its order, and take its default detail."""
        self.beginResetModel()
        apply_recipe(self._root, recipe)
        self._default_detail = recipe.detail
        self.endResetModel()

    def choice(self) -> OutlineChoice:
        return tree_choice(self._root)

    def part(self, key: str) -> Node:
        return part(self._root, key)

    def index_of(self, kind: str, key: str, column: int = COL_TITLE) -> QModelIndex:
        """The index of the node of that kind and id (invalid if there is none)."""
        node = next((n for n in self._root.walk() if n.kind == kind and n.key == key), None)
        return QModelIndex() if node is None else self.createIndex(node.row(), column, node)

    def node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def set_default_detail(self, detail: str) -> None:
        if detail == self._default_detail:
            return
        self._default_detail = detail
        for section in self.part(PART_TEXT).children:
            if section.children:
                self.dataChanged.emit(self.createIndex(0, COL_DETAIL, section.children[0]),
                                      self.createIndex(len(section.children) - 1, COL_DETAIL, section.children[-1]))

    # ----- reading -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = _TOP) -> QModelIndex:
        node = self.node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: QModelIndex = _TOP) -> int:  # noqa: N802 (Qt naming)
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex = _TOP) -> int:  # noqa: N802
        return len(HEADERS)

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(HEADERS):
            return self._headers[section]
        return None

    def _state(self, node: Node) -> Qt.CheckState:
        if node.kind in LEAVES:
            return _CHECKED if node.checked else _UNCHECKED
        if node.ticked == 0:
            return _UNCHECKED
        return _CHECKED if node.ticked == node.leaves else _PARTIAL

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if index.column() == COL_TITLE:
            if role == _DISPLAY or role == _EDIT:
                return node.title
            if role == _CHECK:
                return self._state(node)
            if role == _TIP:
                return node.tooltip or None
            if role == _FOREGROUND:
                return _MUTED if node.muted else None
            return None
        if node.kind == "item":
            if role == _DISPLAY:
                return self._detail_text[node.detail or self._default_detail]
            if role == _EDIT:
                return node.detail
            if role == _FOREGROUND:
                return None if node.detail else _MUTED
            if role == _TIP:
                default = self._detail_text[self._default_detail].lower()
                return (self._tip_set if node.detail else self._tip_follows.format(default=default)) + \
                    self._tip_change
            return None
        if node.kind == "indicator":
            if role == _DISPLAY:
                return node.note
            if role == _FOREGROUND:
                return _MUTED
            if role == _TIP:
                return self._tip_latest if not node.muted else self._tip_no_value
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node: Node = index.internalPointer()
        flags = _BASE_FLAGS
        if node.kind in MOVABLE:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind not in LEAVES:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == COL_TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif node.kind == "item":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----- changing ------------------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role: int = _EDIT) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        node: Node = index.internalPointer()
        if role == _CHECK and index.column() == COL_TITLE:
            state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            if state == _PARTIAL:
                return False
            return self._set_checked(node, state == _CHECKED)
        if role == _EDIT and index.column() == COL_DETAIL and node.kind == "item":
            if value not in ("", "summary", "full"):
                return False
            if value != node.detail:
                node.detail = value
                self.dataChanged.emit(index, index)
                self.outline_changed.emit()
            return True
        return False

    def _set_checked(self, node: Node, checked: bool) -> bool:
        leaves = [node] if node.kind in LEAVES else [n for n in node.walk() if n.kind in LEAVES]
        changed = [leaf for leaf in leaves if leaf.checked != checked]
        if not changed:
            return True
        for leaf in changed:
            leaf.checked = checked
        if node.kind not in LEAVES:
            recount(node)
            self._emit_subtree(node)
        ancestor = node.parent
        while ancestor is not None and ancestor is not self._root:
            sum_children(ancestor)
            idx = self.createIndex(ancestor.row(), COL_TITLE, ancestor)
            self.dataChanged.emit(idx, idx, [_CHECK])
            ancestor = ancestor.parent
        own = self.createIndex(node.row(), COL_TITLE, node)
        self.dataChanged.emit(own, own, [_CHECK])
        self.outline_changed.emit()
        return True

    def _emit_subtree(self, node: Node) -> None:
        for child in node.children:
            if child.children:
                self._emit_subtree(child)
        if node.children:
            self.dataChanged.emit(self.createIndex(0, COL_TITLE, node.children[0]),
                                  self.createIndex(len(node.children) - 1, COL_TITLE, node.children[-1]), [_CHECK])

    def set_checked(self, kind: str, key: str, checked: bool) -> bool:
        index = self.index_of(kind, key)
        return index.isValid() and self.setData(index, _CHECKED if checked else _UNCHECKED, _CHECK)

    def moveRows(self, source_parent: QModelIndex, source_row: int, count: int,  # noqa: N802
                 destination_parent: QModelIndex, destination_child: int) -> bool:
        parent = self.node(source_parent)
        if self.node(destination_parent) is not parent or count < 1:
            return False   # rows move only among their siblings
        if not (0 <= source_row and source_row + count <= len(parent.children)
                and 0 <= destination_child <= len(parent.children)):
            return False
        if source_row <= destination_child <= source_row + count:
            return False   # no move (Qt refuses it too)
        if any(n.kind not in MOVABLE for n in parent.children[source_row:source_row + count]):
            return False
        if not self.beginMoveRows(source_parent, source_row, source_row + count - 1,
                                  source_parent, destination_child):
            return False
        moving = parent.children[source_row:source_row + count]
        del parent.children[source_row:source_row + count]
        insert_at = destination_child - count if destination_child > source_row else destination_child
        parent.children[insert_at:insert_at] = moving
        self.endMoveRows()
        self.outline_changed.emit()
        return True

    def move_row(self, index: QModelIndex, delta: int) -> bool:
        """Move the row up (-1) or down (+1) among its siblings; False at either end."""
        if not index.isValid():
            return False
        row, parent = index.row(), index.parent()
        target = row + delta
        if not 0 <= target < self.rowCount(parent):
            return False
        return self.moveRows(parent, row, 1, parent, target + 1 if delta > 0 else target)

    # ----- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> Optional[QMimeData]:  # noqa: N802
        nodes = {id(i.internalPointer()): i.internalPointer() for i in indexes if i.isValid()}
        if len(nodes) != 1:
            return None
        node = next(iter(nodes.values()))
        if node.kind not in MOVABLE:
            return None
        path = []
        while node is not self._root:
            path.append(str(node.row()))
            node = node.parent
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(f"{id(self)}:{'/'.join(reversed(path))}".encode("ascii")))
        return mime

    def _dragged(self, data: QMimeData) -> Optional[Node]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        owner, _, path = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace").partition(":")
        if owner != str(id(self)):
            return None
        node = self._root
        try:
            for part in path.split("/"):
                node = node.children[int(part)]
        except (ValueError, IndexError):
            return None
        return node

    def _drop_target(self, data: QMimeData, row: int, parent: QModelIndex) -> Optional[tuple[Node, int]]:
        """(the dragged node, the row to insert before) for a drop among its siblings, else None."""
        source = self._dragged(data)
        if source is None or source.kind not in MOVABLE:
            return None
        target = self.node(parent)
        if target is source.parent:
            return source, (row if 0 <= row <= len(target.children) else len(target.children))
        if target.parent is source.parent and target is not source:
            # Dropped onto a sibling: take its place, on the side the drag came from.
            return source, target.row() + (1 if target.row() > source.row() else 0)
        return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction:
            return False
        found = self._drop_target(data, row, parent)
        if found is None:
            return False
        source, before = found
        parent_index = QModelIndex() if source.parent is self._root else \
            self.createIndex(source.parent.row(), 0, source.parent)
        if before in (source.row(), source.row() + 1):
            return True   # dropped where it already is
        # The model does not implement removeRows, so the view's clean-up after a move removes nothing.
        return self.moveRows(parent_index, source.row(), 1, parent_index, before)
