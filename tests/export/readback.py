"""Reading a PDF back as the printer would: every character with its printed size, page by page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTContainer, LTItem


def _chars(item: LTItem) -> list[LTChar]:
    if isinstance(item, LTChar):
        return [item]
    if isinstance(item, LTContainer):
        return [c for child in item for c in _chars(child)]
    return []


def page_chars(path: Path, pages: Optional[Iterable[int]] = None) -> list[list[tuple[str, float]]]:
    """Per page (all, or the 0-based ``pages``), every drawn character and its printed size in points
    (font size x text matrix x page scale)."""
    return [[(c.get_text(), c.size) for c in _chars(page)]
            for page in extract_pages(str(path), page_numbers=None if pages is None else list(pages))]


def smallest_printed(path: Path, pages: Optional[Iterable[int]] = None) -> float:
    sizes = [size for page in page_chars(path, pages) for text, size in page if text.strip()]
    return min(sizes, default=0.0)
