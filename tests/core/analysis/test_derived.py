"""Derived figures: each formula against hand-worked values, the shipped definitions, and strict loading."""
from __future__ import annotations

import dataclasses

import pytest

from ftz_desktop.core.analysis.derived import (
    DerivedDefinition,
    compute_derived,
    default_tolerance,
    dependents_of,
    derived_definitions,
    load_derived_definitions,
    stated_decimals,
)
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.study.shipped import DataFileError, load_shipped_dataset


def make_dataset(rows: list[tuple[str, str, str, float | None]]) -> Dataset:
    """A small dataset: one indicator per id used, all from one source."""
    indicators = {iid: Indicator(id=iid, name=iid.replace("_", " "), unit="billion yuan", decimals=2)
                  for iid, _, _, _ in rows}
    observations = [Observation(iid, geo, period, value, status="A" if value is not None else "M", source_id="s")
                    for iid, geo, period, value in rows]
    return Dataset(indicators=indicators, observations=observations, sources={"s": Source("s", "Test source")},
                   geographies={"X": "Place X"})


def define(id: str, formula: str, *inputs: str, period: str = "2022", **extra) -> DerivedDefinition:
    return DerivedDefinition(id=id, name=id, unit="billion yuan", decimals=2, formula=formula, inputs=inputs,
                             geography="X", period=period, **extra)


def only(dataset: Dataset, definition: DerivedDefinition):
    return compute_derived(dataset, [definition])[0]


# ---- each formula, by hand ----------------------------------------------------------------------

@pytest.mark.parametrize("formula, rows, expected", [
    ("sum", [("a", 1.5), ("b", 2.25)], 3.75),
    ("difference", [("a", 10.0), ("b", 2.5), ("c", 3.0)], 4.5),
    ("share_pct", [("a", 25.0), ("b", 200.0)], 12.5),
    ("growth_pct", [("a", 150.0), ("b", 120.0)], 25.0),
    ("prior_from_growth", [("a", 150.0), ("b", 50.0)], 100.0),
    ("prior_from_growth", [("a", 80.0), ("b", -20.0)], 100.0),
    ("implied_total", [("a", 30.0), ("b", 20.0)], 150.0),
])
def test_each_formula_matches_the_hand_worked_value(formula, rows, expected):
    dataset = make_dataset([(iid, "X", "2022", value) for iid, value in rows])
    result = only(dataset, define("d", formula, *(f"{iid}|X|2022" for iid, _ in rows)))
    assert result.value == pytest.approx(expected)
    assert result.missing_inputs == [] and result.reason == ""
    assert result.inputs == [(f"{iid}|X|2022", value) for iid, value in rows]


def test_cagr_counts_the_years_from_the_periods():
    # 100 -> 121 over two years is 10% a year; over four years it would be about 4.88%.
    dataset = make_dataset([("t", "X", "2020", 100.0), ("t", "X", "2022", 121.0), ("t", "X", "2024", 121.0 * 1.21)])
    two = only(dataset, define("d", "cagr_pct", "t|X|2022", "t|X|2020", period="2020/2022"))
    four = only(dataset, define("d", "cagr_pct", "t|X|2024", "t|X|2020", period="2020/2024"))
    assert two.value == pytest.approx(10.0)
    assert four.value == pytest.approx(10.0)
    assert "^(1/2)" in two.formula_text and "^(1/4)" in four.formula_text


def test_formula_text_names_inputs_and_numbers():
    dataset = make_dataset([("exports", "X", "2022", 500.51), ("imports", "X", "2022", 334.13)])
    result = only(dataset, define("total", "sum", "exports|X|2022", "imports|X|2022"))
    assert result.formula_text == "exports 2022 + imports 2022 = 500.51 + 334.13 = 834.64"


def test_a_derived_figure_can_feed_another():
    # exports 2021 = 20 / 2 = 10; imports 2021 = 30 / 1.5 = 20; total 2022 = 50 -> growth 50 / 30 - 1.
    dataset = make_dataset([("ex", "X", "2022", 20.0), ("ex_g", "X", "2022", 100.0),
                            ("im", "X", "2022", 30.0), ("im_g", "X", "2022", 50.0), ("tot", "X", "2022", 50.0)])
    chain = [define("growth", "growth_pct", "tot|X|2022", "prior"),
             define("prior", "sum", "ex_prior", "im_prior", period="2021"),
             define("ex_prior", "prior_from_growth", "ex|X|2022", "ex_g|X|2022", period="2021"),
             define("im_prior", "prior_from_growth", "im|X|2022", "im_g|X|2022", period="2021")]
    values = {v.definition.id: v.value for v in compute_derived(dataset, chain)}
    assert values == pytest.approx({"ex_prior": 10.0, "im_prior": 20.0, "prior": 30.0, "growth": 200 / 3})


def test_a_missing_input_gives_no_value_and_is_named():
    dataset = make_dataset([("a", "X", "2022", 5.0), ("b", "X", "2021", None)])
    result = only(dataset, define("d", "sum", "a|X|2022", "b|X|2021", "c|X|2022"))
    assert result.value is None
    assert result.missing_inputs == ["b|X|2021", "c|X|2022"]
    assert "b|X|2021" in result.reason and "c|X|2022" in result.reason
    assert "5 + ? + ?" in result.formula_text


def test_a_missing_input_propagates_through_a_chain():
    dataset = make_dataset([("a", "X", "2022", 5.0)])
    chain = [define("first", "sum", "a|X|2022", "b|X|2022"), define("second", "share_pct", "a|X|2022", "first")]
    first, second = compute_derived(dataset, chain)
    assert first.missing_inputs == ["b|X|2022"] and second.missing_inputs == ["first"]
    assert second.value is None


@pytest.mark.parametrize("formula, inputs", [
    ("share_pct", (5.0, 0.0)), ("implied_total", (5.0, 0.0)), ("growth_pct", (5.0, 0.0)),
    ("prior_from_growth", (5.0, -100.0)), ("cagr_pct", (5.0, 0.0)),
])
def test_division_by_zero_gives_no_value_with_a_reason(formula, inputs):
    dataset = make_dataset([("a", "X", "2022", inputs[0]), ("b", "X", "2020", inputs[1])])
    result = only(dataset, define("d", formula, "a|X|2022", "b|X|2020"))
    assert result.value is None and result.missing_inputs == []
    assert "division by zero" in result.reason


def test_cagr_of_values_with_opposite_signs_has_no_value():
    dataset = make_dataset([("a", "X", "2022", 5.0), ("a", "X", "2020", -5.0)])
    result = only(dataset, define("d", "cagr_pct", "a|X|2022", "a|X|2020"))
    assert result.value is None and "opposite signs" in result.reason


def test_stated_decimals_and_default_tolerance():
    assert [stated_decimals(v) for v in (460.588, 10.51, 21.9, 190300.0, 0.025)] == [3, 2, 1, 0, 3]
    assert default_tolerance(10.51) == pytest.approx(0.005)
    assert default_tolerance(190300.0) == pytest.approx(0.5)


# ---- the shipped definitions ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load_shipped_dataset()


@pytest.fixture(scope="module")
def shipped_values(shipped):
    return {v.definition.id: v for v in compute_derived(shipped)}


def test_every_shipped_input_and_comparison_exists_in_the_shipped_data(shipped):
    ids = {d.id for d in derived_definitions()}
    for definition in derived_definitions():
        for token in definition.inputs + ((definition.compares_with,) if definition.compares_with else ()):
            if "|" in token:
                assert shipped.value(*token.split("|")) is not None, (definition.id, token)
            else:
                assert token in ids, (definition.id, token)
        assert definition.geography in shipped.geographies, definition.id


@pytest.mark.parametrize("derived_id, expected", [
    ("chengdu_trade_total_2017_computed", 253.849 + 206.737),           # 460.586
    ("chengdu_trade_total_2022_computed", 500.51 + 334.13),             # 834.64
    ("chengdu_general_trade_share_2022_computed", 182.25 / 834.64 * 100),
    ("chengdu_processing_trade_share_2022_computed", 478.98 / 834.64 * 100),
    ("chengdu_exports_share_2022", 500.51 / 834.64 * 100),
    ("chengdu_other_trade_2022", 834.64 - 182.25 - 478.98 - 26.49),
    ("chengdu_trade_growth_2017_2022", (834.64 / 460.588 - 1) * 100),
    ("chengdu_trade_cagr_2017_2022", ((834.64 / 460.588) ** (1 / 5) - 1) * 100),
    ("sichuan_trade_bri_cagr_2013_2022", ((378.87 / 153.53) ** (1 / 9) - 1) * 100),
    ("sichuan_goods_trade_total_2022_implied", 834.64 / 82.8 * 100),
    ("ftz_share_province_actual_fdi_change", 31.2 - 4.3),
    ("chengdu_foreign_funded_enterprises_2022_implied", 1685 / 24.4 * 100),
    ("chengdu_foreign_funded_registered_capital_2022_implied", 178.729 / 43.8 * 100),
    ("luzhou_port_container_throughput_2021_implied", 190300 / 1.1055),
    ("luzhou_port_container_throughput_2022q1_implied", 51700 / 1.0674),
    ("luzhou_cbz_trade_total_2022_computed", 5.36 + 5.15),
    ("luzhou_cbz_exports_2021_implied", 5.36 / 8.716),
    ("luzhou_cbz_imports_2021_implied", 5.15 / 1.636),
    ("luzhou_cbz_trade_total_2021_implied", 10.51 / 2.625),
    ("luzhou_cbz_trade_total_2021_from_parts", 5.36 / 8.716 + 5.15 / 1.636),
    ("luzhou_cbz_trade_growth_from_parts", (10.51 / (5.36 / 8.716 + 5.15 / 1.636) - 1) * 100),
])
def test_shipped_figures_match_the_study_worked_by_hand(shipped_values, derived_id, expected):
    assert shipped_values[derived_id].value == pytest.approx(expected, rel=1e-12)


def test_shipped_figures_in_round_numbers(shipped_values):
    # The disagreements the checks report, as a reader would round them.
    rounded = {k: round(shipped_values[k].value, n) for k, n in [
        ("chengdu_trade_total_2017_computed", 3), ("sichuan_trade_bri_cagr_2013_2022", 1),
        ("chengdu_general_trade_share_2022_computed", 1), ("luzhou_cbz_trade_growth_from_parts", 1),
        ("luzhou_port_container_throughput_2021_implied", 0)]}
    assert rounded == {"chengdu_trade_total_2017_computed": 460.586, "sichuan_trade_bri_cagr_2013_2022": 10.6,
                       "chengdu_general_trade_share_2022_computed": 21.8, "luzhou_cbz_trade_growth_from_parts": 179.3,
                       "luzhou_port_container_throughput_2021_implied": 172139.0}


def test_a_changed_input_changes_the_derived_values(shipped, shipped_values):
    changed = [dataclasses.replace(o, value=600.51) if o.key == ("chengdu_goods_exports", "CD", "2022") else o
               for o in shipped.observations]
    dataset = Dataset(shipped.indicators, changed, shipped.sources, shipped.geographies)
    values = {v.definition.id: v.value for v in compute_derived(dataset)}
    assert values["chengdu_trade_total_2022_computed"] == pytest.approx(934.64)
    assert values["chengdu_exports_share_2022"] == pytest.approx(600.51 / 834.64 * 100)
    assert values["chengdu_trade_total_2017_computed"] == shipped_values["chengdu_trade_total_2017_computed"].value


def test_dependents_of_follows_chains_and_optionally_comparisons():
    ids = [d.id for d in dependents_of("luzhou_cbz_exports_growth")]
    assert ids == ["luzhou_cbz_exports_2021_implied", "luzhou_cbz_trade_total_2021_from_parts",
                   "luzhou_cbz_trade_growth_from_parts"]
    assert dependents_of("chengdu_general_trade_share") == []
    assert [d.id for d in dependents_of("chengdu_general_trade_share", include_comparisons=True)] == [
        "chengdu_general_trade_share_2022_computed"]
    assert dependents_of("no_such_indicator") == []


def test_the_cached_loader_reads_the_shipped_file_once():
    assert derived_definitions() == load_derived_definitions()
    assert derived_definitions()[0] is derived_definitions()[0]


# ---- strict loading ------------------------------------------------------------------------------

HEADER = "id,name,unit,decimals,formula,inputs,geography,period,compares_with,tolerance,note\n"
GOOD = "ok,Fine,%,1,share_pct,a|X|2022 b|X|2022,X,2022,c|X|2022,,\n"


def write(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "derived.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_a_well_formed_file_loads(tmp_path):
    [definition] = load_derived_definitions(write(tmp_path, GOOD))
    assert definition.inputs == ("a|X|2022", "b|X|2022") and definition.compares_with_key == ("c", "X", "2022")
    assert definition.tolerance is None


@pytest.mark.parametrize("row, column, words", [
    ("bad,Bad,%,1,ratio,a|X|2022 b|X|2022,X,2022,,,", "formula", "unknown formula 'ratio'"),
    ("bad,Bad,%,1,share_pct,a|X|2022,X,2022,,,", "inputs", "share_pct takes 2 inputs"),
    ("bad,Bad,%,1,share_pct,a|X|2022 b|X|2022 c|X|2022,X,2022,,,", "inputs", "got 3"),
    ("bad,Bad,%,1,sum,a|X|2022,X,2022,,,", "inputs", "at least 2"),
    ("bad,Bad,%,1,sum,a|X b|X|2022,X,2022,,,", "inputs", "'a|X'"),
    ("bad,Bad,%,1,sum,a|X|2022 nothing_here,X,2022,,,", "inputs", "'nothing_here'"),
    ("bad,Bad,%,one,sum,a|X|2022 b|X|2022,X,2022,,,", "decimals", "'one'"),
    ("bad,Bad,%,-1,sum,a|X|2022 b|X|2022,X,2022,,,", "decimals", "'-1'"),
    ("bad,Bad,%,1,sum,a|X|2022 b|X|2022,X,twenty,,,", "period", "'twenty'"),
    ("bad,Bad,%,1,sum,a|X|2022 b|X|2022,X,2022,c|X,,", "compares_with", "'c|X'"),
    ("bad,Bad,%,1,sum,a|X|2022 b|X|2022,X,2022,,-0.1,", "tolerance", "'-0.1'"),
    ("bad,Bad,%,1,sum,a|X|2022 b|X|2022,X,2022,,wide,", "tolerance", "'wide'"),
    ("bad,,%,1,sum,a|X|2022 b|X|2022,X,2022,,,", "name", "must not be empty"),
    ("Bad Id,Bad,%,1,sum,a|X|2022 b|X|2022,X,2022,,,", "id", "'Bad Id'"),
    ("bad,Bad,%,1,cagr_pct,a|X|2013 a|X|2022,X,2013/2022,,,", "inputs", "newer value first"),
    ("ok,Again,%,1,sum,a|X|2022 b|X|2022,X,2022,,,", "id", "duplicate id 'ok'"),
])
def test_a_bad_row_is_refused_naming_file_row_and_column(tmp_path, row, column, words):
    with pytest.raises(DataFileError) as caught:
        load_derived_definitions(write(tmp_path, GOOD + row + "\n"))
    message = str(caught.value)
    assert message.startswith(f"derived.csv row 3, column {column}:"), message
    assert words in message


def test_a_cycle_is_refused(tmp_path):
    body = "p,P,%,1,sum,q a|X|2022,X,2022,,,\nq,Q,%,1,sum,p a|X|2022,X,2022,,,\n"
    cycle = r"derived.csv row 2, column inputs: 'p' depends on itself \(p → q → p\)"
    with pytest.raises(DataFileError, match=cycle):
        load_derived_definitions(write(tmp_path, body))


def test_a_missing_column_is_refused(tmp_path):
    with pytest.raises(DataFileError, match="derived.csv: missing column.*formula"):
        load_derived_definitions(write(tmp_path, "x,X,%,1,a|X|2022,X,2022\n",
                                       header="id,name,unit,decimals,inputs,geography,period\n"))


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "derived.csv"
    path.write_bytes(HEADER.encode() + "ok,Fin\xe9,%,1,sum,a|X|2022 b|X|2022,X,2022,,,\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="derived.csv: not UTF-8"):
        load_derived_definitions(path)
