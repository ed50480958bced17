"""PDF export keeps no decoded image once drawn; peak memory does not grow per image."""

import subprocess
import sys
import textwrap

import pytest

EXPORT = textwrap.dedent("""
    import base64, resource, sys
    from io import BytesIO
    from PIL import Image
    from journeymapper.export.pdf import PdfOptions, export
    from journeymapper.io import templates
    from journeymapper.model import Asset

    count, out = int(sys.argv[1]), sys.argv[2]
    photo = Image.radial_gradient("L").resize((6000, 4000)).convert("RGB")  # 24 megapixels, 72 MB decoded
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=80)
    del photo
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    doc = templates.load_template("ecommerce", "en")
    for i in range(count):
        doc.assets.append(Asset(id=f"photo-{i}", mime="image/jpeg", width=6000, height=4000, data=data))
        doc.cards[i].image = f"photo-{i}"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = export(doc, out, PdfOptions())
    assert not result.skipped_images, result.skipped_images
    print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)  # MB (Linux: KB)
""")


def _peak_growth_mb(tmp_path, count):
    script = tmp_path / "export.py"
    script.write_text(EXPORT)
    result = subprocess.run([sys.executable, str(script), str(count), str(tmp_path / f"out{count}.pdf")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in kilobytes")
def test_peak_memory_does_not_grow_with_the_number_of_images(tmp_path):
    one = _peak_growth_mb(tmp_path, 1)
    six = _peak_growth_mb(tmp_path, 6)
    assert six - one < 40, (one, six)  # one decoded 24-megapixel image alone is 72 MB


def test_images_are_printed_at_no_more_than_about_300_dpi(tmp_path):
    import base64
    from io import BytesIO

    from PIL import Image
    from pypdf import PdfReader

    from journeymapper.export.pdf import PdfOptions, export
    from journeymapper.io import templates
    from journeymapper.model import Asset

    photo = Image.radial_gradient("L").resize((4000, 3000)).convert("RGB")
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=80)
    doc = templates.load_template("ecommerce", "en")
    doc.assets.append(Asset(id="photo", mime="image/jpeg", width=4000, height=3000,
                            data=base64.b64encode(buffer.getvalue()).decode("ascii")))
    doc.cards[0].image = "photo"
    export(doc, tmp_path / "out.pdf", PdfOptions())
    widths = []
    for page in PdfReader(tmp_path / "out.pdf").pages:
        for image in page.images:
            widths.append(image.image.width)
    assert widths and max(widths) < 1500
