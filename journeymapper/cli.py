"""The ``journeymapper`` command line: headless work on maps (no window).

Bad input never prints a traceback: one line ``error: FILE: ...`` on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, Optional

from journeymapper import __version__, cli_analysis, cli_names
from journeymapper.io import DocumentError, load, save
from journeymapper.io import templates as tpl
from journeymapper.model import JourneyMap

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Wrong options or arguments; printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)


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
    print(f"created {path} from template {args.template!r} ({args.lang})")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    worst = EXIT_OK
    for name in args.files:
        try:
            doc = load(name)
        except DocumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = EXIT_BAD_INPUT
        else:
            print(f"{name}: ok ({len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.cards)} cards)")
    return worst


def cmd_info(args: argparse.Namespace) -> int:
    info = _counts(load(args.file))
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            print(f"{key.capitalize():<{width}}  {value}")
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    infos = tpl.list_templates(language=args.lang)
    if args.json:
        rows = [{"id": t.id, "language": t.language, "name": t.name, "description": t.summary,
                 "category": t.category, "builtin": t.builtin, "error": t.error} for t in infos]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for t in infos:
            status = f"  [broken: {t.error}]" if t.error else ""
            print(f"{t.id:<20} {t.language}  {t.name} — {t.summary}{status}")
    return EXIT_OK


def _paper(text: str) -> tuple[str, Optional[tuple[float, float]]]:
    """``--paper``: a paper name (A3, Letter...) or WIDTHxHEIGHT in millimetres (e.g. 600x900)."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) == 2:
        try:
            return "custom", (float(parts[0]), float(parts[1]))
        except ValueError:
            pass
    return text, None


def cmd_export(args: argparse.Namespace) -> int:
    from journeymapper.export.pdf import PdfOptions, export

    if (args.file is None) == (args.template is None):
        raise UsageError("give either a map file or --template ID")
    paper, custom = _paper(args.paper)
    options = PdfOptions(paper=paper, custom_mm=custom, landscape=args.landscape, mode=args.mode,
                         scale=args.scale, margin_mm=args.margin, cover=args.cover, personas=args.personas,
                         appendix=args.appendix).checked(str(args.output))
    if args.file is not None and Path(args.output).resolve() == Path(args.file).resolve():
        raise UsageError(f"{args.output}: the PDF would overwrite the map it is made from")
    doc = tpl.load_template(args.template, args.lang) if args.template else load(args.file)
    result = export(doc, args.output, options)
    pages = "page" if result.page_count == 1 else "pages"
    orientation = "landscape" if result.page_size[0] > result.page_size[1] else "portrait"
    size = "x".join(f"{v:g}" for v in options.custom_mm) + " mm" if options.custom_mm else options.paper
    print(f"exported {result.path}: {result.page_count} {pages} ({size} {orientation}, {options.mode})")
    for asset_id in result.skipped_images:
        print(f"warning: image {asset_id} left out: not a valid PNG or JPEG", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="journeymapper", description="Offline editor for customer journey maps. "
                     "Without a command it opens the editor (optionally on FILE).")
    parser.add_argument("--version", action="version", version=f"Journey Mapper {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("new", help="create a map file from a template")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--template", default=tpl.DEFAULT_TEMPLATE, metavar="ID")
    p.add_argument("--lang", choices=tpl.LANGUAGES, default="en")
    p.add_argument("--title", help="title of the new map (default: the template's)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("validate", help="check that map files load")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("info", help="show a map's title and counts")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("templates", help="list the templates")
    p.add_argument("--lang", choices=tpl.LANGUAGES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_templates)

    p = sub.add_parser("export", help="export a map (or a template) as a print-ready PDF")
    p.add_argument("file", nargs="?", metavar="MAP", help="the .jmap file (or use --template)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--template", metavar="ID", help="export a template instead of a file")
    p.add_argument("--lang", choices=tpl.LANGUAGES, default="en", help="language of --template")
    p.add_argument("--paper", default="A4", help="A0-A5, Letter, Legal, Tabloid or WIDTHxHEIGHT in mm")
    p.add_argument("--landscape", action="store_true")
    p.add_argument("--mode", choices=("fit", "poster", "pages"), default="fit")
    p.add_argument("--scale", type=float, default=1.0, help="print scale for poster and pages (1.0 = 100%%)")
    p.add_argument("--margin", type=float, default=10.0, metavar="MM")
    p.add_argument("--cover", action="store_true", help="add a cover page")
    p.add_argument("--personas", action="store_true", help="add a page per persona")
    p.add_argument("--appendix", action="store_true", help="add the card and KPI tables")
    p.set_defaults(run=cmd_export)

    cli_analysis.add_parsers(sub)
    return parser


#: Sub-command names; anything else on the command line is a file to open in the editor.
COMMANDS = cli_names.COMMANDS
is_cli_invocation = cli_names.is_cli_invocation


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "command", None):
            raise UsageError("no command given (see --help)")
        return int(args.run(args))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DocumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
