"""Conflicted copies that sync tools leave beside a file when two computers changed it at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Union

from journeymapper.io.format import SUFFIX


def copy_patterns(stem: str) -> dict[str, re.Pattern[str]]:
    """Sync tool -> how it names a conflicted copy of ``stem + .jmap``."""
    name, ext = re.escape(stem), re.escape(SUFFIX)
    return {
        # "journey (Anna's conflicted copy 2024-05-01).jmap", "journey (conflicted copy 2024-05-01).jmap"
        "Dropbox": re.compile(rf"^{name} \([^)]*conflicted copy[^)]*\){ext}$", re.IGNORECASE),
        # "journey.sync-conflict-20240501-120000-ABCDEFG.jmap"
        "Syncthing": re.compile(rf"^{name}\.sync-conflict-[^/\\]*{ext}$", re.IGNORECASE),
        # "journey (1).jmap"
        "Google Drive": re.compile(rf"^{name} \(\d+\){ext}$", re.IGNORECASE),
        # "journey-LAPTOP-ANNA.jmap": the computer's name, which Windows writes in capitals; a
        # lower-case word after a hyphen ("journey-final", "shop-orig") is the user's own copy
        "OneDrive": re.compile(rf"^{name}-(?-i:[A-Z0-9][A-Z0-9_-]*){ext}$", re.IGNORECASE),
    }


def conflicted_copies(path: Union[str, Path]) -> list[tuple[Path, str]]:
    """Files next to ``path`` named like a sync tool's conflicted copy of it, newest first, with the tool."""
    path = Path(path)
    patterns = copy_patterns(path.stem)
    found: list[tuple[float, Path, str]] = []
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return []
    for sibling in siblings:
        if sibling == path or not sibling.name.lower().endswith(SUFFIX):
            continue
        tool = next((tool for tool, pattern in patterns.items() if pattern.match(sibling.name)), None)
        if tool is None:
            continue
        try:
            if not sibling.is_file():
                continue
            found.append((sibling.stat().st_mtime, sibling, tool))
        except OSError:
            continue
    return [(p, tool) for _, p, tool in sorted(found, key=lambda f: (-f[0], f[1].name))]
