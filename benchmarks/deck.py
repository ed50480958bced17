"""The ``pptx`` row: the PowerPoint deck of the N-card map against python-pptx writing as many plain text boxes.

The baseline is python-pptx used plainly: a new presentation with as many blank slides as the deck
has, on each as many text boxes as that slide of the deck holds (a text box per text frame, the same
texts), saved to a file. The deck itself also draws every card, lane, curve and connector, writes
speaker notes, a chart and tables, and lays the stage slides out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def deck_texts(path: Path) -> list[list[str]]:
    """Per slide, the text of every text frame in the written deck (inside groups too)."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def walk(shapes: Any) -> Iterator[Any]:
        for shape in shapes:
            yield shape
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from walk(shape.shapes)

    return [[s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame and s.text_frame.text]
            for slide in Presentation(str(path)).slides]


def raw_deck(slides: list[list[str]], path: Path) -> Callable[[], None]:
    from pptx import Presentation
    from pptx.util import Pt

    def write() -> None:
        prs = Presentation()
        blank = prs.slide_layouts[6]
        for texts in slides:
            slide = prs.slides.add_slide(blank)
            for n, text in enumerate(texts):
                box = slide.shapes.add_textbox(Pt(20 + (n % 4) * 160), Pt(20 + (n // 4) * 30 % 480), Pt(150), Pt(28))
                box.text_frame.text = text
        prs.save(str(path))

    return write


def measure(doc: Any, workdir: Path, repeats: int, interleaved: Callable[..., tuple[list[float], ...]]
            ) -> tuple[list[float], list[float], int]:
    """(deck times, baseline times, text boxes) for ``doc``, the layout given as the editor gives it."""
    from journeymapper.export.deck import export_deck
    from journeymapper.layout.compute import compute_layout
    from journeymapper.layout.fonts import default_measurer

    layout = compute_layout(doc, default_measurer())
    out, raw_out = workdir / "deck.pptx", workdir / "raw.pptx"
    export_deck(doc, out, layout=layout)
    slides = deck_texts(out)
    vals, bases = interleaved(repeats, lambda: export_deck(doc, out, layout=layout), raw_deck(slides, raw_out))
    return vals, bases, sum(len(texts) for texts in slides)
