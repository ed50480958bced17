"""KPI values from analytics exports as they come: GA4, Mixpanel, and any long or wide table.

The long format (one row per stage and metric: ``stage,metric,value[,target][,unit]``) is
read as before. Any other table is *wide* and is reshaped into long rows first:

- one row per stage (a GA4 funnel exploration: ``Step, Active users, Completion rate...``;
  a Mixpanel funnel: ``Step, Event, Count, Conversion rate...``; GA4 "Pages and screens"):
  the step column names the stage, each numeric column becomes a metric;
- one row per metric, one column per stage.

GA4 puts ``#`` comment lines with the report name and the date range above the header; the
date range becomes each imported KPI's source note ("GA4, 2026-10-01 – 2026-10-31").
Step names are matched to stages by :mod:`journeymapper.io.stage_matching`; the matches
that were not obvious are returned as the map's new ``stage_mappings`` so the next import
of the same source finds them again. Like :mod:`csv_import`, nothing here changes the map.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from journeymapper.io import stage_matching as sm
from journeymapper.io.csv_import import (
    KPI_FIELDS,
    LOWER_IS_BETTER_WORDS,
    CsvImportError,
    KpiImport,
    RowError,
    _columns,
    _KpiRows,
    _quoted,
    _read_table,
    _Table,
    parse_number,
)
from journeymapper.io.tabular_export import unescape_cell
from journeymapper.model import JourneyMap, Language, Metric, new_id

#: long: one row per stage and metric; stages: one row per stage; metrics: one row per metric;
#: wide: stages or metrics, whichever matches more stages; auto: long if it can be, else wide.
SHAPES = ("auto", "long", "wide", "stages", "metrics")
#: Column names that hold the step (stage) names of a wide table, besides the stage synonyms.
STEP_WORDS = KPI_FIELDS["stage"] + ("event", "event name", "step name", "funnel step", "page",
                                    "page title", "page title and screen class", "page path",
                                    "page path and screen class", "screen", "trin navn")
#: Numeric columns that count steps rather than measure them.
COUNTER_WORDS = ("step", "step number", "#", "no", "no.", "nr", "nr.", "index", "trin", "position")
#: Rows that add the others up.
TOTAL_WORDS = ("total", "totals", "grand total", "i alt", "total i alt", "sum")
_TARGET = re.compile(r"^(?:(?:target|goal|mål|maal)\b\s*[:-]?\s*(?P<a>.*)|(?P<b>.*?)\s*[(\[]?"
                     r"(?:target|goal|mål|maal)[)\]]?)$", re.IGNORECASE)
_UNIT = re.compile(r"^(?P<name>.*\S)\s*[(\[](?P<unit>[^\s()\[\]]{1,4}|sec|secs|seconds|minutes|"
                   r"sekunder|minutter|timer|hours)[)\]]$", re.IGNORECASE)
_DURATION = re.compile(r"^(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?\s*(?:(?P<s>\d+(?:\.\d+)?)\s*s)?$")
_DATE = re.compile(r"(start|end|slut)\s*(date|dato)\s*:\s*(\d{4})-?(\d{2})-?(\d{2})", re.IGNORECASE)


@dataclass
class Preamble:
    """What the ``#`` comment lines above the header say."""

    title: str = ""
    start: Optional[date] = None
    end: Optional[date] = None
    ga4: bool = False

    @property
    def note(self) -> str:
        """The KPI's source note: "GA4, 2026-10-01 – 2026-10-31"."""
        if not (self.start or self.end):
            return ""
        span = " – ".join(d.isoformat() for d in (self.start, self.end) if d)
        return f"{'GA4' if self.ga4 else self.title or 'Analytics'}, {span}"


def read_preamble(text: str) -> Preamble:
    found = Preamble()
    for line in text.removeprefix("\ufeff").splitlines()[:40]:
        stripped = line.strip().strip('"').strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip().strip(",").strip()
        if not body or set(body) <= set("-=_ "):
            continue
        dated = _DATE.search(body)
        if dated:
            try:
                day = date(int(dated.group(3)), int(dated.group(4)), int(dated.group(5)))
            except ValueError:
                continue
            if dated.group(1).casefold() == "start":
                found.start = day
            else:
                found.end = day
            found.ga4 = True
        elif re.match(r"(account|property|konto|ejendom)\s*:", body, re.IGNORECASE):
            found.ga4 = True
        elif not found.title:
            found.title = body[:sm.MAX_SOURCE]
    return found


@dataclass
class MetricColumn:
    """A column (or, one row per metric, a row label) that becomes a metric."""

    column: str
    name: str
    unit: str = ""
    target_column: Optional[str] = None


@dataclass
class Options:
    shape: str = "auto"
    #: Which columns become metrics; None: every numeric column.
    metrics: Optional[list[MetricColumn]] = None
    match: str = "name"
    #: Step name -> stage id, or None to skip the step (the user's choices).
    stages: dict[str, Optional[str]] = field(default_factory=dict)
    #: The long format's column mapping (``--column``), as in csv_import.
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LongRow:
    """One reshaped row: a value (and target) of a metric for a step."""

    row: int
    step: str
    metric: str
    value: str
    target: str = ""
    unit: str = ""


@dataclass
class AnalyticsImport:
    shape: str
    kpis: KpiImport
    rows: list[LongRow]
    matches: dict[str, sm.StepMatch]
    #: Every column (or row label) that could become a metric, and the step column's name.
    candidates: list[MetricColumn]
    step_column: str
    source_key: str
    note: str
    #: The map's stage_mappings with this import's new matches, or None if nothing new.
    mappings: Optional[dict[str, dict[str, str]]]

    @property
    def unmatched(self) -> list[str]:
        return [step for step, m in self.matches.items() if m.stage_id is None and m.how != sm.SKIPPED]


# -- shape -----------------------------------------------------------------------------------

def _cells(table: _Table, index: int) -> list[str]:
    return [record[index].strip() if index < len(record) else "" for _, record in table.rows]


def _numeric(cells: Sequence[str], decimal_comma: bool) -> bool:
    filled = [_seconds(c) for c in cells if c]
    good = 0
    for cell in filled:
        try:
            parse_number(cell, decimal_comma)
            good += 1
        except ValueError:
            pass
    return bool(filled) and good * 2 >= len(filled)


def is_long(table: _Table, columns: Mapping[str, str], source: str) -> bool:
    """A table with a metric column and a stage or value column is long (a missing one is then its
    error); one row per metric with a column per stage has no stage column."""
    found = _columns(table, KPI_FIELDS, (), columns, source)
    return "metric" in found and ("value" in found or "stage" in found)


def split_header(header: str) -> tuple[str, str]:
    """"Revenue (DKK)" -> ("Revenue", "DKK"); "Active users (Step 1)" and "Conversion rate (overall)"
    keep their parentheses: only short words and time units are units."""
    match = _UNIT.match(header.strip())
    return (match.group("name"), match.group("unit")) if match else (header.strip(), "")


class _Wide:
    """The columns of a wide table: which names the steps, which are numbers."""

    def __init__(self, table: _Table, decimal_comma: bool, options: Options, source: str) -> None:
        self.table, self.source = table, source
        self.names = [sm.norm(h) for h in table.header]
        self.numeric = [_numeric(_cells(table, i), decimal_comma) for i in range(len(table.header))]
        self.label = self._label(options.columns.get("stage"))

    def _label(self, chosen: Optional[str]) -> int:
        if chosen:
            if sm.norm(chosen) not in self.names:
                raise CsvImportError(self.source, f"there is no column {_quoted(chosen)}", self.table.header_row)
            return self.names.index(sm.norm(chosen))
        texts = [i for i, numeric in enumerate(self.numeric) if not numeric]
        named = [i for i in texts if split_header(self.names[i])[0] in STEP_WORDS]
        if named or texts:
            return (named or texts)[0]
        raise CsvImportError(self.source, "no column holds step or stage names (they are all numbers)",
                             self.table.header_row)

    def metric_candidates(self) -> list[MetricColumn]:
        """Numeric columns, each with its target column when the table has one."""
        plain: list[MetricColumn] = []
        targets: list[tuple[str, str]] = []  # (the metric it is for, the column)
        for i, header in enumerate(self.table.header):
            name = self.names[i]
            if i == self.label or not self.numeric[i] or name in COUNTER_WORDS or name in KPI_FIELDS["unit"]:
                continue
            target = _TARGET.match(name)
            if target:
                targets.append(((target.group("a") or target.group("b") or "").strip(), header))
                continue
            metric, unit = split_header(header)
            if not unit and any(_seconds(c) != c for c in _cells(self.table, i)):
                unit = "s"  # durations ("1m 12s") are read in seconds
            plain.append(MetricColumn(header, metric, unit))
        for base, column in targets:
            owners = [m for m in plain if sm.norm(m.name) == base] or (plain if not base and len(plain) == 1 else [])
            if owners:
                owners[0].target_column = column
            else:
                plain.append(MetricColumn(column, *split_header(column)))
        return plain

    def steps_in_header(self) -> list[str]:
        return [h for i, h in enumerate(self.table.header) if i != self.label and self.numeric[i]]


def _is_total(text: str) -> bool:
    return sm.norm(text) in TOTAL_WORDS


def _stage_rows(table: _Table, wide: _Wide, metrics: list[MetricColumn]) -> list[LongRow]:
    index = {h: i for i, h in reversed(list(enumerate(table.header)))}
    rows: list[LongRow] = []
    for row, record in table.rows:
        step = record[wide.label].strip() if wide.label < len(record) else ""
        if _is_total(step):
            continue
        for metric in metrics:
            value = _seconds(_get(record, index.get(metric.column)))
            target = _get(record, index.get(metric.target_column)) if metric.target_column else ""
            if value or target:
                rows.append(LongRow(row, step, metric.name, value, target, metric.unit))
    return rows


def _metric_rows(table: _Table, wide: _Wide, chosen: Optional[list[MetricColumn]]) -> list[LongRow]:
    unit_col = next((i for i, n in enumerate(wide.names) if n in KPI_FIELDS["unit"]), None)
    steps = [(i, h) for i, h in enumerate(table.header) if i not in (wide.label, unit_col)]
    names = {sm.norm(m.column): m for m in chosen} if chosen is not None else None
    rows: list[LongRow] = []
    for row, record in table.rows:
        label = _get(record, wide.label)
        if not label or _is_total(label):
            continue
        pick = names.get(sm.norm(label)) if names is not None else MetricColumn(label, *split_header(label))
        if pick is None:
            continue
        unit = _get(record, unit_col) or pick.unit
        for i, step in steps:
            value = _get(record, i)
            if value:
                rows.append(LongRow(row, step, pick.name, value, "", unit))
    return rows


def _get(record: list[str], index: Optional[int]) -> str:
    """The cell's text, without the apostrophe an export put before a formula-like text."""
    return unescape_cell(record[index].strip()) if index is not None and index < len(record) else ""


def _seconds(text: str) -> str:
    """A duration as analytics tools write it ("1m 12s", "1h 3m") in seconds; anything else as it is."""
    match = _DURATION.match(text.strip())
    if not text.strip() or not match or not (match.group("h") or match.group("m")):
        return text
    seconds = int(match.group("h") or 0) * 3600 + int(match.group("m") or 0) * 60 + float(match.group("s") or 0)
    return f"{seconds:g}"


def _long_rows(table: _Table, columns: Mapping[str, str], source: str) -> list[LongRow]:
    cols = _columns(table, KPI_FIELDS, ("stage", "metric", "value"), columns, source)
    return [LongRow(row, _get(record, cols["stage"]), _get(record, cols["metric"]), _get(record, cols["value"]),
                    _get(record, cols.get("target")), _get(record, cols.get("unit")))
            for row, record in table.rows]


# -- the import ------------------------------------------------------------------------------

def parse_analytics(doc: JourneyMap, text: str, options: Optional[Options] = None, *,
                    source: str = "CSV data", source_name: str = "") -> AnalyticsImport:
    """Read, reshape, match and merge. ``doc`` must have a KPI lane for new metrics
    (see commands.imports.with_kpi_lane). ``source_name`` (the file's name) keys the remembered
    stage matches when the export's preamble names no report."""
    options = options or Options()
    if options.shape not in SHAPES:
        raise ValueError(f"shape must be one of {', '.join(SHAPES)}")
    preamble = read_preamble(text)
    table = _read_table(text, source)
    decimal_comma = table.delimiter == ";" or doc.language is Language.DA
    key = sm.source_key(f"GA4: {preamble.title}" if preamble.ga4 and preamble.title
                        else preamble.title or source_name or source)
    remembered = sm.remembered_for(doc, key)
    shape = options.shape
    if shape == "auto" and is_long(table, options.columns, source):
        shape = "long"
    candidates: list[MetricColumn] = []
    step_column = ""
    if shape == "long":
        rows = _long_rows(table, options.columns, source)
        step_column = table.header[_columns(table, KPI_FIELDS, ("stage",), options.columns, source)["stage"]]
    else:
        wide = _Wide(table, decimal_comma, options, source)
        step_column = table.header[wide.label]
        if shape in ("auto", "wide"):
            labels = [_get(r, wide.label) for _, r in table.rows]
            by_rows = _matched(doc, labels, remembered, options)
            by_columns = _matched(doc, wide.steps_in_header(), remembered, options)
            shape = "metrics" if by_columns > by_rows else "stages"
        if shape == "stages":
            candidates = wide.metric_candidates()
            chosen = candidates if options.metrics is None else options.metrics
            if not chosen:
                raise CsvImportError(source, "no column holds numbers to import", table.header_row)
            rows = _stage_rows(table, wide, chosen)
        else:
            labels = list(dict.fromkeys(_get(r, wide.label) for _, r in table.rows))
            candidates = [MetricColumn(label, *split_header(label)) for label in labels
                          if label and not _is_total(label)]
            rows = _metric_rows(table, wide, options.metrics)
    matches = sm.match_steps(doc, (r.step for r in rows if r.step), by=options.match,
                             explicit=options.stages, remembered=remembered)
    kpis = _merge(doc, rows, matches, decimal_comma, source, preamble.note, named=shape != "long")
    return AnalyticsImport(shape, kpis, rows, matches, candidates, step_column, key, preamble.note,
                           sm.updated_mappings(doc, key, matches) if kpis.rows_imported else None)


def _matched(doc: JourneyMap, names: list[str], remembered: Mapping[str, str], options: Options) -> int:
    found = sm.match_steps(doc, [n for n in names if n], explicit=options.stages, remembered=remembered)
    return len({m.stage_id for m in found.values() if m.stage_id})


class _Merger(_KpiRows):
    """csv_import's merging, with metric names compared whole: "Conversion rate (overall)" and
    "Conversion rate (from previous step)" are two metrics (units are split off before)."""

    def __init__(self, doc: JourneyMap, source: str, decimal_comma: bool) -> None:
        super().__init__(doc, source, decimal_comma)
        self.by_name = {}
        for metric in doc.metrics:
            self.by_name.setdefault(sm.norm(metric.name), metric)
        self.stages = {s.id.casefold(): s.id for s in doc.stages}  # rows carry stage ids once matched

    def metric(self, name: str, unit: str, row: int) -> Metric:
        existing = self.by_name.get(sm.norm(name))
        if existing is not None:
            if existing.id not in self.working:
                self.working[existing.id] = existing.model_copy(deep=True)
            return self.working[existing.id]
        if self.kpi_lane is None:
            raise CsvImportError(self.source, f"the map has no KPI lane for the new metric {_quoted(name)}", row)
        lower = any(word in name.casefold() for word in LOWER_IS_BETTER_WORDS)
        metric = Metric(id=new_id("metric-"), lane_id=self.kpi_lane.id, name=name, unit=unit,
                        higher_is_better=not lower)
        self.by_name[sm.norm(name)] = self.working[metric.id] = metric
        self.created.append(metric.id)
        return metric


def _merge(doc: JourneyMap, rows: list[LongRow], matches: Mapping[str, sm.StepMatch], decimal_comma: bool,
           source: str, note: str, named: bool) -> KpiImport:
    """The rows merged into working copies of metrics; a wide row's error names its metric."""
    merger = _Merger(doc, source, decimal_comma)
    result = KpiImport()
    failed: set[int] = set()
    for item in rows:
        match = matches.get(item.step)
        if match is not None and match.how == sm.SKIPPED:
            continue
        if match is None or match.stage_id is None:
            reason = (f"no stage is called {_quoted(item.step)}" if item.step else "the stage is empty")
            error: Optional[str] = reason
        else:
            cells = {"stage": match.stage_id, "metric": item.metric, "value": item.value,
                     "target": item.target, "unit": item.unit}
            error = merger.add(item.row, cells)
            if error and named:
                error = f"{_quoted(item.metric, 40)}: {error}"
        if error:
            if item.row not in failed:  # a wide row is one line of the file: its first problem
                result.errors.append(RowError(item.row, error))
            failed.add(item.row)
        else:
            result.rows_imported += 1
    for metric in merger.working.values():
        if note:
            metric.source = note
    result.new_metrics = [merger.working[mid] for mid in merger.created]
    result.updated_metrics = [merger.working[m.id] for m in doc.metrics if m.id in merger.working]
    return result
