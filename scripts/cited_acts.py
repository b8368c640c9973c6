"""National acts that the collected measures know only from a municipal decision quoting them.

measures.csv sources three national instruments to the Birštonas council decision of 2023
(ETAR_BIRSTONAS), whose preamble quotes them. A national measure is shown on every
municipality, so that decision was listed as a source on all 60 of them. Each instrument's
source is its own act; the decision stays in the locator as where its wording was read.
The acts themselves were not retrieved: their rows have no URL and say so.
"""

import pandas as pd

QUOTED_IN = "ETAR_BIRSTONAS"

# measure_id -> (source row of the act, locator)
CITED_ACTS: dict[str, tuple[dict[str, str], str]] = {
    "2015-2025-45.5": (
        {
            "source_id": "SEIMAS_XII-1682",
            "title": "Seimo 2015-05-07 nutarimas Nr. XII-1682 dėl Viešojo saugumo plėtros "
            "2015–2025 metų programos patvirtinimo (not retrieved; item 45.5 as quoted in "
            "ETAR_BIRSTONAS)",
            "publisher": "Seimas of the Republic of Lithuania",
            "year": "2015",
        },
        "programme sub-item 45.5, wording as quoted in the preamble of ETAR_BIRSTONAS",
    ),
    "PLAN-2020-2022": (
        {
            "source_id": "VRM_1V-577",
            "title": "VRM įsakymas 2020-06-12 Nr. 1V-577 dėl Kovos su prekyba žmonėmis "
            "2020–2022 metų veiksmų plano patvirtinimo (not retrieved; as cited in "
            "ETAR_BIRSTONAS)",
            "publisher": "Vidaus reikalų ministerija",
            "year": "2020",
        },
        "the order as cited in the preamble of ETAR_BIRSTONAS",
    ),
    "2017-VRM-rastas-1D-6490": (
        {
            "source_id": "VRM_1D-6490",
            "title": "VRM 2017-12-11 raštas Nr. 1D-6490 dėl Savivaldybės kovos su prekyba "
            "žmonėmis koordinavimo aprašo pavyzdžio (not retrieved; as cited in ETAR_BIRSTONAS)",
            "publisher": "Vidaus reikalų ministerija",
            "year": "2017",
        },
        "the letter as cited in the preamble of ETAR_BIRSTONAS",
    ),
}


def cited_sources() -> list[dict[str, str]]:
    """The acts' source rows (url and licence empty: not retrieved)."""
    return [
        {**source, "url": "", "licence": "Official legal act (not subject to copyright)"}
        for source, _locator in CITED_ACTS.values()
    ]


def source_to_acts(measures: pd.DataFrame) -> None:
    """Point each quoted national instrument at its own act, in place."""
    for measure_id, (source, locator) in CITED_ACTS.items():
        row = measures["measure_id"] == measure_id
        assert row.sum() == 1, f"measure {measure_id} not found once"
        assert (measures.loc[row, "source_id"] == QUOTED_IN).all()
        measures.loc[row, "source_id"] = source["source_id"]
        measures.loc[row, "source_locator"] = locator


def birstonas_procedure() -> pd.DataFrame:
    """Birštonas's own local measure: the coordination procedure its council adopted in 2023.

    The decision was in the seed only as a flag, so Birštonas was listed among the
    municipalities with no local measure although it is the one whose act the others cite.
    """
    return pd.DataFrame(
        [
            {
                "measure_id": "LOCAL-BIRSTONAS-2023",
                "plan": "",
                "code": "TSE-59",
                "title_lt": "Birštono savivaldybės kovos su prekyba žmonėmis koordinavimo "
                "tvarkos aprašas",
                "title_en": "Birštonas Municipality's procedure for coordinating action "
                "against trafficking in human beings (own translation)",
                "description_lt": "",
                "description_en": "",
                "measure_type": "coordination",
                "target_group": "municipalities",
                "start_year": "2023",
                "end_year": "2023",
                "budget_eur": "",
                "status": "unknown",
                "lead_institution": "Birštono sav.",
                "partner_institutions": "",
                "areas": "12",
                "source_id": QUOTED_IN,
                "source_locator": "decision title and operative part",
                "note": "Council decision 2023-04-07 Nr. TSE-59 adopting the procedure (based on "
                "VRM model letter 1D-6490 and the 2020-2022 national plan). The end year is the "
                "year of adoption; the source gives no end.",
                "inferred": "",
            }
        ]
    )
