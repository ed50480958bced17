"""``export_deck(doc, path, options)``: the map as a PowerPoint deck of native, editable slides.

Slides in order: title; overview (the whole map from the layout geometry, grouped per lane);
the stage slides; the most-voted cards when a workshop voted; a slide per persona with content;
a chart slide per count metric's funnel and the other KPIs as tables; the journey check's findings.
The deck is built in memory and written atomically; a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Optional, Union

from journeymapper import __version__
from journeymapper.analysis.check import check
from journeymapper.export.changes import add_changes_slides
from journeymapper.export.deck.base import Deck
from journeymapper.export.deck.options import DeckOptions, DeckResult
from journeymapper.export.deck.overview import overview_slide
from journeymapper.export.deck.sections import has_content, persona_slide, title_slide
from journeymapper.export.deck.stages import StagePlanner
from journeymapper.export.deck.tables import (
    chart_slide,
    finding_rows,
    funnel_metrics,
    kpi_rows,
    table_slides,
    vote_rows,
)
from journeymapper.export.labels import word
from journeymapper.export.options import ExportCancelled, ExportError
from journeymapper.io import DocumentError, write_atomic
from journeymapper.layout.compute import compute_layout
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.labels import printed_author
from journeymapper.layout.map_layout import MapLayout
from journeymapper.model import JourneyMap
from journeymapper.text import problem

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_MAX_KEYWORDS = 255  # PowerPoint's own limit for the keywords property


def export_deck(doc: JourneyMap, path: Union[str, Path], options: Optional[DeckOptions] = None, *,
                progress: Optional[Progress] = None, cancelled: Optional[Cancelled] = None,
                layout: Optional[MapLayout] = None) -> DeckResult:
    """Write ``doc`` as a .pptx deck to ``path``.

    ``progress(done, total)`` is called as slides are made; when ``cancelled()`` turns true,
    :class:`ExportCancelled` is raised and nothing is written. Bad options raise
    :class:`ExportError`; an unwritable path raises ``SaveError`` (both one-line messages).
    """
    path = Path(path)
    if path.suffix.lower() == ".jmap":
        raise ExportError(str(path), problem("a deck cannot be written over a .jmap map file"))
    options = (options or DeckOptions()).checked(str(path))

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    check_cancel()
    try:
        data, count, warnings = _render(doc, options, layout, check_cancel, progress)
    except (ExportCancelled, DocumentError):
        raise
    except Exception as exc:  # python-pptx or lxml failing on odd input: one line, not a traceback
        raise ExportError(str(path), f"the deck could not be made ({type(exc).__name__}: {exc})") from exc
    check_cancel()
    write_atomic(path, data)
    return DeckResult(path, count, len(data), tuple(warnings))


def _render(doc: JourneyMap, options: DeckOptions, layout: Optional[MapLayout], check_cancel: Callable[[], None],
            progress: Optional[Progress]) -> tuple[bytes, int, list[str]]:
    deck = Deck(doc, options.size)
    deck.check = check_cancel
    layout = layout if layout is not None else compute_layout(doc, default_measurer())
    planner = StagePlanner(deck)
    stage_slides = planner.plan()
    personas = [p for p in doc.personas if has_content(p)]
    charted = funnel_metrics(deck)
    findings = check(doc, doc.language)  # numbers and lists written as the deck's language writes them
    total = 2 + len(stage_slides) + 1 + len(personas) + len(charted) + 2
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        check_cancel()
        if progress:
            progress(min(done, total), total)

    title_slide(deck, options.date or date.today())
    step()
    overview_slide(deck, layout)
    step()
    for plan in stage_slides:
        planner.draw(plan)
        step()
    lang = deck.lang
    voted = vote_rows(deck)
    if voted:  # a workshop voted: its top cards, before the personas
        headers = [word(k, lang) for k in ("votes_header", "card", "lane", "stage")]
        table_slides(deck, word("votes", lang), word("votes", lang) + " ({n}/{total})", headers, (1, 5, 2, 2),
                     voted, max_lines=2)
    step()
    skipped: list[str] = []
    for persona in personas:
        persona_slide(deck, persona, skipped)
        step()
    for metric in charted:
        chart_slide(deck, metric)
        step()
    headers = [word(k, lang) for k in ("kpi", "stage", "value", "target", "status")]
    table_slides(deck, word("kpis", lang), word("kpis_page", lang), headers, (3, 2.4, 1.2, 1.2, 2.2),
                 kpi_rows(deck, charted), max_lines=2)
    step()
    if findings:
        more = len(findings) - len(finding_rows(deck, findings))
        table_slides(deck, word("check", lang), word("check_page", lang), [word("what", lang), word("where", lang)],
                     (4, 1.3), finding_rows(deck, findings), max_lines=3,
                     note=word("more_findings", lang, n=more) if more > 0 else "")
    step()
    if options.changes is not None:
        add_changes_slides(deck, options.changes)
    _properties(deck)
    buffer = BytesIO()
    deck.prs.save(buffer)
    warnings = []
    if deck.clean.removed:
        n = deck.clean.removed
        warnings.append(f"{n} control character{'s' if n != 1 else ''} removed from the map's text "
                        "(a slide cannot hold them)")
    warnings += [f"image {asset_id} left out: not a valid PNG or JPEG" for asset_id in dict.fromkeys(skipped)]
    return buffer.getvalue(), len(deck.prs.slides), warnings


def _properties(deck: Deck) -> None:
    doc, lang = deck.doc, deck.lang
    props = deck.prs.core_properties
    props.title = deck.clean(doc.title)[:255]
    props.author = deck.clean(printed_author(doc))[:255]
    subject = word("kind", lang) + (f" · {doc.client}" if doc.client.strip() else "")
    props.subject = deck.clean(subject)[:255]
    props.keywords = deck.clean(", ".join(s.name for s in doc.stages))[:_MAX_KEYWORDS]
    props.comments = word("font_note", lang)
    props.language = deck.tag
    props.last_modified_by = f"Journey Mapper {__version__}"
    props.category = word("kind", lang)
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = now
    props.revision = 1
    _theme_fonts(deck)


def _theme_fonts(deck: Deck) -> None:
    """The theme's heading and body fonts become Noto Sans, so text the client adds matches."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    master = deck.prs.slide_masters[0].part
    theme = master.part_related_by(RT.THEME)
    blob = theme.blob
    for old in (b'<a:latin typeface="Calibri"/>', b'<a:latin typeface="Calibri Light"/>'):
        blob = blob.replace(old, b'<a:latin typeface="Noto Sans"/>')
    theme._blob = blob
