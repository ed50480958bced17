"""Reading and writing maps: the .jmap format, validation, migrations, atomic save.

Scripting API::

    from journeymapper import io
    doc = io.load("journey.jmap")
    doc.title = "Laptop shop"
    io.save(doc, "journey.jmap")
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from journeymapper.io.atomic import backup_path, write_atomic
from journeymapper.io.errors import (
    DocumentError,
    FileTooLargeError,
    IntegrityError,
    InvalidDocumentError,
    NewerVersionError,
    NotAJourneyMapError,
    NotJsonError,
    ReadError,
    SaveError,
    UnsafeJsonError,
)
from journeymapper.io.format import SUFFIX, dumps, encode, load, loads, read_bytes
from journeymapper.io.migrations import CURRENT_VERSION
from journeymapper.model import JourneyMap, integrity_problems


def save(doc: JourneyMap, path: Union[str, Path], backup: bool = False) -> None:
    """Write ``doc`` to ``path`` atomically; on failure the old file is untouched.

    With ``backup`` the previous version is kept as ``NAME.jmap.bak`` (the editor does this). A map
    over the size limit a loader accepts is refused before anything is written.
    """
    problems = integrity_problems(doc, limit=1)
    if problems:  # never write a file that load() would refuse
        raise IntegrityError(str(path), problems[0].message, problems[0].path)
    write_atomic(path, encode(doc, str(path)), backup=backup)


__all__ = [
    "CURRENT_VERSION", "SUFFIX", "DocumentError", "FileTooLargeError", "IntegrityError",
    "InvalidDocumentError", "NewerVersionError", "NotAJourneyMapError", "NotJsonError",
    "ReadError", "SaveError", "UnsafeJsonError", "dumps", "encode", "load", "loads", "read_bytes", "save",
    "write_atomic", "backup_path",
]
