"""One deck being made: the presentation, its slides' frame (title band), language and text tools."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Optional

from pptx import Presentation
from pptx.util import Emu

from journeymapper.export.deck import shapes
from journeymapper.export.deck.shapes import Ids, Run
from journeymapper.export.deck.text import Cleaner, Fitted, fit, one_line
from journeymapper.layout.fonts import FontMeasurer, default_measurer
from journeymapper.layout.geometry import Rect
from journeymapper.layout.style import LayoutStyle
from journeymapper.model import JourneyMap, Language

BLANK = 6  # python-pptx's default template: "Blank" (no placeholders to clone)
MARGIN = 28.0
TITLE_SIZE = 24.0
#: Below the title band (title and an accent rule) the slide's content starts here.
CONTENT_TOP = 74.0
BOTTOM = 18.0
TEXT = "#212121"
MUTED = "#616161"
RULE = "#CFD8DC"
LANG_TAGS = {Language.EN: "en-GB", Language.DA: "da-DK"}


@dataclass
class SlideWork:
    slide: Any
    ids: Ids
    fragments: list[str]

    def add(self, fragment: str) -> None:
        if fragment:
            self.fragments.append(fragment)

    def finish(self) -> None:
        shapes.append(self.slide, self.fragments)
        self.fragments = []


class Deck:
    """The presentation with the map's language, a text cleaner and the bundled font's measurer."""

    def __init__(self, doc: JourneyMap, size: tuple[float, float]) -> None:
        self.doc = doc
        self.lang = doc.language
        self.tag = LANG_TAGS[doc.language]
        self.width, self.height = size
        self.clean = Cleaner()
        self.measurer: FontMeasurer = default_measurer()
        self.style = LayoutStyle()
        self.prs = Presentation()
        self.prs.slide_width = Emu(shapes.emu(self.width))
        self.prs.slide_height = Emu(shapes.emu(self.height))
        _count_partnames(self.prs.part.package)
        #: Raises ExportCancelled when the user cancelled (the writer sets it); called between lanes too.
        self.check: Callable[[], None] = lambda: None

    # -- text ------------------------------------------------------------------------------------
    def fit(self, text: str, width: float, size: float, max_lines: int, bold: bool = False) -> Fitted:
        return fit(self.clean(text), width, size, self.measurer, max_lines, bold)

    def line(self, text: str, width: float, size: float, bold: bool = False) -> str:
        return one_line(self.clean(text), width, size, self.measurer, bold)

    def line_height(self, size: float) -> float:
        return self.measurer.line_height(size)

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        return self.measurer.width(text, size, bold)

    # -- slides ----------------------------------------------------------------------------------
    def slide(self, title: str, accent: Optional[str] = None, notes: str = "",
              title_box: Optional[tuple[Rect, float, int]] = None) -> SlideWork:
        """A new slide with ``title`` in a title placeholder (the outline and screen readers read it)
        and an accent rule under it. ``title_box`` (frame, size, lines) sets a title other than the
        one-line heading."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[BLANK])
        work = SlideWork(slide, Ids(), [])
        rect, size, lines = title_box or (Rect(MARGIN, 16, self.width - 2 * MARGIN, 44), TITLE_SIZE, 1)
        shown = self.fit(title, rect.w, size, lines, bold=True).shown
        work.add(shapes.title(work.ids, rect, Run(shown, size, TEXT, True), self.tag,
                              anchor="b" if title_box is None else "t"))
        if title_box is None:
            work.add(shapes.shape(work.ids, "Accent", Rect(MARGIN, 64, 72, 3.5), fill=accent or "#34495E"))
        if notes.strip():
            self.notes(slide, notes)
        return work

    def notes(self, slide: Any, text: str) -> None:
        slide.notes_slide.notes_text_frame.text = self.clean(text)


def style_run(run: Any, size: float, colour: str, bold: bool, tag: str) -> None:
    """A python-pptx run (titles, table cells) in the deck's font, size, colour and language."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.name = shapes.FONT
    font.color.rgb = RGBColor.from_string(colour[1:])
    run._r.get_or_add_rPr().set("lang", tag)


def _count_partnames(package: Any) -> None:
    """Give this deck's package a partname counter.

    python-pptx finds the next free name of a new slide or notes part by walking every part
    of the package, so a deck of a few hundred slides spends most of its time there; the parts
    of a deck being made are only ever added here, so counting them gives the same names.
    """
    from pptx.opc.packuri import PackURI

    taken: dict[str, int] = {}
    original = package.next_partname

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in taken:
            name = original(tmpl)
            taken[tmpl] = int(name[len(tmpl.split("%d")[0]):-len(tmpl.split("%d")[1]) or None])
            return name
        taken[tmpl] += 1
        return PackURI(tmpl % taken[tmpl])

    package.next_partname = next_partname

