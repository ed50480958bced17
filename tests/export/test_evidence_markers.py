"""Evidence markers have the same shape on paper as on screen: disc, ring, diamond."""

import io as stdio

from reportlab.pdfgen.canvas import Canvas

from journeymapper.export.draw import draw_evidence_marker
from journeymapper.layout.geometry import Rect
from journeymapper.layout.markers import evidence_diamond


def _content(evidence: str, fill) -> str:
    buffer = stdio.BytesIO()
    c = Canvas(buffer, pageCompression=0)
    draw_evidence_marker(c, Rect(10, 10, 6, 6), evidence, fill, "#1565C0")
    c.showPage()
    c.save()
    return buffer.getvalue().decode("latin-1")


def test_proposed_is_a_diamond_inside_its_marker_box():
    corners = evidence_diamond(Rect(10, 10, 6, 6), "proposed")
    assert corners is not None and len(corners) == 4
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    assert min(xs) < 10 + 3 < max(xs) and min(ys) < 13 < max(ys)
    assert evidence_diamond(Rect(0, 0, 6, 6), "observed") is None
    assert evidence_diamond(Rect(0, 0, 6, 6), "assumed") is None


def test_pdf_draws_a_diamond_for_proposed_and_curves_for_the_others():
    proposed = _content("proposed", "#BBDEFB")
    assert proposed.count(" l\n") + proposed.count(" l ") >= 3  # three straight sides after the move
    observed = _content("observed", "#2E7D32")
    assert " c\n" in observed or " c " in observed  # an ellipse is drawn with Bézier curves
