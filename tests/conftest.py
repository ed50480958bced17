"""Test-wide set-up: offscreen Qt, and user folders kept inside a temporary directory."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same results on a Danish or an English machine: tests choose their language explicitly.
os.environ["LC_ALL"] = "C"  # Qt: plain numbers, English; Python runs in UTF-8 mode under C
os.environ["LANGUAGE"] = "en"
# platformdirs reads these on Linux: no test may touch the real user's config, data or state.
_USER_DIRS = tempfile.mkdtemp(prefix="jm-test-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_USER_DIRS, _var.lower())
