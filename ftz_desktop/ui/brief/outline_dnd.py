"""Drag and drop in the composer's outline: a row is dragged only within this model and dropped only
among its siblings (onto the gap between two of them, or onto a sibling, taking its place), which the
model turns into one ``moveRows``. Mixed into ``OutlineModel``; it reads the model's tree and indexes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from ftz_desktop.ui.brief.outline_nodes import MOVABLE, Node

MIME_TYPE = "application/x-ftz-outline-row"


class OutlineDragDrop:
    """The drag-and-drop half of ``OutlineModel`` (which provides ``_root``, ``node``, ``createIndex`` and
    ``moveRows``)."""

    _root: Node

    if TYPE_CHECKING:   # provided by OutlineModel and QAbstractItemModel
        def node(self, index: QModelIndex) -> Node: ...

        def _index(self, node: Node, column: int = 0) -> QModelIndex: ...

        def moveRows(self, source_parent: QModelIndex, source_row: int, count: int,  # noqa: N802
                     destination_parent: QModelIndex, destination_child: int) -> bool: ...

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
        if source.parent is None:
            return None
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
        assert source.parent is not None     # a drop target is a sibling: it has a parent
        parent_index = self._index(source.parent)
        if before in (source.row(), source.row() + 1):
            return True   # dropped where it already is
        # The model does not implement removeRows, so the view's clean-up after a move removes nothing.
        return self.moveRows(parent_index, source.row(), 1, parent_index, before)
