"""Export a brief: check the target and template, build the document, write the Word file atomically.

``export_brief`` raises for every way an export can fail; ``run_export`` runs it and turns every ending
into one ``ExportOutcome`` with a sentence for the user (the window's export worker shows it).

Progress is reported as (fraction, message); ``cancel()`` is polled between steps and stops the export
with ExportCancelled before anything is written, so the target is untouched.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Final, Iterable, Optional, Union

from ftz_desktop.brief.compose import ChartRenderer
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.atomic import (
    AtomicWriteError,
    TargetLockedError,
    TargetNameError,
    atomic_write_bytes,
    remove_stale_temps,
)
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.recipe import STANDARD_TEMPLATE, Recipe, RecipeError
from ftz_desktop.core.study.content import Content
from ftz_desktop.core.targets import check_output_target

if TYPE_CHECKING:
    from ftz_desktop.brief.docx.fonts import FontSet

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]

SAVED: Final = "saved"
CANCELLED: Final = "cancelled"
FAILED: Final = "failed"


class ExportCancelled(UserError):  # noqa: N818 -- public name, used by callers and tests
    """The user cancelled; nothing was written."""


@dataclass
class ExportResult:
    path: Path
    warnings: list[str] = field(default_factory=list)
    snapshot: str = ""


@dataclass(frozen=True)
class ExportOutcome:
    status: str                       # SAVED | CANCELLED | FAILED
    path: Path
    message: str                      # one sentence for the user, naming the file
    warnings: tuple[str, ...] = ()
    locked: bool = False              # the target is open in another program: offer Retry / Save As
    seconds: float = 0.0
    snapshot: str = ""


def _no_progress(fraction: float, message: str) -> None:
    pass


def _never() -> bool:
    return False


def export_brief(recipe: Recipe, dataset: Dataset, content: Content, out_path: Union[str, Path],
                 render_chart: Optional[ChartRenderer] = None, progress: Optional[Progress] = None,
                 cancel: Optional[Callable[[], bool]] = None, findings: Optional[Iterable[Finding]] = None,
                 fonts: Optional[FontSet] = None) -> ExportResult:
    """Write the brief for ``recipe`` to ``out_path``; raises TargetNameError, TemplateError, RecipeError,
    AtomicWriteError (locked target, full disk, read-only folder) or ExportCancelled.

    The document is built by ``brief.pipeline.build_document`` (catalog charts, data notes from
    ``run_checks`` unless ``render_chart`` or ``findings`` are given).
    """
    # python-docx loads when an export runs, not when the window's Brief tab imports this module.
    from ftz_desktop.brief.docx.base import prepared_base
    from ftz_desktop.brief.docx.writer import render_prepared

    report = progress or _no_progress
    cancelled = cancel or _never

    def checkpoint() -> None:
        if cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")

    def before_chart(done: int, total: int) -> None:
        checkpoint()
        report(0.05 + 0.75 * done / max(total, 1), f"Drawing chart {done + 1} of {total}")

    # A user's own template is a file; the standard look and the Chinese official layouts are built in.
    template = None if recipe.template == STANDARD_TEMPLATE or recipe.layout != STANDARD_TEMPLATE \
        else recipe.template
    inputs = {Path(template): "the Word template this brief is built on"} if template else {}
    target = check_output_target(out_path, (".docx",), "a Word brief", inputs=inputs)
    # The one check of the template in this export (TemplateError before any work); the base is reused below.
    base = prepared_base(template or recipe.layout, fonts, recipe.paper, recipe.official.font_profile)
    warnings: list[str] = []
    if base.missing_styles:
        warnings.append(f"The template has no {', '.join(base.missing_styles)} style(s); the standard look is "
                        "used for them.")
    report(0.0, "Composing the brief")
    checkpoint()
    document = build_document(recipe, dataset, content, render_chart=render_chart, findings=findings,
                              before_chart=before_chart)
    checkpoint()
    report(0.8, "Writing the Word file")
    data = render_prepared(document, base)
    checkpoint()
    report(0.95, f"Saving {target.name}")
    remove_stale_temps(target.parent if str(target.parent) else ".")
    atomic_write_bytes(target, data)
    report(1.0, f"Saved {target.name}")
    return ExportResult(target, warnings + document.warnings, document.properties.get("snapshot", ""))


def run_export(recipe: Recipe, dataset: Dataset, content: Content, path: Path,
               progress: Optional[Progress] = None, cancelled: Optional[Callable[[], bool]] = None) -> ExportOutcome:
    """Export and describe how it ended; never raises for a problem the user can act on."""
    from ftz_desktop.brief.docx.template import TemplateError

    started = time.perf_counter()
    name = path.name

    def outcome(status: str, message: str, warnings: tuple[str, ...] = (), locked: bool = False,
                snapshot: str = "") -> ExportOutcome:
        return ExportOutcome(status, path, message, warnings, locked, time.perf_counter() - started, snapshot)

    try:
        result = export_brief(recipe, dataset, content, path, progress=progress, cancel=cancelled)
    except ExportCancelled:
        return outcome(CANCELLED, f"Export cancelled; {name} was not changed.")
    except TargetLockedError as exc:
        return outcome(FAILED, str(exc), locked=True)
    except (AtomicWriteError, TargetNameError) as exc:
        return outcome(FAILED, str(exc))
    except (RecipeError, TemplateError) as exc:
        return outcome(FAILED, f"{name} was not saved: {exc}")
    except Exception as exc:   # the user gets one sentence; the log keeps the traceback
        log.exception("Export of %s failed", path)
        return outcome(FAILED, f"{name} was not saved: an unexpected error occurred ({type(exc).__name__}). "
                               "Any previous file of that name is unchanged; details are in the log.")
    return outcome(SAVED, f"Saved the brief as {result.path}", warnings=tuple(result.warnings),
                   snapshot=result.snapshot)
