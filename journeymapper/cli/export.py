"""``export``: a map (or a template) as a print-ready PDF, or as a PowerPoint deck (``cli/deck.py``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional

from journeymapper.cli.common import EXIT_OK, UsageError, say
from journeymapper.cli.deck import add_arguments as add_deck_arguments
from journeymapper.cli.deck import maybe_deck
from journeymapper.io import load
from journeymapper.io import templates as tpl


def _paper(text: str) -> tuple[str, Optional[tuple[float, float]]]:
    """``--paper``: a paper name (A3, Letter...) or WIDTHxHEIGHT in millimetres (e.g. 600x900)."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) == 2:
        try:
            return "custom", (float(parts[0]), float(parts[1]))
        except ValueError:
            pass
    return text, None


def pdf_options(args: argparse.Namespace) -> Any:
    """The :class:`PdfOptions` the command line asks for (checked: a bad one raises ExportError)."""
    from journeymapper.export.pdf import PdfOptions

    paper, custom = _paper(args.paper)
    return PdfOptions(paper=paper, custom_mm=custom, landscape=args.orientation, mode=args.mode,
                      scale=args.scale, margin_mm=args.margin, cover=args.cover, personas=args.personas,
                      appendix=args.appendix, min_text_pt=args.min_text, report_paper=args.report_paper,
                      bleed_mm=_millimetres(args.bleed)).checked(str(args.output))


def _millimetres(text: str) -> float:
    """``--bleed``: "3mm", "3 mm" or "3" (millimetres)."""
    value = text.strip().lower().removesuffix("mm").strip()
    try:
        return float(value)
    except ValueError:
        raise UsageError(f"--bleed {text!r}: give millimetres, e.g. 3mm") from None


def cmd_export(args: argparse.Namespace) -> int:
    from journeymapper.cli.data_io import export_by_suffix
    from journeymapper.export.pdf import export

    other = export_by_suffix(args)  # .mmd (and spreadsheets): not a PDF
    if other is not None:
        return other

    if (args.file is None) == (args.template is None):
        raise UsageError("give either a map file or --template ID")
    deck = maybe_deck(args, lambda: tpl.load_template(args.template, args.lang) if args.template else load(args.file))
    if deck is not None:
        return deck
    options = pdf_options(args)
    if args.compare is not None:
        options = _with_changes(options, args)
    if args.file is not None and Path(args.output).resolve() == Path(args.file).resolve():
        raise UsageError(f"{args.output}: the PDF would overwrite the map it is made from")
    doc = tpl.load_template(args.template, args.lang) if args.template else load(args.file)
    result = export(doc, args.output, options)
    pages = "page" if result.page_count == 1 else "pages"
    orientation = "landscape" if result.page_size[0] > result.page_size[1] else "portrait"
    size = "x".join(f"{v:g}" for v in options.custom_mm) + " mm" if options.custom_mm else options.paper
    say(f"exported {result.path}: {result.page_count} {pages} ({size} {orientation}, {options.mode})")
    for asset_id in result.skipped_images:
        say(f"warning: image {asset_id} left out: not a valid PNG or JPEG", sys.stderr)
    for warning in result.warnings:
        say(f"warning: {result.path}: {warning}", sys.stderr)
    return EXIT_OK


def _with_changes(options: Any, args: argparse.Namespace) -> Any:
    """``--compare OTHER.jmap``: the appendix ends with what changed since OTHER."""
    from dataclasses import replace

    from journeymapper.cli.compare import changes_since

    return replace(options, changes=changes_since(args))


def register(sub: Any, name: str) -> None:
    p = sub.add_parser("export", help="export a map (or a template) as a print-ready PDF or a PowerPoint deck")
    p.add_argument("file", nargs="?", metavar="MAP", help="the .jmap file (or use --template)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.pptx")
    p.add_argument("--template", metavar="ID", help="export a template instead of a file")
    p.add_argument("--lang", choices=tpl.LANGUAGES, default="en", help="language of --template")
    p.add_argument("--paper", default="A4", help="A0-A5, Letter, Legal, Tabloid or WIDTHxHEIGHT in mm")
    turn = p.add_mutually_exclusive_group()
    turn.add_argument("--landscape", dest="orientation", action="store_const", const=True,
                      help="landscape sheets (default: fit picks the orientation that prints larger)")
    turn.add_argument("--portrait", dest="orientation", action="store_const", const=False)
    p.add_argument("--report-paper", metavar="PAPER",
                   help="paper for the cover, persona and appendix pages (e.g. A4 while the map prints on A0)")
    p.add_argument("--bleed", default="0", metavar="MM",
                   help="bleed around each page, e.g. 3mm: sets trim and bleed boxes, lane colours run into it")
    p.add_argument("--min-text", type=float, default=6.0, metavar="PT",
                   help="smallest text size to print (pages mode keeps to it, fit warns; default 6)")
    p.add_argument("--mode", choices=("fit", "poster", "pages"), default="fit")
    p.add_argument("--scale", type=float, default=1.0, help="print scale for poster and pages (1.0 = 100%%)")
    p.add_argument("--margin", type=float, default=10.0, metavar="MM")
    p.add_argument("--cover", action="store_true", help="add a cover page")
    p.add_argument("--personas", action="store_true", help="add a page per persona")
    p.add_argument("--appendix", action="store_true", help="add the card and KPI tables")
    p.add_argument("--compare", metavar="OTHER.jmap",
                   help='end the appendix with "Changes since OTHER" (an earlier version of the map)')
    add_deck_arguments(p)
    from journeymapper.cli.data_io import add_export_options

    add_export_options(p)  # .mmd, .xlsx and .csv
    p.set_defaults(run=cmd_export)
