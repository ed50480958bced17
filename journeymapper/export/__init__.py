"""Export layer: print-production PDF (``journeymapper.export.pdf``), Qt-free so it runs headless.

Modules: ``options`` (what to export, errors), ``pages`` (paper sizes, fit/poster/pages
tiling), ``draw`` (layout geometry on a ReportLab canvas), ``images`` (validated
assets), ``marks`` (footers, running header, poster marks), ``sections`` (cover,
personas), ``appendix`` (card and KPI tables), ``typeset`` and ``labels`` (text).
The PowerPoint deck (python-pptx) is the package ``deck``.
"""
