"""Embedded images. Decoding and checking the image bytes happens before, elsewhere."""

from __future__ import annotations

from typing import ClassVar

from journeymapper.commands.simple import AddItem
from journeymapper.model import Asset


class AddAsset(AddItem[Asset]):
    """Add an embedded image, usually together with the card or persona showing it (a Composite)."""

    group: ClassVar[str] = "assets"
    noun: ClassVar[str] = "image"
