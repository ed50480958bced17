"""The deck opened by a real office suite: LibreOffice converts it to PDF, one page per slide, every card's
text on them. Needs ``soffice`` (Debian: libreoffice-impress); skipped where it is not installed, and kept
out of .ci/run (LibreOffice is large)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from .conftest import squash, template
from .deck_helpers import make_deck

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: the deck "
                                "cannot be opened by an office suite here (apt-get install libreoffice-impress)")


@pytest.mark.parametrize(("template_id", "language"), [("laptop-shop", "en"), ("ecommerce", "da")])
def test_libreoffice_opens_the_deck_with_every_slide_and_card(tmp_path, template_id, language) -> None:
    doc = template(template_id, language)
    prs, result = make_deck(tmp_path, doc)
    profile = tmp_path / "lo-profile"
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(tmp_path / "deck.pptx")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    reader = PdfReader(tmp_path / "deck.pdf")
    assert len(reader.pages) == result.slide_count
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (960, 540)
    text = squash("".join(page.extract_text() or "" for page in reader.pages))
    for card in doc.cards:
        assert squash(card.text) in text, card.text
