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

from journeymapper.canvas.problems import document_error_text, problem_text
from journeymapper.io.errors import DocumentError
from journeymapper.text import Problem

if TYPE_CHECKING:
    from journeymapper.io.csv_import import RowError

CONTEXT = "Problems"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: BaseException) -> str:
    """The one-line message of ``exc`` for a message box, translated as far as it can be."""
    if isinstance(exc, DocumentError):
        return document_error_text(exc)
    csv_import, mermaid = _loaded("journeymapper.io.csv_import"), _loaded("journeymapper.io.mermaid")
    if csv_import is not None and isinstance(exc, csv_import.CsvImportError):
        if exc.row is not None:
            return _tr("{source}, row {row}: {problem}").format(source=exc.source, row=exc.row,
                                                                 problem=problem_text(exc.reason))
        return _tr("{source}: {problem}").format(source=exc.source, problem=problem_text(exc.reason))
    if mermaid is not None and isinstance(exc, mermaid.MermaidError):
        if exc.line:
            return _tr("{source}, line {line}: {problem}").format(source=exc.source, line=exc.line,
                                                                   problem=problem_text(exc.reason))
        return _tr("{source}: {problem}").format(source=exc.source, problem=problem_text(exc.reason))
    if exc.args and isinstance(exc.args[0], Problem):  # e.g. XlsxError: the whole message is one Problem
        return problem_text(exc.args[0])
    return str(exc)


def _loaded(name: str) -> Any:
    """The module ``name`` if something imported it, else None: then ``exc`` cannot be one of its errors.
    (The readers load with their import commands, not with the first window.)"""
    return sys.modules.get(name)


def row_error_text(error: RowError) -> str:
    """Why one CSV row is not imported, without its row number (the table shows that)."""
    return problem_text(error.message)


__all__ = ["error_text", "problem_text", "row_error_text"]
