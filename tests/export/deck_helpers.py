"""Reading a deck back with python-pptx: slides' titles, every text frame, runs, shapes in groups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from journeymapper.export.deck import DeckOptions, export_deck
from journeymapper.model import JourneyMap, Metric


def make_deck(tmp_path: Path, doc: JourneyMap, name: str = "deck.pptx", **options: Any) -> tuple[Any, Any]:
    path = tmp_path / name
    result = export_deck(doc, path, DeckOptions(**options))
    return Presentation(str(path)), result


def walk(shapes: Any) -> Iterator[Any]:
    """Every shape, inside groups too."""
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(shape.shapes)


def titles(prs: Any) -> list[str]:
    return [slide.shapes.title.text_frame.text if slide.shapes.title is not None else "" for slide in prs.slides]


def frame_texts(slide: Any) -> list[str]:
    return [s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame]


def table_texts(slide: Any) -> list[str]:
    out = []
    for shape in slide.shapes:
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return out


def all_runs(slide: Any) -> Iterator[Any]:
    for shape in walk(slide.shapes):
        if shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                yield from paragraph.runs


def notes(slide: Any) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def with_visitors(doc: JourneyMap, counts: list[float]) -> JourneyMap:
    """``doc`` with a "Visitors" count metric in its KPI lane, one count per stage from the first."""
    lane = next(lane for lane in doc.lanes if lane.kind.value == "kpis")
    doc.metrics.append(Metric(id="visitors", lane_id=lane.id, name="Visitors", unit="",
                              values={s.id: v for s, v in zip(doc.stages, counts, strict=False)}))
    return doc
