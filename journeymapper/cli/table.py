"""The one table of sub-commands: name -> the module that registers and runs it.

Each module named here has ``register(subparsers, name)``, which adds the sub-command's parser
and sets ``run`` on it. Adding a command is one row here and one module.
"""

from __future__ import annotations

import os
import re

#: Sub-command -> module under ``journeymapper.cli``; anything else on the command line is a file
#: to open in the editor.
COMMANDS: dict[str, str] = {
    "new": "maps",
    "validate": "maps",
    "info": "maps",
    "templates": "maps",
    "export": "export",
    "import": "data_io",
    "check": "analysis",
    "import-csv": "analysis",
    "diff": "compare",
    "merge": "compare",
}


#: A bare word: what a command looks like, and what no map file name does (no suffix, no folder).
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def looks_like_command(arg: str) -> bool:
    """``import``, ``diff``: a bare word that names no file here is meant as a command, known or not."""
    return bool(_WORD.fullmatch(arg)) and not os.path.exists(arg)


def is_cli_invocation(argv: list[str]) -> bool:
    """True when argv asks for a command or an option rather than files to open in the editor.

    An unknown command (``journeymapper import x.mmd``) is a command too: the command line then
    says it is unknown (exit 2) instead of the editor opening one window per word.
    """
    return bool(argv) and (argv[0].startswith("-") or argv[0] in COMMANDS or looks_like_command(argv[0]))
