# Journey Mapper: PyInstaller's own QtWidgets hook, with only the native style plugins
# (packaging/qt_selection.py says which). Takes precedence over the built-in hook.
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from qt_selection import keep_entries

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries, datas = keep_entries(binaries), keep_entries(datas)
