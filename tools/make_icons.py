"""``python -m tools.make_icons [--check]``: write the channel icons as SVG files.

The icons are defined once, as vector shapes, in ``journeymapper/layout/channel_icons.py``
(the canvas and the PDF draw them from there). This script writes the same drawings to
``resources/icons/channels/<channel>.svg`` for use outside the app; the files are
generated, never edited by hand, and a test checks they match the definitions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymapper.layout.channel_icons import ICONS, svg

REPO_ROOT = Path(__file__).resolve().parents[1]
OUTPUT_DIR = REPO_ROOT / "resources" / "icons" / "channels"


def render_all() -> dict[str, str]:
    """File name -> SVG text for every channel icon."""
    return {f"{channel}.svg": svg(channel) for channel in ICONS}


def stale_files(folder: Path = OUTPUT_DIR) -> list[str]:
    """Icon files that are missing, differ from the definitions, or no longer have a definition."""
    wanted = render_all()
    stale = [name for name, text in wanted.items()
             if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]
    if folder.is_dir():
        stale += sorted(p.name for p in folder.glob("*.svg") if p.name not in wanted)
    return stale


def write_all(folder: Path = OUTPUT_DIR) -> list[Path]:
    """(Re)write every icon whose text changed and delete icons of channels that are gone."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = render_all()
    written = []
    for name, text in wanted.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_bytes(text.encode("utf-8"))
            written.append(path)
    for path in folder.glob("*.svg"):
        if path.name not in wanted:
            path.unlink()
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_icons", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale icons; exit 1 if any")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    for path in write_all():
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
