"""A :class:`~journeymapper.text.Problem` in the interface language (context "Problems").

The canvas reports refused drops with it; ``ui/problems.py`` builds whole error messages on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from journeymapper.io.errors import DocumentError
from journeymapper.text import Problem

CONTEXT = "Problems"


def problem_text(value: Any) -> str:
    """``value`` in the interface language when it is a Problem (its values too), else as it is."""
    if not isinstance(value, Problem):
        return str(value)
    params = {name: problem_text(v) for name, v in value.params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, value.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is still right
        return str(value)


def document_error_text(exc: DocumentError) -> str:
    """"FILE: PLACE: PROBLEM" translated as far as its parts are Problems."""
    if exc.place:
        return QCoreApplication.translate(CONTEXT, "{source}: {place}: {problem}").format(
            source=problem_text(exc.source), place=problem_text(exc.place), problem=problem_text(exc.problem))
    return QCoreApplication.translate(CONTEXT, "{source}: {problem}").format(
        source=problem_text(exc.source), problem=problem_text(exc.problem))


__all__ = ["document_error_text", "problem_text"]
