from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.layout import FontMeasurer, MonoMeasurer, wrap
from journeymapper.layout.text import ELLIPSIS, place_lines

SIZE = 10.0
CHAR = 0.55 * SIZE  # MonoMeasurer advance at SIZE
EPS = 1e-6


def chars(n: float) -> float:
    return n * CHAR + EPS


def test_empty_text_gives_no_lines(mono: MonoMeasurer) -> None:
    assert wrap("", 100, SIZE, mono) == []


def test_short_text_stays_on_one_line(mono: MonoMeasurer) -> None:
    assert wrap("hello world", chars(20), SIZE, mono) == ["hello world"]


def test_breaks_at_spaces(mono: MonoMeasurer) -> None:
    assert wrap("aaa bbb ccc", chars(7), SIZE, mono) == ["aaa bbb", "ccc"]


def test_keeps_explicit_newlines_and_empty_paragraphs(mono: MonoMeasurer) -> None:
    assert wrap("one\n\ntwo", chars(20), SIZE, mono) == ["one", "", "two"]
    assert wrap("a\r\nb", chars(20), SIZE, mono) == ["a", "b"]


def test_breaks_long_words_by_character(mono: MonoMeasurer) -> None:
    assert wrap("abcdefghij", chars(4), SIZE, mono) == ["abcd", "efgh", "ij"]
    assert wrap("xy abcdefghij z", chars(4), SIZE, mono) == ["xy", "abcd", "efgh", "ij z"]


def test_breaks_a_long_word_at_its_hyphens_first(mono: MonoMeasurer) -> None:
    """Issue 23 item 5: the PDF appendix printed "Kissmetrics-tragtrappo|rt"."""
    assert wrap("Kissmetrics-tragtrapport", chars(22), SIZE, mono) == ["Kissmetrics-", "tragtrapport"]
    assert wrap("Kilde: Kissmetrics-tragtrapport", chars(14), SIZE, mono) == [
        "Kilde:", "Kissmetrics-", "tragtrapport"]
    assert wrap("web/app/butik", chars(9), SIZE, mono) == ["web/app/", "butik"]
    # a part between hyphens that is itself too wide still breaks between characters
    assert wrap("ab-cdefghij", chars(4), SIZE, mono) == ["ab-", "cdef", "ghij"]
    assert wrap("--", chars(1), SIZE, mono) == ["-", "-"]


def test_drops_spaces_at_breaks_but_keeps_indentation(mono: MonoMeasurer) -> None:
    assert wrap("aaa    bbb", chars(5), SIZE, mono) == ["aaa", "bbb"]
    assert wrap("  ab", chars(10), SIZE, mono) == ["  ab"]


def test_truncates_with_ellipsis(mono: MonoMeasurer) -> None:
    lines = wrap("aaa bbb ccc ddd", chars(7), SIZE, mono, max_lines=1)
    assert lines == ["aaa bb" + ELLIPSIS]
    assert mono.width(lines[0], SIZE) <= chars(7)


def test_no_ellipsis_when_everything_fits(mono: MonoMeasurer) -> None:
    assert wrap("aaa bbb", chars(7), SIZE, mono, max_lines=1) == ["aaa bbb"]
    assert wrap("a\nb", chars(7), SIZE, mono, max_lines=2) == ["a", "b"]


def test_ellipsis_on_cut_paragraphs(mono: MonoMeasurer) -> None:
    assert wrap("a\nb\nc", chars(7), SIZE, mono, max_lines=2) == ["a", "b" + ELLIPSIS]


def test_bold_is_measured_bold(mono: MonoMeasurer) -> None:
    # 7 bold characters are 7.7 regular ones wide.
    assert wrap("aaaaaaa", chars(7), SIZE, mono) == ["aaaaaaa"]
    assert len(wrap("aaaaaaa", chars(7), SIZE, mono, bold=True)) == 2


class KerningMeasurer(MonoMeasurer):
    """Not additive: "a" before a space costs extra, which summing word widths misses."""

    additive = False

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return super().width(text, size, bold, italic) + text.count("a ") * size


def test_non_additive_measurer_still_fits() -> None:
    m = KerningMeasurer()
    lines = wrap("ba ba ba ba ba ba", chars(8), SIZE, m)
    assert all(m.width(line, SIZE) <= chars(8) for line in lines)
    assert "".join(lines).replace(" ", "") == "babababababa"


def _fits(lines: list[str], width: float, measure) -> bool:  # type: ignore[no-untyped-def]
    return all(len(line) <= 1 or measure(line) <= width + EPS for line in lines)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab cæΩЖ\nWi", max_size=120), width_chars=st.floats(1.0, 30.0),
       max_lines=st.none() | st.integers(1, 5))
def test_every_line_fits_and_no_text_is_lost(text: str, width_chars: float, max_lines: int | None) -> None:
    for measurer in (MonoMeasurer(), FontMeasurer()):
        width = chars(width_chars) + SIZE  # at least one character of either measurer
        lines = wrap(text, width, SIZE, measurer, max_lines=max_lines)
        assert _fits(lines, width, lambda s, m=measurer: m.width(s, SIZE))
        if max_lines is not None:
            assert len(lines) <= max_lines
        if not lines or not lines[-1].endswith(ELLIPSIS):
            assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_place_lines_puts_baselines_one_line_height_apart(mono: MonoMeasurer) -> None:
    placed = place_lines(["a", "bb"], 5.0, 10.0, SIZE, mono, bold=True, colour="#000000")
    assert [p.text for p in placed] == ["a", "bb"]
    assert placed[1].y_baseline - placed[0].y_baseline == mono.line_height(SIZE)
    top_of_glyphs = placed[0].y_baseline - mono.ascent(SIZE)
    assert top_of_glyphs + EPS >= 10.0 and placed[0].bold and placed[0].x == 5.0


def test_place_lines_centres(mono: MonoMeasurer) -> None:
    (line,) = place_lines(["ab"], 0.0, 0.0, SIZE, mono, align="center", width=100.0)
    assert line.x == (100.0 - 2 * CHAR) / 2
