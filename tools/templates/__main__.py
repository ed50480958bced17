"""``python -m tools.templates [--check]``: (re)write the built-in template files."""

from __future__ import annotations

import argparse
import sys

from tools.templates import OUTPUT_DIR, stale_files, write_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.templates", description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="only report files that are missing or out of date; exit 1 if any")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"out of date: {OUTPUT_DIR / name}")
        return 1 if stale else 0
    written = write_all()
    for path in written:
        print(f"wrote {path}")
    print(f"{len(written)} file(s) written, templates in {OUTPUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
