"""Cards and KPIs as tables, for spreadsheets (.xlsx) and CSV files, and back.

The same columns everywhere, headed in the map's language: a Cards table (id, stage, lane, text,
evidence, source, tags, persona, colour) and a KPIs table (stage, metric, value, target, unit,
direction). Reading accepts the headers in either language.

CSV injection (OWASP): a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is a formula to Excel and LibreOffice. :func:`escape_cell` writes such a cell with a leading
apostrophe, which both show as text, and :func:`unescape_cell` takes it off again; the pair is
exact for every text (a text that already begins with apostrophes and then such a character gets
one more), so a round trip changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from journeymapper.model import CARD_LANE_KINDS, Evidence, JourneyMap, Language

#: What makes a spreadsheet read a cell as a formula (OWASP's CSV-injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_escape(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_STARTS)


def escape_cell(text: str) -> str:
    return "'" + text if _needs_escape(text) else text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and _needs_escape(text[1:]) else text


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    da: str
    width: int  # characters, for spreadsheets

    def title(self, language: Language) -> str:
        return self.da if language is Language.DA else self.en


CARD_COLUMNS = (
    Column("id", "ID", "ID", 18), Column("stage", "Stage", "Fase", 20), Column("lane", "Lane", "Række", 18),
    Column("text", "Text", "Tekst", 60), Column("evidence", "Evidence", "Grundlag", 12),
    Column("source", "Source", "Kilde", 24), Column("tags", "Tags", "Tags", 20),
    Column("persona", "Persona", "Persona", 20), Column("colour", "Colour", "Farve", 10),
)
KPI_COLUMNS = (
    Column("stage", "Stage", "Fase", 20), Column("metric", "KPI", "KPI", 28), Column("value", "Value", "Værdi", 12),
    Column("target", "Target", "Målværdi", 12), Column("unit", "Unit", "Enhed", 8),
    Column("direction", "Direction", "Retning", 18),
)
SHEETS = {"cards": ("Cards", "Kort"), "kpis": ("KPIs", "KPI'er")}
EVIDENCE_WORDS = {Language.EN: {Evidence.OBSERVED: "observed", Evidence.ASSUMED: "assumed",
                                Evidence.PROPOSED: "proposed"},
                  Language.DA: {Evidence.OBSERVED: "observeret", Evidence.ASSUMED: "antaget",
                                Evidence.PROPOSED: "foreslået"}}
DIRECTIONS = {Language.EN: ("higher is better", "lower is better"),
              Language.DA: ("højere er bedre", "lavere er bedre")}


def sheet_name(kind: str, language: Language) -> str:
    en, da = SHEETS[kind]
    return da if language is Language.DA else en


def headers(kind: str, language: Language) -> list[str]:
    return [c.title(language) for c in (CARD_COLUMNS if kind == "cards" else KPI_COLUMNS)]


def column_key(header: object, kind: str) -> str:
    """The column a header names, in either language ("" if none)."""
    text = " ".join(str(header or "").split()).casefold()
    for column in CARD_COLUMNS if kind == "cards" else KPI_COLUMNS:
        if text in (column.en.casefold(), column.da.casefold(), column.key):
            return column.key
    return ""


def card_rows(doc: JourneyMap) -> list[list[str]]:
    """One row per card of a card lane, lane by lane, stage by stage, in order."""
    stages = {s.id: s.name for s in doc.stages}
    positions = {s.id: i for i, s in enumerate(doc.stages)}
    lanes = [ln for ln in doc.lanes if ln.kind in CARD_LANE_KINDS]
    lane_at = {ln.id: i for i, ln in enumerate(lanes)}
    personas = {p.id: p.name for p in doc.personas}
    words = EVIDENCE_WORDS[doc.language]
    cards = sorted((c for c in doc.cards if c.lane_id in lane_at and c.stage_id in stages),
                   key=lambda c: (lane_at[c.lane_id], positions[c.stage_id], c.order))
    titles = {ln.id: ln.title for ln in lanes}
    return [[c.id, stages[c.stage_id], titles[c.lane_id], c.text, words[c.evidence], c.source, ", ".join(c.tags),
             ", ".join(personas[p] for p in c.personas if p in personas), c.colour or ""] for c in cards]


def kpi_rows(doc: JourneyMap) -> list[list[object]]:
    """One row per metric and stage that has a value or a target; numbers stay numbers."""
    rows: list[list[object]] = []
    up, down = DIRECTIONS[doc.language]
    for metric in doc.metrics:
        for stage in doc.stages:
            value, target = metric.values.get(stage.id), metric.targets.get(stage.id)
            if value is None and target is None:
                continue
            rows.append([stage.name, metric.name, _number(value), _number(target), metric.unit,
                         up if metric.higher_is_better else down])
    return rows


def _number(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return "" if value is None else value


def rows_of(kind: str, doc: JourneyMap) -> list[list[object]]:
    if kind not in SHEETS:
        raise ValueError(f"the tables are {', '.join(SHEETS)}, not {kind!r}")
    return list(card_rows(doc)) if kind == "cards" else kpi_rows(doc)  # type: ignore[arg-type]


def csv_text(kind: str, doc: JourneyMap) -> tuple[str, int]:
    """The cards or KPIs of ``doc`` as CSV (comma-separated; every text cell escaped), and the
    number of rows below the header."""
    rows = rows_of(kind, doc)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers(kind, doc.language))
    for row in rows:
        writer.writerow([escape_cell(cell) if isinstance(cell, str) else cell for cell in row])
    return out.getvalue(), len(rows)


def write_csv(kind: str, doc: JourneyMap, path: Union[str, Path]) -> int:
    """Write the table atomically as UTF-8 with a byte-order mark (so Excel reads the accents);
    returns the number of rows."""
    from journeymapper.io.atomic import write_atomic

    text, count = csv_text(kind, doc)
    write_atomic(path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    return count
