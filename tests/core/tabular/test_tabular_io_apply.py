"""Applying an import plan to a workspace: one batch (one audit batch, one undo step), all or nothing."""
from __future__ import annotations

import pytest

from ftz_desktop import cli
from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.store.writes import observations as observation_edits
from ftz_desktop.core.tabular import import_export as tabular_io
from ftz_desktop.core.tabular.import_export import ImportRefused

# The new figures come from the staff's own source; the unchanged row still cites the study.
CSV = ("indicator_id,geography,period,value,qualifier,status,source_id,note\r\n"
       "chengdu_goods_exports,CD,2022,510,,E,cd-customs-2023,revised\r\n"
       "chengdu_goods_exports,CD,2023,520.5,,P,cd-customs-2023,\r\n"
       "chengdu_goods_imports,CD,2022,334.13,,A,study-2.1,\r\n")
CUSTOMS = Source(id="cd-customs-2023", title="Chengdu Customs statistics 2023", publisher="Chengdu Customs")


@pytest.fixture
def store(store):
    store.add_source(CUSTOMS)
    return store


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "import.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_apply_writes_adds_and_changes_as_one_batch(store, csv_file):
    events = []
    store.subscribe(events.append)
    before = len(store.history.batches())
    plan = tabular_io.plan_import(csv_file, store.dataset())
    assert (len(plan.adds), len(plan.changes), plan.unchanged) == (1, 1, [4])
    batch_id = tabular_io.apply_import(plan, store)
    assert len(store.history.batches()) == before + 1
    info = store.history.batches(limit=1)[0]
    assert info.batch_id == batch_id and info.label.startswith("Import import.csv")
    rows = store.history.audit(batch_id=batch_id)
    assert {r.batch_id for r in rows} == {batch_id}
    assert sorted((r.action, r.column_name) for r in rows) == [("add", None), ("update", "note"),
                                                               ("update", "source_id"), ("update", "status"),
                                                               ("update", "value")]
    data = store.dataset()
    assert data.value("chengdu_goods_exports", "CD", "2022") == 510.0
    assert data.get("chengdu_goods_exports", "CD", "2022").note == "revised"
    assert data.get("chengdu_goods_exports", "CD", "2023").status == "P"
    assert {e.batch_id for e in events} == {batch_id}
    # importing the same file again finds nothing to do
    again = tabular_io.plan_import(csv_file, store.dataset())
    assert not again.has_changes and len(again.unchanged) == 3


def test_a_failure_midway_writes_nothing(store, csv_file, monkeypatch):
    plan = tabular_io.plan_import(csv_file, store.dataset())
    before = (store.dataset().observations, len(store.history.batches()))

    def fail(batch, rows, **options):
        raise OSError("simulated failure after the changes were written")

    monkeypatch.setattr(observation_edits, "add_observation_rows", fail)
    with pytest.raises(OSError):
        tabular_io.apply_import(plan, store)
    assert (store.dataset().observations, len(store.history.batches())) == before


def test_a_plan_made_stale_by_an_edit_is_refused(store, csv_file):
    plan = tabular_io.plan_import(csv_file, store.dataset())
    obs = store.dataset().get("chengdu_goods_exports", "CD", "2022")
    store.update_observation(obs.id, "note", "edited meanwhile")
    before = len(store.history.batches())
    with pytest.raises(ImportRefused, match=r"import\.csv: the workspace changed since the preview \(rows 2\)"):
        tabular_io.apply_import(plan, store)
    assert len(store.history.batches()) == before
    assert store.dataset().value("chengdu_goods_exports", "CD", "2022") == 500.51


def test_a_row_added_meanwhile_under_the_same_key_is_refused(store, csv_file):
    plan = tabular_io.plan_import(csv_file, store.dataset())
    store.add_observation("chengdu_goods_exports", "CD", "2023", 1, source_id="cd-customs-2023")
    before = len(store.history.batches())
    with pytest.raises(ImportRefused, match=r"import\.csv: the workspace refused the import; nothing was imported: "
                                            r"row 3, column period: observation \d+ already holds"):
        tabular_io.apply_import(plan, store)
    assert len(store.history.batches()) == before
    assert store.dataset().value("chengdu_goods_exports", "CD", "2022") == 500.51


def test_plans_with_refusals_or_nothing_to_do_are_not_applied(store, tmp_path, csv_file):
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator_id,geography,period,value\r\nnope,CD,2022,1\r\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"bad\.csv: 1 rows were refused"):
        tabular_io.apply_import(tabular_io.plan_import(bad, store.dataset()), store)
    same = tmp_path / "same.csv"
    tabular_io.export_observations(store.dataset(), same)
    with pytest.raises(ImportRefused, match="holds no changes"):
        tabular_io.apply_import(tabular_io.plan_import(same, store.dataset()), store)


def test_command_line_export_dry_run_and_import(tmp_path, csv_file, capsys):
    workspace = tmp_path / "cli.ftz"
    out = tmp_path / "out.xlsx"
    # A named workspace that does not exist is made only when asked (a typo must not make one).
    assert cli.run(["data", "export", str(out), "--workspace", str(workspace)]) == 2
    assert "does not exist" in capsys.readouterr().err and not workspace.exists()
    assert cli.run(["data", "export", str(out), "--workspace", str(workspace), "--create"]) == 0
    assert "Wrote 77 observations" in capsys.readouterr().out
    assert cli.run(["source", "add", "--id", CUSTOMS.id, "--title", CUSTOMS.title, "--workspace", str(workspace)]) == 0
    assert cli.run(["data", "import", str(csv_file), "--dry-run", "--workspace", str(workspace)]) == 0
    printed = capsys.readouterr().out
    assert "1 to add, 1 to change, 1 unchanged, 0 refused" in printed and "Imported" not in printed
    assert cli.run(["data", "import", str(csv_file), "--workspace", str(workspace)]) == 0
    assert "Imported as one batch." in capsys.readouterr().out
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert cli.run(["data", "import", str(empty), "--workspace", str(workspace)]) == 2
    assert capsys.readouterr().err == "ftz-desktop: error: empty.csv: the file is empty (0 bytes)\n"
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator_id,geography,period,value\r\nnope,CD,2022,1\r\n", encoding="utf-8")
    # A refused import follows the contract of every refusal: exit 2, one line first, the rows after it.
    assert cli.run(["data", "import", str(bad), "--workspace", str(workspace)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ftz-desktop: error: bad.csv: 1 row(s) refused; nothing was imported.\n")
    assert "refused  bad.csv row 2, column indicator_id: unknown indicator 'nope'" in err
