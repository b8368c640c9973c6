"""The pages' heavier computations, memoised per selection (was code inside app_pages/).

Each wrapper reads the cached frames of serving.caches and hands them to a pure view
function (prevention/views/), so the page only composes. Keys are plain codes and small
frozen filters, never whole tables: a lookup hashes a few strings. Computations that are
the same in both languages take no language, so one entry serves every visitor.
"""

import pandas as pd

from prevention.i18n import Lang
from prevention.release.downloads import csv_bytes
from prevention.store import coverage
from prevention.views import duplicates as duplicate_view
from prevention.views import measures as measure_view
from prevention.views import methodology, profile
from prevention.views.measures import Filters as MeasureFilters
from prevention.views.peers import peer_group
from serving import caches as cached

# --- Measures ---------------------------------------------------------------------------


@cached.computed
def measure_set(example: bool) -> pd.DataFrame:
    """The generated measures when `example`, else the real ones: one set, never both."""
    return measure_view.in_set(cached.measures(example=example), example)


@cached.computed
def selected_measures(filters: MeasureFilters, example: bool) -> pd.DataFrame:
    """The measures of one set (real, or generated when `example`) that pass the filters."""
    return measure_view.filter_measures(
        measure_set(example),
        cached.measure_areas(example=example),
        cached.measure_institutions(example=example),
        filters,
    )


@cached.computed
def reached(filters: MeasureFilters, codes: tuple[str, ...], example: bool) -> pd.DataFrame:
    """(measure, municipality) pairs the selected measures reach, national ones everywhere."""
    return coverage.reach(
        selected_measures(filters, example=example), cached.measure_areas(example=example), codes
    )


@cached.computed
def coverage_cells(
    filters: MeasureFilters,
    axis: str,
    categories: tuple[str, ...],
    codes: tuple[str, ...],
    example: bool,
) -> coverage.Coverage:
    """The coverage matrix of the selected measures (every place, all of the country)."""
    return coverage.coverage(
        reached(filters, codes, example=example),
        selected_measures(filters, example=example),
        cached.measure_institutions(example=example),
        by=axis,
        categories=list(categories),
        municipalities=list(codes),
    )


@cached.computed
def measure_list(
    filters: MeasureFilters, only: tuple[str, ...] | None, lang: Lang, example: bool
) -> pd.DataFrame:
    """The table of the selected measures (or of some of them), with places and institutions."""
    shown = selected_measures(filters, example=example)
    if only is not None:
        shown = shown[shown["measure_id"].isin(only)]
    area_names = {str(code): str(name) for code, name in cached.areas()[f"name_{lang}"].items()}
    return measure_view.measures_table(
        shown,
        cached.measure_areas(example=example),
        cached.measure_institutions(example=example),
        area_names,
        lang,
    )


# --- Municipality profile -----------------------------------------------------------------


@cached.computed
def indicator_comparison(code: str, example: bool) -> profile.IndicatorComparison:
    """One municipality beside its county, the country and its peers, with its ranks.

    Memoised per municipality: it reads every municipal indicator and is the same for
    every visitor who opens this profile, in either language.
    """
    municipalities = cached.municipalities()
    indicators = cached.municipal_indicators(example=example)
    return profile.indicator_comparison(
        {str(c): cached.area_values(str(c), example=example) for c in indicators.index},
        indicators,
        code=code,
        county=str(municipalities.loc[code, "parent_code"]),
        peers=peer_group(municipalities, code).peers,
        population=cached.census_population()["population"],
    )


# --- Duplicates ---------------------------------------------------------------------------


@cached.computed
def duplicate_selection(
    threshold: float, filters: duplicate_view.Filters, example: bool
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, duplicate_view.Summary]:
    """The groups, their pairs, the continuity pairs and the headline figures of a view."""
    pairs, groups = cached.duplicate_groups(threshold, example=example)
    measures = cached.measures_for_duplicates(example=example)
    shown = duplicate_view.filter_groups(groups, filters)
    inside = duplicate_view.group_pairs(pairs, shown)
    repeats = duplicate_view.continuity_pairs(pairs, measures, filters)
    return shown, inside, repeats, duplicate_view.summary(shown, inside, repeats, measures)


@cached.computed
def duplicates_csv(
    threshold: float, filters: duplicate_view.Filters, lang: Lang, example: bool
) -> bytes:
    """Every group of the view with its measures, as a spreadsheet-safe CSV."""
    shown, inside, _, _ = duplicate_selection(threshold, filters, example=example)
    measures = cached.measures_for_duplicates(example=example)
    return csv_bytes(duplicate_view.export_frame(shown, inside, measures, lang))


@cached.computed
def duplicate_group(
    threshold: float, filters: duplicate_view.Filters, group_id: str, lang: Lang, example: bool
) -> tuple[pd.DataFrame, list[str]]:
    """One group's measures as a table and the reasons its pairs were matched."""
    shown, inside, _, _ = duplicate_selection(threshold, filters, example=example)
    group = shown[shown["group_id"] == group_id].iloc[0]
    area_names = duplicate_view.area_names(cached.areas(), lang)
    table = duplicate_view.group_measures(
        group, cached.measures_for_duplicates(example=example), area_names, lang
    )
    return table, duplicate_view.pair_lines(inside, group_id, lang)


# --- Data and methods ----------------------------------------------------------------------


@cached.computed
def indicator_table(lang: Lang, example: bool) -> pd.DataFrame:
    """Every indicator with its definition, years and sources, in the visitor's language."""
    return methodology.indicator_table(
        cached.indicator_labels(),
        cached.indicator_coverage(example=example),
        cached.sources(example=example),
        lang,
    )
