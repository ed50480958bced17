"""What a deck export is asked to do (:class:`DeckOptions`) and what it returns (:class:`DeckResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from journeymapper.export.changes import ChangesSince
from journeymapper.export.options import ExportError

#: Slide sizes in points (width, height): PowerPoint's widescreen and standard slides.
SLIDE_SIZES: dict[str, tuple[float, float]] = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}


@dataclass(frozen=True)
class DeckOptions:
    slide_size: str = "16:9"
    #: Printed on the title slide (default: today).
    date: Optional[date] = field(default=None, compare=False)
    #: "Changes since ..." slides at the end (export --compare).
    changes: Optional[ChangesSince] = field(default=None, compare=False)

    def checked(self, source: str = "PowerPoint export") -> DeckOptions:
        if self.slide_size not in SLIDE_SIZES:
            raise ExportError(source, f"unknown slide size {self.slide_size!r} (use {', '.join(SLIDE_SIZES)})")
        return self

    @property
    def size(self) -> tuple[float, float]:
        return SLIDE_SIZES[self.slide_size]


@dataclass(frozen=True)
class DeckResult:
    path: Path
    slide_count: int
    bytes_written: int
    #: One-line warnings for the user (control characters removed, images left out).
    warnings: tuple[str, ...] = ()
