"""Where the bundled resources live: a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    """The ``resources/`` folder (fonts, templates, icons, schema, translations)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():  # source checkout or editable install
        return checkout
    installed = Path(__file__).resolve().parent / "_resources"
    return installed  # regular install: setuptools maps resources/ into the package


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
