"""Error messages from the Qt-free layers, shown in the interface language.

The layers below raise :class:`~journeymapper.io.DocumentError` and
:class:`~journeymapper.io.csv_import.CsvImportError` with English text; where that text is a
:class:`~journeymapper.text.Problem` (made by ``problem("…", name=value)``), its template is
translated here (context "Problems") and filled in with its values. Anything else stays as it is.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from journeymapper.io.errors import DocumentError
from journeymapper.text import Problem

if TYPE_CHECKING:  # the CSV reader loads with the CSV import, not with the window (start-up)
    from journeymapper.io.csv_import import RowError

CONTEXT = "Problems"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(value: Any) -> str:
    """``value`` in the interface language when it is a Problem (its values too), else as it is."""
    if not isinstance(value, Problem):
        return str(value)
    params = {name: problem_text(v) for name, v in value.params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, value.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is still right
        return str(value)


def error_text(exc: BaseException) -> str:
    """The one-line message of ``exc`` for a message box, translated as far as it can be."""
    if isinstance(exc, DocumentError):
        if exc.place:
            return _tr("{source}: {place}: {problem}").format(source=exc.source, place=problem_text(exc.place),
                                                               problem=problem_text(exc.problem))
        return _tr("{source}: {problem}").format(source=exc.source, problem=problem_text(exc.problem))
    csv_import = sys.modules.get("journeymapper.io.csv_import")  # not loaded: exc is none of its errors
    if csv_import is not None and isinstance(exc, csv_import.CsvImportError):
        if exc.row is not None:
            return _tr("{source}, row {row}: {problem}").format(source=exc.source, row=exc.row,
                                                                 problem=problem_text(exc.reason))
        return _tr("{source}: {problem}").format(source=exc.source, problem=problem_text(exc.reason))
    return str(exc)


def row_error_text(error: RowError) -> str:
    """Why one CSV row is not imported, without its row number (the table shows that)."""
    return problem_text(error.message)


__all__ = ["error_text", "problem_text", "row_error_text"]
