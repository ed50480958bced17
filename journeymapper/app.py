"""Entry point: a sub-command runs headless; otherwise the editor window opens."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Optional

from journeymapper.cli.table import is_cli_invocation

#: pydantic hands every validation to the "plugins" any installed package registers (an entry point
#: group). The app validates the user's own maps and has no use for third-party code watching them, nor
#: for the cost of looking: finding plugins reads the entry points of every installed package when the
#: first validator is built (the start-up map's; 4 ms in the development environment, more in a big one).
#: Set only when the process starts as the app, not when journeymapper is imported as a library; a value
#: the user set is kept (an empty one turns plugins back on).
PYDANTIC_PLUGINS_ENV = "PYDANTIC_DISABLE_PLUGINS"


def main(argv: Optional[Sequence[str]] = None) -> int:
    os.environ.setdefault(PYDANTIC_PLUGINS_ENV, "__all__")
    args = list(sys.argv[1:] if argv is None else argv)
    if is_cli_invocation(args):
        from journeymapper import cli  # the editor does not pay for the CLI's imports

        return cli.main(args)
    from journeymapper.ui.application import run_editor  # Qt loads only for the window

    return run_editor(args)
