"""Small user preferences kept as JSON in the user's config folder (like the recent-files list)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from journeymapper import io


def _store() -> Path:
    return Path(user_config_dir("JourneyMapper", appauthor=False)) / "preferences.json"


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def reduce_motion() -> bool:
    """True when the user asked for no animated pans and zooms (View › Reduce Motion)."""
    return _read().get("reduce_motion") is True


def set_reduce_motion(on: bool) -> None:
    data = _read()
    data["reduce_motion"] = bool(on)
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        io.write_atomic(store, json.dumps(data, indent=2).encode("utf-8"))
    except (OSError, io.DocumentError):
        pass  # a preference is a convenience: it then lasts only this session
