"""Helpers for the brief tests: a small dataset and study, a fake chart renderer, reading .docx parts."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from PIL import Image

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.study.content import load_content

FIXTURES = Path(__file__).resolve().parents[1] / "brief" / "fixtures"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def small_dataset() -> Dataset:
    indicators = {
        "exports": Indicator("exports", "Exports of the test zone", "billion yuan", 1e9, "CNY", 2),
        "imports_share": Indicator("imports_share", "Share of imports in trade", "%", decimals=1),
        "firms": Indicator("firms", "Foreign firms in the zone", "count"),
        "port_teu": Indicator("port_teu", "Container throughput", "TEU"),
        "spare": Indicator("spare", "Spare indicator to untick", "count"),
    }
    sources = {
        "src-a": Source("src-a", "Test yearbook, trade chapter", "Statistics office", "2.1", "[5]"),
        "src-b": Source("src-b", "Port authority bulletin", "Port authority", "3"),
        "src-c": Source("src-c", "Spare source", "Spare publisher"),
    }
    geographies = {"TZ": "Test zone", "TZ-PORT": "Test zone port area"}
    observations = [
        Observation("exports", "TZ", "2021", 100.0, source_id="src-a"),
        Observation("exports", "TZ", "2022", 150.5, source_id="src-a"),
        Observation("imports_share", "TZ", "2021", 20.0, source_id="src-b"),
        Observation("imports_share", "TZ", "2022", 25.5, source_id="src-b"),
        Observation("firms", "TZ", "2021", 1000, source_id="src-a"),
        Observation("firms", "TZ", "2022", 1300, qualifier="more_than", source_id="src-a"),
        Observation("port_teu", "TZ", "2022", 5000, source_id="src-b"),
        Observation("port_teu", "TZ-PORT", "2022", 300, source_id="src-b", note="Port area only"),
        Observation("port_teu", "TZ-PORT", "2023", None, status="M", source_id="src-b"),
        Observation("spare", "TZ", "2022", 7, source_id="src-c"),
    ]
    return Dataset(indicators, observations, sources, geographies)


def small_content():
    return load_content("en", root=FIXTURES / "content")


def png_bytes(seed: str, size=(60, 40)) -> bytes:
    """A real PNG whose colour depends on ``seed`` (so each chart's picture is distinguishable)."""
    colour = tuple(ord(c) * 7 % 256 for c in (seed * 3)[:3])
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG", dpi=(200, 200))
    return out.getvalue()


class FakeCharts:
    """render_chart for compose: records the ids asked for; raises KeyError for an unknown id."""

    CHARTS = {"exports_chart": ("Exports by year", ("exports",)),
              "shares_chart": ("Import shares 进口", ("imports_share",))}

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, chart_id: str):
        title, indicators = self.CHARTS[chart_id]
        self.calls.append(chart_id)
        return png_bytes(chart_id), title, f"Source: note for {chart_id}", indicators


def part(path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def document_xml(path) -> str:
    return part(path, "word/document.xml")


def visible_text(xml: str) -> str:
    """The text runs of a part joined (w:t contents), for order and absence checks."""
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
