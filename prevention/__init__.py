"""Prevention Monitor: the domain package. No Streamlit anywhere in it (serving/ has that).

Its rooms; no two import each other, even through a third (import-linter, pyproject.toml):
  views/         one module per page: what the page shows, computed (frames and sentences)
  ingest/        institutions' submissions: validate, apply, archive
  release/       build a release from the seed, disclosure control, audit, archive, export
  illustrative/  the example-data generator and the example layer's rules
  geo/           boundaries and tiles, map values by area, places by name
  store/         the tables, the SQLite and PostgreSQL backends, queries, the writer lock
  duplicates/    the duplicate-measure engine, its reading of texts, its explanations
  web/           the site's HTTP side without Streamlit: server rules, error pages, URL values
  i18n/          t(key, lang), formatting, the catalogue files, wording helpers
paths.py says where the checkout and the seed are; __main__.py is `python -m prevention`.
"""
