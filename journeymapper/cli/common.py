"""What every sub-command shares: exit codes, the one-line error, printing to a terminal."""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from typing import NoReturn, Optional, TextIO

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Wrong options, arguments or input; printed as one ``error:`` line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)


#: Control characters (C0 but tab and newline, DEL, C1) and the invisible marks that reorder or hide
#: text (bidi overrides, zero-width): a name from an untrusted file must not drive the terminal.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def escape_controls(text: str) -> str:
    """``text`` with control characters and escape sequences written out (``\\x1b``), never raw."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                       else f"\\u{ord(m.group()):04x}", text)


#: Longest message line printed about bad input (a 100,000-column header is not one line to print).
MAX_MESSAGE = 300
#: Problems listed before the rest are only counted.
MAX_LISTED = 20


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` cut to ``limit`` characters by a "…" in the middle: the file and what is wrong with it
    (the start and the end of the line) both stay."""
    if len(text) <= limit:
        return text
    tail = limit // 3
    return text[: limit - tail - 1] + "…" + text[-tail:]


def say_bounded(lines: list[str], stream: Optional[TextIO] = None) -> None:
    """The first :data:`MAX_LISTED` lines, each clipped, then "… and 999,981 more"."""
    for line in lines[:MAX_LISTED]:
        say(clip(line), stream)
    if len(lines) > MAX_LISTED:
        say(f"… and {len(lines) - MAX_LISTED:,} more", stream)


def say_json(value: object) -> None:
    """Print ``value`` as indented JSON; control characters as ``\\u`` escapes (the same value, valid JSON)."""
    import json

    text = json.dumps(value, indent=2, ensure_ascii=False)
    say(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def say(text: str, stream: Optional[TextIO] = None) -> None:
    """Print one message: control characters escaped (names come from untrusted files), characters
    the terminal's encoding lacks replaced (arrows in loop findings), quiet when the reader has gone
    (``journeymapper check x.jmap | head -1``)."""
    stream = stream or sys.stdout
    text = escape_controls(text)
    try:
        try:
            print(text, file=stream)
        except UnicodeEncodeError:
            encoding = stream.encoding or "ascii"
            print(text.encode(encoding, "replace").decode(encoding), file=stream)
    except BrokenPipeError:
        silence(stream)


def silence(stream: TextIO) -> None:
    """The reading end of ``stream`` was closed: send the rest (and the flush at exit) nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


_OS_REASONS = {
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "is a folder",
    errno.EEXIST: "already exists",
}


def os_error_line(exc: OSError) -> str:
    """``FILE: what is wrong`` for an OSError no layer below turned into a message of its own."""
    reason = _OS_REASONS.get(exc.errno or 0) or str(exc.strerror or exc)
    where = exc.filename if exc.filename is not None else "error"
    return f"{where}: {reason}"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
