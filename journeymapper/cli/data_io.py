"""``import``: a Mermaid journey diagram as a new map; and the non-PDF formats of ``export``:
``.mmd`` (Mermaid journey), chosen by the output's suffix (see :func:`export_by_suffix`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Optional

from journeymapper.cli.common import EXIT_OK, UsageError, plural, say
from journeymapper.io import DocumentError, load, save, write_atomic
from journeymapper.io import mermaid as mmd
from journeymapper.io import templates as tpl
from journeymapper.model import Language

#: Output suffixes ``export`` writes here rather than as a PDF.
EXPORT_SUFFIXES = mmd.SUFFIXES


def cmd_import(args: argparse.Namespace) -> int:
    source, out = Path(args.file), Path(args.output)
    if source.suffix.casefold() not in mmd.SUFFIXES:
        raise UsageError(f"{source}: not a Mermaid journey diagram (.mmd or .mermaid)")
    if out.exists() and not args.force:
        raise UsageError(f"{out}: already exists; use --force to overwrite it")
    try:
        doc = mmd.load_journey(source, Language(args.lang))
    except mmd.MermaidError as exc:
        raise UsageError(str(exc)) from None
    save(doc, out)
    tasks = len(doc.cards)
    say(f"imported {source} into {out}: {plural(len(doc.stages), 'stage', 'stages')}, "
        f"{plural(tasks, 'task', 'tasks')}, {plural(len(doc.personas), 'actor', 'actors')}")
    return EXIT_OK


def export_by_suffix(args: argparse.Namespace) -> Optional[int]:
    """Export to a non-PDF format named by ``args.output``'s suffix; None when it is a PDF."""
    out = Path(args.output)
    if out.suffix.casefold() not in EXPORT_SUFFIXES:
        return None
    if (args.file is None) == (args.template is None):
        raise UsageError("give either a map file or --template ID")
    if args.file is not None and out.resolve() == Path(args.file).resolve():
        raise UsageError(f"{out}: the export would overwrite the map it is made from")
    doc = tpl.load_template(args.template, args.lang) if args.template else load(args.file)
    text = mmd.write_journey(doc)
    try:
        write_atomic(out, text.encode("utf-8"))
    except DocumentError as exc:
        raise UsageError(str(exc)) from None
    sections = text.count("\n    section ")
    say(f"exported {out}: Mermaid journey, {plural(sections, 'section', 'sections')}")
    return EXIT_OK


def register(sub: Any, name: str) -> None:
    p = sub.add_parser("import", help="make a map from a Mermaid journey diagram (.mmd)")
    p.add_argument("file", metavar="FILE.mmd", help="a Mermaid journey diagram")
    p.add_argument("-o", "--output", required=True, metavar="MAP.jmap", help="the map to write")
    p.add_argument("--lang", choices=[lang.value for lang in Language], default="en",
                   help="the new map's language (lane titles)")
    p.add_argument("--force", action="store_true", help="overwrite MAP.jmap if it exists")
    p.set_defaults(run=cmd_import)
