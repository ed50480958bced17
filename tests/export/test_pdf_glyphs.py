"""No silent glyph loss: fallback fonts for what Noto Sans lacks, a visible placeholder for what no
bundled font has, and one warning listing those."""

from __future__ import annotations

from pdfminer.high_level import extract_pages
from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.io import save
from journeymapper.layout.fonts import FONT_MATH, FONT_SYMBOLS, PLACEHOLDER, default_measurer, font_runs
from journeymapper.layout.ttf_metrics import read_metrics
from journeymapper.paths import resource
from tests.export.conftest import do_export, template
from tests.export.readback import _chars

TEXT = "Ask → answer ✓ if ≥ 3 😀 中"


def test_layout_measures_each_character_in_the_font_that_draws_it() -> None:
    measurer = default_measurer()
    math = read_metrics(resource("fonts", "NotoSansMath-Regular.ttf"))
    symbols = read_metrics(resource("fonts", "NotoSansSymbols2-Regular.ttf"))
    assert measurer.width("→", 10) == 0.001 * 10 * math.char_widths[ord("→")]
    assert measurer.width("✓", 10) == 0.001 * 10 * symbols.char_widths[ord("✓")]
    assert measurer.width("中", 10) == measurer.width(PLACEHOLDER, 10)
    assert font_runs("a ✓ b")[1] == (FONT_SYMBOLS, "✓")
    assert font_runs("x → 中", True) == (("JMSans-Bold", "x "), (FONT_MATH, "→"), ("JMSans-Bold", " " + PLACEHOLDER))


def test_the_pdf_draws_fallback_glyphs_and_placeholders_and_says_so(tmp_path, capsys) -> None:
    doc = template("ecommerce")
    doc.cards[0].text = TEXT
    source = tmp_path / "map.jmap"
    save(doc, source)
    out = tmp_path / "map.pdf"
    assert main(["export", str(source), "-o", str(out), "--paper", "A0"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "😀 (U+1F600)" in err[0] and "中 (U+4E2D)" in err[0] and err[0].count("😀") == 1
    text = PdfReader(out).pages[0].extract_text()
    assert "Ask → answer ✓ if ≥ 3 " + PLACEHOLDER + " " + PLACEHOLDER in text
    fonts = {c.get_text(): c.fontname for page in extract_pages(str(out), page_numbers=[0])
             for c in _chars(page) if c.get_text() in "→✓≥a"}
    assert "Math" in fonts["→"] and "Symbols2" in fonts["✓"] and "Math" in fonts["≥"]
    assert "NotoSans-Regular" in fonts["a"] or "JMSans" in fonts["a"]


def test_a_map_every_font_covers_exports_without_a_warning(tmp_path) -> None:
    doc = template("ecommerce")
    doc.cards[0].text = "Pris ≥ 100 kr → køb ✓"
    _, result = do_export(tmp_path, doc, paper="A0")
    assert result.warnings == ()
