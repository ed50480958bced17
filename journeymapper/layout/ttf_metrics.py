"""Glyph advances of a TrueType font, read straight from its tables, exactly as ReportLab reads them.

The layout only needs advance widths and the ascender/descender. ReportLab gives them too, but
importing it costs the editor's start-up more than reading these few tables does; the PDF
export, which draws with ReportLab, registers the same files with it when it runs.

The numbers are ReportLab's, bit for bit: the same cmap subtable is chosen, the same
characters get widths (also those mapped to glyph 0), the space and no-break space share a
width, values are scaled to 1/1000 em as ReportLab scales them. A font this reader does not
understand raises :class:`UnsupportedFont`, and the caller falls back to ReportLab.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Union


class UnsupportedFont(ValueError):
    """A table or cmap format this reader does not handle (ReportLab may)."""


@dataclass(frozen=True)
class FaceMetrics:
    #: Code point -> advance width in 1/1000 em (ReportLab's ``face.charWidths``).
    char_widths: dict[int, float]
    #: Advance of glyph 0 (used for characters the font lacks).
    default_width: float
    #: Typographic ascender and descender (descender negative), in 1/1000 em.
    ascent: float
    descent: float


def read_metrics(path: Union[str, Path]) -> FaceMetrics:
    data = Path(path).read_bytes()
    try:
        return _parse(data)
    except (struct.error, IndexError, KeyError) as exc:
        raise UnsupportedFont(f"{path}: {exc}") from None


def _parse(data: bytes) -> FaceMetrics:
    u16, s16, u32 = ">H", ">h", ">L"
    version = data[:4]
    if version not in (b"\x00\x01\x00\x00", b"true"):
        raise UnsupportedFont("not a TrueType font (or a collection)")
    num_tables = struct.unpack_from(u16, data, 4)[0]
    tables: dict[bytes, int] = {}
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        tables[tag] = offset

    head = tables[b"head"]
    if struct.unpack_from(u32, data, head + 12)[0] != 0x5F0F3CF5:
        raise UnsupportedFont("bad head table")
    units_per_em = struct.unpack_from(u16, data, head + 18)[0]
    mult = 1000 / units_per_em

    def scale(v: int) -> float:
        return v if units_per_em == 1000 else v * mult

    if b"OS/2" in tables:
        os2 = tables[b"OS/2"]
        ascent, descent = scale(struct.unpack_from(s16, data, os2 + 68)[0]), scale(
            struct.unpack_from(s16, data, os2 + 70)[0])
    else:
        ascent, descent = scale(struct.unpack_from(s16, data, head + 42)[0]), scale(
            struct.unpack_from(s16, data, head + 38)[0])

    num_h_metrics = struct.unpack_from(u16, data, tables[b"hhea"] + 34)[0]
    num_glyphs = struct.unpack_from(u16, data, tables[b"maxp"] + 4)[0]
    glyph_to_chars = _cmap(data, tables[b"cmap"])

    hmtx = tables[b"hmtx"]
    widths: dict[int, float] = {}
    aw: float = 0
    default: float = 0
    for glyph in range(max(num_glyphs, num_h_metrics)):
        if glyph < num_h_metrics:
            aw = scale(struct.unpack_from(u16, data, hmtx + 4 * glyph)[0])
            if glyph == 0:
                default = aw
        chars = glyph_to_chars.get(glyph)
        if chars:
            for char in chars:
                widths[char] = aw
    # ReportLab's rule: the space and the no-break space share one width.
    chars_mapped = {c for cs in glyph_to_chars.values() for c in cs}
    if 0x20 in chars_mapped:
        widths[0xA0] = widths[0x20]
    elif 0xA0 in chars_mapped:
        widths[0x20] = widths[0xA0]
    return FaceMetrics(widths, default, ascent, descent)


def _cmap(data: bytes, cmap: int) -> dict[int, list[int]]:
    """Glyph -> code points, from the subtable ReportLab picks (formats 4 and 12)."""
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen = None
    enc = 0
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * i)
        # ReportLab's preference: the last Windows or Unicode table, else a Mac Roman one.
        if platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
        elif platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, chosen = 1, offset
    if chosen is None:
        raise UnsupportedFont("no suitable cmap subtable")
    at = cmap + chosen
    fmt = struct.unpack_from(">H", data, at)[0]
    glyph_to_chars: dict[int, list[int]] = {}
    if fmt == 12:
        (groups,) = struct.unpack_from(">L", data, at + 12)
        for n in range(groups):
            start, end, first = struct.unpack_from(">LLL", data, at + 16 + 12 * n)
            inc = first - start
            for char in range(start, end + 1):
                glyph_to_chars.setdefault(char + inc, []).append(char)
    elif fmt == 4:
        length = struct.unpack_from(">H", data, at + 2)[0]
        limit = at + length
        seg_count = struct.unpack_from(">H", data, at + 6)[0] // 2
        ends_at = at + 14
        starts_at = ends_at + 2 * seg_count + 2
        deltas_at = starts_at + 2 * seg_count
        ranges_at = deltas_at + 2 * seg_count
        ends = struct.unpack_from(f">{seg_count}H", data, ends_at)
        starts = struct.unpack_from(f">{seg_count}H", data, starts_at)
        deltas = struct.unpack_from(f">{seg_count}h", data, deltas_at)
        ranges = struct.unpack_from(f">{seg_count}H", data, ranges_at)
        for n in range(seg_count):
            for char in range(starts[n], ends[n] + 1):
                if ranges[n] == 0:
                    glyph = (char + deltas[n]) & 0xFFFF
                else:
                    offset = ranges_at + 2 * n + (char - starts[n]) * 2 + ranges[n]
                    if offset >= limit:
                        glyph = 0
                    else:
                        glyph = struct.unpack_from(">H", data, offset)[0]
                        if glyph != 0:
                            glyph = (glyph + deltas[n]) & 0xFFFF
                glyph_to_chars.setdefault(glyph, []).append(char)
    else:
        raise UnsupportedFont(f"cmap format {fmt}")
    return glyph_to_chars
