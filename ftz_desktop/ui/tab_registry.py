"""The main window's tabs, in order. Each tab is built on first need from its own module, so the window
paints before the heavy libraries (matplotlib, the chart canvases) are imported."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TabEntry:
    key: str          # stable id, remembered in QSettings as the last tab
    title: str
    module: str       # module that defines the widget class
    class_name: str
    section_id: str = ""  # for the generic section tab


TABS: tuple[TabEntry, ...] = (
    TabEntry("overview", "Overview", "ftz_desktop.ui.tabs.overview_tab", "OverviewTab"),
    TabEntry("status", "Status", "ftz_desktop.ui.tabs.status_tab", "StatusTab", "status"),
    TabEntry("shortcomings", "Shortcomings", "ftz_desktop.ui.tabs.section_tab", "SectionTab", "shortcomings"),
    TabEntry("opportunities", "Opportunities", "ftz_desktop.ui.tabs.section_tab", "SectionTab", "opportunities"),
    TabEntry("recommendations", "Recommendations", "ftz_desktop.ui.tabs.section_tab", "SectionTab", "recommendations"),
    TabEntry("data", "Data", "ftz_desktop.ui.data.data_tab", "DataTab"),
    TabEntry("brief", "Brief", "ftz_desktop.ui.brief.composer_tab", "BriefComposerTab"),
)
