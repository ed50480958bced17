"""The rows of a Cards sheet and a KPIs sheet checked against a map: what they change, and the
rows that cannot be imported, each named by sheet, row and column.

Cells arrive as values (numbers, text, dates; a formula as :class:`Formula`). A workbook stores
formula-like text as text (with Excel's quote prefix, not an apostrophe), so nothing is un-escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from journeymapper.io import stage_matching as sm
from journeymapper.io import tabular_export as tab
from journeymapper.io.analytics import _Merger
from journeymapper.io.csv_import import EVIDENCE_WORDS, MAX_ORDER, KpiImport, _lane_for, parse_number
from journeymapper.model import CARD_LANE_KINDS, MAX_TEXT, Card, Evidence, JourneyMap, new_id

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: The card fields a sheet row sets (besides where the card is).
CARD_FIELDS = ("stage_id", "lane_id", "text", "evidence", "source", "tags", "personas", "colour")


class Formula(str):
    """A cell holding a formula: never imported."""


@dataclass(frozen=True)
class SheetError:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        column = f", column {self.column}" if self.column else ""
        return f"{self.sheet}, row {self.row}{column}: {self.message}"


class _RowFailed(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


def cell_text(value: object) -> str:
    """A cell's value as the text a user sees (numbers without a needless ".0")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _quoted(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return '"' + (text if len(text) <= width else text[: width - 1] + "…") + '"'


class _Sheet:
    def __init__(self, doc: JourneyMap, sheet: str, kind: str) -> None:
        self.doc, self.sheet, self.kind = doc, sheet, kind
        self.errors: list[SheetError] = []
        self.index: dict[str, int] = {}
        self.titles: dict[str, str] = {}

    def columns(self, header: Sequence[object]) -> None:
        for i, title in enumerate(header):
            key = tab.column_key(title, self.kind)
            if key and key not in self.index:
                self.index[key], self.titles[key] = i, str(title).strip()
        columns = tab.CARD_COLUMNS if self.kind == "cards" else tab.KPI_COLUMNS
        for column in columns:
            self.titles.setdefault(column.key, column.title(self.doc.language))

    def raw(self, cells: Sequence[object], key: str) -> object:
        i = self.index.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    def text(self, cells: Sequence[object], key: str, strip: bool = True) -> str:
        value = self.raw(cells, key)
        if isinstance(value, Formula):
            raise _RowFailed(self.titles[key], f"holds a formula ({_quoted(value, 30)}); only values are imported")
        text = cell_text(value)
        if len(text) > MAX_TEXT:
            raise _RowFailed(self.titles[key], f"the text is longer than {MAX_TEXT} characters")
        return text.strip() if strip else text

    def fail(self, row: int, column: str, message: str) -> None:
        self.errors.append(SheetError(self.sheet, row, column, message))


class CardRows(_Sheet):
    """Card rows: those with a card's id change that card, the others add cards."""

    def __init__(self, doc: JourneyMap, sheet: str) -> None:
        super().__init__(doc, sheet, "cards")
        self.changed: list[Card] = []  # new versions of existing cards
        self.changed_fields: dict[str, list[str]] = {}
        self.added: list[Card] = []
        self.missing: list[str] = []  # cards of card lanes that no row names
        self.rows = 0

    def read(self, header: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]]) -> None:
        self.columns(header)
        for key in ("stage", "lane", "text"):
            if key not in self.index:
                self.fail(1, "", f'there is no "{self.titles[key]}" column')
                return
        lanes = {ln.id for ln in self.doc.lanes if ln.kind in CARD_LANE_KINDS}
        cards = {c.id: c for c in self.doc.cards if c.lane_id in lanes}
        taken = {c.id for c in self.doc.cards}
        seen: dict[str, int] = {}
        self.next_order: dict[tuple[str, str], int] = {}
        for card in self.doc.cards:
            cell = (card.lane_id, card.stage_id)
            self.next_order[cell] = max(self.next_order.get(cell, 0), card.order + 1)
        for row, cells in rows:
            self.rows += 1
            try:
                card_id = self.text(cells, "id") if "id" in self.index else ""
                if card_id in seen:
                    raise _RowFailed(self.titles["id"], f"the ID {_quoted(card_id)} is also in row {seen[card_id]}")
                fields = self._fields(cells, cards.get(card_id))
            except _RowFailed as failed:
                self.fail(row, failed.column, failed.message)
                if card_id:
                    seen.setdefault(card_id, row)
                continue
            if card_id:
                seen[card_id] = row
            old = cards.get(card_id)
            if old is None:
                keep = card_id if card_id and _ID.match(card_id) and card_id not in taken else new_id("card-")
                taken.add(keep)
                self.added.append(Card(id=keep, order=self._order(fields), **fields))
                continue
            differs = [name for name in CARD_FIELDS if getattr(old, name) != fields[name]]
            if differs:
                moved = (old.lane_id, old.stage_id) != (fields["lane_id"], fields["stage_id"])
                order = self._order(fields) if moved else old.order
                self.changed.append(old.model_copy(update={**fields, "order": order}, deep=True))
                self.changed_fields[old.id] = differs
        self.missing = [cid for cid in cards if cid not in seen]

    def _order(self, fields: dict[str, object]) -> int:
        cell = (str(fields["lane_id"]), str(fields["stage_id"]))
        order = self.next_order.get(cell, 0)
        if order > MAX_ORDER:
            raise _RowFailed(self.titles["stage"], "the cell is full")
        self.next_order[cell] = order + 1
        return order

    def _fields(self, cells: Sequence[object], old: Optional[Card]) -> dict[str, object]:
        stage_text = self.text(cells, "stage")
        stage_id = sm.find_stage(self.doc, stage_text) if stage_text else None
        if stage_id is None:
            raise _RowFailed(self.titles["stage"], f"no stage is called {_quoted(stage_text)}" if stage_text
                             else "the stage is empty")
        lane_text = self.text(cells, "lane")
        lane = _lane_for(self.doc, lane_text) if lane_text else None
        if lane is None or lane.kind not in CARD_LANE_KINDS:
            raise _RowFailed(self.titles["lane"], f"no card lane is called {_quoted(lane_text)}" if lane_text
                             else "the lane is empty")
        text = self.text(cells, "text", strip=False)
        if not text.strip():
            raise _RowFailed(self.titles["text"], "the card text is empty")
        evidence_text = self.text(cells, "evidence") if "evidence" in self.index else ""
        evidence = (EVIDENCE_WORDS.get(evidence_text.casefold()) if evidence_text
                    else (old.evidence if old else Evidence.ASSUMED))
        if evidence is None:
            raise _RowFailed(self.titles["evidence"], f"{_quoted(evidence_text)} is not one of observed, assumed, "
                                                      "proposed (observeret, antaget, foreslået)")
        source = self.text(cells, "source", strip=False) if "source" in self.index else (old.source if old else "")
        tags = ([t.strip() for t in self.text(cells, "tags").split(",") if t.strip()] if "tags" in self.index
                else list(old.tags if old else []))
        if any(len(t) > 200 for t in tags):
            raise _RowFailed(self.titles["tags"], "a tag is longer than 200 characters")
        personas = self._personas(cells) if "persona" in self.index else list(old.personas if old else [])
        colour_text = self.text(cells, "colour") if "colour" in self.index else (old.colour or "" if old else "")
        if colour_text and not _COLOUR.match(colour_text):
            raise _RowFailed(self.titles["colour"], f"{_quoted(colour_text)} is not a colour like #1A2B3C")
        return {"stage_id": stage_id, "lane_id": lane.id, "text": text, "evidence": evidence, "source": source,
                "tags": list(dict.fromkeys(tags)), "personas": personas,
                "colour": colour_text.upper() if colour_text else None}

    def _personas(self, cells: Sequence[object]) -> list[str]:
        by_name = {" ".join(p.name.split()).casefold(): p.id for p in reversed(self.doc.personas)}
        found = []
        for name in self.text(cells, "persona").split(","):
            key = " ".join(name.split()).casefold()
            if not key:
                continue
            if key not in by_name:
                raise _RowFailed(self.titles["persona"], f"no persona is called {_quoted(name)}")
            found.append(by_name[key])
        return list(dict.fromkeys(found))


class KpiRows(_Sheet):
    """KPI rows merged into metrics as the CSV import does (values and targets per stage)."""

    def __init__(self, doc: JourneyMap, sheet: str) -> None:
        super().__init__(doc, sheet, "kpis")
        self.matches: dict[str, sm.StepMatch] = {}

    def read(self, header: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]]) -> KpiImport:
        self.columns(header)
        result = KpiImport()
        for key in ("stage", "metric"):
            if key not in self.index:
                self.fail(1, "", f'there is no "{self.titles[key]}" column')
                return result
        merger = _Merger(self.doc, self.sheet, decimal_comma=False)
        lower = {d.casefold() for _, d in tab.DIRECTIONS.values()}
        for row, cells in rows:
            try:
                stage_text, name = self.text(cells, "stage"), self.text(cells, "metric")
                match = sm.match_steps(self.doc, [stage_text])[stage_text] if stage_text else None
                if match is None or match.stage_id is None:
                    raise _RowFailed(self.titles["stage"], f"no stage is called {_quoted(stage_text)}" if stage_text
                                     else "the stage is empty")
                self.matches[stage_text] = match
                if not name:
                    raise _RowFailed(self.titles["metric"], "the KPI name is empty")
                numbers = {key: self._number(cells, key) for key in ("value", "target")}
                unit = self.text(cells, "unit") if "unit" in self.index else ""
                direction = self.text(cells, "direction").casefold() if "direction" in self.index else ""
            except _RowFailed as failed:
                self.fail(row, failed.column, failed.message)
                continue
            is_new = sm.norm(name) not in merger.by_name
            error = merger.add(row, {"stage": match.stage_id, "metric": name, "unit": unit, **numbers})
            if error:
                self.fail(row, self.titles["value"] if "value" in error or "neither" in error else "", error)
                continue
            if is_new and direction in lower:
                merger.by_name[sm.norm(name)].higher_is_better = False
            result.rows_imported += 1
        result.new_metrics = [merger.working[mid] for mid in merger.created]
        result.updated_metrics = [merger.working[m.id] for m in self.doc.metrics if m.id in merger.working]
        return result

    def _number(self, cells: Sequence[object], key: str) -> str:
        """The cell as a number written with a decimal point (or "" when empty)."""
        value = self.raw(cells, key)
        if isinstance(value, (bool, Formula)):
            raise _RowFailed(self.titles[key], f"{_quoted(str(value))} is not a number")
        if isinstance(value, (int, float)):
            return repr(float(value))
        text = self.text(cells, key) if key in self.index else ""
        if not text:
            return ""
        try:
            return repr(parse_number(text, decimal_comma=self.doc.language.value == "da"))
        except ValueError:
            raise _RowFailed(self.titles[key], f"{_quoted(text)} is not a number") from None
