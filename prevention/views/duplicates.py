"""What the duplicated-measures page shows: filtered groups, summary figures, institution pairs.

The engine (prevention.duplicates.engine) finds pairs and groups; this module narrows them to the
visitor's filters and turns them into tables, figures and a download. Pure pandas, no store.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from prevention.codes import NATIONAL
from prevention.duplicates import engine
from prevention.duplicates import evaluation as duplicate_eval
from prevention.i18n import Lang, institution_names, number, t
from prevention.i18n.citation import years_label
from prevention.views import figure_quotes
from prevention.views.chart_csv import described_table, file_stem

ALL = "all"
# The threshold the pages open on is the engine's own default (the duplicates page's step and
# the municipality profile's groups); pages take it from here, not from the engine.
DEFAULT_THRESHOLD = engine.DEFAULT_THRESHOLD
THRESHOLDS = [round(0.3 + 0.05 * step, 2) for step in range(13)]  # 0.30 … 0.90
GROUPS_SHOWN = 20  # the list stops here; the CSV has every group
MATRIX_INSTITUTIONS = 12  # institutions in the overlap matrix (most pairs first)


@dataclass(frozen=True)
class Filters:
    """The visitor's choices; ALL means no filter on that field."""

    target_group: str = ALL
    measure_type: str = ALL
    area: str = ALL
    institution: str = ALL
    years: tuple[int, int] | None = None


@dataclass(frozen=True)
class Summary:
    """The figures above the list: how much duplication the current view holds."""

    groups: int
    measures: int
    budget: float  # NaN when no measure in view states a budget: unknown is not €0
    municipalities: int
    national_groups: int
    institution_pairs: int
    continuity_pairs: int
    illustrative: bool
    sources: list[tuple[str, str, str | None]] = field(default_factory=list)


@dataclass(frozen=True)
class MatrixPanel:
    """The institution-pairs panel: the matrix and the pairs named for the chart, and the
    panel's table, CSV frame, summary and one-figure citations."""

    matrix: pd.DataFrame  # pairs of measures by institution, rows and columns named
    ranked: pd.DataFrame  # the institution pairs, most shared first, named
    shorts: list[str]  # the institutions' short names, for the key under the chart
    hover_names: dict[str, str]
    table: pd.DataFrame
    csv: pd.DataFrame  # the table described for download; the page writes it (memoised)
    summary: str
    sources: list[tuple[str, str, str | None]]
    source_line: str
    file_stem: str
    illustrative: bool
    figure_citations: dict[str, str]


def options(measures: pd.DataFrame, column: str) -> list[str]:
    """ALL, then the codes a filter can take (target groups or types) in code order."""
    return [ALL, *sorted(measures[column].dropna().unique())]


def institution_options(groups: pd.DataFrame) -> list[str]:
    """ALL, then every institution that appears in a group at this threshold."""
    return [ALL, *sorted({name for names in groups["institutions"] for name in names})]


def municipalities(areas: pd.DataFrame) -> list[str]:
    """The 60 municipality codes, in the Lithuanian name order the areas query gives."""
    return list(areas.index[areas["level"] == "municipality"])


def area_names(areas: pd.DataFrame, lang: Lang) -> dict[str, str]:
    """Every area's name in the language, by code."""
    return {str(code): str(name) for code, name in areas[f"name_{lang}"].items()}


def place(area: str, area_names: dict[str, str], lang: Lang) -> str:
    """The filter's place as the citation names it: a municipality, or the whole country."""
    return (
        t("common.whole_country", lang) if area in (ALL, NATIONAL) else area_names.get(area, area)
    )


def listed_groups(shown: pd.DataFrame, selected: str | None) -> pd.DataFrame:
    """The groups the list shows: the first GROUPS_SHOWN, or the linked group alone when it
    is further down."""
    listed = shown.head(GROUPS_SHOWN)
    if selected is not None and selected not in set(listed["group_id"]):
        listed = shown[shown["group_id"] == selected]
    return listed


def evaluation_sentences(lang: Lang) -> list[str]:
    """What the finder scored on the labelled pairs (prevention.duplicates.evaluation), worded."""
    return duplicate_eval.sentences(lang)


def pair_lines(pairs: pd.DataFrame, group_id: str | None, lang: Lang) -> list[str]:
    """ "ILL-0090 and ILL-0142: “Title” (PD) and …" for each pair (of one group, if given)."""
    if group_id is not None:
        pairs = pairs[pairs["group_id"] == group_id]
    return [
        t(
            "duplicates.pair_line",
            lang,
            a=row["measure_a"],
            b=row["measure_b"],
            why=row[f"explanation_{lang}"],
        )
        for row in pairs.to_dict("records")
    ]


def filter_groups(groups: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The groups that match every chosen filter, largest combined budget first."""
    keep = pd.Series(True, index=groups.index)
    if filters.target_group != ALL:
        keep &= groups["target_group"] == filters.target_group
    if filters.measure_type != ALL:
        keep &= groups["measure_type"] == filters.measure_type
    if filters.area != ALL:
        keep &= groups["areas"].map(lambda codes: filters.area in codes)
    if filters.institution != ALL:
        keep &= groups["institutions"].map(lambda names: filters.institution in names)
    if filters.years is not None:
        first, last = filters.years
        keep &= (groups["start_year"] <= last) & (groups["end_year"] >= first)
    return groups[keep].reset_index(drop=True)


def group_pairs(pairs: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """The duplicate pairs inside the given groups, each tagged with its group id."""
    member_of = {
        m: g for g, ids in zip(groups["group_id"], groups["measure_ids"], strict=True) for m in ids
    }
    inside = pairs[(pairs["kind"] == "duplicate") & pairs["measure_a"].isin(member_of)]
    # Kept as text even when no pair is inside (real measures alone may form no group yet):
    # an empty mapping would turn the column into floats that no group id joins.
    group_ids = inside["measure_a"].map(member_of).astype(object)
    return inside.assign(group_id=group_ids).reset_index(drop=True)


def continuity_pairs(pairs: pd.DataFrame, measures: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """One institution repeating its own measure: listed apart, never counted as duplication."""
    repeats = pairs[pairs["kind"] == "continuity"]
    if filters.target_group != ALL:
        repeats = repeats[repeats["target_group"] == filters.target_group]
    if filters.measure_type != ALL:
        repeats = repeats[repeats["measure_type"] == filters.measure_type]
    if filters.institution != ALL:
        repeats = repeats[repeats["lead_a"] == filters.institution]
    if filters.area != ALL:
        # astype(bool): on no rows map() gives an object Series, which [] reads as column names.
        repeats = repeats[repeats["shared_area_codes"].str.split(";").map(
            lambda codes: filters.area in codes
        ).astype(bool)]  # fmt: skip
    if filters.years is not None:
        years = measures.set_index("measure_id")
        first, last = filters.years
        start = repeats["measure_a"].map(years["start_year"])
        end = repeats["measure_b"].map(years["end_year"])
        repeats = repeats[(start <= last) & (end >= first)]
    return repeats.reset_index(drop=True)


def summary(
    groups: pd.DataFrame, inside: pd.DataFrame, repeats: pd.DataFrame, measures: pd.DataFrame
) -> Summary:
    """Counts and sums for the current view; budgets are summed over measures, once each."""
    ids = {m for member_ids in groups["measure_ids"] for m in member_ids}
    members = measures[measures["measure_id"].isin(ids)]
    places = {
        code
        for codes in inside["shared_area_codes"]
        for code in str(codes).split(";")
        if code and code != NATIONAL
    }
    national = sum(NATIONAL in codes for codes in groups["areas"])
    return Summary(
        groups=len(groups),
        measures=len(ids),
        budget=float(members["budget_eur"].sum(min_count=1)),
        municipalities=len(places),
        national_groups=int(national),
        institution_pairs=len(institution_pairs(inside)),
        continuity_pairs=len(repeats),
        illustrative=bool(members["illustrative"].any()),
        sources=source_refs(members),
    )


def institution_pairs(inside: pd.DataFrame) -> pd.DataFrame:
    """How many duplicate pairs each pair of lead institutions shares, most first."""
    if inside.empty:
        return pd.DataFrame(columns=["institution_a", "institution_b", "pairs"])
    ordered = pd.DataFrame(
        {
            "institution_a": inside[["lead_a", "lead_b"]].min(axis=1),
            "institution_b": inside[["lead_a", "lead_b"]].max(axis=1),
        }
    )
    counted = ordered.value_counts().rename("pairs").reset_index()
    return counted.sort_values(
        ["pairs", "institution_a", "institution_b"], ascending=[False, True, True]
    ).reset_index(drop=True)


def duplicate_matrix(inside: pd.DataFrame, size: int = MATRIX_INSTITUTIONS) -> pd.DataFrame:
    """A symmetric institutions × institutions count of shared duplicate pairs (top `size`)."""
    counted = institution_pairs(inside)
    if counted.empty:
        return pd.DataFrame()
    both = pd.concat(
        [
            counted,
            counted.rename(
                columns={"institution_a": "institution_b", "institution_b": "institution_a"}
            ),
        ]
    )
    busiest = both.groupby("institution_a")["pairs"].sum().sort_values(ascending=False)
    names = sorted(busiest.index[:size])
    matrix = both.pivot_table(
        index="institution_a", columns="institution_b", values="pairs", aggfunc="sum", fill_value=0
    )
    return matrix.reindex(index=names, columns=names, fill_value=0)


def matrix_panel(
    inside: pd.DataFrame,
    institutions: pd.DataFrame,
    figures: Summary,
    *,
    area: str,
    place: str,
    years: Sequence[int],
    threshold: float,
    url: str,
    lang: Lang,
) -> MatrixPanel | None:
    """Which institutions share duplicate pairs, as the page's panel shows it; None when no
    two institutions do."""
    matrix = duplicate_matrix(inside)
    if matrix.empty:
        return None
    ranked = institution_pairs(inside)
    top = ranked.iloc[0]
    shorts = [*matrix.index, *matrix.columns]
    named = institution_names.labels(shorts, institutions, lang)
    hover_names = institution_names.hover_names(shorts, institutions, lang)
    pairs = ranked.replace({"institution_a": named, "institution_b": named})
    # The table and its CSV name the institutions as the chart does, in the reader's language.
    table = pairs.rename(
        columns={
            "institution_a": t("overlap.col_institution_a", lang),
            "institution_b": t("overlap.col_institution_b", lang),
            "pairs": t("overlap.col_pairs", lang),
        }
    )
    code = NATIONAL if area in (ALL, NATIONAL) else area
    title = t("overlap.matrix_title", lang)
    source_line = "; ".join(dict.fromkeys(publisher for _, publisher, _ in figures.sources))
    csv = described_table(
        table,
        code="duplicates_institution_pairs",
        name=title,
        area_code=code,
        area_name=place,
        years=(min(years), max(years)),
        unit=t("overlap.col_pairs", lang),
        sources=figures.sources,
        illustrative=figures.illustrative,
        lang=lang,
    )
    summary = t(
        "overlap.matrix_summary",
        lang,
        # Named as the matrix's axes name them (in the reader's language), not by the code.
        a=named.get(top["institution_a"], top["institution_a"]),
        b=named.get(top["institution_b"], top["institution_b"]),
        pairs=number(int(top["pairs"]), lang),
    )
    quotes = figure_quotes.pair_quotes(
        pairs,
        names=hover_names,
        what=title,
        area=place,
        period=years_label(list(years)),
        publisher=source_line,
        url=url,
        lang=lang,
    )
    return MatrixPanel(
        matrix=matrix.rename(index=named, columns=named),
        ranked=pairs,
        shorts=shorts,
        hover_names=hover_names,
        table=table,
        csv=csv,
        summary=summary,
        sources=figures.sources,
        source_line=source_line,
        file_stem=file_stem(f"duplicates-institution-pairs-{threshold:.2f}", code, list(years)),
        illustrative=figures.illustrative,
        figure_citations=quotes,
    )


def group_title(group: pd.Series, lang: Lang) -> str:
    """ "G003 · Awareness campaign for migrants · 3 measures · 2 institutions · 120 000 €"."""
    budget = group["combined_budget"]
    money = (
        t("common.eur", lang, amount=number(budget, lang))
        if budget == budget and budget > 0
        else t("overlap.budget_unknown", lang)
    )
    return t(
        "overlap.group_title",
        lang,
        group=group["group_id"],
        type=t(f"measure_type.{group['measure_type']}", lang),
        target=t(f"target_group.{group['target_group']}", lang),
        measures=number(group["n_measures"], lang),
        institutions=number(len(group["institutions"]), lang),
        budget=money,
    )


def group_measures(
    group: pd.Series, measures: pd.DataFrame, area_names: dict[str, str], lang: Lang
) -> pd.DataFrame:
    """The measures of one group as a readable table, with their places named and sources."""
    members = measures[measures["measure_id"].isin(group["measure_ids"])]
    return pd.DataFrame(
        {
            t("column.measure", lang): members["measure_id"],
            t("column.title", lang): members[f"title_{lang}"].fillna(members["title_lt"]),
            t("column.institutions", lang): members["institutions"].str.replace(";", ", "),
            t("municipality.col_places", lang): members["areas"].map(
                lambda codes: place_names(str(codes).split(";"), area_names, lang)
            ),
            t("municipality.col_period", lang): [
                _period(int(start), int(end))
                for start, end in zip(members["start_year"], members["end_year"], strict=True)
            ],
            t("column.budget", lang): members["budget_eur"],
            t("common.source", lang): members["source_title"],
            t("common.illustrative_data", lang): members["illustrative"].map(
                lambda flag: t("common.yes", lang) if flag else t("common.no", lang)
            ),
        }
    )


def export_frame(
    groups: pd.DataFrame, inside: pd.DataFrame, measures: pd.DataFrame, lang: Lang
) -> pd.DataFrame:
    """One row per flagged pair inside a group: both measures, the score and why (the CSV)."""
    by_id = measures.set_index("measure_id")
    budget = groups.set_index("group_id")["combined_budget"]
    rows = inside.merge(groups[["group_id", "n_measures"]], on="group_id")
    rows = rows.sort_values(["group_id", "score"], ascending=[True, False])
    return pd.DataFrame(
        {
            "group_id": rows["group_id"],
            "group_measures": rows["n_measures"],
            "group_budget_eur": rows["group_id"].map(budget),
            "measure_a": rows["measure_a"],
            "title_a": rows["measure_a"].map(by_id[f"title_{lang}"].fillna(by_id["title_lt"])),
            "institution_a": rows["lead_a"],
            "measure_b": rows["measure_b"],
            "title_b": rows["measure_b"].map(by_id[f"title_{lang}"].fillna(by_id["title_lt"])),
            "institution_b": rows["lead_b"],
            "measure_type": rows["measure_type"],
            "target_group": rows["target_group"],
            "score": rows["score"],
            "text_similarity": rows["text_similarity"],
            "shared_places": rows["shared_areas"],
            "overlap_years": rows["overlap_years"],
            "explanation": rows[f"explanation_{lang}"],
            "illustrative": [
                bool(by_id.at[a, "illustrative"] or by_id.at[b, "illustrative"])
                for a, b in zip(rows["measure_a"], rows["measure_b"], strict=True)
            ],
            "source_a": rows["measure_a"].map(by_id["source_title"]),
            "source_b": rows["measure_b"].map(by_id["source_title"]),
        }
    ).reset_index(drop=True)


def source_refs(members: pd.DataFrame) -> list[tuple[str, str, str | None]]:
    """The distinct sources of the measures shown: (title, publisher, url)."""
    known = members.drop_duplicates("source_id")
    return [
        (
            str(row.source_title),
            str(row.source_publisher),
            row.source_url if isinstance(row.source_url, str) else None,
        )
        for row in known.itertuples(index=False)
    ]


def summary_sentence(figures: Summary, lang: Lang) -> str:
    """One plain sentence for the matrix panel and the page's summary."""
    if figures.groups == 0:
        return t("overlap.summary_none", lang)
    known = figures.budget == figures.budget
    return t(
        "overlap.summary" if known else "overlap.summary_no_budget",
        lang,
        groups=number(figures.groups, lang),
        measures=number(figures.measures, lang),
        budget=number(figures.budget, lang) if known else "",
        municipalities=number(figures.municipalities, lang),
    )


def budget_text(budget: float, lang: Lang, *, unknown: str = "overlap.budget_unknown") -> str:
    """ "12 000 €", or "budget unknown" (the catalogue's `unknown` text) when no measure
    states one (never "0 €")."""
    if budget != budget:
        return t(unknown, lang)
    return t("common.eur", lang, amount=number(budget, lang))


def place_names(codes: list[str], area_names: dict[str, str], lang: Lang) -> str:
    """ "Alytaus m. sav., Birštono sav.", "the whole country", or both when a group holds
    national and local measures: the local places are what its pairs share, so the header names
    them too rather than contradict the reasons below it."""
    local = ", ".join(area_names.get(code, code) for code in codes if code and code != NATIONAL)
    if NATIONAL not in codes:
        return local
    if not local:
        return t("common.whole_country", lang)
    return t("duplicates.places_national_and_local", lang, places=local)


def _period(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}–{end}"
