"""The appendix section "Changes since OTHER": what changed from an earlier map to this one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from journeymapper.compare import Diff
from journeymapper.compare.text import sections, summary
from journeymapper.model import Language

if TYPE_CHECKING:  # the appendix's page flow (appendix.py imports this module)
    from journeymapper.export.appendix import _Flow

_WORDS: dict[str, dict[Language, str]] = {
    "title": {Language.EN: "Changes since {name}", Language.DA: "Ændringer siden {name}"},
    "item": {Language.EN: "Item", Language.DA: "Element"},
    "change": {Language.EN: "Change", Language.DA: "Ændring"},
    "what": {Language.EN: "What changed", Language.DA: "Hvad er ændret"},
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
    from journeymapper.export.appendix import Cell, Para, cell

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
