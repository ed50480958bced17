"""Command-line journey analytics: ``check`` (the journey check) and ``import-csv``.

Like the rest of the command line, bad input never prints a traceback: one line
``error: FILE: ...`` on stderr and exit 2.

``check`` exits 0 when the map has no errors (warnings and notes are fine), 1 when
it has errors, 2 when the map cannot be read. ``import-csv`` is all or nothing: if
any row is bad, every bad row is listed and the map file is left untouched, unless
``--skip-bad-rows`` is given; the map is saved atomically.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, Optional

from journeymapper.analysis.check import Finding, Severity, check
from journeymapper.cli import kpi_import
from journeymapper.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    clip,
    plural,
    say,
    say_bounded,
    say_json,
)
from journeymapper.commands.base import Command
from journeymapper.commands.imports import ImportCards
from journeymapper.io import DocumentError, load, save
from journeymapper.io.csv_import import (
    CARD_FIELDS,
    KPI_FIELDS,
    CsvImportError,
    RowError,
    parse_card_rows,
    read_csv_text,
)
from journeymapper.model import JourneyMap, integrity_problems, now_utc

_HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
_NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"),
          Severity.INFO: ("note", "notes")}


# -- check ---------------------------------------------------------------------------------

def _summary(findings: Sequence[Finding]) -> dict[str, int]:
    return {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}


def _load_for_check(path: str) -> JourneyMap:
    """The map, even with broken references: the check lists every one of them as an error
    (``load`` refuses such a map, naming only the first). Any other problem is bad input."""
    try:
        return load(path, check_integrity=False)
    except DocumentError as exc:
        raise UsageError(str(exc)) from None


def cmd_check(args: argparse.Namespace) -> int:
    doc = _load_for_check(args.file)
    findings = check(doc)
    counts = _summary(findings)
    if args.json:
        report = {
            "file": str(args.file),
            "counts": counts,
            "findings": [{"severity": f.severity.value, "rule": f.rule, "message": f.message,
                          "ids": list(f.ids), "params": dict(f.params)} for f in findings],
        }
        say_json(report)
    elif not findings:
        say(f"{args.file}: no findings")
    else:
        parts = [plural(counts[s.value], *_NOUNS[s]) for s in Severity if counts[s.value]]
        say(f"{args.file}: {', '.join(parts)}")
        for severity in Severity:
            group = [f for f in findings if f.severity is severity]
            if group:
                say(f"\n{_HEADINGS[severity]} ({len(group)})")
                for finding in group:
                    say(f"  - {finding.message}")
    return EXIT_FINDINGS if counts[Severity.ERROR.value] else EXIT_OK


# -- import-csv ----------------------------------------------------------------------------

def _load_map(path: str) -> JourneyMap:
    try:
        return load(path)
    except DocumentError as exc:
        raise UsageError(str(exc)) from None


def _mapping(pairs: Sequence[str], fields: dict[str, tuple[str, ...]]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        key, sep, column = pair.partition("=")
        key = key.strip().casefold()
        if not sep or not column.strip():
            raise UsageError(f"--column {pair!r}: write FIELD=COLUMN, e.g. stage=Step")
        if key not in fields:
            raise UsageError(f"--column {pair!r}: the fields are {', '.join(fields)}")
        mapping[key] = column.strip()
    return mapping


def _where(source: str, error: RowError) -> str:
    return f"{source}, row {error.row_number}: {error.message}"


def _parse(args: argparse.Namespace, doc: JourneyMap
           ) -> tuple[list[RowError], int, Optional[Command], str, list[str]]:
    """Bad rows, how many rows are good, the command importing them (None if none), what it brings
    and notes on how the file was read."""
    source = str(args.data)
    fields = KPI_FIELDS if args.kind == "kpis" else CARD_FIELDS
    mapping = _mapping(args.column or [], fields)
    warnings: list[str] = []
    try:
        text, _ = read_csv_text(args.data, warnings)
        read_notes = [f"warning: {source}: {warning}" for warning in warnings]
        if args.kind == "cards":
            cards = parse_card_rows(doc, text, mapping, source=source)
            card_command: Optional[Command] = ImportCards(cards.cards) if cards.cards else None
            return (cards.errors, len(cards.cards), card_command, plural(len(cards.cards), "card", "cards"),
                    read_notes)
    except CsvImportError as exc:
        raise UsageError(str(exc)) from None
    errors, good, command, what, notes = kpi_import.parse_kpis(args, doc, text, mapping)
    return errors, good, command, what, read_notes + list(notes)


def cmd_import_csv(args: argparse.Namespace) -> int:
    doc = _load_map(args.file)
    source = str(args.data)
    if args.kind == "cards" and (args.wide or args.metric or args.stage or args.match_stages != "name"):
        raise UsageError("--wide, --metric, --match-stages and --stage are for --kind kpis")
    errors, good, command, what, notes = _parse(args, doc)
    for note in notes:
        say(clip(note), sys.stderr)
    if errors and not args.skip_bad_rows:
        say_bounded([f"error: {_where(source, error)}" for error in errors], sys.stderr)
        hint = f" (use --skip-bad-rows to import the other {good})" if good else ""
        raise UsageError(f"{source}: {plural(len(errors), 'bad row', 'bad rows')}, "
                      f"so nothing was imported{hint}")
    say_bounded([f"warning: {_where(source, error)} (skipped)" for error in errors], sys.stderr)
    if command is None:
        raise UsageError(f"{source}: no row could be imported" if errors else f"{source}: no rows to import")
    if args.dry_run:
        say(f"would import {what} into {args.file} (dry run: nothing was saved)")
        return EXIT_OK
    try:
        command.apply(doc)
    except ValueError as exc:  # the parsers check everything the command does
        raise UsageError(f"{source}: {exc}") from None
    problems = integrity_problems(doc, limit=1)
    if problems:
        raise UsageError(f"{source}: the import would break the map ({problems[0]})")
    doc.modified = now_utc()
    try:
        save(doc, args.file)
    except DocumentError as exc:
        raise UsageError(str(exc)) from None
    say(f"imported {what} into {args.file}")
    return EXIT_OK


# -- parsers -------------------------------------------------------------------------------

def register(subparsers: Any, name: str) -> None:
    """Register ``check`` or ``import-csv`` on a parser's ``add_subparsers()`` object."""
    if name == "import-csv":
        _register_import_csv(subparsers)
        return
    p = subparsers.add_parser("check", help="check a map for gaps: stages without touchpoints, "
                              "pain points without opportunities, KPIs off target, dead ends...")
    p.add_argument("file", metavar="MAP", help="the .jmap file")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(run=cmd_check)


def _register_import_csv(subparsers: Any) -> None:
    p = subparsers.add_parser("import-csv", help="import KPI values or workshop cards from a CSV file")
    p.add_argument("file", metavar="MAP", help="the .jmap file to import into (saved in place)")
    p.add_argument("data", metavar="DATA.csv", help="CSV with a header row (comma, semicolon or tab)")
    p.add_argument("--kind", choices=("kpis", "cards"), required=True,
                   help="kpis: stage, metric, value[, target][, unit]; "
                        "cards: stage, lane, text[, evidence][, source]")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="read FIELD from the column COLUMN (repeatable), e.g. --column stage=Step")
    kpi_import.add_options(p)
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and warn about the bad ones (default: import nothing)")
    p.add_argument("--dry-run", action="store_true", help="report what would be imported; save nothing")
    p.set_defaults(run=cmd_import_csv)

