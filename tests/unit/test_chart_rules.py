"""Charts that do not mislead: hidden and missing values, tiers, count ticks, summaries."""

import pandas as pd

from components.figures import chart_rules
from components.figures.charts import PALETTE, trend_figure
from prevention.views.headlines import unbroken_tail
from prevention.views.series import tier_label
from prevention.views.summaries import trend_sentence


def frame(values: dict[int, float | None], status: dict[int, str] | None = None, category=""):
    status = status or {}
    return pd.DataFrame(
        {
            "year": list(values),
            "category": category,
            "value": [float("nan") if v is None else v for v in values.values()],
            "status": [
                status.get(y, "published" if v is not None else "not_available")
                for y, v in values.items()
            ],
        }
    )


def figure(data: pd.DataFrame, unit: str = "persons", kind: str = "line", lang="en"):
    # trend_figure is cached across sessions; its inner function is the pure builder.
    build = getattr(trend_figure, "__wrapped__", trend_figure)
    return build(
        data,
        title="Identified victims, Lithuania, 2016–2024",
        source="Police",
        y_title="persons",
        kind=kind,
        bands=[(2016, 2018, "2016–2018"), (2019, 2021, "2019–2021"), (2022, 2024, "2022–2024")],
        category_labels={"": "Total", "a": "Adults", "b": "Children"},
        lang=lang,
        marks={"zero": []},
        unit=unit,
    )


def test_hidden_and_missing_years_sit_on_their_own_strip_in_the_series_colour():
    data = frame({2016: 0.0, 2017: None, 2018: None, 2019: 3.0}, {2018: "suppressed"})
    fig = figure(data)
    strip = [trace for trace in fig.data if trace.yaxis == "y2"]
    assert {trace.name for trace in strip} == {"suppressed (c)", "not available (–)"}
    for trace in strip:
        assert trace.marker.color == PALETTE[0]  # the line's own colour, not grey
        assert trace.showlegend is not False
    # Nothing but real values is drawn on the value axis: no mark at 0 for 2017 or 2018.
    on_values = [trace for trace in fig.data if trace.yaxis in (None, "y")]
    assert all(
        y == 0 and x == 2016 or y != 0
        for trace in on_values
        for x, y in zip(trace.x, trace.y, strict=True)
        if y is not None and y == y
    )
    top, bottom = fig.layout.yaxis2.domain, fig.layout.yaxis.domain
    assert top[0] > bottom[1]  # the strip lies wholly above the plot


def test_each_category_marks_its_own_hidden_years_in_its_colour():
    data = pd.concat(
        [
            frame({2020: 4.0, 2021: None}, {2021: "suppressed"}, category="a"),
            frame({2020: None, 2021: 5.0}, {2020: "suppressed"}, category="b"),
        ]
    )
    fig = figure(data)
    strip = {trace.name: trace for trace in fig.data if trace.yaxis == "y2"}
    assert strip["Adults: suppressed (c)"].marker.color == PALETTE[0]
    assert list(strip["Adults: suppressed (c)"].x) == [2021]
    assert strip["Children: suppressed (c)"].marker.color == PALETTE[1]
    assert list(strip["Children: suppressed (c)"].x) == [2020]


def test_a_series_with_every_value_has_no_strip():
    fig = figure(frame({2020: 4.0, 2021: 5.0}))
    assert not [trace for trace in fig.data if trace.yaxis == "y2"]
    assert "yaxis2" not in fig.layout.to_plotly_json()


def test_counts_get_whole_number_ticks():
    small = figure(frame({2016: 0.0, 2017: 1.0, 2018: 0.0}))
    assert small.layout.yaxis.dtick == 1 and small.layout.yaxis.range[0] == 0
    zeros = figure(frame({2016: 0.0, 2017: 0.0}))
    assert zeros.layout.yaxis.dtick == 1 and zeros.layout.yaxis.range[1] >= 1
    large = figure(frame({2016: 40.0, 2017: 120.0}))
    assert large.layout.yaxis.tickformat == ",d"
    rate = figure(frame({2016: 0.4, 2017: 1.2}), unit="")
    assert rate.layout.yaxis.dtick is None and rate.layout.yaxis.tickformat is None


def test_the_tip_tier_is_drawn_as_named_categories_best_on_top():
    fig = figure(frame({2012: 1.0, 2013: 2.0, 2014: 2.0}), unit="tier", kind="bar")
    axis = fig.layout.yaxis
    assert list(axis.ticktext) == ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
    assert list(axis.tickvals) == [1.0, 2.0, 2.5, 3.0]
    assert axis.range[0] > axis.range[1]  # reversed: Tier 1 on top
    values = [trace for trace in fig.data if trace.type == "scatter" and trace.yaxis is None]
    assert values and "Tier 2" in values[0].customdata[1]  # hover names the tier
    assert all(trace.type != "bar" for trace in fig.data)  # tiers are never stacked


def test_tier_labels_in_both_languages():
    assert tier_label(2.5, "en") == "Tier 2 Watch List"
    assert tier_label(1, "lt") == "1 lygis"


def test_summaries_name_tiers_and_do_not_call_a_constant_series_highest_and_lowest():
    zeros = frame({2016: 0.0, 2017: 0.0, 2018: 0.0})
    text = trend_sentence(zeros, what="Victims", area="Alytus", unit="persons", lang="en")
    assert "highest" not in text and "0 in every year with a value" in text
    lt = trend_sentence(zeros, what="Aukos", area="Alytus", unit="asmenys", lang="lt")
    assert "daugiausia" not in lt and "visais metais su reikšme – 0" in lt
    tiers = frame({2013: 2.0, 2014: 2.0, 2015: 1.0})
    text = trend_sentence(tiers, what="TIP", area="Lithuania", unit="tier", lang="en", tiers=True)
    assert text == (
        "TIP, Lithuania: Tier 1 (tier) in 2015, Tier 2 in 2014; "
        "over the years shown it ranged from Tier 1 to Tier 2."
    )
    assert "highest" not in text and " up " not in text


def test_plan_band_labels_alternate_heights_and_titles_wrap_below_the_toolbar():
    fig = figure(frame({2016: 1.0, 2024: 2.0}))
    bands = [a for a in fig.layout.annotations if a.text and a.text[:4].isdigit()]
    heights = [a.y for a in bands]
    assert heights[0] != heights[1] and heights[0] == heights[2]
    assert fig.layout.title.pad.t == chart_rules.TITLE_PAD and fig.layout.title.yref == "container"
    lines = chart_rules.wrap(
        "Nustatytos prekybos žmonėmis aukos, Alytaus rajono savivaldybė, 2016–2024"
    )
    assert len(lines) == 2 and all(len(line) <= chart_rules.TITLE_WIDTH for line in lines)


def test_a_sparkline_starts_after_the_last_missing_year():
    years = pd.Series([2019, 2020, 2021, 2023, 2024])
    assert unbroken_tail(years, pd.Series([1.0, 2.0, 3.0, 5.0, 6.0])) == [5.0, 6.0]
    assert unbroken_tail(pd.Series([2023, 2024]), pd.Series([1.0, float("nan")])) == [1.0]
    assert unbroken_tail(pd.Series([2022, 2023]), pd.Series([1.0, 2.0])) == [1.0, 2.0]


def test_tables_show_values_right_after_the_first_column():
    from components.table_layout import column_order

    table = pd.DataFrame(
        columns=["Year", "Unit", "Source", "Value", "Status", "Source URL", "Shown"]
    )
    assert column_order(table, "en") == [
        "Year", "Value", "Shown", "Unit", "Source", "Status", "Source URL"
    ]  # fmt: skip
    assert column_order(pd.DataFrame(columns=["A", "B"]), "en") == ["A", "B"]


def test_heat_map_column_labels_are_short_and_never_merge():
    from components.figures.measure_charts import short_labels

    names = ["Mokiniai", "Socialiai pažeidžiami asmenys", "Socialiai pažeidžiamos šeimos"]
    assert short_labels(names) == ["Mokiniai", *names[1:]]  # would both read "Socialiai paž…"
    assert short_labels(["Professionals working with victims"]) == ["Professionals w…"]


def test_an_institution_matrix_too_wide_for_a_phone_becomes_a_list():
    from components.figures.duplicate_charts import MATRIX_FITS, duplicate_figure

    def figures(size: int):
        names = [f"I{index}" for index in range(size)]
        matrix = pd.DataFrame(1, index=names, columns=names)
        pairs = pd.DataFrame({"institution_a": names, "institution_b": names[::-1], "pairs": 2})
        return duplicate_figure(matrix, pairs, title="Overlaps", lang="en")

    small, large = figures(MATRIX_FITS), figures(MATRIX_FITS + 1)
    assert small.data[0].type == "heatmap" and small.layout.xaxis.dtick == 1
    assert large.data[0].type == "bar" and large.data[0].y[0] == "I0 + I6"


def test_an_institution_matrix_of_long_names_becomes_a_list_and_its_names_wrap():
    """Two long English names fit a phone as a matrix only wrapped; four of them do not fit."""
    from components.figures.duplicate_charts import LABEL_WIDTH, duplicate_figure

    def figure(names: list[str]):
        matrix = pd.DataFrame(1, index=names, columns=names)
        pairs = pd.DataFrame({"institution_a": names, "institution_b": names[::-1], "pairs": 1})
        return duplicate_figure(matrix, pairs, title="Overlaps", lang="en", source="Police")

    two = figure(["Kauno apskr. VPK", "Kaunas Regional Prosecutor's Office"])
    heat = two.data[0]
    assert heat.type == "heatmap" and not heat.showscale
    assert list(heat.x) == [
        "Kauno <br>apskr. VPK",
        "Kaunas <br>Regional <br>Prosecutor's <br>Office",
    ]
    assert all(len(line) <= LABEL_WIDTH + 2 for label in heat.y for line in label.split(" <br>"))
    assert (
        heat.hovertext[0][1]
        == "Kauno apskr. VPK and Kaunas Regional Prosecutor's Office: 1\xa0pair"
    )
    # The source line sits below the four-line column names, not over them.
    (source,) = [a for a in two.layout.annotations if a.text.startswith("Source")]
    assert source.yshift <= -4 * 15
    long_names = [f"Regional Prosecutor's Office {n}" for n in range(4)]
    assert figure(long_names).data[0].type == "bar"


def test_small_multiples_leave_out_an_indicator_with_nothing_to_draw():
    """A profile's automatic list of indicators may hold one without any value for these
    areas: no empty axis for it; a hidden value alone still gets its panel (its cross)."""
    from components.figures.compare_charts import small_multiples

    def rows(indicator: str, values: list[float], status: str) -> pd.DataFrame:
        return pd.DataFrame(
            {"indicator": indicator, "area_code": "19", "year": [2020, 2021]}
            | {"value": values, "status": status}
        )

    nan = float("nan")
    frame = pd.concat(
        [
            rows("measures", [1.0, 4.0], "published"),
            rows("families", [nan, nan], "not_available"),
            rows("victims", [nan, nan], "suppressed"),
        ]
    )

    def panels(part: pd.DataFrame) -> list[str]:
        figure = small_multiples(
            part,
            indicator_names={"measures": "Measures", "families": "Families", "victims": "Victims"},
            area_names={"19": "Kaunas"},
            title="Kaunas",
            source="Police",
            y_titles={"measures": "m", "families": "f", "victims": "v"},
            lang="en",
        )
        return [
            a.text
            for a in figure.layout.annotations
            if a.text in ("Measures", "Families", "Victims")
        ]

    assert panels(frame) == ["Measures", "Victims"]
    # Nothing to draw anywhere: the empty panel stays rather than no figure at all.
    assert panels(frame[frame["indicator"] == "families"]) == ["Families"]
