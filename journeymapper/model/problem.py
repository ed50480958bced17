"""Problem messages that the editor can translate: English text plus the template it came from.

Here in the model (plain Python) so that even the integrity check can word its findings this way;
``journeymapper.text`` exports it for the layers above.

A :class:`Problem` is a ``str`` (so the command line and logs print the English as before) that
remembers its template and values. The editor translates the template (context "Problems";
``tools/update_translations.py`` extracts every ``problem("…")`` literal) and fills in the values,
translating any value that is itself a Problem.
"""

from __future__ import annotations

from typing import Any


class Problem(str):
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Problem:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template, made.params = template, params
        return made


def problem(template: str, **params: Any) -> Problem:
    """``template`` with ``{name}`` fields filled from ``params``; write ``template`` as a literal."""
    return Problem(template, params)
