"""The composer's outline: what a brief can hold, each with a checkbox, in the order the brief will use.

Three parts under the root, in the brief's own order: the study's text (sections, then their items),
key figures (indicators in groups by section and topic) and charts. Leaves (items, indicators, charts)
hold the ticks; a section, group or part shows the state of its leaves (tristate) and ticking it ticks
or clears all of them. Rows move only among their siblings (drag and drop, or ``move_row``), so an item
stays in its section. Column 1 holds the per-item text detail ("" follows the brief's default); an
item given this brief's own wording is shown in italics with "Rewritten" there.

Every change the user makes is reported once made (``edited``, an ``outline_edits`` value) for the
tab's undo history, which takes it back or makes it again with ``replay``. The model knows ids, titles
and the brief's own wording only; the tab turns ``choice()`` into a core Recipe.
"""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ftz_desktop.core.recipe import Recipe
from ftz_desktop.ui.brief.outline_dnd import OutlineDragDrop
from ftz_desktop.ui.brief.outline_edits import ROOT, DetailEdit, MoveEdit, OutlineEdit, TextEdit, TickEdit
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
    find,
    part,
    recount,
    tree_choice,
)

COL_TITLE, COL_DETAIL = 0, 1
TR_CONTEXT = "OutlineModel"
# English, marked for translation: the model shows them through detail_text() and its header.
HEADERS = (QT_TRANSLATE_NOOP("OutlineModel", "Brief contents"), QT_TRANSLATE_NOOP("OutlineModel", "Detail"))
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
_FONT = Qt.ItemDataRole.FontRole
_CHECKED, _UNCHECKED, _PARTIAL = Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MUTED = QColor("#767676")
_REWRITTEN_FONT = QFont()
_REWRITTEN_FONT.setItalic(True)


class OutlineModel(OutlineDragDrop, QAbstractItemModel):
    outline_changed = Signal()        # a tick, a detail, an own text or the order changed (not on build/apply)
    edited = Signal(object)           # the OutlineEdit the user just made (not when one is replayed)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "")
        self._default_detail = "summary"
        self._replaying = False
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
        self._rewritten = self.tr("Rewritten")
        self._tip_rewritten = self.tr("Text rewritten for this brief")
        self._tip_rewritten_detail = self.tr("Text rewritten for this brief; the detail applies again once the "
                                             "study's wording is used")

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
        node = find(self._root, kind, key)
        return QModelIndex() if node is None else self.createIndex(node.row(), column, node)

    def _index(self, node: Node, column: int = COL_TITLE) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row(), column, node)

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
                if node.text:
                    return f"{node.tooltip}\n\n{self._tip_rewritten}" if node.tooltip else self._tip_rewritten
                return node.tooltip or None
            if role == _FOREGROUND:
                return _MUTED if node.muted else None
            if role == _FONT:
                return _REWRITTEN_FONT if node.text else None
            return None
        if node.kind == "item":
            if role == _DISPLAY:
                return self._rewritten if node.text else self._detail_text[node.detail or self._default_detail]
            if role == _EDIT:
                return node.detail
            if role == _FOREGROUND:
                return None if node.detail or node.text else _MUTED
            if role == _FONT:
                return _REWRITTEN_FONT if node.text else None
            if role == _TIP:
                if node.text:
                    return self._tip_rewritten_detail
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
                before, node.detail = node.detail, value
                self.dataChanged.emit(index, index)
                self._record(DetailEdit(node.key, node.title, before, value))
                self.outline_changed.emit()
            return True
        return False

    def _record(self, edit: OutlineEdit) -> None:
        if not self._replaying:
            self.edited.emit(edit)

    def _set_checked(self, node: Node, checked: bool) -> bool:
        leaves = [node] if node.kind in LEAVES else [n for n in node.walk() if n.kind in LEAVES]
        changed = [leaf for leaf in leaves if leaf.checked != checked]
        if not changed:
            return True
        self._tick(changed, checked)
        self._record(TickEdit(node.kind, node.key, node.title, tuple((leaf.kind, leaf.key) for leaf in changed),
                              checked))
        self.outline_changed.emit()
        return True

    def _tick(self, leaves: Sequence[Node], checked: bool) -> None:
        """Tick or clear the leaves; their rows and every container above them are repainted."""
        for leaf in leaves:
            leaf.checked = checked
        recount(self._root)           # a hundred-odd nodes: cheaper than tracking which counts changed
        shown: set[int] = set()
        for leaf in leaves:
            node: Optional[Node] = leaf
            while node is not None and node is not self._root and id(node) not in shown:
                shown.add(id(node))
                own = self._index(node)
                self.dataChanged.emit(own, own, [_CHECK])
                node = node.parent

    def set_item_text(self, key: str, text: str) -> bool:
        """Give the item this brief's own wording ("" or blank: the study's again); False if there is no such item."""
        node = find(self._root, "item", key)
        if node is None:
            return False
        text = text if text.strip() else ""
        if text != node.text:
            before = node.text
            self._set_text(node, text)
            self._record(TextEdit(node.key, node.title, before, text))
            self.outline_changed.emit()
        return True

    def item_text(self, key: str) -> str:
        node = find(self._root, "item", key)
        return node.text if node is not None else ""

    def _set_text(self, node: Node, text: str) -> None:
        node.text = text
        self.dataChanged.emit(self._index(node, COL_TITLE), self._index(node, COL_DETAIL))

    # ----- replaying (undo and redo) ---------------------------------------------------------------
    def replay(self, edit: OutlineEdit, forward: bool) -> bool:
        """Make ``edit`` again (forward) or take it back, without reporting it as a new edit; False if the rows
        it names are no longer in the outline (the workspace lost them meanwhile)."""
        self._replaying = True
        try:
            done = self._replay(edit, forward)
        finally:
            self._replaying = False
        if done:
            self.outline_changed.emit()
        return done

    def _replay(self, edit: OutlineEdit, forward: bool) -> bool:
        if isinstance(edit, TickEdit):
            leaves = [n for n in (find(self._root, kind, key) for kind, key in edit.leaves) if n is not None]
            if leaves:
                self._tick(leaves, edit.checked if forward else not edit.checked)
            return bool(leaves)
        if isinstance(edit, MoveEdit):
            parent = self._root if edit.parent == ROOT else find(self._root, *edit.parent)
            row = next((r for r, n in enumerate(parent.children) if n.key == edit.key), None) if parent else None
            if parent is None or row is None:
                return False
            target = edit.after if forward else edit.before
            if target == row:
                return True
            destination = target + edit.count if target > row else target
            return self.moveRows(self._index(parent), row, edit.count, self._index(parent), destination)
        node = find(self._root, "item", edit.key)
        if node is None:
            return False
        value = edit.after if forward else edit.before
        if isinstance(edit, DetailEdit):
            node.detail = value
            self.dataChanged.emit(self._index(node, COL_DETAIL), self._index(node, COL_DETAIL))
        else:
            self._set_text(node, value)
        return True

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
        first = moving[0]
        self._record(MoveEdit(ROOT if parent is self._root else (parent.kind, parent.key), first.kind, first.key,
                              first.title, count, source_row, insert_at))
        if not self._replaying:
            self.outline_changed.emit()     # a replay reports the change once it is complete
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
