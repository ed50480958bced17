"""PyInstaller entry script: the bundled ``journeymapper`` executable (GUI, and the CLI sub-commands).

The same as the ``journeymapper`` console script of a pip install (``journeymapper.app:main``).
"""

import sys

from journeymapper.app import main

if __name__ == "__main__":
    sys.exit(main())
