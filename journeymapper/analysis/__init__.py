"""Qt-free analysis of a journey map.

- ``graph``: the journey as a networkx graph; entry/exit points, paths, loops,
  dead ends, unreachable cards, moments of truth.
- ``check``: the journey check, a list of translatable findings.
- ``funnel``: conversion funnels over count metrics, and the KPI presets.
"""
