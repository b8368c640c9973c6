"""What the data page says about the real local data: the measures it could not place."""

import pandas as pd

from prevention.i18n import Lang, t


def unplaced_table(frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """One row per unplaced measure: what it is, what the source wrote, why it is not charted."""
    reasons = [
        "; ".join(t(f"localmap.reason_{code}", lang) for code in str(cell).split(";") if code)
        for cell in frame["reason"]
    ]
    return pd.DataFrame(
        {
            t("column.measure", lang): frame["title"],
            t("localmap.column_institution", lang): frame["institution"],
            t("localmap.column_place_as_written", lang): frame["municipality"],
            t("localmap.column_year_as_written", lang): frame["year"],
            t("localmap.column_reason", lang): reasons,
            t("common.source", lang): frame["source_publisher"] + ": " + frame["source_title"],
            t("localmap.column_link", lang): frame["source_url"],
        }
    )
