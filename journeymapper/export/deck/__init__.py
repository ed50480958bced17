"""The map as a PowerPoint deck of native, editable slides (python-pptx), Qt-free like the PDF.

Modules: ``writer`` (``export_deck``: slide order, properties, atomic write), ``options``,
``base`` (the deck, its slide frame and text tools), ``shapes`` (DrawingML shapes as XML),
``text`` (cleaning, fitting, escaping user text), ``overview``, ``stages``, ``sections``
(title and personas), ``tables`` (KPIs and findings), ``findings`` (their Danish wording).
"""

from journeymapper.export.deck.options import SLIDE_SIZES, DeckOptions, DeckResult
from journeymapper.export.deck.writer import export_deck

__all__ = ["SLIDE_SIZES", "DeckOptions", "DeckResult", "export_deck"]
