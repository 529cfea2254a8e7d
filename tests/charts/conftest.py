"""Shared fixtures for the chart tests: the shipped study, a Chinese copy of it, figures."""
from __future__ import annotations

import dataclasses

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.shipped import load_shipped_dataset

ZH_GEOGRAPHIES = {
    "SC": "四川省", "SC-FTZ": "四川自贸试验区", "CD": "成都市", "LZ-PORT": "泸州港区",
    "LZ-CBZ": "泸州综合保税区",
}
ZH_UNITS = {"billion yuan": "十亿元", "TEU": "标准箱"}
ZH_SOURCE_TITLE = "中国（四川）自由贸易试验区政策研究，第{section}节"


@pytest.fixture(scope="session")
def _shipped() -> Dataset:
    return load_shipped_dataset()


@pytest.fixture
def dataset(_shipped) -> Dataset:
    # A fresh Dataset per test: Dataset is mutable and tests edit observations.
    return Dataset(dict(_shipped.indicators), list(_shipped.observations), dict(_shipped.sources),
                   dict(_shipped.geographies))


@pytest.fixture
def zh_dataset(_shipped) -> Dataset:
    """The shipped data with Chinese indicator names, units, geographies and source titles."""
    indicators = {key: dataclasses.replace(ind, name=f"指标：{ind.name[:12]}（中文）",
                                           unit=ZH_UNITS.get(ind.unit, ind.unit))
                  for key, ind in _shipped.indicators.items()}
    sources = {key: dataclasses.replace(src, title=ZH_SOURCE_TITLE.format(section=src.section))
               for key, src in _shipped.sources.items()}
    geographies = {**_shipped.geographies, **ZH_GEOGRAPHIES}
    return Dataset(indicators, list(_shipped.observations), sources, geographies)


@pytest.fixture
def figure() -> Figure:
    fig = Figure(figsize=(6.4, 4.0), dpi=100)
    FigureCanvasAgg(fig)
    return fig


@pytest.fixture
def style() -> ChartStyle:
    return ChartStyle()
