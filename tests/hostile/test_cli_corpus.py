"""A corpus of hostile command lines, as a careless or unlucky user would type them.

Every case runs the real command-line entry point in-process and asserts the contract: exit 2 (or the
exit a case names), one line on stderr that starts "ftz-desktop: error:" and names the culprit, no
traceback and no "unexpected error", and not a byte changed in the case's folder (the workspace, the
inputs and every file beside them), nor a folder created.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from ftz_desktop import cli

Setup = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    fragment: str                       # what the one error line must contain
    setup: Setup = field(default=lambda folder: None)
    code: int = 2
    workspace: bool = True              # add --workspace ws.ftzdb (a copy of the shipped study)


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with its content digest (folders as "dir")."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "link:" + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        elif not path.is_file():
            found[key] = "special"         # a FIFO: reading it would wait for a writer
        else:
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest() + f":{path.stat().st_mode & 0o777:o}"
    return found


# ----- pieces the cases use ------------------------------------------------------------------------------

def write(name: str, data: bytes | str, mode: int | None = None) -> Setup:
    def setup(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        if mode is not None:
            path.chmod(mode)
    return setup


def copy_workspace(name: str, mode: int | None = None) -> Setup:
    def setup(folder: Path) -> None:
        shutil.copyfile(folder / "ws.ftzdb", folder / name)
        if mode is not None:
            (folder / name).chmod(mode)
    return setup


def other_database(name: str) -> Setup:
    def setup(folder: Path) -> None:
        with sqlite3.connect(folder / name) as conn:
            conn.execute("CREATE TABLE t (x)")
    return setup


def with_staff_source(then: Setup) -> Setup:
    """The workspace gets a source of the staff's own (new figures cannot cite the study), then ``then``."""
    def setup(folder: Path) -> None:
        from ftz_desktop.core.domain.model import Source
        from ftz_desktop.core.store.workspace import WorkspaceStore

        with WorkspaceStore.open(folder / "ws.ftzdb", create=False) as store:
            store.add_source(Source(id="cd-customs-2023", title="Chengdu Customs statistics 2023"))
        then(folder)
    return setup


def folder_named(name: str) -> Setup:
    return lambda folder: (folder / name).mkdir()


def link(name: str, target: str) -> Setup:
    return lambda folder: (folder / name).symlink_to(target)


def zip_file(name: str, members: dict[str, bytes]) -> Setup:
    def setup(folder: Path) -> None:
        with zipfile.ZipFile(folder / name, "w") as archive:
            for member, data in members.items():
                archive.writestr(member, data)
    return setup


def both(*setups: Setup) -> Setup:
    def setup(folder: Path) -> None:
        for one in setups:
            one(folder)
    return setup


def recipe(name: str, mutate: Callable[[dict], object]) -> Setup:
    """A recipe file: the default recipe changed by ``mutate`` (which may return a replacement)."""
    def setup(folder: Path) -> None:
        data = json.loads(DEFAULT_RECIPE)
        changed = mutate(data)
        text = changed if isinstance(changed, str) else json.dumps(data if changed is None else changed)
        (folder / name).write_text(text, encoding="utf-8")
    return setup


DEFAULT_RECIPE = ""        # filled once per session by the fixture below
LONG_NAME = "b" * 300


# ----- output targets: every writer refuses what it must not overwrite ------------------------------------

WRITERS = {
    "export": lambda out: ("export", "--out", out),
    "data-export": lambda out: ("data", "export", out),
    "backup": lambda out: ("backup", "--out", out),
}
TARGETS = [
    # (id, target, setup, fragment)
    ("the-workspace", "ws.ftzdb", None, "ws.ftzdb"),
    ("another-workspace", "other.ftzdb", copy_workspace("other.ftzdb"), "other.ftzdb"),
    ("another-database", "db.sqlite", other_database("db.sqlite"), "db.sqlite"),
    ("a-csv", "data.csv", write("data.csv", "a,b\n1,2\n"), "data.csv"),
    ("a-text-file", "brief.txt", None, "brief.txt"),
    ("a-recipe", "r.json", write("r.json", "{}"), "r.json"),
    ("read-only-docx", "ro.docx", write("ro.docx", b"PK old", 0o444), "ro.docx"),
    ("read-only-csv", "ro.csv", write("ro.csv", "old", 0o444), "ro.csv"),
    ("read-only-ftzdb", "ro.ftzdb", write("ro.ftzdb", "old", 0o444), "ro.ftzdb"),
    ("empty-name", "", None, "file name"),
    ("a-folder", "sub", folder_named("sub"), "sub"),
    ("missing-folder", "missing/deeper/out.docx", None, "missing"),
    ("too-long-name", LONG_NAME + ".docx", None, "longer than"),
    ("too-long-csv", LONG_NAME + ".csv", None, "longer than"),
    ("reserved-name", "CON.docx", None, "CON"),
    ("bad-characters", "a<b>.docx", None, "a<b>.docx"),
    ("trailing-dot", "brief.docx.", None, "brief.docx."),
    ("workspace-named-docx", "w.docx", copy_workspace("w.docx"), "w.docx"),
    ("workspace-named-csv", "w.csv", copy_workspace("w.csv"), "w.csv"),
    ("workspace-named-xlsx", "w.xlsx", copy_workspace("w.xlsx"), "w.xlsx"),
    ("no-suffix", "brief", None, "brief"),
    ("dot-only", ".", None, "file name"),
]
CASES: list[Case] = [
    Case(f"{writer}-over-{tid}", WRITERS[writer](target), fragment, setup or (lambda folder: None))
    for writer in WRITERS for tid, target, setup, fragment in TARGETS
    # a table export may replace an older table of the same kind
    if not (writer == "data-export" and tid == "a-csv")
]
# A workspace backup into an existing file only with --force, and never over the workspace itself.
CASES += [
    Case("backup-over-existing-backup", ("backup", "--out", "old.ftzdb"), "--force", copy_workspace("old.ftzdb")),
    Case("backup-force-over-the-workspace", ("backup", "--out", "ws.ftzdb", "--force"), "ws.ftzdb"),
    Case("backup-force-over-read-only", ("backup", "--out", "ro.ftzdb", "--force"), "read-only",
         copy_workspace("ro.ftzdb", 0o444)),
    Case("backup-over-a-text-file", ("backup", "--out", "notes.ftzdb"), "--force", write("notes.ftzdb", "mine")),
    Case("export-over-its-recipe", ("export", "--recipe", "r.docx", "--out", "r.docx"), "r.docx",
         write("r.docx", "{}")),
]

# ----- the workspace named on the command line ------------------------------------------------------------

COMMANDS = {
    "list": ("list",), "recipe": ("recipe",), "check": ("check",), "export": ("export", "--out", "b.docx"),
    "backup": ("backup", "--out", "b.ftzdb"), "data-export": ("data", "export", "o.csv"),
    "data-import": ("data", "import", "in.csv"), "dry-run": ("data", "import", "in.csv", "--dry-run"),
}
IMPORT_FILE = write("in.csv", "indicator_id,geography,period,value,source_id\n"
                              "chengdu_goods_imports,CD,2022,334.13,study-2.1\n")
BAD_WORKSPACES = [
    ("typo-path", "typo/deeper/wrokspace.ftzdb", None, "does not exist"),
    ("missing-file", "nope.ftzdb", None, "does not exist"),
    ("text-file", "notes.txt", write("notes.txt", "hello"), "notes.txt"),
    ("empty-file", "empty.ftzdb", write("empty.ftzdb", b""), "empty.ftzdb"),
    ("word-file", "doc.ftzdb", zip_file("doc.ftzdb", {"word/document.xml": b"<w/>"}), "doc.ftzdb"),
    ("a-folder", "dir.ftzdb", folder_named("dir.ftzdb"), "dir.ftzdb"),
    ("another-database", "db.ftzdb", other_database("db.ftzdb"), "db.ftzdb"),
    ("truncated", "cut.ftzdb", lambda folder: (folder / "cut.ftzdb").write_bytes(
        (folder / "ws.ftzdb").read_bytes()[:3000]), "cut.ftzdb"),
    ("header-only", "head.ftzdb", write("head.ftzdb", b"SQLite format 3\x00" + b"\x00" * 84), "head.ftzdb"),
    ("random-bytes", "noise.ftzdb", write("noise.ftzdb", bytes(range(256)) * 64), "noise.ftzdb"),
]
for cid, command in COMMANDS.items():
    for wid, path, setup, fragment in BAD_WORKSPACES:
        CASES.append(Case(f"{cid}-on-{wid}", (*command, "--workspace", path), fragment,
                          both(IMPORT_FILE, setup or (lambda folder: None)), workspace=False))

# ----- recipes ------------------------------------------------------------------------------------------

def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


RECIPES = [
    ("not-json", write("r.json", "{ not json"), "r.json"),
    ("empty", write("r.json", b""), "r.json"),
    ("a-list", write("r.json", "[1, 2, 3]"), "r.json"),
    ("a-string", write("r.json", '"recipe"'), "r.json"),
    ("deeply-nested", write("r.json", '{"sections": ' + nested(100_000) + "}"), "r.json"),
    ("deeply-nested-objects", write("r.json", '{"a":' * 50_000 + "1" + "}" * 50_000), "r.json"),
    ("not-utf8", write("r.json", b'{"title": "\xff\xfe\xfa"}'), "r.json"),
    ("nan", recipe("r.json", lambda d: json.dumps(d).replace('"sections"', '"x": NaN, "sections"')), "r.json"),
    ("unknown-chart", recipe("r.json", lambda d: d["charts"].append("no_such_chart")), "no_such_chart"),
    ("ten-thousand-unknown-ids", recipe("r.json", lambda d: d["charts"].extend(f"c{i}" for i in range(10_000))),
     "more"),
    ("huge-id", recipe("r.json", lambda d: d["charts"].append("x" * 100_000)), "r.json"),
    ("sections-not-a-list", recipe("r.json", lambda d: d.__setitem__("sections", 7)), "sections"),
    ("charts-of-numbers", recipe("r.json", lambda d: d.__setitem__("charts", [1, 2])), "charts"),
    ("newer-version", recipe("r.json", lambda d: d.__setitem__("version", 999)), "newer"),
    ("a-folder", folder_named("r.json"), "r.json"),
    ("missing", None, "r.json"),
    ("device", link("r.json", "/dev/zero"), "r.json"),
    ("huge-file", write("r.json", '{"title": "' + "x" * (3 << 20) + '"}'), "r.json"),
    ("five-thousand-digit-number", write("r.json", '{"version": ' + "9" * 5000 + "}"), "r.json"),
    ("random-device", link("r.json", "/dev/urandom"), "r.json"),
    ("fifo", lambda folder: os.mkfifo(folder / "r.json"), "r.json"),
    ("lone-surrogate", write("r.json", '{"title": "\\ud800"}'), "r.json"),
]
for command in ("export", "check"):
    extra = ("--out", "b.docx") if command == "export" else ()
    for rid, setup, fragment in RECIPES:
        CASES.append(Case(f"{command}-recipe-{rid}", (command, "--recipe", "r.json", *extra), fragment,
                          setup or (lambda folder: None)))

# ----- templates named by a recipe ----------------------------------------------------------------------

TEMPLATES = [
    ("device", link("t.docx", "/dev/zero"), "t.docx"),
    ("not-a-zip", write("t.docx", "hello"), "t.docx"),
    ("empty", write("t.docx", b""), "t.docx"),
    ("a-folder", folder_named("t.docx"), "t.docx"),
    ("missing", None, "t.docx"),
    ("zip-without-document", zip_file("t.docx", {"a.txt": b"x"}), "t.docx"),
    ("random-device", link("t.docx", "/dev/urandom"), "t.docx"),
    ("fifo", lambda folder: os.mkfifo(folder / "t.docx"), "t.docx"),
    ("styles-without-normal", None, "t.docx"),      # filled below from a real template
]
for tid, setup, fragment in TEMPLATES:
    CASES.append(Case(f"export-template-{tid}", ("export", "--recipe", "r.json", "--out", "b.docx"), fragment,
                      both(setup or (lambda folder: None),
                           recipe("r.json", lambda d: d.__setitem__("template", "t.docx")))))

CASES.append(Case("export-template-with-macros", ("export", "--recipe", "r.json", "--out", "b.docx"), "t.docm",
                  both(write("t.docm", "x"), recipe("r.json", lambda d: d.__setitem__("template", "t.docm")))))

# ----- imports through the command line: the refusal contract ---------------------------------------------

HEADER = "indicator_id,geography,period,value,source_id\n"
IMPORTS = [
    ("unknown-indicator", HEADER + "nope,CD,2022,1,study-2.1\n", "refused"),
    ("unknown-geography", HEADER + "chengdu_goods_imports,XX,2022,1,study-2.1\n", "refused"),
    ("text-value", HEADER + "chengdu_goods_imports,CD,2022,abc,study-2.1\n", "refused"),
    ("nan-value", HEADER + "chengdu_goods_imports,CD,2022,nan,study-2.1\n", "refused"),
    ("inf-value", HEADER + "chengdu_goods_imports,CD,2022,inf,study-2.1\n", "refused"),
    ("underflow", HEADER + "chengdu_goods_imports,CD,2022,1e-400,study-2.1\n", "refused"),
    ("overflow", HEADER + "chengdu_goods_imports,CD,2022,1e400,study-2.1\n", "refused"),
    ("five-thousand-digits", HEADER + "chengdu_goods_imports,CD,2022," + "9" * 5000 + ",study-2.1\n", "refused"),
    ("impossible-date", HEADER + "chengdu_goods_imports,CD,2023-02-30,1,study-2.1\n", "refused"),
    ("april-31", HEADER + "chengdu_goods_imports,CD,2023-04-31,1,study-2.1\n", "refused"),
    ("year-zero", HEADER + "chengdu_goods_imports,CD,0000,1,study-2.1\n", "refused"),
    ("arabic-indic-digits", HEADER + "chengdu_goods_imports,CD,٢٠٢٢,1,study-2.1\n", "refused"),
    ("devanagari-digits", HEADER + "chengdu_goods_imports,CD,२०२२,1,study-2.1\n", "refused"),
    ("unknown-source", HEADER + "chengdu_goods_imports,CD,2022,1,nope\n", "refused"),
    ("duplicate-rows", HEADER + "chengdu_goods_imports,CD,2030,1,study-2.1\n"
                               "chengdu_goods_imports,CD,2030,2,study-2.1\n", "refused"),
    ("formula", HEADER + "chengdu_goods_imports,CD,2022,=1+1,study-2.1\n", "refused"),
    ("many-refused", HEADER + "".join(f"nope{i},CD,2022,1,study-2.1\n" for i in range(5000)), "5000"),
    ("huge-id", HEADER + "x" * 100_000 + ",CD,2022,1,study-2.1\n", "refused"),
    ("empty", "", "empty"),
    ("header-only-garbage", "\x00\x01\x02", "in.csv"),
    ("no-header", "1,2,3\n", "in.csv"),
    ("missing-columns", "indicator_id,value\nx,1\n", "in.csv"),
    ("repeated-columns", "value,value\n1,2\n", "in.csv"),
]
for iid, text, fragment in IMPORTS:
    for dry in (False, True):
        args = ("data", "import", "in.csv", *(("--dry-run",) if dry else ()))
        CASES.append(Case(f"import-{iid}{'-dry' if dry else ''}", args, fragment, write("in.csv", text)))
CASES += [
    Case("import-a-likely-slip", ("data", "import", "in.csv"), "look like slips",
         with_staff_source(write("in.csv", HEADER + "chengdu_goods_imports,CD,2022,1.2万,cd-customs-2023\n"))),
    Case("import-a-new-row-that-is-a-slip", ("data", "import", "in.csv"), "look like slips",
         with_staff_source(write("in.csv", HEADER + "chengdu_goods_imports,CD,2030,334000,cd-customs-2023\n"))),
    Case("import-a-changed-figure-citing-the-study", ("data", "import", "in.csv"), "1 row(s) refused",
         write("in.csv", HEADER + "chengdu_goods_imports,CD,2022,340,study-2.1\n")),
    Case("import-unknown-encoding", ("data", "import", "in.csv", "--encoding", "klingon"), "klingon", IMPORT_FILE),
    Case("import-missing-file", ("data", "import", "gone.csv"), "gone.csv"),
    Case("import-a-folder", ("data", "import", "sub"), "sub", folder_named("sub")),
    Case("import-a-device", ("data", "import", "dev.csv"), "dev.csv", link("dev.csv", "/dev/zero")),
    Case("import-random-device", ("data", "import", "dev.csv"), "dev.csv", link("dev.csv", "/dev/urandom")),
    Case("import-a-fifo", ("data", "import", "pipe.csv"), "pipe.csv", lambda folder: os.mkfifo(folder / "pipe.csv")),
    Case("import-docx-as-xlsx", ("data", "import", "x.xlsx"), "x.xlsx",
         zip_file("x.xlsx", {"word/document.xml": b"<w/>"})),
    Case("import-corrupt-xlsx", ("data", "import", "x.xlsx"), "x.xlsx", write("x.xlsx", b"PK\x03\x04" + b"\x00" * 60)),
]

# ----- command-line words ---------------------------------------------------------------------------------

CASES += [
    Case("unknown-command", ("frobnicate",), "frobnicate"),
    Case("no-command", (), "sub-command", workspace=False),
    Case("export-without-out", ("export",), "--out"),
    Case("backup-without-out", ("backup",), "--out"),
    Case("data-without-verb", ("data",), "data"),
    Case("unknown-option", ("list", "--frob"), "--frob"),
]


@pytest.fixture(scope="session")
def default_recipe_text(shipped_workspace, tmp_path_factory) -> str:
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.recipe import default_recipe
    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content

    with WorkspaceStore.open(shipped_workspace, create=False, read_only=True) as store:
        return default_recipe(load_content("en"), store.dataset(), list(CHARTS)).to_json()


@pytest.fixture
def case_folder(tmp_path, shipped_workspace, monkeypatch, default_recipe_text) -> Path:
    global DEFAULT_RECIPE
    DEFAULT_RECIPE = default_recipe_text
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copyfile(shipped_workspace, folder / "ws.ftzdb")
    monkeypatch.chdir(folder)
    return folder


def _template_without_normal(folder: Path) -> None:
    """A real Word template whose styles.xml lost its Normal style."""
    from docx import Document

    path = folder / "t.docx"
    Document().save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    styles = parts["word/styles.xml"].decode("utf-8")
    start = styles.index('<w:style w:type="paragraph" w:default="1"')
    end = styles.index("</w:style>", start) + len("</w:style>")
    parts["word/styles.xml"] = (styles[:start] + styles[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_hostile_command_line_is_one_clear_line_and_changes_nothing(case, case_folder, capsys):
    if case.id == "export-template-styles-without-normal":
        _template_without_normal(case_folder)
    case.setup(case_folder)
    before = tree(case_folder)
    args = [*case.args, *(("--workspace", "ws.ftzdb") if case.workspace and case.args else ())]
    code = cli.run(args)
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert code == case.code, captured.err
    assert lines and lines[0].startswith("ftz-desktop: error:"), captured.err
    assert case.fragment in lines[0], lines[0]
    assert len(lines[0]) <= 600, f"{len(lines[0])} characters"
    assert len(captured.err) <= 8_000, f"{len(captured.err)} characters on stderr"
    assert "Traceback" not in captured.err and "unexpected error" not in captured.err
    if not lines[0].startswith("ftz-desktop: error: in.csv:"):   # an import refusal lists its rows after it
        assert len(lines) == 1, captured.err
    assert tree(case_folder) == before


def test_the_corpus_is_large():
    assert len(CASES) + len(VALUE_CASES) + len(READERS) >= 300


# ----- any value a user may type, in a dry run: a plan or one refusal, never a crash, never a change ---------

VALUES = ["1,234.5", "1 234,5", "１２３４", "12.5%", "12.5％", "1.2万", "3.45亿", "1.9万亿", "万", "亿亿", "1e", "e5",
          "0x10", "1_000", "--1", "+-1", "1.2.3", "1,2,3", "½", "∞", "-∞", "NaN", "nan(0x7)", "١٢", "१२", "𝟏𝟐",
          "12\u200b", "\u202e12", "\ufeff12", "  12  ", "\t=1+1", "=HYPERLINK(\"x\")", "@SUM(1)", "+1+1", "-1-1",
          "'=1", "1e308", "-1e308", "1e-320", "0.1e-5", "1" * 400, "9" * 4301, "0" * 5000 + "1", "-0", "0.0",
          "(12)", "12-", "$12", "¥12", "12元", "约12", "超过12", "12以上", "null", "None", "true", "12\r\n13",
          "\x00", "\x07", "😀", "𠀀"]
VALUE_CASES = [pytest.param(value, id=f"value-{i:02d}") for i, value in enumerate(VALUES)]


@pytest.mark.parametrize("value", VALUE_CASES)
def test_a_typed_value_is_planned_or_refused_in_one_line(value, case_folder, capsys):
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(
        [["indicator_id", "geography", "period", "value", "source_id"],
         ["chengdu_goods_imports", "CD", "2022", value, "study-2.1"]])
    (case_folder / "in.csv").write_text(buffer.getvalue(), encoding="utf-8")
    before = tree(case_folder)
    code = cli.run(["data", "import", "in.csv", "--dry-run", "--workspace", "ws.ftzdb"])
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    if code == 2:
        assert captured.err.startswith("ftz-desktop: error:")
    assert "Traceback" not in captured.err and "unexpected error" not in captured.err
    assert len(captured.err) + len(captured.out) <= 8_000
    assert tree(case_folder) == before


# ----- reading commands read a read-only workspace ----------------------------------------------------------

READERS = [("list",), ("recipe",), ("check",), ("export", "--out", "b.docx"), ("data", "export", "o.csv"),
           ("backup", "--out", "b.ftzdb"), ("data", "import", "in.csv", "--dry-run")]


@pytest.mark.parametrize("command", READERS, ids=lambda c: "-".join(c[:2]))
def test_a_read_only_workspace_can_be_read_from_the_command_line(command, case_folder, capsys):
    IMPORT_FILE(case_folder)
    workspace = case_folder / "ws.ftzdb"
    workspace.chmod(0o444)
    before = hashlib.sha256(workspace.read_bytes()).hexdigest()
    code = cli.run([*command, "--workspace", "ws.ftzdb"])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err          # check exits 1 when it finds errors
    assert "error:" not in captured.err
    assert hashlib.sha256(workspace.read_bytes()).hexdigest() == before
    assert workspace.stat().st_mode & 0o777 == 0o444


def test_a_likely_slip_is_imported_as_typed_only_with_accept_unusual(case_folder, capsys):
    from ftz_desktop.core.store.workspace import WorkspaceStore

    with_staff_source(write("in.csv", HEADER + "chengdu_goods_imports,CD,2022,1.2万,cd-customs-2023\n"))(case_folder)
    assert cli.run(["data", "import", "in.csv", "--workspace", "ws.ftzdb", "--accept-unusual"]) == 0
    assert "Imported as one batch." in capsys.readouterr().out
    with WorkspaceStore.open(case_folder / "ws.ftzdb", create=False, read_only=True) as store:
        assert store.dataset().get("chengdu_goods_imports", "CD", "2022").value == pytest.approx(0.000012)
