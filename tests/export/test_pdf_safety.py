"""User text is never markup, no file or URL is opened because of it, and writing is atomic."""

from __future__ import annotations

import ast
import builtins
import urllib.request
from pathlib import Path

import pytest
from reportlab import rl_config

import journeymapper.export
from journeymapper.export import draw
from journeymapper.export.pdf import ExportCancelled, ExportError, PdfOptions, export
from journeymapper.io import DocumentError
from journeymapper.model import Connector, Persona

from .conftest import do_export, pdf_text, squash

HOSTILE = [
    "<",
    "&",
    "J&C",
    "<b>x",
    '<img src="/etc/hostname"/>',
    '<font color="[[[1]]]">x</font>',
    '<link href="file:///etc/passwd">x</link>',
    "&amp; &lt;b&gt; &#60;",
]


def _fill_with_hostile_text(doc) -> None:
    h = HOSTILE
    doc.title, doc.client, doc.author = h[4], h[2], h[6]
    doc.description = " ".join(h)
    doc.stages[0].name, doc.stages[1].description = h[3], h[5]
    doc.lanes[0].title = h[6]
    for card, text in zip(doc.cards, h * 2, strict=False):
        card.text = text
    doc.cards[-1].source = h[4]
    doc.personas = [Persona(id="p-hostile", name=h[5], role=h[3], quote=h[6], description=h[4],
                            goals=h[:4], frustrations=h[4:], demographics=h[2])]
    doc.curves = [c.model_copy(update={"persona_id": "p-hostile"}) for c in doc.curves]
    doc.curves[0].points[0].label = h[4]
    doc.metrics[0].name = h[6]
    doc.connectors = [Connector(id="k1", from_card=doc.cards[0].id, to_card=doc.cards[5].id, label=h[5])]


def test_hostile_strings_come_out_literally_and_open_nothing(tmp_path, ecommerce, monkeypatch) -> None:
    _fill_with_hostile_text(ecommerce)
    opened: list[str] = []
    real_open = builtins.open

    def recording_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def no_urls(*args, **kwargs):
        raise AssertionError(f"URL opened: {args}")

    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(urllib.request, "urlopen", no_urls)
    import reportlab.lib.utils as rl_utils

    monkeypatch.setattr(rl_utils, "rlUrlRead", no_urls)
    path, result = do_export(tmp_path, ecommerce, paper="A3", landscape=True, cover=True, personas=True,
                             appendix=True)
    monkeypatch.undo()
    assert not [name for name in opened if "/etc/" in name or "://" in name], opened
    text = squash(pdf_text(path))
    for sample in HOSTILE:
        assert squash(sample) in text, sample
    hostname = Path("/etc/hostname")
    if hostname.exists() and len(hostname.read_text().strip()) >= 4:
        assert squash(hostname.read_text()) not in text
    assert result.skipped_images == ()


def test_hostile_title_is_literal_in_metadata_and_outline(tmp_path, ecommerce) -> None:
    from pypdf import PdfReader

    _fill_with_hostile_text(ecommerce)
    path, _ = do_export(tmp_path, ecommerce, personas=True)
    reader = PdfReader(path)
    assert reader.metadata.title == HOSTILE[4]  # type: ignore[union-attr]
    assert reader.metadata.author == HOSTILE[6]  # type: ignore[union-attr]
    assert [e.title for e in reader.outline[-1]] == [HOSTILE[5]]  # type: ignore[union-attr]


def test_lone_surrogates_do_not_break_the_export(tmp_path, ecommerce) -> None:
    ecommerce.cards[0].text = "broken \ud800 text"
    path, _ = do_export(tmp_path, ecommerce, appendix=True)
    assert "broken" in pdf_text(path)


def test_reportlab_trusts_no_scheme_and_no_host() -> None:
    assert rl_config.trustedSchemes == []
    assert not rl_config.trustedHosts
    assert rl_config.toColorCanUse is None


def test_the_export_never_uses_reportlab_markup() -> None:
    """No Paragraph or other platypus flowable: all user text goes through plain text calls."""
    folder = Path(journeymapper.export.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert "platypus" not in node.module, path.name
            if isinstance(node, ast.Import):
                assert not any("platypus" in a.name for a in node.names), path.name
            if isinstance(node, ast.Attribute):
                assert node.attr not in ("drawParagraph", "Paragraph"), path.name


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "keep.pdf")


def test_cancelling_writes_nothing_and_keeps_the_old_file(tmp_path, ecommerce) -> None:
    old = tmp_path / "keep.pdf"
    old.write_bytes(b"precious")
    calls = iter(range(100))
    with pytest.raises(ExportCancelled):
        export(ecommerce, old, PdfOptions(cover=True, appendix=True), cancelled=lambda: next(calls) >= 3)
    assert old.read_bytes() == b"precious"
    assert _leftovers(tmp_path) == []


def test_a_failing_render_leaves_no_file(tmp_path, ecommerce, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(draw, "draw_card", broken)
    with pytest.raises(ExportError, match="boom") as info:
        export(ecommerce, tmp_path / "out.pdf", PdfOptions())
    assert isinstance(info.value, DocumentError) and "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_bad_options_and_missing_folders_leave_no_file(tmp_path, ecommerce) -> None:
    with pytest.raises(ExportError, match=r"unknown paper 'A9'"):
        export(ecommerce, tmp_path / "out.pdf", PdfOptions(paper="A9"))
    with pytest.raises(DocumentError, match="folder does not exist"):
        export(ecommerce, tmp_path / "missing" / "out.pdf", PdfOptions())
    assert list(tmp_path.iterdir()) == []
