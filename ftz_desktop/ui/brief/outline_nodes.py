"""The composer outline as a plain tree (no Qt model; Qt only translates the parts' names): building it,
ticking it from a recipe, reading the choice.

``OutlineModel`` adapts this tree to Qt. Leaves (items, indicators, charts) hold the ticks; containers
(parts, sections, indicator groups) keep counts of their leaves and ticked leaves so a tristate check
box is read in O(1).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ftz_desktop.core.recipe import Recipe, SectionChoice

TR_CONTEXT = "OutlineNodes"
PART_TEXT, PART_FIGURES, PART_CHARTS = "text", "figures", "charts"
# English, marked for translation; build_tree() gives the parts their translated titles and tips.
PART_TITLES = {PART_TEXT: QT_TRANSLATE_NOOP("OutlineNodes", "Text of the study"),
               PART_FIGURES: QT_TRANSLATE_NOOP("OutlineNodes", "Key figures"),
               PART_CHARTS: QT_TRANSLATE_NOOP("OutlineNodes", "Charts")}
PART_TIPS = {PART_TEXT: QT_TRANSLATE_NOOP("OutlineNodes",
                                         "Sections and their items, in the order the brief gives them"),
             PART_FIGURES: QT_TRANSLATE_NOOP("OutlineNodes",
                                            "Indicators for the key-figures table (and the appendix), by section and "
                                            "topic"),
             PART_CHARTS: QT_TRANSLATE_NOOP("OutlineNodes", "Charts, in the order the brief shows them")}
MOVABLE = frozenset({"section", "item", "group", "indicator", "chart"})
LEAVES = frozenset({"item", "indicator", "chart"})


@dataclass(eq=False)
class Node:
    kind: str                      # "root", "part", "section", "item", "group", "indicator", "chart"
    key: str
    title: str
    parent: Optional["Node"] = None
    children: list["Node"] = field(default_factory=list)
    checked: bool = False          # leaves only
    detail: str = ""               # items: "", "summary" or "full"
    text: str = ""                 # items: this brief's own wording ("" gives the study's)
    note: str = ""                 # column 1 for indicators ("2022", "no data")
    tooltip: str = ""
    muted: bool = False            # shown grey (an indicator without data)
    leaves: int = 0                # containers: leaves below, and how many are ticked
    ticked: int = 0

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    def walk(self) -> Iterable["Node"]:
        for child in self.children:
            yield child
            yield from child.walk()


class OutlineEntry(NamedTuple):
    """A section, item or chart for ``build_tree``: id, title, tooltip."""
    key: str
    title: str
    tooltip: str = ""


@dataclass(frozen=True)
class IndicatorEntry:
    key: str
    title: str
    group: str                     # group key ("status/trade")
    group_title: str               # "Status — trade"
    note: str = ""
    has_data: bool = True
    tooltip: str = ""


@dataclass(frozen=True)
class OutlineChoice:
    sections: list[SectionChoice]
    detail_overrides: dict[str, str]
    indicators: list[str]
    charts: list[str]
    item_text: dict[str, str] = field(default_factory=dict)


def sum_children(node: Node) -> None:
    """Update a container's counts from its direct children (whose counts are current)."""
    node.leaves = sum(1 if c.kind in LEAVES else c.leaves for c in node.children)
    node.ticked = sum(int(c.checked) if c.kind in LEAVES else c.ticked for c in node.children)


def recount(node: Node) -> None:
    """Update the counts of a whole subtree."""
    if node.kind in LEAVES:
        return
    for child in node.children:
        recount(child)
    sum_children(node)


def _ordered(nodes: list[Node], chosen: Sequence[str]) -> list[Node]:
    """Chosen nodes in the chosen order first, then the others in their current order."""
    by_key = {n.key: n for n in nodes}
    first = [by_key[k] for k in chosen if k in by_key]
    taken = {id(n) for n in first}
    return first + [n for n in nodes if id(n) not in taken]


def part(root: Node, key: str) -> Node:
    return next(p for p in root.children if p.key == key)


def find(root: Node, kind: str, key: str) -> Optional[Node]:
    """The node of that kind and id, if the tree has one."""
    return next((n for n in root.walk() if n.kind == kind and n.key == key), None)


def _part_node(key: str) -> Node:
    return Node("part", key, QCoreApplication.translate(TR_CONTEXT, str(PART_TITLES[key])),
                tooltip=QCoreApplication.translate(TR_CONTEXT, str(PART_TIPS[key])))


def build_tree(sections: Sequence[tuple[OutlineEntry, Sequence[OutlineEntry]]],
               indicators: Sequence[IndicatorEntry], charts: Sequence[OutlineEntry]) -> Node:
    """Everything that can go in a brief, unticked, in the given order."""
    root = Node("root", "", "")
    text = root.add(_part_node(PART_TEXT))
    for section, items in sections:
        node = text.add(Node("section", section.key, section.title, tooltip=section.tooltip))
        for item in items:
            node.add(Node("item", item.key, item.title, tooltip=item.tooltip))
    figures = root.add(_part_node(PART_FIGURES))
    groups: dict[str, Node] = {}
    for entry in indicators:
        group = groups.get(entry.group)
        if group is None:
            group = groups[entry.group] = figures.add(Node("group", entry.group, entry.group_title))
        group.add(Node("indicator", entry.key, entry.title, note=entry.note, muted=not entry.has_data,
                       tooltip=entry.tooltip))
    chart_part = root.add(_part_node(PART_CHARTS))
    for chart in charts:
        chart_part.add(Node("chart", chart.key, chart.title, tooltip=chart.tooltip))
    recount(root)
    return root


def apply_recipe(root: Node, recipe: Recipe) -> None:
    """Tick exactly what the recipe chose and put it first, in the recipe's order (the rest keeps its
    order after it). Ids the tree lacks are ignored: the tab reports them first."""
    text, figures, charts = (part(root, k) for k in (PART_TEXT, PART_FIGURES, PART_CHARTS))
    chosen_items = {i: s.id for s in recipe.sections for i in s.items}
    text.children = _ordered(text.children, [s.id for s in recipe.sections])
    for section in text.children:
        order = next((s.items for s in recipe.sections if s.id == section.key), [])
        section.children = _ordered(section.children, order)
        for item in section.children:
            item.checked = chosen_items.get(item.key) == section.key
            item.detail = recipe.detail_overrides.get(item.key, "")
            item.text = recipe.item_text.get(item.key, "")
    group_of = {leaf.key: group.key for group in figures.children for leaf in group.children}
    figures.children = _ordered(figures.children,
                                list(dict.fromkeys(group_of[i] for i in recipe.indicators if i in group_of)))
    wanted = set(recipe.indicators)
    for group in figures.children:
        group.children = _ordered(group.children, recipe.indicators)
        for leaf in group.children:
            leaf.checked = leaf.key in wanted
    charts.children = _ordered(charts.children, recipe.charts)
    wanted = set(recipe.charts)
    for leaf in charts.children:
        leaf.checked = leaf.key in wanted
    recount(root)


def tree_choice(root: Node) -> OutlineChoice:
    """What is ticked, in outline order; the detail and own text set on any item (ticked or not) are kept."""
    sections = []
    overrides: dict[str, str] = {}
    texts: dict[str, str] = {}
    for section in part(root, PART_TEXT).children:
        items = [i.key for i in section.children if i.checked]
        overrides.update({i.key: i.detail for i in section.children if i.detail})
        texts.update({i.key: i.text for i in section.children if i.text})
        if items:
            sections.append(SectionChoice(section.key, items))
    indicators = [leaf.key for group in part(root, PART_FIGURES).children for leaf in group.children
                  if leaf.checked]
    charts = [leaf.key for leaf in part(root, PART_CHARTS).children if leaf.checked]
    return OutlineChoice(sections, overrides, indicators, charts, texts)
