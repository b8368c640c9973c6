"""The columns of a submission, one list per kind: validation and data/templates share them."""

from pathlib import Path

from prevention.store.db import REPO_ROOT

TEMPLATE_DIR = REPO_ROOT / "data" / "templates"
OBSERVATIONS, MEASURES = "observations", "measures"

# Period type is always "year": institutions submit yearly figures; the release is the source.
OBSERVATION_REQUIRED = [
    "indicator_code", "area_code", "year", "breakdown_dimension", "breakdown_category",
    "value", "unit",
]  # fmt: skip
OBSERVATION_OPTIONAL = ["status", "source_locator", "note"]
# The seed's measure columns minus what the submission itself supplies: the lead institution
# (--institution), the source (the submission) and the plan (not the institution's to set).
MEASURE_REQUIRED = ["measure_id", "measure_type", "target_group", "start_year", "end_year", "areas"]
MEASURE_OPTIONAL = [
    "title_lt", "title_en", "description_lt", "description_en", "budget_eur", "status",
    "partner_institutions", "source_locator", "note",
]  # fmt: skip
# "suppressed", "illustrative" and "not_available" are set by the pipeline, never submitted.
OBSERVATION_STATUSES = ("published", "provisional")
MEASURE_STATUSES = ("planned", "running", "completed", "unknown")


def detect_kind(header: list[str]) -> str:
    """A header naming measure_id is a measures file; anything else is read as observations."""
    return MEASURES if "measure_id" in header else OBSERVATIONS


def columns(kind: str) -> tuple[list[str], list[str]]:
    """Required and optional columns of one kind of submission."""
    if kind == MEASURES:
        return MEASURE_REQUIRED, MEASURE_OPTIONAL
    return OBSERVATION_REQUIRED, OBSERVATION_OPTIONAL


def template_path(kind: str) -> Path:
    """The blank-with-examples file institutions copy."""
    return TEMPLATE_DIR / f"{kind}.csv"
