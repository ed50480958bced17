"""What is in the PDF: every card's text, embedded fonts, metadata, outline, other scripts, images."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from journeymapper import __version__
from journeymapper.export.pdf import PdfOptions, count_pages, export
from journeymapper.layout import compute_layout, default_measurer
from journeymapper.model import Asset, Persona

from .conftest import big_map, do_export, pdf_text, png_asset, squash, template


@pytest.mark.parametrize("template_id", ["ecommerce", "laptop-shop"])
@pytest.mark.parametrize("mode", ["fit", "pages"])
def test_every_card_line_is_real_text(tmp_path, template_id, mode) -> None:
    doc = template(template_id)
    path, _ = do_export(tmp_path, doc, paper="A3", landscape=True, mode=mode)
    text = pdf_text(path)
    layout = compute_layout(doc, default_measurer())
    lines = [line.text for card in layout.cards for line in card.lines]
    assert lines and [t for t in lines if t not in text] == []
    for header in layout.stage_headers + layout.lane_headers:
        assert header.lines[0].text in text


def test_the_appendix_lists_every_card_with_its_source(tmp_path) -> None:
    doc = template("laptop-shop")
    path, _ = do_export(tmp_path, doc, appendix=True)
    reader = PdfReader(path)
    appendix = squash("".join(p.extract_text() for p in reader.pages[1:]))
    for card in doc.cards:
        assert squash(card.text) in appendix
        assert squash(card.source) in appendix
    for metric in doc.metrics:
        assert squash(metric.name) in appendix


def _fonts(reader: PdfReader) -> dict[str, object]:
    """Every font used by a page or by a form on it, by base font name."""
    found: dict[str, object] = {}

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_fonts_are_the_bundled_ones_embedded_as_subsets(tmp_path, ecommerce) -> None:
    path, _ = do_export(tmp_path, ecommerce, cover=True, personas=True, appendix=True)
    fonts = _fonts(PdfReader(path))
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name
        assert name.lstrip("/")[6] == "+", name  # subset tag, e.g. AAAAAA+JMSans
        descriptor = font["/FontDescriptor"].get_object()  # type: ignore[index]
        assert "/FontFile2" in descriptor, name


def test_metadata_and_outline(tmp_path, ecommerce) -> None:
    ecommerce.author = "Ann Analyst"
    ecommerce.client = "Shop & Co"
    path, _ = do_export(tmp_path, ecommerce, mode="poster", scale=1.2, cover=True, personas=True,
                        appendix=True)
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == ecommerce.title and meta.author == "Ann Analyst"
    assert meta.subject == "Customer journey map · Shop & Co"
    assert meta.creator == f"Journey Mapper {__version__}"
    outline = reader.outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top == ["Cover", "Journey map", "Personas", "Appendix"]
    children = [entry for entry in outline if isinstance(entry, list)]
    sheets, personas, tables = children
    assert [e.title for e in sheets][:3] == ["Overview", "Sheet A1", "Sheet A2"]
    assert [e.title for e in personas] == [p.name for p in ecommerce.personas]
    assert [e.title for e in tables] == ["Cards", "KPIs"]
    assert reader.get_destination_page_number(outline[1]) == 1


SCRIPTS = {
    "danish": "Æblegrød på Ærø — søde jordbær",
    "accented": "Crème brûlée, façade, naïve, señor, Łódź, Ångström",
    "greek": "Καλημέρα κόσμε, ταχίστη αλώπηξ",
    "cyrillic": "Съешь же ещё этих мягких французских булок",
}


def test_danish_accented_greek_and_cyrillic_text_survive(tmp_path, ecommerce) -> None:
    for card, text in zip(ecommerce.cards, SCRIPTS.values(), strict=False):
        card.text = text
    ecommerce.title = SCRIPTS["danish"]
    ecommerce.personas[0].name = SCRIPTS["greek"]
    ecommerce.stages[0].name = SCRIPTS["cyrillic"]
    path, _ = do_export(tmp_path, ecommerce, paper="A3", landscape=True, cover=True, personas=True,
                        appendix=True)
    text = squash(pdf_text(path))
    for sample in SCRIPTS.values():
        assert squash(sample) in text
    reader = PdfReader(path)
    assert reader.metadata.title == SCRIPTS["danish"]  # type: ignore[union-attr]
    assert [e.title for e in reader.outline[3]] == [SCRIPTS["greek"]]  # type: ignore[union-attr]


def test_a_danish_template_exports_with_danish_section_names(tmp_path) -> None:
    doc = template("ecommerce", "da")
    path, _ = do_export(tmp_path, doc, cover=True, personas=True, appendix=True)
    text = pdf_text(path)
    assert "Bilag" in text and "Frustrationer" in text and "Observeret" in text
    assert [e.title for e in PdfReader(path).outline if not isinstance(e, list)] == [
        "Forside", "Kunderejsekort", "Personaer", "Bilag"]


def _image_count(reader: PdfReader) -> int:
    count = 0

    def walk(resources) -> None:
        nonlocal count
        for xobject in ((resources.get_object() if resources else {}).get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                count += 1
            elif xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return count


def test_images_come_only_from_valid_assets(tmp_path, ecommerce) -> None:
    ecommerce.assets = [
        png_asset("good"),
        png_asset("photo", 80, 100, "#AA3355"),
        Asset(id="not-base64", mime="image/png", width=10, height=10, data="%%% not base64 %%%"),
        Asset(id="lying", mime="image/jpeg", width=10, height=10, data=png_asset("x").data),  # PNG bytes
        Asset(id="truncated", mime="image/png", width=60, height=40, data=png_asset("y").data[:60]),
    ]
    cards = [c for c in ecommerce.cards if c.channel is None][:4]
    for card, asset in zip(cards, ["good", "not-base64", "lying", "truncated"], strict=True):
        card.image = asset
    ecommerce.personas[0].photo = "photo"
    path, result = do_export(tmp_path, ecommerce, personas=True)
    assert sorted(result.skipped_images) == ["lying", "not-base64", "truncated"]
    assert _image_count(PdfReader(path)) == 2
    assert squash(cards[1].text) in squash(pdf_text(path))  # the card is still there


def test_a_huge_image_is_scaled_down(tmp_path, ecommerce) -> None:
    ecommerce.assets = [png_asset("huge", 4000, 3000)]
    ecommerce.cards[0].image = "huge"
    path, _ = do_export(tmp_path, ecommerce)
    reader = PdfReader(path)
    form = reader.pages[0]["/Resources"]["/XObject"]["/FormXob.JourneyMap"].get_object()
    (image,) = [x.get_object() for x in form["/Resources"]["/XObject"].values()
                if x.get_object().get("/Subtype") == "/Image"]
    assert int(image["/Width"]) < 2000


def test_a_map_with_500_cards_exports_every_card(tmp_path) -> None:
    """Speed is the benchmarks' business (the pdf row); this checks that nothing of a big map is lost."""
    doc = big_map(500)
    path, result = do_export(tmp_path, doc, paper="A1", landscape=True, cover=True, appendix=True)
    assert result.page_count == count_pages(doc, PdfOptions(paper="A1", landscape=True, cover=True,
                                                            appendix=True))
    text = pdf_text(path)
    assert all(f"Card number {n}:" in text for n in range(500))
    pages, _ = do_export(tmp_path, doc, "pages.pdf", paper="A3", mode="pages")
    assert len(PdfReader(pages).pages) > 1


def test_an_empty_map_exports(tmp_path) -> None:
    from journeymapper.model import JourneyMap

    for mode in ("fit", "poster", "pages"):
        path, result = do_export(tmp_path, JourneyMap(title=""), f"{mode}.pdf", mode=mode, cover=True,
                                 personas=True, appendix=True)
        assert result.page_count == len(PdfReader(path).pages) >= 3


def test_a_persona_with_very_long_fields_stays_on_its_page(tmp_path, ecommerce) -> None:
    long = " ".join(["lorem ipsum dolor sit amet"] * 400)
    ecommerce.personas = [Persona(id="p", name="Long", role=long, quote=long, description=long,
                                  goals=[long] * 5, frustrations=[long] * 5, demographics=long)]
    ecommerce.curves = []
    path, result = do_export(tmp_path, ecommerce, personas=True)
    assert result.page_count == 2


def test_progress_is_reported_page_by_page(tmp_path, ecommerce) -> None:
    calls: list[tuple[int, int]] = []
    result = export(ecommerce, tmp_path / "p.pdf", PdfOptions(cover=True, appendix=True),
                    progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (result.page_count + 1, result.page_count + 1)
    assert [done for done, _ in calls] == list(range(1, result.page_count + 2))
