"""Everything that can go wrong reading or writing a map, as one exception family.

Each message is one plain line naming the file and the place, ready to show a user.
"""

from __future__ import annotations

from typing import Optional


class DocumentError(Exception):
    """A map could not be read or written. ``str(err)`` is the one-line message."""

    def __init__(self, source: str, problem: str, place: Optional[str] = None) -> None:
        self.source = source
        self.place = place
        self.problem = problem
        where = f"{source}: {place}: " if place else f"{source}: "
        super().__init__(where + problem)


class ReadError(DocumentError):
    """The file could not be read at all (missing, unreadable, a folder)."""


class FileTooLargeError(DocumentError):
    """Refused before reading: bigger than any real map."""


class NotJsonError(DocumentError):
    """Not valid UTF-8 JSON; the place is the line and column."""


class UnsafeJsonError(DocumentError):
    """JSON that is valid but hostile: NaN or Infinity, absurd numbers, nesting too deep."""


class NotAJourneyMapError(DocumentError):
    """JSON, but not a Journey Mapper document (no or unknown ``format``)."""


class NewerVersionError(DocumentError):
    """Written by a newer Journey Mapper; refused so nothing is lost by re-saving it."""


class InvalidDocumentError(DocumentError):
    """A field has a wrong type or value; the place is the field path."""


class IntegrityError(DocumentError):
    """A reference points at nothing, or an id is used twice; the place is the field path."""


class SaveError(DocumentError):
    """Saving failed; the file on disk is unchanged."""
