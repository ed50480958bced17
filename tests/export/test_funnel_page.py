"""The appendix carries the conversion funnel of every head-count KPI."""

from pypdf import PdfReader

from journeymapper.export.options import PdfOptions
from journeymapper.export.pdf import export
from journeymapper.io import templates
from journeymapper.model import LaneKind, Metric


def _with_visitors(language="en"):
    doc = templates.load_template("ecommerce", language)
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.KPIS)
    counts = [12000, 4800, 960, 700, 210]
    doc.metrics.append(Metric(id="m-visitors", lane_id=lane.id, name="Visitors", unit="visitors",
                              values={s.id: float(c) for s, c in zip(doc.stages, counts, strict=True)}))
    return doc


def _text(path):
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_appendix_shows_the_funnel_with_conversion_and_drop_off(tmp_path):
    path = tmp_path / "funnel.pdf"
    export(_with_visitors(), path, PdfOptions(appendix=True))
    text = _text(path)
    assert "Funnel: Visitors" in text
    assert "12,000" in text and "960" in text
    assert "40% of the previous stage" in text and "60% lost" in text  # 4,800 of 12,000


def test_funnel_speaks_danish_on_a_danish_map(tmp_path):
    path = tmp_path / "tragt.pdf"
    export(_with_visitors("da"), path, PdfOptions(appendix=True))
    text = _text(path)
    assert "Tragt: Visitors" in text and "af forrige fase" in text and "12.000" in text


def test_no_funnel_without_a_count_metric(tmp_path):
    path = tmp_path / "plain.pdf"
    export(templates.load_template("ecommerce", "en"), path, PdfOptions(appendix=True))
    assert "Funnel:" not in _text(path)
