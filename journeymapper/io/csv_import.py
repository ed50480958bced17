"""Import KPI values and cards from CSV: workshop spreadsheets, Google Analytics or Mixpanel exports.

Parsing never touches the document: it returns new and updated model objects
plus per-row errors, and the caller decides whether to apply them all, skip
bad rows, or refuse. Fatal problems (unreadable file, missing column) raise
:class:`CsvImportError` with a one-line message naming the file and row.

Row numbers are spreadsheet row numbers: the header is row 1 when the file has
no preamble (Google Analytics puts ``#`` comment lines above the header).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from journeymapper.io.files import NotRegularFileError, read_capped
from journeymapper.io.tabular_export import unescape_cell
from journeymapper.model import (
    CARD_LANE_KINDS,
    MAX_TEXT,
    Card,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Metric,
    new_id,
)
from journeymapper.text import problem

#: Larger files are refused: a journey map has at most a few thousand cards.
MAX_BYTES = 20 * 1024 * 1024
DELIMITERS = ",;\t"
#: The model's limits, checked here: working copies are not re-validated.
MAX_NUMBER = 1e12
MAX_UNIT = 40
MAX_ORDER = 1_000_000

KPI_FIELDS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "stadie", "fase", "trin", "step", "stage name"),
    "metric": ("metric", "kpi", "måling", "maaling", "measure", "nøgletal", "metric name"),
    "value": ("value", "værdi", "vaerdi", "actual", "faktisk"),
    "target": ("target", "mål", "maal", "goal"),
    "unit": ("unit", "enhed"),
}
CARD_FIELDS: dict[str, tuple[str, ...]] = {
    "stage": KPI_FIELDS["stage"],
    "lane": ("lane", "swimlane", "bane", "svømmebane", "kind", "type"),
    "text": ("text", "tekst", "card", "kort", "card text"),
    "evidence": ("evidence", "evidens", "belæg", "grundlag"),
    "source": ("source", "kilde"),
}

#: Words for lane kinds besides the kind's own name ("pain_points", "pain points").
KIND_WORDS: dict[str, LaneKind] = {word: kind for kind, words in {
    LaneKind.TOUCHPOINTS: ("touchpoint", "berøringspunkter", "berøringspunkt", "kontaktpunkter"),
    LaneKind.ACTIONS: ("action", "handlinger", "handling", "adfærd"),
    LaneKind.THOUGHTS: ("thought", "tanker", "tanke"),
    LaneKind.PAIN_POINTS: ("pain point", "smertepunkter", "smertepunkt"),
    LaneKind.OPPORTUNITIES: ("opportunity", "muligheder", "mulighed"),
    LaneKind.GOALS: ("goal", "mål"), LaneKind.TEXT: ("tekst",), LaneKind.IMAGES: ("billeder",),
    LaneKind.EMOTIONS: ("følelser",), LaneKind.KPIS: ("nøgletal",),
}.items() for word in words}
EVIDENCE_WORDS: dict[str, Evidence] = {
    "observed": Evidence.OBSERVED, "observeret": Evidence.OBSERVED,
    "assumed": Evidence.ASSUMED, "antaget": Evidence.ASSUMED,
    "proposed": Evidence.PROPOSED, "foreslået": Evidence.PROPOSED, "foreslaaet": Evidence.PROPOSED,
}
#: A new metric named like this is better when it goes down (bounce rate, cart abandonment).
LOWER_IS_BETTER_WORDS = ("bounce", "afvisning", "abandon", "opgivelse", "churn", "frafald",
                         "cost", "omkostning", "complaint", "klage", "wait", "ventetid")


class CsvImportError(Exception):
    """A problem that stops the whole import; the message is one line."""

    def __init__(self, source: str, reason: str, row: Optional[int] = None) -> None:
        where = f"{source}, row {row}" if row is not None else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.row = row
        self.reason = reason


@dataclass(frozen=True)
class RowError:
    row_number: int
    message: str

    def __str__(self) -> str:
        return f"Row {self.row_number}: {self.message}"


@dataclass
class KpiImport:
    new_metrics: list[Metric] = field(default_factory=list)
    #: Copies of the document's metrics with the imported values and targets merged in.
    updated_metrics: list[Metric] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_imported: int = 0


@dataclass
class CardImport:
    cards: list[Card] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


# -- reading the file ----------------------------------------------------------------------

def read_csv_text(path: Union[str, Path], warnings: Optional[list[str]] = None) -> tuple[str, str]:
    """The file's text and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16 with BOM are recognised; anything
    else is taken as Windows-1252 (Excel on Windows), or Latin-1 as a last resort.
    A file that mixes UTF-8 and Windows-1252 lines is read line by line, and a line
    saying so is added to ``warnings``.
    """
    path = Path(path)
    try:
        data = read_capped(path, MAX_BYTES)
    except NotRegularFileError:
        raise CsvImportError(path.name, problem("not a regular file (a device, a pipe or a socket); "
                                                "nothing was read")) from None
    except IsADirectoryError:
        raise CsvImportError(path.name, problem("is a folder, not a CSV file")) from None
    except OSError as e:
        raise CsvImportError(path.name, problem("cannot read the file ({reason})", reason=e.strerror or e)) from e
    if len(data) > MAX_BYTES:
        raise CsvImportError(path.name, problem("the file is larger than {mb} MB", mb=MAX_BYTES // (1024 * 1024)))
    if data.startswith(b"PK\x03\x04"):
        raise CsvImportError(path.name, problem("this is an Excel workbook (or another zip file), "
                                                "not CSV: save it as CSV first"))
    return decode_bytes(data, warnings)


def decode_bytes(data: bytes, warnings: Optional[list[str]] = None) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf") and not _not_utf8_lines(data, 1):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data, warnings)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _not_utf8_lines(data: bytes, limit: int) -> list[int]:
    """Numbers of the first ``limit`` lines that are not valid UTF-8."""
    found: list[int] = []
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            found.append(number)
            if len(found) >= limit:
                break
    return found


def _decode_mixed(data: bytes, warnings: Optional[list[str]]) -> Optional[str]:
    """Text of a file whose lines are partly UTF-8 (with accents) and partly Windows-1252, else None.

    Read as one Windows-1252 file its UTF-8 lines would turn "café" into "cafÃ©": each line is read
    in its own encoding instead, and the caller is told which lines were which.
    """
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    texts: list[str] = []
    legacy: list[int] = []
    utf8_accented = False
    for number, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            utf8_accented = utf8_accented or not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            legacy.append(number)
        texts.append(text)
    if not utf8_accented or not legacy:
        return None
    if warnings is not None:
        shown = ", ".join(str(n) for n in legacy[:10]) + (f" and {len(legacy) - 10} more" if len(legacy) > 10 else "")
        lines_are = f"lines {shown} are" if len(legacy) > 1 else f"line {shown} is"
        warnings.append(f"the file mixes encodings: {lines_are} Windows-1252, the rest UTF-8; "
                        "each line was read in its own encoding (check the accented letters)")
    return "\n".join(texts)


def detect_delimiter(text: str) -> str:
    """Comma, semicolon (Danish Excel) or tab. The header row decides when the sniffer can't."""
    # The first 50 lines that are neither blank nor "#" comments (export preambles).
    lines = [ln for ln in text[:65536].splitlines() if ln.strip() and not ln.lstrip().startswith("#")][:50]
    if not lines:
        return ","
    try:
        sniffed: Optional[str] = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    # A delimiter that splits no header would make a one-column table: distrust it.
    width = {d: len(next(csv.reader([lines[0]], delimiter=d))) for d in DELIMITERS}
    if sniffed and width[sniffed] > 1:
        return sniffed
    best = max(DELIMITERS, key=width.__getitem__)
    return best if width[best] > 1 else ","


@dataclass
class _Table:
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]
    delimiter: str


def _read_table(text: str, source: str) -> _Table:
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise CsvImportError(source, problem("the file holds binary data, not CSV text"))
    # Excel's "sep=;" line names the delimiter and is hidden, so it takes no row number.
    excel_sep = re.match(r"sep=([,;\t])\r?\n", text)
    if excel_sep:
        text = text[excel_sep.end():]
    delimiter = excel_sep.group(1) if excel_sep else detect_delimiter(text)
    header: Optional[list[str]] = None
    header_row = 0
    rows: list[tuple[int, list[str]]] = []
    number = 0
    multiline = False
    line = 0  # the physical line the next record starts on, less one
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, record in enumerate(reader, 1):
            first_line, line = line + 1, reader.line_num
            if line > first_line and header is not None:
                multiline = True
                _check_merged_rows(record, len(header), delimiter, first_line, line, source)
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                if not record[0].lstrip().startswith("#"):
                    header, header_row = record, number
                continue
            rows.append((number, record))
    except csv.Error as e:
        raise CsvImportError(source, problem("not readable as CSV ({reason})", reason=e), number + 1) from e
    if header is None:
        raise CsvImportError(source, problem("the file is empty: a header row is needed"))
    if multiline:
        _check_quotes_closed(text, delimiter, source, rows)
    return _Table(header, header_row, rows, delimiter)


def _unclosed(source: str, first: int, last: int) -> CsvImportError:
    return CsvImportError(source, problem("line {first}: a quote opened on this line is not closed until line "
                                          "{last}, so lines {first}-{last} would become one row; close or "
                                          "remove the quote", first=first, last=last))


def _check_merged_rows(record: list[str], width: int, delimiter: str, first: int, last: int,
                       source: str) -> None:
    """A cell spanning lines that themselves look like rows: a stray quote swallowed them."""
    for cell in record:
        if "\n" not in cell or width < 2:
            continue
        rowlike = sum(1 for part in cell.split("\n")[1:] if part.count(delimiter) >= width - 1)
        if rowlike:
            raise _unclosed(source, first, last)


def _check_quotes_closed(text: str, delimiter: str, source: str, rows: list[tuple[int, list[str]]]) -> None:
    """A quote still open at the end of the file: the last record ran to the end (found strictly)."""
    line = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for _ in reader:
            line = reader.line_num
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise _unclosed(source, line + 1, reader.line_num) from None


def _norm(name: str) -> str:
    """Header, stage or lane name for matching: case-folded, spaces collapsed, "(unit)" dropped."""
    name = re.sub(r"\s+", " ", name.replace("\ufeff", "")).strip().casefold()
    return re.sub(r"\s*[(\[][^)\]]*[)\]]$", "", name) or name


def _quoted(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return '"' + (text if len(text) <= width else text[: width - 1] + "…") + '"'


def _columns(table: _Table, fields: Mapping[str, tuple[str, ...]], required: tuple[str, ...],
             mapping: Optional[Mapping[str, str]], source: str) -> dict[str, int]:
    names = [_norm(h) for h in table.header]
    found: dict[str, int] = {}
    for key, column in (mapping or {}).items():
        if key not in fields:
            raise ValueError(f"unknown field {key!r}; expected one of {', '.join(fields)}")
        if _norm(column) not in names:
            raise CsvImportError(source, problem("there is no column {column}", column=_quoted(column)),
                                 table.header_row)
        found[key] = names.index(_norm(column))
    for key, synonyms in fields.items():
        if key not in found:
            index = next((i for i, n in enumerate(names)
                          if n in synonyms and i not in found.values()), None)
            if index is not None:
                found[key] = index
    for key in required:
        if key not in found:
            columns = ", ".join(_quoted(h, 30) for h in table.header)
            raise CsvImportError(source, problem('no "{key}" column (the columns are {columns})', key=key,
                                                 columns=columns),
                                 table.header_row)
    return found


def _cell(record: list[str], index: Optional[int]) -> str:
    """The cell's text, without the apostrophe an export put before a formula-like text."""
    return unescape_cell(record[index].strip()) if index is not None and index < len(record) else ""


# -- numbers -------------------------------------------------------------------------------

_NUMBER = re.compile(r"([+-]?)(\d[\d.,]*)")


def parse_number(text: str, decimal_comma: bool = False) -> float:
    """A number as people type it: "1.234,5", "12,5 %", "1,234.5", "45%", "−3", "kr 1.200".

    When only one separator appears once with exactly three digits after it
    ("1,234" or "1.234") it is ambiguous: ``decimal_comma`` says which way to
    read it (True: Danish, "1.234" is 1234 and "1,234" is 1.234).
    Raises ValueError for anything else.
    """
    cleaned = text.replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.search(r"kr\.?|dkk", cleaned, flags=re.IGNORECASE):
        decimal_comma = True  # kroner: written the Danish way
    cleaned = re.sub(r"^(kr\.?|dkk|€|\$|£)", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"(%|kr\.?|dkk|€|\$|£|s)$", "", cleaned, flags=re.IGNORECASE)
    match = _NUMBER.fullmatch(cleaned)
    if not match:
        raise ValueError(f"not a number: {text!r}")
    sign, body = match.groups()
    decimal = _decimal_separator(body, decimal_comma)
    whole, fraction = body.rsplit(decimal, 1) if decimal else (body, "0")
    groups = re.split(r"[.,]", whole)
    separators = set(re.findall(r"[.,]", whole))
    bad_groups = len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]))
    if not fraction.isdigit() or len(separators) > 1 or decimal in separators or bad_groups:
        raise ValueError(f"not a number: {text!r}")
    return float(f"{sign}{''.join(groups)}.{fraction}")


def _decimal_separator(body: str, decimal_comma: bool) -> str:
    """"." or "," for the decimal separator of ``body``, or "" when it has none."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return "." if body.rfind(".") > body.rfind(",") else ","
    if dots + commas != 1:
        return ""  # no separator, or one repeated, so thousands: "1.234.567"
    sep = "." if dots else ","
    head, tail = body.split(sep)
    if len(tail) == 3 and 1 <= len(head) <= 3 and head != "0":  # "1,234" or "1.234"
        return sep if (sep == ",") == decimal_comma else ""
    return sep


# -- KPI rows ------------------------------------------------------------------------------

def _stage_ids(doc: JourneyMap) -> dict[str, str]:
    found: dict[str, str] = {}
    for stage in doc.stages:
        found.setdefault(_norm(stage.name), stage.id)
    for stage in doc.stages:
        found.setdefault(stage.id.casefold(), stage.id)
    return found


def parse_kpi_rows(doc: JourneyMap, text: str, mapping: Optional[Mapping[str, str]] = None,
                   *, source: str = "CSV data") -> KpiImport:
    """Rows of stage, metric, value[, target][, unit] into new and updated metrics."""
    table = _read_table(text, source)
    cols = _columns(table, KPI_FIELDS, ("stage", "metric", "value"), mapping, source)
    rows = _KpiRows(doc, source, decimal_comma=table.delimiter == ";" or doc.language is Language.DA)
    result = KpiImport()
    for row, record in table.rows:
        cells = {key: _cell(record, index) for key, index in cols.items()}
        error = rows.add(row, cells)
        if error:
            result.errors.append(RowError(row, error))
        else:
            result.rows_imported += 1
    result.new_metrics = [rows.working[mid] for mid in rows.created]
    result.updated_metrics = [rows.working[m.id] for m in doc.metrics if m.id in rows.working]
    return result


class _KpiRows:
    """Collects KPI rows into working copies of metrics, refusing a row as a whole."""

    def __init__(self, doc: JourneyMap, source: str, decimal_comma: bool) -> None:
        self.source, self.decimal_comma = source, decimal_comma
        self.stages = _stage_ids(doc)
        self.stage_names = {s.id: s.name for s in doc.stages}
        self.kpi_lane = next((ln for ln in doc.lanes if ln.kind is LaneKind.KPIS), None)
        self.by_name: dict[str, Metric] = {}
        for metric in doc.metrics:
            self.by_name.setdefault(_norm(metric.name), metric)
        self.working: dict[str, Metric] = {}  # metric id -> the copy being filled in
        self.created: list[str] = []
        self.set_in_row: dict[tuple[str, str, str], int] = {}  # (metric, stage, field) -> row

    def add(self, row: int, cells: dict[str, str]) -> Optional[str]:
        """Merge one row; the reason it was refused, or None."""
        stage_text, name, unit = cells["stage"], cells["metric"], cells.get("unit", "")
        stage_id = self.stages.get(_norm(stage_text))
        if stage_id is None:
            return (problem("no stage is called {name}", name=_quoted(stage_text)) if stage_text
                    else problem("the stage is empty"))
        if not name:
            return problem("the KPI name is empty")
        if len(name) > MAX_TEXT or len(unit) > MAX_UNIT:
            return problem("the KPI name or unit is too long")
        numbers: dict[str, float] = {}
        for key in ("value", "target"):
            raw = cells.get(key, "")
            if not raw:
                continue
            try:
                numbers[key] = parse_number(raw, self.decimal_comma)
            except ValueError:
                return (problem("the value {text} is not a number", text=_quoted(raw)) if key == "value"
                        else problem("the target {text} is not a number", text=_quoted(raw)))
            if abs(numbers[key]) > MAX_NUMBER:
                return (problem("the value {text} is too large", text=_quoted(raw)) if key == "value"
                        else problem("the target {text} is too large", text=_quoted(raw)))
            if not unit and raw.endswith("%"):
                unit = "%"
        if not numbers:
            return problem("there is neither a value nor a target")
        metric = self.metric(name, unit, row)
        for key in numbers:
            earlier = self.set_in_row.get((metric.id, stage_id, key))
            if earlier is not None:
                names = {"kpi": _quoted(metric.name), "stage": _quoted(self.stage_names[stage_id]), "row": earlier}
                return (problem("{kpi} already has a value for stage {stage} in row {row}", **names)
                        if key == "value" else
                        problem("{kpi} already has a target for stage {stage} in row {row}", **names))
        for key, number in numbers.items():
            (metric.values if key == "value" else metric.targets)[stage_id] = number
            self.set_in_row[(metric.id, stage_id, key)] = row
        if unit and not metric.unit:
            metric.unit = unit
        return None

    def metric(self, name: str, unit: str, row: int) -> Metric:
        """The working copy of the metric called ``name``, made on first use."""
        existing = self.by_name.get(_norm(name))
        if existing is not None:
            if existing.id not in self.working:
                self.working[existing.id] = existing.model_copy(deep=True)
            return self.working[existing.id]
        if self.kpi_lane is None:
            raise CsvImportError(self.source, problem("the map has no KPI lane for the new KPI {name}",
                                                      name=_quoted(name)),
                                 row)
        lower = any(word in name.casefold() for word in LOWER_IS_BETTER_WORDS)
        metric = Metric(id=new_id("metric-"), lane_id=self.kpi_lane.id, name=name, unit=unit,
                        higher_is_better=not lower)
        self.by_name[_norm(name)] = metric
        self.working[metric.id] = metric
        self.created.append(metric.id)
        return metric


# -- card rows -----------------------------------------------------------------------------

def _lane_for(doc: JourneyMap, text: str) -> Optional[Lane]:
    """A lane by its title, else the first lane of the kind the text names."""
    key = _norm(text)
    lane = next((ln for ln in doc.lanes if _norm(ln.title) == key), None)
    if lane is not None:
        return lane
    kind = KIND_WORDS.get(key)
    for candidate in LaneKind:
        if key in (candidate.value, candidate.value.replace("_", " ")):
            kind = candidate
    return next((ln for ln in doc.lanes if ln.kind is kind), None) if kind else None


def parse_card_rows(doc: JourneyMap, text: str, mapping: Optional[Mapping[str, str]] = None,
                    *, source: str = "CSV data") -> CardImport:
    """Rows of stage, lane, text[, evidence][, source] into new cards."""
    table = _read_table(text, source)
    cols = _columns(table, CARD_FIELDS, ("stage", "lane", "text"), mapping, source)
    stages = _stage_ids(doc)
    next_order: dict[tuple[str, str], int] = {}
    for card in doc.cards:
        cell = (card.lane_id, card.stage_id)
        next_order[cell] = max(next_order.get(cell, 0), card.order + 1)
    result = CardImport()

    for row, record in table.rows:
        stage_text, lane_text = _cell(record, cols["stage"]), _cell(record, cols["lane"])
        card_text, evidence_text = _cell(record, cols["text"]), _cell(record, cols.get("evidence"))
        source_text = _cell(record, cols.get("source"))
        stage_id = stages.get(_norm(stage_text))
        lane = _lane_for(doc, lane_text) if lane_text else None
        evidence = EVIDENCE_WORDS.get(_norm(evidence_text)) if evidence_text else Evidence.ASSUMED
        if stage_id is None:
            fail = (problem("no stage is called {name}", name=_quoted(stage_text)) if stage_text
                    else problem("the stage is empty"))
        elif lane is None:
            fail = (problem("no lane is called {name}", name=_quoted(lane_text)) if lane_text
                    else problem("the lane is empty"))
        elif lane.kind not in CARD_LANE_KINDS:
            fail = problem("the lane {name} holds no cards", name=_quoted(lane.title))
        elif not card_text:
            fail = problem("the card text is empty")
        elif len(card_text) > MAX_TEXT or len(source_text) > MAX_TEXT:
            fail = problem("the card text or source is too long")
        elif next_order.get((lane.id, stage_id), 0) > MAX_ORDER:
            fail = problem("the cell of {lane} and {stage} is full", lane=_quoted(lane.title),
                           stage=_quoted(stage_text))
        elif evidence is None:
            fail = problem("the evidence {text} is not one of observed, assumed, proposed "
                           "(observeret, antaget, foreslået)", text=_quoted(evidence_text))
        else:
            order = next_order.get((lane.id, stage_id), 0)
            next_order[(lane.id, stage_id)] = order + 1
            result.cards.append(Card(id=new_id("card-"), lane_id=lane.id, stage_id=stage_id,
                                     order=order, text=card_text, evidence=evidence,
                                     source=source_text))
            continue
        result.errors.append(RowError(row, fail))
    return result


# -- convenience: read and parse -----------------------------------------------------------

def load_kpi_csv(doc: JourneyMap, path: Union[str, Path],
                 mapping: Optional[Mapping[str, str]] = None) -> KpiImport:
    text, _ = read_csv_text(path)
    return parse_kpi_rows(doc, text, mapping, source=Path(path).name)


def load_card_csv(doc: JourneyMap, path: Union[str, Path],
                  mapping: Optional[Mapping[str, str]] = None) -> CardImport:
    text, _ = read_csv_text(path)
    return parse_card_rows(doc, text, mapping, source=Path(path).name)
