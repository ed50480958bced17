"""Entry point: a sub-command runs headless; otherwise the editor window opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Optional

from journeymapper import cli


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if cli.is_cli_invocation(args):
        return cli.main(args)
    from journeymapper.ui.application import run_editor  # Qt loads only for the window

    return run_editor(args)
