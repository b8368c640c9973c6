"""Downloads, citations and sharing (issue 18): what every CSV and citation says about itself."""

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from prevention.i18n import number, t
from prevention.i18n.citation import embed_snippet, embed_url, figure_citation
from prevention.release.downloads import csv_bytes
from prevention.store import queries
from prevention.store.db import read_only_engine
from prevention.views import series
from prevention.views.chart_csv import COLUMNS, comparison_csv_frame, described_table
from prevention.views.trends import trend_view
from prevention.web.public_urls import is_non_public, public_url

SEED = Path(__file__).resolve().parents[2] / "data" / "seed"


def test_staging_and_preview_addresses_become_public():
    assert (
        public_url(
            "https://staging-next.liberties.eu/en/stories/lithuania-human-trafficking/9385"
            "?cookie_settings=1"
        )
        == "https://www.liberties.eu/en/stories/lithuania-human-trafficking/9385"
    )
    assert (
        public_url(
            "https://preview.state.gov/reports/2020-trafficking-in-persons-report/lithuania/"
        )
        == "https://www.state.gov/reports/2020-trafficking-in-persons-report/lithuania/"
    )
    kept = "https://www.vrm.lt/index.php?id=1&lang=lt"
    assert public_url(kept) == kept


def test_seed_source_addresses_have_no_staging_or_preview_host():
    sources = pd.read_csv(SEED / "sources.csv", dtype=str, keep_default_na=False)
    bad = [url for url in sources["url"] if url and is_non_public(url)]
    assert bad == []
    assert not sources["url"].str.contains("cookie_settings").any()


@pytest.fixture(scope="module")
def engine(seed_store: Path):
    return read_only_engine(seed_store)


RELEASE = {"id": 3, "created_at": date(2026, 12, 1)}
URL = "https://example.org/trends?indicator=victims_officially_identified&lang=lt"


def _trend(engine, indicator: str, lang, *, example: bool = False, rate: bool = False):
    rows = queries.trend_observations(engine, indicator, "LT", "none", example=example)
    frame = series.chart_frame(rows)
    if rate:
        frame = series.per_capita(frame, 2_810_761)
    return trend_view(
        frame,
        what="Identified victims",
        unit=series.unit_label("persons", lang),
        area="Lietuva" if lang == "lt" else "Lithuania",
        area_code="LT",
        rate=rate,
        indicator_code=indicator,
        counts=True,
        release=RELEASE,
        url=URL,
        accessed=date(2026, 12, 3),
        lang=lang,
    )


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("example", [False, True])
def test_trend_csv_describes_itself_with_whole_counts(engine, lang, example):
    view = _trend(engine, "victims_officially_identified", lang, example=example)
    table = pd.read_csv(io.BytesIO(view.csv), encoding="utf-8-sig", keep_default_na=False)
    headers = [t(f"column.{key}", lang) for key in COLUMNS]
    assert list(table.columns) == headers
    column = dict(zip(COLUMNS, headers, strict=True))
    assert set(table[column["indicator_code"]]) == {"victims_officially_identified"}
    assert set(table[column["area_code"]]) == {"LT"}
    assert table[column["year"]].map(lambda v: isinstance(v, int)).all()
    # Counts are whole numbers as written ("12", never "12.0"); a hidden value stays empty.
    written = [v for v in view.csv.decode("utf-8-sig").split("\r\n")[1:] if v]
    assert not any(".0," in line for line in written)
    values = pd.to_numeric(table[column["value"]], errors="coerce").dropna()
    assert len(values) and (values == values.round()).all()
    assert table[column["source_publisher"]].ne("").any()
    assert view.file_stem.startswith("prevention-monitor_victims-officially-identified_LT_")
    flags = table[column["illustrative"]].astype(str)
    assert flags.isin(["True", "False"]).all()
    assert (flags == "True").any() == view.illustrative


def test_a_rate_download_keeps_its_decimals(engine):
    view = _trend(engine, "victims_officially_identified", "en", rate=True)
    assert "per-100k" in view.file_stem
    table = pd.read_csv(io.BytesIO(view.csv), encoding="utf-8-sig")
    assert table[t("column.value", "en")].dropna().map(lambda v: v % 1 != 0).any()


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_figure_citation_names_value_year_publisher_and_link(engine, lang):
    view = _trend(engine, "victims_officially_identified", lang)
    frame = view.frame[view.frame["value"].notna()]
    latest = frame[frame["year"].astype(int) == int(frame["year"].max())].iloc[0]
    quoted = view.figure_citations[int(latest["year"])]
    assert number(float(latest["value"]), lang) in quoted
    assert str(int(latest["year"])) in quoted
    assert str(latest["source_publisher"]) in quoted
    assert URL in quoted
    # Hidden and missing years have no figure to quote.
    assert set(view.figure_citations) == set(frame["year"].astype(int))


def test_figure_citation_exact_text():
    quoted = figure_citation(
        what="Oficialiai nustatytos aukos",
        area="Lietuva",
        year=2024,
        value=1234,
        unit="asmenys",
        publisher="Lietuvos policija",
        url="https://x.lt/trends",
        lang="lt",
    )
    assert quoted == (
        f"Oficialiai nustatytos aukos, Lietuva, 2024 m.: {number(1234, 'lt')} (asmenys). "
        "Šaltinis: Lietuvos policija. Paskelbta: Prekybos žmonėmis prevencijos stebėsena, "
        "https://x.lt/trends"
    )


def test_embed_snippet_uses_streamlit_embed_mode_and_escapes():
    snippet = embed_snippet("https://x.lt/trends?a=1", 'Aukos "2024"')
    assert 'src="https://x.lt/trends?a=1&amp;embed=true"' in snippet
    assert 'title="Aukos &quot;2024&quot;"' in snippet
    assert embed_url("https://x.lt/") == "https://x.lt/?embed=true"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("rate", [False, True])
def test_map_csv_describes_every_area_row(lang, rate):
    from tests.unit.test_mapdata import view as map_view_of

    result = map_view_of(lang=lang, rate=rate)
    table = pd.read_csv(io.BytesIO(result.csv), encoding="utf-8-sig", keep_default_na=False)
    headers = [t(f"column.{key}", lang) for key in COLUMNS]
    assert list(table.columns[: len(headers)]) == headers
    column = dict(zip(COLUMNS, headers, strict=True))
    assert set(table[column["indicator_code"]]) == {"victims"}
    assert table[column["area_code"]].astype(str).str.len().gt(0).all()
    assert (table[column["year"]] == 2024).all()
    rows = [line for line in result.csv.decode("utf-8-sig").split("\r\n")[1:] if line]
    if not rate:  # counts written as whole numbers, a hidden one empty
        assert not any(".0," in line for line in rows)


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_comparison_csv_names_each_rows_indicator_area_and_unit(lang):
    frame = pd.DataFrame(
        {
            "indicator": ["victims", "victims", "cases"],
            "area_code": ["13", "LT", "13"],
            "year": [2023, 2023, 2024],
            "value": [3.0, 1.57, None],
            "status": ["published", "published", "suppressed"],
            "rate": [False, True, False],
            "source_id": ["POLICE", "POLICE", "ILLUSTRATIVE"],
            "source_title": ["Statistics", "Statistics", "Generated"],
            "source_publisher": ["Police", "Police", "Prevention Monitor"],
            "source_url": ["https://ird.lt", "https://ird.lt", None],
        }
    )
    table = comparison_csv_frame(
        frame,
        indicator_names={"victims": "Victims", "cases": "Cases"},
        area_names={"13": "Vilnius", "LT": "Lithuania"},
        units={"victims": "persons", "cases": "cases"},
        rate_unit="per 100 000",
        rate_column="rate",
        lang=lang,
    )
    written = csv_bytes(table).decode("utf-8-sig").split("\r\n")
    assert written[0].split(",")[:4] == [t(f"column.{k}", lang) for k in COLUMNS[:4]]
    assert written[1].startswith("victims,Victims,13,Vilnius,2023,")
    assert ",3,persons," in written[1]  # a count as a whole number
    assert ",1.57,per 100 000," in written[2]  # a rate keeps its decimals
    assert ",,cases," in written[3]  # a hidden count stays empty, never 0
    flags = table[t("column.illustrative", lang)].tolist()
    assert flags == [False, False, True]


def _texts(figure) -> tuple[str, str, list[str]]:
    """Title, subtitle and annotation texts: what the toolbar's PNG carries."""
    title = figure.layout.title
    subtitle = title.subtitle.text if title.subtitle else ""
    return title.text or "", subtitle or "", [a.text for a in figure.layout.annotations]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_png_export_keeps_title_source_and_illustrative_mark(lang):
    from components.figures.charts import PNG_WIDTH, plotly_config, trend_figure
    from components.figures.duplicate_charts import institution_matrix

    badge = t("common.illustrative_badge", lang)
    source = f"{t('common.source', lang)}: Policija"
    frame = pd.DataFrame(
        {"year": [2023, 2024], "category": ["", ""], "value": [3.0, 4.0]}
        | {"status": ["illustrative"] * 2, "source_id": ["ILLUSTRATIVE"] * 2}
    )
    trend = trend_figure(
        frame,
        title="Aukos, Lietuva, 2023–2024",
        source="Policija",
        y_title="asmenys",
        kind="line",
        bands=[],
        category_labels={},
        lang=lang,
        marks={},
        note=badge,
    )
    matrix = institution_matrix(
        pd.DataFrame([[0, 2], [2, 0]], index=["VRM", "PD"], columns=["VRM", "PD"]),
        title="Duplicates",
        lang=lang,
        source="Policija",
        note=badge,
    )
    for figure in (trend, matrix):
        title, subtitle, annotations = _texts(figure)
        assert title and subtitle == badge
        assert source in annotations
    options = plotly_config("prevention-monitor_x_LT_2024")["toImageButtonOptions"]
    assert options["filename"] == "prevention-monitor_x_LT_2024" and options["format"] == "png"
    assert options["width"] == PNG_WIDTH


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_a_table_counted_over_a_period_says_what_where_when_and_who(lang):
    table = pd.DataFrame({"Group": ["Pupils", "Adults"], "Measures": [4, 0]})
    described = described_table(
        table,
        code="measures_groups",
        name="Measures by target group",
        area_code="13",
        area_name="Vilnius",
        years=(2020, 2024),
        unit="measures",
        sources=[("Plan", "Ministry", "https://a.lt"), ("Report", "City", None)],
        illustrative=False,
        lang=lang,
    )
    written = csv_bytes(described).decode("utf-8-sig").split("\r\n")
    head = [t(f"column.{k}", lang) for k in ("indicator_code", "indicator", "area_code")]
    assert written[0].startswith(",".join(head))
    assert written[1].startswith("measures_groups,Measures by target group,13,Vilnius,2020,2024,")
    assert ",4,measures," in written[1] and "Ministry; City" in written[1]
