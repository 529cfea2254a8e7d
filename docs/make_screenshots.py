"""Make the README's pictures: every tab of the main window and the first pages of an example brief.

Run under a real X server for true rendering (or offscreen):
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_screenshots.py
Writes docs/screenshots/<tab>.png and docs/screenshots/brief-page-<n>.png, and the Chinese window and brief as
<tab>-zh.png and brief-zh-page-<n>.png, and the first page of each Chinese official layout as
brief-gbt9704-page-1.png and brief-jianbao-page-1.png (LibreOffice and pdftoppm needed).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _settle(app, seconds: float = 1.5) -> None:
    """Let deferred builds and chart draws finish (event-driven: process events until the deadline)."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _settle_until(app, condition, timeout: float) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _wait_for_first_preview(app, preview) -> None:
    """The Brief tab composes its first preview on a worker: wait for it to reach the screen."""
    updated = []
    preview.preview_updated.connect(lambda seconds: updated.append(seconds))
    _settle_until(app, lambda: bool(updated), 20.0)


def window_shots(out: Path, workspace: Path, size=(1400, 900), language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.ui.i18n import install_language
    from ftz_desktop.ui.main_window import MainWindow
    from ftz_desktop.ui.tab_registry import TABS

    app = QApplication.instance() or QApplication([])
    install_language(language, app)
    store = WorkspaceStore.open(workspace)
    window = MainWindow(store, load_content(language))
    window.resize(*size)
    window.show()
    written = []
    # Show each section at an item with charts, as a reader would (not at the section's introduction).
    shown_items = {"status": "status-headline", "shortcomings": "sc-foreign-trade",
                   "opportunities": "op-trade-investment", "recommendations": "rec-legal"}
    for entry in TABS:
        tab = window.select_tab(entry.key)
        preview = getattr(tab, "preview", None)
        if preview is not None and hasattr(preview, "preview_updated"):
            _wait_for_first_preview(app, preview)
        _settle(app, 0.3)
        item = shown_items.get(entry.key)
        if item and hasattr(tab, "scroll_to_item"):
            tab.scroll_to_item(item)
        elif item and hasattr(tab, "select_item"):
            tab.select_item(item)
        _settle(app)
        path = out / (f"{entry.key}.png" if language == "en" else f"{entry.key}-{language}.png")
        window.grab().save(str(path))
        written.append(path)
    window.close()
    store.close()
    return written


EXAMPLE_OFFICIAL = {
    "gbt9704": {"issuer": "四川省商务厅文件", "doc_number": "川商〔2026〕12号", "copy_number": "12",
                "classification": "内部★1年", "urgency": "特急", "cc": "省发展改革委，省财政厅",
                "printed_by": "四川省商务厅办公室", "print_date": "2026-12-01"},
    "jianbao": {"bulletin": "四川自贸试验区工作简报", "issue": "12", "compiler": "省商务厅自贸办", "serial": "0012",
                "classification": "内部资料", "report_to": "省委办公厅，省政府办公厅", "send_to": "省发展改革委",
                "issue_to": "各片区管委会", "copies": "60"},
}


def brief_pages(out: Path, workspace: Path, pages: int = 3, language: str = "en",
                layout: str = "standard") -> list[Path]:
    from ftz_desktop.brief.export import export_brief
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.recipe import default_recipe
    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content

    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not (soffice and pdftoppm):
        print("LibreOffice (soffice) or pdftoppm is missing: brief pages not made")
        return []
    content = load_content(language)
    with WorkspaceStore.open(workspace) as store, tempfile.TemporaryDirectory() as tmp:
        dataset = store.dataset()
        recipe = default_recipe(content, dataset, list(CHARTS))
        if layout != "standard":
            recipe.template, recipe.organisation = layout, "四川省商务厅"
            for name, value in EXAMPLE_OFFICIAL[layout].items():
                setattr(recipe.official, name, value)
        elif language == "zh":
            recipe.organisation = "示例单位"
            recipe.marking = "内部资料"
        else:
            recipe.title = "China (Sichuan) Pilot Free Trade Zone: policy brief"
            recipe.organisation = "Example organisation"
            recipe.marking = "For internal use"
        docx_path = Path(tmp) / "example-brief.docx"
        export_brief(recipe, dataset, content, docx_path)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, capture_output=True, timeout=180)
        subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", str(pages), str(Path(tmp) / "example-brief.pdf"),
                        str(Path(tmp) / "page")], check=True, timeout=120)
        written = []
        for number, page in enumerate(sorted(Path(tmp).glob("page-*.png")), start=1):
            kind = layout if layout != "standard" else language
            target = out / (f"brief-page-{number}.png" if kind == "en" else f"brief-{kind}-page-{number}.png")
            shutil.copyfile(page, target)
            written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--no-brief", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["FTZ_DESKTOP_HOME"] = home
        workspace = Path(home) / "screenshots.ftzdb"
        for language in ("en", "zh"):
            for path in window_shots(args.out, workspace, language=language):
                print(f"wrote {path.name}")
            if not args.no_brief:
                for path in brief_pages(args.out, workspace, language=language):
                    print(f"wrote {path.name}")
        if not args.no_brief:
            for layout in EXAMPLE_OFFICIAL:
                for path in brief_pages(args.out, workspace, pages=1, language="zh", layout=layout):
                    print(f"wrote {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
