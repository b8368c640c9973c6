"""What the municipality profile says in words: cells, ranks, peers and its tables.

Shared by the page and the report card, so both print a figure the same way. A suppressed
cell reads "hidden", a missing one "–", never 0; a rank is a sentence saying why not.
"""

from collections.abc import Collection

import pandas as pd

from prevention.codes import NATIONAL
from prevention.example_layer import with_flag_column
from prevention.i18n import Lang, number, t
from prevention.views.map_text import pooled_text
from prevention.views.peers import PeerGroup
from prevention.views.profile import PEERS, SMALL, Rank
from prevention.views.series import unit_label


def cell(value: float, status: str, *, rated: bool, lang: Lang) -> str:
    """One value as printed: a rate with one decimal, a count whole, hidden and missing named."""
    if status == "suppressed":
        return t("disclosure.hidden", lang)
    if value != value:
        return "–"
    return number(value, lang, decimals=1 if rated else 0)


def row_cell(row: pd.Series, lang: Lang) -> str:
    """A comparison row's value; a hidden peer total shows its published peers' figure."""
    partial = row.get("published_value", float("nan"))
    if row["status"] == "suppressed" and partial == partial:
        return t(
            "disclosure.peers_published",
            lang,
            value=number(partial, lang, decimals=1 if row["rated"] else 0),
            known=number(int(row["published_peers"]), lang),
            hidden=number(int(row["hidden_peers"]), lang),
        )
    if row["status"] == "suppressed" and not row["rated"]:
        return pooled_text(row, lang) or t("disclosure.hidden", lang)
    return cell(row["value"], row["status"], rated=bool(row["rated"]), lang=lang)


def rank_text(rank: Rank, lang: Lang) -> str:
    """ "8th highest of 26 with a published value" or why there is no rank."""
    if rank.reason == "suppressed":
        return t("disclosure.rank_hidden", lang)
    if rank.reason:
        return t(f"municipality.rank_{rank.reason}", lang, small=SMALL)
    return t(
        "municipality.rank",
        lang,
        position=number(rank.position, lang),
        among=number(rank.among, lang),
        hidden=number(rank.hidden, lang),
    )


def area_names(areas: pd.DataFrame, codes: list[str], lang: Lang) -> dict[str, str]:
    """Names for the comparison's area codes (municipality, county, country) and the peers."""
    names = {code: str(areas.loc[code, f"name_{lang}"]) for code in codes if code in areas.index}
    return {**names, PEERS: t("municipality.peer_group", lang)}


def indicator_table(
    frame: pd.DataFrame,
    ranks: dict[str, Rank],
    *,
    code: str,
    county: str,
    indicator_names: dict[str, str],
    lang: Lang,
) -> pd.DataFrame:
    """One row per indicator at its latest year: the municipality and its comparators, printed."""
    rows = []
    for indicator, rank in ranks.items():
        part = frame[(frame["indicator"] == indicator) & (frame["year"] == rank.year)]
        by_area = {str(row["area_code"]): row for _, row in part.iterrows()}
        own = by_area.get(code)
        rated = bool(own["rated"]) if own is not None else False
        rows.append(
            {
                t("column.indicator", lang): indicator_names[indicator],
                t("column.year", lang): str(rank.year or "–"),
                t("municipality.col_count", lang): (
                    pooled_text(own, lang)
                    or cell(own["count"], own["status"], rated=False, lang=lang)
                    if own is not None
                    else "–"
                ),
                t("common.measure_rate", lang): _shown(by_area, code, lang) if rated else "–",
                t("municipality.col_county", lang): _shown(by_area, county, lang),
                t("municipality.col_country", lang): _shown(by_area, NATIONAL, lang),
                t("municipality.col_peers", lang): _shown(by_area, PEERS, lang),
                t("municipality.col_rank", lang): rank_text(rank, lang),
            }
        )
    return pd.DataFrame(rows)


def _shown(by_area: dict[str, pd.Series], area: str, lang: Lang) -> str:
    row = by_area.get(area)
    return row_cell(row, lang) if row is not None else "–"


def long_table(
    frame: pd.DataFrame, *, names: dict[str, str], indicator_names: dict[str, str], lang: Lang
) -> pd.DataFrame:
    """Every value of the comparison, one row each, for the table alternative and the CSV."""
    table = pd.DataFrame(
        {
            t("column.indicator", lang): frame["indicator"].map(indicator_names),
            t("column.area", lang): frame["area_code"].map(names),
            t("column.year", lang): frame["year"].astype(int),
            t("column.value", lang): frame["value"].astype(float),
            t("column.unit", lang): [
                t("common.rate" if rated else "common.count", lang) for rated in frame["rated"]
            ],
            t("municipality.col_shown", lang): [row_cell(row, lang) for _, row in frame.iterrows()],
            t("column.status", lang): [t(f"status.{s}", lang) for s in frame["status"]],
            t("common.source", lang): frame["source_publisher"].fillna(""),
            t("column.source_title", lang): frame["source_title"].fillna(""),
            t("column.source_url", lang): frame["source_url"].fillna(""),
        }
    )
    return with_flag_column(table, frame, t("example.column", lang))


def peer_sentence(group: PeerGroup, names: dict[str, str], lang: Lang) -> str:
    """Who the peers are and why: same kind, nearest census population, the range they span."""
    if not group.peers:
        return t("municipality.peers_none", lang)
    return t(
        "municipality.peers_why",
        lang,
        count=number(len(group.peers), lang),
        kind=t(f"municipality.kind_{group.kind}", lang),
        low=number(group.low, lang),
        high=number(group.high, lang),
        names=", ".join(names[code] for code in group.peers),
    )


def peers_table(group: PeerGroup, municipalities: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """The municipality and its peers with kind and census population, nearest first."""
    codes = [group.code, *group.peers]
    return pd.DataFrame(
        {
            t("column.area", lang): [str(municipalities.loc[c, f"name_{lang}"]) for c in codes],
            t("municipality.col_kind", lang): [
                t(f"municipality.kind_{municipalities.loc[c, 'kind']}", lang) for c in codes
            ],
            t("municipality.col_population", lang): [
                number(municipalities.loc[c, "population"], lang) for c in codes
            ],
        }
    )


def summary(
    frame: pd.DataFrame,
    ranks: dict[str, Rank],
    *,
    code: str,
    name: str,
    indicator_names: dict[str, str],
    lang: Lang,
) -> str:
    """One sentence per indicator: the latest value and how it compares, hidden ones named."""
    sentences = []
    for indicator, rank in ranks.items():
        if rank.year is None:
            continue
        own = frame[
            (frame["indicator"] == indicator)
            & (frame["area_code"] == code)
            & (frame["year"] == rank.year)
        ]
        if own.empty:
            continue
        row = own.iloc[0]
        sentences.append(
            t(
                "municipality.summary",
                lang,
                what=indicator_names[indicator],
                area=name,
                year=rank.year,
                value=row_cell(row, lang),
                unit=t("common.rate" if row["rated"] else "common.count", lang),
                rank=rank_text(rank, lang),
            )
        )
    return " ".join(sentences) or t("common.no_data", lang)


def units(
    indicator_names: dict[str, str], unit_codes: dict[str, str], rated: Collection[str], lang: Lang
) -> dict[str, str]:
    """Each indicator's axis unit: a rate where the figures were rated, else its own unit."""
    return {
        c: t("common.rate", lang) if c in rated else unit_label(unit_codes[c], lang)
        for c in indicator_names
    }


def shown_names(names: dict[str, str], *, illustrative: bool, lang: Lang) -> dict[str, str]:
    """Indicator names as titled: generated values say "example", never "officially
    identified"."""
    if not illustrative:
        return dict(names)
    prefix = t("example.title_prefix", lang)
    return {c: f"{prefix}: {n}" for c, n in names.items()}


def facts_line(own: pd.Series, areas: pd.DataFrame, lang: Lang) -> str:
    """One municipality's county, kind and census population in one line."""
    county = str(own["parent_code"])
    return t(
        "municipality.facts",
        lang,
        county=str(areas.loc[county, f"name_{lang}"]) if county in areas.index else "–",
        kind=t(f"municipality.kind_{own['kind']}", lang),
        population=number(own["population"], lang),
    )
