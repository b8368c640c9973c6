"""Pure figure builders: data in, a Plotly figure out.

No Streamlit, no store, no caches (an import-linter contract in pyproject.toml checks it):
pages memoise these through serving.caches and pass them to components/ to render.
chart_rules holds what every chart shares (titles, axes, status strips, tiers).
"""
