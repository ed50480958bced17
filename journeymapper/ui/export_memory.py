"""The export dialog's last options for each map (by its id), in a small JSON file in the config folder."""

from __future__ import annotations

import contextlib
import json
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from journeymapper import io
from journeymapper.export.options import ExportError, PdfOptions

MAX_MAPS = 50
_KEPT = {"paper", "landscape", "mode", "scale", "margin_mm", "custom_mm", "cover", "personas", "appendix",
         "min_text_pt", "report_paper", "bleed_mm"}


def _store() -> Path:
    return Path(user_config_dir("JourneyMapper", appauthor=False)) / "export-options.json"


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


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
    store = _store()
    with contextlib.suppress(OSError, io.DocumentError):  # a convenience: never fail an export over it
        store.parent.mkdir(parents=True, exist_ok=True)
        io.write_atomic(store, json.dumps(data, indent=1).encode("utf-8"))


__all__ = ["remember", "remembered"]
