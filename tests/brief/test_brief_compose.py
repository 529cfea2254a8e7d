"""compose: exactly what the recipe ticks, in its order, with every figure read from the data."""
from __future__ import annotations

import dataclasses

import pytest

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.model import Figure, Heading, Note, Paragraph, Table, TableOfContents
from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.recipe import RecipeError, SectionChoice
from helpers.brief import small_dataset


def texts(document) -> str:
    """Every word the document model would print, for absence checks."""
    parts = [document.title, document.subtitle]
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(block.display)
        elif isinstance(block, (Paragraph, Note)):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [block.caption, block.note, block.source] + block.columns + [c for r in block.rows for c in r]
        elif isinstance(block, Figure):
            parts += [block.caption, block.source_note]
        elif isinstance(block, TableOfContents):
            parts += [e.text for e in block.entries]
    return "\n".join(parts)


def headings(document) -> list[str]:
    return [b.display for b in document.blocks if isinstance(b, Heading)]


def test_everything_in_content_order_with_numbers(recipe, dataset, content, charts):
    document = compose(recipe, dataset, content, charts)
    assert headings(document) == [
        "1 Trade of the test zone", "1.1 Exports grew strongly", "1.2 Imports held steady",
        "2 Outlook 展望", "2.1 Talent is scarce", "2.2 Ports need work",
        "Annex: further charts", "Sources"]
    # A short brief goes straight from its title block into the text: no contents page.
    assert not document.front_page and not any(isinstance(b, TableOfContents) for b in document.blocks)
    assert [f.number for f in document.figures()] == [1, 2]
    assert charts.calls == ["exports_chart", "shares_chart"]


def test_contents_page_when_asked(recipe, dataset, content, charts):
    recipe.contents = "always"
    document = compose(recipe, dataset, content, charts)
    toc = document.blocks[0]
    assert document.front_page and isinstance(toc, TableOfContents)
    assert [e.text for e in toc.entries] == headings(document)


def test_a_long_brief_gets_its_contents_page_by_itself(recipe, dataset, content, charts):
    from ftz_desktop.brief.length import LONG_BRIEF_PAGES

    recipe.item_text = {"outlook-talent": "\n\n".join(["A long paragraph of the official's own. " * 30] * 20)}
    document = compose(recipe, dataset, content, charts)
    assert document.front_page and isinstance(document.blocks[0], TableOfContents)
    recipe.contents = "never"
    assert not compose(recipe, dataset, content, charts).front_page
    assert LONG_BRIEF_PAGES >= 4


def test_a_chart_sits_in_the_item_that_rests_on_it_after_the_paragraph_citing_it(recipe, dataset, content, charts):
    recipe.detail_overrides = {"trade-exports": "full"}
    blocks = compose(recipe, dataset, content, charts).blocks
    figure = next(b for b in blocks if isinstance(b, Figure) and b.chart_id == "exports_chart")
    before = blocks[blocks.index(figure) - 1]
    assert figure.item_id == "trade-exports"
    assert isinstance(before, Paragraph) and before.text.startswith("The exports full text opens")
    assert not any(isinstance(b, Heading) and b.text == "Charts" for b in blocks)
    # shares_chart rests on no chosen item: it goes to the annex, after every section.
    annex = next(b for b in blocks if isinstance(b, Heading) and b.text == "Annex: further charts")
    shares = next(b for b in blocks if isinstance(b, Figure) and b.chart_id == "shares_chart")
    assert blocks.index(shares) > blocks.index(annex) and shares.item_id == ""


def test_a_chart_follows_its_first_chosen_item_and_is_drawn_once(recipe, dataset, content, charts):
    recipe.sections[0].items = ["trade-imports"]          # the item exports_chart rests on is not chosen
    document = compose(recipe, dataset, content, charts)
    assert [(f.chart_id, f.item_id) for f in document.figures()] == [("exports_chart", ""), ("shares_chart", "")]
    assert charts.calls == ["exports_chart", "shares_chart"]


def test_per_brief_text_replaces_the_study_wording_in_this_brief_only(recipe, dataset, content, charts):
    before = content.item("trade-imports")
    recipe.item_text = {"trade-imports": "Our own words: imports were {{imports_share|TZ|2022}} of trade."}
    words = texts(compose(recipe, dataset, content, charts))
    assert "Our own words: imports were 25.5% of trade." in words and "The imports summary" not in words
    assert content.item("trade-imports") == before


def test_figures_carry_their_source_number_in_order_of_first_use(recipe, dataset, content, charts):
    document = compose(recipe, dataset, content, charts)
    paragraph = next(p for p in document.paragraphs() if p.text.startswith("Exports reached"))
    marks = [s.cite for s in paragraph.parts() if s.cite]
    sources = [b.text for b in document.paragraphs() if b.style == "small"]
    number = {text.split("] ")[1].split(".")[0]: text.split("]")[0].strip("[") for text in sources}
    # The exports figure comes from the yearbook; the item's closing mark names its section's source too.
    assert marks[0] == number["Test yearbook, trade chapter"]
    assert [int(t.split("]")[0].strip("[")) for t in sources] == list(range(1, len(sources) + 1))


def test_unticked_item_indicator_and_chart_appear_nowhere(recipe, dataset, content, charts):
    recipe.sections[0].items.remove("trade-imports")
    recipe.indicators.remove("spare")
    recipe.charts.remove("shares_chart")
    document = compose(recipe, dataset, content, charts)
    words = texts(document)
    assert "Imports held steady" not in words and "The imports summary" not in words
    assert "Spare indicator to untick" not in words
    assert "Import shares" not in words and "note for shares_chart" not in words
    assert charts.calls == ["exports_chart"]
    # The spare indicator's source is cited by nothing else, so it is not listed either.
    assert "Spare source" not in words
    assert "Exports grew strongly" in words


def test_recipe_order_is_the_brief_order(recipe, dataset, content, charts):
    recipe.sections = [SectionChoice("outlook", ["outlook-ports", "outlook-talent"]),
                       SectionChoice("trade", ["trade-imports"])]
    recipe.indicators = ["imports_share", "exports"]
    recipe.charts = ["shares_chart", "exports_chart"]
    document = compose(recipe, dataset, content, charts)
    assert headings(document)[:5] == ["1 Outlook 展望", "1.1 Ports need work", "1.2 Talent is scarce",
                                      "2 Trade of the test zone", "2.1 Imports held steady"]
    table = document.tables()[0]
    assert [r[0] for r in table.rows] == ["Share of imports in trade", "Exports of the test zone"]
    assert [f.caption for f in document.figures()] == ["Import shares 进口", "Exports by year"]


def test_summary_or_full_text_per_item(recipe, dataset, content, charts):
    recipe.detail_overrides = {"trade-exports": "full"}
    words = texts(compose(recipe, dataset, content, charts))
    assert "A second exports paragraph that only the full text carries." in words
    assert "the exports summary" not in words
    assert "The imports summary" in words and "The imports full text" not in words
    assert "introduction, which briefs leave out" not in words


def test_figures_in_text_follow_the_data(recipe, dataset, content, charts):
    words = texts(compose(recipe, dataset, content, charts))
    assert "Exports reached 150.5 billion yuan in 2022" in words
    edited = [dataclasses.replace(o, value=163.25) if o.key == ("exports", "TZ", "2022") else o
              for o in dataset.observations]
    changed = Dataset(dataset.indicators, edited, dataset.sources, dataset.geographies)
    words = texts(compose(recipe, changed, content, charts))
    assert "Exports reached 163.25 billion yuan in 2022" in words
    assert "150.5" not in words


def test_key_figures_value_period_change_and_source(recipe, dataset, content, charts):
    document = compose(recipe, dataset, content, charts)
    table = document.tables()[0]
    assert table.columns == ["Indicator", "Area", "Value", "Period", "Change", "Source"]
    rows = {(r[0], r[1]): r for r in table.rows}
    # (150.5 - 100) / 100 = +50.5 %; a share changes in percentage points: 25.5 - 20 = 5.5.
    assert rows[("Exports of the test zone", "Test zone")][2:] == ["150.5 billion yuan", "2022",
                                                                   "+50.5% since 2021", "[1]"]
    assert rows[("Share of imports in trade", "Test zone")][4] == "+5.5 points since 2021"
    # "more than 1,300" against 1,000 is no honest +30 %: no change, and a note says why.
    assert rows[("Foreign firms in the zone", "Test zone")][2:5] == ["more than 1,300", "2022", "—"]
    assert "stated approximately" in table.note
    # One row per area; the missing 2023 port value does not hide the 2022 one.
    assert rows[("Container throughput", "Test zone port area")][2:4] == ["300 TEU", "2022"]
    sources = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "small"]
    assert sources[0].startswith("[1] Test yearbook, trade chapter")
    assert sources[1].startswith("[2] Port authority bulletin")


def test_single_area_tables_drop_the_area_column(recipe, dataset, content, charts):
    recipe.indicators = ["exports", "firms"]
    table = compose(recipe, dataset, content, charts).tables()[0]
    assert table.columns == ["Indicator", "Value", "Period", "Change", "Source"]


def test_appendix_tables_only_when_asked(recipe, dataset, content, charts):
    assert len(compose(recipe, dataset, content, charts).tables()) == 1
    recipe.appendix_tables = True
    recipe.indicators = ["port_teu", "exports"]
    tables = compose(recipe, dataset, content, charts).tables()
    # The key figures first, then every other figure the chosen items cite (with data).
    cited = {i for item in content.all_items() for i in item.indicators
             if any(o.value is not None for o in dataset.series(i))} - {"port_teu", "exports"}
    assert [t.number for t in tables] == list(range(1, 4 + len(cited)))
    assert {t.caption.split(" (")[0] for t in tables[3:]} == {dataset.indicators[i].name for i in cited}
    assert tables[1].caption == "Container throughput (TEU)"
    # [1] is the port bulletin: the key-figures box comes first, and its first figure is the port's.
    assert ["Test zone port area", "2023", "—", "Missing", "", "[1]"] in tables[1].rows
    assert ["Test zone port area", "2022", "300 TEU", "Reported", "Port area only", "[1]"] in tables[1].rows
    assert tables[2].caption == "Exports of the test zone (billion yuan)"


def test_empty_choices_leave_parts_out(recipe, dataset, content, charts):
    recipe.indicators = []
    recipe.charts = []
    recipe.sections[1].items = []
    document = compose(recipe, dataset, content, charts)
    assert "Key figures" not in texts(document) and "Charts" not in headings(document)
    assert "Outlook" not in texts(document)
    assert any("outlook" in w for w in document.warnings)


def test_executive_summary_first(recipe, dataset, content, charts):
    recipe.executive_summary = "First point.\n\n第二点：中文。"
    document = compose(recipe, dataset, content, charts)
    assert headings(document)[0] == "Executive summary"
    leads = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "lead"]
    assert leads == ["First point.", "第二点：中文。"]


def test_unknown_ids_are_refused_not_dropped(recipe, dataset, content, charts):
    recipe.sections[0].items.append("trade-gone")
    with pytest.raises(RecipeError, match="trade-gone"):
        compose(recipe, dataset, content, charts)
    recipe.sections[0].items.remove("trade-gone")
    recipe.indicators.append("retired_indicator")
    with pytest.raises(RecipeError, match="retired_indicator"):
        compose(recipe, dataset, content, charts)
    recipe.indicators.remove("retired_indicator")
    recipe.charts.append("no_such_chart")
    with pytest.raises(RecipeError, match="no_such_chart") as error:
        compose(recipe, dataset, content, charts)
    assert error.value.field == "charts"


def test_control_characters_are_removed_and_reported(recipe, content, charts):
    dataset = small_dataset()
    dataset.indicators["exports"] = dataclasses.replace(dataset.indicators["exports"],
                                                        name="Exports\x0b of the\x00 test zone\ud800")
    recipe.title = "Brief\x0c title"
    document = compose(recipe, dataset, content, charts)
    assert document.title == "Brief title"
    assert document.tables()[0].rows[0][1 - 1] == "Exports of the test zone"
    assert any("indicator 'exports' name" in w and "3 control characters" in w for w in document.warnings)


def test_a_material_finding_is_a_footnote_at_its_figure_and_a_minor_one_is_not(recipe, dataset, content, charts):
    findings = [Finding("warning", "inconsistent", "checker words: tolerance ±0.05", indicator_id="exports",
                        key="exports|TZ|2022", stated=150.5, computed=140.0),
                Finding("warning", "inconsistent", "checker words", indicator_id="imports_share",
                        key="imports_share|TZ|2022", stated=25.5, computed=25.49),
                Finding("warning", "gap", "Exports have a gap", indicator_id="exports", key="exports|TZ|2020")]
    assert [f.materiality for f in findings] == ["material", "minor", "minor"]
    recipe.indicators = ["firms"]
    document = compose(recipe, dataset, content, charts, findings)
    assert not any(isinstance(b, Note) for b in document.blocks)
    assert document.footnotes() == ["The study gives 150.5 billion yuan; its other figures give 140 billion yuan."]
    paragraph = next(p for p in document.paragraphs() if p.footnotes())
    marked = next(s for s in paragraph.parts() if s.footnote)
    assert marked.text.endswith("Exports reached 150.5 billion yuan")
    assert "checker words" not in texts(document) and "tolerance" not in texts(document)


def test_a_footnote_goes_to_the_key_figures_box_when_the_text_does_not_print_the_figure(recipe, dataset, content,
                                                                                        charts):
    findings = [Finding("warning", "inconsistent", "m", indicator_id="port_teu", key="port_teu|TZ|2022",
                        stated=5000, computed=4000)]
    document = compose(recipe, dataset, content, charts, findings)
    box = document.tables()[0]
    assert box.box and list(box.cell_notes.values()) == document.footnotes()
    (row, column), = box.cell_notes
    assert box.rows[row][column] == "5,000 TEU"


def test_properties_carry_recipe_and_snapshot(recipe, dataset, content, charts):
    document = compose(recipe, dataset, content, charts)
    assert document.properties["recipe"] == recipe.to_json()
    edited = [dataclasses.replace(o, value=1.0) if o.key == ("spare", "TZ", "2022") else o
              for o in dataset.observations]
    other = compose(recipe, Dataset(dataset.indicators, edited, dataset.sources, dataset.geographies), content,
                    charts)
    assert len(document.properties["snapshot"]) == 16
    assert other.properties["snapshot"] != document.properties["snapshot"]


@pytest.mark.parametrize("typed, shown", [("2024-05-06", "6 May 2024"), ("May 2024", "May 2024"),
                                          ("2024年5月", "2024年5月"), ("2024-13-01", "2024-13-01")])
def test_dates_read_as_written(recipe, dataset, content, charts, typed, shown):
    recipe.date = typed
    assert compose(recipe, dataset, content, charts).date == shown


def test_appendix_says_once_where_sources_are(recipe, dataset, content, charts):
    recipe.appendix_tables = True
    document = compose(recipe, dataset, content, charts)
    appendix = document.tables()[1:]
    assert appendix and all(t.source == "" and t.columns[-1] == "Source" for t in appendix)
    assert sum("refer to the list of sources" in b.text for b in document.blocks if isinstance(b, Paragraph)) == 1


def test_key_figures_compare_only_like_periods():
    """A quarter is never compared with a year, nor an 'as of April' figure with a year's."""
    from ftz_desktop.brief.tables import SourceList, key_figure_rows
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    dataset = load_shipped_dataset()
    columns, rows, *_ = key_figure_rows(dataset, ["luzhou_port_container_throughput",
                                                  "ftz_new_enterprises_cumulative", "chengdu_goods_trade_total"],
                                        SourceList(dataset), lambda text, where: text)
    change = columns.index("Change")
    assert [row[change] for row in rows][:2] == ["—", "—"] and rows[2][change] != "—"
    # Without one honest comparison the column of dashes is left out.
    columns, rows, numeric, *_ = key_figure_rows(dataset, ["luzhou_port_container_throughput"],
                                                 SourceList(dataset), lambda text, where: text)
    assert "Change" not in columns and numeric == (1,) and len(rows[0]) == len(columns)


def test_the_sources_list_says_when_and_where_a_source_was_published(recipe, dataset, content, charts):
    import dataclasses

    from ftz_desktop.core.domain.model import Dataset

    dated = dataclasses.replace(dataset.sources["src-a"], published="2024-09", url="https://tjj.example.gov.cn/")
    dataset = Dataset(dataset.indicators, dataset.observations, {**dataset.sources, "src-a": dated},
                      dataset.geographies)
    document = compose(recipe, dataset, content, charts)
    sources = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "small"]
    assert sources[0].startswith("[1] Test yearbook, trade chapter. Statistics office, September 2024. "
                                 "https://tjj.example.gov.cn/.")
