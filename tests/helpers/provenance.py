"""Data whose figures cite staff's own source: for tests of parsing and planning, not of the provenance rule
(a changed figure may not cite the study), which has tests of its own."""
from __future__ import annotations

import dataclasses

from ftz_desktop.core.domain.model import Dataset, Source

STAFF_SOURCE = Source(id="staff-figures", title="Figures kept by the statistics staff", publisher="Statistics office")


def staff_sourced(dataset: Dataset) -> Dataset:
    """The same figures, each citing STAFF_SOURCE instead of the study."""
    return dataclasses.replace(
        dataset,
        observations=[dataclasses.replace(o, source_id=STAFF_SOURCE.id) for o in dataset.observations],
        sources={**dataset.sources, STAFF_SOURCE.id: STAFF_SOURCE})
