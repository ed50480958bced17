"""The house has no import circle: a module may refer back only for type annotations (TYPE_CHECKING)."""

from __future__ import annotations

import pytest

grimp = pytest.importorskip("grimp")  # import-linter's graph builder (the dev extra)


def test_no_module_imports_its_way_back_to_itself() -> None:
    import networkx as nx

    graph = grimp.build_graph("journeymapper", exclude_type_checking_imports=True)
    imports = nx.DiGraph()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            # a package's __init__ and its own modules are one unit, not a circle
            if not (imported.startswith(module + ".") or module.startswith(imported + ".")):
                imports.add_edge(module, imported)
    circles = [" -> ".join(c) for c in nx.simple_cycles(imports, length_bound=8)]
    assert circles == [], circles[:5]
