"""The key a chart's picture is kept under: everything the picture depends on, as one digest, computed
without importing matplotlib, so that a kept picture is found without loading it.

The key is made of the chart, a digest of the data it draws (``data_digest``), the style, the format and
resolution, and the environment the picture was drawn in (``charts.environment``: the drawing code, the
libraries, the fonts and settings). Pass the dataset the chart is drawn from, in the language it is drawn
in: the names and sources on the picture are those of that dataset.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ftz_desktop.charts.catalog import ChartSpec
from ftz_desktop.charts.environment import code_version, installed_setup
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.core.domain.model import Dataset

KEY_RECIPE = 1          # how the key is made: raise it when what goes into the key changes


def data_digest(spec: ChartSpec, dataset: Dataset) -> str:
    """A digest of the observations of the chart's indicators and of the names, units and sources drawn
    with them, and of every geography's name (a panel may name a place that has no data); any edit to
    one of them changes it."""
    wanted = set(spec.indicators)
    observations = sorted((o for o in dataset.observations if o.indicator_id in wanted), key=lambda o: o.key)
    source_ids = sorted({o.source_id for o in observations})
    parts = [
        [repr(dataset.indicators.get(i)) for i in spec.indicators],
        [(o.key, o.value, o.qualifier, o.status, o.source_id) for o in observations],
        [repr(dataset.sources.get(s)) for s in source_ids],
        sorted(dataset.geographies.items()),
    ]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PictureEnvironment:
    """Digests of the drawing code and of the fonts and settings installed (``charts.environment``)."""
    code: str
    setup: str

    @classmethod
    def current(cls) -> PictureEnvironment:
        return cls(code_version(), installed_setup())


def picture_key(spec: ChartSpec, dataset: Dataset, style: ChartStyle, fmt: str, dpi: int,
                environment: PictureEnvironment) -> str:
    """The digest a picture of ``spec`` drawn from ``dataset`` in ``style`` as ``fmt`` at ``dpi`` is kept under."""
    parts = (KEY_RECIPE, spec.id, data_digest(spec, dataset), repr(style), fmt, dpi, environment.code,
             environment.setup)
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()
