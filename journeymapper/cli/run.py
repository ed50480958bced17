"""The parser built from the command table, and ``main``: bad input never prints a traceback."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Optional

from journeymapper import __version__
from journeymapper.cli.common import EXIT_BAD_INPUT, Parser, UsageError, clip, os_error_line, say, silence
from journeymapper.cli.table import COMMANDS
from journeymapper.io import DocumentError


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="journeymapper", description="Offline editor for customer journey maps. "
                    "Without a command it opens the editor (optionally on FILE).")
    parser.add_argument("--version", action="version", version=f"Journey Mapper {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for name, module in COMMANDS.items():
        importlib.import_module(f"journeymapper.cli.{module}").register(sub, name)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "command", None):
            raise UsageError("no command given (see --help)")
        return int(args.run(args))
    except (UsageError, DocumentError) as exc:
        say(clip(f"error: {exc}"), sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into a reader that stopped (head): no traceback
        silence(sys.stdout)
        return EXIT_BAD_INPUT
    except OSError as exc:  # a file name too long, no space, not a folder...: one line, never a traceback
        say(clip(f"error: {os_error_line(exc)}"), sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        say("error: interrupted", sys.stderr)
        return 130
