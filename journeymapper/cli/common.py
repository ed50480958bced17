"""What every sub-command shares: exit codes, the one-line error, printing to a terminal."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, Optional, TextIO

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Wrong options, arguments or input; printed as one ``error:`` line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)


def say(text: str, stream: Optional[TextIO] = None) -> None:
    """Print, replacing characters the terminal's encoding lacks (arrows in loop findings)."""
    stream = stream or sys.stdout
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
