"""Small user preferences kept as JSON in the user's config folder (like the recent-files list)."""

from __future__ import annotations

from typing import Any

from journeymapper.ui.config_files import read_config_dict, write_config

_NAME = "preferences.json"


def _read() -> dict[str, Any]:
    return read_config_dict(_NAME)


def reduce_motion() -> bool:
    """True when the user asked for no animated pans and zooms (View › Reduce Motion)."""
    return _read().get("reduce_motion") is True


def set_reduce_motion(on: bool) -> None:
    data = _read()
    data["reduce_motion"] = bool(on)
    write_config(_NAME, data)
