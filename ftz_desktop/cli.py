"""Headless sub-commands: work without a screen (scripts, CI, a server that makes briefs).

A user error prints one line on stderr and exits 2; a check that finds an error exits 1;
nothing ever prints a traceback (details go to the log file).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, NoReturn, Optional, Sequence, TypeVar, Union

from ftz_desktop import __version__
from ftz_desktop.core.language import LANGUAGES
from ftz_desktop.core.recipe import default_title
from ftz_desktop.errors import UserError, is_user_error, user_message

if TYPE_CHECKING:
    from ftz_desktop.brief.chart_images import KeptChartRenderer
    from ftz_desktop.core.domain.model import Dataset
    from ftz_desktop.core.recipe import Recipe
    from ftz_desktop.core.store.quick_read import QuickReader
    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import Content

log = logging.getLogger(__name__)
MAX_REFUSED_SHOWN = 20        # refused rows printed after the summary line; the rest are counted
DEFAULT_DPI, MIN_DPI, MAX_DPI = 200, 50, 600     # 200: brief.chart_images.PRINT_DPI; 600 dpi is 3840 × 2400
T = TypeVar("T")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 with a usage line; keep it to one clear line
        raise UserError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ftz-desktop", description="The Sichuan Pilot Free Trade Zone study as a desktop tool. "
                     "Without a sub-command, opens the window.")
    parser.add_argument("--version", "-V", action="version", version=f"ftz-desktop {__version__}")
    # A _Parser like the sub-parsers it is a parent of (argparse's stubs want parents of the sub-parsers' class).
    common = _Parser(add_help=False)
    common.add_argument("--workspace", default=None,
                        help="workspace file, or a server's postgresql://USER@HOST:PORT/DATABASE (password from "
                             "PGPASSWORD or the password file; default: the per-user workspace, created from "
                             "the shipped study)")
    common.add_argument("--create", action="store_true",
                        help="create the --workspace file (and its folder) from the shipped study if it is missing")
    common.add_argument("--language", choices=LANGUAGES, default=None,
                        help="en or zh (default: the recipe's language, else the system's: zh on a Chinese system)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("list", parents=[common], help="every section, item, indicator and chart with id and title")
    p.add_argument("--json", action="store_true")
    sub.add_parser("recipe", parents=[common], help="print the default brief recipe as JSON")
    p = sub.add_parser("export", parents=[common], help="write a Word brief")
    p.add_argument("--out", type=Path, required=True, help="the .docx file to write")
    p.add_argument("--recipe", type=Path, default=None, help="recipe JSON (default: everything)")
    p = sub.add_parser("chart", parents=[common], help="write one chart as the brief draws it (PNG or SVG)")
    p.add_argument("chart_id", metavar="CHART_ID", help="the chart's id (see 'ftz-desktop list')")
    p.add_argument("--out", type=Path, required=True,
                   help="FILE.png, or FILE.svg (its words stay text, searchable and editable)")
    p.add_argument("--dpi", type=int, default=None,
                   help=f"resolution in dots per inch, {MIN_DPI} to {MAX_DPI} (default: {DEFAULT_DPI}, the brief's)")
    p = sub.add_parser("check", parents=[common], help="data consistency and pre-export findings")
    p.add_argument("--json", action="store_true")
    p.add_argument("--recipe", type=Path, default=None, help="check what this recipe would export")
    p = sub.add_parser("backup", parents=[common], help="copy the workspace safely (SQLite online backup)")
    p.add_argument("--out", type=Path, required=True, help="the .ftzdb file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file at --out (never the workspace)")
    p = sub.add_parser("history", parents=[common], help="the audit trail: when, who, what, old and new value, batch")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, help="the newest N changes (default 50; 0: all)")
    p = sub.add_parser("server", help="a team workspace on a PostgreSQL server")
    server_sub = p.add_subparsers(dest="server_command", parser_class=_Parser, required=True)
    s = server_sub.add_parser("init", help="make a database a workspace and grant the roles ftz_viewer, ftz_editor, "
                                           "ftz_admin their rights (run as the database's owner)")
    s.add_argument("url", metavar="URL", help="postgresql://USER@HOST:PORT/DATABASE")
    p = sub.add_parser("workspace", help="move a workspace between a file and a server")
    workspace_sub = p.add_subparsers(dest="workspace_command", parser_class=_Parser, required=True)
    s = workspace_sub.add_parser("copy", help="copy a workspace (file or server) to a new file or an empty database, "
                                              "with its history, snapshots and recipes, verified")
    s.add_argument("source", metavar="SRC", help="a workspace file or postgresql://… URL")
    s.add_argument("target", metavar="DST", help="a new .ftzdb file or an empty (or just initialised) database")
    p = sub.add_parser("source", parents=[common], help="the publications figures come from")
    source_sub = p.add_subparsers(dest="source_command", parser_class=_Parser, required=True)
    s = source_sub.add_parser("add", parents=[common], help="add a publication that new figures cite")
    s.add_argument("--id", required=True, help="the id observations cite (e.g. sc-yearbook-2024); it never changes")
    s.add_argument("--title", required=True, help="the publication's title")
    s.add_argument("--publisher", default="", help="who published it")
    s.add_argument("--date", default="", help="when it came out: 2024, 2024-06 or 2024-06-30")
    s.add_argument("--url", default="", help="where it can be found (http:// or https://)")
    s.add_argument("--section", default="", help="the section or table the figures are in")
    s.add_argument("--note", default="")
    p = sub.add_parser("data", parents=[common], help="export or import the observations table")
    data_sub = p.add_subparsers(dest="data_command", parser_class=_Parser, required=True)
    d = data_sub.add_parser("export", parents=[common], help="write observations to FILE.csv or FILE.xlsx")
    d.add_argument("file", type=Path)
    d = data_sub.add_parser("import", parents=[common], help="import observations from a CSV or XLSX file")
    d.add_argument("file", type=Path)
    d.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    d.add_argument("--encoding", default=None, help="the text encoding of a CSV file (e.g. gb18030, utf-8, big5)")
    d.add_argument("--accept-unusual", action="store_true",
                   help="import values about 100 times off their indicator's others (held back as likely slips)")
    return parser


def _workspace_path(args: argparse.Namespace) -> Union[Path, str]:
    """The --workspace file, or a server workspace's URL as given."""
    from ftz_desktop.core.store.addresses import is_server_url
    from ftz_desktop.paths import default_workspace_path

    if is_server_url(args.workspace):
        return str(args.workspace)
    return Path(args.workspace) if args.workspace else default_workspace_path()


@contextmanager
def _open_store(args: argparse.Namespace, *, writes: bool = False,
                create: Optional[bool] = None) -> Iterator[WorkspaceStore]:
    """The workspace, opened by the window's rules (``core.store.opening``): a reading command reads a
    workspace that a window holds; a writing command refuses it and names who holds it."""
    from ftz_desktop.core.store.opening import open_workspace, read_when_in_use, refuse_when_in_use

    # The per-user workspace is made on first use; a named one only with --create (a typo must not make one).
    path = _workspace_path(args)
    if create is None:
        create = args.workspace is None or args.create
    opened = open_workspace(path, on_in_use=refuse_when_in_use if writes else read_when_in_use, create=create)
    if opened is None:
        raise UserError(f"The workspace '{path}' is being used by another window and does not exist yet.")
    with opened:
        yield opened.store


def _read_workspace(args: argparse.Namespace, read: Callable[[Union[QuickReader, WorkspaceStore]], T]) -> T:
    """``read(workspace)`` for a command that only reads: the workspace read quickly, without SQLAlchemy
    (``core.store.quick_read``), when it needs nothing of the store; else opened by the store's rules.
    ``read`` only reads, so it runs again on the store if the quick read fails half-way."""
    import sqlite3

    from ftz_desktop.core.store.quick_read import quick_reader

    path = _workspace_path(args)
    reader = quick_reader(path) if isinstance(path, Path) else None     # a server's workspace: the store reads
    if reader is not None:
        try:
            with reader:
                return read(reader)
        except sqlite3.Error as exc:
            log.info("The quick read failed (%s); the store reads the workspace", exc)
    with _open_store(args) as store:
        return read(store)


def _keep_drawn(args: argparse.Namespace, charts: KeptChartRenderer) -> None:
    """Keep the chart pictures a command drew in the workspace, when it can take them now (else they are
    drawn again next time; the log says why)."""
    from ftz_desktop.brief.chart_images import keep_pictures

    keep_pictures(lambda: _open_store(args, create=False), charts.drawn)


def _load_recipe(path: Optional[Path], content: Content, dataset: Dataset) -> Recipe:
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.messages import name_few
    from ftz_desktop.core.recipe import default_recipe, read_recipe_file, unknown_ids

    if path is None:
        return default_recipe(content, dataset, list(CHARTS))
    recipe = read_recipe_file(path)
    unknown = unknown_ids(recipe, content, dataset, list(CHARTS))
    if unknown:
        raise UserError(f"{path}: the recipe names ids this workspace does not have: {name_few(unknown, shown=5)}")
    return recipe


def _language(args: argparse.Namespace) -> str:
    from ftz_desktop.core.language import system_language

    return str(getattr(args, "language", None) or system_language())


def cmd_list(args: argparse.Namespace) -> int:
    from ftz_desktop.charts.catalog import CHARTS, chart_title
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.core.study.names import localized

    language = _language(args)
    content = load_content(language)
    with _open_store(args) as store:
        dataset = localized(store.dataset(), language)
    if args.json:
        listing = {
            "language": language,
            "sections": [{"id": s.id, "title": s.title,
                          "items": [{"id": i.id, "title": i.title, "indicators": list(i.indicators),
                                     "charts": list(i.charts)} for i in s.items]}
                         for s in content.sections],
            "indicators": [{"id": i.id, "name": i.name, "unit": i.unit} for i in dataset.indicators.values()],
            "charts": [{"id": c.id, "title": chart_title(c, language, dataset)} for c in CHARTS.values()],
        }
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    for section in content.sections:
        print(f"section  {section.id:<24} {section.title}")
        for item in section.items:
            print(f"  item   {item.id:<24} {item.title}")
    for ind in dataset.indicators.values():
        print(f"indicator {ind.id:<48} {ind.name} ({ind.unit})")
    for chart in CHARTS.values():
        print(f"chart    {chart.id:<28} {chart_title(chart, language, dataset)}")
    return 0


def cmd_recipe(args: argparse.Namespace) -> int:
    from ftz_desktop.core.study.content import load_content

    with _open_store(args) as store:
        recipe = _load_recipe(None, load_content(_language(args)), store.dataset())
    print(recipe.to_json())
    return 0


def _brief_inputs(args: argparse.Namespace, dataset: Optional[Dataset] = None) -> tuple[Recipe, Dataset, Content]:
    """(recipe, dataset, content) for a brief: the --recipe file, or everything; the workspace's data unless
    ``dataset`` is given."""
    from ftz_desktop.core.study.content import load_content

    if dataset is None:
        with _open_store(args) as store:
            dataset = store.dataset()
    # Ids are the same in every language, so the recipe is checked against either text.
    recipe = _load_recipe(args.recipe, load_content(args.language or "en"), dataset)
    if args.language or args.recipe is None:
        language = _language(args)
        if language != recipe.language:
            retitled = recipe.title == default_title(recipe.language)
            recipe = dataclasses.replace(recipe, language=language,
                                         title=default_title(language) if retitled else recipe.title)
    return recipe, dataset, load_content(recipe.language)


def cmd_export(args: argparse.Namespace) -> int:
    from ftz_desktop.brief.chart_images import KeptChartRenderer
    from ftz_desktop.brief.export import export_brief
    from ftz_desktop.core.translate import tr

    def read(workspace: Union[QuickReader, WorkspaceStore]) -> tuple[Recipe, Dataset, Content, KeptChartRenderer]:
        recipe, dataset, content = _brief_inputs(args, workspace.dataset())
        # The chart pictures kept in the workspace for this brief: exported again, it draws none.
        charts = KeptChartRenderer(dataset, language=recipe.language)
        charts.use(workspace.pictures.find(charts.keys(recipe.charts)))
        return recipe, dataset, content, charts

    recipe, dataset, content, charts = _read_workspace(args, read)
    # Built like the window's export and preview (brief.pipeline.build_document), data notes included.
    export_brief(recipe, dataset, content, args.out, render_chart=charts)
    _keep_drawn(args, charts)
    print(tr("Wrote {file}", file=args.out))
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    """One chart as the brief draws it (no title or source in the picture: they are printed, for a caption)."""
    from ftz_desktop.brief.chart_images import KeptChartRenderer
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.atomic import atomic_write_bytes, remove_stale_temps
    from ftz_desktop.core.targets import check_output_target
    from ftz_desktop.core.translate import tr

    if args.chart_id not in CHARTS:
        raise UserError(tr("There is no chart '{chart}'; the charts are: {charts}. Nothing was written.",
                           chart=args.chart_id, charts=", ".join(CHARTS)))
    dpi = DEFAULT_DPI if args.dpi is None else args.dpi
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise UserError(tr("--dpi {dpi} is out of range: give {low} to {high} dots per inch. Nothing was written.",
                           dpi=dpi, low=MIN_DPI, high=MAX_DPI))
    target = check_output_target(args.out, (".png", ".svg"), "a chart picture")
    fmt, language = target.suffix.lower().lstrip("."), _language(args)

    def read(workspace: Union[QuickReader, WorkspaceStore]) -> KeptChartRenderer:
        charts = KeptChartRenderer(workspace.dataset(), dpi=dpi, language=language)
        charts.use(workspace.pictures.find(charts.keys([args.chart_id], fmt)))
        return charts

    charts = _read_workspace(args, read)
    data = charts.picture(args.chart_id, fmt)
    image = charts.image(args.chart_id, data)
    remove_stale_temps(target.parent if str(target.parent) else ".")
    atomic_write_bytes(target, data)
    _keep_drawn(args, charts)
    print(tr("Wrote {file}", file=args.out))
    print(image.title)
    print(image.source_note)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ftz_desktop.brief.preflight import preflight
    from ftz_desktop.core.analysis.findings_text import in_language
    from ftz_desktop.core.study.names import localized

    recipe, dataset, content = _brief_inputs(args)
    # Reported in the language asked for (else the recipe's, else the system's), figures named in it too.
    findings = in_language(preflight(recipe, dataset, content), localized(dataset, recipe.language), recipe.language)
    if args.json:
        print(json.dumps({"findings": [f.to_json() for f in findings]}, ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(f"{finding.severity:<7} {finding.materiality:<8} {finding.kind:<16} {finding.message}")
        errors = sum(f.severity == "error" for f in findings)
        if recipe.language == "zh":
            print(f"共{len(findings)}项：错误{errors}项，警告{len(findings) - errors}项")
        else:
            print(f"{len(findings)} findings: {errors} errors, {len(findings) - errors} warnings")
    return 1 if any(f.severity == "error" for f in findings) else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ftz_desktop.core.messages import shorten
    from ftz_desktop.core.targets import SHOWN_NAME, check_output_target

    with _open_store(args) as store:
        # Any file may be replaced with --force (an old backup); never the workspace being read.
        target = check_output_target(args.out, (".ftzdb",), "a workspace backup", replace_workspace=True,
                                     inputs={store.path: "the workspace being backed up"} if store.path else {})
        if target.exists() and not args.force:
            raise UserError(f"'{shorten(target.name, SHOWN_NAME)}' exists; add --force to replace it. "
                            "Nothing was written.")
        store.backup(target)
    print(f"Backed up to {args.out}")
    return 0


def cmd_data(args: argparse.Namespace) -> int:
    from ftz_desktop.core.store.validation import BatchValidationError
    from ftz_desktop.core.tabular import import_export as tabular_io

    writes = args.data_command == "import" and not args.dry_run
    with _open_store(args, writes=writes) as store:
        if args.data_command == "export":
            count = tabular_io.export_observations(store.dataset(), args.file)
            print(f"Wrote {count} observations to {args.file}")
            return 0
        plan = tabular_io.plan_import(args.file, store.dataset(), encoding=args.encoding)
        if plan.refused:
            # The contract of a refusal: exit 2, one line first, the rows after it.
            print(f"ftz-desktop: error: {plan.file_name}: {len(plan.refused)} row(s) refused; nothing was imported.",
                  file=sys.stderr)
            for row in plan.refused[:MAX_REFUSED_SHOWN]:
                print(f"refused  {row}", file=sys.stderr)
            if len(plan.refused) > MAX_REFUSED_SHOWN:
                print(f"… and {len(plan.refused) - MAX_REFUSED_SHOWN} more refused rows", file=sys.stderr)
            return 2
        print(plan.summary())
        if not args.dry_run and plan.has_changes:
            try:
                tabular_io.apply_import(plan, store, check_typed=not args.accept_unusual)
            except BatchValidationError as exc:      # only likely slips reach here (see apply_import)
                print(f"ftz-desktop: error: {plan.file_name}: {len(exc.problems)} value(s) look like slips; nothing "
                      "was imported. Check them, or import them as they are with --accept-unusual.", file=sys.stderr)
                file_row = {c.old.id: c.row for c in plan.changes}
                for problem in exc.problems[:MAX_REFUSED_SHOWN]:
                    line = plan.adds[problem.row - 1].row if problem.row else file_row.get(problem.obs_id or 0, "?")
                    print(f"unusual  {plan.file_name} row {line}: {problem.reason}", file=sys.stderr)
                return 2
            print("Imported as one batch.")
    return 0


def cmd_source(args: argparse.Namespace) -> int:
    from ftz_desktop.core.domain.model import Source

    source = Source(id=args.id, title=args.title, publisher=args.publisher, section=args.section, note=args.note,
                    published=args.date, url=args.url)
    with _open_store(args, writes=True) as store:
        store.add_source(source, f"Add source {args.id}")
    print(f"Added source {args.id}: {args.title}")
    return 0


from ftz_desktop.cli_team import cmd_history, cmd_server, cmd_workspace  # noqa: E402 - they use the helpers above

COMMANDS = {"list": cmd_list, "recipe": cmd_recipe, "export": cmd_export, "chart": cmd_chart, "check": cmd_check,
            "backup": cmd_backup, "data": cmd_data, "source": cmd_source, "history": cmd_history,
            "server": cmd_server, "workspace": cmd_workspace}


def run(argv: Sequence[str]) -> int:
    from ftz_desktop.core import translate

    before = translate.current_language()
    try:
        args = build_parser().parse_args(list(argv))
        if not args.command:
            raise UserError("no sub-command given (see 'ftz-desktop --help')")
        translate.set_language(_language(args))      # core's refusals in the user's language
        return COMMANDS[args.command](args)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except BrokenPipeError:
        # The reader went away (`ftz-desktop list | head -1`): end quietly, without Python's complaint at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if not is_user_error(exc):
            from ftz_desktop.core.store.addresses import without_passwords

            log.exception("Command failed: %s", without_passwords(" ".join(argv)))
        print(f"ftz-desktop: error: {user_message(exc)}", file=sys.stderr)
        return 2
    finally:
        translate.set_language(before)
