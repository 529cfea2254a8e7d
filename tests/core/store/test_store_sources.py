"""Staff add the sources of new figures: audited, validated, undoable, never removed while cited."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.store.workspace import UndoConflictError, WorkspaceStore

YEARBOOK = Source(id="sc-yearbook-2023", title="Sichuan Statistical Yearbook 2023",
                  publisher="Sichuan Bureau of Statistics", section="Table 11-3", note="统计年鉴\x0b")


def test_a_new_source_can_be_cited_and_is_audited(workspace_location):
    with WorkspaceStore.open(workspace_location) as store:
        batch = store.add_source(YEARBOOK)
        source = store.dataset().sources["sc-yearbook-2023"]
        assert source.title == "Sichuan Statistical Yearbook 2023"
        assert source.note == "统计年鉴"            # the control character is cleaned away
        rows = store.history.audit(batch_id=batch)
        assert [(r.action, r.table_name, r.row_key) for r in rows] == [("add", "sources", "sc-yearbook-2023")]
        added = store.add_observation("chengdu_goods_trade_total", "CD", "2023", "819.19",
                                      source_id="sc-yearbook-2023", status="P")
        assert store.observation(added.id).source_id == "sc-yearbook-2023"


@pytest.mark.parametrize("source, field", [
    (Source(id="", title="T"), "id"),
    (Source(id="has space", title="T"), "id"),
    (Source(id="ok-id", title="   "), "title"),
    (Source(id="study-2.1", title="Duplicate"), "id"),
])
def test_bad_sources_are_refused_naming_the_field(workspace_location, source, field):
    with WorkspaceStore.open(workspace_location) as store:
        before = store.dataset().sources
        with pytest.raises(ParseError) as caught:
            store.add_source(source)
        assert caught.value.field == field
        assert store.dataset().sources == before


def test_a_cited_source_cannot_be_removed_and_undo_respects_citations(workspace_location):
    with WorkspaceStore.open(workspace_location) as store:
        with pytest.raises(ParseError, match="cited by"):
            store.delete_source("study-2.1")
        batch = store.add_source(YEARBOOK)
        added = store.add_observation("fortune500_in_ftz", "SC-FTZ", "2024", "110", source_id=YEARBOOK.id)
        with pytest.raises(UndoConflictError):
            store.history.revert(batch)             # still cited: nothing undone
        assert YEARBOOK.id in store.dataset().sources
        store.delete_observation(added.id)
        undo = store.history.revert(batch)
        assert YEARBOOK.id not in store.dataset().sources
        store.history.revert(undo)                  # redo
        assert store.dataset().sources[YEARBOOK.id].publisher == "Sichuan Bureau of Statistics"


@pytest.mark.parametrize("published, url", [("2024", ""), ("2024-06", "https://tjj.sc.gov.cn/"),
                                            ("2024-06-30", "http://www.stats.gov.cn/sj/")])
def test_a_source_keeps_when_and_where_it_was_published(store, published, url):
    store.add_source(Source(id="yb", title="Sichuan Statistical Yearbook 2024", published=published, url=url))
    assert (store.sources()["yb"].published, store.sources()["yb"].url) == (published, url)


@pytest.mark.parametrize("published, url, field", [("2024-02-30", "", "published"), ("2024-Q1", "", "published"),
                                                   ("2013/2022", "", "published"), ("soon", "", "published"),
                                                   ("", "ftp://x.org", "url"), ("", "tjj.sc.gov.cn", "url"),
                                                   ("", "https://", "url")])
def test_a_bad_date_or_link_is_refused_naming_the_field(store, published, url, field):
    with pytest.raises(ParseError) as refused:
        store.add_source(Source(id="yb", title="Yearbook", published=published, url=url))
    assert refused.value.field == field and "yb" not in store.sources()
