"""``import-csv --kind kpis``: long tables and analytics exports as they come (GA4, Mixpanel, wide).

The options added here: ``--wide [stages|metrics]`` (reshape; the orientation is detected when
not given), ``--metric COLUMN`` or ``--metric COLUMN=NAME`` (which columns become metrics; with a
one-value table, ``--metric NAME`` names its only metric), ``--match-stages name|order`` and
``--stage "STEP=STAGE"`` (``--stage "STEP="`` skips a step). A table without a metric column is
reshaped without ``--wide``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Optional

from journeymapper.cli.common import UsageError, plural
from journeymapper.commands.base import Command
from journeymapper.commands.imports import import_analytics, with_kpi_lane
from journeymapper.io import stage_matching as sm
from journeymapper.io.analytics import AnalyticsImport, MetricColumn, Options, parse_analytics, split_header
from journeymapper.io.csv_import import CsvImportError, RowError
from journeymapper.model import JourneyMap

_SHAPE_WORDS = {"stages": "one row per stage", "metrics": "one row per metric", "long": ""}
_HOW = {sm.NUMBER: "without its number", sm.FOLDED: "ignoring case and accents", sm.ORDER: "by order",
        sm.REMEMBERED: "as remembered", sm.CHOSEN: "as chosen"}


def add_options(p: Any) -> None:
    p.add_argument("--wide", nargs="?", const="auto", choices=("auto", "stages", "metrics"),
                   help="kpis: reshape a wide table: one row per stage (a column per metric) or one row "
                        "per metric (a column per stage); detected when not given")
    p.add_argument("--metric", action="append", metavar="COLUMN[=NAME]",
                   help="kpis, wide table: import this column as a metric (repeatable), optionally "
                        "renamed, with a unit: --metric \"Total revenue=Revenue (DKK)\"; for a table "
                        "with one number column, --metric NAME names its metric")
    p.add_argument("--match-stages", choices=sm.MATCH_MODES, default="name",
                   help="kpis: match steps to stages by name (also without a leading number, case or "
                        "accents) or by order")
    p.add_argument("--stage", action="append", metavar="STEP=STAGE",
                   help='kpis: put the step STEP in the stage STAGE (repeatable), e.g. '
                        '--stage "1. Landing Page=Awareness"; STEP= skips it')


def _stages(doc: JourneyMap, pairs: Sequence[str]) -> dict[str, Optional[str]]:
    chosen: dict[str, Optional[str]] = {}
    for pair in pairs:
        step, sep, stage = pair.rpartition("=")
        if not sep or not step.strip():
            raise UsageError(f'--stage {pair!r}: write STEP=STAGE, e.g. "1. Landing Page=Awareness"')
        stage = stage.strip()
        if stage in ("", "-"):
            chosen[step.strip()] = None
            continue
        found = sm.find_stage(doc, stage)
        if found is None:
            names = ", ".join(f'"{s.name}"' for s in doc.stages)
            raise UsageError(f"--stage {pair!r}: no stage is called {stage!r} (the stages are {names})")
        chosen[step.strip()] = found
    return chosen


def _metrics(candidates: list[MetricColumn], specs: Sequence[str]) -> list[MetricColumn]:
    by_column = {sm.norm(c.column): c for c in candidates}
    chosen: list[MetricColumn] = []
    columns = ", ".join(f'"{c.column}"' for c in candidates) or "none"
    for spec in specs:
        column, sep, name = spec.partition("=")
        found = by_column.get(sm.norm(column))
        if found is None and not sep and len(candidates) == 1:
            found, name, sep = candidates[0], column, "="  # one number column: --metric NAME names it
        if found is None:
            raise UsageError(f"--metric {spec!r}: no number column is called {column.strip()!r} "
                             f"(the number columns are {columns})")
        named, unit = split_header(name) if name.strip() else (found.name, "")
        picked = MetricColumn(found.column, named, unit or found.unit, found.target_column)
        chosen.append(picked if sep else found)
    return chosen


def parse_kpis(args: argparse.Namespace, doc: JourneyMap, text: str, columns: dict[str, str]
               ) -> tuple[list[RowError], int, Optional[Command], str, list[str]]:
    """Bad rows, good values, the command (None if nothing to import), what it brings and how the
    table was read."""
    source = str(args.data)
    base, lane = with_kpi_lane(doc)
    options = Options(shape={None: "auto", "auto": "wide"}.get(args.wide, args.wide), match=args.match_stages,
                      stages=_stages(doc, args.stage or []), columns=columns)
    try:
        result = parse_analytics(base, text, options, source=source, source_name=Path(source).name)
        if args.metric:
            if result.shape == "long":
                raise UsageError(f"{source}: --metric is for wide tables; this one has a metric column")
            options.shape = result.shape
            options.metrics = _metrics(result.candidates, args.metric)
            result = parse_analytics(base, text, options, source=source, source_name=Path(source).name)
    except CsvImportError as exc:
        raise UsageError(str(exc)) from None
    kpis = result.kpis
    notes = _describe(result, doc)
    if not kpis.rows_imported:
        return kpis.errors, 0, None, "", notes
    details = []
    if kpis.new_metrics:
        details.append(plural(len(kpis.new_metrics), "new metric", "new metrics") + ": "
                       + ", ".join(m.name for m in kpis.new_metrics))
    if kpis.updated_metrics:
        details.append(plural(len(kpis.updated_metrics), "metric", "metrics") + " updated: "
                       + ", ".join(m.name for m in kpis.updated_metrics))
    if lane is not None:
        details.append(f'new lane "{lane.title}"')
    noun = ("KPI row", "KPI rows") if result.shape == "long" else ("KPI value", "KPI values")
    what = plural(kpis.rows_imported, *noun) + f" ({'; '.join(details)})"
    command = import_analytics(kpis.new_metrics, kpis.updated_metrics, lane if kpis.new_metrics else None,
                               result.mappings)
    return kpis.errors, kpis.rows_imported, command, what, notes


def _describe(result: AnalyticsImport, doc: JourneyMap) -> list[str]:
    """How the table was read: its shape, the source note, the steps not matched by exact name."""
    lines = []
    if result.shape != "long":
        lines.append(f"read as a wide table ({_SHAPE_WORDS[result.shape]}, steps in "
                     f'"{result.step_column}")' + (f"; source note: {result.note}" if result.note else ""))
    names = {s.id: s.name for s in doc.stages}
    for step, match in result.matches.items():
        if match.how in _HOW and match.stage_id:
            lines.append(f'  "{step}" -> "{names[match.stage_id]}" ({_HOW[match.how]})')
        elif match.how == sm.SKIPPED:
            lines.append(f'  "{step}" skipped')
    if result.unmatched:
        lines.append("  unmatched steps: " + ", ".join(f'"{s}"' for s in result.unmatched)
                     + ' (use --stage "STEP=STAGE", --match-stages order or --skip-bad-rows)')
    return lines
