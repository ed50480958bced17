"""The interface language as the Qt-free layers name it (they format numbers, quotes and dates by it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from journeymapper.model import Language


def interface_language() -> Language:
    """Danish when the interface speaks Danish (JOURNEYMAPPER_LANG or the system), else English."""
    return Language.DA if QLocale().language() == QLocale.Language.Danish else Language.EN


__all__ = ["interface_language"]
