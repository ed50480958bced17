"""Conflicted copies left by sync tools are found by name, next to the map."""

from __future__ import annotations

import os

from journeymapper.io.sync_copies import conflicted_copies


def test_each_sync_tools_naming_is_recognised_newest_first(tmp_path):
    mine = tmp_path / "journey.jmap"
    mine.write_text("{}")
    names = {
        "journey (Anna's conflicted copy 2024-05-01).jmap": "Dropbox",
        "journey-LAPTOP-ANNA.jmap": "OneDrive",
        "journey.sync-conflict-20240501-120000-ABCDEFG.jmap": "Syncthing",
        "journey (1).jmap": "Google Drive",
    }
    for age, name in enumerate(names):
        (tmp_path / name).write_text("{}")
        os.utime(tmp_path / name, (1_700_000_000 - age * 60, 1_700_000_000 - age * 60))
    for other in ("other.jmap", "journey.jmap.bak", "journey (1).txt", "journeys.jmap", "journey copy.jmap",
                  "journey-final.jmap", "journey-orig.jmap", "journey-v2.jmap"):  # the user's own copies
        (tmp_path / other).write_text("{}")
    (tmp_path / "journey (2).jmap").mkdir()  # a folder, not a copy
    found = conflicted_copies(mine)
    assert [(p.name, tool) for p, tool in found] == list(names.items())


def test_a_missing_folder_finds_nothing(tmp_path):
    assert conflicted_copies(tmp_path / "gone" / "journey.jmap") == []
