"""Entry point: a sub-command runs headless; otherwise the editor window opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Optional

from journeymapper.cli_names import is_cli_invocation


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if is_cli_invocation(args):
        from journeymapper import cli  # the editor does not pay for the CLI's imports

        return cli.main(args)
    from journeymapper.ui.application import run_editor  # Qt loads only for the window

    return run_editor(args)
