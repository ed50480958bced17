"""Command-line journey analytics: ``check`` (the journey check) and ``import-csv``.

:func:`add_parsers` registers both sub-commands on the ``journeymapper`` parser;
:func:`main` runs them on their own (for tests and scripts). Like the rest of
the command line, bad input never prints a traceback: one line
``error: FILE: ...`` on stderr and exit 2.

``check`` exits 0 when the map has no errors (warnings and notes are fine), 1 when
it has errors, 2 when the map cannot be read. ``import-csv`` is all or nothing: if
any row is bad, every bad row is listed and the map file is left untouched, unless
``--skip-bad-rows`` is given; the map is saved atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, Optional, TextIO

from journeymapper.analysis.check import Finding, Severity, check
from journeymapper.commands.base import Command
from journeymapper.commands.imports import ImportCards, ImportKpis, with_kpi_lane
from journeymapper.io import DocumentError, load, save
from journeymapper.io.csv_import import (
    CARD_FIELDS,
    KPI_FIELDS,
    CsvImportError,
    RowError,
    parse_card_rows,
    parse_kpi_rows,
    read_csv_text,
)
from journeymapper.model import JourneyMap, integrity_problems, now_utc

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = frozenset({"check", "import-csv"})
_HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
_NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"),
          Severity.INFO: ("note", "notes")}


class _Failed(Exception):
    """Stops a command: the message is printed as ``error: ...`` and the exit code is 2."""


def _say(text: str, stream: Optional[TextIO] = None) -> None:
    """Print, replacing characters the terminal's encoding lacks (arrows in loop findings)."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# -- check ---------------------------------------------------------------------------------

def _summary(findings: Sequence[Finding]) -> dict[str, int]:
    return {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}


def _load_for_check(path: str) -> JourneyMap:
    """The map, even with broken references: the check lists every one of them as an error
    (``load`` refuses such a map, naming only the first). Any other problem is bad input."""
    try:
        return load(path, check_integrity=False)
    except DocumentError as exc:
        raise _Failed(str(exc)) from None


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
        _say(json.dumps(report, indent=2, ensure_ascii=False))
    elif not findings:
        _say(f"{args.file}: no findings")
    else:
        parts = [_plural(counts[s.value], *_NOUNS[s]) for s in Severity if counts[s.value]]
        _say(f"{args.file}: {', '.join(parts)}")
        for severity in Severity:
            group = [f for f in findings if f.severity is severity]
            if group:
                _say(f"\n{_HEADINGS[severity]} ({len(group)})")
                for finding in group:
                    _say(f"  - {finding.message}")
    return EXIT_FINDINGS if counts[Severity.ERROR.value] else EXIT_OK


# -- import-csv ----------------------------------------------------------------------------

def _load_map(path: str) -> JourneyMap:
    try:
        return load(path)
    except DocumentError as exc:
        raise _Failed(str(exc)) from None


def _mapping(pairs: Sequence[str], fields: dict[str, tuple[str, ...]]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        key, sep, column = pair.partition("=")
        key = key.strip().casefold()
        if not sep or not column.strip():
            raise _Failed(f"--column {pair!r}: write FIELD=COLUMN, e.g. stage=Step")
        if key not in fields:
            raise _Failed(f"--column {pair!r}: the fields are {', '.join(fields)}")
        mapping[key] = column.strip()
    return mapping


def _where(source: str, error: RowError) -> str:
    return f"{source}, row {error.row_number}: {error.message}"


def _parse(args: argparse.Namespace, doc: JourneyMap) -> tuple[list[RowError], int, Optional[Command], str]:
    """Bad rows, how many rows are good, the command importing them (None if none) and what it brings."""
    source = str(args.data)
    fields = KPI_FIELDS if args.kind == "kpis" else CARD_FIELDS
    mapping = _mapping(args.column or [], fields)
    try:
        text, _ = read_csv_text(args.data)
        if args.kind == "cards":
            cards = parse_card_rows(doc, text, mapping, source=source)
            command = ImportCards(cards.cards) if cards.cards else None
            return cards.errors, len(cards.cards), command, _plural(len(cards.cards), "card", "cards")
        base, lane = with_kpi_lane(doc)
        kpis = parse_kpi_rows(base, text, mapping, source=source)
    except CsvImportError as exc:
        raise _Failed(str(exc)) from None
    if not kpis.rows_imported:
        return kpis.errors, 0, None, ""
    details = []
    if kpis.new_metrics:
        details.append(_plural(len(kpis.new_metrics), "new metric", "new metrics") + ": "
                       + ", ".join(m.name for m in kpis.new_metrics))
    if kpis.updated_metrics:
        details.append(_plural(len(kpis.updated_metrics), "metric", "metrics") + " updated: "
                       + ", ".join(m.name for m in kpis.updated_metrics))
    if lane is not None:
        details.append(f'new lane "{lane.title}"')
    what = _plural(kpis.rows_imported, "KPI row", "KPI rows") + f" ({'; '.join(details)})"
    return kpis.errors, kpis.rows_imported, ImportKpis(kpis.new_metrics, kpis.updated_metrics, lane), what


def cmd_import_csv(args: argparse.Namespace) -> int:
    doc = _load_map(args.file)
    source = str(args.data)
    errors, good, command, what = _parse(args, doc)
    if errors and not args.skip_bad_rows:
        for error in errors:
            _say(f"error: {_where(source, error)}", sys.stderr)
        hint = f" (use --skip-bad-rows to import the other {good})" if good else ""
        raise _Failed(f"{source}: {_plural(len(errors), 'bad row', 'bad rows')}, "
                      f"so nothing was imported{hint}")
    for error in errors:
        _say(f"warning: {_where(source, error)} (skipped)", sys.stderr)
    if command is None:
        raise _Failed(f"{source}: no row could be imported" if errors else f"{source}: no rows to import")
    if args.dry_run:
        _say(f"would import {what} into {args.file} (dry run: nothing was saved)")
        return EXIT_OK
    try:
        command.apply(doc)
    except ValueError as exc:  # the parsers check everything the command does
        raise _Failed(f"{source}: {exc}") from None
    problems = integrity_problems(doc, limit=1)
    if problems:
        raise _Failed(f"{source}: the import would break the map ({problems[0]})")
    doc.modified = now_utc()
    try:
        save(doc, args.file)
    except DocumentError as exc:
        raise _Failed(str(exc)) from None
    _say(f"imported {what} into {args.file}")
    return EXIT_OK


# -- parsers -------------------------------------------------------------------------------

def _guarded(run: Any) -> Any:
    """The command with its expected failures turned into one ``error:`` line and exit 2."""
    def guarded(args: argparse.Namespace) -> int:
        try:
            return int(run(args))
        except _Failed as exc:
            _say(f"error: {exc}", sys.stderr)
            return EXIT_BAD_INPUT
    guarded.__name__ = run.__name__
    return guarded


def add_parsers(subparsers: Any) -> None:
    """Register ``check`` and ``import-csv`` on a parser's ``add_subparsers()`` object."""
    p = subparsers.add_parser("check", help="check a map for gaps: stages without touchpoints, "
                              "pain points without opportunities, KPIs off target, dead ends...")
    p.add_argument("file", metavar="MAP", help="the .jmap file")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(run=_guarded(cmd_check))

    p = subparsers.add_parser("import-csv", help="import KPI values or workshop cards from a CSV file")
    p.add_argument("file", metavar="MAP", help="the .jmap file to import into (saved in place)")
    p.add_argument("data", metavar="DATA.csv", help="CSV with a header row (comma, semicolon or tab)")
    p.add_argument("--kind", choices=("kpis", "cards"), required=True,
                   help="kpis: stage, metric, value[, target][, unit]; "
                        "cards: stage, lane, text[, evidence][, source]")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="read FIELD from the column COLUMN (repeatable), e.g. --column stage=Step")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and warn about the bad ones (default: import nothing)")
    p.add_argument("--dry-run", action="store_true", help="report what would be imported; save nothing")
    p.set_defaults(run=_guarded(cmd_import_csv))


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="journeymapper", description="Journey analytics on map files.")
    add_parsers(parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND"))
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run ``check`` or ``import-csv`` with ``argv`` (default: ``sys.argv[1:]``); the exit code."""
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        if not getattr(args, "command", None):
            raise _UsageError("no command given (see --help)")
    except _UsageError as exc:
        _say(f"error: {exc}", sys.stderr)
        return EXIT_BAD_INPUT
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
