"""``import``: a Mermaid journey diagram as a new map, or a workbook (.xlsx) of cards and KPIs
back into a map; and the non-PDF formats of ``export``, chosen by the output's suffix (see
:func:`export_by_suffix`): ``.mmd`` (Mermaid journey), ``.xlsx`` (cards and KPIs), ``.csv``
(cards, or KPIs with ``--table kpis``).

A workbook import is all or nothing, like ``import-csv``: any bad row is listed (sheet, row,
column) and the map is left untouched; cards missing from the sheet are kept unless
``--delete-missing`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from journeymapper.cli.common import EXIT_OK, UsageError, plural, say
from journeymapper.commands.imports import with_kpi_lane
from journeymapper.commands.sheet_import import import_sheet
from journeymapper.io import DocumentError, load, save, write_atomic
from journeymapper.io import mermaid as mmd
from journeymapper.io import tabular_export as tab
from journeymapper.io import templates as tpl
from journeymapper.model import JourneyMap, Language, integrity_problems, now_utc

if TYPE_CHECKING:
    from journeymapper.io.xlsx import SheetImport

#: Output suffixes ``export`` writes here rather than as a PDF.
EXPORT_SUFFIXES = (*mmd.SUFFIXES, ".xlsx", ".csv")


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if source.suffix.casefold() == ".xlsx":
        return _import_workbook(args, source)
    if source.suffix.casefold() not in mmd.SUFFIXES:
        raise UsageError(f"{source}: not a Mermaid journey diagram (.mmd, .mermaid) or a workbook (.xlsx)")
    if args.output is None:
        raise UsageError("give the map to write: -o MAP.jmap")
    out = Path(args.output)
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
    suffix = out.suffix.casefold()
    if suffix == ".xlsx":
        from journeymapper.io import xlsx  # openpyxl: loaded only when a workbook is written

        cards, kpis = xlsx.write_workbook(doc, out)
        say(f"exported {out}: workbook with {plural(cards, 'card', 'cards')} and {plural(kpis, 'KPI row', 'KPI rows')}")
    elif suffix == ".csv":
        table = getattr(args, "table", "cards")
        rows = tab.write_csv(table, doc, out)
        nouns = ("card", "cards") if table == "cards" else ("KPI row", "KPI rows")
        say(f"exported {out}: {plural(rows, *nouns)}")
    else:
        text = mmd.write_journey(doc)
        write_atomic(out, text.encode("utf-8"))
        sections = text.count("\n    section ")
        say(f"exported {out}: Mermaid journey, {plural(sections, 'section', 'sections')}")
    return EXIT_OK


def add_export_options(p: Any) -> None:
    """``export``'s options for the formats here."""
    p.add_argument("--table", choices=tuple(tab.SHEETS), default="cards",
                   help="with -o FILE.csv: export the cards (default) or the KPIs")


def _import_workbook(args: argparse.Namespace, source: Path) -> int:
    if args.into is None:
        raise UsageError("give the map to update: --into MAP.jmap")
    try:
        doc = load(args.into)
    except DocumentError as exc:
        raise UsageError(str(exc)) from None
    from journeymapper.io import xlsx

    base, lane = with_kpi_lane(doc)
    try:
        sheet = xlsx.read_workbook(doc, source, kpi_base=base)
    except xlsx.XlsxError as exc:
        raise UsageError(str(exc)) from None
    if sheet.errors:
        for error in sheet.errors:
            say(f"error: {source}: {error}", sys.stderr)
        raise UsageError(f"{source}: {plural(len(sheet.errors), 'bad row', 'bad rows')}, so nothing was imported")
    for line in describe(doc, sheet, args.delete_missing):
        say(line)
    kpis = sheet.kpis
    changed_kpis = [m for m in (kpis.updated_metrics if kpis else []) if m != _metric(doc, m.id)]
    new_kpis = list(kpis.new_metrics) if kpis else []
    delete = sheet.cards.missing if args.delete_missing else []
    if not (sheet.cards.changed or sheet.cards.added or delete or changed_kpis or new_kpis):
        say(f"{source}: nothing to change in {args.into}")
        return EXIT_OK
    if args.dry_run:
        say("(dry run: nothing was saved)")
        return EXIT_OK
    command = import_sheet(sheet.cards.changed, sheet.cards.added, delete, new_kpis, changed_kpis, lane,
                           sheet.kpi_mappings)
    try:
        command.apply(doc)
    except ValueError as exc:
        raise UsageError(f"{source}: {exc}") from None
    problems = integrity_problems(doc, limit=1)
    if problems:
        raise UsageError(f"{source}: the import would break the map ({problems[0]})")
    doc.modified = now_utc()
    save(doc, args.into)
    say(f"saved {args.into}")
    return EXIT_OK


def _metric(doc: JourneyMap, metric_id: str) -> object:
    return next((m for m in doc.metrics if m.id == metric_id), None)


def describe(doc: JourneyMap, sheet: SheetImport, delete_missing: bool) -> list[str]:
    """The diff a workbook makes: cards changed (and which fields), added, missing; KPIs."""
    cards = sheet.cards
    missing = "deleted" if delete_missing else "kept; --delete-missing deletes them"
    lines = [f"cards: {len(cards.changed)} changed, {len(cards.added)} added, "
             f"{len(cards.missing)} missing from the sheet ({missing})"]
    for card in cards.changed:
        lines.append(f"  changed {card.id}: {', '.join(f.removesuffix('_id') for f in cards.changed_fields[card.id])}")
    for card in cards.added:
        lines.append(f"  added {card.id}: {' '.join(card.text.split())[:60]}")
    if delete_missing:
        lines += [f"  deleted {card_id}" for card_id in cards.missing]
    if sheet.kpis is not None:
        changed = [m.name for m in sheet.kpis.updated_metrics if m != _metric(doc, m.id)]
        lines.append(f"KPIs: {len(sheet.kpis.new_metrics)} new, {len(changed)} changed"
                     + (f" ({', '.join(changed)})" if changed else ""))
    return lines


def register(sub: Any, name: str) -> None:
    p = sub.add_parser("import", help="make a map from a Mermaid journey diagram (.mmd), or bring a "
                       "workbook of cards and KPIs (.xlsx, as exported) back into a map")
    p.add_argument("file", metavar="FILE", help="a Mermaid journey diagram (.mmd) or a workbook (.xlsx)")
    p.add_argument("-o", "--output", metavar="MAP.jmap", help=".mmd: the new map to write")
    p.add_argument("--into", metavar="MAP.jmap", help=".xlsx: the map to update (saved in place)")
    p.add_argument("--delete-missing", action="store_true",
                   help=".xlsx: delete the cards missing from the sheet (default: keep them)")
    p.add_argument("--dry-run", action="store_true", help=".xlsx: show what would change; save nothing")
    p.add_argument("--lang", choices=[lang.value for lang in Language], default="en",
                   help="the new map's language (lane titles)")
    p.add_argument("--force", action="store_true", help="overwrite MAP.jmap if it exists")
    p.set_defaults(run=cmd_import)
