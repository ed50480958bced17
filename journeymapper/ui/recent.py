"""The Open Recent list, kept as a small JSON file in the user's config folder."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from platformdirs import user_config_dir

from journeymapper import io

MAX_RECENT = 10


def _store() -> Path:
    return Path(user_config_dir("JourneyMapper", appauthor=False)) / "recent.json"


def recent_files() -> list[Path]:
    """Recently opened maps that still exist, newest first; a damaged list is just empty."""
    try:
        names = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(names, list):
        return []
    return [Path(n) for n in names if isinstance(n, str) and Path(n).is_file()][:MAX_RECENT]


def add_recent(path: Path) -> None:
    path = Path(path).resolve()
    names = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        io.write_atomic(store, json.dumps(names[:MAX_RECENT], indent=2).encode("utf-8"))
    except (OSError, io.DocumentError):
        pass  # a recent-files list is a convenience; never fail an open because of it


def clear_recent() -> None:
    with contextlib.suppress(OSError):
        _store().unlink()
