"""Fixtures for the brief tests: a small study and dataset, a fake chart renderer, a full recipe."""
from __future__ import annotations

import pytest

from ftz_desktop.core.recipe import default_recipe
from helpers.brief import FakeCharts, small_content, small_dataset


@pytest.fixture
def dataset():
    return small_dataset()


@pytest.fixture
def content():
    return small_content()


@pytest.fixture
def charts():
    return FakeCharts()


@pytest.fixture
def recipe(content, dataset):
    """The whole small study with every figure that has data among its key figures."""
    recipe = default_recipe(content, dataset, list(FakeCharts.CHARTS))
    recipe.indicators = list(dict.fromkeys(o.indicator_id for o in dataset.observations if o.value is not None))
    return recipe
