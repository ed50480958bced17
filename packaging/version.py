"""Print the project version, read from pyproject.toml (the one place it is defined).

    python packaging/version.py            # 0.1.0
    python packaging/version.py --numeric  # 0.1.0.0  (four numbers, for Windows version resources)

Used by packaging/build, the CI workflow (Inno Setup's /DAppVersion=) and the PyInstaller spec.
Standard library only, Python 3.10+ (tomllib is 3.11+, so a small parser of the [project] table).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project_version(pyproject: Path = PYPROJECT) -> str:
    text = pyproject.read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        table = re.search(r"^\[project\]\s*$(.*?)(?=^\[)", text + "\n[", re.M | re.S)
        match = re.search(r'^version\s*=\s*"([^"]+)"', table.group(1) if table else "", re.M)
        if not match:
            raise SystemExit(f"error: {pyproject}: no version in [project]") from None
        return match.group(1)
    return str(tomllib.loads(text)["project"]["version"])


def numeric(version: str) -> str:
    """``1.2.3rc1`` -> ``1.2.3.0``: the leading numbers, padded to four."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


if __name__ == "__main__":
    value = project_version()
    print(numeric(value) if "--numeric" in sys.argv[1:] else value)
