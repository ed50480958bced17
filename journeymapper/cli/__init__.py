"""The ``journeymapper`` command line: headless work on maps (no window).

This package's ``__init__`` stays tiny: the editor imports it to tell a command from a file to
open, and must not pay for argparse or the commands' own imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from journeymapper.cli.table import COMMANDS, is_cli_invocation

__all__ = ["COMMANDS", "is_cli_invocation", "main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one sub-command with ``argv`` (default ``sys.argv[1:]``) and return its exit code."""
    from journeymapper.cli.run import main as run_main

    return run_main(argv)
