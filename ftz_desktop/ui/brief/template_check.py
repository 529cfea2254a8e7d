"""The composer's word on a Word template: what the check found, and whether it stops the export.

The texts are translated in the composer's context ("BriefComposerTab"), where they have always been.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.recipe import STANDARD_TEMPLATE

TR_CONTEXT = "BriefComposerTab"


def template_status(template: str) -> tuple[str, bool]:
    """(what the template check found, whether it stops the export); ("", False) for the standard look."""
    if template == STANDARD_TEMPLATE:
        return "", False
    from ftz_desktop.brief.preflight import template_findings

    findings = template_findings(template)
    if not findings:
        found = QCoreApplication.translate("BriefComposerTab", "{name}: every style the brief uses is there.")
        return found.format(name=Path(template).name), False
    problem = any(f.severity == "error" for f in findings)
    suffix = QCoreApplication.translate("BriefComposerTab", " The export stops until then.") if problem else ""
    return " ".join(f.message for f in findings) + suffix, problem
