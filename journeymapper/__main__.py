"""``python -m journeymapper``: the same as the ``journeymapper`` command."""

import sys

from journeymapper.app import main

if __name__ == "__main__":
    sys.exit(main())
