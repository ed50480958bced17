"""Start-up floor (informative): the bare window of ``startup_bare.py``, after importing the document model.

Every editor window shows a document, and the document is made of pydantic models
(``journeymapper.model``), so no start-up can beat this script by more than what
comes after the import: the ratio of this script to the bare one is the least the
``startup`` ratio can be while the model is imported before the first window.
"""

import sys

import journeymapper.model  # noqa: F401 (the import is what is measured)
from benchmarks.startup_bare import main

if __name__ == "__main__":
    sys.exit(main())
