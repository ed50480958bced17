"""The export dialog's last options for each map (by its id), in a small JSON file in the config folder."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from typing import Any

from journeymapper.export.options import ExportError, PdfOptions
from journeymapper.ui.config_files import read_config_dict, write_config

MAX_MAPS = 50
_KEPT = {"paper", "landscape", "mode", "scale", "margin_mm", "custom_mm", "cover", "personas", "appendix",
         "min_text_pt", "report_paper", "bleed_mm"}
_NAME = "export-options.json"


def _read() -> dict[str, Any]:
    return read_config_dict(_NAME)


def remembered(map_id: str) -> tuple[PdfOptions, bool] | None:
    """The options last used for this map and whether to open the PDF when done; None if none (or damaged)."""
    entry = _read().get(map_id)
    if not isinstance(entry, dict):
        return None
    values = {k: v for k, v in entry.get("options", {}).items() if k in _KEPT}
    if isinstance(values.get("custom_mm"), list):
        values["custom_mm"] = tuple(values["custom_mm"])
    try:
        options = replace(PdfOptions(), **values)
        options.checked()
    except (TypeError, ExportError):
        return None
    return options, bool(entry.get("open_when_done", True))


def remember(map_id: str, options: PdfOptions, open_when_done: bool) -> None:
    data = _read()
    data.pop(map_id, None)
    kept = {f.name: getattr(options, f.name) for f in fields(options) if f.name in _KEPT}
    data[map_id] = {"options": json.loads(json.dumps(kept)), "open_when_done": open_when_done}
    while len(data) > MAX_MAPS:  # the oldest first: dicts keep insertion order
        data.pop(next(iter(data)))
    write_config(_NAME, data, indent=1)  # a convenience: never fails an export
