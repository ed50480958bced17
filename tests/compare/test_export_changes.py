"""``export --compare OTHER.jmap``: the appendix ends with "Changes since OTHER"."""

from __future__ import annotations

from pypdf import PdfReader

from journeymapper import io
from journeymapper.cli import main
from journeymapper.commands import RemoveItems, SetCardFields, SetMapFields, SetStageFields
from tests.commands.conftest import build_sample


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def maps(tmp_path, *commands):
    earlier = tmp_path / "workshop-1.jmap"
    io.save(build_sample(), earlier)
    doc = build_sample()
    for command in commands:
        command.apply(doc)
    now = tmp_path / "now.jmap"
    io.save(doc, now)
    return earlier, now


def test_the_appendix_lists_what_changed_since_the_other_map(tmp_path, capsys):
    earlier, now = maps(tmp_path, SetStageFields("s-buy", name="Purchase"), SetCardFields("c1", text="Call us"),
                        RemoveItems(["c5"]))
    out = tmp_path / "now.pdf"
    assert main(["export", str(now), "-o", str(out), "--compare", str(earlier)]) == 0
    text = pdf_text(out)
    assert "Changes since workshop-1.jmap" in text
    assert "1 added" not in text and "0 added, 2 removed, 2 changed, 0 moved" in text
    assert "“Buy” renamed to “Purchase”" in text
    assert "“text of c5” removed from Pain points / Aware" in text
    assert "text “text of c1” › “Call us”" in text  # the bundled font has no "→"
    plain = tmp_path / "plain.pdf"
    assert main(["export", str(now), "-o", str(plain), "--appendix"]) == 0
    assert "Changes since" not in pdf_text(plain)


def test_the_section_speaks_the_maps_language(tmp_path):
    earlier, now = maps(tmp_path, SetMapFields(language="da"), SetStageFields("s-buy", name="Køb"))
    out = tmp_path / "nu.pdf"
    assert main(["export", str(now), "-o", str(out), "--compare", str(earlier)]) == 0
    text = pdf_text(out)
    assert "Ændringer siden workshop-1.jmap" in text and "“Buy” omdøbt til “Køb”" in text


def test_nothing_changed_says_so(tmp_path):
    earlier, now = maps(tmp_path)
    out = tmp_path / "now.pdf"
    assert main(["export", str(now), "-o", str(out), "--compare", str(earlier)]) == 0
    assert "Nothing has changed." in pdf_text(out)


def test_a_bad_other_map_is_one_line_exit_2_and_no_pdf(tmp_path, capsys):
    _, now = maps(tmp_path)
    bad = tmp_path / "bad.jmap"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "now.pdf"
    assert main(["export", str(now), "-o", str(out), "--compare", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bad.jmap" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def deck_texts(path) -> list[list[str]]:
    """Per slide, every text frame's text and every table cell's text."""
    from pptx import Presentation

    slides = []
    for slide in Presentation(str(path)).slides:
        texts = []
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                texts += [cell.text for row in shape.table.rows for cell in row.cells]
        slides.append(texts)
    return slides


def test_the_deck_ends_with_the_changes_as_a_native_table(tmp_path, capsys):
    earlier, now = maps(tmp_path, SetStageFields("s-buy", name="Purchase"), RemoveItems(["c5"]))
    out = tmp_path / "now.pptx"
    assert main(["export", str(now), "-o", str(out), "--compare", str(earlier)]) == 0
    slides = deck_texts(out)
    last = slides[-1]
    assert "Changes since workshop-1.jmap" in last
    assert "“Buy” renamed to “Purchase”" in last and "Removed" in last
    assert "0 added, 2 removed, 1 changed, 0 moved" in last
    plain = tmp_path / "plain.pptx"
    assert main(["export", str(now), "-o", str(plain)]) == 0
    assert not any("Changes since" in text for texts in deck_texts(plain) for text in texts)
