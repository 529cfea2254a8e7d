"""The main window's tabs, in order. Each tab is built on first need from its own module, so the window
paints before the heavy libraries (matplotlib, the chart canvases) are imported.

``TabEntry.title`` is the English title (marked for translation); show ``tab_title(entry)``, the title in
the language of the installed translator."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TR_CONTEXT = "TabRegistry"


@dataclass(frozen=True)
class TabEntry:
    key: str          # stable id, remembered in QSettings as the last tab
    title: str        # English; shown through tab_title()
    module: str       # module that defines the widget class
    class_name: str
    section_id: str = ""  # for the generic section tab


# str(): QT_TRANSLATE_NOOP gives the English text back, but PySide6 types it as object.
TABS: tuple[TabEntry, ...] = (
    TabEntry("overview", str(QT_TRANSLATE_NOOP("TabRegistry", "Overview")),
             "ftz_desktop.ui.tabs.overview_tab", "OverviewTab"),
    TabEntry("status", str(QT_TRANSLATE_NOOP("TabRegistry", "Status")),
             "ftz_desktop.ui.tabs.status_tab", "StatusTab", "status"),
    TabEntry("shortcomings", str(QT_TRANSLATE_NOOP("TabRegistry", "Shortcomings")),
             "ftz_desktop.ui.tabs.section_tab", "SectionTab", "shortcomings"),
    TabEntry("opportunities", str(QT_TRANSLATE_NOOP("TabRegistry", "Opportunities")),
             "ftz_desktop.ui.tabs.section_tab", "SectionTab", "opportunities"),
    TabEntry("recommendations", str(QT_TRANSLATE_NOOP("TabRegistry", "Recommendations")),
             "ftz_desktop.ui.tabs.section_tab", "SectionTab", "recommendations"),
    TabEntry("data", str(QT_TRANSLATE_NOOP("TabRegistry", "Data")),
             "ftz_desktop.ui.data.data_tab", "DataTab"),
    TabEntry("brief", str(QT_TRANSLATE_NOOP("TabRegistry", "Brief")),
             "ftz_desktop.ui.brief.composer_tab", "BriefComposerTab"),
)


def tab_title(entry: TabEntry) -> str:
    """The tab's title as the user reads it (translated when a translator is installed)."""
    return QCoreApplication.translate(TR_CONTEXT, entry.title)
