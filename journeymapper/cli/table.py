"""The one table of sub-commands: name -> the module that registers and runs it.

Each module named here has ``register(subparsers, name)``, which adds the sub-command's parser
and sets ``run`` on it. Adding a command is one row here and one module.
"""

from __future__ import annotations

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
}


def is_cli_invocation(argv: list[str]) -> bool:
    """True when argv asks for a command or an option rather than files to open in the editor."""
    return bool(argv) and (argv[0].startswith("-") or argv[0] in COMMANDS)
