"""Cards and KPIs to an Excel workbook (.xlsx) and back.

Writing: a Cards sheet and a KPIs sheet (see :mod:`tabular_export` for the columns), headed in
the map's language, with the header row frozen, column widths set, long text wrapped, and every
text cell stored as text (a cell beginning with ``=`` is marked with Excel's quote prefix, so
neither Excel nor LibreOffice ever evaluates it).

Reading never touches the map: :func:`read_workbook` returns what the sheets would change —
cards changed (by id), cards added (rows without a known id), cards missing from the sheet, and
KPI values — plus per-row errors naming the sheet, row and column. A formula is refused (only
values are imported); so are workbooks too large to be a map's sheets.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from journeymapper.io import stage_matching as sm
from journeymapper.io import tabular_export as tab
from journeymapper.io.atomic import write_atomic
from journeymapper.io.csv_import import KpiImport
from journeymapper.io.sheet_rows import CardRows, Formula, KpiRows, SheetError
from journeymapper.model import JourneyMap
from journeymapper.text import problem

MAX_BYTES = 20 * 1024 * 1024
#: Uncompressed, all parts together: a workbook that unpacks to more is refused (zip bombs).
MAX_UNPACKED = 200 * 1024 * 1024
#: A map has at most a few thousand cards; a sheet with more rows than this is not its sheet.
MAX_ROWS = 20_000
MAX_COLUMNS = 40
HEADER_FILL = "DCE6F0"


class XlsxError(Exception):
    """A workbook that cannot be imported at all; the message is one line."""


# -- writing ---------------------------------------------------------------------------------

def _cell_value(value: object) -> object:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel cannot store
    return value


def workbook_bytes(doc: JourneyMap) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for kind, columns in (("cards", tab.CARD_COLUMNS), ("kpis", tab.KPI_COLUMNS)):
        sheet = book.create_sheet(tab.sheet_name(kind, doc.language))
        sheet.append(tab.headers(kind, doc.language))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        wrap = {i for i, c in enumerate(columns) if c.key in ("text", "source")}
        for r, row in enumerate(tab.rows_of(kind, doc), start=2):
            for c, value in enumerate(row):
                cell = sheet.cell(row=r, column=c + 1)
                cell.value = _cell_value(value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it begins with "="
                    if value.startswith(tab.FORMULA_STARTS):
                        cell.quotePrefix = True
                if c in wrap:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_workbook(doc: JourneyMap, path: Union[str, Path]) -> tuple[int, int]:
    """Write the workbook atomically; the number of card rows and KPI rows."""
    write_atomic(path, workbook_bytes(doc))
    return len(tab.card_rows(doc)), len(tab.kpi_rows(doc))


# -- reading ---------------------------------------------------------------------------------

@dataclass
class SheetImport:
    cards: CardRows
    kpis: Optional[KpiImport] = None
    kpi_mappings: Optional[dict[str, dict[str, str]]] = None
    errors: list[SheetError] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        kpi_rows = self.kpis.rows_imported if self.kpis else 0
        return len(self.cards.changed) + len(self.cards.added) + kpi_rows


def _open(path: Path) -> Any:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as e:
        raise XlsxError(problem("{file}: cannot read the file ({reason})", file=name, reason=e.strerror or e)) from e
    if size > MAX_BYTES:
        raise XlsxError(problem("{file}: the file is larger than {mb} MB", file=name, mb=MAX_BYTES // (1024 * 1024)))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise XlsxError(problem("{file}: not an Excel workbook (.xlsx)", file=name)) from None
    if unpacked > MAX_UNPACKED:
        raise XlsxError(problem("{file}: the workbook unpacks to more than {mb} MB", file=name,
                                mb=MAX_UNPACKED // (1024 * 1024)))
    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many kinds for a damaged workbook
        raise XlsxError(problem("{file}: not a readable Excel workbook ({reason})", file=name,
                                reason=type(e).__name__)) from None


def _find_sheet(book: Any, kind: str) -> Optional[Any]:
    names = {" ".join(n.split()).casefold(): n for n in book.sheetnames}
    for candidate in tab.SHEETS[kind]:
        if candidate.casefold() in names:
            return book[names[candidate.casefold()]]
    return None


def _value(cell: Any) -> object:
    value = getattr(cell, "value", None)  # merged-away cells of a read-only sheet have none
    if getattr(cell, "data_type", "") == "f" or (isinstance(value, str) and value.startswith("=")
                                                  and getattr(cell, "data_type", "") != "s"):
        return Formula(str(value))
    return value


def _rows(sheet: Any, sheet_name: str, source: str) -> tuple[list[object], list[tuple[int, list[object]]]]:
    """The header and the rows (spreadsheet row number, cell values) of a sheet, blank rows left out."""
    header: Optional[list[object]] = None
    rows: list[tuple[int, list[object]]] = []
    for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
        if number > MAX_ROWS + 1:
            raise XlsxError(problem("{file}: sheet {sheet} has more than {rows} rows; a journey map has at most "
                                    "a few thousand cards", file=source, sheet=sheet_name, rows=MAX_ROWS))
        values = [_value(c) for c in cells]
        if all(v in (None, "") for v in values):
            continue
        if header is None:
            header = values
            continue
        rows.append((number, values))
    return header or [], rows


def read_workbook(doc: JourneyMap, path: Union[str, Path], kpi_base: Optional[JourneyMap] = None) -> SheetImport:
    """What the workbook's Cards and KPIs sheets would change in ``doc``. New KPIs go to the first
    KPI lane of ``kpi_base`` (``doc`` with a KPI lane added, see commands.imports.with_kpi_lane)."""
    path = Path(path)
    book = _open(path)
    try:
        cards_sheet, kpi_sheet = _find_sheet(book, "cards"), _find_sheet(book, "kpis")
        if cards_sheet is None and kpi_sheet is None:
            found = ", ".join(f'"{n}"' for n in book.sheetnames[:10])
            raise XlsxError(problem('{file}: no sheet called "Cards" or "KPIs" (the sheets are {found})',
                                    file=path.name, found=found))
        result = SheetImport(cards=CardRows(doc, ""))
        if cards_sheet is not None:
            header, rows = _rows(cards_sheet, cards_sheet.title, path.name)
            result.cards = CardRows(doc, cards_sheet.title)
            result.cards.read(header, rows)
            result.errors += result.cards.errors
            result.sheets.append(cards_sheet.title)
        if kpi_sheet is not None:
            header, rows = _rows(kpi_sheet, kpi_sheet.title, path.name)
            kpis = KpiRows(kpi_base or doc, kpi_sheet.title)
            result.kpis = kpis.read(header, rows)
            if result.kpis.rows_imported:
                result.kpi_mappings = sm.updated_mappings(doc, path.name, kpis.matches)
            result.errors += kpis.errors
            result.sheets.append(kpi_sheet.title)
    finally:
        book.close()
    return result
