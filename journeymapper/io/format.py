"""The .jmap format: UTF-8 JSON with a small envelope, loaded in stages.

Stages: size cap -> UTF-8 -> JSON (no NaN, no absurd numbers) -> envelope
(format, version) -> migrations -> field validation -> referential integrity.
Each stage refuses with a :class:`DocumentError` naming the file and the place.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, Union

from pydantic import ValidationError

from journeymapper.io import limits
from journeymapper.io.errors import (
    DocumentError,
    FileTooLargeError,
    IntegrityError,
    InvalidDocumentError,
    NewerVersionError,
    NotAJourneyMapError,
    NotJsonError,
    ReadError,
    UnsafeJsonError,
)
from journeymapper.io.files import NotRegularFileError, read_capped
from journeymapper.io.migrations import CURRENT_VERSION, FIRST_VERSION, migrate
from journeymapper.model import JourneyMap, integrity_problems
from journeymapper.text import problem

FORMAT_NAME = "journeymapper"
SUFFIX = ".jmap"
_ENVELOPE = ("format", "version")

PathLike = Union[str, Path]


def dumps(doc: JourneyMap) -> str:
    """The canonical text of a map: 2-space indent, fields in model order, UTF-8 text unescaped, a
    trailing newline; the envelope (format, version) first.

    pydantic writes it (in Rust): ``json.dumps`` with an indent has no C path and took five times
    as long, which autosave paid on the UI thread. The text is what
    ``json.dumps(model_dump(mode="json"), indent=2, ensure_ascii=False)`` gives, except that numbers
    below 1e-4 may be spelt otherwise (``0.00001`` for ``1e-05``, ``-2.5e-7`` for ``-2.5e-07``): the
    same value either way.
    """
    body = doc.model_dump_json(indent=2)
    if any(token in body for token in _NON_FINITE):
        raise ValueError("Out of range float values are not JSON compliant")  # as json.dumps says
    return f'{{\n  "format": "{FORMAT_NAME}",\n  "version": {file_version(doc)},{body[1:]}\n'


def file_version(doc: JourneyMap) -> int:
    """The lowest format version that holds everything the map uses.

    A map that uses no field of version 2 is written as version 1, byte for byte as before, so a
    colleague on an older Journey Mapper can still open it; the version-2 fields are left out of the
    text while empty, so nothing else differs.
    """
    if (doc.instructions or doc.stage_mappings or doc.conflicts
            or any(stage.notes for stage in doc.stages) or any(card.votes or card.score for card in doc.cards)
            or any(metric.source for metric in doc.metrics)):
        return CURRENT_VERSION
    return FIRST_VERSION


# A bare NaN or (-)Infinity value (ser_json_inf_nan="constants") ends its line, with or without a comma:
# the indented text puts every value on a line of its own. Text ends its line with a quote (a newline in
# it is escaped), a key with a colon, a number with a digit, so only the bare token ends a line so.
_NON_FINITE = ("NaN\n", "NaN,\n", "Infinity\n", "Infinity,\n")


def loads(text: Union[str, bytes], source: str = "<text>", check_integrity: bool = True) -> JourneyMap:
    """Parse and validate a map; raise a :class:`DocumentError` subclass on any problem.

    ``check_integrity=False`` keeps broken references (for the journey check, which lists
    them all); every other stage still runs.
    """
    if isinstance(text, bytes):
        if len(text) > limits.MAX_FILE_BYTES:
            raise FileTooLargeError(source, _too_large(len(text)))
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NotJsonError(source, problem("the file is not UTF-8 text"),
                               problem("byte {n}", n=exc.start)) from None
    elif len(text) > limits.MAX_FILE_BYTES:
        raise FileTooLargeError(source, _too_large(len(text)))
    if not text.strip():
        raise NotJsonError(source, problem("the file is empty"))
    raw = _parse_json(text, source)
    raw = _check_envelope(raw, source)
    return _validate(raw, source, check_integrity)


def load(path: PathLike, check_integrity: bool = True) -> JourneyMap:
    """Read a .jmap file. The file is only read, never changed."""
    return loads(read_bytes(path), str(path), check_integrity)


def read_bytes(path: PathLike) -> bytes:
    """The raw bytes of a map file: regular files only, refused once more than the cap is read."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:  # the common case, refused without reading
            raise FileTooLargeError(source, _too_large(size))
        data = read_capped(path, limits.MAX_FILE_BYTES)
    except DocumentError:
        raise
    except FileNotFoundError:
        raise ReadError(source, problem("no such file")) from None
    except IsADirectoryError:
        raise ReadError(source, problem("this is a folder, not a map file")) from None
    except NotRegularFileError:
        raise ReadError(source, problem("not a regular file (a device, a pipe or a socket); "
                                        "nothing was read")) from None
    except PermissionError:
        raise ReadError(source, problem("permission denied")) from None
    except OSError as exc:
        raise ReadError(source, problem("cannot be read ({reason})", reason=exc.strerror or exc)) from None
    if len(data) > limits.MAX_FILE_BYTES:  # the file said it was smaller, or grew while read
        raise FileTooLargeError(source, problem("the file is larger than the {mb} MB a map may be",
                                                mb=limits.MAX_FILE_BYTES // 1048576))
    return data


def _too_large(size: int) -> str:
    return limits.read_size_problem(size) or ""


def encode(doc: JourneyMap, source: str = "<map>") -> bytes:
    """The bytes :func:`dumps` gives, refused (:class:`FileTooLargeError`) when over the limit the
    loader keeps to: nothing is ever written that could not be opened again."""
    data = dumps(doc).encode("utf-8")
    problem = limits.write_size_problem(len(data))
    if problem:
        raise FileTooLargeError(source, problem)
    return data


def _reject_constant(name: str) -> Any:
    raise _Unsafe(f"{name} is not a number a map may contain")


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > limits.MAX_INT_DIGITS:
        raise _Unsafe(f"the number {literal[:12]}… is absurdly large")
    return int(literal)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Unsafe(f"the number {literal[:20]} is too large")
    return value


class _Unsafe(ValueError):
    pass


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int,
                          parse_float=_parse_float)
    except json.JSONDecodeError as exc:
        raise NotJsonError(source, problem("not valid JSON ({reason})", reason=exc.msg),
                           problem("line {line}, column {column}", line=exc.lineno, column=exc.colno)) from None
    except _Unsafe as exc:
        raise UnsafeJsonError(source, str(exc)) from None
    except RecursionError:
        raise UnsafeJsonError(source, f"nesting is deeper than the {limits.MAX_DEPTH} levels "
                                      "a map may have") from None
    except ValueError as exc:  # e.g. an integer literal over Python's digit limit
        raise UnsafeJsonError(source, f"unreadable number ({exc})") from None


def _check_envelope(raw: Any, source: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise NotAJourneyMapError(source, problem("not a Journey Mapper map (the \"format\" field is missing "
                                                  "or is not \"journeymapper\")"))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAJourneyMapError(source, problem("the format version must be a whole number from 1 up"),
                                  "version")
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            source, problem("written by a newer Journey Mapper (file format version {version}); this version "
                            "reads up to format version {current}. Please update.", version=version,
                            current=CURRENT_VERSION))
    if version < CURRENT_VERSION:
        try:
            raw = migrate(raw, version)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidDocumentError(source, f"cannot upgrade from format version {version} ({exc})",
                                       "version") from None
    return raw


def _validate(raw: dict[str, Any], source: str, check_integrity: bool = True) -> JourneyMap:
    body = {k: v for k, v in raw.items() if k not in _ENVELOPE}
    try:
        doc = JourneyMap.model_validate(body)
    except ValidationError as exc:
        if _depth(raw, limits.MAX_DEPTH) > limits.MAX_DEPTH:
            raise UnsafeJsonError(source, f"nesting is deeper than the {limits.MAX_DEPTH} levels "
                                          "a map may have") from None
        first = exc.errors(include_url=False)[0]
        more = exc.error_count() - 1
        raise InvalidDocumentError(source, _more(_plain(first), more), field_path(first["loc"])) from None
    problems = integrity_problems(doc, limit=10) if check_integrity else []
    if problems:
        more = len(problems) - 1
        raise IntegrityError(source, _more(problems[0].message, more), problems[0].path)
    return doc


def field_path(loc: tuple[Any, ...]) -> str:
    """('cards', 3, 'lane_id') -> 'cards[3].lane_id'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not _NAME.fullmatch(str(part)):  # a key from the file: quoted, so the message stays one line
            path += f"[{json.dumps(str(part))}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


_NAME = re.compile(r"[A-Za-z0-9_:\-\[\]]+")  # field names, ids and pydantic's "[key]" marker


def _more(first: str, more: int) -> str:
    """The first problem, and how many more there are."""
    if not more:
        return first
    if more == 1:
        return problem("{problem} (and 1 more problem)", problem=first)
    return problem("{problem} (and {n} more problems)", problem=first, n=more)


def _plain(error: Any) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return problem("this field is required but missing")
    if kind == "extra_forbidden":
        return problem("unknown field")
    message = str(error.get("msg", "invalid value"))
    return message[0].lower() + message[1:] if message else "invalid value"


def _depth(value: Any, cap: int) -> int:
    """Nesting depth of parsed JSON, stopping once it passes ``cap``."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > cap:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest
