"""The appendix section "Changes since OTHER": what changed from an earlier map to this one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journeymapper.compare import Diff
from journeymapper.compare.text import sections, summary
from journeymapper.export.table_cells import Cell, Para, cell
from journeymapper.model import Language

if TYPE_CHECKING:  # the appendix's page flow (appendix.py imports this module)
    from journeymapper.export.appendix import _Flow

_WORDS: dict[str, dict[Language, str]] = {
    "title": {Language.EN: "Changes since {name}", Language.DA: "Ændringer siden {name}"},
    "item": {Language.EN: "Item", Language.DA: "Element"},
    "change": {Language.EN: "Change", Language.DA: "Ændring"},
    "what": {Language.EN: "What changed", Language.DA: "Hvad er ændret"},
    "paged": {Language.EN: "Changes since {name} ({n} of {total})",
              Language.DA: "Ændringer siden {name} ({n} af {total})"},
    "none": {Language.EN: "Nothing has changed.", Language.DA: "Intet er ændret."},
    "added": {Language.EN: "Added", Language.DA: "Tilføjet"},
    "removed": {Language.EN: "Removed", Language.DA: "Fjernet"},
    "changed": {Language.EN: "Changed", Language.DA: "Ændret"},
    "moved": {Language.EN: "Moved", Language.DA: "Flyttet"},
}
#: The bundled font has no "→"; the report's arrows print as this.
_ARROW = "›"
_CHANGE_COLOURS = {"added": "#1E8449", "removed": "#B03A2E", "changed": "#B9770E", "moved": "#2E86C1"}


@dataclass(frozen=True)
class ChangesSince:
    """What the section shows: the earlier map's name and the diff from it to the exported map."""

    name: str
    changes: Diff


def add_changes_section(flow: _Flow, since: ChangesSince, lang: Language) -> None:

    def w(key: str) -> str:
        return _WORDS[key][lang]

    flow.heading(w("title").format(name=since.name), 14, needs=60 * flow.k)
    if since.changes.same:
        flow.note(w("none"))
        return
    flow.note(summary(since.changes, lang))
    rows = [[cell(heading, True), Cell((Para(w(entry.change), True, _CHANGE_COLOURS[entry.change]),)),
             cell(line.replace("→", _ARROW))]
            for heading, items in sections(since.changes, lang) for entry, line in items]
    flow.table([w("item"), w("change"), w("what")], (18, 12, 70), rows, group_column=0)


def change_rows(since: ChangesSince, lang: Language, text_colour: str) -> list[list[tuple[str, str]]]:
    """(text, colour) cells per difference, for a deck's native table: item kind, change, what changed."""
    return [[(heading, text_colour), (_WORDS[entry.change][lang], _CHANGE_COLOURS[entry.change]), (line, text_colour)]
            for heading, items in sections(since.changes, lang) for entry, line in items]


def add_changes_slides(deck: Any, since: ChangesSince) -> None:
    """The deck's "Changes since OTHER" slides (native tables), or one slide saying nothing changed."""
    from journeymapper.export.deck.base import TEXT
    from journeymapper.export.deck.tables import table_slides

    lang = deck.lang
    title = _WORDS["title"][lang].format(name=since.name)
    if since.changes.same:
        table_slides(deck, title, title, [_WORDS["what"][lang]], (1,), [[(_WORDS["none"][lang], TEXT)]], max_lines=1)
        return
    paged = _WORDS["paged"][lang].replace("{name}", since.name.replace("{", "{{").replace("}", "}}"))
    table_slides(deck, title, paged, [_WORDS[k][lang] for k in ("item", "change", "what")], (1.4, 1, 5),
                 change_rows(since, lang, TEXT), max_lines=3, note=summary(since.changes, lang))
