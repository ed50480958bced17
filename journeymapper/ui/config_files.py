"""Small JSON files in the user's config folder (recent files, preferences, export options).

They are conveniences: a missing or damaged file reads as nothing, and a failed write is dropped
(the setting then lasts only this session) rather than failing what the user was doing.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from journeymapper import io


def config_path(name: str) -> Path:
    return Path(user_config_dir("JourneyMapper", appauthor=False)) / name


def read_config(name: str) -> Any:
    """The file's JSON value, or None if it is missing or damaged."""
    try:
        return json.loads(config_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_config_dict(name: str) -> dict[str, Any]:
    data = read_config(name)
    return data if isinstance(data, dict) else {}


def write_config(name: str, data: Any, indent: int = 2) -> None:
    """Write atomically; never raises."""
    store = config_path(name)
    with contextlib.suppress(OSError, io.DocumentError):
        store.parent.mkdir(parents=True, exist_ok=True)
        io.write_atomic(store, json.dumps(data, indent=indent).encode("utf-8"))
