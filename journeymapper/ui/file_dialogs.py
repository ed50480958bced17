"""File choosers for maps and images (Qt's own dialogs, so they work the same everywhere)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from journeymapper.io import SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def _map_filter() -> str:
    return _tr("Journey maps (*.jmap)") + ";;" + _tr("All files (*)")


def suggested_name(title: str, suffix: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip() or "journey"
    return f"{stem}{suffix}"


def open_map(parent: QWidget) -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Open Journey Map"), "", _map_filter())
    return Path(name) if name else None


def save_map(parent: QWidget, current: Optional[Path], title: str) -> Optional[Path]:
    start = str(current) if current else suggested_name(title, SUFFIX)
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save Journey Map"), start, _map_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def export_image_path(parent: QWidget, current: Optional[Path], title: str) -> Optional[Path]:
    stem = current.with_suffix(".png") if current else Path(suggested_name(title, ".png"))
    filters = _tr("PNG image (*.png)") + ";;" + _tr("SVG vector image (*.svg)")
    name, chosen = QFileDialog.getSaveFileName(parent, _tr("Export Image"), str(stem), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_name(path.name + (".svg" if "svg" in chosen.lower() else ".png"))
    return path
