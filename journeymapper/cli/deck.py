"""``export … -o deck.pptx``: the PowerPoint side of the export command (the format dispatch lives here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional

from journeymapper.cli.common import EXIT_OK, UsageError, plural, say

FORMATS = ("pdf", "pptx")


def output_format(args: argparse.Namespace) -> str:
    """``--format``, or the output's suffix; PDF when the name has none (as before there was a choice)."""
    suffix = Path(args.output).suffix.lower().lstrip(".")
    by_suffix = suffix if suffix in FORMATS else None
    if suffix and by_suffix is None and not args.format and suffix != "jmap":  # .jmap: refused further on
        # "-o notes.docx" or "-o deck.ppt" would be a PDF under a name that promises something else
        raise UsageError(f"{args.output}: export writes .pdf, .pptx, .xlsx, .csv or .mmd, not .{suffix} "
                         "(add --format pdf or --format pptx to keep this name)")
    if args.format and by_suffix and args.format != by_suffix:
        raise UsageError(f"{args.output}: the file name says {by_suffix} but --format says {args.format}")
    return args.format or by_suffix or "pdf"


def add_arguments(p: Any) -> None:
    p.add_argument("--format", choices=FORMATS, help="pdf or pptx (default: from the output's suffix, else pdf)")
    p.add_argument("--slide-size", choices=("16:9", "4:3"), default="16:9", help="PowerPoint slide size")


def export_deck(args: argparse.Namespace, doc_loader: Any) -> int:
    from journeymapper.export.deck import DeckOptions, export_deck

    options = DeckOptions(slide_size=args.slide_size).checked(str(args.output))
    if getattr(args, "compare", None) is not None:  # export --compare: "Changes since OTHER" slides at the end
        from dataclasses import replace

        from journeymapper.cli.compare import changes_since

        options = replace(options, changes=changes_since(args))
    if args.file is not None and Path(args.output).resolve() == Path(args.file).resolve():
        raise UsageError(f"{args.output}: the deck would overwrite the map it is made from")
    doc = doc_loader()
    result = export_deck(doc, args.output, options)
    say(f"exported {result.path}: {plural(result.slide_count, 'slide', 'slides')} ({options.slide_size})")
    for warning in result.warnings:
        say(f"warning: {result.path}: {warning}", sys.stderr)
    return EXIT_OK


def maybe_deck(args: argparse.Namespace, doc_loader: Any) -> Optional[int]:
    """Export the deck and return the exit code if the output is a deck; None for a PDF."""
    return export_deck(args, doc_loader) if output_format(args) == "pptx" else None
