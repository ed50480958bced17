"""Test-wide set-up: offscreen Qt, and user folders kept inside a temporary directory."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# platformdirs reads these on Linux: no test may touch the real user's config, data or state.
_USER_DIRS = tempfile.mkdtemp(prefix="jm-test-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_USER_DIRS, _var.lower())
