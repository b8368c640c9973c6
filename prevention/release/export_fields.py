"""Bilingual descriptions of every exported table and field, for datapackage.json.

The texts are data (export_fields.toml beside this module), edited as prose; this module only
reads them, once per process.
"""

import tomllib
from pathlib import Path

TEXTS_PATH = Path(__file__).with_name("export_fields.toml")


Texts = dict[str, dict[str, str]]  # name -> {"lt": …, "en": …}, in the file's order


def _load() -> tuple[Texts, Texts, Texts]:
    """The texts of the exported tables, of their fields, and of the download's own columns."""
    with TEXTS_PATH.open("rb") as handle:
        texts = tomllib.load(handle)
    return texts["table"], texts["field"], texts["download"]


TABLE_TEXTS, FIELD_TEXTS, DOWNLOAD_TEXTS = _load()
