"""``python -m benchmarks [--quick] [--json FILE] [--only NAMES] [--n N]``."""

import sys

from benchmarks.harness import main

if __name__ == "__main__":
    sys.exit(main())
