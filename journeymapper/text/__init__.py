"""How numbers, percentages, quotes, dates and times are written in each language (no Qt).

One place for the canvas, the PDF, the deck, the journey check and the editor's messages, so a
value reads the same everywhere: "58%", "“Fast”", "Dec 7, 2026" in English; "58 %", "»Hurtig«",
"7. december 2026" in Danish (see shared glossary: decimal comma, thousands dot, a space before %).
"""

from journeymapper.model.problem import Problem, problem
from journeymapper.text.formatting import (
    date_text,
    moment_text,
    number,
    percent,
    quoted,
    quoted_list,
    time_text,
    with_unit,
)

__all__ = ["Problem", "date_text", "moment_text", "number", "percent", "problem", "quoted", "quoted_list", "time_text",
           "with_unit"]
