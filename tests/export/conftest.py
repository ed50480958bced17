"""Helpers for the PDF export tests: documents, exporting to a temporary file, reading PDFs back."""

from __future__ import annotations

import base64
import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from journeymapper.export.pdf import PdfOptions, export
from journeymapper.io.templates import load_template
from journeymapper.model import Asset, Card, Channel, Evidence, JourneyMap, Lane, LaneKind, Stage

MM = 72 / 25.4


def template(template_id: str = "ecommerce", language: str = "en") -> JourneyMap:
    """A private copy of a built-in template (the loader's copy must not be changed)."""
    return load_template(template_id, language).model_copy(deep=True)


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines and extraction spacing no longer matter."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def do_export(tmp_path: Path, doc: JourneyMap, name: str = "out.pdf", **options: Any):
    path = tmp_path / name
    result = export(doc, path, PdfOptions(**options))
    return path, result


def png_asset(asset_id: str, width: int = 60, height: int = 40, colour: str = "#2E86C1") -> Asset:
    image = Image.new("RGB", (width, height), colour)
    out = BytesIO()
    image.save(out, "PNG")
    return Asset(id=asset_id, mime="image/png", width=width, height=height,
                 data=base64.b64encode(out.getvalue()).decode("ascii"))


def big_map(n_cards: int = 500, n_stages: int = 10) -> JourneyMap:
    """``n_cards`` cards spread over ``n_stages`` stages and five card lanes."""
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
             LaneKind.OPPORTUNITIES)
    doc = JourneyMap(
        title="Five hundred cards",
        stages=[Stage(id=f"s{i}", name=f"Stage {i + 1}") for i in range(n_stages)],
        lanes=[Lane(id=f"l{i}", kind=k, title=k.value.replace("_", " ").title())
               for i, k in enumerate(kinds)],
    )
    channels = list(Channel)
    evidence = list(Evidence)
    for n in range(n_cards):
        lane, stage = n % len(kinds), (n // len(kinds)) % n_stages
        doc.cards.append(Card(
            id=f"c{n}", lane_id=f"l{lane}", stage_id=f"s{stage}", order=n,
            text=f"Card number {n}: the customer does something worth noting at this point",
            channel=channels[n % len(channels)] if lane == 0 else None, evidence=evidence[n % 3],
            source=f"Interview {n % 17}"))
    return doc


@pytest.fixture
def ecommerce() -> JourneyMap:
    return template("ecommerce")
