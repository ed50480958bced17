"""The channel icon SVG files are generated from the shared vector definitions and carry a licence."""

import importlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from journeymapper.layout.channel_icons import ICONS, svg
from journeymapper.model import Channel

REPO = Path(__file__).resolve().parents[1]
ICON_DIR = REPO / "resources" / "icons" / "channels"


def _tool():
    if str(REPO) not in sys.path:  # the repository root is not on sys.path under plain pytest
        sys.path.insert(0, str(REPO))
    return importlib.import_module("tools.make_icons")


def test_every_channel_has_an_icon_definition():
    assert set(ICONS) == {channel.value for channel in Channel}


def test_icon_files_match_the_definitions():
    assert _tool().stale_files() == [], "run: python -m tools.make_icons"
    for channel in Channel:
        text = (ICON_DIR / f"{channel.value}.svg").read_text(encoding="utf-8")
        assert text == svg(channel.value)
        root = ET.fromstring(text)
        assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 24 24"
        assert len(root) == len(ICONS[channel.value])


def test_the_generator_reports_and_rewrites_changed_files(tmp_path):
    tool = _tool()
    tool.write_all(tmp_path)
    assert tool.stale_files(tmp_path) == []
    (tmp_path / "web.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "fax.svg").write_text("<svg/>", encoding="utf-8")
    assert tool.stale_files(tmp_path) == ["web.svg", "fax.svg"]
    tool.write_all(tmp_path)
    assert tool.stale_files(tmp_path) == [] and not (tmp_path / "fax.svg").exists()


def test_the_icons_licence_is_recorded():
    licence = " ".join((REPO / "resources" / "icons" / "LICENSE.md").read_text(encoding="utf-8").split())
    assert "own drawings" in licence and "channel_icons.py" in licence and "make_icons" in licence


def test_the_toolbar_icons_are_lucide_svgs_in_the_ink_colour_with_their_licence():
    folder = REPO / "resources" / "icons" / "toolbar"
    names = {p.stem for p in folder.glob("*.svg")}
    assert {"new", "open", "save", "undo", "redo", "insert_stage", "insert_lane", "insert_card", "delete",
            "zoom_in", "zoom_out", "zoom_fit"} <= names
    for path in folder.glob("*.svg"):
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text)
        assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 24 24"
        assert "currentColor" not in text and 'stroke="#37474F"' in text, path.name
    assert "ISC License" in (folder / "LICENSE-lucide.txt").read_text(encoding="utf-8")
    licence = (REPO / "resources" / "icons" / "LICENSE.md").read_text(encoding="utf-8")
    assert "Lucide" in licence and "toolbar/LICENSE-lucide.txt" in licence
