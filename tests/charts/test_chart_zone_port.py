"""Luzhou port, the zone's share of foreign investment and its weight in the province, drawn from the data."""
from __future__ import annotations

from helpers.charts import draw, footer, patches, texts, with_observation, without

LUZHOU = "luzhou_port"
FDI_SHARE = "ftz_fdi_share"
WEIGHT = "ftz_weight_in_province"


# --- Luzhou port ----------------------------------------------------------------------------------

def test_luzhou_two_panels_with_values_growth_and_units(dataset):
    fig = draw(LUZHOU, dataset)
    port_ax, zone_ax = fig.axes
    assert [p.get_height() for p in patches(fig, "port")] == [
        dataset.value("luzhou_port_container_throughput", "LZ-PORT", p) for p in ("2022", "2023-Q1")]
    assert [p.get_height() for p in patches(fig, "zone")] == [
        dataset.value(i, "LZ-CBZ", "2022") for i in ("luzhou_cbz_exports", "luzhou_cbz_imports",
                                                     "luzhou_cbz_trade_total")]
    labels = texts(fig)
    assert "190,300\n+10.55%" in labels and "51,700\n+6.74%" in labels
    assert "5.36\n+771.6%" in labels and "5.15\n+63.6%" in labels and "10.51\n+162.5%" in labels
    assert port_ax.get_ylabel() == "TEU" and zone_ax.get_ylabel() == "billion yuan"
    assert [t.get_text() for t in port_ax.get_xticklabels()] == ["2022", "Q1 2023"]
    assert "Luzhou port area" in port_ax.get_title("left") and "2022" in zone_ax.get_title("left")
    assert footer(fig) == ("Below each value: its growth on the same period a year earlier. Source: "
                           + dataset.sources["study-2.1"].title)


def test_luzhou_edited_growth_and_missing_values(dataset):
    edited = with_observation(dataset, "luzhou_port_container_growth", "LZ-PORT", "2022", value=-3.5)
    edited = with_observation(edited, "luzhou_cbz_imports", "LZ-CBZ", "2022", value=None)
    fig = draw(LUZHOU, edited)
    assert "190,300\n-3.5%" in texts(fig)
    assert [p.get_height() for p in patches(fig, "zone")] == [5.36, 10.51]
    assert texts(fig, "no-data-marker") == ["no data"]


def test_luzhou_a_panel_without_data_says_so_and_the_other_still_draws(dataset):
    fig = draw(LUZHOU, without(dataset, "luzhou_port_container_throughput"))
    assert patches(fig, "port") == []
    [message] = texts(fig, "no-data")
    assert message == "No data for Container throughput of Luzhou port"
    assert len(patches(fig, "zone")) == 3


# --- The zone's share of the province's actual use of foreign investment --------------------------

def test_fdi_share_from_the_opening_to_now(dataset):
    fig = draw(FDI_SHARE, dataset)
    assert [p.get_height() for p in patches(fig, "share")] == [4.3, 31.2]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2017", "2023"]
    assert "4.3%" in texts(fig) and "31.2%" in texts(fig)
    assert texts(fig, "change-annotation") == ["+26.9 percentage points"]
    assert "%" in fig.axes[0].get_ylabel()
    assert fig.axes[0].yaxis.get_major_formatter()(30, 0) == "30%"


def test_fdi_share_follows_new_observations(dataset):
    from ftz_desktop.core.domain.model import Observation
    from helpers.charts import add_observation

    later = add_observation(dataset, Observation("ftz_share_province_actual_fdi", "SC-FTZ", "2024", 35.0,
                                                 source_id="study-2.1"))
    fig = draw(FDI_SHARE, later)
    assert [p.get_height() for p in patches(fig, "share")] == [4.3, 31.2, 35.0]
    assert texts(fig, "change-annotation") == ["+30.7 percentage points"]


def test_fdi_share_without_data(dataset):
    fig = draw(FDI_SHARE, without(dataset, "ftz_share_province_actual_fdi"))
    assert texts(fig, "no-data") == [
        "No data for Zone's share of the province's actual use of foreign investment"]


# --- The zone's weight in the province ------------------------------------------------------------

def test_weight_shares_with_their_qualifiers(dataset):
    fig = draw(WEIGHT, dataset)
    assert [p.get_width() for p in patches(fig, "weight")] == [0.025, 25.0, 10.0]
    assert texts(fig, "weight-label") == ["< 0.025%", "≈ 25%", "≈ 10%"]
    assert [p.get_width() for p in patches(fig, "province")] == [100, 100, 100]
    assert fig.axes[0].get_xlim() == (0, 100)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Area", "Foreign direct investment", "New enterprises"]


def test_weight_follows_edits_of_value_and_qualifier(dataset):
    edited = with_observation(dataset, "ftz_share_province_fdi", "SC-FTZ", "2023", value=27.5,
                              qualifier="more_than")
    fig = draw(WEIGHT, edited)
    assert [p.get_width() for p in patches(fig, "weight")] == [0.025, 27.5, 10.0]
    assert texts(fig, "weight-label")[1] == "> 27.5%"


def test_weight_with_one_share_missing(dataset):
    fig = draw(WEIGHT, without(dataset, "ftz_share_province_new_enterprises"))
    assert [p.get_width() for p in patches(fig, "weight")] == [0.025, 25.0]
    assert texts(fig, "no-data-marker") == ["no data"]
