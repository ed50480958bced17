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


#: Longest suggested name, before the suffix: well inside every file system's limit.
MAX_SUGGESTED = 100
#: Names Windows reserves for devices, with or without an extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def suggested_name(title: str, suffix: str) -> str:
    """A file name made from a map's title that Windows, macOS and Linux all accept.

    Letters, digits, spaces, hyphens and underscores only (no ``<>:"/\\|?*`` or control
    characters); at most :data:`MAX_SUGGESTED` characters, cut at a whole word; no trailing dots
    or spaces; not a reserved device name such as ``CON`` or ``COM1``.
    """
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE)
    stem = re.sub(r"\s+", " ", stem).strip()
    if len(stem) > MAX_SUGGESTED:
        cut = stem[: MAX_SUGGESTED + 1]
        stem = cut.rsplit(" ", 1)[0] if " " in cut else stem[:MAX_SUGGESTED]
        stem = stem[:MAX_SUGGESTED]
    stem = stem.rstrip(". ")
    if not stem:
        stem = "journey"
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"{stem} map"
    return f"{stem}{suffix}"


def typed_path(text: str, suffix: str) -> Optional[Path]:
    """The file a path field names, ``suffix`` added when missing; None while it names no file yet
    (empty, or only a folder such as ``/`` or ``C:\\`` half-way through typing)."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.name:
        return None
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_map(parent: QWidget) -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Open Journey Map"), "", _map_filter())
    return Path(name) if name else None


def ask_save_path(parent: Optional[QWidget], caption: str, start: str, filters: str, suffix: str) -> Optional[Path]:
    """A save dialog that adds ``suffix`` itself, so its overwrite question covers the final name."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    if start:
        dialog.selectFile(start)
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def save_map(parent: QWidget, current: Optional[Path], title: str) -> Optional[Path]:
    start = str(current) if current else suggested_name(title, SUFFIX)
    return ask_save_path(parent, _tr("Save Journey Map"), start, _map_filter(), SUFFIX)


def export_image_path(parent: QWidget, current: Optional[Path], title: str) -> Optional[Path]:
    stem = current.with_suffix(".png") if current else Path(suggested_name(title, ".png"))
    filters = _tr("PNG image (*.png)") + ";;" + _tr("SVG vector image (*.svg)")
    path = ask_save_path(parent, _tr("Export Image"), str(stem), filters, ".png")
    if path is not None and path.suffix.lower() not in (".png", ".svg"):
        path = path.with_name(path.name + ".png")
    return path
