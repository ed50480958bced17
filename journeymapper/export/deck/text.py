"""User text made safe for a slide: cleaned of what XML cannot hold, fitted to a box, escaped.

Every piece of user text goes through :class:`Cleaner` once (it counts the characters it
removes, for the export's one warning) and reaches the slide XML only through :func:`esc`,
so it is always a plain text run, never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from journeymapper.layout.text import ELLIPSIS, TextMeasurer, wrap

# XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF.
# C1 controls and DEL are legal but invisible noise in a slide: removed as well.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Cleaner:
    """Removes control characters from user text and counts them (for a single warning)."""

    removed: int = 0
    _seen: dict[str, str] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        done = self._seen.get(text)
        if done is not None:
            return done
        cleaned, count = _BAD.subn("", text)
        self.removed += count
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
        if len(self._seen) < 50_000:
            self._seen[text] = cleaned
        return cleaned


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def esc(text: str) -> str:
    """Text as XML character data or attribute value (already cleaned)."""
    return text.translate(_ESCAPES)


@dataclass(frozen=True)
class Fitted:
    """Text as shown in a box: ``shown`` (maybe cut, ending in "…"), its wrapped ``lines``, and ``cut``."""

    shown: str
    lines: tuple[str, ...]
    cut: bool


def fit(text: str, width: float, size: float, measurer: TextMeasurer, max_lines: int,
        bold: bool = False) -> Fitted:
    """Wrap ``text`` to ``width``; if it needs more than ``max_lines`` lines, cut it with "…"."""
    lines = wrap(text, width, size, measurer, bold=bold)
    if len(lines) <= max_lines:
        return Fitted(text, tuple(lines), False)
    kept = lines[:max_lines]
    last = kept[-1].rstrip(" ")
    while last and measurer.width(last + ELLIPSIS, size, bold) > width:
        last = last[:-1].rstrip(" ")
    kept[-1] = last + ELLIPSIS
    # wrap() keeps every non-space character in order: the shown text is the original up to the
    # last character the kept lines hold, so its own line breaks survive.
    wanted = sum(len(line.replace(" ", "")) for line in kept) - len(ELLIPSIS)
    shown = text[:_prefix_end(text, wanted)].rstrip() + ELLIPSIS
    return Fitted(shown, tuple(kept), True)


def _prefix_end(text: str, non_space: int) -> int:
    count = 0
    for i, ch in enumerate(text):
        if count >= non_space:
            return i
        if not ch.isspace():
            count += 1
    return len(text)


def one_line(text: str, width: float, size: float, measurer: TextMeasurer, bold: bool = False) -> str:
    """The text on one line, cut with "…" if it is wider than ``width``."""
    flat = " ".join(text.split())
    return fit(flat, width, size, measurer, 1, bold).shown if flat else ""
