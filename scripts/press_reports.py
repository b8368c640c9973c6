"""The official publication each press source reports, where its title or text names one.

A headline figure from the press says so next to it and names what it reports, so that a
journalist can go to the publication itself. Written by hand from each source's title and
note (sources.csv); a press item that names no publication (an interview, a feature) has no
row here, and the site then says only that the figure is from the press.
"""

# source_id -> (Lithuanian, English) name of the official publication reported
REPORTS: dict[str, tuple[str, str]] = {
    "TV3_2025": (
        "Seimo kontrolierių 2024 m. prekybos žmonėmis situacijos apžvalga",
        "the Seimas Ombudsmen's review of the trafficking situation in 2024",
    ),
    "TV3_2024": (
        "VRM 2023 m. prekybos žmonėmis situacijos apžvalga",
        "the Ministry of the Interior's review of the trafficking situation in 2023",
    ),
    "SILUTES_2024": (
        "VRM informacija apie 2023 m. duomenis",
        "the Ministry of the Interior's information on 2023 data",
    ),
    "UKMERGIETIS_2023": (
        "VRM kovos su prekyba žmonėmis 2022 m. ataskaita",
        "the Ministry of the Interior's report on action against trafficking in 2022",
    ),
    "LRT_2021": ("VRM pranešimas spaudai", "a Ministry of the Interior press release"),
    "TEVZIB_2021": ("VRM pranešimas", "a Ministry of the Interior release"),
    "TEVZIB_2022": ("vidaus reikalų ministro ataskaita", "the Minister of the Interior's report"),
    "L24_2013": (
        "JAV Valstybės departamento 2013 m. prekybos žmonėmis ataskaita",
        "the US State Department's Trafficking in Persons Report 2013",
    ),
    "BT2012": (
        "JAV Valstybės departamento 2012 m. prekybos žmonėmis ataskaita",
        "the US State Department's Trafficking in Persons Report 2012",
    ),
}
