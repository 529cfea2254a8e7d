"""A colleague changed a figure after the Data tab showed it: the edit is not written over theirs; the tab names
who changed it, when and both values, and offers "Keep theirs" (the row is read again) or "Apply mine" (a new,
audited and undoable change on top of theirs). Two stores on one workspace, as two windows."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.ui.data.models.observations import C_NOTE, C_VALUE

pytestmark = pytest.mark.usefixtures("dialogs", "edits_keep_the_study_source")


class ConflictBox:
    """The conflict question, answered instead of shown: QMessageBox.exec clicks the button named ``answer``."""

    def __init__(self) -> None:
        self.answer = "Keep theirs"
        self.texts: list[str] = []
        self.buttons: list[list[str]] = []

    def exec(self, box) -> int:
        self.texts.append(box.text())
        self.buttons.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == self.answer).click()
        return 0


@pytest.fixture
def conflict_box(monkeypatch):
    record = ConflictBox()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: record.exec(box))
    return record


@pytest.fixture
def colleague(store):
    with WorkspaceStore.open(store.path) as other:
        yield other


def _shown(tab, obs_id):
    model = tab.observations
    return model.index(model.row_of(obs_id), C_VALUE)


def _stale_edit(tab, store, colleague):
    """The tab shows a figure; the colleague changes it; then this user types 380.0 over what the tab shows."""
    obs = next(o for o in store.dataset().observations if o.indicator_id == "sichuan_trade_bri")
    index = _shown(tab, obs.id)
    assert tab.observations.observation_at(index.row()).version == obs.version
    colleague.update_observation(obs.id, "value", "378.9", expected_version=obs.version)
    tab.observations.setData(index, "380.0")
    return obs


def test_keep_theirs_writes_nothing_and_shows_their_value(qtbot, data_tab, store, colleague, conflict_box):
    undo_steps = data_tab._context.undo_stack.count()
    obs = _stale_edit(data_tab, store, colleague)
    [text] = conflict_box.texts
    newest = colleague.history.audit(limit=1)[0]
    assert f"{newest.user} changed the value to 378.9 billion yuan at " in text
    assert "yours was 380 billion yuan — nothing was written." in text
    assert sorted(conflict_box.buttons[0]) == ["Apply mine", "Keep theirs"]
    assert store.observation(obs.id).value == 378.9
    assert store.history.audit(limit=1)[0].batch_id == newest.batch_id          # nothing of ours was written
    assert data_tab._context.undo_stack.count() == undo_steps
    qtbot.waitUntil(lambda: _shown(data_tab, obs.id).data() == "378.9")


def test_apply_mine_is_a_new_audited_change_on_top_of_theirs(qtbot, data_tab, store, colleague, conflict_box):
    conflict_box.answer = "Apply mine"
    stack = data_tab._context.undo_stack
    undo_steps = stack.count()
    obs = _stale_edit(data_tab, store, colleague)
    assert len(conflict_box.texts) == 1
    assert store.observation(obs.id).value == 380.0
    value_rows = [r for r in store.history.audit(limit=5) if r.column_name == "value"]
    assert (value_rows[0].old, value_rows[0].new) == (378.9, 380.0)          # on top of theirs, not over it
    assert (value_rows[1].old, value_rows[1].new) == (obs.value, 378.9)      # theirs is in the history
    qtbot.waitUntil(lambda: _shown(data_tab, obs.id).data() == "380")
    assert stack.count() == undo_steps + 1
    stack.undo()
    assert store.observation(obs.id).value == 378.9                          # undo brings theirs back


def test_a_current_edit_asks_nothing(data_tab, store, conflict_box):
    obs = next(o for o in store.dataset().observations if o.indicator_id == "sichuan_trade_bri")
    assert data_tab.observations.setData(_shown(data_tab, obs.id), "381")
    assert conflict_box.texts == [] and store.observation(obs.id).value == 381.0


def test_a_paste_over_a_colleagues_change_pastes_nothing_and_says_why(data_tab, store, colleague, dialogs):
    rows = [o for o in store.dataset().observations if o.indicator_id == "chengdu_goods_exports"][:2]
    view, proxy = data_tab.observation_view, data_tab.observation_proxy
    cells = [proxy.mapFromSource(data_tab.observations.index(data_tab.observations.row_of(o.id), C_NOTE))
             for o in rows]
    selection = view.selectionModel()
    for index in cells:
        selection.select(index, selection.SelectionFlag.Select)
    selection.setCurrentIndex(cells[0], selection.SelectionFlag.NoUpdate)
    colleague.update_observation(rows[1].id, "note", "theirs")
    assert data_tab.paste(view, "mine\r\n") is False
    [text] = dialogs.texts("warning")
    assert text.startswith("Nothing was pasted: ") and "changed the note to theirs at " in text
    assert [store.observation(o.id).note for o in rows] == [rows[0].note, "theirs"]


@pytest.mark.parametrize("answer", ["Keep theirs", "Apply mine"])
def test_an_indicator_changed_by_a_colleague_is_kept_or_built_on_never_overwritten(qtbot, data_tab, store, colleague,
                                                                                  conflict_box, answer):
    conflict_box.answer = answer
    model = data_tab.indicators
    column = next(n for n, c in enumerate(model.COLUMNS) if c.key == "description")
    index = model.index(model.row_of("sichuan_trade_bri"), column)
    read = model.indicator_at(index.row())
    colleague.update_indicator(read.id, "description", "Customs, revised", expected_version=read.version)
    model.setData(index, "Mine")
    [text] = conflict_box.texts
    assert "changed the description to Customs, revised at " in text and "yours was Mine" in text
    kept = store.indicators()[read.id].description
    assert kept == ("Customs, revised" if answer == "Keep theirs" else "Mine")
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(read.id), column)) == kept)
