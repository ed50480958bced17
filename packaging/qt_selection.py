"""Which Qt files the bundle keeps: shared by journeymapper.spec and the hooks in packaging/hooks/.

PyInstaller's PySide6 hooks collect *every* plugin of each plugin type a Qt module can use (SQL
drivers, TLS, Wayland, EGL/KMS, GTK platform theme, virtual keyboard...) and then pull in all their
system libraries (GTK, cairo, pango, Kerberos...). Our hooks (packaging/hooks/hook-PySide6.*.py,
which take precedence over the built-in ones) drop the plugins the editor does not use *before*
that dependency analysis runs, so their libraries never enter the bundle.
"""

from __future__ import annotations

import re
from pathlib import PurePath

#: plugin folder -> kept plugin names (file name without "lib" prefix, extension or debug "d").
QT_PLUGINS: dict[str, frozenset[str]] = {
    # cocoa / windows / xcb: the desktop; offscreen + minimal: headless runs and the smoke test.
    # (No Wayland plugin: on a Wayland desktop Qt falls back to xcb through XWayland.)
    "platforms": frozenset({"qcocoa", "qwindows", "qxcb", "qoffscreen", "qminimal"}),
    "imageformats": frozenset({"qjpeg", "qsvg"}),  # PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),  # the SVG window icon and the channel icons
    "styles": frozenset({"qmacstyle", "qmodernwindowsstyle", "qwindowsvistastyle"}),  # native look
    # Linux: dead keys and compose sequences (é, ü) in card text, and IBus input methods.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
}

#: Qt files dropped by name: Windows' software OpenGL renderer (~20 MB), a fallback for OpenGL and
#: Qt Quick on machines without a GPU driver; the editor paints with the raster engine only.
DROPPED_FILES = frozenset({"opengl32sw.dll"})

#: Qt's own translations (standard buttons, file dialogs) only for the languages the app speaks.
QT_TRANSLATION_LANGUAGES = frozenset({"da", "en"})

_TRANSLATION = re.compile(r"(qt|qtbase)_([a-z]{2,3})(_[A-Za-z]{2})?\.qm$")


def _qt_parts(dest: str) -> tuple[str, ...]:
    """The path below PySide6/ (and below PySide6/Qt/), or () for a file outside PySide6."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return ()
    rest = parts[parts.index("PySide6") + 1:]
    return rest[1:] if rest[:1] == ("Qt",) else rest


def plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a collected file (by its destination in the bundle) stays."""
    rest = _qt_parts(dest)
    if rest and rest[-1].lower() in DROPPED_FILES:
        return False
    if len(rest) >= 3 and rest[0] == "plugins":
        return plugin_name(rest[-1]) in QT_PLUGINS.get(rest[1], frozenset())
    if len(rest) == 2 and rest[0] == "translations":
        match = _TRANSLATION.match(rest[1])
        return bool(match) and match.group(2) in QT_TRANSLATION_LANGUAGES
    return True


def keep_entries(entries):
    """Filter (source, destination folder) hook entries or (destination, source, type) TOC entries."""
    out = []
    for entry in entries:
        if len(entry) == 2:  # hook style: (source file, destination folder)
            src, folder = entry
            dest = str(PurePath(folder) / PurePath(str(src)).name)
        else:  # TOC style: (destination, source, typecode)
            dest = entry[0]
        if keep(dest):
            out.append(entry)
    return out
