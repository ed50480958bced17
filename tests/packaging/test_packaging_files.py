"""The packaging inputs agree with each other and with the app (fast; no bundle needed)."""

from __future__ import annotations

import configparser
import plistlib
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
import qt_selection  # noqa: E402
from version import numeric, project_version  # noqa: E402

from journeymapper import io  # noqa: E402


def test_version_comes_from_pyproject():
    assert project_version() == installed_version("journeymapper")
    assert numeric("1.2") == "1.2.0.0" and numeric("2.0.1rc1") == "2.0.1.0"


@pytest.mark.parametrize("name", ["journeymapper", "jmap-document"])
def test_icon_files_hold_every_size(qapp, name):
    from PySide6.QtGui import QImageReader
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(REPO / "resources" / "icons" / f"{name}.svg")).isValid()
    for container, expected in ((f"{name}.ico", [16, 20, 24, 32, 40, 48, 64, 256]),
                                (f"{name}.icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512])):
        reader = QImageReader(str(PACKAGING / "icons" / container))
        sizes = []
        for i in range(reader.imageCount()):
            assert reader.jumpToImage(i)
            image = reader.read()
            assert image.width() == image.height()
            assert image.pixelColor(0, 0).alpha() == 0  # transparent corner: the shape is not a square
            sizes.append(image.width())
        assert sizes == expected, container
    for size in (16, 32, 48, 256, 512):
        assert (PACKAGING / "icons" / f"{name}-{size}.png").is_file()


def test_info_plist_declares_the_jmap_document_type():
    text = (PACKAGING / "macos" / "Info.plist").read_text(encoding="utf-8")
    plist = plistlib.loads(text.replace("@VERSION@", "1.2.3").encode())
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"
    assert plist["NSHighResolutionCapable"] is True and plist["NSRequiresAquaSystemAppearance"] is False
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] == "com.journeymapper.jmap" and "public.json" in uti["UTTypeConformsTo"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == [io.SUFFIX.lstrip(".")]
    (doc,) = plist["CFBundleDocumentTypes"]
    assert doc["LSItemContentTypes"] == ["com.journeymapper.jmap"]
    assert (PACKAGING / "icons" / doc["CFBundleTypeIconFile"]).is_file()
    assert (PACKAGING / "icons" / plist["CFBundleIconFile"]).is_file()


def test_linux_desktop_entry_and_mime_type_agree():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "journeymapper.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "linux" / "journeymapper-mime.xml").getroot().find("m:mime-type", ns)
    assert desktop["MimeType"] == f"{mime.get('type')};"
    assert mime.find("m:glob", ns).get("pattern") == f"*{io.SUFFIX}"
    assert desktop["Exec"].startswith("journeymapper ") and desktop["Icon"] == "journeymapper"


def test_inno_setup_script_takes_the_version_and_associates_jmap():
    script = (PACKAGING / "windows" / "journeymapper.iss").read_text(encoding="utf-8-sig")
    assert "AppVersion={#AppVersion}" in script and "PrivilegesRequired=lowest" in script
    assert 'Subkey: "Software\\Classes\\.jmap"' in script and "jmap-document.ico" in script


def test_qt_selection_keeps_only_the_chosen_plugins():
    keep = qt_selection.keep
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so") and keep("PySide6\\plugins\\platforms\\qwindows.dll")
    assert keep("PySide6/Qt/plugins/imageformats/libqsvg.dylib") and keep("PySide6/Qt/translations/qtbase_da.qm")
    assert not keep("PySide6/Qt/plugins/sqldrivers/libqsqlite.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm") and not keep("PySide6/opengl32sw.dll")
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6") and keep("PIL/_imaging.so")


def test_python_pptx_is_a_dependency_and_its_templates_are_bundled():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("\ndependencies = [", 1)[1].split("\n]", 1)[0]
    assert '"python-pptx>=' in dependencies
    spec = (PACKAGING / "journeymapper.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("pptx")' in spec  # the deck export starts from python-pptx's default.pptx
