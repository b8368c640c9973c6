"""The data and methodology page's tables: indicator metadata, status legend, downloads."""

import json

import pandas as pd

from prevention.example_layer import flagged, observation_flags
from prevention.i18n import Lang, long_date, number, t
from prevention.release import release_text
from prevention.release.disclosure import MIN_TOP, MIN_WIDTH, THRESHOLD
from prevention.release.downloads import csv_bytes, datapackage, header_row, public_rows
from prevention.release.export_fields import DOWNLOAD_TEXTS
from prevention.release.licences import licence
from prevention.views.series import STATUS_MARKS, unit_label

DATASET_FILE = "prevention-monitor-observations.csv"
# The same rows under Lithuanian or English column names (DATASET_FILE has the codes).
DATASET_FILES = {
    "code": DATASET_FILE,
    "lt": "prevention-monitor-observations-lt.csv",
    "en": "prevention-monitor-observations-en.csv",
}
# Columns of the download that FIELD_TEXTS (the export's descriptions) does not cover.
EXTRA_LABELS = DOWNLOAD_TEXTS


def indicator_table(
    labels: pd.DataFrame, coverage: pd.DataFrame, sources: pd.DataFrame, lang: Lang
) -> pd.DataFrame:
    """One row per indicator in the page's language: what it is, where from, which years."""
    rows = []
    for code in labels.index:
        row = labels.loc[code]
        cover = coverage.loc[code] if code in coverage.index else None
        ids = str(cover["source_ids"]).split(",") if cover is not None else []
        licences = sorted(
            {
                licence(sources.loc[i, "licence"], lang)
                for i in ids
                if i in sources.index and isinstance(sources.loc[i, "licence"], str)
            }
        )
        rows.append(
            {
                t("column.indicator", lang): row[f"name_{lang}"],
                t("common.code", lang): code,
                t("data.col_definition", lang): row[f"definition_{lang}"],
                t("column.unit", lang): unit_label(str(row["unit"]), lang),
                t("column.years", lang): _years(cover),
                t("common.sources", lang): ", ".join(ids),
                t("data.col_licences", lang): "; ".join(licences),
                t("data.col_updated", lang): _date(cover, lang),
                t("data.col_caveat", lang): row[f"caveat_{lang}"] or "",
            }
        )
    return pd.DataFrame(rows)


def _years(cover: pd.Series | None) -> str:
    """First–last year with data, or a dash."""
    if cover is None or pd.isna(cover["first_year"]):
        return "–"
    first, last = int(cover["first_year"]), int(cover["last_year"])
    return str(first) if first == last else f"{first}–{last}"


def _date(cover: pd.Series | None, lang: Lang) -> str:
    """The date of the release that last changed an indicator, in the page's language."""
    if cover is None or pd.isna(cover["updated"]):
        return "–"
    return long_date(pd.Timestamp(cover["updated"]).date(), lang)


def indicator_sources(
    code: str, coverage: pd.DataFrame, sources: pd.DataFrame, lang: Lang
) -> pd.DataFrame:
    """The sources one indicator draws on, best tier first: publisher, title, licence, link."""
    ids = []
    if code in coverage.index:
        ids = [i for i in str(coverage.loc[code, "source_ids"]).split(",") if i in sources.index]
    chosen = sources.loc[ids].sort_values("tier")
    links = [
        u if isinstance(u, str) and u.startswith(("http://", "https://")) else None
        for u in chosen["url"]
    ]
    return pd.DataFrame(
        {
            t("data.col_tier", lang): chosen["tier"].astype(int).tolist(),
            t("common.source", lang): chosen["publisher"].tolist(),
            t("column.source_title", lang): chosen["title"].tolist(),
            t("data.licence", lang): [licence(note, lang) for note in chosen["licence"]],
            t("column.source_url", lang): links,
        }
    )


def indicator_facts(
    code: str, labels: pd.DataFrame, coverage: pd.DataFrame, lang: Lang
) -> dict[str, str]:
    """Unit, years covered and last update of one indicator, formatted for the page."""
    cover = coverage.loc[code] if code in coverage.index else None
    if not isinstance(cover, pd.Series):
        cover = None
    unit = unit_label(str(labels.loc[code, "unit"]), lang)
    return {"unit": unit, "years": _years(cover), "updated": _date(cover, lang)}


def disclosure_numbers(counts: pd.DataFrame) -> dict[str, int]:
    """Cells hidden, illustrative, provisional and missing in this release.

    One count of hidden cells: why each was hidden stays in the store (one public status).
    Hidden, provisional and missing cells are counted over real cells only; generated cells
    (present only with the example layer on) are counted apart, never added to them.
    """
    generated = (
        counts["illustrative"].astype(bool)
        if "illustrative" in counts.columns
        else counts["status"] == "illustrative"
    )
    real = counts[~generated]

    def cells(mask: pd.Series) -> int:
        return int(real.loc[mask, "cells"].sum())

    suppressed = real["status"] == "suppressed"
    return {
        "suppressed": cells(suppressed),
        "illustrative": int(counts.loc[generated, "cells"].sum()),
        "provisional": cells(real["status"] == "provisional"),
        "not_available": cells(real["status"] == "not_available"),
        "total": int(real["cells"].sum()),
    }


def disclosure_rule() -> dict[str, int]:
    """The numbers "disclosure_rule.text" states, from the disclosure control that applies them."""
    return {"top": MIN_TOP, "width": MIN_WIDTH, "threshold": THRESHOLD}


def status_legend(lang: Lang) -> pd.DataFrame:
    """The marks used in every chart, table and download, with what they mean."""
    return pd.DataFrame(
        {
            t("data.col_mark", lang): [mark or "·" for mark in STATUS_MARKS.values()],
            t("data.col_status", lang): list(STATUS_MARKS),
            t("data.col_meaning", lang): [t(f"data.status_{s}", lang) for s in STATUS_MARKS],
        }
    )


def release_table(history: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Release history in the page's language: number, date, kind, what changed."""
    return pd.DataFrame(
        {
            t("data.col_release", lang): history["id"].astype(int),
            t("data.col_date", lang): [
                long_date(pd.Timestamp(v).date(), lang) for v in history["created_at"]
            ],
            t("municipality.col_kind", lang): [
                release_text.kind_label(k, lang) for k in history["kind"]
            ],
            t("data.col_description", lang): [
                release_text.description(k, d, lang)
                for k, d in zip(history["kind"], history["description"], strict=True)
            ],
            # Printed, not numeric: Streamlit's grid shows "4122" without a separator.
            t("data.col_rows_changed", lang): [
                number(int(n), lang) for n in history["rows_changed"]
            ],
        }
    )


def dataset_download(observations: pd.DataFrame, header: str = "code") -> pd.DataFrame:
    """The whole published dataset with a status mark column, headed in one language option."""
    frame = observations.copy()
    position = list(frame.columns).index("status") + 1
    frame.insert(position, "status_mark", frame["status"].map(STATUS_MARKS).fillna(""))
    frame["preferred"] = frame["preferred"].astype(bool)
    frame.columns = header_row(list(frame.columns), EXTRA_LABELS, header)
    return frame


def dataset_files(
    observations: pd.DataFrame,
    release: dict[str, object],
    *,
    header: str = "code",
    example: bool = False,
) -> tuple[bytes, bytes]:
    """The dataset CSV and its datapackage.json, both as bytes for download buttons.

    `header`: the CSV's one header row as codes (the file the package describes), or as
    Lithuanian or English column names.

    With the example layer on, every row says in its `illustrative` column whether it is
    generated; with it off the observations hold real rows only and the column is left out.
    """
    observations = public_rows(observations)  # whoever read them: one status, no hidden notes
    frame = observations.copy()
    if example:
        frame = flagged(frame, observation_flags(frame))
    frame.insert(
        list(frame.columns).index("status") + 1,
        "status_mark",
        frame["status"].map(STATUS_MARKS).fillna(""),
    )
    package = datapackage(
        frame,
        file_name=DATASET_FILE,
        release_id=int(str(release["id"])),
        created=str(release["created_at"]),
        labels=EXTRA_LABELS,
    )
    download = flagged(observations, observation_flags(observations)) if example else observations
    return csv_bytes(dataset_download(download, header)), json.dumps(
        package, ensure_ascii=False, indent=2
    ).encode("utf-8")
