"""The layout layer stays Qt-free and depends only on the model, the text formats, the resource paths and ReportLab."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import journeymapper.layout

LAYOUT_DIR = Path(journeymapper.layout.__file__).parent
ALLOWED_PROJECT = ("journeymapper.layout", "journeymapper.model", "journeymapper.paths", "journeymapper.text")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_allowed_imports() -> None:
    for path in LAYOUT_DIR.glob("*.py"):
        for name in imported_modules(path):
            top = name.split(".")[0]
            assert top not in ("PySide6", "shiboken6"), f"{path.name} imports {name}"
            if top == "journeymapper":
                assert name.startswith(ALLOWED_PROJECT), f"{path.name} imports {name}"


def test_importing_the_layer_loads_no_qt() -> None:
    code = "import sys, journeymapper.layout; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_modules_stay_small() -> None:
    for path in LAYOUT_DIR.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
