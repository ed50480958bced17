"""ui layer."""

from journeymapper.ui import long_lived

with long_lived.loading():  # no garbage collections while the editor's modules load (long_lived.py)
    # The Qt-free layers load before PySide6: once imported, PySide6's import hook reads the source of
    # every module imported after it (looking for "PySide6"), about 30 ms at start-up for these.
    import journeymapper.commands
    import journeymapper.io.templates
    import journeymapper.layout.compute  # noqa: F401
