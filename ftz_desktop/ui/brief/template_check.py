"""The composer's word on a Word template: what the check found, and whether it stops the export; for a
built-in Chinese official layout, what it is.

The texts are translated in the composer's context ("BriefComposerTab"), where they have always been.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.recipe import STANDARD_TEMPLATE
from ftz_desktop.ui.i18n import QT_TRANSLATE_NOOP

TR_CONTEXT = "BriefComposerTab"
LAYOUT_NOTES = {
    "gbt9704": QT_TRANSLATE_NOOP("BriefComposerTab",
                                 "GB/T 9704-2012 official document format: A4, 16 pt 仿宋 on a grid of 22 lines of "
                                 "28 characters, headings numbered 一、（一）1.（1）, the red issuer's heading, the "
                                 "signature and date, and the colophon on the last page."),
    "jianbao": QT_TRANSLATE_NOOP("BriefComposerTab",
                                 "The briefing bulletin: its name in red with 第…期 above a red rule, the text set as "
                                 "an official document (22 lines of 28 characters), and 报, 送, 发 with the copies "
                                 "printed at the foot of the last page."),
}


def template_status(template: str) -> tuple[str, bool]:
    """(what the template check found, whether it stops the export); ("", False) for the standard look."""
    if template == STANDARD_TEMPLATE:
        return "", False
    if template in LAYOUT_NOTES:
        return QCoreApplication.translate(TR_CONTEXT, LAYOUT_NOTES[template]), False
    from ftz_desktop.brief.preflight import template_findings

    findings = template_findings(template)
    if not findings:
        found = QCoreApplication.translate("BriefComposerTab", "{name}: every style the brief uses is there.")
        return found.format(name=Path(template).name), False
    problem = any(f.severity == "error" for f in findings)
    suffix = QCoreApplication.translate("BriefComposerTab", " The export stops until then.") if problem else ""
    return " ".join(f.message for f in findings) + suffix, problem
