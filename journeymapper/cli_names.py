"""The command line's sub-command names, kept apart so starting the editor need not import the CLI."""

#: Every sub-command; anything else on the command line is a file to open in the editor.
COMMANDS = frozenset({"new", "validate", "info", "templates", "export", "check", "import-csv"})


def is_cli_invocation(argv: list[str]) -> bool:
    """True when argv asks for a command or an option rather than files to open in the editor."""
    return bool(argv) and (argv[0].startswith("-") or argv[0] in COMMANDS)
