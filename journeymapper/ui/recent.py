"""The Open Recent list, kept as a small JSON file in the user's config folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

from journeymapper.ui.config_files import config_path, read_config, write_config

MAX_RECENT = 10
_NAME = "recent.json"


def recent_files() -> list[Path]:
    """Recently opened maps that still exist, newest first; a damaged list is just empty."""
    names = read_config(_NAME)
    if not isinstance(names, list):
        return []
    return [Path(n) for n in names if isinstance(n, str) and Path(n).is_file()][:MAX_RECENT]


def add_recent(path: Path) -> None:
    path = Path(path).resolve()
    names = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    write_config(_NAME, names[:MAX_RECENT])  # a convenience: never fails an open


def clear_recent() -> None:
    with contextlib.suppress(OSError):
        config_path(_NAME).unlink()
