"""Sub-commands on map files: ``new``, ``validate``, ``info`` and ``templates``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journeymapper.cli.common import EXIT_BAD_INPUT, EXIT_OK, plural, say, say_json
from journeymapper.io import DocumentError, load, save
from journeymapper.io import templates as tpl
from journeymapper.model import JourneyMap


def _counts(doc: JourneyMap) -> dict[str, Any]:
    return {
        "title": doc.title,
        "language": doc.language.value,
        "stages": len(doc.stages),
        "lanes": len(doc.lanes),
        "cards": len(doc.cards),
        "personas": len(doc.personas),
        "connectors": len(doc.connectors),
        "curves": len(doc.curves),
        "metrics": len(doc.metrics),
    }


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.exists() and not args.force:
        raise DocumentError(str(path), "already exists; use --force to overwrite it")
    doc = tpl.new_from_template(args.template, args.lang, title=args.title)
    save(doc, path)
    say(f"created {path} from template {args.template!r} ({args.lang})")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    worst = EXIT_OK
    for name in args.files:
        try:
            doc = load(name)
        except DocumentError as exc:
            say(f"error: {exc}", sys.stderr)
            worst = EXIT_BAD_INPUT
        else:
            counts = ", ".join(plural(len(items), one, many) for items, one, many in (
                (doc.stages, "stage", "stages"), (doc.lanes, "lane", "lanes"), (doc.cards, "card", "cards")))
            say(f"{name}: ok ({counts})")
    return worst


def cmd_info(args: argparse.Namespace) -> int:
    info = _counts(load(args.file))
    if args.json:
        say_json(info)
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            say(f"{key.capitalize():<{width}}  {value}")
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    infos = tpl.list_templates(language=args.lang)
    if args.json:
        rows = [{"id": t.id, "language": t.language, "name": t.name, "description": t.summary,
                 "category": t.category, "builtin": t.builtin, "error": t.error} for t in infos]
        say_json(rows)
    else:
        for t in infos:
            status = f"  [broken: {t.error}]" if t.error else ""
            say(f"{t.id:<20} {t.language}  {t.name} — {t.summary}{status}")
    return EXIT_OK


def register(sub: Any, name: str) -> None:
    if name == "new":
        p = sub.add_parser("new", help="create a map file from a template")
        p.add_argument("file", metavar="FILE")
        p.add_argument("--template", default=tpl.DEFAULT_TEMPLATE, metavar="ID")
        p.add_argument("--lang", choices=tpl.LANGUAGES, default="en")
        p.add_argument("--title", help="title of the new map (default: the template's)")
        p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
        p.set_defaults(run=cmd_new)
    elif name == "validate":
        p = sub.add_parser("validate", help="check that map files load")
        p.add_argument("files", nargs="+", metavar="FILE")
        p.set_defaults(run=cmd_validate)
    elif name == "info":
        p = sub.add_parser("info", help="show a map's title and counts")
        p.add_argument("file", metavar="FILE")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_info)
    elif name == "templates":
        p = sub.add_parser("templates", help="list the templates")
        p.add_argument("--lang", choices=tpl.LANGUAGES)
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_templates)
    else:
        raise KeyError(name)
